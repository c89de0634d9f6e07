"""PyInstaller hook for thinc, replacing the stock one: leaves out its tests."""

from PyInstaller.utils.hooks import collect_data_files, collect_submodules

hiddenimports = collect_submodules("thinc", filter=lambda name: not name.startswith("thinc.tests"))
datas = collect_data_files(
    "thinc", excludes=["tests/**", "**/*.pyx", "**/*.pxd", "**/*.cpp", "**/*.h"]
)

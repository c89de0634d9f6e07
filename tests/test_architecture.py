"""The core never imports Qt: checked by import-linter and by importing it with Qt blocked."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from conftest import PROJECT_ROOT

_IMPORT_CORE_WITHOUT_QT = textwrap.dedent(
    """
    import importlib, pkgutil, sys

    class BlockQt:
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in ("PySide6", "shiboken6"):
                raise ImportError(f"the core imported {name}")
            return None

    sys.meta_path.insert(0, BlockQt())
    import workbench.core
    names = [m.name for m in pkgutil.walk_packages(workbench.core.__path__, "workbench.core.")]
    for name in names:
        importlib.import_module(name)
    print(len(names))
    """
)


def test_every_core_module_imports_with_qt_unavailable() -> None:
    result = subprocess.run(
        [sys.executable, "-c", _IMPORT_CORE_WITHOUT_QT],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(PROJECT_ROOT), "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 0, result.stderr
    assert int(result.stdout.strip()) >= 5  # the walk found the core's modules


def test_import_linter_contract_holds() -> None:
    result = subprocess.run(
        # --no-cache: the linter would otherwise write .import_linter_cache into the checkout.
        [
            sys.executable,
            "-c",
            (
                "import sys; from importlinter.cli import lint_imports_command;"
                " sys.exit(lint_imports_command(['--no-cache']))"
            ),
        ],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(PROJECT_ROOT), "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "The core never imports Qt KEPT" in result.stdout, result.stdout
    assert "Layers: the model at the bottom" in result.stdout, result.stdout
    assert not (PROJECT_ROOT / ".import_linter_cache").exists()

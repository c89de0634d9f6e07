#!/usr/bin/env python3
"""Prints the Debian packages a bundle needs from the system, as a `Depends:` value.

    python3 installer/deb_depends.py dist/workbench

Reads the libraries every ELF file of the bundle names (DT_NEEDED, through objdump), leaves out
those the bundle carries, and finds the package holding each of the others: dpkg -S when the
library is installed here, else Debian's naming rule for library packages (libfoo.so.1 is in
libfoo1), checked against apt's package lists. A library no package is found for stops the build.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

# Libraries whose package name does not follow the soname rule; the rest are found or derived.
KNOWN_PACKAGES = {
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgobject-2.0.so.0": "libglib2.0-0",
    "libgio-2.0.so.0": "libglib2.0-0",
    "libgmodule-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libc.so.6": "libc6",
    "libm.so.6": "libc6",
    "libdl.so.2": "libc6",
    "libpthread.so.0": "libc6",
    "librt.so.1": "libc6",
    "libutil.so.1": "libc6",
    "libresolv.so.2": "libc6",
    "ld-linux-x86-64.so.2": "libc6",
    "ld-linux-aarch64.so.1": "libc6",
}


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    bundle = Path(sys.argv[1])
    bundled = {path.name for path in bundle.rglob("*")}
    needed = sorted({name for path in _elf_files(bundle) for name in _needed(path)} - bundled)
    packages: set[str] = set()
    missing = []
    for library in needed:
        package = _package_of(library)
        if package is None:
            missing.append(library)
        else:
            packages.add(package)
    if missing:
        print("deb_depends: no Debian package found for " + ", ".join(missing), file=sys.stderr)
        return 1
    print(", ".join(_with_version(package) for package in sorted(packages)))
    return 0


def _elf_files(bundle: Path) -> list[Path]:
    files = []
    for path in bundle.rglob("*"):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as stream:
                if stream.read(4) == b"\x7fELF":
                    files.append(path)
    return files


def _needed(path: Path) -> list[str]:
    dump = subprocess.run(["objdump", "-p", str(path)], capture_output=True, text=True, check=True)
    return [
        line.split()[1] for line in dump.stdout.splitlines() if line.strip().startswith("NEEDED")
    ]


def _package_of(library: str) -> str | None:
    if library in KNOWN_PACKAGES:
        return KNOWN_PACKAGES[library]
    installed = _installed_package_of(library)
    if installed is not None:
        return installed
    derived = _package_name_from_soname(library)
    return derived if derived is not None and _apt_knows(derived) else None


def _installed_package_of(library: str) -> str | None:
    cache = subprocess.run(["/sbin/ldconfig", "-p"], capture_output=True, text=True, check=True)
    for line in cache.stdout.splitlines():
        parts = line.strip().split(" => ")
        if len(parts) == 2 and parts[0].split()[0] == library:
            path = Path(parts[1])
            for candidate in (path, path.resolve()):
                owner = subprocess.run(
                    ["dpkg", "-S", str(candidate)], capture_output=True, text=True, check=False
                )
                if owner.returncode == 0:
                    return owner.stdout.split(":")[0].strip()
    return None


def _package_name_from_soname(library: str) -> str | None:
    """Debian policy 8.1: libfoo.so.1 ships in libfoo1, libfoo-2.so.0 in libfoo-2-0."""
    match = re.fullmatch(r"(lib[\w+.-]+?)\.so\.(\d+)(?:\.\d+)*", library)
    if match is None:
        return None
    stem, major = match.group(1).lower().replace("_", "-"), match.group(2)
    return f"{stem}-{major}" if stem[-1].isdigit() else f"{stem}{major}"


def _apt_knows(package: str) -> bool:
    shown = subprocess.run(
        ["apt-cache", "show", "--no-all-versions", package],
        capture_output=True,
        text=True,
        check=False,
    )
    return shown.returncode == 0 and bool(shown.stdout.strip())


def _with_version(package: str) -> str:
    """libc6 at least as new as the build machine's: the bundle's binaries were linked there."""
    if package != "libc6":
        return package
    query = subprocess.run(
        ["dpkg-query", "-W", "-f=${Version}", "libc6"], capture_output=True, text=True, check=False
    )
    upstream = query.stdout.split("-")[0]
    return f"libc6 (>= {upstream})" if query.returncode == 0 and upstream else "libc6"


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env bash
# Builds the one-folder bundle dist/workbench/ with PyInstaller, in a venv holding only the program.
#   PYTHON       interpreter to build with (default python3; Python 3.11 or newer)
#   BUILD_VENV   venv to (re)use (default build/installer-venv); the project is reinstalled into it
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON="${PYTHON:-python3}"
BUILD_VENV="${BUILD_VENV:-build/installer-venv}"

mkdir -p build
if [[ ! -x "$BUILD_VENV/bin/python" ]]; then
    "$PYTHON" -m venv "$BUILD_VENV"
fi
"$BUILD_VENV/bin/python" -m pip install -q --upgrade pip
# A fresh wheel of the project every time, so the bundle holds this checkout and its version.
"$BUILD_VENV/bin/python" -m pip install -q --force-reinstall --no-deps .
"$BUILD_VENV/bin/python" -m pip install -q . 'pyinstaller>=6.10,<7'

# Run from build/, not the checkout: from the checkout Python would import the source tree's
# workbench/ (which has no resources/ inside) instead of the installed package.
root=$(pwd)
venv_python=$(cd "$BUILD_VENV" && pwd)/bin/python
start_s=$(date +%s)
(cd build && "$venv_python" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$root/dist" --workpath "$root/build/pyinstaller" "$root/installer/workbench.spec")
end_s=$(date +%s)

echo "build: dist/workbench built in $((end_s - start_s)) s, $(du -sh dist/workbench | cut -f1) unpacked"

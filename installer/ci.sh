#!/usr/bin/env bash
# CI of the installer, as root on a fresh Debian machine with Python 3.11: checks the desktop
# metadata, builds the bundle and its .deb, installs the .deb with apt-get, checks the desktop
# integration, checks every library resolves, and smoke-tests the installed program in an X
# server (xvfb) and offscreen.
set -euo pipefail
cd "$(dirname "$0")/.."

export DEBIAN_FRONTEND=noninteractive
app_id=org.workbench.Workbench
step() { echo "== installer ci: $*"; }

step "system packages"
apt-get update -qq || echo "installer ci: apt-get update failed; trying with the package lists at hand"
# binutils: PyInstaller and deb_depends.py read ELF files with objdump. The rest check the
# metadata (desktop-file-utils, appstream) and the MIME type after install (shared-mime-info, gio).
packages=(binutils desktop-file-utils appstream shared-mime-info libglib2.0-bin)
if ! "${PYTHON:-python3}" -c "import ensurepip, venv" 2>/dev/null; then
    packages+=(python3-venv)
fi
apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null

step "desktop metadata"
desktop-file-validate "resources/desktop/$app_id.desktop"
appstreamcli validate --no-net "resources/desktop/$app_id.metainfo.xml"

step "bundle"
installer/build.sh
version=$("${BUILD_VENV:-build/installer-venv}/bin/python" -c "from importlib.metadata import version; print(version('workbench'))")
python3 installer/smoke_test.py --executable dist/workbench/workbench --expect-version "$version"

step ".deb"
installer/build_deb.sh
deb=$(ls -t dist/workbench_*.deb | head -n 1)
apt-get install -y -qq --reinstall "./$deb" >/dev/null
dpkg -s workbench | grep -E '^(Status|Version):'

step "desktop integration of the installed package"
test -x /usr/bin/workbench
test -f "/usr/share/applications/$app_id.desktop"
test -f "/usr/share/metainfo/$app_id.metainfo.xml"
test -f "/usr/share/icons/hicolor/scalable/apps/$app_id.svg"
test -f "/usr/share/icons/hicolor/48x48/apps/$app_id.png"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
# What a file manager asks when a project is double-clicked: its type (by the name, and by the
# content for a file renamed without its extension), then the application that opens it.
python3 - "$scratch" <<'PYTHON'
import sqlite3, sys
for name in ("double-click.wbproj", "renamed-project"):
    with sqlite3.connect(f"{sys.argv[1]}/{name}") as connection:
        connection.execute("PRAGMA application_id = 0x57424E43")  # workbench/core/project/schema.py
        connection.execute("CREATE TABLE t (x)")
PYTHON
for name in double-click.wbproj renamed-project; do
    content_type=$(gio info -a standard::content-type "$scratch/$name" | awk '/content-type/ {print $2}')
    if [[ "$content_type" != application/x-workbench-project ]]; then
        echo "installer ci: $name is seen as '$content_type', not application/x-workbench-project" >&2
        exit 1
    fi
done
handlers=$(gio mime application/x-workbench-project)
if ! grep -q "Default application.*: $app_id.desktop" <<<"$handlers"; then
    echo "installer ci: $app_id.desktop does not open application/x-workbench-project:" >&2
    echo "$handlers" >&2
    exit 1
fi
echo "projects (by name and by content) are $content_type, opened by $app_id.desktop"

step "every library of the installed bundle resolves (bundled, or from the package's Depends)"
unresolved=$(cd /opt/workbench/_internal && find . -name '*.so*' -type f -print0 |
    xargs -0 -n 50 env LD_LIBRARY_PATH=.:PySide6/Qt/lib ldd 2>/dev/null | grep 'not found' | sort -u || true)
if [[ -n "$unresolved" ]]; then
    echo "installer ci: libraries missing after installing the .deb:" >&2
    echo "$unresolved" >&2
    exit 1
fi
echo "all resolved"

step "installed program, in an X server (the xcb platform desktops use)"
# Installed only now, so that its own libraries cannot stand in for a missing Depends above.
apt-get install -y -qq --no-install-recommends xvfb xauth >/dev/null
xvfb-run -a python3 installer/smoke_test.py --executable /usr/bin/workbench \
    --expect-version "$version" --platform xcb --window-runs 3

step "installed program, offscreen"
echo "bundle: $(du -sh /opt/workbench | cut -f1) unpacked, .deb $(du -h "$deb" | cut -f1)"
python3 installer/smoke_test.py --executable /usr/bin/workbench --expect-version "$version" --window-runs 5

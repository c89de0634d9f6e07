#!/usr/bin/env bash
# Packs the bundle dist/workbench/ (from installer/build.sh) into dist/workbench_<version>_<arch>.deb:
# the program under /opt/workbench, /usr/bin/workbench, the desktop file, AppStream metainfo,
# icons and the project file's MIME type. Debian's triggers (desktop-file-utils, shared-mime-info,
# hicolor-icon-theme) refresh their caches on install, so the package needs no maintainer scripts.
#   DEB_MAINTAINER   the Maintainer field (default: Workbench developers <workbench@localhost>)
#   DEB_COMPRESSION  zstd (default: 2 s here; dpkg 1.21.18+, Debian 12, Ubuntu 21.10), or xz (4 min)
set -euo pipefail
cd "$(dirname "$0")/.."

app_id=org.workbench.Workbench
bundle=dist/workbench
if [[ ! -x "$bundle/workbench" ]]; then
    echo "build_deb: no bundle at $bundle: run installer/build.sh first" >&2
    exit 1
fi

# The version is the one the program reports; PEP 440 pre-releases sort before the release in
# Debian only with a tilde (0.2.0rc1 -> 0.2.0~rc1).
version=$("$bundle/workbench" --version | awk '{print $2}')
deb_version=$(echo "$version" | sed -E 's/^([0-9.]+)\.?((a|b|rc|dev)[0-9]*)/\1~\2/; s/\+/+local./')
arch=$(dpkg --print-architecture)
depends=$(python3 installer/deb_depends.py "$bundle")

root=build/deb/root
rm -rf build/deb
mkdir -p "$root/DEBIAN" "$root/opt" "$root/usr/bin"
cp -a "$bundle" "$root/opt/workbench"
ln -s /opt/workbench/workbench "$root/usr/bin/workbench"

install -Dm644 "resources/desktop/$app_id.desktop" "$root/usr/share/applications/$app_id.desktop"
install -Dm644 "resources/desktop/$app_id.metainfo.xml" "$root/usr/share/metainfo/$app_id.metainfo.xml"
install -Dm644 "resources/desktop/$app_id.xml" "$root/usr/share/mime/packages/$app_id.xml"
icons=resources/icons/app
install -Dm644 "$icons/$app_id.svg" "$root/usr/share/icons/hicolor/scalable/apps/$app_id.svg"
for png in "$icons/$app_id"-*.png; do
    size=${png##*-}
    size=${size%.png}
    install -Dm644 "$png" "$root/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
done

installed_kb=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
cat > "$root/DEBIAN/control" <<CONTROL
Package: workbench
Version: $deb_version
Architecture: $arch
Maintainer: ${DEB_MAINTAINER:-Workbench developers <workbench@localhost>}
Section: text
Priority: optional
Installed-Size: $installed_kb
Depends: $depends
Recommends: shared-mime-info, desktop-file-utils, hicolor-icon-theme, fonts-dejavu-core
Description: offline fact-checking workbench for newsrooms
 Workbench finds the checkable claims of a news article (names, numbers,
 dates, quotes, attributions, allegations) and lets a fact-checker mark each
 one confirmed, denied or unverified, with a rationale and sources, then
 export a verification report. French first, English second. It works fully
 offline: nothing ever leaves the machine.
 .
 This package holds a self-contained build with its own Python, Qt and the
 French spaCy pipeline fr_core_news_sm, under /opt/workbench.
CONTROL

deb="dist/workbench_${deb_version}_${arch}.deb"
start_s=$(date +%s)
dpkg-deb --root-owner-group "-Z${DEB_COMPRESSION:-zstd}" --build "$root" "$deb" >/dev/null
echo "build_deb: $deb ($(du -h "$deb" | cut -f1), $((installed_kb / 1024)) MB installed) in $(($(date +%s) - start_s)) s"

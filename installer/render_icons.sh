#!/usr/bin/env bash
# Renders the committed application icons from the SVG: PNG sizes for Linux, .ico for Windows,
# .icns for macOS. Needs rsvg-convert (librsvg2-bin), ImageMagick's convert and png2icns (icnsutils).
set -euo pipefail
cd "$(dirname "$0")/../resources/icons/app"

name=org.workbench.Workbench
sizes=(16 24 32 48 64 128 256 512)
for size in "${sizes[@]}"; do
    rsvg-convert -w "$size" -h "$size" "$name.svg" -o "$name-$size.png"
done
convert "$name"-{16,24,32,48,64,128,256}.png "$name.ico"
png2icns "$name.icns" "$name"-{16,32,48,128,256,512}.png >/dev/null

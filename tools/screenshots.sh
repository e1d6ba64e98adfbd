#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates docs/screenshots/*-{en,ja}.png and docs/screenshot.png (the README's picture): builds
# teiten, writes the sample network, imports it and runs the workstation under Xvfb with the hidden
# --screenshot option, once per language: Ports, Regions, Events, ICS, the drill-down of 53/UDP
# (sources, sensors, flows) and the import progress of the sample captures dropped on a new workspace.
# Usage: tools/screenshots.sh [BUILD_DIR]   (needs xvfb-run and fonts-noto-cjk)
set -eu
SRC=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${1:-$SRC/build-screenshots}
OUT=$SRC/docs/screenshots
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

if [ ! -x "$BUILD/app/teiten" ]; then
    cmake -S "$SRC" -B "$BUILD" -G Ninja -DTEITEN_BUILD_TESTS=OFF
    cmake --build "$BUILD" -j2 --target teiten
fi
TEITEN=$BUILD/app/teiten

"$TEITEN" demo --out "$WORK/demo" >/dev/null
"$TEITEN" import --db "$WORK/demo.db" --geoip "$WORK/demo/geo/teiten-demo-country.mmdb" "$WORK/demo/sensors" >/dev/null

# A private settings directory: screenshots never depend on (or change) the user's settings.
export XDG_CONFIG_HOME="$WORK/config"
export XDG_RUNTIME_DIR="$WORK/runtime"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
mkdir -p "$OUT"
rm -f "$OUT"/*.png
for lang in en ja; do
    xvfb-run -a -s "-screen 0 1600x1000x24" \
        "$TEITEN" "$WORK/demo.db" --period 2013Q3 --lang "$lang" --screenshot "$WORK/shots-$lang" >/dev/null
    xvfb-run -a -s "-screen 0 1600x1000x24" \
        "$TEITEN" "$WORK/import-$lang.db" --lang "$lang" --screenshot "$WORK/shots-$lang" \
        --screenshot-import "$WORK/demo/sensors" >/dev/null
    for f in "$WORK/shots-$lang"/*.png; do
        cp "$f" "$OUT/$(basename "$f" .png)-$lang.png"
    done
done
cp "$OUT/ports-en.png" "$SRC/docs/screenshot.png"
ls -1 "$OUT"/*.png "$SRC/docs/screenshot.png"

#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates docs/examples/report-2013Q3-{ja,en}-N.png: the sample network's quarterly report in
# both languages, page by page at 80 dpi (pdftoppm, from poppler-utils).
# Usage: tools/examples.sh [BUILD_DIR]
set -eu
SRC=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${1:-$SRC/build}
OUT=$SRC/docs/examples
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
TEITEN=$BUILD/app/teiten
[ -x "$TEITEN" ] || { echo "examples.sh: $TEITEN is not built" >&2; exit 1; }
export XDG_CONFIG_HOME="$WORK/config" XDG_RUNTIME_DIR="$WORK/runtime" QT_QPA_PLATFORM=offscreen
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"

"$TEITEN" demo --out "$WORK/demo" >/dev/null
"$TEITEN" import --db "$WORK/demo.db" --geoip "$WORK/demo/geo/teiten-demo-country.mmdb" "$WORK/demo/sensors" >/dev/null
rm -f "$OUT"/report-2013Q3-*.png
for lang in ja en; do
    "$TEITEN" report --db "$WORK/demo.db" --period 2013Q3 --lang "$lang" --out "$WORK/report-$lang.pdf"
    pdftoppm -r 80 -png "$WORK/report-$lang.pdf" "$OUT/report-2013Q3-$lang"
done
ls "$OUT"

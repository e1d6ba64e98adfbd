#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Packages the tree CI has just built and tested (cpack -G DEB from that build directory, no second
# build), installs the .deb with apt (which resolves Debian's Qt packages it depends on) and runs the
# installed binary in a temporary directory: `teiten --version`, then a headless `teiten rank` on the
# bundled demo network imported with the installed binary. Needs root (apt-get install).
# Usage: .ci/check-deb.sh [BUILD_DIR]   (default: build, as tools/setup.sh uses)
set -eu
SRC=$(cd "$(dirname "$0")/.." && pwd)
BUILD=$(cd "${1:-$SRC/build}" && pwd)
if [ ! -x "$BUILD/app/teiten" ]; then
    echo "check-deb: $BUILD/app/teiten is not built; run the main build first" >&2
    exit 1
fi
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# Staging and the package go to the temporary directory: the build tree stays as it was.
(cd "$BUILD" && cpack -G DEB -B "$WORK/package" >"$WORK/cpack.log" 2>&1) || { cat "$WORK/cpack.log" >&2; exit 1; }
DEB=$(ls "$WORK"/package/teiten_*.deb | head -n 1)
echo "check-deb: built $(basename "$DEB")"
dpkg-deb --info "$DEB" | sed -n '/Depends/p'
for f in usr/bin/teiten usr/share/applications/teiten.desktop usr/share/metainfo/io.github.teiten.Teiten.metainfo.xml \
         usr/share/mime/packages/teiten.xml; do
    dpkg-deb --contents "$DEB" | grep " \./$f\$" >/dev/null || { echo "check-deb: $f is missing from the package" >&2; exit 1; }
done

SUDO=
[ "$(id -u)" -eq 0 ] || SUDO=sudo
# apt treats the argument as a file only with a slash in it; it pulls the Qt libraries it depends on.
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends "$DEB" >"$WORK/apt.log" 2>&1 \
    || { cat "$WORK/apt.log" >&2; exit 1; }
dpkg -s teiten | sed -n '/^Version/p'

cd "$WORK"
export QT_QPA_PLATFORM=offscreen
version=$(/usr/bin/teiten --version)
echo "check-deb: $version"
case "$version" in "teiten "[0-9]*) ;; *) echo "check-deb: unexpected --version output" >&2; exit 1 ;; esac
/usr/bin/teiten demo --out demo >/dev/null
/usr/bin/teiten import --db w.db --geoip demo/geo/teiten-demo-country.mmdb demo/sensors >/dev/null
/usr/bin/teiten rank --db w.db --period 2013Q3 --by port --top 5 | tee rank.txt
grep -q '445/TCP' rank.txt || { echo "check-deb: 445/TCP missing from the installed binary's ranking" >&2; exit 1; }
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate /usr/share/applications/teiten.desktop
fi
echo "check-deb: OK"

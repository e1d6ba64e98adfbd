#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Debian package, installs it with apt (which pulls its dependencies) and runs the
# installed binary: `teiten --version` and a headless `teiten rank` on a workspace imported from
# the bundled sample network. Needs root (apt-get install). Usage: .ci/check-deb.sh [BUILD_DIR]
set -eu
SRC=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${1:-$SRC/build-deb}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

cmake -S "$SRC" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=/usr -DTEITEN_BUILD_TESTS=OFF
cmake --build "$BUILD" -j2 --target teiten
(cd "$BUILD" && rm -f teiten*.deb && cpack -G DEB)
DEB=$(ls "$BUILD"/teiten*.deb | head -n 1)
echo "check-deb: built $DEB"
dpkg-deb --info "$DEB" | sed -n '/Depends/p'
dpkg-deb --contents "$DEB" | grep -E 'bin/teiten$|teiten.desktop|teiten.svg|metainfo.xml|mime/packages' >/dev/null

SUDO=
[ "$(id -u)" -eq 0 ] || SUDO=sudo
# apt needs a path with a slash to treat the argument as a file.
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y "$DEB"

export QT_QPA_PLATFORM=offscreen
/usr/bin/teiten --version
/usr/bin/teiten demo --out "$WORK/demo" >/dev/null
/usr/bin/teiten import --db "$WORK/w.db" --geoip "$WORK/demo/geo/teiten-demo-country.mmdb" "$WORK/demo/sensors" >/dev/null
/usr/bin/teiten rank --db "$WORK/w.db" --period 2013Q3 --by port --top 5 | tee "$WORK/rank.txt"
grep -q '445/TCP' "$WORK/rank.txt"
command -v desktop-file-validate >/dev/null && desktop-file-validate /usr/share/applications/teiten.desktop
echo "check-deb: OK"

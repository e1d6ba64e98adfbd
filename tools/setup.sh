#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The README's two set-up commands, for a fresh Debian 12 machine as root:
#   bash tools/setup.sh demo   install, build, write the sample network, import it, print the
#                              quarter's rankings and phenomena, and write the Japanese/English reports
#   bash tools/setup.sh test   install, build and run the whole test suite
# Environment: BUILD_DIR (default build), TEITEN_SANITIZE=1 for an ASan+UBSan build, JOBS.
set -euo pipefail
mode=${1:-}
case "$mode" in demo|test|deps|build) ;; *) echo "usage: bash tools/setup.sh demo|test" >&2; exit 1 ;; esac
cd "$(dirname "$0")/.."
root=$(pwd)
build=${BUILD_DIR:-build}
jobs=${JOBS:-$(nproc)}

install_packages() {
  local pkgs=(g++ cmake ninja-build pkg-config git ca-certificates
    qt6-base-dev libqt6opengl6-dev qt6-charts-dev libqt6sql6-sqlite qt6-svg-dev
    qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
    libpcap-dev libmaxminddb-dev libsqlite3-dev zlib1g-dev
    fonts-noto-cjk xvfb xauth poppler-utils iso-codes)
  if [ "$mode" = test ]; then
    pkgs+=(mmdb-bin libmaxmind-db-writer-perl dpkg-dev file)
  fi
  local missing=()
  for p in "${pkgs[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "== installing: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
}

# A real country database (NRO data, CC BY 4.0, npm package @ip-location-db/geo-whois-asn-country-mmdb)
# for the user's own captures. Optional: the sample network brings its own database.
fetch_country_db() {
  local dest="$HOME/.local/share/Teiten/teiten/country.mmdb"
  [ -s "$dest" ] && return 0
  mkdir -p "$(dirname "$dest")"
  if ! command -v npm >/dev/null 2>&1; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends npm >/dev/null 2>&1 || true
  fi
  if command -v npm >/dev/null 2>&1; then
    local tmp; tmp=$(mktemp -d)
    if (cd "$tmp" && timeout 300 npm pack --silent @ip-location-db/geo-whois-asn-country-mmdb >/dev/null 2>&1); then
      tar -xzf "$tmp"/*.tgz -C "$tmp" && cp "$tmp"/package/geo-whois-asn-country.mmdb "$dest" \
        && echo "== country database: $dest (NRO data via ip-location-db, CC BY 4.0)"
    fi
    rm -rf "$tmp"
  fi
  [ -s "$dest" ] || echo "== note: no real country database fetched; pass --geoip F.mmdb when importing your own captures"
}

configure_and_build() {
  local extra=()
  [ "${TEITEN_SANITIZE:-0}" = 1 ] && extra+=(-DTEITEN_SANITIZE=ON)
  # -Werror for CI's main build; sanitizer builds change inlining and so GCC's flow warnings.
  if [ "${CI:-}" = true ] && [ "${TEITEN_SANITIZE:-0}" != 1 ]; then extra+=(-DTEITEN_WERROR=ON); fi
  # The demo needs only the binary; the test suite roughly doubles the build.
  if [ "$mode" = test ]; then extra+=(-DTEITEN_BUILD_TESTS=ON); else extra+=(-DTEITEN_BUILD_TESTS=OFF); fi
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${extra[@]}" >/dev/null
  cmake --build "$build" -j "$jobs"
}

install_packages
[ "$mode" = deps ] && exit 0
configure_and_build
[ "$mode" = build ] && exit 0

if [ "$mode" = test ]; then
  export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}; chmod 700 "$XDG_RUNTIME_DIR"
  cd "$build"
  ctest --output-on-failure -j "$jobs" --timeout 1200
  exit $?
fi

# demo
teiten="$build/app/teiten"
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}; chmod 700 "$XDG_RUNTIME_DIR"
fetch_country_db
out="$root/demo"
rm -rf "$out"
"$teiten" demo --out "$out/network"
"$teiten" import --db "$out/demo.db" --geoip "$out/network/geo/teiten-demo-country.mmdb" "$out/network/sensors"
for by in port region; do
  echo; echo "== Top 10 by $by, 2013Q3 against 2013Q2"
  "$teiten" rank --db "$out/demo.db" --period 2013Q3 --by "$by" --top 10
done
if "$teiten" help 2>/dev/null | grep -q "^  events"; then
  echo; echo "== Phenomena, 2013Q3"
  "$teiten" events --db "$out/demo.db" --period 2013Q3
fi
if "$teiten" help 2>/dev/null | grep -q "^  report"; then
  for lang in ja en; do
    "$teiten" report --db "$out/demo.db" --period 2013Q3 --lang "$lang" --out "$out/report-2013Q3-$lang.pdf"
  done
  echo; echo "== Reports: $out/report-2013Q3-ja.pdf $out/report-2013Q3-en.pdf"
fi
echo
# On a desktop (a display, a terminal, not CI) the sample network opens in the workstation;
# elsewhere (ssh, containers, CI) the command says how to open it. TEITEN_NO_GUI=1 skips it.
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ "${CI:-}" != true ] && [ "${TEITEN_NO_GUI:-0}" != 1 ] && [ -t 0 ]; then
  echo "== Opening the workstation on it: $teiten $out/demo.db"
  exec "$teiten" "$out/demo.db" --period 2013Q3
fi
echo "== Open the workstation on it with: $teiten $out/demo.db"

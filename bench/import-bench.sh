#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Import throughput, peak memory and query latency on the sample network at a given scale, and
# tshark extracting the same fields from the same files for comparison.
#   bash bench/import-bench.sh BUILD_DIR SCALE [WORKDIR]
# Prints the figures recorded in docs/PERFORMANCE.md.
set -euo pipefail
build=${1:?build dir}; scale=${2:-10}; work=${3:-$(mktemp -d)}
teiten="$build/app/teiten"; [ -x "$teiten" ] || teiten="$build/teiten"
rm -rf "$work/net" "$work/bench.db"*
"$teiten" demo --out "$work/net" --scale "$scale" >/dev/null
packets=$(python3 -c "import json,sys;print(json.load(open('$work/net/expected.json'))['totals']['packets'])")
bytes=$(du -sb "$work/net/sensors" | cut -f1)
echo "scale $scale: $packets packets, $bytes bytes of captures"
# The generator's 1.7 GB (at scale 70) are written back to disk first: the import is measured, not
# the kernel flushing the generator's output meanwhile.
sync
# Three imports into fresh workspaces: this machine's speed drifts by about ±10 % from minute to
# minute, so each run and the median are printed.
walls=()
for run in 1 2 3; do
  rm -f "$work/bench.db"*
  /usr/bin/time -v "$teiten" import --db "$work/bench.db" --geoip "$work/net/geo/teiten-demo-country.mmdb" \
    "$work/net/sensors" >"$work/import.out" 2>"$work/import.time"
  secs=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; print s}' "$work/import.time")
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/import.time")
  echo "import run $run: ${secs} s wall, $(python3 -c "print(int($packets/$secs))") packets/s, peak RSS $((rss/1024)) MiB"
  walls+=("$secs")
done
median=$(printf '%s\n' "${walls[@]}" | sort -n | sed -n 2p)
echo "import median: ${median} s wall, $(python3 -c "print(int($packets/$median))") packets/s"
echo "workspace: $(du -b "$work/bench.db" | cut -f1) bytes"
for cmd in "rank --by port" "rank --by region" "series --by port --top 5" "series --by region --top 5"; do
  start=$(date +%s%N)
  for i in 1 2 3 4 5; do "$teiten" $cmd --db "$work/bench.db" --period 2013Q3 >/dev/null; done
  end=$(date +%s%N)
  echo "$cmd (2013Q3): $(( (end-start)/5000000 )) ms per run incl. process start"
done
if command -v tshark >/dev/null; then
  # tshark starts up in about a second per file, so it reads one sensor's files (one per day), and
  # teiten imports the same files into a scratch workspace in the same run, for a like-for-like ratio.
  one=$(find "$work/net/sensors" -mindepth 1 -maxdepth 1 -type d | sort | head -1)
  n=$(find "$one" -type f | wc -l)
  rm -f "$work/one.db"*
  start=$(date +%s%N)
  "$teiten" import --db "$work/one.db" --geoip "$work/net/geo/teiten-demo-country.mmdb" "$one" >/dev/null 2>&1
  end=$(date +%s%N)
  isecs=$(python3 -c "print(($end-$start)/1e9)")
  onepk=$(sqlite3 "$work/one.db" "SELECT SUM(packets) FROM files;" 2>/dev/null || echo 0)
  start=$(date +%s%N)
  find "$one" -type f | sort | while read -r f; do
    tshark -r "$f" -T fields -e frame.time_epoch -e ip.src -e ip.dst -e ip.proto -e tcp.dstport -e udp.dstport \
      -e tcp.flags -e ip.ttl -e ip.id -e tcp.seq_raw -e ip.len -e dns.qry.name -e dns.qry.type -e dns.flags.recdesired
  done >/dev/null 2>&1
  end=$(date +%s%N)
  tsecs=$(python3 -c "print(($end-$start)/1e9)")
  echo "one sensor ($(basename "$one"), $n files, $onepk packets): teiten import ${isecs} s, tshark -T fields ${tsecs} s; teiten is $(python3 -c "print(round($tsecs/$isecs,1))")x faster"
fi

#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# CI fuzz step (docs/RELIABILITY.md, "Fuzzing"): builds the libFuzzer targets of tests/fuzz with
# clang 14 in build-fuzz, writes their seed corpora with teiten_fuzz_seeds, runs each target for a
# bounded time and exits non-zero if any of them finds a crash, leak, timeout or sanitizer report.
# Environment: FUZZ_SECONDS per target (default 60), FUZZ_BUILD_DIR (default build-fuzz),
# FUZZ_TARGETS (default: every fuzz_* target), JOBS (build parallelism).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
build=${FUZZ_BUILD_DIR:-build-fuzz}
seconds=${FUZZ_SECONDS:-60}
jobs=${JOBS:-$(nproc)}

# clang 14 and its runtime libraries (libFuzzer, ASan, UBSan) from Debian, only when missing.
need=()
command -v clang++-14 >/dev/null 2>&1 || need+=(clang-14)
ls /usr/lib/llvm-14/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a >/dev/null 2>&1 || need+=(libclang-rt-14-dev)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then
    echo "== fuzz: ${need[*]} missing and not root: cannot install them" >&2
    exit 1
  fi
  echo "== fuzz: installing ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

launcher=()
command -v ccache >/dev/null 2>&1 && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
echo "== fuzz: configuring $build with clang 14"
CC=clang-14 CXX=clang++-14 cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DTEITEN_FUZZ=ON -DTEITEN_BUILD_TESTS=OFF "${launcher[@]}" >/dev/null
ninja -C "$build" -j "$jobs" fuzz_all

targets=${FUZZ_TARGETS:-$(cd tests/fuzz && ls fuzz_*.cpp | sed 's/^fuzz_//; s/\.cpp$//')}
seeds="$build/fuzz-seeds"
rm -rf "$seeds"
"$build/tests/fuzz/teiten_fuzz_seeds" "$seeds"
logs="$build/fuzz-logs"
mkdir -p "$logs"
export ASAN_OPTIONS=${ASAN_OPTIONS:-quarantine_size_mb=64:malloc_context_size=10}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
failed=()
for t in $targets; do
  corpus="$build/fuzz-corpus/$t"
  artifacts="$logs/$t-artifacts/"
  mkdir -p "$corpus" "$artifacts"
  seed="$seeds/$t"
  [ -d "$seed" ] || seed="$root/tests/fuzz/seeds/$t"
  dict=()
  [ -f "$root/tests/fuzz/dict/$t.dict" ] && dict=(-dict="$root/tests/fuzz/dict/$t.dict")
  echo "== fuzz: $t for ${seconds}s"
  # -timeout: one input taking 10 s is a hang; libFuzzer exits non-zero on any finding.
  if "$build/tests/fuzz/fuzz_$t" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
       -print_final_stats=1 -artifact_prefix="$artifacts" "${dict[@]}" "$corpus" "$seed" >"$logs/$t.log" 2>&1; then
    grep -E '^(Done|stat::number_of_executed_units|stat::average_exec_per_sec)' "$logs/$t.log" | tr '\n' ' '
    echo
  else
    echo "== fuzz: $t FAILED; the input is in $artifacts, the report follows"
    grep -A40 -E '^==[0-9]+==ERROR|runtime error|^SUMMARY|deadly signal|Test unit written' "$logs/$t.log" | head -80 || tail -40 "$logs/$t.log"
    failed+=("$t")
  fi
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "== fuzz: findings in ${failed[*]}: reproduce with $build/tests/fuzz/fuzz_<target> <artifact>" >&2
  exit 1
fi
echo "== fuzz: every target ran ${seconds}s without a finding"

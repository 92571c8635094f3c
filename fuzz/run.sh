#!/usr/bin/env bash
# Runs the fuzz targets (nightly toolchain and cargo-fuzz: `cargo install cargo-fuzz`).
#   fuzz/run.sh [SECONDS] [TARGET...]      default: 600 seconds each, every target
# New interesting inputs go to fuzz/corpus/<target>/ (local, not committed; minimize with `cargo +nightly fuzz cmin <target>`
# to keep it small); crashes go to fuzz/artifacts/<target>/ and become cases in tests/fuzz_corpus.rs.
set -euo pipefail
cd "$(dirname "$0")"
seconds=${1:-600}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(restore_session restore_artifacts delta_response error_body restore_points model_types
  edm_date_time_offset edm_date edm_duration edm_guid edm_flags edm_enum)
for target in "${targets[@]}"; do
  mkdir -p "corpus/$target"
  cargo +nightly fuzz run -O "$target" "corpus/$target" seeds -- \
    -dict=graph.dict -max_total_time="$seconds" -max_len=8192 -timeout=10 -rss_limit_mb=4096 -print_final_stats=1
done

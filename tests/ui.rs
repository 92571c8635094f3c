//! Compile-error tests for `#[graph_entity]`: each file in `tests/ui/` is one mistake, and its `.stderr`
//! is the reviewed message. The snapshots depend on the toolchain pinned in `rust-toolchain.toml`.

#[test]
fn ui() {
    let t = trybuild::TestCases::new();
    t.compile_fail("tests/ui/*.rs");
}

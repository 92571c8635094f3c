//! The checks the fuzz targets run: the same file the integration tests use, so a corpus entry that
//! fails here fails `cargo test` too (`tests/fuzz_corpus.rs` replays the committed corpus).

#[path = "../../tests/common/lossless.rs"]
mod lossless;

pub use lossless::{ENTRY_POINTS, EntryPoint};

/// Runs the entry point named `name` on `data`, panicking (a crash, for the fuzzer) if a property fails.
pub fn run(name: &str, data: &[u8]) {
    let (_, entry) = ENTRY_POINTS.iter().find(|(n, _)| *n == name).expect("a known entry point");
    if let Err(failure) = entry(data) {
        panic!("{name}: {failure}");
    }
}

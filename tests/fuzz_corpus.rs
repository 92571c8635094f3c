//! Replays the fuzzers' committed inputs through the same checks the fuzz targets run
//! (`tests/common/lossless.rs`), on the stable toolchain: the seeds (`fuzz/seeds/`), each target's
//! minimized corpus (`fuzz/corpus/<target>/`) and every input that once failed (`fuzz/regressions/`).
//! Fuzzing itself needs nightly; see `fuzz/README.md`.

mod common;

use std::path::{Path, PathBuf};

use common::lossless::{ENTRY_POINTS, EntryPoint};

fn fuzz_dir(sub: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz").join(sub)
}

fn files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = match std::fs::read_dir(dir) {
        Ok(entries) => entries.map(|e| e.expect("a directory entry").path()).filter(|p| p.is_file()).collect(),
        Err(_) => Vec::new(),
    };
    files.sort();
    files
}

/// Runs `entry` on every file, returning the failures (file and message).
fn replay(entry: EntryPoint, inputs: &[PathBuf]) -> Vec<String> {
    inputs
        .iter()
        .filter_map(|path| {
            let data = std::fs::read(path).expect("a readable corpus file");
            entry(&data).err().map(|failure| format!("{}: {failure}", path.display()))
        })
        .collect()
}

#[test]
fn every_seed_passes_every_entry_point() {
    let seeds = files(&fuzz_dir("seeds"));
    assert!(seeds.len() >= 100, "fuzz/seeds has {} files; run tools/fuzz_seeds.py", seeds.len());
    for (name, entry) in ENTRY_POINTS {
        let failures = replay(*entry, &seeds);
        assert!(failures.is_empty(), "{name}:\n{}", failures.join("\n"));
    }
}

#[test]
fn every_corpus_input_passes_its_target() {
    for (name, entry) in ENTRY_POINTS {
        let corpus = files(&fuzz_dir("corpus").join(name));
        assert!(corpus.len() >= 50, "fuzz/corpus/{name} has {} files", corpus.len());
        let failures = replay(*entry, &corpus);
        assert!(failures.is_empty(), "{name}:\n{}", failures.join("\n"));
    }
}

/// Inputs the fuzzers reported, each now passing every entry point (`fuzz/regressions/README.md` says what
/// each one found).
#[test]
fn every_past_failure_passes_every_entry_point() {
    let inputs = files(&fuzz_dir("regressions"));
    let inputs: Vec<PathBuf> = inputs.into_iter().filter(|p| p.extension().is_none_or(|e| e != "md")).collect();
    assert!(!inputs.is_empty(), "fuzz/regressions is empty");
    for (name, entry) in ENTRY_POINTS {
        let failures = replay(*entry, &inputs);
        assert!(failures.is_empty(), "{name}:\n{}", failures.join("\n"));
    }
}

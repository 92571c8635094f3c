//! Replays the fuzzers' committed inputs through the same checks the fuzz targets run
//! (`tests/common/lossless.rs`), on the stable toolchain: the seeds (`fuzz/seeds/`) and every input that
//! once failed (`fuzz/regressions/`). The corpora the fuzzers grow stay out of git (`fuzz/README.md`).

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

/// Runs `entry` on every file: the failures (file and message), and how many inputs parsed.
fn replay(entry: EntryPoint, inputs: &[PathBuf]) -> (Vec<String>, usize) {
    let (mut failures, mut parsed) = (Vec::new(), 0);
    for path in inputs {
        let data = std::fs::read(path).expect("a readable corpus file");
        match entry(&data) {
            Ok(accepted) => parsed += usize::from(accepted),
            Err(failure) => failures.push(format!("{}: {failure}", path.display())),
        }
    }
    (failures, parsed)
}

#[test]
fn every_seed_passes_every_entry_point() {
    let seeds = files(&fuzz_dir("seeds"));
    assert!(seeds.len() >= 100, "fuzz/seeds has {} files; run tools/fuzz_seeds.py", seeds.len());
    for (name, entry) in ENTRY_POINTS {
        let (failures, parsed) = replay(*entry, &seeds);
        assert!(failures.is_empty(), "{name}:\n{}", failures.join("\n"));
        // Most seeds are shaped for another entry point; a few must parse here, or nothing was checked.
        assert!(parsed >= 20, "{name}: only {parsed} of {} seeds parsed", seeds.len());
    }
}

/// Inputs the fuzzers reported, each now passing every entry point (`fuzz/regressions/README.md` says what
/// each one found).
#[test]
fn every_past_failure_passes_every_entry_point() {
    let inputs = files(&fuzz_dir("regressions"));
    let inputs: Vec<PathBuf> = inputs.into_iter().filter(|p| p.extension().is_none_or(|e| e != "md")).collect();
    assert!(!inputs.is_empty(), "fuzz/regressions is empty");
    let mut accepted = 0;
    for (name, entry) in ENTRY_POINTS {
        let (failures, parsed) = replay(*entry, &inputs);
        assert!(failures.is_empty(), "{name}:\n{}", failures.join("\n"));
        accepted += parsed;
    }
    // Each of them was accepted by the target that reported it.
    assert!(accepted >= inputs.len(), "only {accepted} acceptances for {} inputs", inputs.len());
}

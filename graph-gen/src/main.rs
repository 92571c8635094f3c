//! `graph-gen`: writes (or checks) the generated models.
//!
//! ```text
//! graph-gen backup-restore [--check] [XML] [OUT]   # graph_model::backup_restore from the beta extract
//! graph-gen v1 [--check] [XML] [OUT]               # the graph-v1 crate from the v1.0 metadata
//! graph-gen stats [XML]                            # read and resolve a CSDL file, print counts and time
//! ```
//!
//! Paths default to the repository's (`graph-gen/schemas/...`, `graph-model/src/backup_restore`,
//! `graph-v1`), relative to the workspace root, where it must run.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use graph_gen::csdl::{Kind, Model};
use graph_gen::{GeneratedFile, backup, rustfmt, v1};

const BETA: &str = "graph-gen/schemas/backup_restore_beta.xml";
const V1: &str = "graph-gen/schemas/graph_v1.0_metadata.xml";

fn main() -> ExitCode {
    match run(std::env::args().skip(1).collect()) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("graph-gen: {e}");
            ExitCode::from(2)
        }
    }
}

fn run(args: Vec<String>) -> Result<ExitCode, String> {
    let check = args.iter().any(|a| a == "--check");
    let rest: Vec<&str> = args.iter().map(String::as_str).filter(|a| *a != "--check").collect();
    let (command, paths) = rest.split_first().ok_or(USAGE)?;
    match *command {
        "backup-restore" => {
            let xml = paths.first().copied().unwrap_or(BETA);
            let out = paths.get(1).copied().unwrap_or("graph-model/src/backup_restore");
            let model = read(xml)?;
            let files = backup::generate(&model, &source_name(xml));
            emit(files, Path::new(out), check)
        }
        "v1" => {
            let xml = paths.first().copied().unwrap_or(V1);
            let out = paths.get(1).copied().unwrap_or("graph-v1");
            let model = read(xml)?;
            let files = v1::generate(&model, &source_name(xml))?;
            emit(files, Path::new(out), check)
        }
        "stats" => {
            let xml = paths.first().copied().unwrap_or(V1);
            let text = std::fs::read_to_string(xml).map_err(|e| format!("{xml}: {e}"))?;
            let start = Instant::now();
            let model = Model::parse(&text).map_err(|e| format!("{xml}: {e}"))?;
            let elapsed = start.elapsed();
            let count = |k| model.types.iter().filter(|t| t.kind == k).count();
            println!(
                "{xml}: {} namespaces, {} entity, {} complex, {} enum types, {} actions and functions; read and resolved in {:.1} ms",
                model.namespaces.len(),
                count(Kind::Entity),
                count(Kind::Complex),
                count(Kind::Enum),
                model.operations.len(),
                elapsed.as_secs_f64() * 1000.0
            );
            Ok(ExitCode::SUCCESS)
        }
        _ => Err(USAGE.into()),
    }
}

const USAGE: &str = "usage: graph-gen (backup-restore | v1 | stats) [--check] [XML] [OUT]";

fn read(xml: &str) -> Result<Model, String> {
    let text = std::fs::read_to_string(xml).map_err(|e| format!("{xml}: {e}"))?;
    Model::parse(&text).map_err(|e| format!("{xml}: {e}"))
}

/// The source as named in headers: its file name, stable wherever the repository is checked out.
fn source_name(xml: &str) -> String {
    Path::new(xml).file_name().map_or_else(|| xml.to_owned(), |n| n.to_string_lossy().into_owned())
}

fn emit(files: Vec<GeneratedFile>, out: &Path, check: bool) -> Result<ExitCode, String> {
    let config = std::env::current_dir().map_err(|e| e.to_string())?;
    let mut differ = Vec::new();
    for file in &files {
        let path: PathBuf = out.join(&file.path);
        let text = if file.path.ends_with(".rs") { rustfmt(&file.text, &config)? } else { file.text.clone() };
        let on_disk = std::fs::read_to_string(&path).ok();
        if on_disk.as_deref() == Some(text.as_str()) {
            continue;
        }
        if check {
            differ.push(path.display().to_string());
        } else {
            if let Some(dir) = path.parent() {
                std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
            }
            std::fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))?;
            println!("wrote {}", path.display());
        }
    }
    if check && !differ.is_empty() {
        eprintln!("graph-gen --check: these files differ from what the generator writes (rerun it):");
        for d in &differ {
            eprintln!("  {d}");
        }
        return Ok(ExitCode::FAILURE);
    }
    if check {
        println!("graph-gen --check: {} files up to date in {}", files.len(), out.display());
    }
    Ok(ExitCode::SUCCESS)
}

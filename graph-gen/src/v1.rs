//! The `graph-v1` crate.

use crate::GeneratedFile;
use crate::csdl::Model;

/// Writes the crate's files.
pub fn generate(_model: &Model, _source: &str) -> Result<Vec<GeneratedFile>, String> {
    Err("not written yet".into())
}

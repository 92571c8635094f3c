//! Workspace-level tests and examples for `graph-model`; this crate has no API of its own.

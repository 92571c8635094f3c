//! Test types modelled on Graph's reference examples (not the shipped model): an entity root, a restore session base, the
//! three derived sessions, and the complex types they use.
#![allow(dead_code)]

pub mod lossless;
#[allow(unused_imports)] // not every test binary compares JSON
pub use lossless::Json;

use graph_model::{DateTimeOffset, Nullable, graph_entity};

/// A test vector from `tests/data/` (the reference examples' JSON bodies, comments stripped).
pub fn data(file: &str) -> String {
    let path = format!("{}/tests/data/{file}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("reading {path}: {e}"))
}

/// The request and response bodies of seed `n` (`"000"`, `"001"`, `"002"`).
/// The request and response bodies of one example of Graph's reference pages (`<page>_request.json`).
pub fn reference_bodies(page: &str) -> Vec<serde_json::Value> {
    ["request", "response"]
        .iter()
        .map(|kind| serde_json::from_str(&data(&format!("{page}_{kind}.json"))).expect("test vector is JSON"))
        .collect()
}

#[graph_entity(odata_type = "microsoft.graph.entity")]
pub struct TestEntity {
    #[graph(read_only)]
    pub id: Option<String>,
}

#[graph_entity(odata_type = "microsoft.graph.identity", complex)]
pub struct TestIdentity {
    pub display_name: Nullable<String>,
    pub id: Nullable<String>,
}

#[graph_entity(odata_type = "microsoft.graph.identitySet", complex)]
pub struct TestIdentitySet {
    pub application: Nullable<TestIdentity>,
    pub device: Nullable<TestIdentity>,
    pub user: Nullable<TestIdentity>,
}

#[graph_entity(odata_type = "microsoft.graph.publicError", complex)]
pub struct TestPublicError {
    pub code: Nullable<String>,
    pub message: Nullable<String>,
    pub target: Nullable<String>,
}

/// Status kept as a string here: the enum issue gives it a real type.
#[graph_entity(odata_type = "microsoft.graph.restoreSessionBase")]
pub struct TestRestoreSessionBase {
    #[graph(base)]
    pub entity: TestEntity,
    pub completed_date_time: Nullable<DateTimeOffset>,
    pub created_by: Nullable<TestIdentitySet>,
    #[graph(read_only)]
    pub created_date_time: Nullable<DateTimeOffset>,
    pub error: Nullable<TestPublicError>,
    #[graph(read_only)]
    pub last_modified_by: Nullable<TestIdentitySet>,
    #[graph(read_only)]
    pub last_modified_date_time: Nullable<DateTimeOffset>,
    pub status: Nullable<String>,
}

#[graph_entity(odata_type = "microsoft.graph.oneDriveForBusinessRestoreSession")]
pub struct TestOneDriveSession {
    #[graph(base)]
    pub session: TestRestoreSessionBase,
}

#[graph_entity(odata_type = "microsoft.graph.sharePointRestoreSession")]
pub struct TestSharePointSession {
    #[graph(base)]
    pub session: TestRestoreSessionBase,
}

#[graph_entity(odata_type = "microsoft.graph.user")]
pub struct TestUser {
    #[graph(base)]
    pub entity: TestEntity,
    pub display_name: Option<String>,
}

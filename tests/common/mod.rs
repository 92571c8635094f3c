//! Test types modelled on the seeds (not the shipped model): an entity root, a restore session base, the
//! three derived sessions, and the complex types they use.
#![allow(dead_code)]

use graph_model::{DateTimeOffset, Nullable, graph_entity};

/// Strips `//` comments from a JSON example (Microsoft's examples contain them; the service never sends
/// them). A `//` inside a string is kept.
pub fn strip_json_comments(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        let mut in_string = false;
        let mut escaped = false;
        let mut cut = line.len();
        let bytes = line.as_bytes();
        for i in 0..bytes.len() {
            let c = bytes[i];
            if in_string {
                if escaped {
                    escaped = false;
                } else if c == b'\\' {
                    escaped = true;
                } else if c == b'"' {
                    in_string = false;
                }
            } else if c == b'"' {
                in_string = true;
            } else if c == b'/' && bytes.get(i + 1) == Some(&b'/') {
                cut = i;
                break;
            }
        }
        out.push_str(&line[..cut]);
        out.push('\n');
    }
    out
}

/// The JSON bodies of a seed: every fenced ```http block's body (text from the first `{` to its end).
pub fn seed_bodies(file: &str) -> Vec<serde_json::Value> {
    let path = format!("{}/../shared/seeds/{file}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("reading {path}: {e}"));
    let mut bodies = Vec::new();
    for block in text.split("``` http").skip(1) {
        let block = block.split("```").next().unwrap_or("");
        if let Some(start) = block.find('{') {
            let json = strip_json_comments(&block[start..]);
            bodies.push(serde_json::from_str(&json).unwrap_or_else(|e| panic!("{file}: {e}\n{json}")));
        }
    }
    bodies
}

pub fn seed_path(file: &str) -> String {
    format!("{}/../shared/seeds/{file}", env!("CARGO_MANIFEST_DIR"))
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

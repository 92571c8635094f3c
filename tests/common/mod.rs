//! Test types modelled on the seeds (not the shipped model): an entity root, a restore session base, the
//! three derived sessions, and the complex types they use.
#![allow(dead_code)]

use graph_model::{DateTimeOffset, Nullable, graph_entity};

/// A test vector from `tests/data/` (the seeds' JSON bodies, comments stripped).
pub fn data(file: &str) -> String {
    let path = format!("{}/tests/data/{file}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("reading {path}: {e}"))
}

/// The request and response bodies of seed `n` (`"000"`, `"001"`, `"002"`).
pub fn seed_bodies(n: &str) -> Vec<serde_json::Value> {
    ["request", "response"]
        .iter()
        .map(|kind| serde_json::from_str(&data(&format!("seed_{n}_{kind}.json"))).expect("test vector is JSON"))
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

/// A JSON value for comparisons that keeps numbers as their text (so `1e400` and
/// `12345678901234567890123` compare exactly) and ignores key order.
#[derive(Debug, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    Number(String),
    String(String),
    Array(Vec<Json>),
    Object(std::collections::BTreeMap<String, Json>),
}

impl Json {
    pub fn parse(text: &str) -> Json {
        let raw: Box<serde_json::value::RawValue> = serde_json::from_str(text).expect("test JSON");
        Json::from_raw(&raw)
    }

    fn from_raw(raw: &serde_json::value::RawValue) -> Json {
        let text = raw.get().trim();
        match text.as_bytes().first() {
            Some(b'{') => {
                let entries = object_entries(text);
                let mut map = std::collections::BTreeMap::new();
                for (k, v) in entries {
                    // A written object must not repeat a key: a map would hide that.
                    assert!(!map.contains_key(&k), "duplicate key `{k}` in {text}");
                    map.insert(k, Json::from_raw(&v));
                }
                Json::Object(map)
            }
            Some(b'[') => {
                let items: Vec<Box<serde_json::value::RawValue>> = serde_json::from_str(text).expect("array");
                Json::Array(items.iter().map(|v| Json::from_raw(v)).collect())
            }
            Some(b'"') => Json::String(serde_json::from_str(text).expect("string")),
            Some(b't') => Json::Bool(true),
            Some(b'f') => Json::Bool(false),
            Some(b'n') => Json::Null,
            _ => Json::Number(text.to_owned()),
        }
    }
}

/// The entries of a JSON object in order, duplicates included.
fn object_entries(text: &str) -> Vec<(String, Box<serde_json::value::RawValue>)> {
    struct V;
    impl<'de> serde::de::Visitor<'de> for V {
        type Value = Vec<(String, Box<serde_json::value::RawValue>)>;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("an object")
        }
        fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
            let mut out = Vec::new();
            while let Some(entry) = map.next_entry()? {
                out.push(entry);
            }
            Ok(out)
        }
    }
    serde::Deserializer::deserialize_map(&mut serde_json::Deserializer::from_str(text), V).expect("object")
}

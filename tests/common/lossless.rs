//! The lossless round-trip check, shared by the integration tests and the fuzz targets (`fuzz/` includes
//! this file by path, so both check exactly the same properties).
//!
//! [`Json`] compares JSON documents the way "nothing was lost" means: key order aside, numbers by their
//! text (`1e400` and `12345678901234567890123` must survive exactly), strings by their decoded text. An
//! object repeating a key keeps every entry, so a writer that repeats a key, or drops one of two entries
//! kept verbatim, shows up as a difference. Spellings that carry the same information compare equal: the
//! integer `-0` and `0`; two RFC 3339 timestamps naming the same instant at the same offset
//! (`10:00:00.0000000Z`, `10:00:00Z`); and a known enum member in another letter case (`Granular`), which
//! the model reads as the member and writes as it is declared (`granular`), in flags lists too.
//!
//! [`ENTRY_POINTS`] are the public deserialization entry points the fuzz targets drive: each parses the
//! bytes as the model's types and, when they parse, asserts the round trip.
#![allow(dead_code)]

use std::fmt::Debug;

use graph_model::backup_restore::{
    AnyRestoreArtifact, AnyRestoreSession, ApiError, ExchangeRestoreSession, OneDriveForBusinessRestoreSession,
    PublicErrorResponse, ResponseError, RestorePoint, RestorePointSearchResponse, SharePointRestoreSession,
    parse_response,
};
use graph_model::{CollectionResponse, DateTimeOffset, Delta};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::value::RawValue;

/// A JSON document for comparisons; see the module docs for what counts as equal.
#[derive(Debug)]
pub enum Json {
    Null,
    Bool(bool),
    /// The number's text (`-0` is kept as `0`).
    Number(String),
    String(String),
    /// A string, or an object with a key, that does not decode (a lone surrogate escape), as its text.
    Undecodable(String),
    Array(Vec<Json>),
    /// The entries sorted by key; entries with one key stay in the order received.
    Object(Vec<(String, Json)>),
}

impl Json {
    /// Parses `text`, panicking if it is not JSON.
    pub fn parse(text: &str) -> Json {
        Json::try_parse(text).unwrap_or_else(|e| panic!("{e}"))
    }

    /// Parses `text`; an error if it is not JSON.
    pub fn try_parse(text: &str) -> Result<Json, String> {
        let raw: Box<RawValue> = serde_json::from_str(text).map_err(|e| format!("not JSON ({e}): {text}"))?;
        Json::from_raw(&raw)
    }

    fn from_raw(raw: &RawValue) -> Result<Json, String> {
        let text = raw.get().trim();
        Ok(match text.as_bytes().first() {
            Some(b'{') => {
                let Ok(object) = object_entries(text) else {
                    // A key that does not decode (a lone surrogate escape): the object as its text.
                    return Ok(Json::Undecodable(text.to_owned()));
                };
                let mut entries = Vec::new();
                for (key, value) in object {
                    entries.push((key, Json::from_raw(&value)?));
                }
                entries.sort_by(|(a, _), (b, _)| a.cmp(b));
                Json::Object(entries)
            }
            Some(b'[') => {
                let items: Vec<Box<RawValue>> = serde_json::from_str(text).map_err(|e| format!("{e}: {text}"))?;
                Json::Array(items.iter().map(|v| Json::from_raw(v)).collect::<Result<_, _>>()?)
            }
            Some(b'"') => match serde_json::from_str(text) {
                Ok(s) => Json::String(s),
                Err(_) => Json::Undecodable(text.to_owned()),
            },
            Some(b't') => Json::Bool(true),
            Some(b'f') => Json::Bool(false),
            Some(b'n') => Json::Null,
            _ if text == "-0" => Json::Number("0".to_owned()),
            _ => Json::Number(text.to_owned()),
        })
    }
}

impl PartialEq for Json {
    fn eq(&self, other: &Json) -> bool {
        match (self, other) {
            (Json::Null, Json::Null) => true,
            (Json::Bool(a), Json::Bool(b)) => a == b,
            (Json::Number(a), Json::Number(b)) | (Json::Undecodable(a), Json::Undecodable(b)) => a == b,
            (Json::String(a), Json::String(b)) => a == b || same_timestamp(a, b) || same_members(a, b),
            (Json::Array(a), Json::Array(b)) => a == b,
            (Json::Object(a), Json::Object(b)) => a == b,
            _ => false,
        }
    }
}

/// Two spellings of one instant at one offset (fraction digits, letter case of `T`/`Z`).
fn same_timestamp(a: &str, b: &str) -> bool {
    match (a.parse::<DateTimeOffset>(), b.parse::<DateTimeOffset>()) {
        (Ok(a), Ok(b)) => a == b && a.get().offset() == b.get().offset(),
        _ => false,
    }
}

/// Two spellings of the same enum members: equal but for letter case, one of them as declared
/// (`Granular` and `granular`; `Stable, Latest` and `stable, latest` for a flags list).
fn same_members(a: &str, b: &str) -> bool {
    if !a.eq_ignore_ascii_case(b) {
        return false;
    }
    let declared = |text: &str| {
        text.split(',').map(str::trim).all(|member| {
            graph_model::TypeInfo::all()
                .filter(|t| t.kind == graph_model::TypeKind::Enum)
                .any(|t| t.members.iter().any(|m| m.name == member))
        })
    };
    declared(a) || declared(b)
}

/// The entries of a JSON object in order, duplicates included.
fn object_entries(text: &str) -> Result<Vec<(String, Box<RawValue>)>, String> {
    struct Entries;
    impl<'de> serde::de::Visitor<'de> for Entries {
        type Value = Vec<(String, Box<RawValue>)>;
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
    serde::Deserializer::deserialize_map(&mut serde_json::Deserializer::from_str(text), Entries)
        .map_err(|e| format!("{e}: {text}"))
}

/// Parses `input` as `T`. If that fails, the error must say something; if it parses, the value must be
/// written without error, as the same JSON (see [`Json`]), and parse back to an equal value.
///
/// Returns the value, or `None` for input the model rejects.
pub fn roundtrip<T>(input: &[u8]) -> Result<Option<T>, String>
where
    T: DeserializeOwned + Serialize + PartialEq + Clone + Debug,
{
    let name = std::any::type_name::<T>();
    // serde_json's own entry points must agree, and their errors name the path without internal marks.
    let direct = serde_json::from_slice::<T>(input);
    if let Err(e) = &direct
        && e.to_string().contains('\u{1}')
    {
        return Err(format!("{name}: serde_json's error shows an internal path mark: {e:?}"));
    }
    let value: T = match graph_model::from_slice(input) {
        Ok(value) => value,
        Err(error) if error.to_string().is_empty() => return Err("a parse error with no message".to_owned()),
        Err(error) if direct.is_ok() => {
            return Err(format!("{name}: serde_json accepts what from_slice refuses: {error}"));
        }
        Err(_) => return Ok(None),
    };
    match direct {
        Ok(direct) if direct == value => {}
        Ok(_) => return Err(format!("{name}: serde_json::from_slice and from_slice read different values")),
        Err(e) => return Err(format!("{name}: from_slice accepts what serde_json refuses: {e}")),
    }
    let text = std::str::from_utf8(input).map_err(|_| format!("{name} accepted bytes that are not UTF-8"))?;
    let written = graph_model::to_string(&value).map_err(|e| format!("{name} parsed but not written: {e}\n{text}"))?;
    let (output, original) = (Json::try_parse(&written)?, Json::try_parse(text)?);
    if output != original {
        return Err(format!("{name}: written JSON differs from the input\ninput   {text}\nwritten {written}"));
    }
    let again: T =
        graph_model::from_str(&written).map_err(|e| format!("{name}: own output rejected: {e}\n{written}"))?;
    if again != value {
        return Err(format!("{name}: value changed by a round trip\nfirst  {value:?}\nsecond {again:?}"));
    }
    if value.clone() != value {
        return Err(format!("{name}: a clone differs from its value"));
    }
    // Walks the whole value; must not fail on anything that parsed.
    let _ = graph_model::needs_prefer_header(&value);
    Ok(Some(value))
}

/// A fuzz entry point: parses its input as one or more of the model's types, asserting [`roundtrip`];
/// `Ok(true)` if any of them accepted it.
pub type EntryPoint = fn(&[u8]) -> Result<bool, String>;

/// The entry points, by fuzz target name (`fuzz/fuzz_targets/<name>.rs`, corpus `fuzz/corpus/<name>/`).
pub const ENTRY_POINTS: &[(&str, EntryPoint)] = &[
    ("restore_session", restore_session),
    ("restore_artifacts", restore_artifacts),
    ("delta_response", delta_response),
    ("error_body", error_body),
    ("restore_points", restore_points),
    ("model_types", model_types),
    ("edm_date_time_offset", |d| edm::<DateTimeOffset>(d)),
    ("edm_date", |d| edm::<graph_model::Date>(d)),
    ("edm_duration", |d| edm::<graph_model::Duration>(d)),
    ("edm_guid", |d| edm::<graph_model::Guid>(d)),
    ("edm_flags", |d| edm::<graph_model::Flags<graph_model::backup_restore::RestorePointTags>>(d)),
    ("edm_enum", |d| edm::<graph_model::backup_restore::RestoreSessionStatus>(d)),
];

/// Restore session families: one session, and a page of them.
pub fn restore_session(data: &[u8]) -> Result<bool, String> {
    Ok(roundtrip::<AnyRestoreSession>(data)?.is_some()
        | roundtrip::<CollectionResponse<AnyRestoreSession>>(data)?.is_some())
}

/// Restore artifact families: one artifact, and a page of them.
pub fn restore_artifacts(data: &[u8]) -> Result<bool, String> {
    Ok(roundtrip::<AnyRestoreArtifact>(data)?.is_some()
        | roundtrip::<CollectionResponse<AnyRestoreArtifact>>(data)?.is_some())
}

/// PATCH responses with `@delta` collections (each session kind), and a bare delta collection.
pub fn delta_response(data: &[u8]) -> Result<bool, String> {
    let sessions = roundtrip::<OneDriveForBusinessRestoreSession>(data)?.is_some()
        | roundtrip::<SharePointRestoreSession>(data)?.is_some()
        | roundtrip::<ExchangeRestoreSession>(data)?.is_some();
    let Some(delta) = roundtrip::<Delta<graph_model::backup_restore::DriveRestoreArtifact>>(data)? else {
        return Ok(sessions);
    };
    // The response view must account for every entry exactly once.
    let seen = delta.succeeded().count() + delta.failed().count() + delta.removed().count();
    if seen != delta.len() {
        return Err(format!("the response view saw {seen} of {} entries", delta.len()));
    }
    Ok(true)
}

/// Error bodies, through `PublicErrorResponse`, `ApiError::parse` and `parse_response`.
pub fn error_body(data: &[u8]) -> Result<bool, String> {
    let parsed = roundtrip::<PublicErrorResponse>(data)?;
    let text = std::str::from_utf8(data).ok();
    let api = text.map(|t| ApiError::parse(404, t));
    if let Some(Ok(api)) = &api {
        let _ = (api.to_string(), api.code(), api.message());
        if Some(&api.body) != parsed.as_ref() {
            return Err("ApiError::parse and from_slice disagree".to_owned());
        }
    }
    match parse_response::<AnyRestoreSession>(404, data) {
        Err(ResponseError::Api(api)) if parsed.as_ref() == Some(&api.body) => Ok(true),
        Err(ResponseError::Parse { .. }) if parsed.is_none() => Ok(false),
        other => Err(format!("parse_response(404) disagrees with from_slice: {other:?}")),
    }
}

/// Restore points: a page of them, and a search response.
pub fn restore_points(data: &[u8]) -> Result<bool, String> {
    Ok(roundtrip::<CollectionResponse<RestorePoint>>(data)?.is_some()
        | roundtrip::<RestorePointSearchResponse>(data)?.is_some())
}

/// Every other top-level type of the model: pages of each family (protection policies, rules and units,
/// exclusion units, bulk jobs, browse sessions, activity logs, granular and bulk restore artifacts) and
/// the service root.
pub fn model_types(data: &[u8]) -> Result<bool, String> {
    use graph_model::backup_restore::{
        AnyActivityLog, AnyBrowseSession, AnyExclusionUnit, AnyExclusionUnitBulkAdditionJob,
        AnyGranularRestoreArtifact, AnyMailboxRestoreArtifact, AnyProtectionPolicy, AnyProtectionRule,
        AnyProtectionUnit, AnyProtectionUnitsBulkJob, AnyRestoreArtifactsBulkRequest, BackupRestoreRoot,
    };
    Ok(roundtrip::<BackupRestoreRoot>(data)?.is_some()
        | roundtrip::<CollectionResponse<AnyProtectionPolicy>>(data)?.is_some()
        | roundtrip::<AnyProtectionPolicy>(data)?.is_some()
        | roundtrip::<CollectionResponse<AnyProtectionRule>>(data)?.is_some()
        | roundtrip::<CollectionResponse<AnyProtectionUnit>>(data)?.is_some()
        | roundtrip::<CollectionResponse<AnyProtectionUnitsBulkJob>>(data)?.is_some()
        | roundtrip::<CollectionResponse<AnyExclusionUnit>>(data)?.is_some()
        | roundtrip::<CollectionResponse<AnyExclusionUnitBulkAdditionJob>>(data)?.is_some()
        | roundtrip::<CollectionResponse<AnyBrowseSession>>(data)?.is_some()
        | roundtrip::<CollectionResponse<AnyActivityLog>>(data)?.is_some()
        | roundtrip::<CollectionResponse<AnyGranularRestoreArtifact>>(data)?.is_some()
        | roundtrip::<CollectionResponse<AnyMailboxRestoreArtifact>>(data)?.is_some()
        | roundtrip::<CollectionResponse<AnyRestoreArtifactsBulkRequest>>(data)?.is_some())
}

/// One Edm type (a fuzz target each): the input as text through its parser, and as a JSON string through
/// its `Deserialize`; whatever parses is written back as the same value and reads back equal.
pub fn edm<T>(data: &[u8]) -> Result<bool, String>
where
    T: std::str::FromStr + std::fmt::Display + Serialize + DeserializeOwned + PartialEq + Debug,
{
    let Ok(text) = std::str::from_utf8(data) else { return Ok(false) };
    let accepted = edm_text::<T>(text)?;
    if let Ok(json) = serde_json::to_string(text) {
        edm_json::<T>(text, &json)?;
    }
    Ok(accepted)
}

/// One Edm type's text form: parse, write, parse again.
fn edm_text<T>(text: &str) -> Result<bool, String>
where
    T: std::str::FromStr + std::fmt::Display + PartialEq + Debug,
{
    let name = std::any::type_name::<T>();
    let Ok(value) = text.parse::<T>() else { return Ok(false) };
    let written = value.to_string();
    match written.parse::<T>() {
        Ok(again) if again == value => Ok(true),
        Ok(again) => Err(format!("{name}: `{text}` read as {value:?}, written `{written}`, read back as {again:?}")),
        Err(_) => Err(format!("{name}: `{text}` read as {value:?}, written `{written}`, which does not parse")),
    }
}

/// One Edm type as a JSON string: read as its text form reads, written as a string that reads back equal.
fn edm_json<T>(text: &str, json: &str) -> Result<(), String>
where
    T: std::str::FromStr + Serialize + DeserializeOwned + PartialEq + Debug,
{
    let name = std::any::type_name::<T>();
    let (from_json, from_text) = (serde_json::from_str::<T>(json).ok(), text.parse::<T>().ok());
    if from_json != from_text {
        return Err(format!("{name}: `{text}` reads as {from_text:?} from text, {from_json:?} from JSON"));
    }
    let Some(value) = from_json else { return Ok(()) };
    let written = serde_json::to_string(&value).map_err(|e| format!("{name}: {value:?} not written: {e}"))?;
    match serde_json::from_str::<T>(&written) {
        Ok(again) if again == value => Ok(()),
        other => Err(format!("{name}: {value:?} written as {written}, read back as {other:?}")),
    }
}

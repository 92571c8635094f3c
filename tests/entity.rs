//! `#[graph_entity]` on structs: wire names, `@odata.type`, lossless extras, null vs absent, PATCH
//! bodies, Edm types, inheritance, errors with paths, metadata. Sections in the order of the features.

// Base-type fields are assigned through `DerefMut`, which a struct initializer cannot express.
#![allow(clippy::field_reassign_with_default)]

mod common;

use common::*;
use graph_model::{
    DateTimeOffset, Duration, ErrorKind, GraphType, Nullable, ODataTypeKey, ODataTypeTag, PropertyKind, graph_entity,
};
use serde_json::Value;

fn value(s: &str) -> Value {
    serde_json::from_str(s).expect("test JSON")
}

fn roundtrip<T: serde::de::DeserializeOwned + serde::Serialize + PartialEq + std::fmt::Debug>(json: &str) -> T {
    let parsed: T = graph_model::from_str(json).expect("parses");
    let written = graph_model::to_string(&parsed).expect("writes");
    assert_eq!(Json::parse(&written), Json::parse(json), "written JSON differs from input");
    let again: T = graph_model::from_str(&written).expect("parses again");
    assert_eq!(again, parsed);
    parsed
}

// 1. Wire names

#[graph_entity(odata_type = "test.namespace.named", complex)]
struct Named {
    restored_site_web_url: Option<String>,
    #[graph(rename = "sizeInBytes")]
    size: Option<i64>,
    r#type: Option<String>,
}

#[test]
fn wire_names_are_camel_case_with_renames() {
    let n = Named {
        restored_site_web_url: Some("u".into()),
        size: Some(5),
        r#type: Some("t".into()),
        ..Default::default()
    };
    assert_eq!(
        graph_model::to_string(&n).unwrap(),
        r##"{"@odata.type":"#test.namespace.named","restoredSiteWebUrl":"u","sizeInBytes":5,"type":"t"}"##
    );
    let back: Named = graph_model::from_str(r#"{"sizeInBytes":7,"type":"x"}"#).unwrap();
    assert_eq!((back.size, back.r#type.as_deref()), (Some(7), Some("x")));
}

// 2. @odata.type

#[test]
fn built_in_code_writes_type_first_and_can_omit_it() {
    let mut s = TestSharePointSession::default();
    s.status = "draft".to_string().into();
    let text = graph_model::to_string(&s).unwrap();
    assert!(text.starts_with(r##"{"@odata.type":"#microsoft.graph.sharePointRestoreSession","##), "{text}");
    s.odata.omit_type();
    assert_eq!(graph_model::to_string(&s).unwrap(), r#"{"status":"draft"}"#);
}

#[test]
fn type_key_is_accepted_in_any_position_and_spelling_is_kept() {
    for json in [
        r##"{"@odata.type":"#microsoft.graph.sharePointRestoreSession","id":"1","status":"draft"}"##,
        r##"{"id":"1","@odata.type":"#microsoft.graph.sharePointRestoreSession","status":"draft"}"##,
        r##"{"id":"1","status":"draft","@odata.type":"#microsoft.graph.sharePointRestoreSession"}"##,
    ] {
        let s: TestSharePointSession = roundtrip(json);
        assert_eq!(*s.odata.type_tag(), ODataTypeTag::ReceivedCanonical);
        assert_eq!(s.entity.id.as_deref(), Some("1"));
    }
    let no_hash: TestSharePointSession = roundtrip(r#"{"@odata.type":"microsoft.graph.sharePointRestoreSession"}"#);
    assert_eq!(*no_hash.odata.type_tag(), ODataTypeTag::ReceivedWithoutHash);
    // Microsoft's own example misspells the case.
    let odd: TestSharePointSession = roundtrip(r##"{"@odata.type":"#microsoft.graph.sharepointRestoreSession"}"##);
    assert_eq!(*odd.odata.type_tag(), ODataTypeTag::Verbatim("#microsoft.graph.sharepointRestoreSession".into()));
    let short: TestSharePointSession = roundtrip(r##"{"@type":"#microsoft.graph.sharePointRestoreSession"}"##);
    assert_eq!(short.odata.type_key(), ODataTypeKey::Short);
    let missing: TestSharePointSession = roundtrip(r#"{"id":"1"}"#);
    assert_eq!(*missing.odata.type_tag(), ODataTypeTag::Omitted);
}

#[test]
fn derived_type_is_accepted_where_base_expected_and_kept() {
    let json = r##"{"@odata.type":"#microsoft.graph.oneDriveForBusinessRestoreSession","id":"s","status":"active","driveRestoreArtifacts":[]}"##;
    let base: TestRestoreSessionBase = roundtrip(json);
    assert_eq!(
        *base.odata.type_tag(),
        ODataTypeTag::Verbatim("#microsoft.graph.oneDriveForBusinessRestoreSession".into())
    );
    assert_eq!(base.odata.additional.get("driveRestoreArtifacts").map(|v| v.get()), Some("[]"));
    // A derived type this program has never heard of is also kept: it may be newer than the program.
    let newer: TestRestoreSessionBase =
        roundtrip(r##"{"@odata.type":"#microsoft.graph.teamsRestoreSession","id":"t"}"##);
    assert_eq!(*newer.odata.type_tag(), ODataTypeTag::Verbatim("#microsoft.graph.teamsRestoreSession".into()));
}

#[test]
fn type_outside_hierarchy_is_rejected_naming_both() {
    let err =
        graph_model::from_str::<TestRestoreSessionBase>(r##"{"@odata.type":"#microsoft.graph.user"}"##).unwrap_err();
    assert_eq!(err.path(), "");
    assert_eq!(
        err.message(),
        "`@odata.type` is `#microsoft.graph.user`, which is neither `microsoft.graph.restoreSessionBase` nor derived from it"
    );
    // A base type where a derived type is expected is outside the hierarchy too.
    let err = graph_model::from_str::<TestOneDriveSession>(r#"{"@odata.type":"microsoft.graph.restoreSessionBase"}"#)
        .unwrap_err();
    assert!(err.message().contains("neither `microsoft.graph.oneDriveForBusinessRestoreSession`"), "{err}");
    let err = graph_model::from_str::<TestOneDriveSession>(r#"{"@odata.type": 5}"#).unwrap_err();
    assert!(err.message().contains("expected a type name string"), "{err}");
}

// 3. Nothing is lost

#[test]
fn unknown_properties_and_annotations_roundtrip_exactly() {
    let json = r##"{
        "@odata.context": "https://graph.microsoft.com/beta/$metadata#solutions/backupRestore/restoreSessions/$entity",
        "@odata.etag": "W/\"JzEtUmVzdG9yZVNlc3Npb24=\"",
        "@odata.id": "restoreSessions('s')",
        "id": "s",
        "status@odata.type": "#microsoft.graph.restoreSessionStatus",
        "driveRestoreArtifacts@odata.nextLink": "https://next",
        "@contentId": "1",
        "hugeNumber": 12345678901234567890123,
        "overflow": 1e400,
        "negativeZero": -0.0,
        "looksLikeADate": "2024-01-01T00:00:00Z",
        "looksLikeAGuid": "aa8db46c-ccb9-5144-8553-76ad7939fa74",
        "nested": {"deep": [1, {"x": null}], "s": "\u00e9\n"},
        "status": "active"
    }"##;
    let s: TestRestoreSessionBase = roundtrip(json);
    let keys: Vec<&str> = s.odata.additional.iter().map(|(k, _)| k).collect();
    assert_eq!(
        keys,
        [
            "@odata.context",
            "@odata.etag",
            "@odata.id",
            "status@odata.type",
            "driveRestoreArtifacts@odata.nextLink",
            "@contentId",
            "hugeNumber",
            "overflow",
            "negativeZero",
            "looksLikeADate",
            "looksLikeAGuid",
            "nested"
        ]
    );
    let written = graph_model::to_string(&s).unwrap();
    assert!(written.contains(r#""hugeNumber":12345678901234567890123"#));
    assert!(written.contains(r#""overflow":1e400"#));
    assert!(written.contains(r#""negativeZero":-0.0"#));
    assert!(written.contains(r#""s": "\u00e9\n""#) || written.contains(r#""s":"\u00e9\n""#));
}

// 4. Null vs absent; PATCH bodies

#[test]
fn null_and_absent_are_told_apart_and_written_back() {
    let s: TestRestoreSessionBase = roundtrip(r#"{"error":null,"status":"draft"}"#);
    assert!(s.error.is_null());
    assert!(s.completed_date_time.is_absent());
    // `Option` properties are not nullable: a null is an error rather than silently dropped.
    let err = graph_model::from_str::<TestRestoreSessionBase>(r#"{"id":null}"#).unwrap_err();
    assert_eq!(err.path(), "id");
    assert!(err.message().starts_with("invalid type: null, expected a string"), "{err}");
}

#[test]
fn patch_body_holds_exactly_what_was_set() {
    let empty = TestOneDriveSessionUpdate::new();
    assert_eq!(graph_model::to_string(&empty).unwrap(), "{}");
    let patch = TestOneDriveSessionUpdate::new().update_base(|b| b.status("draft".to_string()).error(Nullable::Null));
    assert_eq!(graph_model::to_string(&patch).unwrap(), r#"{"error":null,"status":"draft"}"#);
    let typed = patch.clone().with_odata_type();
    assert_eq!(
        graph_model::to_string(&typed).unwrap(),
        r##"{"@odata.type":"#microsoft.graph.oneDriveForBusinessRestoreSession","error":null,"status":"draft"}"##
    );
    // Read-only properties have no field in the update type; the metadata says which they are.
    let read_only: Vec<&str> = TestRestoreSessionBase::TYPE_INFO
        .all_properties()
        .into_iter()
        .filter(|p| p.read_only)
        .map(|p| p.wire_name)
        .collect();
    assert_eq!(read_only, ["id", "createdDateTime", "lastModifiedBy", "lastModifiedDateTime"]);
}

// 5. Edm types

#[graph_entity(odata_type = "test.namespace.edm", complex)]
struct Edm {
    text: Option<String>,
    flag: Option<bool>,
    small: Option<i32>,
    big: Option<i64>,
    real: Option<f64>,
    guid: Option<graph_model::Guid>,
    when: Option<DateTimeOffset>,
    how_long: Option<Duration>,
    day: Option<graph_model::Date>,
    nested: Option<TestIdentity>,
    list: Option<Vec<String>>,
    nested_list: Nullable<Vec<TestIdentity>>,
}

#[test]
fn edm_types_parse_and_write() {
    let e: Edm = roundtrip(
        r#"{"text":"t","flag":true,"small":-2147483648,"big":9223372036854775807,"real":0.5,
            "guid":"aa8db46c-ccb9-5144-8553-76ad7939fa74","when":"2024-03-01T10:15:30.1234567Z",
            "howLong":"P1DT2H30M","day":"2024-02-29","nested":{"id":"n"},"list":["a","b"],"nestedList":[{"id":"x"}]}"#,
    );
    assert_eq!(e.small, Some(i32::MIN));
    assert_eq!(e.big, Some(i64::MAX));
    assert_eq!(e.when.unwrap().get().nanosecond(), 123_456_700);
    assert_eq!(e.how_long.unwrap().to_std(), Some(std::time::Duration::from_secs(95_400)));
    // Zeros past nanoseconds are the same value and accepted; instants compare as instants.
    let a: Edm = graph_model::from_str(r#"{"when":"2024-03-01T12:00:00.1234567890000Z"}"#).unwrap();
    let b: Edm = graph_model::from_str(r#"{"when":"2024-03-01T14:00:00.123456789+02:00"}"#).unwrap();
    assert_eq!(a.when, b.when);
    // Digits past nanoseconds, up to twelve as OData allows, are kept (picoseconds) and written back;
    // past twelve only zeros are the same value, and others are refused rather than changed.
    let pico: Edm = graph_model::from_str(r#"{"when":"2024-03-01T12:00:00.1234567891Z"}"#).unwrap();
    assert_eq!(graph_model::to_string(&pico).unwrap(), r#"{"when":"2024-03-01T12:00:00.1234567891Z"}"#);
    assert_ne!(pico.when, a.when);
    assert_eq!(graph_model::to_string(&a).unwrap(), r#"{"when":"2024-03-01T12:00:00.1234567890000Z"}"#);
    let err = graph_model::from_str::<Edm>(r#"{"when":"2024-03-01T12:00:00.1234567890001Z"}"#).unwrap_err();
    assert_eq!(err.path(), "when");
    assert!(err.message().contains("at most twelve fraction digits"), "{err}");
}

#[test]
fn malformed_edm_values_name_the_field() {
    let cases = [
        (r#"{"when":"2015-06-19T12-01-03.45Z"}"#, "when", "invalid DateTimeOffset `2015-06-19T12-01-03.45Z`"),
        (r#"{"when":"String (timestamp)"}"#, "when", "invalid DateTimeOffset `String (timestamp)`"),
        (r#"{"howLong":"7 days"}"#, "howLong", "invalid Duration `7 days`"),
        (r#"{"day":"2023-02-29"}"#, "day", "invalid Date `2023-02-29`"),
        (r#"{"small":2147483648}"#, "small", "invalid value: integer `2147483648`, expected i32"),
        (r#"{"guid":"2b014d8c-71fe-4d00-a01a-31850bc5b32"}"#, "guid", "invalid Guid"),
        (r#"{"nestedList":[{"id":"x"},{"id":7}]}"#, "nestedList[1].id", "invalid type: integer `7`, expected a string"),
        (r#"{"flag":"yes"}"#, "flag", "invalid type: string \"yes\", expected a boolean"),
    ];
    for (json, path, message) in cases {
        let err = graph_model::from_str::<Edm>(json).unwrap_err();
        assert_eq!(err.path(), path, "{json}");
        assert!(err.message().starts_with(message), "{json}: {}", err.message());
        assert_eq!(err.kind(), ErrorKind::Data);
    }
}

// 6. Inheritance

#[test]
fn derived_types_are_flat_on_the_wire_with_natural_access() {
    let s: TestOneDriveSession = roundtrip(
        r##"{"@odata.type":"#microsoft.graph.oneDriveForBusinessRestoreSession","id":"s1","status":"active","createdDateTime":"2024-01-01T00:00:00Z"}"##,
    );
    // Base fields through Deref, two levels down.
    assert_eq!(s.id.as_deref(), Some("s1"));
    assert_eq!(s.status.as_value().map(String::as_str), Some("active"));
    assert!(s.created_date_time.is_value());
    assert_eq!(TestOneDriveSession::TYPE_INFO.base.map(|b| b.name), Some("microsoft.graph.restoreSessionBase"));
    assert!(TestOneDriveSession::TYPE_INFO.derives_from(TestEntity::TYPE_INFO));
}

// 8. Errors

#[test]
fn duplicate_keys_are_errors() {
    for (json, message) in [
        (r#"{"id":"a","id":"b"}"#, "duplicate field `id`"),
        (r#"{"status":"a","status":null}"#, "duplicate field `status`"),
        (
            r#"{"@odata.type":"microsoft.graph.restoreSessionBase","@odata.type":"microsoft.graph.restoreSessionBase"}"#,
            "duplicate type annotation `@odata.type`",
        ),
        (r#"{"@type":"microsoft.graph.restoreSessionBase","@odata.type":"x.y"}"#, "duplicate type annotation"),
        (r#"{"x":1,"x":2}"#, "duplicate key `x`"),
    ] {
        let err = graph_model::from_str::<TestRestoreSessionBase>(json).unwrap_err();
        assert!(err.message().starts_with(message), "{json}: {err}");
    }
    // Many undeclared keys switch the duplicate check to a set; it still finds the duplicate.
    let mut json = String::from("{");
    for i in 0..100 {
        json.push_str(&format!("\"k{i}\":{i},"));
    }
    json.push_str("\"k42\":0}");
    let err = graph_model::from_str::<TestRestoreSessionBase>(&json).unwrap_err();
    assert_eq!(err.message(), "duplicate key `k42`");
}

#[test]
fn syntax_errors_and_wrong_shapes() {
    let err = graph_model::from_str::<TestRestoreSessionBase>(r#"{"id": "a""#).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Eof);
    let err = graph_model::from_str::<TestRestoreSessionBase>(r#"[1]"#).unwrap_err();
    assert!(err.message().contains("expected a `microsoft.graph.restoreSessionBase` object"), "{err}");
    let err = graph_model::from_str::<Vec<TestRestoreSessionBase>>(r#"[{}, {"createdBy": {"user": []}}]"#).unwrap_err();
    assert_eq!(err.path(), "[1].createdBy.user");
    assert_eq!(err.to_string(), format!("at `[1].createdBy.user`: {}", err.message()));
}

#[test]
fn missing_required_property() {
    #[graph_entity(odata_type = "test.namespace.required", complex)]
    struct Required {
        code: String,
    }
    let err = graph_model::from_str::<Required>("{}").unwrap_err();
    assert_eq!(err.message(), "missing field `code`");
    let ok: Required = roundtrip(r#"{"code":"c"}"#);
    assert_eq!(ok.code, "c");
}

// 10. Metadata

#[test]
fn metadata_describes_each_property() {
    let info = TestRestoreSessionBase::TYPE_INFO;
    assert_eq!(info.name, "microsoft.graph.restoreSessionBase");
    assert_eq!(info.hashed_name, "#microsoft.graph.restoreSessionBase");
    let created = info.properties.iter().find(|p| p.wire_name == "createdDateTime").unwrap();
    assert_eq!(
        (created.rust_name, created.edm_type, created.nullable, created.collection, created.read_only, created.kind),
        ("created_date_time", "Edm.DateTimeOffset", true, false, true, PropertyKind::Structural)
    );
    let by = info.properties.iter().find(|p| p.wire_name == "createdBy").unwrap();
    assert_eq!(by.edm_type, "microsoft.graph.identitySet");
    let list = Edm::TYPE_INFO.properties.iter().find(|p| p.wire_name == "nestedList").unwrap();
    assert_eq!((list.edm_type, list.collection, list.nullable), ("microsoft.graph.identity", true, true));
    let id = info.all_properties()[0];
    assert_eq!((id.wire_name, id.nullable), ("id", false));
}

// The update pages of Graph's reference for the restore sessions, modelled with the test structs above.

fn check_reference_page<T>(file: &str)
where
    T: serde::de::DeserializeOwned + serde::Serialize + PartialEq + std::fmt::Debug,
{
    let bodies = reference_bodies(file);
    assert_eq!(bodies.len(), 2, "{file}: a request and a response");
    for body in &bodies {
        let text = body.to_string();
        // The reference examples hold placeholders where timestamps belong: a clear error names the field.
        let err = graph_model::from_str::<T>(&text).unwrap_err();
        assert_eq!(err.path(), "completedDateTime", "{file}");
        assert!(err.message().starts_with("invalid DateTimeOffset `String (timestamp)`"), "{err}");
        let fixed = text.replace("String (timestamp)", "2024-05-01T10:00:00.0000000Z");
        let parsed: T = graph_model::from_str(&fixed).unwrap();
        let written = graph_model::to_string(&parsed).unwrap();
        // Timestamps are written back as received, seven zero fraction digits included.
        assert_eq!(value(&written), value(&fixed), "{file}");
    }
}

#[test]
fn onedrive_update_page_from_the_reference() {
    check_reference_page::<TestOneDriveSession>("onedrive_update_page");
    let response: TestOneDriveSession = graph_model::from_str(
        &reference_bodies("onedrive_update_page")[1].to_string().replace("String (timestamp)", "2024-05-01T10:00:00Z"),
    )
    .unwrap();
    assert_eq!(response.id.as_deref(), Some("aa8db46c-ccb9-5144-8553-76ad7939fa74"));
    let created_by = response.created_by.as_value().unwrap();
    assert_eq!(*created_by.odata.type_tag(), ODataTypeTag::ReceivedWithoutHash);
}

#[test]
fn sharepoint_update_page_from_the_reference() {
    check_reference_page::<TestSharePointSession>("sharepoint_update_page");
}

#[test]
fn restore_session_base_update_page_from_the_reference() {
    check_reference_page::<TestRestoreSessionBase>("restore_session_base_update_page");
}

#[test]
fn onedrive_update_request_is_built_with_the_update_type() {
    let mut created_by = TestIdentitySet::default();
    created_by.odata.set_type_tag(ODataTypeTag::ReceivedWithoutHash);
    let mut error = TestPublicError::default();
    error.odata.set_type_tag(ODataTypeTag::ReceivedWithoutHash);
    let request = TestOneDriveSessionUpdate::new().with_odata_type().update_base(|b| {
        b.status("String".to_string())
            .created_by(created_by)
            .completed_date_time("2024-05-01T10:00:00Z".parse::<DateTimeOffset>().unwrap())
            .error(error)
    });
    let example =
        reference_bodies("onedrive_update_page")[0].to_string().replace("String (timestamp)", "2024-05-01T10:00:00Z");
    assert_eq!(value(&graph_model::to_string(&request).unwrap()), value(&example));
    assert!(graph_model::to_string(&request).unwrap().starts_with(r#"{"@odata.type":"#));
}

/// A complex struct with no OData name (an action's parameters): written without `@odata.type`, and a
/// received one is kept as it came.
#[graph_entity(complex)]
pub struct AddPasswordBody {
    pub display_name: Option<String>,
}

#[test]
fn complex_types_without_an_odata_name_write_no_type() {
    let body = AddPasswordBody { display_name: Some("ci".into()), ..Default::default() };
    assert_eq!(graph_model::to_string(&body).unwrap(), r#"{"displayName":"ci"}"#);
    // Built in code, written and read back: the same value.
    let again: AddPasswordBody = serde_json::from_str(&graph_model::to_string(&body).unwrap()).unwrap();
    assert_eq!(again, body);
    let json = r##"{"@odata.type":"#microsoft.graph.passwordCredential","displayName":"ci"}"##;
    let read: AddPasswordBody = serde_json::from_str(json).unwrap();
    assert_eq!(graph_model::to_string(&read).unwrap(), json);
    let err = serde_json::from_str::<AddPasswordBody>("[]").unwrap_err().to_string();
    assert!(err.contains("expected a `AddPasswordBody` object"), "{err}");
}

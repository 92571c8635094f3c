//! Graph's reference examples against the shipped model: every request body built with the model's types, every response
//! parsed into them, and every test vector read and written back without losing anything.

mod common;

use common::{Json, data};
use graph_model::backup_restore::{
    AnyRestoreSession, ExchangeRestoreSession, IdentitySet, OneDriveForBusinessRestoreSession, PublicError,
    RestoreSessionBase, RestoreSessionStatus, SharePointRestoreSession,
};
use graph_model::{DateTimeOffset, Nullable, ODataTypeTag};

const WHEN: &str = "2024-05-01T10:00:00Z";

/// A reference example's body with its placeholders replaced by real values.
fn example(page: &str, kind: &str) -> String {
    data(&format!("{page}_{kind}.json")).replace("String (timestamp)", WHEN).replace("\"String\"", "\"draft\"")
}

/// The base part of the reference examples' update requests: status, createdBy, completedDateTime, error.
fn request_base() -> RestoreSessionBase {
    // The reference examples write the nested annotations without `#`.
    let mut created_by = IdentitySet::default();
    created_by.odata.set_type_tag(ODataTypeTag::ReceivedWithoutHash);
    let mut error = PublicError::default();
    error.odata.set_type_tag(ODataTypeTag::ReceivedWithoutHash);
    RestoreSessionBase {
        status: RestoreSessionStatus::Draft.into(),
        created_by: Nullable::Value(Box::new(created_by)),
        completed_date_time: WHEN.parse::<DateTimeOffset>().unwrap().into(),
        error: Nullable::Value(Box::new(error)),
        ..Default::default()
    }
}

#[test]
fn update_requests_are_built_with_the_model() {
    let onedrive = OneDriveForBusinessRestoreSession { base: request_base(), ..Default::default() };
    let sharepoint = SharePointRestoreSession { base: request_base(), ..Default::default() };
    let base = request_base();
    for (n, written) in [
        ("onedrive_update_page", graph_model::to_string(&onedrive).unwrap()),
        ("sharepoint_update_page", graph_model::to_string(&sharepoint).unwrap()),
        ("restore_session_base_update_page", graph_model::to_string(&base).unwrap()),
    ] {
        assert_eq!(Json::parse(&written), Json::parse(&example(n, "request")), "{n}");
        assert!(written.starts_with(r#"{"@odata.type":"#), "{n}: the type comes first");
    }
}

#[test]
fn update_responses_parse_into_the_model_and_roundtrip() {
    for (n, id) in [
        ("onedrive_update_page", "aa8db46c-ccb9-5144-8553-76ad7939fa74"),
        ("sharepoint_update_page", "1f1d563f-95ed-72e3-9096-998291f6e0f7"),
        ("restore_session_base_update_page", "8c3b5c30-3899-8712-95f9-f3c6b4e5324d"),
    ] {
        let text = example(n, "response");
        let session: AnyRestoreSession = graph_model::from_str(&text).unwrap();
        assert_eq!(session.entity.id.as_deref(), Some(id));
        assert_eq!(session.status.as_value(), Some(&RestoreSessionStatus::Draft));
        let kind_ok = match n {
            "onedrive_update_page" => matches!(session, AnyRestoreSession::OneDriveForBusiness(_)),
            "sharepoint_update_page" => matches!(session, AnyRestoreSession::SharePoint(_)),
            _ => matches!(session, AnyRestoreSession::Other(_)),
        };
        assert!(kind_ok, "{n}: {session:?}");
        assert_eq!(Json::parse(&graph_model::to_string(&session).unwrap()), Json::parse(&text), "{n}");
    }
}

#[test]
fn placeholders_in_the_reference_examples_are_clear_errors() {
    let err = graph_model::from_str::<AnyRestoreSession>(&data("onedrive_update_page_response.json")).unwrap_err();
    assert_eq!(err.path(), "createdDateTime");
    assert!(err.message().starts_with("invalid DateTimeOffset `String (timestamp)`"), "{err}");
    // `"status": "String"` is not a member, but a member added later would look the same: it is kept.
    let text = data("onedrive_update_page_response.json").replace("String (timestamp)", WHEN);
    let session: AnyRestoreSession = graph_model::from_str(&text).unwrap();
    assert_eq!(session.status.as_value(), Some(&RestoreSessionStatus::Unrecognized("String".into())));
}

/// Nothing received is dropped: every test vector parses and is written back as the same JSON.
#[test]
fn every_test_vector_roundtrips() {
    let dir = format!("{}/tests/data", env!("CARGO_MANIFEST_DIR"));
    let mut checked = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if !name.ends_with(".json") || name.starts_with("backup_restore_beta") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap().replace("String (timestamp)", WHEN);
        let written = if name.starts_with("exchange") {
            graph_model::to_string(&graph_model::from_str::<ExchangeRestoreSession>(&text).unwrap()).unwrap()
        } else if name.starts_with("onedrive") {
            graph_model::to_string(&graph_model::from_str::<OneDriveForBusinessRestoreSession>(&text).unwrap()).unwrap()
        } else {
            graph_model::to_string(&graph_model::from_str::<AnyRestoreSession>(&text).unwrap()).unwrap()
        };
        assert_eq!(Json::parse(&written), Json::parse(&text), "{name}");
        checked += 1;
    }
    assert_eq!(checked, 10, "the reference examples' request and response bodies");
}

//! Requests built on `http`, and response parsing.

use graph_model::backup_restore::{
    AnyRestoreSession, BackupErrorCode, BackupRestoreRequests, DestinationType, DriveRestoreArtifact,
    OneDriveForBusinessRestoreSessionUpdate, ResponseError, RestoreJobType, RestorePoint, RestorePointPreference,
    RestorePointSearch, RestoreSessionBaseUpdate, SharePointRestoreSessionUpdate, parse_response,
};
use graph_model::{CollectionResponse, Delta};
use http::Method;

const ROOT: &str = "https://graph.microsoft.com/beta/solutions/backupRestore";

#[test]
fn every_request_has_method_url_and_headers() {
    let api = BackupRestoreRequests::new();
    let delta =
        Delta::<DriveRestoreArtifact>::new().add_restore_point(RestorePoint::reference("rp"), DestinationType::New);
    let body = OneDriveForBusinessRestoreSessionUpdate::new().drive_restore_artifacts_delta(delta);
    let cases = [
        (
            api.create_one_drive_for_business_restore_session(&body).unwrap(),
            Method::POST,
            "oneDriveForBusinessRestoreSessions",
        ),
        (
            api.update_one_drive_for_business_restore_session("s1", &body).unwrap(),
            Method::PATCH,
            "oneDriveForBusinessRestoreSessions/s1",
        ),
        (
            api.create_share_point_restore_session(&SharePointRestoreSessionUpdate::new()).unwrap(),
            Method::POST,
            "sharePointRestoreSessions",
        ),
        (api.get_restore_session("s1").unwrap(), Method::GET, "restoreSessions/s1"),
        (api.list_restore_sessions().unwrap(), Method::GET, "restoreSessions"),
        (
            api.list_drive_restore_artifacts("s1").unwrap(),
            Method::GET,
            "oneDriveForBusinessRestoreSessions/s1/driveRestoreArtifacts",
        ),
        (
            api.list_site_restore_artifacts("s2").unwrap(),
            Method::GET,
            "sharePointRestoreSessions/s2/siteRestoreArtifacts",
        ),
        (
            api.list_mailbox_restore_artifacts("s3").unwrap(),
            Method::GET,
            "exchangeRestoreSessions/s3/mailboxRestoreArtifacts",
        ),
        (api.activate_restore_session("s1").unwrap(), Method::POST, "restoreSessions/s1/activate"),
        (api.list_restore_points(None).unwrap(), Method::GET, "restorePoints"),
        (
            api.list_restore_points(Some("protectionUnit/id eq 'u1'")).unwrap(),
            Method::GET,
            "restorePoints?$filter=protectionUnit%2Fid%20eq%20%27u1%27",
        ),
    ];
    for (request, method, path) in cases {
        assert_eq!(request.method(), method, "{path}");
        assert_eq!(request.uri().to_string(), format!("{ROOT}/{path}"));
        assert_eq!(request.headers()["accept"], "application/json");
        assert_eq!(request.headers().contains_key("content-type"), !request.body().is_empty(), "{path}");
        assert!(!request.headers().contains_key("prefer"), "{path}");
    }
    let patch = api.update_one_drive_for_business_restore_session("s1", &body).unwrap();
    assert_eq!(
        std::str::from_utf8(patch.body()).unwrap(),
        r#"{"driveRestoreArtifacts@delta":[{"destinationType":"new","restorePoint":{"id":"rp"}}]}"#
    );
}

#[test]
fn base_url_version_and_prefer_header() {
    let api = BackupRestoreRequests::new().with_base_url("http://localhost:8080/").with_version("v1.0");
    assert_eq!(
        api.list_restore_sessions().unwrap().uri(),
        "http://localhost:8080/v1.0/solutions/backupRestore/restoreSessions"
    );
    let asking = BackupRestoreRequests::new().include_unknown_enum_members(true);
    assert_eq!(asking.get_restore_session("s").unwrap().headers()["prefer"], "include-unknown-enum-members");
    // A body holding an opt-in member gets the header without being asked.
    let mut body = SharePointRestoreSessionUpdate::new();
    body.base = RestoreSessionBaseUpdate::new().restore_job_type(RestoreJobType::Granular);
    body.odata.additional.insert("@contentId", serde_json::value::RawValue::from_string("\"c1\"".into()).unwrap());
    let request = BackupRestoreRequests::new().update_share_point_restore_session("s", &body).unwrap();
    assert_eq!(request.headers()["prefer"], "include-unknown-enum-members");
    // The body is written in the same pass that finds the opt-in member, exactly as `to_vec` writes it.
    assert_eq!(request.body(), &graph_model::to_vec(&body).unwrap());
    assert_eq!(request.body().as_slice(), br#"{"restoreJobType":"granular","@contentId":"c1"}"#);
}

#[test]
fn restore_point_search_body() {
    let search = RestorePointSearch {
        protection_unit_ids: vec!["u1".into(), "u2".into()],
        restore_point_preference: Some(RestorePointPreference::Latest),
        tags: Some("fastRestore".parse().unwrap()),
        ..Default::default()
    };
    let request = BackupRestoreRequests::new().search_restore_points(&search).unwrap();
    assert_eq!(request.uri().to_string(), format!("{ROOT}/restorePoints/search"));
    assert_eq!(
        std::str::from_utf8(request.body()).unwrap(),
        r#"{"protectionUnitIds":["u1","u2"],"restorePointPreference":"latest","tags":"fastRestore"}"#
    );
}

#[test]
fn responses_parse_into_types_or_api_errors() {
    let page: CollectionResponse<AnyRestoreSession> = parse_response(
        200,
        br##"{"value":[{"@odata.type":"#microsoft.graph.sharePointRestoreSession","id":"p","status":"failed"}]}"##,
    )
    .unwrap();
    assert!(matches!(page.value[0], AnyRestoreSession::SharePoint(_)));
    let err = parse_response::<AnyRestoreSession>(
        500,
        br#"{"error":{"code":"TooManyActiveRestoreSessions","message":"Temporary error: Too many active restore sessions.","innerError":{"request-id":"r","date":"2024-11-07T10:00:00"}}}"#,
    )
    .unwrap_err();
    let ResponseError::Api(api) = err else { panic!("an API error") };
    assert_eq!((api.status, api.code()), (500, Some(BackupErrorCode::TooManyActiveRestoreSessions)));
    let inner = api.error().unwrap().inner_error.as_value().unwrap();
    assert_eq!(inner.odata.additional.get("request-id").map(|v| v.get()), Some("\"r\""));
    let err = parse_response::<AnyRestoreSession>(200, br#"{"status": 1}"#).unwrap_err();
    let ResponseError::Parse { status, error } = err else { panic!("a parse error") };
    assert_eq!((status, error.path()), (200, "status"));
}

/// An error body that is not UTF-8 is reported where the bad byte is, like a success body (it used to be
/// read as an empty document: "EOF while parsing").
#[test]
fn error_bodies_that_are_not_utf8_name_the_place() {
    let err = parse_response::<AnyRestoreSession>(404, b"{\"error\":{\"code\":\"Restore\xffNotFound\"}}").unwrap_err();
    let ResponseError::Parse { status, error } = err else { panic!("a parse error") };
    assert_eq!((status, error.path()), (404, "error.code"));
    assert!(error.message().contains("invalid unicode"), "{error}");
}

/// Ids are one path segment each, whatever they hold: they cannot climb to another resource, add a query
/// or a fragment, or drop the rest of the path. The URL a client resolves is the one intended.
#[test]
fn hostile_ids_stay_inside_their_path_segment() {
    let api = BackupRestoreRequests::new();
    let cases = [
        ("s1/../../protectionPolicies/p1", "s1%2F..%2F..%2FprotectionPolicies%2Fp1"),
        ("s1?$select=id", "s1%3F%24select%3Did"),
        ("s1#x", "s1%23x"),
        ("..", "%2E%2E"),
        (".", "%2E"),
        ("a b%20c", "a%20b%2520c"),
        ("é/😀", "%C3%A9%2F%F0%9F%98%80"),
        ("guid_epoch_14_1.x~y-z", "guid_epoch_14_1.x~y-z"),
    ];
    for (id, segment) in cases {
        let request = api.activate_restore_session(id).unwrap();
        assert_eq!(request.uri().to_string(), format!("{ROOT}/restoreSessions/{segment}/activate"), "{id}");
        assert_eq!(request.uri().query(), None, "{id}");
        // The path has exactly the intended segments once a client normalizes it.
        let path = request.uri().path();
        assert_eq!(path.split('/').filter(|s| *s == ".." || *s == ".").count(), 0, "{id}");
        assert!(path.ends_with("/activate"), "{id}");
        let get = api.get_restore_session(id).unwrap();
        assert_eq!(get.uri().path().rsplit('/').next(), Some(segment), "{id}");
        let patch =
            api.update_one_drive_for_business_restore_session(id, &OneDriveForBusinessRestoreSessionUpdate::new());
        assert!(patch.unwrap().uri().path().ends_with(&format!("/oneDriveForBusinessRestoreSessions/{segment}")));
        let list = api.list_drive_restore_artifacts(id).unwrap();
        assert!(list.uri().path().ends_with(&format!("/{segment}/driveRestoreArtifacts")), "{id}");
    }
    // An empty id would address the collection itself.
    assert!(matches!(api.activate_restore_session(""), Err(graph_model::backup_restore::RequestError::EmptyId)));
    assert!(api.get_restore_session("").is_err());
}

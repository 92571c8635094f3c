//! `@delta` collections: the reference examples' PATCH bodies built with the builder, their responses parsed into the
//! response view, round trips, batching, and bad input.

mod common;

use common::{Json, data};
use graph_model::backup_restore::{
    AnyRestoreArtifact, ArtifactRestoreStatus, BackupErrorCode, DestinationType, DriveRestoreArtifact,
    ExchangeRestoreSession, ExchangeRestoreSessionUpdate, MAX_ARTIFACTS_PER_REQUEST, MailboxRestoreArtifact,
    OneDriveForBusinessRestoreSession, OneDriveForBusinessRestoreSessionUpdate, RestorePoint,
};
use graph_model::{Delta, DeltaEntry, GraphType, PropertyKind, RemovedReason};

const ADDED: [&str; 4] = [
    "1b014d8c-71fe-4d00-a01a-31850bc5b32c",
    "2b014d8c-71fe-4d00-a01a-31850bc5b32",
    "3b014d8c-71fe-4d00-a01a-31850bc5b32c",
    "4b014d8c-71fe-4d00-a01a-31850bc5b32c",
];
const REMOVED: [&str; 3] = [
    "99954f18-c8ec-4b62-85bf-cdf3b70b140e",
    "4267e382-71a9-4c07-bef7-bda97e09c0d2",
    "3667e382-71a9-4c07-bef7-bda97e09c0d2",
];

#[test]
fn onedrive_patch_request_is_built_with_the_builder() {
    let mut delta = Delta::<DriveRestoreArtifact>::new();
    for id in ADDED {
        delta = delta.add_restore_point(RestorePoint::reference(id), DestinationType::New);
    }
    for id in REMOVED {
        delta = delta.remove(id);
    }
    let body = OneDriveForBusinessRestoreSessionUpdate::new().drive_restore_artifacts_delta(delta);
    let written = graph_model::to_string(&body).unwrap();
    assert_eq!(Json::parse(&written), Json::parse(&data("onedrive_patch_request.json")));
}

#[test]
fn exchange_patch_request_uses_odata_id_references() {
    let delta = ADDED.iter().fold(Delta::<MailboxRestoreArtifact>::new(), |d, id| {
        d.add_restore_point(RestorePoint::odata_id_reference(id), DestinationType::InPlace)
    });
    let delta = REMOVED.iter().fold(delta, |d, id| d.remove(*id));
    let body = ExchangeRestoreSessionUpdate::new().mailbox_restore_artifacts_delta(delta);
    assert_eq!(Json::parse(&graph_model::to_string(&body).unwrap()), Json::parse(&data("exchange_patch_request.json")));
}

#[test]
fn reference_requests_parse_and_roundtrip() {
    let request: OneDriveForBusinessRestoreSession =
        graph_model::from_str(&data("onedrive_patch_request.json")).unwrap();
    let delta = request.drive_restore_artifacts_delta.as_ref().unwrap();
    assert_eq!(delta.len(), 7);
    assert!(matches!(delta.entries()[0], DeltaEntry::Added(_)));
    let removed: Vec<_> = delta.removed().map(|r| (r.id().unwrap(), r.reason())).collect();
    assert_eq!(removed, REMOVED.iter().map(|id| (id.to_string(), RemovedReason::Changed)).collect::<Vec<_>>());
    assert_eq!(
        Json::parse(&graph_model::to_string(&request).unwrap()),
        Json::parse(&data("onedrive_patch_request.json"))
    );

    let exchange: ExchangeRestoreSession = graph_model::from_str(&data("exchange_patch_request.json")).unwrap();
    let DeltaEntry::Added(first) = &exchange.mailbox_restore_artifacts_delta.as_ref().unwrap().entries()[0] else {
        panic!("added entry expected")
    };
    let point = first.restore_point.as_value().unwrap();
    assert_eq!(point.reference_id().as_deref(), Some(ADDED[0]));
    assert_eq!(point.entity.id, None, "the reference came as @odata.id and stays so");
    assert_eq!(
        Json::parse(&graph_model::to_string(&exchange).unwrap()),
        Json::parse(&data("exchange_patch_request.json"))
    );
}

#[test]
fn onedrive_patch_response_view() {
    let text = data("onedrive_patch_response.json");
    let response: OneDriveForBusinessRestoreSession = graph_model::from_str(&text).unwrap();
    let delta = response.drive_restore_artifacts_delta.as_ref().unwrap();
    let ok: Vec<_> = delta
        .succeeded()
        .map(|a| {
            (
                a.entity.id.clone().unwrap(),
                a.status.as_value().cloned(),
                a.restore_point.as_value().unwrap().reference_id().unwrap(),
            )
        })
        .collect();
    assert_eq!(ok.len(), 4);
    assert_eq!(
        ok[0],
        ("89014d8c-71fe-4d00-a01a-31850bc5b32c".into(), Some(ArtifactRestoreStatus::Added), ADDED[0].into())
    );
    let failures: Vec<_> = delta.failed().collect();
    assert_eq!(failures.len(), 1);
    let f = failures[0];
    assert_eq!(f.code(), Some("Invalid"));
    assert_eq!(f.code_as::<BackupErrorCode>(), Some(BackupErrorCode::Unrecognized("Invalid".into())));
    assert_eq!(f.message(), Some("The identifier to be removed from the restore session does not exist"));
    assert_eq!(f.response_code(), Some(409));
    assert_eq!(f.failed_operation(), Some("remove"));
    assert_eq!(f.content_id.as_deref(), Some("3467e382-71a9-4c07-bef7-bda97e09c0d2"));
    assert_eq!(f.id(), Some("4267e382-71a9-4c07-bef7-bda97e09c0d2"));
    assert_eq!(Json::parse(&graph_model::to_string(&response).unwrap()), Json::parse(&text));
}

#[test]
fn exchange_patch_response_view_and_its_malformed_timestamp() {
    let text = data("exchange_patch_response.json");
    // `createdDateTime` is not declared on restore artifacts in the schema: its malformed value is kept as
    // received, not parsed.
    let response: ExchangeRestoreSession = graph_model::from_str(&text).unwrap();
    let delta = response.mailbox_restore_artifacts_delta.as_ref().unwrap();
    assert_eq!(delta.succeeded().count(), 4);
    let first = delta.succeeded().next().unwrap();
    assert_eq!(first.odata.additional.get("createdDateTime").map(|v| v.get()), Some("\"2015-06-19T12-01-03.45Z\""));
    assert_eq!(Json::parse(&graph_model::to_string(&response).unwrap()), Json::parse(&text));
    // Where the property is declared (`startDateTime`), the same value is an error naming it.
    let declared = text.replacen("\"createdDateTime\"", "\"startDateTime\"", 1);
    let err = graph_model::from_str::<ExchangeRestoreSession>(&declared).unwrap_err();
    assert_eq!(err.path(), "mailboxRestoreArtifacts@delta[0].startDateTime");
    assert!(err.message().starts_with("invalid DateTimeOffset `2015-06-19T12-01-03.45Z`"), "{err}");
    let f = delta.failed().next().unwrap();
    assert_eq!((f.code(), f.response_code()), (Some("Invalid"), Some(409)));
}

#[test]
fn plain_collection_and_delta_form_are_different_keys() {
    let json = r#"{"driveRestoreArtifacts":[{"id":"a"}],"driveRestoreArtifacts@delta":[{"@removed":{},"id":"b"}]}"#;
    let s: OneDriveForBusinessRestoreSession = graph_model::from_str(json).unwrap();
    assert_eq!(s.drive_restore_artifacts.as_ref().unwrap().len(), 1);
    let removed = s.drive_restore_artifacts_delta.as_ref().unwrap().removed().next().unwrap();
    // No reason given: OData's default applies, and nothing is added when written back.
    assert_eq!((removed.annotation.reason, removed.reason()), (None, RemovedReason::Changed));
    assert_eq!(Json::parse(&graph_model::to_string(&s).unwrap()), Json::parse(json));
    let prop = OneDriveForBusinessRestoreSession::TYPE_INFO
        .properties
        .iter()
        .find(|p| p.wire_name == "driveRestoreArtifacts@delta")
        .unwrap();
    assert_eq!(
        (prop.kind, prop.edm_type, prop.collection),
        (PropertyKind::Delta, "microsoft.graph.driveRestoreArtifact", true)
    );
}

#[test]
fn entry_spellings_are_accepted_and_kept() {
    for entry in [
        r#"{"@odata.removed":{"reason":"deleted"},"id":"x"}"#,
        r#"{"@removed":{"reason":"changed","extra":1},"@id":"driveRestoreArtifacts('x')"}"#,
        r#"{"@Core.ContentID":"7","@Org.OData.Core.V1.DataModificationException":{"info":{"code":"ArtifactNotFound","message":"m","details":[]},"failedOperation":"insert","responseCode":404,"retryAfter":3}}"#,
        r#"{"id":"u","status":"scheduled","@odata.etag":"W/\"1\""}"#,
    ] {
        let json = format!("[{entry}]");
        let delta: Delta<DriveRestoreArtifact> = graph_model::from_str(&json).unwrap();
        assert_eq!(Json::parse(&graph_model::to_string(&delta).unwrap()), Json::parse(&json), "{entry}");
    }
    let delta: Delta<DriveRestoreArtifact> = graph_model::from_str(
        r#"[{"@odata.removed":{"reason":"deleted"},"id":"x"},{"@removed":{},"@id":"y"},{"id":"u"}]"#,
    )
    .unwrap();
    let removed: Vec<_> = delta.removed().map(|r| (r.id().unwrap(), r.reason())).collect();
    assert_eq!(removed, [("x".to_string(), RemovedReason::Deleted), ("y".to_string(), RemovedReason::Changed)]);
    assert!(matches!(delta.entries()[2], DeltaEntry::Updated(_)));
    let failed: Delta<DriveRestoreArtifact> = graph_model::from_str(
        r#"[{"@Core.ContentID":"7","@Org.OData.Core.V1.DataModificationException":{"info":{"code":"ArtifactNotFound"},"responseCode":404}}]"#,
    )
    .unwrap();
    let f = failed.failed().next().unwrap();
    assert_eq!(f.code_as::<BackupErrorCode>(), Some(BackupErrorCode::ArtifactNotFound));
    assert_eq!(f.content_id.as_deref(), Some("7"));
}

#[test]
fn batches_respect_the_service_limit_in_order() {
    let delta = (0..123).fold(Delta::<DriveRestoreArtifact>::new(), |d, i| d.remove(format!("a{i}")));
    let batches = delta.into_batches(MAX_ARTIFACTS_PER_REQUEST);
    assert_eq!(batches.iter().map(Delta::len).collect::<Vec<_>>(), [50, 50, 23]);
    let ids: Vec<String> = batches.iter().flat_map(|b| b.removed().map(|r| r.id().unwrap())).collect();
    assert_eq!(ids, (0..123).map(|i| format!("a{i}")).collect::<Vec<_>>());
    assert!(Delta::<DriveRestoreArtifact>::new().into_batches(50).is_empty());
}

#[test]
fn bad_entries_give_errors_with_paths() {
    let cases = [
        (
            r#"{"driveRestoreArtifacts@delta":[{"id":"a"},{"@removed":"changed","id":"b"}]}"#,
            "driveRestoreArtifacts@delta[1].@removed",
            "expected a `RemovedAnnotation` object",
        ),
        (
            r#"{"driveRestoreArtifacts@delta":[{"@removed":{"reason":"changed"}}]}"#,
            "driveRestoreArtifacts@delta[0]",
            "a removed entry needs the id",
        ),
        (
            r#"{"driveRestoreArtifacts@delta":[{"@removed":{"reason":"gone"},"id":"x"}]}"#,
            "driveRestoreArtifacts@delta[0].@removed.reason",
            "invalid value: string \"gone\", expected `changed` or `deleted`",
        ),
        (
            r#"{"driveRestoreArtifacts@delta":[{"@Core.DataModificationException":{"info":{"code":"x"},"responseCode":"409"}}]}"#,
            "driveRestoreArtifacts@delta[0].@Core.DataModificationException.responseCode",
            "invalid type: string \"409\", expected u16",
        ),
        (
            r#"{"driveRestoreArtifacts@delta":[{"@contentId":5,"@Core.DataModificationException":{}}]}"#,
            "driveRestoreArtifacts@delta[0].@contentId",
            "invalid type: integer `5`, expected a string",
        ),
        (r#"{"driveRestoreArtifacts@delta":{"id":"a"}}"#, "driveRestoreArtifacts@delta", "expected a delta collection"),
    ];
    for (json, path, message) in cases {
        let err = graph_model::from_str::<OneDriveForBusinessRestoreSession>(json).unwrap_err();
        assert_eq!(err.path(), path, "{json}");
        assert!(err.message().contains(message), "{json}: {}", err.message());
    }
}

/// Found by fuzzing: an exception without `info` was written back with `"info":{}`, and a `null` property
/// would have been dropped. Absent and `null` now survive, and the readers give `None` for both.
#[test]
fn exception_properties_keep_absent_and_null() {
    for json in [
        r#"[{"@Core.DataModificationException":{"retry":1,"retnoUserConsentry":2}}]"#,
        r#"[{"@Core.DataModificationException":{"info":null,"failedOperation":null,"responseCode":null}}]"#,
        r#"[{"@Core.DataModificationException":{"info":{"code":null,"message":null}}}]"#,
    ] {
        let delta: Delta<DriveRestoreArtifact> = graph_model::from_str(json).unwrap();
        let failed = delta.failed().next().expect("a failed entry");
        assert_eq!(
            (failed.code(), failed.message(), failed.response_code(), failed.failed_operation()),
            (None, None, None, None)
        );
        assert_eq!(Json::parse(&graph_model::to_string(&delta).unwrap()), Json::parse(json), "{json}");
    }
}

/// A type that cannot be built from an id (it declares none) still gets the id of the entity to remove,
/// as an undeclared `id`, and the removal reads back as the same entry.
#[graph_model::graph_entity(odata_type = "test.unnamedKey")]
pub struct WithoutId {
    pub name: Option<String>,
}

#[test]
fn removals_of_types_without_an_id_property_keep_the_id() {
    let delta = Delta::<WithoutId>::new().remove("k1");
    let json = graph_model::to_string(&delta).unwrap();
    assert_eq!(json, r#"[{"@removed":{"reason":"changed"},"id":"k1"}]"#);
    let again: Delta<WithoutId> = graph_model::from_str(&json).unwrap();
    assert_eq!(again, delta);
    assert_eq!(again.removed().next().unwrap().id().as_deref(), Some("k1"));
}

/// The kind of each entry, for comparing deltas read by different paths.
fn kinds<T>(delta: &Delta<T>) -> Vec<&'static str> {
    delta
        .entries()
        .iter()
        .map(|e| match e {
            DeltaEntry::Added(_) => "added",
            DeltaEntry::Updated(_) => "updated",
            DeltaEntry::Removed(_) => "removed",
            DeltaEntry::Failed(_) => "failed",
        })
        .collect()
}

/// Entries of a struct type are read where they stay, as the kind of the entry before them; every change of
/// kind, in either direction, must still give each entry its own kind. A family (read by value) must agree.
#[test]
fn entries_of_every_kind_in_any_order_read_as_their_own_kind() {
    let json = r#"[{"destinationType":"new"},{"id":"u1"},{"id":"u2","status":"added"},{"destinationType":"inPlace"},
        {"@removed":{"reason":"deleted"},"id":"r1"},{"id":"u3"},
        {"@contentId":"c1","@Core.DataModificationException":{"info":{"code":"Invalid","message":"m"},"responseCode":400}},
        {"status":"added"},{"@removed":{},"id":"r2"},{"@removed":{},"id":"r3"},{"id":"u4","x@odata.note":1},{"z":true}]"#;
    let expected = [
        "added", "updated", "updated", "added", "removed", "updated", "failed", "added", "removed", "removed",
        "updated", "added",
    ];
    let from_str: Delta<DriveRestoreArtifact> = serde_json::from_str(json).unwrap();
    let from_slice: Delta<DriveRestoreArtifact> = serde_json::from_slice(json.as_bytes()).unwrap();
    let from_reader: Delta<DriveRestoreArtifact> = serde_json::from_reader(json.as_bytes()).unwrap();
    let family: Delta<AnyRestoreArtifact> = serde_json::from_str(json).unwrap();
    assert_eq!(kinds(&from_str), expected);
    assert_eq!(kinds(&family), expected);
    assert_eq!(from_slice, from_str);
    assert_eq!(from_reader, from_str);
    assert_eq!(
        from_str.removed().map(|r| r.reason()).collect::<Vec<_>>(),
        [RemovedReason::Deleted, RemovedReason::Changed, RemovedReason::Changed]
    );
    assert_eq!(from_str.failed().next().unwrap().code(), Some("Invalid"));
    // Nothing dropped: what was read is written back as received (compact).
    assert_eq!(Json::parse(&graph_model::to_string(&from_str).unwrap()), Json::parse(json));
    assert_eq!(Json::parse(&graph_model::to_string(&family).unwrap()), Json::parse(json));
    // An error in a later entry names it, whatever kind the entries before it had.
    let bad = r#"[{"id":"u1"},{"destinationType":"new"},{"@removed":{},"id":"r"},{"status":5}]"#;
    let err = serde_json::from_str::<Delta<DriveRestoreArtifact>>(bad).unwrap_err().to_string();
    assert!(err.starts_with("[3].status: invalid type: integer `5`"), "{err}");
    let bad = r#"[{"id":"u1"},{"@removed":{"reason":1},"id":"r"}]"#;
    let err = serde_json::from_str::<Delta<DriveRestoreArtifact>>(bad).unwrap_err().to_string();
    assert!(err.starts_with("[1].@removed.reason: invalid type: integer `1`"), "{err}");
}

/// A failure's usual annotations (`@Core.DataModificationException`, `@contentId`) are set aside as text
/// while an entry is read; when they turn out not to be the entry's own, they are undeclared properties
/// again, at their place among the others and with their text as received. Read through every serde
/// entry point, and as a family (which keeps them as undeclared properties from the start).
#[test]
fn annotations_set_aside_come_back_as_received() {
    let entries = [
        // A removal carrying a failure's annotations: they stay on the entity, in order, byte for byte.
        r#"{"a":1,"@contentId" : "\u0037","@removed":{"reason":"deleted"},"b":"x","@Core.DataModificationException":{ "info" : {} },"id":"r1","c":[1, 2]}"#,
        // A content id without an exception: an ordinary entity with an undeclared annotation.
        r#"{"x":true,"@contentId":"7","id":"u1","y":null}"#,
        // Both spellings: the usual ones are the failure's, the others stay where they were.
        r#"{"@Core.ContentID":"9","@Org.OData.Core.V1.DataModificationException":{"responseCode":500},"@contentId":"7","z":0,"@Core.DataModificationException":{"info":{"code":"ArtifactNotFound"},"responseCode":404},"id":"f1"}"#,
    ];
    let json = format!("[{}]", entries.join(","));
    let check = |delta: &Delta<DriveRestoreArtifact>| {
        let [removed, updated, failed] = delta.entries() else { panic!("{delta:?}") };
        let DeltaEntry::Removed(removed) = removed else { panic!("{removed:?}") };
        assert_eq!(removed.reason(), RemovedReason::Deleted);
        let extra: Vec<(&str, &str)> = removed.entity.odata.additional.iter().map(|(k, v)| (k, v.get())).collect();
        assert_eq!(
            extra,
            [
                ("a", "1"),
                ("@contentId", r#""\u0037""#),
                ("b", r#""x""#),
                ("@Core.DataModificationException", r#"{ "info" : {} }"#),
                ("c", "[1, 2]")
            ]
        );
        let DeltaEntry::Updated(updated) = updated else { panic!("{updated:?}") };
        let extra: Vec<(&str, &str)> = updated.odata.additional.iter().map(|(k, v)| (k, v.get())).collect();
        assert_eq!(extra, [("x", "true"), ("@contentId", r#""7""#), ("y", "null")]);
        let DeltaEntry::Failed(failed) = failed else { panic!("{failed:?}") };
        assert_eq!((failed.content_id.as_deref(), failed.content_id_core_spelling), (Some("7"), false));
        assert_eq!((failed.response_code(), failed.exception_full_spelling), (Some(404), false));
        assert_eq!(failed.code(), Some("ArtifactNotFound"));
        let extra: Vec<(&str, &str)> = failed.entity.odata.additional.iter().map(|(k, v)| (k, v.get())).collect();
        assert_eq!(
            extra,
            [
                ("@Core.ContentID", r#""9""#),
                ("@Org.OData.Core.V1.DataModificationException", r#"{"responseCode":500}"#),
                ("z", "0")
            ]
        );
    };
    let from_str: Delta<DriveRestoreArtifact> = serde_json::from_str(&json).unwrap();
    check(&from_str);
    check(&serde_json::from_slice(json.as_bytes()).unwrap());
    check(&serde_json::from_reader(json.as_bytes()).unwrap());
    // As a family, read by value: the same entries.
    let family: Delta<AnyRestoreArtifact> = serde_json::from_str(&json).unwrap();
    fn kinds<T>(delta: &Delta<T>) -> Vec<&'static str> {
        let kind = |e: &DeltaEntry<T>| match e {
            DeltaEntry::Added(_) => "added",
            DeltaEntry::Updated(_) => "updated",
            DeltaEntry::Removed(_) => "removed",
            DeltaEntry::Failed(_) => "failed",
        };
        delta.entries().iter().map(kind).collect()
    }
    assert_eq!(kinds(&family), ["removed", "updated", "failed"]);
    // Written back: the kept text as received; a failure holding the other spellings too (they stay
    // additional properties when read back, as the first spellings win).
    let written = |entries: &[DeltaEntry<DriveRestoreArtifact>]| {
        serde_json::to_string(&entries.iter().cloned().collect::<Delta<_>>()).map_err(|e| e.to_string())
    };
    assert_eq!(
        written(&from_str.entries()[..2]).unwrap(),
        r#"[{"@removed":{"reason":"deleted"},"id":"r1","a":1,"@contentId":"\u0037","b":"x","@Core.DataModificationException":{ "info" : {} },"c":[1, 2]},{"id":"u1","x":true,"@contentId":"7","y":null}]"#
    );
    let all = written(from_str.entries()).unwrap();
    assert_eq!(serde_json::from_str::<Delta<DriveRestoreArtifact>>(&all).unwrap(), from_str);
    // A repeated annotation is refused as any repeated key is, at its entry.
    let err = graph_model::from_str::<Delta<DriveRestoreArtifact>>(
        r#"[{"id":"a"},{"@contentId":"1","@Core.DataModificationException":{},"@contentId":"2"}]"#,
    )
    .unwrap_err();
    assert_eq!(err.path(), "[1]");
    assert!(err.message().contains("duplicate key `@contentId`"), "{}", err.message());
}

/// What is read can be written: entries that carry a second spelling of their own annotation (kept as an
/// additional property) are written back as received and read back equal, through serde_json's entry
/// points; a second spelling that would be taken instead of the written one is refused when written.
#[test]
fn entries_with_both_spellings_are_written_as_read() {
    let inputs = [
        r#"[{"@removed":{},"@odata.removed":{"reason":"deleted"},"id":"a"}]"#,
        r#"[{"@odata.removed":{"reason":"deleted"},"id":"a"}]"#,
        r#"[{"id":"a","@contentId":"c1","@Core.DataModificationException":{"responseCode":409},"@Org.OData.Core.V1.DataModificationException":{"responseCode":500},"@Core.ContentID":"c2"}]"#,
        r#"[{"id":"a","@Org.OData.Core.V1.DataModificationException":{"responseCode":409},"@Core.ContentID":"c2"}]"#,
    ];
    for input in inputs {
        let delta: Delta<DriveRestoreArtifact> = serde_json::from_str(input).unwrap();
        let written = serde_json::to_string(&delta).unwrap_or_else(|e| panic!("{input}: {e}"));
        let again: Delta<DriveRestoreArtifact> = serde_json::from_str(&written).unwrap();
        assert_eq!(again, delta, "{input} -> {written}");
        assert_eq!(Json::parse(&written), Json::parse(input), "{input}");
    }
    let delta: Delta<DriveRestoreArtifact> = serde_json::from_str(inputs[0]).unwrap();
    let removed = delta.removed().next().unwrap();
    assert_eq!(removed.reason(), RemovedReason::Changed, "the first spelling is the entry's");

    // A removal written with the second spelling that also holds the first: the first would win.
    let DeltaEntry::Removed(mut removed) = delta.into_entries().remove(0) else { panic!("a removal") };
    removed.odata_prefixed = true;
    removed.entity.odata.additional.remove("@odata.removed");
    removed.entity.odata.additional.insert("@removed", serde_json::value::RawValue::from_string("{}".into()).unwrap());
    let err = serde_json::to_string(&Delta::new().entry(DeltaEntry::Removed(removed))).unwrap_err();
    assert!(err.to_string().contains("`@removed`"), "{err}");
}

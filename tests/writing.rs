//! What we write, we can read back, as the same value: serializing refuses JSON the reader would reject
//! or read differently (and read-only data in a PATCH), values built in code compare equal to themselves
//! after a round trip, Edm writers agree with their readers over their whole range, and serializing has no
//! side effects.

use graph_model::backup_restore::{
    ArtifactRestoreStatus, DestinationType, DriveRestoreArtifact, OneDriveForBusinessRestoreSessionUpdate,
    RestorePoint, RestorePointTags, RestoreSessionStatus,
};
use graph_model::{
    CollectionResponse, DataModificationException, DateTimeOffset, Delta, DeltaEntry, Duration, Failed, Flags,
    Nullable, ODataTypeTag, Removed,
};
use proptest::prelude::*;
use proptest::test_runner::Config;
use serde_json::value::RawValue;

fn raw(json: &str) -> Box<RawValue> {
    RawValue::from_string(json.to_owned()).unwrap()
}

fn refused<T: serde::Serialize>(value: &T) -> String {
    let err = graph_model::to_string(value).expect_err("refused").to_string();
    // The same refusal through serde_json directly.
    assert!(serde_json::to_string(value).is_err());
    err
}

#[test]
fn additional_properties_cannot_shadow_declared_ones_or_the_type() {
    for key in ["id", "protectionDateTime", "@odata.type", "@type"] {
        let mut point = RestorePoint::default();
        point.odata.additional.insert(key, raw("\"x\""));
        let err = refused(&point);
        assert!(err.contains(&format!("additional property `{key}`")), "{err}");
    }
    let mut point = RestorePoint::default();
    point.odata.additional.insert("protectionDateTimeX", raw("1"));
    graph_model::to_string(&point).unwrap();
}

#[test]
fn pages_cannot_repeat_their_own_keys() {
    for key in ["value", "@odata.context", "@odata.count", "@odata.nextLink", "@odata.deltaLink"] {
        let mut page = CollectionResponse::<RestorePoint>::default();
        page.additional.insert(key, raw("null"));
        let err = refused(&page);
        assert!(err.contains(&format!("`{key}`")), "{err}");
    }
}

#[test]
fn patch_bodies_cannot_send_declared_properties_through_additional() {
    // Read-only (`status`, `id`, `createdDateTime`) and writable (`restoreJobType`, set here) alike.
    for key in ["status", "id", "createdDateTime", "restoreJobType", "completedDateTime", "@odata.type"] {
        let mut body = OneDriveForBusinessRestoreSessionUpdate::new()
            .update_base(|b| b.restore_job_type(graph_model::backup_restore::RestoreJobType::Bulk));
        body.odata.additional.insert(key, raw("\"x\""));
        let err = refused(&body);
        assert!(err.contains(&format!("additional property `{key}`")), "{err}");
    }
}

#[test]
fn delta_entries_are_written_only_as_they_read_back() {
    // A removal without an id.
    let removal = DeltaEntry::Removed(Box::new(Removed {
        entity: DriveRestoreArtifact::default(),
        annotation: Default::default(),
        odata_prefixed: false,
    }));
    assert!(refused(&removal).contains("needs the id"));
    // An entity entry carrying a removal or failure annotation would read back as another kind of entry.
    for key in ["@removed", "@odata.removed", "@Core.DataModificationException"] {
        let mut entity = DriveRestoreArtifact::default();
        entity.odata.additional.insert(key, raw("{}"));
        assert!(refused(&DeltaEntry::Added(entity)).contains(key));
    }
    // `reason` inside `@removed` is the reason.
    let mut removal =
        Removed { entity: DriveRestoreArtifact::default(), annotation: Default::default(), odata_prefixed: false };
    removal.entity.entity.id = Some("a".into());
    removal.annotation.odata.additional.insert("reason", raw("\"deleted\""));
    assert!(refused(&DeltaEntry::Removed(Box::new(removal))).contains("`reason`"));
    // The exception's own keys.
    let mut exception = DataModificationException::default();
    exception.odata.additional.insert("responseCode", raw("409"));
    let failed = DeltaEntry::Failed(Box::new(Failed {
        entity: DriveRestoreArtifact::default(),
        content_id: None,
        content_id_core_spelling: false,
        exception,
        exception_full_spelling: false,
    }));
    assert!(refused(&failed).contains("`responseCode`"));
}

#[test]
fn flags_members_that_would_read_back_as_others_are_refused() {
    for name in ["a,b", " c", "d ", ""] {
        let flags: Flags<RestorePointTags> =
            [RestorePointTags::FastRestore, RestorePointTags::from_wire(name)].into_iter().collect();
        assert!(refused(&flags).contains("cannot be written"), "{name:?}");
    }
    // Received text is written back as received, spaces and all.
    let flags: Flags<RestorePointTags> = graph_model::from_str("\"fastRestore, archived\"").unwrap();
    assert_eq!(graph_model::to_string(&flags).unwrap(), "\"fastRestore, archived\"");
}

#[test]
fn values_built_in_code_equal_themselves_after_a_round_trip() {
    // The type annotation written for a value built in code reads back as received, and compares equal.
    let mut point = RestorePoint::default();
    point.entity.id = Some("rp".into());
    let again: RestorePoint = graph_model::from_str(&graph_model::to_string(&point).unwrap()).unwrap();
    assert_eq!(*again.odata.type_tag(), ODataTypeTag::ReceivedCanonical);
    assert_eq!(again, point);

    // An unrecognized member spelling a known one is that member.
    for text in ["draft", "Draft", "DRAFT"] {
        let built = RestoreSessionStatus::Unrecognized(text.into());
        assert_eq!(built, RestoreSessionStatus::Draft);
        let again: RestoreSessionStatus = graph_model::from_str(&graph_model::to_string(&built).unwrap()).unwrap();
        assert_eq!(again, built);
        let hasher = std::hash::RandomState::new();
        use std::hash::BuildHasher;
        assert_eq!(hasher.hash_one(&built), hasher.hash_one(RestoreSessionStatus::Draft));
        assert!(std::collections::HashSet::from([built.clone()]).contains(&RestoreSessionStatus::Draft));
    }
    assert_ne!(RestoreSessionStatus::Unrecognized("later".into()), RestoreSessionStatus::Draft);
    assert!(RestoreSessionStatus::Draft < RestoreSessionStatus::Unrecognized("later".into()));

    // `Added` with an id would read back as `Updated`: refused, naming what to write; `Updated` reads
    // back as itself, and `Added` and `Updated` entries are not equal.
    let mut artifact = DriveRestoreArtifact::default();
    artifact.entity.id = Some("a1".into());
    artifact.odata.omit_type();
    let added = Delta::new().entry(DeltaEntry::Added(artifact.clone()));
    let refused = graph_model::to_string(&added).unwrap_err();
    assert!(refused.message().contains("write it as `DeltaEntry::Updated`"), "{refused}");
    let updated = Delta::new().entry(DeltaEntry::Updated(artifact));
    let again: Delta<DriveRestoreArtifact> = graph_model::from_str(&graph_model::to_string(&updated).unwrap()).unwrap();
    assert!(matches!(again.entries()[0], DeltaEntry::Updated(_)));
    assert_eq!(again, updated);
    assert_ne!(again, added);

    // Nanoseconds past a second carry: 1.5 s, not 150 ms.
    let d = Duration { nanos: 1_500_000_000, ..Duration::default() };
    assert_eq!(graph_model::to_string(&d).unwrap(), "\"PT1.5S\"");
    assert_eq!(graph_model::from_str::<Duration>("\"PT1.5S\"").unwrap(), d);
    assert_eq!(d.to_std(), Some(std::time::Duration::from_millis(1500)));
}

#[test]
fn edm_values_are_kept_or_refused_never_changed() {
    // Digits that cannot be kept are refused; zeros past them are the same value.
    assert!("PT0.0000000001S".parse::<Duration>().is_err());
    assert_eq!("PT1.0000000000S".parse::<Duration>().unwrap(), "PT1S".parse::<Duration>().unwrap());
    assert!("2024-03-01T10:15:30.1234567890121Z".parse::<DateTimeOffset>().is_err());
    // A leap second is refused, not moved to 23:59:59.999999999.
    let err = "2016-12-31T23:59:60Z".parse::<DateTimeOffset>().unwrap_err().to_string();
    assert!(err.contains("leap second"), "{err}");
    // Non-ASCII text where a designator is expected is an error, not a panic.
    for text in ["P1Ü", "PTé", "P1D\u{301}", "PT1H€", "-P😀"] {
        assert!(text.parse::<Duration>().is_err(), "{text}");
    }
}

/// Serializing has no side effect: whether a body needs `Prefer: include-unknown-enum-members` is found by
/// a probe, and what serde_json writes for an opt-in member is the plain string.
#[test]
fn opt_in_members_are_found_without_side_effects() {
    assert_eq!(serde_json::to_string(&RestoreSessionStatus::Failed).unwrap(), "\"failed\"");
    assert_eq!(serde_json::to_value(RestoreSessionStatus::Failed).unwrap(), serde_json::json!("failed"));
    assert!(graph_model::needs_prefer_header(&vec![RestoreSessionStatus::Draft, RestoreSessionStatus::Failed]));
    assert!(!graph_model::needs_prefer_header(&vec![RestoreSessionStatus::Draft]));
    // Serializing an opt-in member elsewhere leaves nothing behind for the next probe.
    let _ = serde_json::to_string(&ArtifactRestoreStatus::Unrecognized("later".into())).unwrap();
    assert!(!graph_model::needs_prefer_header(&RestoreSessionStatus::Active));
    // Inside flags, and deep in a body.
    let tags: Flags<RestorePointTags> = "fastRestore,includeNewerItems".parse().unwrap();
    assert_eq!(serde_json::to_string(&tags).unwrap(), "\"fastRestore,includeNewerItems\"");
    // `includeNewerItems` is declared after the sentinel: an opt-in member.
    assert!(tags.needs_prefer_header() && graph_model::needs_prefer_header(&tags));
    let plain: Flags<RestorePointTags> = "fastRestore".parse().unwrap();
    assert!(!graph_model::needs_prefer_header(&plain));
    let point = RestorePoint { tags: Nullable::Value("archived".parse().unwrap()), ..Default::default() };
    assert!(graph_model::needs_prefer_header(&Some(vec![point])));
    let body = OneDriveForBusinessRestoreSessionUpdate::new();
    assert!(!graph_model::needs_prefer_header(&body));
}

fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-z]{0,8}",
        "\\PC{0,12}",
        Just("draft".to_owned()),
        Just("a,b".to_owned()),
        Just(" x".to_owned()),
        Just("id".to_owned()),
        Just("@odata.type".to_owned()),
        Just("@removed".to_owned()),
        Just("restorePoint".to_owned()),
    ]
}

prop_compose! {
    /// An artifact built in code, with arbitrary members, timestamps, flags and additional properties.
    fn built_artifact()(
        id in proptest::option::of(any_text()),
        destination in proptest::option::of(any_text()),
        seconds in -62_135_596_800i64..253_402_300_799,
        nanos in 0u32..1_000_000_000,
        offset_minutes in -1439i32..1440,
        offset_seconds in 0i32..60,
        tags in proptest::collection::vec(any_text(), 0..4),
        extra in proptest::collection::vec((any_text(), any::<i32>()), 0..4),
        omit_type in any::<bool>(),
    ) -> DriveRestoreArtifact {
        let mut artifact = DriveRestoreArtifact::default();
        artifact.entity.id = id;
        artifact.destination_type = destination.map(|d| DestinationType::from_wire(&d)).into();
        let offset = time::UtcOffset::from_whole_seconds(offset_minutes * 60 + offset_seconds.min(59) * offset_minutes.signum())
            .unwrap_or(time::UtcOffset::UTC);
        if let Ok(t) = time::OffsetDateTime::from_unix_timestamp(seconds) {
            let t = t.replace_nanosecond(nanos).unwrap().to_offset(offset);
            artifact.start_date_time = Nullable::Value(DateTimeOffset::from(t));
        }
        let point = RestorePoint {
            tags: Nullable::Value(tags.iter().map(|t| RestorePointTags::from_wire(t)).collect()),
            ..Default::default()
        };
        artifact.restore_point = Nullable::Value(Box::new(point));
        for (key, value) in extra {
            artifact.odata.additional.insert(key, raw(&value.to_string()));
        }
        if omit_type {
            artifact.odata.omit_type();
        }
        artifact
    }
}

proptest! {
    #![proptest_config(Config { cases: 2_000, ..Config::default() })]

    /// A value built in code is refused when written, or read back equal, through a delta entry too.
    #[test]
    fn built_values_are_refused_or_read_back_equal(artifact in built_artifact()) {
        if let Ok(json) = graph_model::to_string(&artifact) {
            let again: DriveRestoreArtifact = graph_model::from_str(&json).unwrap();
            prop_assert_eq!(&again, &artifact);
            prop_assert_eq!(graph_model::to_string(&again).unwrap(), json);
        }
        let delta = Delta::new().entry(DeltaEntry::Added(artifact));
        if let Ok(json) = graph_model::to_string(&delta) {
            let again: Delta<DriveRestoreArtifact> = graph_model::from_str(&json).unwrap();
            prop_assert_eq!(again, delta);
        }
    }

    /// Every Duration is written so that it reads back equal, or refused (seconds past u64 after carrying).
    #[test]
    fn durations_read_back_equal(
        negative in any::<bool>(), days in any::<u64>(), hours in any::<u64>(), minutes in any::<u64>(),
        seconds in any::<u64>(), nanos in any::<u32>(),
    ) {
        let d = Duration { negative, days, hours, minutes, seconds, nanos };
        match graph_model::to_string(&d) {
            Ok(json) => prop_assert_eq!(graph_model::from_str::<Duration>(&json).unwrap(), d),
            Err(_) => prop_assert!(u128::from(seconds) + u128::from(nanos / 1_000_000_000) > u128::from(u64::MAX)),
        }
    }

    /// Every instant with any offset (seconds included) is written so that it reads back as the same
    /// instant, or refused when RFC 3339 cannot carry its year.
    #[test]
    fn timestamps_read_back_equal(
        seconds in -377_705_116_800i64..253_402_300_799, nanos in 0u32..1_000_000_000, offset in -86_399i32..86_400,
    ) {
        let offset = time::UtcOffset::from_whole_seconds(offset).unwrap();
        let t = time::OffsetDateTime::from_unix_timestamp(seconds).unwrap().replace_nanosecond(nanos).unwrap();
        let Some(t) = t.checked_to_offset(offset) else { return Ok(()) };
        let value = DateTimeOffset::from(t);
        match graph_model::to_string(&value) {
            Ok(json) => prop_assert_eq!(graph_model::from_str::<DateTimeOffset>(&json).unwrap(), value),
            Err(e) => prop_assert!(e.to_string().contains("cannot be written in RFC 3339"), "{}", e),
        }
    }

    /// Every date is written so that it reads back equal, or refused outside 0000 to 9999.
    #[test]
    fn dates_read_back_equal(julian in time::Date::MIN.to_julian_day()..=time::Date::MAX.to_julian_day()) {
        let date = graph_model::Date(time::Date::from_julian_day(julian).unwrap());
        match graph_model::to_string(&date) {
            Ok(json) => prop_assert_eq!(graph_model::from_str::<graph_model::Date>(&json).unwrap(), date),
            Err(_) => prop_assert!(!(0..=9999).contains(&date.0.year())),
        }
    }

    /// No text makes an Edm parser panic; what parses is written as text that parses to the same value.
    #[test]
    fn edm_parsers_take_any_text(text in "\\PC{0,40}|[-PTDHMS0-9.:Z+]{0,24}") {
        prop_assert!(edm_text::<Duration>(&text));
        prop_assert!(edm_text::<DateTimeOffset>(&text));
        prop_assert!(edm_text::<graph_model::Date>(&text));
        prop_assert!(edm_text::<graph_model::Guid>(&text));
        prop_assert!(edm_text::<Flags<RestorePointTags>>(&text));
    }
}

/// Parses `text`; if it parses, the written form parses to an equal value. `false` on a mismatch.
fn edm_text<T: std::str::FromStr + std::fmt::Display + PartialEq>(text: &str) -> bool {
    match text.parse::<T>() {
        Ok(value) => value.to_string().parse::<T>().is_ok_and(|again| again == value),
        Err(_) => true,
    }
}

#[test]
fn metadata_writes_exactly_its_tag_and_its_remaining_properties() {
    use graph_model::backup_restore::{Identity, IdentitySet};
    use graph_model::{ODataMeta, ODataTypeKey};

    // Every spelling under both keys, on a named type: what is written, and that it reads back the same.
    let cases = [
        (ODataTypeTag::Canonical, ODataTypeKey::ODataType, r##"{"@odata.type":"#microsoft.graph.identity","id":"u"}"##),
        (ODataTypeTag::Canonical, ODataTypeKey::Short, r##"{"@type":"#microsoft.graph.identity","id":"u"}"##),
        (ODataTypeTag::ReceivedCanonical, ODataTypeKey::Short, r##"{"@type":"#microsoft.graph.identity","id":"u"}"##),
        (
            ODataTypeTag::ReceivedWithoutHash,
            ODataTypeKey::ODataType,
            r#"{"@odata.type":"microsoft.graph.identity","id":"u"}"#,
        ),
        (ODataTypeTag::Omitted, ODataTypeKey::Short, r#"{"id":"u"}"#),
        (
            ODataTypeTag::Verbatim("#Microsoft.Graph.Identity".into()),
            ODataTypeKey::Short,
            r##"{"@type":"#Microsoft.Graph.Identity","id":"u"}"##,
        ),
    ];
    for (tag, key, json) in cases {
        let mut identity = Identity { id: Nullable::Value("u".into()), ..Identity::default() };
        identity.odata = ODataMeta::with_type(tag.clone(), key);
        assert_eq!(serde_json::to_string(&identity).unwrap(), json, "{tag:?} under {key:?}");
        let again: Identity = serde_json::from_str(json).unwrap();
        assert_eq!(again, identity, "{json}");
        if tag != ODataTypeTag::Omitted {
            assert_eq!(again.odata.type_key(), key, "{json}");
        }
    }

    // An undeclared property removed again: nothing of it is written, nested or not.
    let json = r#"{"user":{"id":"u","extra":1},"note":"n"}"#;
    let mut set: IdentitySet = serde_json::from_slice(json.as_bytes()).unwrap();
    assert_eq!(serde_json::to_string(&set).unwrap(), json);
    assert!(set.odata.additional.remove("note").is_some());
    let user = set.user.as_value_mut().unwrap();
    assert!(user.odata.additional.remove("extra").is_some());
    assert!(set.odata.additional.is_empty() && set.user.as_value().unwrap().odata.additional.is_empty());
    assert_eq!(serde_json::to_string(&set).unwrap(), r#"{"user":{"id":"u"}}"#);
    assert_eq!(
        serde_json::to_vec(&set).unwrap(),
        serde_json::to_vec(&serde_json::from_str::<IdentitySet>(r#"{"user":{"id":"u"}}"#).unwrap()).unwrap()
    );
}

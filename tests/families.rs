//! Polymorphic families on the model: `AnyRestoreArtifact`, `AnyRestoreSession`, `AnyMailboxRestoreArtifact`.

mod common;

use common::Json;
use graph_model::backup_restore::{
    AnyMailboxRestoreArtifact, AnyRestoreArtifact, AnyRestoreSession, ArtifactRestoreStatus, RestoreArtifactBase,
    RestoreSessionStatus,
};
use graph_model::{CollectionResponse, ODataTypeTag};

/// One object of each kind, as (type name, other members); the type key is placed by `place`.
const ARTIFACTS: [(&str, &str); 4] = [
    (
        "driveRestoreArtifact",
        r#""id":"d1","status":"succeeded","restorePoint":{"id":"rp1"},"restoredSiteId":"site-1","error":null"#,
    ),
    ("siteRestoreArtifact", r#""id":"s1","status":"inProgress","restoredSiteName":"Team","destinationType":"new""#),
    (
        "mailboxRestoreArtifact",
        r#""id":"m1","restoredFolderId":"f","restoredItemCount":3,"startDateTime":"2024-01-01T00:00:00.1234567Z""#,
    ),
    (
        "granularMailboxRestoreArtifact",
        r#""id":"g1","searchResponseId":"sr","artifactCount":7,"restoredFolderName":"Inbox""#,
    ),
];

const SESSIONS: [(&str, &str); 3] = [
    ("oneDriveForBusinessRestoreSession", r#""id":"o","status":"active","driveRestoreArtifacts":[{"id":"d"}]"#),
    ("sharePointRestoreSession", r#""id":"p","status":"draft","restoreJobType":"bulk""#),
    ("exchangeRestoreSession", r#""id":"e","status":"completedWithError","granularMailboxRestoreArtifacts":[]"#),
];

#[derive(Clone, Copy, Debug)]
enum Position {
    First,
    Middle,
    Last,
    Missing,
}

fn place(type_name: &str, members: &str, position: Position) -> String {
    let tag = format!(r##""@odata.type":"#microsoft.graph.{type_name}""##);
    let (head, tail) = members.split_once(',').unwrap();
    match position {
        Position::First => format!("{{{tag},{members}}}"),
        Position::Middle => format!("{{{head},{tag},{tail}}}"),
        Position::Last => format!("{{{members},{tag}}}"),
        Position::Missing => format!("{{{members}}}"),
    }
}

fn list(items: &[(&str, &str)], position: Position) -> String {
    let objects: Vec<String> = items.iter().map(|(t, m)| place(t, m, position)).collect();
    format!(
        r#"{{"@odata.context":"https://graph.microsoft.com/beta/$metadata#x","value":[{}],"@odata.count":{}}}"#,
        objects.join(","),
        items.len()
    )
}

#[test]
fn mixed_artifacts_dispatch_the_same_in_every_key_position() {
    let mut results = Vec::new();
    for position in [Position::First, Position::Middle, Position::Last] {
        let json = list(&ARTIFACTS, position);
        let page: CollectionResponse<AnyRestoreArtifact> = graph_model::from_str(&json).unwrap();
        assert_eq!(page.count, Some(4));
        let kinds: Vec<&str> = page
            .value
            .iter()
            .map(|a| match a {
                AnyRestoreArtifact::Drive(_) => "drive",
                AnyRestoreArtifact::Site(_) => "site",
                AnyRestoreArtifact::Mailbox(_) => "mailbox",
                AnyRestoreArtifact::GranularMailbox(_) => "granular",
                AnyRestoreArtifact::Other(_) => "other",
            })
            .collect();
        assert_eq!(kinds, ["drive", "site", "mailbox", "granular"], "{position:?}");
        // Round trip: the same JSON, whatever the position of the type key.
        assert_eq!(Json::parse(&graph_model::to_string(&page).unwrap()), Json::parse(&json), "{position:?}");
        results.push(page.value);
    }
    // Identical values whichever path (streamed or buffered) read them.
    assert_eq!(results[0], results[1]);
    assert_eq!(results[0], results[2]);
    // Typed access to derived and base properties.
    let AnyRestoreArtifact::Drive(drive) = &results[0][0] else { panic!("drive expected") };
    assert_eq!(drive.restored_site_id.as_value().map(String::as_str), Some("site-1"));
    assert_eq!(drive.status.as_value(), Some(&ArtifactRestoreStatus::Succeeded));
    assert!(drive.error.is_null());
    let AnyRestoreArtifact::GranularMailbox(g) = &results[0][3] else { panic!("granular expected") };
    assert_eq!(
        (g.artifact_count.as_value(), g.restored_folder_name.as_value().map(String::as_str)),
        (Some(&7), Some("Inbox"))
    );
}

#[test]
fn missing_type_key_falls_back_to_the_base_keeping_everything() {
    let json = list(&ARTIFACTS, Position::Missing);
    let page: CollectionResponse<AnyRestoreArtifact> = graph_model::from_str(&json).unwrap();
    assert!(page.value.iter().all(|a| matches!(a, AnyRestoreArtifact::Other(_))));
    let AnyRestoreArtifact::Other(first) = &page.value[0] else { unreachable!() };
    assert_eq!(*first.odata.type_tag(), ODataTypeTag::Omitted);
    assert!(first.odata.additional.contains_key("restoredSiteId"));
    assert_eq!(Json::parse(&graph_model::to_string(&page).unwrap()), Json::parse(&json));
}

#[test]
fn mixed_sessions_in_every_position() {
    for position in [Position::First, Position::Middle, Position::Last] {
        let json = list(&SESSIONS, position);
        let page: CollectionResponse<AnyRestoreSession> = graph_model::from_str(&json).unwrap();
        assert!(matches!(page.value[0], AnyRestoreSession::OneDriveForBusiness(_)), "{position:?}");
        assert!(matches!(page.value[1], AnyRestoreSession::SharePoint(_)));
        assert!(matches!(page.value[2], AnyRestoreSession::Exchange(_)));
        // Base fields from any variant without matching (Deref to the fallback's type).
        let statuses: Vec<_> = page.value.iter().map(|s| s.status.as_value().cloned()).collect();
        assert_eq!(
            statuses,
            [
                Some(RestoreSessionStatus::Active),
                Some(RestoreSessionStatus::Draft),
                Some(RestoreSessionStatus::CompletedWithError)
            ]
        );
        let ids: Vec<_> = page.value.iter().map(|s| s.base().entity.id.clone().unwrap()).collect();
        assert_eq!(ids, ["o", "p", "e"]);
        assert_eq!(Json::parse(&graph_model::to_string(&page).unwrap()), Json::parse(&json));
    }
}

#[test]
fn unknown_derived_type_roundtrips_exactly() {
    let json = r##"{"restoredThing":{"a":[1,2.50]},"@odata.type":"#microsoft.graph.teamsRestoreArtifact","id":"t","status":"added","x@odata.nextLink":"n"}"##;
    for text in [
        json.to_string(),
        json.replace(r#"{"restoredThing":{"a":[1,2.50]},"#, "{")
            .replace(r#","id""#, r#","restoredThing":{"a":[1,2.50]},"id""#),
    ] {
        let artifact: AnyRestoreArtifact = graph_model::from_str(&text).unwrap();
        let AnyRestoreArtifact::Other(base) = &artifact else { panic!("fallback expected") };
        assert_eq!(*base.odata.type_tag(), ODataTypeTag::Verbatim("#microsoft.graph.teamsRestoreArtifact".into()));
        assert_eq!(base.status.as_value(), Some(&ArtifactRestoreStatus::Added));
        assert_eq!(Json::parse(&graph_model::to_string(&artifact).unwrap()), Json::parse(&text));
        assert!(graph_model::to_string(&artifact).unwrap().contains("2.50"));
    }
}

#[test]
fn two_level_dispatch_picks_the_most_derived_type() {
    let json = r##"{"@odata.type":"#microsoft.graph.granularMailboxRestoreArtifact","id":"g","searchResponseId":"s"}"##;
    let any: AnyRestoreArtifact = graph_model::from_str(json).unwrap();
    assert!(matches!(any, AnyRestoreArtifact::GranularMailbox(_)));
    // A family over a family: the mailbox family resolves the granular type too.
    let mailbox: AnyMailboxRestoreArtifact = graph_model::from_str(json).unwrap();
    assert!(matches!(mailbox, AnyMailboxRestoreArtifact::Granular(_)));
    let plain: AnyMailboxRestoreArtifact =
        graph_model::from_str(r##"{"@odata.type":"#microsoft.graph.mailboxRestoreArtifact","id":"m"}"##).unwrap();
    assert!(matches!(plain, AnyMailboxRestoreArtifact::Other(_)));
    // Spellings: no `#`, other letter case, OData 4.01's `@type`.
    for spelling in [
        r#"{"@odata.type":"microsoft.graph.granularMailboxRestoreArtifact","id":"g"}"#,
        r##"{"@odata.type":"#Microsoft.Graph.GranularMailboxRestoreArtifact","id":"g"}"##,
        r##"{"@type":"#microsoft.graph.granularMailboxRestoreArtifact","id":"g"}"##,
        r##"{"id":"g","@type":"#microsoft.graph.granularMailboxRestoreArtifact"}"##,
    ] {
        let any: AnyRestoreArtifact = graph_model::from_str(spelling).unwrap();
        assert!(matches!(any, AnyRestoreArtifact::GranularMailbox(_)), "{spelling}");
        assert_eq!(Json::parse(&graph_model::to_string(&any).unwrap()), Json::parse(spelling));
    }
}

#[test]
fn conversions_and_base_access() {
    let base = RestoreArtifactBase { status: ArtifactRestoreStatus::Scheduled.into(), ..Default::default() };
    let any: AnyRestoreArtifact = base.clone().into();
    assert_eq!(any.status.as_value(), Some(&ArtifactRestoreStatus::Scheduled));
    assert_eq!(any.base(), &base);
}

#[test]
fn errors_name_the_path_and_the_discriminator() {
    // A known type outside the hierarchy, in the middle of a list.
    let err = graph_model::from_str::<Vec<AnyRestoreArtifact>>(
        r##"[{"id":"a"},{"@odata.type":"#microsoft.graph.sharePointRestoreSession","id":"b"}]"##,
    )
    .unwrap_err();
    assert_eq!(err.path(), "[1]");
    assert!(err.message().contains("`#microsoft.graph.sharePointRestoreSession`"), "{err}");
    assert!(err.message().contains("microsoft.graph.restoreArtifactBase"), "{err}");
    // Bad values are reported at their path whether the type key came first (streamed) or last (buffered).
    for json in [
        r##"[{"@odata.type":"#microsoft.graph.driveRestoreArtifact","restorePoint":{"id":5}}]"##,
        r##"[{"restorePoint":{"id":5},"@odata.type":"#microsoft.graph.driveRestoreArtifact"}]"##,
    ] {
        let err = graph_model::from_str::<Vec<AnyRestoreArtifact>>(json).unwrap_err();
        assert_eq!(err.path(), "[0].restorePoint.id", "{json}");
        assert_eq!(err.message(), "invalid type: integer `5`, expected a string");
    }
    let err = graph_model::from_str::<AnyRestoreArtifact>(r#"{"@odata.type": ["x"]}"#).unwrap_err();
    assert!(err.message().contains("expected a type name string"), "{err}");
    // Two type annotations on one object: an error on both paths.
    for json in [
        r##"{"@odata.type":"#microsoft.graph.driveRestoreArtifact","@odata.type":"#microsoft.graph.siteRestoreArtifact"}"##,
        r##"{"id":"x","@odata.type":"#microsoft.graph.driveRestoreArtifact","@type":"#microsoft.graph.driveRestoreArtifact"}"##,
    ] {
        let err = graph_model::from_str::<AnyRestoreArtifact>(json).unwrap_err();
        assert!(err.message().starts_with("duplicate type annotation"), "{json}: {err}");
    }
}

#[test]
fn collection_response_keeps_links_and_other_annotations() {
    let json = r#"{"@odata.context":"c","@odata.nextLink":"n","@odata.deltaLink":"d","@custom":1,"value":[]}"#;
    let page: CollectionResponse<AnyRestoreSession> = graph_model::from_str(json).unwrap();
    assert_eq!((page.next_link.as_deref(), page.delta_link.as_deref()), (Some("n"), Some("d")));
    assert_eq!(page.additional.get("@custom").map(|v| v.get()), Some("1"));
    assert_eq!(Json::parse(&graph_model::to_string(&page).unwrap()), Json::parse(json));
    let err = graph_model::from_str::<CollectionResponse<AnyRestoreSession>>(r#"{"@odata.context":"c"}"#).unwrap_err();
    assert_eq!(err.message(), "missing field `value`");
}

#[test]
fn buffered_dispatch_works_from_a_reader_too() {
    // A reader cannot lend its text, so buffered values are kept owned and read back from the copy.
    let json = list(&ARTIFACTS, Position::Last);
    let page: CollectionResponse<AnyRestoreArtifact> = serde_json::from_reader(json.as_bytes()).unwrap();
    let from_str: CollectionResponse<AnyRestoreArtifact> = graph_model::from_str(&json).unwrap();
    assert_eq!(page, from_str);
    assert!(matches!(page.value[3], AnyRestoreArtifact::GranularMailbox(_)));
    let err = serde_json::from_reader::<_, AnyRestoreArtifact>(
        r##"{"restorePoint":{"id":5},"@odata.type":"#microsoft.graph.driveRestoreArtifact"}"##.as_bytes(),
    )
    .unwrap_err();
    assert!(err.to_string().contains("restorePoint"), "{err}");
}

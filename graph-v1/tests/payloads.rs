//! Response bodies from Microsoft's Graph v1.0 reference documentation, read into `graph_v1` types through
//! `serde_json::from_str` and written back: the same JSON, nothing dropped or changed.
//!
//! The bodies are copied from the reference pages as published, with one edit: `team_get` has a trailing
//! comma there (not JSON), removed here.
#![cfg(feature = "full")]

use graph_model::{CollectionResponse, DeltaEntry, GraphValue, Nullable};
use graph_v1::*;
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

fn text(name: &str) -> String {
    let path = format!("{}/tests/data/payloads/{name}.json", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Reads the payload as `T` through `serde_json::from_str`, writes it back, compares the JSON (key order aside:
/// undeclared properties are written after declared ones), and reads what it wrote.
///
/// Every read goes through the one deserializer type, `serde_json::Deserializer<StrRead>`: each other
/// deserializer (such as `graph_model::from_str`'s path-tracking second pass) would compile every type reachable
/// from these entities once more, and this test is already the largest compile in the workspace (about 12 GB
/// resident for rustc from scratch; 16 GB with that second copy). `graph_model::from_str` on a v1.0 type is
/// checked below, in the schema-mismatch test.
fn round_trip<T: DeserializeOwned + Serialize>(name: &str) -> T {
    let text = text(name);
    let value: T = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
    let written = serde_json::to_string(&value).unwrap_or_else(|e| panic!("{name}: writing: {e}"));
    let expected: Value = serde_json::from_str(&text).unwrap();
    let actual: Value = serde_json::from_str(&written).unwrap();
    assert_eq!(actual, expected, "{name}: written back differently:\n{written}");
    // The written text reads back to the same value.
    let again: T = serde_json::from_str(&written).unwrap_or_else(|e| panic!("{name}: rereading: {e}"));
    assert_eq!(serde_json::to_string(&again).unwrap(), written, "{name}");
    value
}

#[test]
fn directory_objects_delta_mixes_users_and_groups() {
    let page: CollectionResponse<DeltaEntry<AnyDirectoryObject>> = round_trip("directoryobject_delta_users_and_groups");
    assert!(page.next_link.is_some());
    let [DeltaEntry::Updated(AnyDirectoryObject::User(user)), DeltaEntry::Updated(AnyDirectoryObject::Group(group))] =
        page.value.as_slice()
    else {
        panic!("expected a user then a group: {:?}", page.value);
    };
    assert_eq!(user.display_name.as_value().map(String::as_str), Some("Adele Vance"));
    assert_eq!(group.group_types.as_ref().map(Vec::len), Some(1));
    // `members@delta` is not declared in the schema: kept as it came.
    assert!(group.meta().additional.contains_key("members@delta"));
}

#[test]
fn user_and_group_delta_pages() {
    let page: CollectionResponse<DeltaEntry<User>> = round_trip("user_delta_initial_with_removed");
    let removed: Vec<String> = page
        .value
        .iter()
        .filter_map(|e| match e {
            DeltaEntry::Removed(r) => Some(r.id().unwrap_or_default()),
            _ => None,
        })
        .collect();
    assert_eq!(removed, ["86462606-fde0-4fc4-9e0c-a20eb73e54c6"]);
    assert_eq!(page.value.len(), 4);
    let last: CollectionResponse<DeltaEntry<User>> = round_trip("user_delta_final_with_delta_link");
    assert!(last.delta_link.as_deref().is_some_and(|l| l.contains("$deltatoken=")));
    let selected: CollectionResponse<User> = round_trip("user_delta_select");
    assert_eq!(selected.value[0].mobile_phone, Nullable::Null);
    round_trip::<CollectionResponse<DeltaEntry<Group>>>("group_delta");
    let minimal: CollectionResponse<Group> = round_trip("group_delta_minimal");
    assert_eq!(minimal.value[0].description, Nullable::Null);
}

#[test]
fn attachments_of_every_kind() {
    let file: AnyAttachment = round_trip("attachment_get_file");
    let AnyAttachment::FileAttachment(file) = file else { panic!("a file attachment") };
    assert_eq!(&file.content_bytes.as_value().unwrap().as_bytes()[..4], b"PK\x03\x04");
    assert!(matches!(round_trip::<AnyAttachment>("attachment_get_item"), AnyAttachment::ItemAttachment(_)));
    let expanded: AnyAttachment = round_trip("attachment_get_item_expanded_message");
    let AnyAttachment::ItemAttachment(item) = expanded else { panic!("an item attachment") };
    let Nullable::Value(inner) = &item.item else { panic!("the attached item") };
    assert!(matches!(**inner, AnyOutlookItem::Message(_)));
    assert!(matches!(round_trip::<AnyAttachment>("attachment_get_reference"), AnyAttachment::ReferenceAttachment(_)));
}

#[test]
fn mailbox_settings_with_times_of_day() {
    let replies: AutomaticRepliesSetting = round_trip("mailboxsettings_automatic_replies");
    // The page spells the member `None` (declared `none`): written back as received, equal to the member.
    let audience = replies.external_audience.as_value().unwrap();
    assert_eq!(audience.as_str(), "None");
    assert_eq!(*audience, ExternalAudienceScope::None);
    assert!(matches!(audience.canonical(), ExternalAudienceScope::None));
    let custom: WorkingHours = round_trip("mailboxsettings_working_hours_custom_time_zone");
    assert_eq!(custom.start_time.as_value().unwrap().to_string(), "09:00:00.0000000");
    assert!(matches!(custom.time_zone.as_value().map(|b| &**b), Some(AnyTimeZoneBase::CustomTimeZone(_))));
}

#[test]
fn planner_tasks_and_their_open_types() {
    let task: PlannerTask = round_trip("plannertask_get");
    let assignments = task.assignments.as_value().unwrap();
    let assignment: PlannerAssignment =
        assignments.odata.additional.get_as("fbab97d0-4932-4511-b675-204639209557").unwrap().unwrap();
    assert_eq!(assignment.order_hint.as_value().map(String::as_str), Some("RWk1"));
    let details: PlannerTaskDetails = round_trip("plannertaskdetails_get");
    let checklist = details.checklist.as_value().unwrap();
    let item: PlannerChecklistItem =
        checklist.odata.additional.get_as("d280ed1a-9f6b-4f9c-a962-fb4d00dc50ff").unwrap().unwrap();
    assert_eq!(item.title.as_value().map(String::as_str), Some("Try reading task details"));
}

#[test]
fn events_with_recurrence() {
    let event: Event = round_trip("event_get_recurring_series_master");
    let recurrence = event.recurrence.as_value().unwrap();
    let range = recurrence.range.as_value().unwrap();
    assert_eq!(range.start_date.as_value().map(ToString::to_string).as_deref(), Some("2017-08-15"));
}

#[test]
fn files_subscriptions_applications() {
    let root: DriveItem = round_trip("driveitem_get_root");
    assert_eq!(root.size.as_value().map(|s| s.get()), Some(157_286_400));
    let children: CollectionResponse<DriveItem> = round_trip("driveitem_list_children");
    assert_eq!(children.value.len(), 4);
    let subscription: Subscription = round_trip("subscription_get");
    assert_eq!(subscription.change_type.as_deref(), Some("created,updated"));
    round_trip::<Application>("application_get");
    round_trip::<Application>("application_get_by_app_id_select");
}

#[test]
fn error_bodies_keep_timestamps_without_an_offset() {
    let error: ODataError = round_trip("error_invalid_state_for_activation");
    let main = error.error.as_deref().unwrap();
    assert_eq!(main.code.as_value().map(String::as_str), Some("invalidStateForActivation"));
    let inner = main.inner_error.as_value().unwrap();
    let date = inner.date.as_value().unwrap();
    assert!(!date.has_offset());
    assert_eq!(date.to_string(), "2023-03-03T07:15:31");
    assert_eq!(inner.request_id.as_value().map(String::as_str), Some("7e921b55-8af4-41f5-881d-d425af822be0"));
}

#[test]
fn teams_channels_contacts_tasks_calendars_sites_devices() {
    let channel: Channel = round_trip("channel_get");
    assert_eq!(channel.display_name.as_deref(), Some("General"));
    let summary: Channel = round_trip("channel_get_summary");
    assert_eq!(summary.summary.as_value().and_then(|s| s.members_count.as_value().copied()), Some(3));
    round_trip::<Channel>("channel_get_migration_mode");
    let team: Team = round_trip("team_get");
    assert_eq!(team.is_archived.as_value(), Some(&false));
    let contact: Contact = round_trip("contact_get");
    assert_eq!(contact.email_addresses.as_value().map(Vec::len), Some(1));
    let task: TodoTask = round_trip("todotask_get");
    assert!(task.meta().additional.contains_key("@odata.etag"));
    let calendar: Calendar = round_trip("calendar_get");
    assert_eq!(calendar.name.as_value().map(String::as_str), Some("Calendar"));
    let site: Site = round_trip("site_get");
    assert_eq!(site.name.as_value().map(String::as_str), Some("1drvteam"));
    round_trip::<Device>("device_get");
    let device: Device = round_trip("device_get_extension_attributes");
    // `extensionAttributes` is a beta property (the page's request goes to /beta): v1.0 keeps it as it came.
    assert!(device.meta().additional.get("extensionAttributes").is_some_and(|v| v.get().contains("BYOD-Device")));
}

/// The reference page for `GET /me/mailboxSettings` shows `userPurpose` as an object, where the v1.0 schema
/// declares the enum `userPurpose` (a string): the reader says so, naming the property, instead of guessing.
#[test]
fn a_body_that_disagrees_with_the_schema_gets_a_clear_error() {
    let path = format!("{}/tests/data/schema_mismatch/mailboxsettings_get.json", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(path).unwrap();
    let err = graph_model::from_str::<MailboxSettings>(&text).unwrap_err();
    assert_eq!(err.path(), "userPurpose");
    assert!(err.message().starts_with("invalid type: map, expected an enum member string"), "{err}");
    let serde_err = serde_json::from_str::<MailboxSettings>(&text).unwrap_err().to_string();
    assert!(serde_err.starts_with("userPurpose: invalid type: map"), "{serde_err}");
}

/// At least 30 bodies from at least 10 areas of the API.
#[test]
fn the_corpus_is_broad() {
    let dir = format!("{}/tests/data/payloads", env!("CARGO_MANIFEST_DIR"));
    let names: Vec<String> =
        std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    let areas: std::collections::BTreeSet<&str> = names.iter().map(|n| n.split('_').next().unwrap()).collect();
    assert!(names.len() >= 30, "{} payloads", names.len());
    assert!(areas.len() >= 10, "{areas:?}");
}

/// Action bodies are types: no JSON written by hand, no `@odata.type`.
#[test]
fn action_bodies_are_typed() {
    let body = GetByIdsBody {
        ids: Some(vec!["84b80893-8749-40a3-97b7-68513b600544".into(), "5d6059b6-368d-45f8-91e1-8e07d485f1d0".into()]),
        types: Nullable::Value(vec!["user".into(), "group".into()]),
        ..GetByIdsBody::default()
    };
    assert_eq!(
        serde_json::to_string(&body).unwrap(),
        r#"{"ids":["84b80893-8749-40a3-97b7-68513b600544","5d6059b6-368d-45f8-91e1-8e07d485f1d0"],"types":["user","group"]}"#
    );
    // The request body of Graph's `application: addPassword` reference page.
    let text = r#"{"passwordCredential":{"displayName":"Password friendly name"}}"#;
    let body: AddPasswordBody = serde_json::from_str(text).unwrap();
    assert_eq!(
        body.password_credential.as_value().and_then(|c| c.display_name.as_value()).map(String::as_str),
        Some("Password friendly name")
    );
    assert_eq!(serde_json::to_string(&body).unwrap(), text);
}

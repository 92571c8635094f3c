//! Evolvable and flags enums, on the model's own enums from the CSDL.

mod common;

use common::Json;
use graph_model::backup_restore::{
    ArtifactRestoreStatus, DestinationType, ProtectionPolicyStatus, RestoreJobType, RestorePoint, RestorePointTags,
    RestoreSessionBase, RestoreSessionBaseUpdate, RestoreSessionStatus,
};
use graph_model::{EvolvableEnum, Flags, GraphType, needs_prefer_header};

fn spec_members(name: &str) -> Vec<(String, i64)> {
    let spec: serde_json::Value = serde_json::from_str(&common::data("backup_restore_beta.json")).unwrap();
    let t = spec["types"].as_array().unwrap().iter().find(|t| t["name"] == name).unwrap();
    t["members"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| (m["name"].as_str().unwrap().to_owned(), m["value"].as_i64().unwrap()))
        .collect()
}

fn check_every_member<
    E: EvolvableEnum + GraphType + serde::Serialize + serde::de::DeserializeOwned + std::fmt::Debug,
>(
    csdl_name: &str,
) {
    let members = spec_members(csdl_name);
    assert_eq!(E::KNOWN.len(), members.len(), "{csdl_name}");
    for (i, (wire, value)) in members.iter().enumerate() {
        let parsed: E = graph_model::from_str(&format!("\"{wire}\"")).unwrap();
        assert_eq!(parsed, E::KNOWN[i], "{csdl_name}.{wire}");
        assert_eq!(parsed.as_str(), wire);
        assert_eq!(graph_model::to_string(&parsed).unwrap(), format!("\"{wire}\""));
        assert_eq!(E::VALUES[i], Some(*value));
    }
    assert_eq!(E::TYPE_INFO.name, format!("microsoft.graph.{csdl_name}"));
}

#[test]
fn every_member_of_the_issue_enums_parses_and_writes() {
    check_every_member::<RestoreSessionStatus>("restoreSessionStatus");
    check_every_member::<ArtifactRestoreStatus>("artifactRestoreStatus");
    check_every_member::<DestinationType>("destinationType");
    check_every_member::<RestorePointTags>("restorePointTags");
}

#[test]
fn display_fromstr_order_and_known_list() {
    assert_eq!(RestoreSessionStatus::CompletedWithError.to_string(), "completedWithError");
    assert_eq!("inPlace".parse::<DestinationType>().unwrap(), DestinationType::InPlace);
    assert!(RestoreSessionStatus::Draft < RestoreSessionStatus::Failed);
    assert!(RestoreSessionStatus::Failed < RestoreSessionStatus::Unrecognized("x".into()));
    let names: Vec<&str> = DestinationType::KNOWN.iter().map(DestinationType::as_str).collect();
    assert_eq!(names, ["new", "inPlace", "unknownFutureValue"]);
    let mut set = std::collections::HashSet::new();
    set.insert(DestinationType::New);
    assert!(set.contains(&DestinationType::New));
}

#[test]
fn letter_case_differences_map_to_the_known_member() {
    for text in ["CompletedWithError", "COMPLETEDWITHERROR", "completedwitherror"] {
        assert_eq!(RestoreSessionStatus::from_wire(text), RestoreSessionStatus::CompletedWithError, "{text}");
    }
}

#[test]
fn unknown_members_are_kept_exactly_inside_an_entity() {
    let json = r##"{"@odata.type":"#microsoft.graph.restoreSessionBase","id":"s","status":"partiallyRestored","restoreJobType":"Granular"}"##;
    let session: RestoreSessionBase = graph_model::from_str(json).unwrap();
    assert_eq!(session.status.as_value(), Some(&RestoreSessionStatus::Unrecognized("partiallyRestored".into())));
    assert_eq!(session.restore_job_type.as_value(), Some(&RestoreJobType::Granular));
    let written = graph_model::to_string(&session).unwrap();
    assert_eq!(Json::parse(&written), Json::parse(&json.replace("\"Granular\"", "\"granular\"")));
    assert!(written.contains(r#""status":"partiallyRestored""#));
}

#[test]
fn opt_in_members_and_the_prefer_header() {
    assert!(RestoreSessionStatus::has_opt_in_members());
    assert_eq!(RestoreSessionStatus::opt_in_members(), &[RestoreSessionStatus::Failed]);
    assert_eq!(
        ProtectionPolicyStatus::opt_in_members(),
        &[ProtectionPolicyStatus::OffboardRequested, ProtectionPolicyStatus::Offboarded]
    );
    assert!(!DestinationType::has_opt_in_members());
    assert!(RestoreSessionStatus::Failed.needs_prefer_header());
    assert!(!RestoreSessionStatus::Completed.needs_prefer_header());
    assert!(!RestoreSessionStatus::UnknownFutureValue.needs_prefer_header());
    // A member this program does not know was added after the sentinel: it needs the header too.
    assert!(RestoreSessionStatus::from_wire("partiallyRestored").needs_prefer_header());
    // In a response, the sentinel means the real member was hidden.
    assert!(RestoreSessionStatus::UnknownFutureValue.is_hidden_member());
    assert!(!RestoreSessionStatus::Active.is_hidden_member());
    assert_eq!(graph_model::INCLUDE_UNKNOWN_ENUM_MEMBERS, "include-unknown-enum-members");
}

#[test]
fn a_request_body_tells_whether_it_holds_an_opt_in_member() {
    let plain = RestoreSessionBaseUpdate::new().restore_job_type(RestoreJobType::Bulk);
    assert!(!needs_prefer_header(&plain));
    let opt_in = RestoreSessionBaseUpdate::new().restore_job_type(RestoreJobType::Granular);
    assert!(needs_prefer_header(&opt_in));
    // Nested in flags too, and the flag does not leak into the next check.
    let point = RestorePoint {
        tags: "fastRestore,includeNewerItems".parse::<Flags<RestorePointTags>>().unwrap().into(),
        ..Default::default()
    };
    assert!(needs_prefer_header(&point));
    assert!(!needs_prefer_header(&plain));
}

#[test]
fn flags_are_sets_with_unknown_members_kept() {
    let mut tags: Flags<RestorePointTags> = "fastRestore, includeNewerItems,archived".parse().unwrap();
    assert_eq!(tags.len(), 3);
    assert!(tags.contains(&RestorePointTags::FastRestore));
    assert!(tags.contains(&RestorePointTags::from_wire("archived")));
    // Written as received until changed, then as declared.
    assert_eq!(tags.to_string(), "fastRestore, includeNewerItems,archived");
    assert!(tags.needs_prefer_header());
    assert!(!tags.insert(RestorePointTags::FastRestore));
    assert_eq!(tags.to_string(), "fastRestore, includeNewerItems,archived");
    assert!(tags.remove(&RestorePointTags::IncludeNewerItems));
    assert!(!tags.remove(&RestorePointTags::IncludeNewerItems));
    assert_eq!(tags.iter().map(|t| t.as_str()).collect::<Vec<_>>(), ["fastRestore", "archived"]);
    assert_eq!(tags.to_string(), "fastRestore,archived");
    // Set equality: order does not matter.
    let a: Flags<RestorePointTags> = "fastRestore,includeNewerItems".parse().unwrap();
    let b: Flags<RestorePointTags> = "includeNewerItems,fastRestore".parse().unwrap();
    assert_eq!(a, b);
    // The sentinel occupies a flag bit in restorePointTags.
    let s: Flags<RestorePointTags> = "unknownFutureValue".parse().unwrap();
    assert!(s.contains(&RestorePointTags::UnknownFutureValue));
    assert_eq!(RestorePointTags::VALUES[2], Some(2));
}

#[test]
fn empty_and_none_flags() {
    // `none` (value 0) stands for no flags; an empty string too, and each is written back as received.
    let none: Flags<RestorePointTags> = graph_model::from_str("\"none\"").unwrap();
    assert!(none.is_empty());
    assert_eq!(graph_model::to_string(&none).unwrap(), "\"none\"");
    let blank: Flags<RestorePointTags> = graph_model::from_str("\"\"").unwrap();
    assert!(blank.is_empty());
    assert_eq!(graph_model::to_string(&blank).unwrap(), "\"\"");
    assert_eq!(none, blank);
    assert_eq!(Flags::<RestorePointTags>::new().to_string(), "none");
    let err = graph_model::from_str::<Flags<RestorePointTags>>("3").unwrap_err();
    assert!(err.message().contains("expected a comma-separated list of flags members"), "{err}");
}

#[test]
fn enum_values_must_be_strings() {
    let err = graph_model::from_str::<RestoreSessionBase>(r#"{"status": 5}"#).unwrap_err();
    assert_eq!(err.path(), "status");
    assert!(err.message().contains("expected an enum member string"), "{err}");
}

/// Found by fuzzing: a repeated member was written back once, so the received string changed. The set
/// has the member once; the string is written back as received.
#[test]
fn flags_strings_are_written_back_as_received() {
    for text in ["fastRestore,fastRestore", "FastRestore , archived,,", " none", "includeNewerItems,Archived,archived"]
    {
        let tags: Flags<RestorePointTags> = graph_model::from_str(&format!("{text:?}")).unwrap();
        assert_eq!(graph_model::to_string(&tags).unwrap(), format!("{text:?}"));
    }
    let repeated: Flags<RestorePointTags> = "fastRestore,fastRestore".parse().unwrap();
    assert_eq!((repeated.len(), repeated.iter().count()), (1, 1));
    assert_eq!(repeated, "fastRestore".parse().unwrap());
}

/// A flags enum with more members than the bit set of known members holds (70): members past index 63 are
/// found among the members instead, with the same results.
#[graph_model::graph_entity(odata_type = "test.manyFlags", flags, closed)]
pub enum ManyFlags {
    None = 0,
    Member0 = 1,
    Member1 = 2,
    Member2 = 3,
    Member3 = 4,
    Member4 = 5,
    Member5 = 6,
    Member6 = 7,
    Member7 = 8,
    Member8 = 9,
    Member9 = 10,
    Member10 = 11,
    Member11 = 12,
    Member12 = 13,
    Member13 = 14,
    Member14 = 15,
    Member15 = 16,
    Member16 = 17,
    Member17 = 18,
    Member18 = 19,
    Member19 = 20,
    Member20 = 21,
    Member21 = 22,
    Member22 = 23,
    Member23 = 24,
    Member24 = 25,
    Member25 = 26,
    Member26 = 27,
    Member27 = 28,
    Member28 = 29,
    Member29 = 30,
    Member30 = 31,
    Member31 = 32,
    Member32 = 33,
    Member33 = 34,
    Member34 = 35,
    Member35 = 36,
    Member36 = 37,
    Member37 = 38,
    Member38 = 39,
    Member39 = 40,
    Member40 = 41,
    Member41 = 42,
    Member42 = 43,
    Member43 = 44,
    Member44 = 45,
    Member45 = 46,
    Member46 = 47,
    Member47 = 48,
    Member48 = 49,
    Member49 = 50,
    Member50 = 51,
    Member51 = 52,
    Member52 = 53,
    Member53 = 54,
    Member54 = 55,
    Member55 = 56,
    Member56 = 57,
    Member57 = 58,
    Member58 = 59,
    Member59 = 60,
    Member60 = 61,
    Member61 = 62,
    Member62 = 63,
    Member63 = 64,
    Member64 = 65,
    Member65 = 66,
    Member66 = 67,
    Member67 = 68,
    Member68 = 69,
    Member69 = 70,
}

#[test]
fn flags_with_more_members_than_the_bit_set() {
    let text = "member69,member3,member64";
    let mut flags: Flags<ManyFlags> = text.parse().unwrap();
    assert_eq!(flags.len(), 3);
    assert!(flags.contains(&ManyFlags::Member69) && flags.contains(&ManyFlags::Member64));
    assert!(flags.contains(&ManyFlags::Member3) && !flags.contains(&ManyFlags::Member65));
    assert!(!flags.insert(ManyFlags::Member69), "already set");
    assert!(flags.insert(ManyFlags::Member65));
    assert!(flags.remove(&ManyFlags::Member69) && !flags.contains(&ManyFlags::Member69));
    assert!(!flags.remove(&ManyFlags::Member69));
    assert_eq!(flags.to_string(), "member3,member64,member65");
    let read: Flags<ManyFlags> = serde_json::from_str("\"member65, member3,member64\"").unwrap();
    assert_eq!(read, flags);
    assert_eq!(serde_json::to_string(&read).unwrap(), "\"member65, member3,member64\"");
}

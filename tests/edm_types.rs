//! Every Edm type in a `#[graph_entity]` struct, through serde's entry points, with `@odata.type` first
//! and last (the buffered path); negative enum values; wire names that are not identifiers; delta
//! collections over a family; collections of nullable values and of collections.

use graph_model::{
    Binary, Date, DateTimeOffset, Decimal, Delta, DeltaEntry, Double, Duration, GraphValue, Guid, Int64, Nullable,
    Single, Stream, TimeOfDay, Untyped, graph_entity,
};
use serde_json::Value;

#[graph_entity(odata_type = "microsoft.graph.everyEdm")]
pub struct EveryEdm {
    pub binary: Option<Binary>,
    pub boolean: Option<bool>,
    pub byte: Option<u8>,
    pub sbyte: Option<i8>,
    pub int16: Option<i16>,
    pub int32: Option<i32>,
    pub int64: Option<Int64>,
    pub single: Option<Single>,
    pub double: Nullable<Double>,
    pub doubles: Option<Vec<Double>>,
    pub decimal: Option<Decimal>,
    pub guid: Option<Guid>,
    pub date: Option<Date>,
    pub time_of_day: Option<TimeOfDay>,
    pub duration: Option<Duration>,
    pub date_time_offset: Option<DateTimeOffset>,
    pub untyped: Nullable<Untyped>,
    pub content: Option<Stream>,
    pub maybe_strings: Option<Vec<Option<String>>>,
    pub matrix: Option<Vec<Vec<i32>>>,
    #[graph(rename = "request-id")]
    pub request_id: Option<String>,
}

const EVERY: &str = r##"{"@odata.type":"#microsoft.graph.everyEdm","binary":"SGVsbG8gV29ybGQ=","boolean":true,"byte":255,"sbyte":-128,"int16":-32768,"int32":2147483647,"int64":"9223372036854775807","single":1.5,"double":"-INF","doubles":["NaN","INF",47,0.1],"decimal":12345678901234567890.12345678901234567890,"guid":"aa8db46c-ccb9-5144-8553-76ad7939fa74","date":"2024-02-29","timeOfDay":"08:00:00.0000000","duration":"PT1H30M","dateTimeOffset":"2021-09-14T19:05:24","untyped":{"z":1.000,"a":[null,{"deep":"x"}]},"content":"SGk=","maybeStrings":["a",null],"matrix":[[1,2],[]],"request-id":"c1b2","content@odata.mediaReadLink":"https://graph.microsoft.com/v1.0/x/content"}"##;

/// The same object with `@odata.type` moved to the end: read through the buffered replay.
fn tag_last(text: &str) -> String {
    let tag = r##""@odata.type":"#microsoft.graph.everyEdm","##;
    let body = text.replacen(tag, "", 1);
    format!("{},\"@odata.type\":\"#microsoft.graph.everyEdm\"}}", &body[..body.len() - 1])
}

fn check(value: &EveryEdm) {
    assert_eq!(value.binary.as_ref().unwrap().as_bytes(), b"Hello World");
    assert_eq!((value.byte, value.sbyte, value.int16), (Some(255), Some(-128), Some(-32768)));
    assert_eq!(value.int64.unwrap().get(), i64::MAX);
    assert_eq!(value.single.unwrap().get(), 1.5);
    assert_eq!(value.double.as_value().unwrap().get(), f64::NEG_INFINITY);
    let doubles: Vec<f64> = value.doubles.as_ref().unwrap().iter().map(|d| d.get()).collect();
    assert!(doubles[0].is_nan());
    assert_eq!(&doubles[1..], [f64::INFINITY, 47.0, 0.1]);
    assert_eq!(value.decimal.as_ref().unwrap().as_str(), "12345678901234567890.12345678901234567890");
    assert_eq!(value.time_of_day.unwrap().hour(), 8);
    let t = value.date_time_offset.unwrap();
    assert!(!t.has_offset());
    assert_eq!(t.get().unix_timestamp(), 1_631_646_324);
    assert_eq!(value.untyped.as_value().unwrap().get(), r#"{"z":1.000,"a":[null,{"deep":"x"}]}"#);
    assert_eq!(value.content.as_ref().unwrap().decode::<Binary>().unwrap().as_bytes(), b"Hi");
    assert_eq!(value.maybe_strings, Some(vec![Some("a".to_owned()), None]));
    assert_eq!(value.matrix, Some(vec![vec![1, 2], vec![]]));
    assert_eq!(value.request_id.as_deref(), Some("c1b2"));
    // The stream's media link is an annotation: kept with the undeclared properties.
    assert!(value.odata.additional.contains_key("content@odata.mediaReadLink"));
}

#[test]
fn every_edm_type_reads_and_writes_back_exactly() {
    for text in [EVERY.to_owned(), tag_last(EVERY)] {
        let from_str: EveryEdm = serde_json::from_str(&text).unwrap();
        let from_slice: EveryEdm = serde_json::from_slice(text.as_bytes()).unwrap();
        let from_reader: EveryEdm = serde_json::from_reader(text.as_bytes()).unwrap();
        let ours: EveryEdm = graph_model::from_str(&text).unwrap();
        for value in [&from_str, &from_slice, &from_reader, &ours] {
            check(value);
        }
        // Written back byte for byte (the tag first, as it is written for values read either way).
        assert_eq!(serde_json::to_string(&from_str).unwrap(), EVERY);
        assert_eq!(serde_json::to_string(&from_reader).unwrap(), EVERY);
    }
}

#[test]
fn bad_edm_values_name_their_path() {
    let cases = [
        (r#"{"binary":"S*"}"#, "binary", "invalid Binary"),
        (r#"{"int64":"12x"}"#, "int64", "invalid Int64"),
        (r#"{"int64":1.5}"#, "int64", "invalid type: floating point `1.5`, expected an Edm.Int64"),
        (r#"{"double":"Infinity"}"#, "double", "invalid Double"),
        (r#"{"doubles":[1,"nan"]}"#, "doubles[1]", "invalid Double"),
        (r#"{"decimal":"1.2.3"}"#, "decimal", "invalid Decimal"),
        (r#"{"decimal":true}"#, "decimal", "invalid Decimal"),
        (r#"{"timeOfDay":"25:00:00"}"#, "timeOfDay", "invalid TimeOfDay"),
        (r#"{"byte":256}"#, "byte", "invalid value"),
        (r#"{"sbyte":-129}"#, "sbyte", "invalid value"),
        (r#"{"dateTimeOffset":"2021-09-14T19:05"}"#, "dateTimeOffset", "invalid DateTimeOffset"),
        // serde's own `Vec` inside a collection names no index: the path stops at the collection's element.
        (r#"{"matrix":[[1],["x"]]}"#, "matrix[1]", "invalid type"),
    ];
    for (text, path, message) in cases {
        let err = graph_model::from_str::<EveryEdm>(text).unwrap_err();
        assert_eq!(err.path(), path, "{text}: {err}");
        assert!(err.message().starts_with(message), "{text}: {err}");
        // serde_json's message starts with the same path.
        let serde_err = serde_json::from_str::<EveryEdm>(text).unwrap_err().to_string();
        assert!(serde_err.starts_with(&format!("{path}: ")), "{text}: {serde_err}");
    }
}

#[test]
fn values_built_in_code_are_written_in_the_shortest_form() {
    let value = EveryEdm {
        int64: Some(Int64::from(-5)),
        double: Nullable::Value(Double::from(f64::NAN)),
        single: Some(Single::from(0.25)),
        binary: Some(Binary::from(vec![0xfb, 0xff])),
        time_of_day: TimeOfDay::new(17, 30, 0, 500_000_000),
        date_time_offset: Some(DateTimeOffset::from(time::OffsetDateTime::UNIX_EPOCH)),
        untyped: Nullable::Value(Untyped::from_value(&[1, 2]).unwrap()),
        ..EveryEdm::default()
    };
    let text = serde_json::to_string(&value).unwrap();
    assert_eq!(
        text,
        r##"{"@odata.type":"#microsoft.graph.everyEdm","binary":"+/8=","int64":-5,"single":0.25,"double":"NaN","timeOfDay":"17:30:00.5","dateTimeOffset":"1970-01-01T00:00:00Z","untyped":[1,2]}"##
    );
    let back: EveryEdm = serde_json::from_str(&text).unwrap();
    assert_eq!(serde_json::to_string(&back).unwrap(), text);
}

/// `freeBusyStatus` has `unknown = -1`; 19 members of v1.0 have negative values.
#[graph_entity(odata_type = "microsoft.graph.freeBusyStatus")]
pub enum FreeBusyStatus {
    Unknown = -1,
    Free = 0,
    Tentative = 1,
    Busy = 2,
    Oof = 3,
    WorkingElsewhere = 4,
    UnknownFutureValue = 5,
}

#[test]
fn negative_member_values_are_kept_in_the_metadata() {
    use graph_model::GraphType;
    let members = FreeBusyStatus::TYPE_INFO.members;
    assert_eq!((members[0].name, members[0].value), ("unknown", Some(-1)));
    let status: FreeBusyStatus = serde_json::from_str(r#""unknown""#).unwrap();
    assert_eq!(status, FreeBusyStatus::Unknown);
}

#[graph_entity(odata_type = "microsoft.graph.directoryObject")]
pub struct DirectoryObject {
    pub id: Option<String>,
}

#[graph_entity(odata_type = "microsoft.graph.user")]
pub struct User {
    #[graph(base)]
    pub base: DirectoryObject,
    pub display_name: Nullable<String>,
}

#[graph_entity(odata_type = "microsoft.graph.group")]
pub struct Group {
    #[graph(base)]
    pub base: DirectoryObject,
    pub mail_enabled: Nullable<bool>,
}

#[graph_entity(odata_type = "microsoft.graph.directoryObject")]
pub enum AnyDirectoryObject {
    User(User),
    Group(Group),
    #[graph(fallback)]
    Other(DirectoryObject),
}

/// A directoryObjects delta page: users, groups and removals, mixed.
#[graph_entity(complex)]
pub struct DirectoryDelta {
    #[graph(delta, rename = "members")]
    pub members_delta: Option<Delta<AnyDirectoryObject>>,
}

#[test]
fn delta_over_a_family_mixes_types_and_removals() {
    let text = r##"{"members@delta":[{"@odata.type":"#microsoft.graph.user","id":"u1","displayName":"Ada"},{"@odata.type":"#microsoft.graph.group","id":"g1","mailEnabled":false},{"@odata.type":"#microsoft.graph.user","id":"u2","@removed":{"reason":"deleted"}},{"@odata.type":"#microsoft.graph.device","id":"d1"}]}"##;
    let page: DirectoryDelta = serde_json::from_str(text).unwrap();
    let entries = page.members_delta.as_ref().unwrap().entries();
    assert!(
        matches!(&entries[0], DeltaEntry::Updated(AnyDirectoryObject::User(u)) if u.display_name.as_value().unwrap() == "Ada")
    );
    assert!(matches!(&entries[1], DeltaEntry::Updated(AnyDirectoryObject::Group(_))));
    match &entries[2] {
        DeltaEntry::Removed(r) => {
            assert_eq!(r.id().as_deref(), Some("u2"));
            assert!(matches!(r.entity, AnyDirectoryObject::User(_)));
        }
        other => panic!("expected a removal, got {other:?}"),
    }
    assert!(matches!(&entries[3], DeltaEntry::Updated(AnyDirectoryObject::Other(o)) if o.entity_id() == Some("d1")));
    // The same JSON (delta annotations are written first in each entry).
    let written: Value = serde_json::from_str(&serde_json::to_string(&page).unwrap()).unwrap();
    assert_eq!(written, serde_json::from_str::<Value>(text).unwrap());

    // Built in code: a family's removal names the id, without a type.
    let delta: Delta<AnyDirectoryObject> =
        Delta::new().add_entity(AnyDirectoryObject::from(User::from_id_and_name("u3", "Grace"))).remove("g2");
    assert_eq!(
        serde_json::to_string(&delta).unwrap(),
        r#"[{"id":"u3","displayName":"Grace"},{"@removed":{"reason":"changed"},"id":"g2"}]"#
    );
}

impl User {
    fn from_id_and_name(id: &str, name: &str) -> Self {
        User {
            base: DirectoryObject { id: Some(id.to_owned()), ..Default::default() },
            display_name: Nullable::Value(name.to_owned()),
        }
    }
}

#[test]
fn values_round_trip_through_value_too() {
    let value: Value = serde_json::from_str(EVERY).unwrap();
    let back = serde_json::to_value(serde_json::from_str::<EveryEdm>(EVERY).unwrap()).unwrap();
    assert_eq!(back, value);
}

/// Every form OData's grammar allows for times, read through serde_json and written back as received.
#[test]
fn odata_time_forms_are_read_and_written_back() {
    #[graph_entity(odata_type = "microsoft.graph.times", complex)]
    pub struct Times {
        pub at: Option<TimeOfDay>,
        pub when: Option<DateTimeOffset>,
    }
    for (at, when) in [
        ("08:00", "2021-09-14T19:05Z"),
        ("08:30:15", "2021-09-14T19:05+02:00"),
        ("08:30:15.1", "2021-09-14T19:05:24.1Z"),
        ("08:30:15.123456789012", "2021-09-14T19:05:24.123456789012Z"),
        ("23:59:59.9999999", "2021-09-14T19:05:24.1234567890-08:00"),
        ("00:00:00.000000000000", "2021-09-14T19:05:24.000000000000Z"),
    ] {
        let json = format!(r#"{{"at":"{at}","when":"{when}"}}"#);
        let times: Times = serde_json::from_str(&json).unwrap_or_else(|e| panic!("{json}: {e}"));
        assert_eq!(serde_json::to_string(&times).unwrap(), json);
        let again: Times = serde_json::from_slice(json.as_bytes()).unwrap();
        assert_eq!(again, times);
    }
    let short: TimeOfDay = "08:00".parse().unwrap();
    assert_eq!((short.hour(), short.minute(), short.second()), (8, 0, 0));
    assert_eq!(short, TimeOfDay::new(8, 0, 0, 0).unwrap(), "the same time, in another form");
    let pico: TimeOfDay = "08:30:15.123456789012".parse().unwrap();
    assert_eq!(pico.nanosecond(), 123_456_789);
    assert_ne!(pico, "08:30:15.123456789".parse().unwrap(), "picoseconds count");
    let when: DateTimeOffset = "2021-09-14T19:05Z".parse().unwrap();
    assert_eq!(when, "2021-09-14T19:05:00Z".parse().unwrap());
    for bad in ["8:00", "08:0", "08:00:", "08:00:00.", "08:00:00.1234567890123", "24:00", "08:60"] {
        let err = serde_json::from_str::<Times>(&format!(r#"{{"at":"{bad}"}}"#)).unwrap_err();
        assert!(err.to_string().contains("TimeOfDay"), "{bad}: {err}");
    }
    for bad in [
        "2021-09-14T19Z",
        "2021-09-14T19:05",
        "2021-09-14T19:05:Z",
        "2021-09-14T19:05.5Z",
        "2021-09-14T19:05:00.1234567890123Z",
    ] {
        assert!(bad.parse::<DateTimeOffset>().is_err(), "{bad}");
    }
}

/// Base64 as common decoders read it: a last character with non-zero unused bits (Microsoft's reference
/// example of an item attachment), line breaks, no padding; each written back as received. Only text that
/// is not base64 is refused.
#[test]
fn base64_is_read_as_decoders_read_it() {
    #[graph_entity(odata_type = "microsoft.graph.attachment", complex)]
    pub struct Attachment {
        pub content_bytes: Option<Binary>,
    }
    for (text, bytes) in [
        ("SGVsbH==", &b"Hell"[..]),
        ("SGVsbG9=", b"Hello"),
        ("SGVs\r\nbG8=", b"Hello"),
        ("SGVs bG8", b"Hello"),
        ("SGVsbG8", b"Hello"),
        ("SGVsbG8=", b"Hello"),
        ("_-8", &[0xff, 0xef]),
    ] {
        let json = serde_json::to_string(&serde_json::json!({ "contentBytes": text })).unwrap();
        let attachment: Attachment = serde_json::from_str(&json).unwrap_or_else(|e| panic!("{text:?}: {e}"));
        assert_eq!(attachment.content_bytes.as_ref().unwrap().as_bytes(), bytes, "{text:?}");
        assert_eq!(serde_json::to_string(&attachment).unwrap(), json, "{text:?}");
    }
    for bad in ["S", "SGVsbG8==x", "S*Vs", "SGV=sbG8", "SG-s/G8="] {
        assert!(bad.parse::<Binary>().is_err(), "{bad:?}");
    }
}

//! Boxed properties (`Nullable<Box<T>>`, `Option<Box<T>>`): a Graph struct is read straight into its
//! box; a struct with required properties, a family and any other boxed type are read by value. Every
//! path gives the same values, errors and written JSON, through each of serde_json's entry points.

use graph_model::{Nullable, ODataTypeTag, graph_entity};
use serde::de::DeserializeOwned;

#[graph_entity(odata_type = "test.identity", complex)]
pub struct Identity {
    pub id: Nullable<String>,
    pub display_name: Nullable<String>,
}

/// Nests a complex value, as Graph's `identitySet` does.
#[graph_entity(odata_type = "test.identitySet", complex)]
pub struct IdentitySet {
    pub user: Nullable<Identity>,
    pub application: Nullable<Identity>,
}

/// A required property: its slots are not the value, so it is read by value.
#[graph_entity(odata_type = "test.sized", complex)]
pub struct Sized {
    pub bytes: i64,
    pub label: Nullable<String>,
}

#[graph_entity(odata_type = "test.shape")]
pub struct Shape {
    pub id: Option<String>,
}

#[graph_entity(odata_type = "test.circle")]
pub struct Circle {
    #[graph(base)]
    pub base: Shape,
    pub radius: Option<i32>,
}

#[graph_entity(odata_type = "test.shape")]
pub enum AnyShape {
    Circle(Circle),
    #[graph(fallback)]
    Plain(Shape),
}

#[graph_entity(odata_type = "test.holder")]
pub struct Holder {
    pub id: Option<String>,
    pub created_by: Nullable<Box<IdentitySet>>,
    pub owner: Option<Box<Identity>>,
    pub size: Nullable<Box<Sized>>,
    pub shape: Nullable<Box<AnyShape>>,
    pub note: Nullable<Box<String>>,
}

/// Parses with `from_str`, `from_slice` and `from_reader`; all three must agree.
fn parse_all<T: DeserializeOwned + PartialEq + std::fmt::Debug>(json: &str) -> Result<T, String> {
    let a = serde_json::from_str::<T>(json).map_err(|e| e.to_string());
    let b = serde_json::from_slice::<T>(json.as_bytes()).map_err(|e| e.to_string());
    let c = serde_json::from_reader::<_, T>(json.as_bytes()).map_err(|e| e.to_string());
    // `from_str` hands the value's text to the reader compiled with the type, which cannot say where
    // in the document it was: the message is the same, without serde_json's position.
    match (&a, &b) {
        (Ok(x), Ok(y)) => assert_eq!(x, y, "from_str and from_slice differ on {json}"),
        (Err(x), Err(y)) => assert_eq!(x.as_str(), y.split(" at line").next().unwrap(), "on {json}"),
        _ => panic!("from_str and from_slice differ on {json}: {a:?} and {b:?}"),
    }
    // `from_reader` reports positions the same way; compare values, and messages up to the position.
    match (&a, &c) {
        (Ok(x), Ok(y)) => assert_eq!(x, y),
        (Err(x), Err(y)) => assert_eq!(x.split(" at line").next(), y.split(" at line").next()),
        _ => panic!("from_str and from_reader disagree on {json}: {a:?} / {c:?}"),
    }
    a
}

#[test]
fn boxed_structs_read_in_place_keep_everything() {
    let json = r##"{"id":"h1","createdBy":{"@odata.type":"#test.identitySet","user":{"id":"u1","displayName":"Ada","x-extra":[1,2]},"note@odata.etag":"W/\"1\""},"owner":{"id":"o1","displayName":null},"size":{"bytes":12,"label":"big"},"shape":{"@odata.type":"#test.circle","id":"s1","radius":3},"note":"boxed string"}"##;
    let holder: Holder = parse_all(json).unwrap();
    let set = holder.created_by.as_value().expect("createdBy");
    let user = set.user.as_value().expect("user");
    assert_eq!(user.id, Nullable::Value("u1".to_owned()));
    assert_eq!(user.display_name, Nullable::Value("Ada".to_owned()));
    assert_eq!(user.odata.additional.get("x-extra").map(|v| v.get()), Some("[1,2]"));
    assert!(set.application.is_absent());
    assert_eq!(*set.odata.type_tag(), ODataTypeTag::ReceivedCanonical);
    assert_eq!(set.odata.additional.get("note@odata.etag").map(|v| v.get()), Some(r#""W/\"1\"""#));
    let owner = holder.owner.as_ref().expect("owner");
    assert_eq!((owner.id.as_value().map(String::as_str), owner.display_name.is_null()), (Some("o1"), true));
    assert_eq!(*owner.odata.type_tag(), ODataTypeTag::Omitted);
    let size = holder.size.as_value().expect("size");
    assert_eq!((size.bytes, size.label.as_value().map(String::as_str)), (12, Some("big")));
    match holder.shape.as_value().map(|b| &**b) {
        Some(AnyShape::Circle(c)) => assert_eq!((c.base.id.as_deref(), c.radius), (Some("s1"), Some(3))),
        other => panic!("expected a circle, got {other:?}"),
    }
    assert_eq!(holder.note.as_value().map(|s| s.as_str()), Some("boxed string"));
    // What we read, we write back: same keys, same order, same text (the type annotation is written first).
    assert_eq!(serde_json::to_string(&holder).unwrap(), json);
}

#[test]
fn null_absent_and_wrong_types_in_boxed_properties() {
    let holder: Holder = parse_all(r#"{"createdBy":null,"size":null,"shape":null,"note":null}"#).unwrap();
    assert!(holder.created_by.is_null() && holder.size.is_null() && holder.shape.is_null() && holder.note.is_null());
    assert!(holder.owner.is_none());
    let holder: Holder = parse_all("{}").unwrap();
    assert!(holder.created_by.is_absent() && holder.size.is_absent());

    // `owner` is not nullable: `null` is refused, naming the property.
    let err = parse_all::<Holder>(r#"{"owner":null}"#).unwrap_err();
    assert!(err.starts_with("owner: invalid type: null, expected a `test.identity` object"), "{err}");
    let err = parse_all::<Holder>(r#"{"createdBy":[1]}"#).unwrap_err();
    assert!(err.starts_with("createdBy: invalid type: sequence, expected a `test.identitySet` object"), "{err}");
    // An error deep inside a box names the whole path.
    let err = parse_all::<Holder>(r#"{"createdBy":{"user":{"id":5}}}"#).unwrap_err();
    assert!(err.starts_with("createdBy.user.id: invalid type: integer `5`"), "{err}");
    let err = parse_all::<Holder>(r#"{"size":{"label":"x"}}"#).unwrap_err();
    assert!(err.starts_with("size: missing field `bytes`"), "{err}");
    // Repeated keys, inside the box and of the boxed property itself.
    let err = parse_all::<Holder>(r#"{"owner":{"id":"a","id":"b"}}"#).unwrap_err();
    assert!(err.starts_with("owner: duplicate field `id`"), "{err}");
    let err = parse_all::<Holder>(r#"{"createdBy":{},"createdBy":{}}"#).unwrap_err();
    assert!(err.contains("duplicate field `createdBy`"), "{err}");
    // A type annotation naming a type outside the hierarchy is refused inside the box too.
    let err = parse_all::<Holder>(r##"{"owner":{"@odata.type":"#test.circle"}}"##).unwrap_err();
    assert!(err.starts_with("owner: `@odata.type` is `#test.circle`, which is neither `test.identity`"), "{err}");
}

#[test]
fn graph_model_entry_points_locate_errors_inside_boxes() {
    let err = graph_model::from_str::<Holder>(r#"{"createdBy":{"application":{"displayName":false}}}"#).unwrap_err();
    assert_eq!(err.path(), "createdBy.application.displayName");
    let err = graph_model::from_slice::<Holder>(br#"{"id":"1","owner":{"id":"o","displayName":7}}"#).unwrap_err();
    assert_eq!(err.path(), "owner.displayName");
}

#[test]
fn nesting_inside_boxes_counts_toward_the_depth_limit() {
    // 126 arrays inside `x-deep` of a boxed identity (itself two levels down) exceed 127 levels.
    let deep = format!(r#"{{"owner":{{"x-deep":{}{}}}}}"#, "[".repeat(126), "]".repeat(126));
    let err = parse_all::<Holder>(&deep).unwrap_err();
    assert!(err.contains("nested deeper than 127 levels"), "{err}");
    let fits = format!(r#"{{"owner":{{"x-deep":{}{}}}}}"#, "[".repeat(124), "]".repeat(124));
    let holder: Holder = parse_all(&fits).unwrap();
    assert_eq!(holder.owner.unwrap().odata.additional.get("x-deep").map(|v| v.get().len()), Some(248));
}

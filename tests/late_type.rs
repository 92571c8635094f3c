//! A family whose `@odata.type` comes after other keys: the base's properties before it are read in
//! place, the rest replayed; variants that cannot take the base in place (a struct with a required
//! property, a nested family) get it written back. Every position of the key gives the same value.

use graph_model::{Nullable, graph_entity};

#[graph_entity(odata_type = "test.item")]
pub struct Item {
    pub id: Option<String>,
    pub name: Nullable<String>,
}

/// A required property: its slots are not the value.
#[graph_entity(odata_type = "test.doc")]
pub struct Doc {
    #[graph(base)]
    pub base: Item,
    pub pages: i32,
}

#[graph_entity(odata_type = "test.note")]
pub struct Note {
    #[graph(base)]
    pub base: Item,
    pub text: Nullable<String>,
}

#[graph_entity(odata_type = "test.stickyNote")]
pub struct StickyNote {
    #[graph(base)]
    pub base: Note,
    pub color: Nullable<String>,
}

#[graph_entity(odata_type = "test.note")]
pub enum AnyNote {
    Sticky(StickyNote),
    #[graph(fallback)]
    Plain(Note),
}

#[graph_entity(odata_type = "test.item")]
pub enum AnyItem {
    Doc(Doc),
    Note(AnyNote),
    #[graph(fallback)]
    Other(Item),
}

/// (type, members); the first member is a base property, so "middle" and "last" read it ahead.
const OBJECTS: [(&str, &str); 4] = [
    ("test.doc", r#""id":"d","x":1,"name":"Doc","pages":3,"y":[{"a":null}]"#),
    ("test.note", r#""name":"N","id":"n","text":"hi","x":"kept""#),
    ("test.stickyNote", r#""id":"s","color":"yellow","name":null,"text":"t""#),
    ("test.somethingNew", r#""id":"o","name":"O","future":{"deep":[1,2]}"#),
];

fn placed(type_name: &str, members: &str, position: usize) -> String {
    let tag = format!(r##""@odata.type":"#{type_name}""##);
    let parts: Vec<&str> = members.splitn(3, ',').collect();
    match position {
        0 => format!("{{{tag},{members}}}"),
        1 => format!("{{{},{tag},{},{}}}", parts[0], parts[1], parts[2]),
        _ => format!("{{{members},{tag}}}"),
    }
}

#[test]
fn every_position_reads_the_same_value_through_every_entry_point() {
    for (type_name, members) in OBJECTS {
        let first: AnyItem = serde_json::from_str(&placed(type_name, members, 0)).unwrap();
        for position in 1..3 {
            let text = placed(type_name, members, position);
            let from_str: AnyItem = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{text}: {e}"));
            let from_slice: AnyItem = serde_json::from_slice(text.as_bytes()).unwrap();
            let from_reader: AnyItem = serde_json::from_reader(text.as_bytes()).unwrap();
            assert_eq!(from_str, first, "{text}");
            assert_eq!(from_slice, first, "{text}");
            assert_eq!(from_reader, first, "{text}");
            assert_eq!(serde_json::to_string(&from_str).unwrap(), serde_json::to_string(&first).unwrap());
        }
    }
    let doc: AnyItem = serde_json::from_str(&placed(OBJECTS[0].0, OBJECTS[0].1, 2)).unwrap();
    let AnyItem::Doc(doc) = &doc else { panic!("{doc:?}") };
    assert_eq!((doc.base.id.as_deref(), doc.pages), (Some("d"), 3));
    let sticky: AnyItem = serde_json::from_str(&placed(OBJECTS[2].0, OBJECTS[2].1, 2)).unwrap();
    assert!(matches!(&sticky, AnyItem::Note(AnyNote::Sticky(s)) if s.base.base.name == Nullable::Null));
}

#[test]
fn undeclared_members_keep_their_order_around_the_late_tag() {
    let text = r##"{"x":1,"id":"a","y":2,"@odata.type":"#test.note","z":3,"text":"t"}"##;
    let item: AnyItem = serde_json::from_str(text).unwrap();
    assert_eq!(
        serde_json::to_string(&item).unwrap(),
        r##"{"@odata.type":"#test.note","id":"a","text":"t","x":1,"y":2,"z":3}"##
    );
    let AnyItem::Note(note) = &item else { panic!("{item:?}") };
    let keys: Vec<&str> = note.base().odata.additional.iter().map(|(k, _)| k).collect();
    assert_eq!(keys, ["x", "y", "z"]);
}

#[test]
fn errors_around_the_late_tag() {
    let err = |text: &str| serde_json::from_str::<Vec<AnyItem>>(text).unwrap_err().to_string();
    // A base property read ahead, repeated after the tag.
    let e = err(r##"[{"id":"a","@odata.type":"#test.note","id":"b"}]"##);
    assert!(e.contains("duplicate") && e.contains("id"), "{e}");
    // The same through the written-back path (a variant with a required property).
    let e = err(r##"[{"id":"a","@odata.type":"#test.doc","pages":1,"id":"b"}]"##);
    assert!(e.contains("duplicate") && e.contains("id"), "{e}");
    // A bad base property before the tag names its path.
    let e = err(r##"[{"id":"a","@odata.type":"#test.note"},{"name":5,"@odata.type":"#test.note"}]"##);
    assert!(e.starts_with("name: invalid type: integer `5`, expected a string"), "{e}");
    let e = graph_model::from_str::<Vec<AnyItem>>(
        r##"[{"id":"a","@odata.type":"#test.note"},{"name":5,"@odata.type":"#test.note"}]"##,
    )
    .unwrap_err()
    .to_string();
    assert!(e.starts_with("at `[1].name`: invalid type: integer `5`, expected a string"), "{e}");
    // A required property still required.
    let e = err(r##"[{"id":"a","name":"n","@odata.type":"#test.doc"}]"##);
    assert!(e.contains("missing field `pages`"), "{e}");
}

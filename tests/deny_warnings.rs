//! Generated code in a user crate that denies warnings (and, under `cargo clippy`, all clippy lints).
#![deny(warnings, clippy::all)]

use graph_model::{Delta, Flags, Nullable, graph_entity};

#[graph_entity(odata_type = "test.strict.entity")]
pub struct Entity {
    #[graph(read_only)]
    pub id: Option<String>,
}

#[graph_entity(odata_type = "test.strict.item")]
pub struct Item {
    #[graph(base)]
    pub entity: Entity,
    pub r#type: Nullable<String>,
    pub count: Option<i64>,
    pub tags: Option<Flags<Tags>>,
    pub state: Nullable<State>,
}

#[graph_entity(odata_type = "test.strict.holder")]
pub struct Holder {
    #[graph(base)]
    pub entity: Entity,
    #[graph(nav)]
    pub items: Option<Vec<AnyEntity>>,
    #[graph(delta)]
    pub items_delta: Option<Delta<Item>>,
    pub required: String,
}

#[graph_entity(odata_type = "test.strict.state")]
pub enum State {
    On,
    Off,
    UnknownFutureValue,
    Later,
}

#[graph_entity(odata_type = "test.strict.tags", flags)]
pub enum Tags {
    None = 0,
    First = 1,
    UnknownFutureValue = 2,
}

#[graph_entity(odata_type = "test.strict.closed", closed)]
pub enum Closed {
    Only,
}

#[graph_entity(odata_type = "test.strict.entity")]
pub enum AnyEntity {
    Item(Item),
    #[graph(fallback)]
    Other(Entity),
}

#[test]
fn strict_crate_compiles_and_works() {
    let holder: Holder = graph_model::from_str(
        r##"{"required":"r","items":[{"@odata.type":"#test.strict.item","type":"t","state":"later"}],"items@delta":[{"@removed":{},"id":"x"}]}"##,
    )
    .unwrap();
    assert_eq!(holder.required, "r");
    assert!(matches!(holder.items.as_deref(), Some([AnyEntity::Item(i)]) if i.state.as_value() == Some(&State::Later)));
    assert_eq!(Closed::from_wire("only"), Closed::Only);
    let update = ItemUpdate::new().r#type(Nullable::Null).count(5i64);
    assert_eq!(graph_model::to_string(&update).unwrap(), r#"{"type":null,"count":5}"#);
}

//! The types compiled into this program, registered by `#[graph_entity]`, so that a type name received
//! in `@odata.type` can be placed in the hierarchy even when the receiving Rust type is a base type.

use crate::meta::TypeInfo;

/// One registered type (generated code submits these; users have no reason to).
#[doc(hidden)]
pub struct Registered(pub &'static TypeInfo);

inventory::collect!(Registered);

pub(crate) fn all() -> impl Iterator<Item = &'static TypeInfo> {
    inventory::iter::<Registered>.into_iter().map(|r| r.0)
}

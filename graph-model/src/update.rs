//! PATCH bodies. For each entity `X`, `#[graph_entity]` generates `XUpdate`: the writable properties of
//! `X` (read-only ones are not there, so they cannot be sent), all initially absent, with a chainable
//! setter per property. Serializing it writes exactly what was set, `null` included.

use serde::ser::{SerializeMap, Serializer};

use crate::meta::{AdditionalProperties, TypeInfo};

/// The part of an update body that is not a declared property.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateMeta {
    /// Whether `@odata.type` is written (first). PATCH requests do not need it, as the URL names the
    /// entity; some Graph examples send it anyway.
    pub include_type: bool,
    /// Properties to send that the Rust type does not declare, as raw JSON, written last.
    pub additional: AdditionalProperties,
}

/// Implemented by `#[graph_entity]` for the generated update types.
#[doc(hidden)]
pub trait UpdateImpl {
    /// The entity being updated.
    const TYPE_INFO: &'static TypeInfo;
    /// Writes the properties that were set, the base's first.
    fn serialize_fields<M: SerializeMap>(&self, map: &mut M) -> Result<(), M::Error>;
    /// The update's metadata, held by the root of the base chain.
    fn meta(&self) -> &UpdateMeta;
    /// The update's metadata, mutably.
    fn meta_mut(&mut self) -> &mut UpdateMeta;
}

/// The `Serialize` body of an update type.
#[doc(hidden)]
pub fn serialize_update<T: UpdateImpl, S: Serializer>(value: &T, serializer: S) -> Result<S::Ok, S::Error> {
    let meta = value.meta();
    // A declared property goes through its field: a writable one through its setter, and a read-only one
    // not at all.
    crate::de::refuse_declared_keys(&meta.additional, T::TYPE_INFO)?;
    let mut map = serializer.serialize_map(None)?;
    if meta.include_type {
        map.serialize_entry("@odata.type", T::TYPE_INFO.hashed_name)?;
    }
    value.serialize_fields(&mut map)?;
    for (k, v) in meta.additional.iter() {
        map.serialize_entry(k, v)?;
    }
    map.end()
}

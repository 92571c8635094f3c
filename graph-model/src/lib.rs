//! Typed, lossless Microsoft Graph entities.
//!
//! `graph-model` is the runtime behind [`#[graph_entity]`](macro@graph_entity) and the home of the
//! Backup Storage restore model built with it. The macro turns a Rust struct into a Graph entity or
//! complex type whose JSON form follows OData's rules:
//!
//! - `@odata.type` is written first for values built in code, accepted anywhere (with or without `#`,
//!   in any letter case) when reading, and written back exactly as it was received;
//! - properties the struct does not declare and annotations (`@odata.etag`, `@contentId`, ...) are kept
//!   in order with their exact JSON text;
//! - [`Nullable`] keeps "absent" and "null" apart, and a generated `...Update` type makes PATCH bodies
//!   that hold exactly what the caller set, with no read-only property;
//! - errors name the JSON path of the bad value: [`from_str`] gives it as [`Error::path`], and through
//!   serde's own entry points (`serde_json::from_str`, `from_slice`, `from_reader`, `from_value`, an
//!   HTTP client's `.json()`) the message starts with it;
//! - hostile input is bounded: one nesting limit from the document's root (127 levels, what serde_json
//!   reads back) whatever the position of `@odata.type`, and work linear in the input.
//!
//! ```
//! use graph_model::{graph_entity, Nullable, DateTimeOffset};
//!
//! #[graph_entity(odata_type = "microsoft.graph.restorePoint")]
//! pub struct RestorePoint {
//!     #[graph(read_only)]
//!     pub id: Option<String>,
//!     pub protection_date_time: Nullable<DateTimeOffset>,
//! }
//!
//! let json = r##"{"@odata.type":"#microsoft.graph.restorePoint","id":"rp1",
//!               "protectionDateTime":"2024-03-01T10:15:30.1234567Z","@odata.etag":"W/\"1\""}"##;
//! let point: RestorePoint = graph_model::from_str(json)?;
//! assert_eq!(point.id.as_deref(), Some("rp1"));
//! // Nothing is lost: the etag annotation is written back.
//! let again = graph_model::to_string(&point)?;
//! assert!(again.contains(r#""@odata.etag":"W/\"1\"""#));
//!
//! // A PATCH body holds only what was set; `id` is read-only, so the update type has no such field.
//! let patch = RestorePointUpdate::new().protection_date_time(Nullable::Null);
//! assert_eq!(graph_model::to_string(&patch)?, r#"{"protectionDateTime":null}"#);
//!
//! // Errors name the path, through serde_json directly too.
//! let err = serde_json::from_str::<Vec<RestorePoint>>(r#"[{"protectionDateTime":"yesterday"}]"#).unwrap_err();
//! assert!(err.to_string().starts_with("protectionDateTime: invalid DateTimeOffset `yesterday`"));
//! # Ok::<(), graph_model::Error>(())
//! ```

#![warn(missing_docs)]

extern crate self as graph_model;

pub mod backup_restore;
pub mod batch;
mod collection;
mod compiled;
mod de;
mod delta;
mod edm;
mod enums;
mod error;
mod json;
mod late_tag;
mod meta;
mod nullable;
mod primitive;
mod probe;
mod registry;
mod replay;
mod scope;

pub use collection::CollectionResponse;
pub use de::{GraphStruct, GraphType, GraphValue};
pub use delta::{
    DataModificationException, Delta, DeltaEntry, ExceptionInfo, Failed, Removed, RemovedAnnotation, RemovedReason,
};
pub use edm::{Date, DateTimeOffset, Duration, EdmParseError, EdmType, Guid};
pub use enums::{EvolvableEnum, Flags, INCLUDE_UNKNOWN_ENUM_MEMBERS, PREFER, needs_prefer_header};
pub use error::{Error, ErrorKind};
pub use graph_macros::graph_entity;
pub use json::{from_slice, from_str, to_string, to_string_pretty, to_vec};
pub use meta::{
    AdditionalProperties, EnumMember, ODataMeta, ODataTypeKey, ODataTypeTag, PropertyInfo, PropertyKind, TypeInfo,
    TypeKind,
};
pub use nullable::Nullable;
pub use primitive::{Binary, Decimal, Double, Int64, Single, Stream, TimeOfDay, Untyped};

/// What generated code refers to. Not part of the public API: it may change in any release.
#[doc(hidden)]
pub mod __private {
    pub use crate::compiled::{CompiledRead, CompiledWrite, SliceReader, VecWriter, read_compiled, write_compiled};
    pub use crate::de::{
        BoxedByValue, BoxedField, BoxedInPlace, Dispatch, Family, IdValue, ReceivedTag, StructImpl, ValueImpl,
        deserialize_family, deserialize_struct, not_placeable, pick_variant, read_collection, read_nullable,
        read_nullable_collection, read_nullable_with, read_optional, read_optional_with, serialize_struct,
        serialize_struct_prefixed, struct_accepts, struct_id_stub, visit_struct_map,
    };
    pub use crate::enums::{MemberKey, deserialize_member, find_ignoring_case, member_key, serialize_member};
    pub use crate::registry::Registered;
    pub use crate::update::{UpdateImpl, UpdateMeta, serialize_update};
    pub use inventory;
    pub use serde;
    pub use serde_json;
    pub use serde_json::value::RawValue;

    /// Compiles only for Graph structs and families: used to check the element type of `#[graph(delta)]`
    /// fields.
    pub fn assert_entity<T: crate::GraphValue>() {}

    /// The slots of a base type read in place: a type without required properties reads into a value of
    /// itself, its base part included.
    #[cfg_attr(not(debug_assertions), inline)]
    pub fn base_slots<B: SelfSlots>(base: &mut B) -> &mut B {
        base
    }

    /// A struct that reads into a value of itself (it has no required property).
    #[diagnostic::on_unimplemented(
        message = "`{Self}` has required properties, so a type deriving from it needs one too",
        label = "the base type has a field that is not `Option` or `Nullable`",
        note = "make the base's required fields `Option<T>`, or give the derived type a required field"
    )]
    pub trait SelfSlots: crate::de::StructImpl<Slots = Self> {}
    impl<T: crate::de::StructImpl<Slots = T>> SelfSlots for T {}

    /// `a == b`, usable in constants.
    pub const fn const_str_eq(a: &str, b: &str) -> bool {
        let (a, b) = (a.as_bytes(), b.as_bytes());
        if a.len() != b.len() {
            return false;
        }
        let mut i = 0;
        while i < a.len() {
            if a[i] != b[i] {
                return false;
            }
            i += 1;
        }
        true
    }

    /// Whether no two of `names` are equal, usable in constants.
    pub const fn const_all_distinct(names: &[&str]) -> bool {
        let mut i = 0;
        while i < names.len() {
            let mut j = 0;
            while j < i {
                if const_str_eq(names[i], names[j]) {
                    return false;
                }
                j += 1;
            }
            i += 1;
        }
        true
    }

    /// A variant's test of a received `@odata.type` when the variant is compiled out: it accepts nothing.
    pub fn accepts_nothing(_: &str) -> bool {
        false
    }

    /// Whether `info` is the type named `ancestor` or derives from it, usable in constants.
    pub const fn const_derives_from(info: &crate::TypeInfo, ancestor: &str) -> bool {
        let mut at = Some(info);
        while let Some(i) = at {
            if const_str_eq(i.name, ancestor) {
                return true;
            }
            at = i.base;
        }
        false
    }

    /// Builds a missing-field error for a required property.
    pub fn missing_field<E: serde::de::Error>(wire: &'static str) -> E {
        E::missing_field(wire)
    }
}

mod update;
pub use update::UpdateMeta;

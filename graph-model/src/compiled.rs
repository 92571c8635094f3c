//! Compile once: the reading and writing code of a Graph struct or family is compiled in the crate that
//! defines the type, for one concrete JSON reader and one concrete JSON writer, and nowhere else.
//!
//! serde's `Deserialize` and `Serialize` are generic over the format: left as they are, the crate that
//! calls `serde_json::from_slice::<User>` compiles the reader of `User` and of every type reachable from
//! it, and navigation properties reach most of Graph. Here the generic impls `#[graph_entity]` writes are
//! thin doors ([`read_compiled`], [`write_compiled`]) onto non-generic functions of the defining crate
//! ([`CompiledRead`], [`CompiledWrite`]):
//!
//! - serde_json reading a byte slice (`from_slice`, an HTTP client's `.json()`, and every value nested
//!   in one, including the text a family reads again when its `@odata.type` came late) goes straight to
//!   [`CompiledRead::read_slice`];
//! - any other deserializer (`from_str`, `from_reader`, `from_value`, a wrapper) hands over the value's
//!   JSON text (serde_json's raw-value protocol: borrowed, not copied, where the input can lend it), which
//!   the slice reader then reads. Only the outermost Graph value of a document takes this door:
//!   everything inside it is read by the slice reader. Errors in the value's data keep their JSON path,
//!   without serde_json's line and column; JSON that is not well formed is refused by serde_json as it
//!   finds the value's end, with its own message and position but no path (`from_slice` and this
//!   crate's [`from_str`](crate::from_str) name the path there too);
//! - serde_json writing into a `Vec<u8>` with its compact formatter (`to_string`, `to_vec`, and every
//!   value nested in one) goes straight to [`CompiledWrite::write_vec`]; any other serializer (a pretty
//!   or `io::Write` one, `to_value`) gets the compact text transcoded value by value, scalars as their
//!   exact text.
//!
//! A crate that reads or writes a Graph type therefore compiles that type's door and nothing reachable
//! from it. The doors recognize the concrete types by their `TypeId` (lifetimes aside, [`typeid`]): the
//! only `unsafe` here turns a value of a generic type into the same type named concretely.

use std::borrow::Cow;
use std::mem::ManuallyDrop;

use serde::de::{self, DeserializeSeed, Deserializer};
use serde::ser::{self, SerializeMap, SerializeSeq, Serializer};
use serde_json::value::RawValue;

use crate::de::RawTextSeed;
use crate::replay::Node;
use crate::scope;

/// The concrete reader: serde_json over a byte slice.
#[doc(hidden)]
pub type SliceReader<'de> = serde_json::Deserializer<serde_json::de::SliceRead<'de>>;

/// The concrete writer: serde_json's compact writer into a `Vec<u8>`.
#[doc(hidden)]
pub type VecWriter<'w> = serde_json::Serializer<&'w mut Vec<u8>>;

/// A type whose reader is compiled in its defining crate. Implemented by `#[graph_entity]` for structs
/// and families, with non-generic functions, so that their code is generated there once.
#[doc(hidden)]
pub trait CompiledRead: serde::de::DeserializeOwned {
    /// Reads a value with serde_json's slice reader.
    fn read_slice(reader: &mut SliceReader<'_>) -> Result<Self, serde_json::Error>;
}

/// A type whose writer is compiled in its defining crate (structs, families, update bodies).
#[doc(hidden)]
pub trait CompiledWrite {
    /// Writes the value with serde_json's compact writer.
    fn write_vec(&self, writer: &mut VecWriter<'_>) -> Result<(), serde_json::Error>;
}

/// Whether `A` and `B` are the same type, lifetimes aside.
#[cfg_attr(not(debug_assertions), inline(always))]
fn same<A: ?Sized, B: ?Sized>() -> bool {
    typeid::of::<A>() == typeid::of::<B>()
}

/// Moves `value` into the type `B`.
///
/// # Safety
/// `A` and `B` must be the same type, lifetimes aside, and the lifetimes of `B` must not outlive those of
/// `A` in what the caller does with the result.
#[cfg_attr(not(debug_assertions), inline(always))]
unsafe fn cast<A, B>(value: A) -> B {
    debug_assert!(size_of::<A>() == size_of::<B>());
    let value = ManuallyDrop::new(value);
    // SAFETY: the caller guarantees that `A` is `B`; `value` is not dropped, so it is moved exactly once.
    unsafe { std::mem::transmute_copy::<A, B>(&value) }
}

/// The `Deserialize` body of a Graph struct or family: to the reader compiled with the type.
#[doc(hidden)]
#[cfg_attr(not(debug_assertions), inline)]
pub fn read_compiled<'de, T: CompiledRead, D: Deserializer<'de>>(deserializer: D) -> Result<T, D::Error> {
    if same::<D, &mut SliceReader<'de>>() {
        // SAFETY: `D` is `&mut SliceReader<'x>` for some `'x`; as it implements `Deserializer<'de>`, `'x`
        // is `'de`. Its error type is `serde_json::Error`, which the result is cast back to.
        unsafe {
            let reader = cast::<D, &mut SliceReader<'de>>(deserializer);
            return cast::<Result<T, serde_json::Error>, Result<T, D::Error>>(T::read_slice(reader));
        }
    }
    read_text(deserializer)
}

/// [`read_compiled`] for any other deserializer: its text, read with the slice reader.
fn read_text<'de, T: CompiledRead, D: Deserializer<'de>>(deserializer: D) -> Result<T, D::Error> {
    let text: Cow<'de, str> = RawTextSeed.deserialize(deserializer)?;
    let mut reader = serde_json::Deserializer::from_slice(text.as_bytes());
    // Nesting is counted from the document's root by this crate's own levels; serde_json's count restarts
    // for the piece, which holds at most what the outer reader accepted.
    // An outer path tracker (`crate::from_str`'s, locating an error) cannot see inside the piece:
    // errors name their path within it, as in a replay.
    scope::replaying(|| T::read_slice(&mut reader))
        .map_err(|e| de::Error::custom(crate::error::message_without_position(&e)))
}

/// The `Serialize` body of a Graph struct, family or update body: to the writer compiled with the type.
#[doc(hidden)]
#[cfg_attr(not(debug_assertions), inline)]
pub fn write_compiled<T: CompiledWrite + ?Sized, S: Serializer>(value: &T, serializer: S) -> Result<S::Ok, S::Error> {
    if same::<S, &mut VecWriter<'_>>() {
        // SAFETY: `S` is `&mut VecWriter<'w>` for some lifetimes, whose `Ok` is `()` and whose `Error` is
        // `serde_json::Error`; the writer is used only during this call.
        unsafe {
            let writer = cast::<S, &mut VecWriter<'_>>(serializer);
            return cast::<Result<(), serde_json::Error>, Result<S::Ok, S::Error>>(value.write_vec(writer));
        }
    }
    write_text(value, serializer)
}

/// [`write_compiled`] for any other serializer: the compact text, transcoded.
fn write_text<T: CompiledWrite + ?Sized, S: Serializer>(value: &T, serializer: S) -> Result<S::Ok, S::Error> {
    let mut out = Vec::with_capacity(256);
    value.write_vec(&mut serde_json::Serializer::new(&mut out)).map_err(ser::Error::custom)?;
    let text = String::from_utf8(out).map_err(ser::Error::custom)?;
    // What was written was accepted when it was read, or built in code: its nesting is within the limit
    // serde_json reads back, which is the one used here.
    let node = Node::parse(&text, scope::MAX_DEPTH + 1).map_err(ser::Error::custom)?;
    serde::Serialize::serialize(&Transcode { text: &text, node: &node }, serializer)
}

/// JSON text split into its structure, written value by value to another serializer; scalars keep their
/// exact text (serde_json writes a raw value as it is).
struct Transcode<'a> {
    text: &'a str,
    node: &'a Node,
}

impl serde::Serialize for Transcode<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let raw = |start: usize, end: usize| {
            RawValue::from_string(self.text[start..end].to_owned()).map_err(ser::Error::custom)
        };
        match self.node {
            Node::Scalar { start, end } | Node::TooDeep { start, end } => raw(*start, *end)?.serialize(serializer),
            Node::Array { items, .. } => {
                let mut seq = serializer.serialize_seq(Some(items.len()))?;
                for node in items {
                    seq.serialize_element(&Transcode { text: self.text, node })?;
                }
                seq.end()
            }
            Node::Object { entries, .. } => {
                let mut map = serializer.serialize_map(Some(entries.len()))?;
                for (start, end, node) in entries {
                    let key: String = serde_json::from_str(&self.text[*start..*end]).map_err(ser::Error::custom)?;
                    map.serialize_entry(&key, &Transcode { text: self.text, node })?;
                }
                map.end()
            }
        }
    }
}

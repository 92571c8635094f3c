//! The JSON entry points ([`from_str`], [`from_slice`], [`to_string`], [`to_vec`], [`to_string_pretty`]).
//!
//! Parsing takes serde_json's plain path first; only when that fails is the input parsed once more with
//! path tracking, so correct input pays nothing for the better errors. Inside values this crate buffered,
//! which the tracker cannot see, the path comes from the error's own message ([`crate::scope`]).

use std::marker::PhantomData;

use serde::{Deserialize, Serialize};

use crate::error::{Error, message_without_position};
use crate::scope;

/// Parses a Graph JSON body; errors name the JSON path of the bad value.
pub fn from_str<'de, T: Deserialize<'de>>(s: &'de str) -> Result<T, Error> {
    // serde_json's slice reader is the one Graph types' readers are compiled for (`crate::compiled`).
    from_slice(s.as_bytes())
}

/// Parses a Graph JSON body from bytes; errors name the JSON path of the bad value.
pub fn from_slice<'de, T: Deserialize<'de>>(v: &'de [u8]) -> Result<T, Error> {
    serde_json::from_slice(v).map_err(|_| locate::<T>(v))
}

/// Parses the input a second time with path tracking to say where the first attempt failed.
fn locate<'de, T: Deserialize<'de>>(v: &'de [u8]) -> Error {
    let mut de = serde_json::Deserializer::from_slice(v);
    let result = scope::locating(|| serde_path_to_error::deserialize::<_, T>(&mut de));
    match result {
        Err(e) => {
            // The tracker sees a Graph value from outside only: its reader is compiled with the type
            // (`crate::compiled`). A data error inside names its path in the message; a syntax error
            // stops the tracker at the value, so the value is read once more with the path inside it
            // marked, and the two are joined.
            if !matches!(e.inner().classify(), serde_json::error::Category::Data)
                && let Some(error) = inside_graph_value(e.path().to_string(), v, PhantomData::<T>)
            {
                return error;
            }
            located(e.path().to_string(), e.inner())
        }
        Ok(_) => match de.end() {
            Err(e) => located(String::new(), &e),
            // The first attempt failed, so this one does too; this arm keeps the function total.
            Ok(()) => Error::unlocated("the input could not be parsed"),
        },
    }
}

/// The error of reading `v` with every path step this crate takes marked (`None` if it reads); `outer` is
/// the tracker's path, used when no step of this crate's is marked.
fn inside_graph_value<'de, T: Deserialize<'de>>(outer: String, v: &'de [u8], _: PhantomData<T>) -> Option<Error> {
    let mut de = serde_json::Deserializer::from_slice(v);
    let e = scope::locating(|| scope::replaying(|| T::deserialize(&mut de))).err()?;
    let message = message_without_position(&e);
    Some(match scope::split(&message) {
        // The marks name every step this crate took from the root, containers of Graph values included.
        Some((inner, rest)) if !inner.is_empty() => Error::from_json(String::new(), Some(inner), rest.to_owned(), &e),
        Some((_, rest)) => Error::from_json(outer, None, rest.to_owned(), &e),
        None => Error::from_json(outer, None, message.clone(), &e),
    })
}

/// The error at `path`, with the rest of the path a buffered value's message carries.
fn located(path: String, e: &serde_json::Error) -> Error {
    let message = message_without_position(e);
    match scope::split(&message) {
        Some((inner, rest)) => Error::from_json(path, Some(inner), rest.to_owned(), e),
        None => Error::from_json(path, None, message, e),
    }
}

/// Writes a value as compact JSON.
pub fn to_string<T: Serialize + ?Sized>(value: &T) -> Result<String, Error> {
    serde_json::to_string(value).map_err(Error::from_serialize)
}

/// Writes a value as compact JSON bytes.
pub fn to_vec<T: Serialize + ?Sized>(value: &T) -> Result<Vec<u8>, Error> {
    serde_json::to_vec(value).map_err(Error::from_serialize)
}

/// Writes a value as indented JSON.
pub fn to_string_pretty<T: Serialize + ?Sized>(value: &T) -> Result<String, Error> {
    serde_json::to_string_pretty(value).map_err(Error::from_serialize)
}

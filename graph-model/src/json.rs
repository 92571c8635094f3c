//! The JSON entry points ([`from_str`], [`from_slice`], [`to_string`], [`to_vec`], [`to_string_pretty`]).
//!
//! Parsing takes serde_json's plain path first; only when that fails is the input parsed once more with
//! path tracking, so correct input pays nothing for the better errors. Inside values this crate buffered,
//! which the tracker cannot see, the path comes from the error's own message ([`crate::scope`]).

use serde::{Deserialize, Serialize};

use crate::error::{Error, message_without_position};
use crate::scope;

/// Parses a Graph JSON body; errors name the JSON path of the bad value.
pub fn from_str<'de, T: Deserialize<'de>>(s: &'de str) -> Result<T, Error> {
    serde_json::from_str(s).map_err(|_| locate::<T, _>(serde_json::Deserializer::from_str(s)))
}

/// Parses a Graph JSON body from bytes; errors name the JSON path of the bad value.
pub fn from_slice<'de, T: Deserialize<'de>>(v: &'de [u8]) -> Result<T, Error> {
    serde_json::from_slice(v).map_err(|_| locate::<T, _>(serde_json::Deserializer::from_slice(v)))
}

/// Parses the input a second time with path tracking to say where the first attempt failed.
fn locate<'de, T: Deserialize<'de>, R: serde_json::de::Read<'de>>(mut de: serde_json::Deserializer<R>) -> Error {
    let result = scope::locating(|| serde_path_to_error::deserialize::<_, T>(&mut de));
    match result {
        Err(e) => located(e.path().to_string(), e.inner()),
        Ok(_) => match de.end() {
            Err(e) => located(String::new(), &e),
            // The first attempt failed, so this one does too; this arm keeps the function total.
            Ok(()) => Error::unlocated("the input could not be parsed"),
        },
    }
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

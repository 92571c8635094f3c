//! [`Nullable`]: a property that can be absent, explicitly `null`, or hold a value.
//!
//! OData distinguishes the three: in a PATCH body an absent property is left unchanged while `null` clears
//! it, and a response that carried `"error": null` must be written back with the `null`, not without the key.

use std::marker::PhantomData;

use serde::de::{Deserialize, Deserializer};
use serde::ser::{Serialize, Serializer};

/// A property value that is absent, explicitly `null`, or present.
///
/// Nullable properties of Graph types use this instead of `Option` so that reading and writing keep the
/// difference between "not sent" and "sent as null".
///
/// ```
/// use graph_model::Nullable;
///
/// let mut status: Nullable<String> = Nullable::Absent;
/// assert!(status.is_absent());
/// status = "draft".to_string().into();
/// assert_eq!(status.as_value().map(String::as_str), Some("draft"));
/// status = Nullable::Null;
/// assert_eq!(status.as_value(), None);
/// assert!(status.is_null());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub enum Nullable<T> {
    /// The property was not sent; in a PATCH body it is left unchanged.
    #[default]
    Absent,
    /// The property was sent as JSON `null`.
    Null,
    /// The property was sent with a value.
    Value(T),
}

impl<T> Nullable<T> {
    /// Whether the property was not sent at all.
    pub const fn is_absent(&self) -> bool {
        matches!(self, Nullable::Absent)
    }

    /// Whether the property was sent as `null`.
    pub const fn is_null(&self) -> bool {
        matches!(self, Nullable::Null)
    }

    /// Whether the property holds a value.
    pub const fn is_value(&self) -> bool {
        matches!(self, Nullable::Value(_))
    }

    /// The value, if there is one (absent and `null` both give `None`).
    pub const fn as_value(&self) -> Option<&T> {
        match self {
            Nullable::Value(v) => Some(v),
            _ => None,
        }
    }

    /// The value, mutably, if there is one.
    pub fn as_value_mut(&mut self) -> Option<&mut T> {
        match self {
            Nullable::Value(v) => Some(v),
            _ => None,
        }
    }

    /// Converts into an `Option`, forgetting the difference between absent and `null`.
    pub fn into_value(self) -> Option<T> {
        match self {
            Nullable::Value(v) => Some(v),
            _ => None,
        }
    }

    /// Borrows the value: `Nullable<&T>`, keeping absent and `null` apart.
    pub const fn as_ref(&self) -> Nullable<&T> {
        match self {
            Nullable::Absent => Nullable::Absent,
            Nullable::Null => Nullable::Null,
            Nullable::Value(v) => Nullable::Value(v),
        }
    }

    /// Maps the value, keeping absent and `null` as they are.
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Nullable<U> {
        match self {
            Nullable::Absent => Nullable::Absent,
            Nullable::Null => Nullable::Null,
            Nullable::Value(v) => Nullable::Value(f(v)),
        }
    }
}

impl<T> From<T> for Nullable<T> {
    fn from(value: T) -> Self {
        Nullable::Value(value)
    }
}

impl<T> From<Option<T>> for Nullable<T> {
    /// `None` becomes an explicit `null`: an `Option` given for a nullable property means "set or clear".
    fn from(value: Option<T>) -> Self {
        match value {
            Some(v) => Nullable::Value(v),
            None => Nullable::Null,
        }
    }
}

impl<T: Serialize> Serialize for Nullable<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Nullable::Value(v) => serializer.serialize_some(v),
            // Entity serializers skip absent properties; standing alone, absent has no JSON form but null.
            Nullable::Absent | Nullable::Null => serializer.serialize_none(),
        }
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Nullable<T> {
    /// `null` is [`Nullable::Null`]; anything else is read as `T`. (Read straight into `Value` rather
    /// than through an `Option`, which would move the value once more.)
    #[cfg_attr(not(debug_assertions), inline)]
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        use serde::de::DeserializeSeed;
        crate::de::NullableSeed { seed: PhantomData::<T>, expecting: "a value or null" }.deserialize(deserializer)
    }
}

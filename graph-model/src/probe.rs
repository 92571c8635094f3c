//! Finding enum members that need `Prefer: include-unknown-enum-members` in any serializable body,
//! without side effects: such a member serializes as a newtype struct named [`OPT_IN_MEMBER`] around its
//! string (JSON serializers, serde_json's included, write newtypes as their content), and [`Noting`], an
//! adapter around serde_json's serializer, notes that name as the body is written (to bytes, or to
//! nowhere). serde_json finds its `RawValue` the same way.

use std::fmt;

use serde::ser::{self, Serialize};

/// The newtype name an opt-in enum member serializes under.
pub(crate) const OPT_IN_MEMBER: &str = "$graph_model::OptInMember";

/// Whether `body` holds an opt-in member anywhere (it is written to nowhere, noting them).
pub(crate) fn holds_opt_in_member<T: Serialize + ?Sized>(body: &T) -> bool {
    let found = std::cell::Cell::new(false);
    let _ = body.serialize(Noting { inner: &mut serde_json::Serializer::new(std::io::sink()), found: &found });
    found.get()
}

/// Writes `body` as JSON bytes and says, in the same pass, whether it holds an opt-in member.
pub(crate) fn to_vec_noting_opt_in<T: Serialize + ?Sized>(body: &T) -> Result<(Vec<u8>, bool), serde_json::Error> {
    let mut bytes = Vec::with_capacity(128);
    let found = std::cell::Cell::new(false);
    body.serialize(Noting { inner: &mut serde_json::Serializer::new(&mut bytes), found: &found })?;
    Ok((bytes, found.get()))
}

/// A serializer that forwards everything to `inner`, noting opt-in members on the way.
struct Noting<'f, S> {
    inner: S,
    found: &'f std::cell::Cell<bool>,
}

/// A value to be written through [`Noting`].
struct Noted<'a, 'f, T: ?Sized> {
    value: &'a T,
    found: &'f std::cell::Cell<bool>,
}

impl<T: Serialize + ?Sized> Serialize for Noted<'_, '_, T> {
    fn serialize<S: ser::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.value.serialize(Noting { inner: serializer, found: self.found })
    }
}

macro_rules! forward {
    ($($method:ident($($arg:ident: $ty:ty),*)),* $(,)?) => {
        $(fn $method(self, $($arg: $ty),*) -> Result<S::Ok, S::Error> { self.inner.$method($($arg),*) })*
    };
}

impl<'f, S: ser::Serializer> ser::Serializer for Noting<'f, S> {
    type Ok = S::Ok;
    type Error = S::Error;
    type SerializeSeq = Noting<'f, S::SerializeSeq>;
    type SerializeTuple = Noting<'f, S::SerializeTuple>;
    type SerializeTupleStruct = Noting<'f, S::SerializeTupleStruct>;
    type SerializeTupleVariant = Noting<'f, S::SerializeTupleVariant>;
    type SerializeMap = Noting<'f, S::SerializeMap>;
    type SerializeStruct = Noting<'f, S::SerializeStruct>;
    type SerializeStructVariant = Noting<'f, S::SerializeStructVariant>;

    forward! {
        serialize_bool(v: bool), serialize_i8(v: i8), serialize_i16(v: i16), serialize_i32(v: i32),
        serialize_i64(v: i64), serialize_i128(v: i128), serialize_u8(v: u8), serialize_u16(v: u16),
        serialize_u32(v: u32), serialize_u64(v: u64), serialize_u128(v: u128), serialize_f32(v: f32),
        serialize_f64(v: f64), serialize_char(v: char), serialize_str(v: &str), serialize_bytes(v: &[u8]),
        serialize_none(), serialize_unit(), serialize_unit_struct(name: &'static str),
        serialize_unit_variant(name: &'static str, index: u32, variant: &'static str),
    }

    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<S::Ok, S::Error> {
        self.inner.serialize_some(&Noted { value, found: self.found })
    }

    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, name: &'static str, value: &T) -> Result<S::Ok, S::Error> {
        if name == OPT_IN_MEMBER {
            self.found.set(true);
        }
        self.inner.serialize_newtype_struct(name, &Noted { value, found: self.found })
    }

    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        name: &'static str,
        index: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<S::Ok, S::Error> {
        self.inner.serialize_newtype_variant(name, index, variant, &Noted { value, found: self.found })
    }

    fn serialize_seq(self, len: Option<usize>) -> Result<Self::SerializeSeq, S::Error> {
        Ok(Noting { inner: self.inner.serialize_seq(len)?, found: self.found })
    }
    fn serialize_tuple(self, len: usize) -> Result<Self::SerializeTuple, S::Error> {
        Ok(Noting { inner: self.inner.serialize_tuple(len)?, found: self.found })
    }
    fn serialize_tuple_struct(self, name: &'static str, len: usize) -> Result<Self::SerializeTupleStruct, S::Error> {
        Ok(Noting { inner: self.inner.serialize_tuple_struct(name, len)?, found: self.found })
    }
    fn serialize_tuple_variant(
        self,
        name: &'static str,
        index: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Self::SerializeTupleVariant, S::Error> {
        Ok(Noting { inner: self.inner.serialize_tuple_variant(name, index, variant, len)?, found: self.found })
    }
    fn serialize_map(self, len: Option<usize>) -> Result<Self::SerializeMap, S::Error> {
        Ok(Noting { inner: self.inner.serialize_map(len)?, found: self.found })
    }
    fn serialize_struct(self, name: &'static str, len: usize) -> Result<Self::SerializeStruct, S::Error> {
        Ok(Noting { inner: self.inner.serialize_struct(name, len)?, found: self.found })
    }
    fn serialize_struct_variant(
        self,
        name: &'static str,
        index: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Self::SerializeStructVariant, S::Error> {
        Ok(Noting { inner: self.inner.serialize_struct_variant(name, index, variant, len)?, found: self.found })
    }
    fn collect_str<T: fmt::Display + ?Sized>(self, value: &T) -> Result<S::Ok, S::Error> {
        self.inner.collect_str(value)
    }
    fn is_human_readable(&self) -> bool {
        self.inner.is_human_readable()
    }
}

macro_rules! compound {
    ($trait:ident, $($method:ident($($name:ident: $ty:ty),*)),*) => {
        impl<S: ser::$trait> ser::$trait for Noting<'_, S> {
            type Ok = S::Ok;
            type Error = S::Error;
            $(fn $method<T: Serialize + ?Sized>(&mut self, $($name: $ty,)* value: &T) -> Result<(), S::Error> {
                self.inner.$method($($name,)* &Noted { value, found: self.found })
            })*
            fn end(self) -> Result<S::Ok, S::Error> {
                self.inner.end()
            }
        }
    };
}

compound!(SerializeSeq, serialize_element());
compound!(SerializeTuple, serialize_element());
compound!(SerializeTupleStruct, serialize_field());
compound!(SerializeTupleVariant, serialize_field());
compound!(SerializeStruct, serialize_field(key: &'static str));
compound!(SerializeStructVariant, serialize_field(key: &'static str));

impl<S: ser::SerializeMap> ser::SerializeMap for Noting<'_, S> {
    type Ok = S::Ok;
    type Error = S::Error;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), S::Error> {
        self.inner.serialize_key(&Noted { value: key, found: self.found })
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), S::Error> {
        self.inner.serialize_value(&Noted { value, found: self.found })
    }
    fn end(self) -> Result<S::Ok, S::Error> {
        self.inner.end()
    }
}

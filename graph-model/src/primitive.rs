//! The Edm primitive types whose wire form std's types cannot keep: numbers that may arrive as strings
//! (`Edm.Int64`, `Edm.Decimal` under `IEEE754Compatible=true`; `Edm.Double`'s `NaN`, `INF`, `-INF`),
//! base64 bytes, times of day, and values of any JSON shape (`Edm.Untyped`, `Edm.Stream`).
//!
//! Each keeps the form it was received in, so a value read and written again gives the same text; equality
//! compares the values.

use std::fmt;
use std::str::FromStr;

use base64::DecodeError;
use base64::alphabet;
use base64::engine::{DecodePaddingMode, Engine, GeneralPurpose, GeneralPurposeConfig};
use serde::de::{self, Deserialize, Deserializer, Visitor};
use serde::ser::{Serialize, Serializer};
use serde_json::value::RawValue;

use crate::edm::{EdmParseError, EdmType};

/// `Edm.Int64`: a 64-bit integer, read from a JSON number or (as Graph writes it for requests with
/// `IEEE754Compatible=true`) a string, and written back in the form it was received.
///
/// ```
/// use graph_model::Int64;
///
/// let n: Int64 = serde_json::from_str(r#""9007199254740993""#)?;
/// assert_eq!(n.get(), 9_007_199_254_740_993);
/// assert_eq!(serde_json::to_string(&n)?, r#""9007199254740993""#);
/// assert_eq!(serde_json::to_string(&Int64::from(42))?, "42");
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct Int64 {
    value: i64,
    quoted: bool,
}

impl Int64 {
    /// The value.
    pub const fn get(self) -> i64 {
        self.value
    }

    /// Whether it was received as a string.
    pub const fn is_quoted(self) -> bool {
        self.quoted
    }
}

impl From<i64> for Int64 {
    fn from(value: i64) -> Self {
        Int64 { value, quoted: false }
    }
}

impl From<Int64> for i64 {
    fn from(value: Int64) -> Self {
        value.value
    }
}

impl PartialEq for Int64 {
    fn eq(&self, other: &Self) -> bool {
        self.value == other.value
    }
}

impl Eq for Int64 {}

impl std::hash::Hash for Int64 {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.value.hash(state);
    }
}

impl PartialOrd for Int64 {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Int64 {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.value.cmp(&other.value)
    }
}

impl fmt::Display for Int64 {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.value, f)
    }
}

impl FromStr for Int64 {
    type Err = EdmParseError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        s.parse::<i64>()
            .map(Int64::from)
            .map_err(|_| EdmParseError::new("Int64", s, "an integer from -9223372036854775808 to 9223372036854775807"))
    }
}

impl Serialize for Int64 {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if self.quoted { serializer.collect_str(&self.value) } else { serializer.serialize_i64(self.value) }
    }
}

impl<'de> Deserialize<'de> for Int64 {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = Int64;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an Edm.Int64 (an integer, or an integer in a string)")
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Int64, E> {
                Ok(Int64::from(v))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Int64, E> {
                i64::try_from(v).map(Int64::from).map_err(|_| E::invalid_value(de::Unexpected::Unsigned(v), &self))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Int64, E> {
                let n: Int64 = v.parse().map_err(E::custom)?;
                Ok(Int64 { quoted: true, ..n })
            }
        }
        deserializer.deserialize_any(V)
    }
}

/// How a floating-point value was written.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
enum FloatForm {
    /// A JSON number with a fraction or exponent, or built in code.
    #[default]
    Number,
    /// A JSON integer (`47`), written back without `.0`.
    Integer,
    /// A string: `NaN`, `INF`, `-INF`, or a number in a string.
    Quoted,
}

macro_rules! float_type {
    ($name:ident, $float:ty, $edm:literal, $doc_value:literal) => {
        #[doc = concat!("`Edm.", $edm, "`: a `", stringify!($float), "` that keeps OData's special values.")]
        ///
        /// `NaN`, `INF` and `-INF` are strings in OData JSON (JSON numbers cannot hold them): they are read
        /// and written as such. A value received as an integer (`47`) is written back as one.
        ///
        /// ```
        #[doc = concat!("use graph_model::", stringify!($name), ";")]
        ///
        #[doc = concat!("let values: Vec<", stringify!($name), "> = serde_json::from_str(r#\"[\"NaN\", \"-INF\", 47, ", $doc_value, "]\"#)?;")]
        /// assert!(values[0].get().is_nan());
        #[doc = concat!("assert_eq!(values[1].get(), ", stringify!($float), "::NEG_INFINITY);")]
        #[doc = concat!("assert_eq!(serde_json::to_string(&values)?, r#\"[\"NaN\",\"-INF\",47,", $doc_value, "]\"#);")]
        /// # Ok::<(), serde_json::Error>(())
        /// ```
        #[derive(Debug, Clone, Copy, Default)]
        pub struct $name {
            value: $float,
            form: FloatForm,
        }

        impl $name {
            /// The value.
            pub const fn get(self) -> $float {
                self.value
            }
        }

        impl From<$float> for $name {
            fn from(value: $float) -> Self {
                $name { value, form: FloatForm::Number }
            }
        }

        impl From<$name> for $float {
            fn from(value: $name) -> Self {
                value.value
            }
        }

        /// Compares the values, as `
        #[doc = stringify!($float)]
        /// ` does: `NaN` is not equal to itself.
        impl PartialEq for $name {
            fn eq(&self, other: &Self) -> bool {
                self.value == other.value
            }
        }

        impl PartialOrd for $name {
            fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
                self.value.partial_cmp(&other.value)
            }
        }

        /// `NaN`, `INF`, `-INF`, or the number.
        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                match self.value {
                    v if v.is_nan() => f.write_str("NaN"),
                    v if v == <$float>::INFINITY => f.write_str("INF"),
                    v if v == <$float>::NEG_INFINITY => f.write_str("-INF"),
                    v => fmt::Display::fmt(&v, f),
                }
            }
        }

        impl FromStr for $name {
            type Err = EdmParseError;

            fn from_str(s: &str) -> Result<Self, Self::Err> {
                let value = match s {
                    "NaN" => <$float>::NAN,
                    "INF" => <$float>::INFINITY,
                    "-INF" => <$float>::NEG_INFINITY,
                    _ => s
                        .parse::<$float>()
                        .ok()
                        .filter(|v: &$float| v.is_finite() && s.bytes().all(|b| b.is_ascii_digit() || b"+-.eE".contains(&b)))
                        .ok_or_else(|| EdmParseError::new($edm, s, "a number, `NaN`, `INF` or `-INF`"))?,
                };
                Ok($name { value, form: FloatForm::Quoted })
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                let v = self.value;
                if !v.is_finite() || self.form == FloatForm::Quoted {
                    return serializer.collect_str(self);
                }
                if self.form == FloatForm::Integer && v.fract() == 0.0 && v.abs() < 9.0e15 {
                    return serializer.serialize_i64(v as i64);
                }
                serde::Serialize::serialize(&v, serializer)
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                struct V;
                impl Visitor<'_> for V {
                    type Value = $name;
                    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                        f.write_str(concat!("an Edm.", $edm, " (a number, or `NaN`, `INF`, `-INF`)"))
                    }
                    fn visit_f64<E: de::Error>(self, v: f64) -> Result<$name, E> {
                        Ok($name { value: v as $float, form: FloatForm::Number })
                    }
                    fn visit_i64<E: de::Error>(self, v: i64) -> Result<$name, E> {
                        Ok($name { value: v as $float, form: FloatForm::Integer })
                    }
                    fn visit_u64<E: de::Error>(self, v: u64) -> Result<$name, E> {
                        Ok($name { value: v as $float, form: FloatForm::Integer })
                    }
                    fn visit_str<E: de::Error>(self, v: &str) -> Result<$name, E> {
                        v.parse().map_err(E::custom)
                    }
                }
                deserializer.deserialize_any(V)
            }
        }

        impl EdmType for $name {
            const EDM_TYPE: &'static str = concat!("Edm.", $edm);
        }
    };
}

float_type!(Double, f64, "Double", "0.25");
float_type!(Single, f32, "Single", "0.5");

/// Reads a value's exact JSON text: a string or a number (what `Edm.Decimal` accepts).
fn raw_text<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Box<RawValue>, D::Error> {
    <Box<RawValue>>::deserialize(deserializer)
}

/// `Edm.Decimal`: an exact decimal number, kept as its text (no rounding through `f64`). Read from a JSON
/// number or a string (`IEEE754Compatible=true`) and written back in the same form.
///
/// ```
/// use graph_model::Decimal;
///
/// let d: Decimal = serde_json::from_str("12345678901234567890.123456789")?;
/// assert_eq!(d.as_str(), "12345678901234567890.123456789");
/// assert_eq!(serde_json::to_string(&d)?, "12345678901234567890.123456789");
/// assert_eq!("-0.5".parse::<Decimal>().unwrap().as_str(), "-0.5");
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Decimal {
    text: Box<str>,
    quoted: bool,
}

impl Decimal {
    /// The number as written.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Whether it was received as a string.
    pub fn is_quoted(&self) -> bool {
        self.quoted
    }

    /// The nearest `f64` (inexact for most decimals).
    pub fn to_f64(&self) -> f64 {
        self.text.parse().unwrap_or(f64::NAN)
    }
}

/// A JSON number's grammar: `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`.
fn is_json_number(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = usize::from(b.first() == Some(&b'-'));
    let digits = |i: &mut usize| {
        let start = *i;
        while *i < b.len() && b[*i].is_ascii_digit() {
            *i += 1;
        }
        *i - start
    };
    let start = i;
    match digits(&mut i) {
        0 => return false,
        n if n > 1 && b[start] == b'0' => return false,
        _ => {}
    }
    if b.get(i) == Some(&b'.') {
        i += 1;
        if digits(&mut i) == 0 {
            return false;
        }
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(b.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        if digits(&mut i) == 0 {
            return false;
        }
    }
    i == b.len()
}

impl FromStr for Decimal {
    type Err = EdmParseError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        if is_json_number(s) {
            Ok(Decimal { text: s.into(), quoted: false })
        } else {
            Err(EdmParseError::new("Decimal", s, "a decimal number such as `-12.50`"))
        }
    }
}

impl fmt::Display for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl Serialize for Decimal {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if self.quoted {
            return serializer.serialize_str(&self.text);
        }
        match RawValue::from_string(self.text.to_string()) {
            Ok(raw) => raw.serialize(serializer),
            Err(e) => Err(serde::ser::Error::custom(e)),
        }
    }
}

impl<'de> Deserialize<'de> for Decimal {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let raw = raw_text(deserializer)?;
        let text = raw.get();
        if text.starts_with('"') {
            let s: String = serde_json::from_str(text).map_err(de::Error::custom)?;
            let mut d: Decimal = s.parse().map_err(de::Error::custom)?;
            d.quoted = true;
            return Ok(d);
        }
        text.parse().map_err(|_| {
            de::Error::custom(format_args!(
                "invalid Decimal `{}`: expected a decimal number such as `-12.50`",
                crate::error::Printable(&text.chars().take(64).collect::<String>())
            ))
        })
    }
}

impl EdmType for Decimal {
    const EDM_TYPE: &'static str = "Edm.Decimal";
}

/// How base64 text was written.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
struct Base64Form {
    /// `-` and `_` (base64url, OData's own choice) rather than `+` and `/`.
    url_safe: bool,
    /// No `=` padding.
    unpadded: bool,
}

/// `Edm.Binary`: bytes, base64 on the wire (Graph writes standard base64 with padding, as in a file
/// attachment's `contentBytes`; OData's base64url is read too). What common base64 decoders read is read:
/// padding or none, line breaks and spaces between characters (MIME's style), a last character whose
/// unused bits are not zero (a value cut in the middle of a byte, as one of Microsoft's reference
/// examples has). Written back as received: in the alphabet and padding it came in, and, for text that
/// the canonical encoding would not reproduce, as the very text received. Values built in code are
/// written in standard base64 with padding. Values compare by their bytes.
///
/// ```
/// use graph_model::Binary;
///
/// let b: Binary = serde_json::from_str(r#""SGVsbG8=""#)?;
/// assert_eq!(b.as_bytes(), b"Hello");
/// assert_eq!(serde_json::to_string(&Binary::from(b"Hi!".to_vec()))?, r#""SGkh""#);
/// assert!(serde_json::from_str::<Binary>(r#""SGVsbG8""#).is_ok()); // unpadded
/// assert!(serde_json::from_str::<Binary>(r#""S*Vs""#).is_err());
/// // Non-zero unused bits in the last character: read, and written back as received.
/// let cut: Binary = serde_json::from_str(r#""SGVsbH==""#)?;
/// assert_eq!(cut.as_bytes(), b"Hell");
/// assert_eq!(serde_json::to_string(&cut)?, r#""SGVsbH==""#);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, Default)]
pub struct Binary {
    bytes: Vec<u8>,
    form: Base64Form,
    /// The text received, when encoding `bytes` in `form` would not give it back (white space, non-zero
    /// unused bits).
    received: Option<Box<str>>,
}

impl Binary {
    /// The bytes.
    pub fn as_bytes(&self) -> &[u8] {
        &self.bytes
    }

    /// The bytes, owned.
    pub fn into_bytes(self) -> Vec<u8> {
        self.bytes
    }
}

impl From<Vec<u8>> for Binary {
    fn from(bytes: Vec<u8>) -> Self {
        Binary { bytes, form: Base64Form::default(), received: None }
    }
}

impl PartialEq for Binary {
    fn eq(&self, other: &Self) -> bool {
        self.bytes == other.bytes
    }
}

impl Eq for Binary {}

impl std::hash::Hash for Binary {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.bytes.hash(state);
    }
}

impl Base64Form {
    /// The engine that reads and writes this form: its alphabet, with padding or without (reading
    /// accepts either, and a last character whose unused bits are not zero, as common decoders do).
    fn engine(self) -> GeneralPurpose {
        let alphabet = if self.url_safe { &alphabet::URL_SAFE } else { &alphabet::STANDARD };
        let config = GeneralPurposeConfig::new()
            .with_encode_padding(!self.unpadded)
            .with_decode_padding_mode(DecodePaddingMode::Indifferent)
            .with_decode_allow_trailing_bits(true);
        GeneralPurpose::new(alphabet, config)
    }
}

impl FromStr for Binary {
    type Err = EdmParseError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let err = |what| EdmParseError::new("Binary", text, what);
        // White space between characters is skipped, as MIME decoders do.
        let spaced = text.bytes().any(|b| matches!(b, b' ' | b'\t' | b'\r' | b'\n'));
        let compact: String;
        let s = if spaced {
            compact = text.chars().filter(|c| !matches!(c, ' ' | '\t' | '\r' | '\n')).collect();
            compact.as_str()
        } else {
            text
        };
        let body = s.trim_end_matches('=');
        let form = Base64Form {
            url_safe: body.bytes().any(|b| b == b'-' || b == b'_'),
            unpadded: s.len() == body.len() && !body.len().is_multiple_of(4),
        };
        if form.url_safe && body.bytes().any(|b| b == b'+' || b == b'/') {
            return Err(err("base64 in one alphabet (`+/` or `-_`), not both"));
        }
        let bytes = form.engine().decode(s).map_err(|e| match e {
            DecodeError::InvalidByte(..) => err("base64 (`A-Z`, `a-z`, `0-9`, `+/` or `-_`, `=` padding)"),
            _ => err("base64 text of a valid length"),
        })?;
        // Text that encoding the bytes would not give back (white space, non-zero unused bits in the last
        // character) is kept.
        let unused_bits = match body.len() % 4 {
            2 => 4,
            3 => 2,
            _ => 0,
        };
        let last_value = |b: u8| match b {
            b'A'..=b'Z' => b - b'A',
            b'a'..=b'z' => b - b'a' + 26,
            b'0'..=b'9' => b - b'0' + 52,
            b'+' | b'-' => 62,
            _ => 63,
        };
        let canonical = !spaced && body.bytes().last().is_none_or(|b| last_value(b) & ((1 << unused_bits) - 1) == 0);
        Ok(Binary { bytes, form, received: (!canonical).then(|| Box::from(text)) })
    }
}

impl fmt::Display for Binary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.received {
            Some(text) => f.write_str(text),
            None => f.write_str(&self.form.engine().encode(&self.bytes)),
        }
    }
}

impl Serialize for Binary {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Binary {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = Binary;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an Edm.Binary string (base64)")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Binary, E> {
                v.parse().map_err(E::custom)
            }
        }
        deserializer.deserialize_str(V)
    }
}

impl EdmType for Binary {
    const EDM_TYPE: &'static str = "Edm.Binary";
}

/// `Edm.TimeOfDay`: a clock time, `HH:MM[:SS[.fraction]]` as OData's grammar allows, as in mailbox
/// settings' working hours (`"08:00:00.0000000"`). One to twelve fraction digits (past the ninth,
/// picoseconds, kept); written back as received: without seconds if there were none, the fraction with
/// the digits it was received with.
///
/// ```
/// use graph_model::TimeOfDay;
///
/// let t: TimeOfDay = "08:30:00.0000000".parse()?;
/// assert_eq!((t.hour(), t.minute(), t.second()), (8, 30, 0));
/// assert_eq!(t.to_string(), "08:30:00.0000000");
/// assert_eq!(TimeOfDay::new(17, 0, 0, 0).unwrap().to_string(), "17:00:00");
/// assert!("24:00:00".parse::<TimeOfDay>().is_err());
/// assert_eq!("08:00".parse::<TimeOfDay>()?.to_string(), "08:00");
/// assert_eq!("08:30:15.123456789012".parse::<TimeOfDay>()?.to_string(), "08:30:15.123456789012");
/// # Ok::<(), graph_model::EdmParseError>(())
/// ```
#[derive(Debug, Clone, Copy)]
pub struct TimeOfDay {
    time: time::Time,
    /// Fraction digits received and picoseconds past the nanosecond.
    fraction: crate::edm::Fraction,
    /// Received as `HH:MM`.
    no_seconds: bool,
}

impl TimeOfDay {
    /// A time of day; `None` if a component is out of range.
    pub fn new(hour: u8, minute: u8, second: u8, nanosecond: u32) -> Option<Self> {
        time::Time::from_hms_nano(hour, minute, second, nanosecond).ok().map(|time| TimeOfDay {
            time,
            fraction: crate::edm::Fraction::default(),
            no_seconds: false,
        })
    }

    /// The hour, 0 to 23.
    pub fn hour(self) -> u8 {
        self.time.hour()
    }

    /// The minute, 0 to 59.
    pub fn minute(self) -> u8 {
        self.time.minute()
    }

    /// The second, 0 to 59.
    pub fn second(self) -> u8 {
        self.time.second()
    }

    /// The fraction of the second, in nanoseconds.
    pub fn nanosecond(self) -> u32 {
        self.time.nanosecond()
    }

    /// The underlying `time` value.
    pub fn get(self) -> time::Time {
        self.time
    }
}

impl PartialEq for TimeOfDay {
    fn eq(&self, other: &Self) -> bool {
        (self.time, self.fraction.picos) == (other.time, other.fraction.picos)
    }
}

impl Eq for TimeOfDay {}

impl std::hash::Hash for TimeOfDay {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        (self.time, self.fraction.picos).hash(state);
    }
}

impl PartialOrd for TimeOfDay {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for TimeOfDay {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        (self.time, self.fraction.picos).cmp(&(other.time, other.fraction.picos))
    }
}

impl FromStr for TimeOfDay {
    type Err = EdmParseError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let err =
            || EdmParseError::new("TimeOfDay", s, "a time of day such as `08:00`, `08:00:00` or `08:00:00.0000000`");
        let b = s.as_bytes();
        let two = |i: usize| -> Option<u8> {
            let (h, l) = (*b.get(i)?, *b.get(i + 1)?);
            (h.is_ascii_digit() && l.is_ascii_digit()).then(|| (h - b'0') * 10 + (l - b'0'))
        };
        if b.len() < 5 || b[2] != b':' {
            return Err(err());
        }
        let (Some(h), Some(m)) = (two(0), two(3)) else { return Err(err()) };
        let no_seconds = b.len() == 5;
        let (sec, nanos, fraction) = if no_seconds {
            (0, 0, crate::edm::Fraction::default())
        } else {
            let (Some(b':'), Some(sec)) = (b.get(5), two(6)) else { return Err(err()) };
            match b.get(8) {
                None => (sec, 0, crate::edm::Fraction::default()),
                Some(b'.') => {
                    let (nanos, fraction) = crate::edm::parse_fraction(&b[9..]).ok_or_else(err)?;
                    (sec, nanos, fraction)
                }
                Some(_) => return Err(err()),
            }
        };
        let time = time::Time::from_hms_nano(h, m, sec, nanos).map_err(|_| err())?;
        Ok(TimeOfDay { time, fraction, no_seconds })
    }
}

impl fmt::Display for TimeOfDay {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let t = self.time;
        write!(f, "{:02}:{:02}", t.hour(), t.minute())?;
        if self.no_seconds && t.second() == 0 && t.nanosecond() == 0 && self.fraction.picos == 0 {
            return Ok(());
        }
        write!(f, ":{:02}", t.second())?;
        crate::edm::write_fraction_as(f, t.nanosecond(), self.fraction)
    }
}

impl Serialize for TimeOfDay {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for TimeOfDay {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = TimeOfDay;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an Edm.TimeOfDay string")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<TimeOfDay, E> {
                v.parse().map_err(E::custom)
            }
        }
        deserializer.deserialize_str(V)
    }
}

impl EdmType for TimeOfDay {
    const EDM_TYPE: &'static str = "Edm.TimeOfDay";
}

/// `Edm.Untyped`: any JSON value, kept as its exact text (numbers are not rounded, key order and
/// duplicates are kept). Decode it when its shape is known with [`Untyped::decode`].
///
/// ```
/// use graph_model::Untyped;
///
/// let v: Untyped = serde_json::from_str(r#"{"b": 1.000, "a": [true]}"#)?;
/// assert_eq!(v.get(), r#"{"b": 1.000, "a": [true]}"#);
/// let tree: serde_json::Value = v.decode()?;
/// assert_eq!(tree["a"][0], true);
/// assert_eq!(Untyped::from_value(&[1, 2])?.get(), "[1,2]");
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct Untyped(Box<RawValue>);

impl Untyped {
    /// The JSON text.
    pub fn get(&self) -> &str {
        self.0.get()
    }

    /// The JSON value, read as `T`.
    pub fn decode<T: serde::de::DeserializeOwned>(&self) -> Result<T, serde_json::Error> {
        serde_json::from_str(self.0.get())
    }

    /// Any serializable value, written as JSON.
    pub fn from_value<T: Serialize + ?Sized>(value: &T) -> Result<Self, serde_json::Error> {
        serde_json::value::to_raw_value(value).map(Untyped)
    }

    /// JSON text, checked.
    pub fn from_json(text: impl Into<String>) -> Result<Self, serde_json::Error> {
        RawValue::from_string(text.into()).map(Untyped)
    }

    /// The raw value.
    pub fn as_raw(&self) -> &RawValue {
        &self.0
    }
}

impl From<Box<RawValue>> for Untyped {
    fn from(raw: Box<RawValue>) -> Self {
        Untyped(raw)
    }
}

/// Compares the JSON text.
impl PartialEq for Untyped {
    fn eq(&self, other: &Self) -> bool {
        self.0.get() == other.0.get()
    }
}

impl Eq for Untyped {}

impl fmt::Display for Untyped {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0.get())
    }
}

impl Serialize for Untyped {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for Untyped {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        raw_text(deserializer).map(Untyped)
    }
}

impl EdmType for Untyped {
    const EDM_TYPE: &'static str = "Edm.Untyped";
}

/// `Edm.Stream`: a media stream property such as a drive item's `content` or a photo's `$value`.
///
/// Graph does not send a stream's bytes inside JSON: it sends the property's media annotations
/// (`content@odata.mediaReadLink`, `...@odata.mediaContentType`, `...@odata.mediaEtag`), which are kept
/// with the undeclared properties and written back unchanged, and the bytes are fetched from those
/// links. When a payload does carry a value for the property (OData allows a base64 string inline),
/// `Stream` holds it as its exact JSON text.
///
/// ```
/// use graph_model::Stream;
///
/// let s: Stream = serde_json::from_str(r#""SGVsbG8=""#)?;
/// assert_eq!(s.get(), r#""SGVsbG8=""#);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stream(Untyped);

impl Stream {
    /// The JSON text of the inline value.
    pub fn get(&self) -> &str {
        self.0.get()
    }

    /// The inline value, read as `T` (for example a base64 [`Binary`]).
    pub fn decode<T: serde::de::DeserializeOwned>(&self) -> Result<T, serde_json::Error> {
        self.0.decode()
    }
}

impl Serialize for Stream {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for Stream {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Untyped::deserialize(deserializer).map(Stream)
    }
}

impl EdmType for Stream {
    const EDM_TYPE: &'static str = "Edm.Stream";
}

impl EdmType for Int64 {
    const EDM_TYPE: &'static str = "Edm.Int64";
}

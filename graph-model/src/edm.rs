//! Rust types for OData's primitive Edm types, and the [`EdmType`] trait that names the Edm type of a
//! Rust value for the metadata constants.
//!
//! | Edm | Rust |
//! |---|---|
//! | `Edm.String` | `String` (ids too: Graph ids are opaque strings, often not GUIDs) |
//! | `Edm.Boolean`, `Edm.Int32`, `Edm.Int64`, `Edm.Double` | `bool`, `i32`, `i64`, `f64` |
//! | `Edm.Byte`, `Edm.SByte`, `Edm.Int16` | `u8`, `i8`, `i16` |
//! | `Edm.Int64` | [`Int64`](crate::Int64) (a number, or a string under `IEEE754Compatible=true`); `i64` when only numbers arrive |
//! | `Edm.Single`, `Edm.Double` | [`Single`](crate::Single), [`Double`](crate::Double) (with `NaN`, `INF`, `-INF`); `f32`, `f64` when only numbers arrive |
//! | `Edm.Decimal` | [`Decimal`](crate::Decimal) (exact text) |
//! | `Edm.Binary` | [`Binary`](crate::Binary) (base64) |
//! | `Edm.TimeOfDay` | [`TimeOfDay`](crate::TimeOfDay) |
//! | `Edm.Untyped` | [`Untyped`](crate::Untyped) (any JSON, exact text) |
//! | `Edm.Stream` | [`Stream`](crate::Stream) (an inline value; the media links are annotations) |
//! | `Edm.Guid` | [`Guid`] |
//! | `Edm.DateTimeOffset` | [`DateTimeOffset`] |
//! | `Edm.Duration` | [`Duration`] |
//! | `Edm.Date` | [`Date`] |

use std::fmt;
use std::str::FromStr;

use serde::de::{self, Deserialize, Deserializer, Visitor};
use serde::ser::{Serialize, Serializer};
use time::format_description::well_known::Rfc3339;

/// Names the Edm (or qualified Graph) type of a Rust type, for [`PropertyInfo`](crate::PropertyInfo).
///
/// `#[graph_entity]` implements it for the types it expands.
pub trait EdmType {
    /// `Edm.String`, `microsoft.graph.identitySet`, ...
    const EDM_TYPE: &'static str;
}

macro_rules! edm {
    ($($ty:ty => $name:literal),* $(,)?) => { $(impl EdmType for $ty { const EDM_TYPE: &'static str = $name; })* };
}

edm! {
    String => "Edm.String",
    bool => "Edm.Boolean",
    i32 => "Edm.Int32",
    i64 => "Edm.Int64",
    f64 => "Edm.Double",
    Guid => "Edm.Guid",
    DateTimeOffset => "Edm.DateTimeOffset",
    Duration => "Edm.Duration",
    Date => "Edm.Date",
}

/// An HTTP status, such as `Core.DataModificationException`'s `responseCode`: the narrowest Edm type holding
/// every `u16` is `Edm.Int32`.
impl EdmType for u16 {
    const EDM_TYPE: &'static str = "Edm.Int32";
}

edm! {
    u8 => "Edm.Byte",
    i8 => "Edm.SByte",
    i16 => "Edm.Int16",
    f32 => "Edm.Single",
}

impl<T: EdmType> EdmType for Box<T> {
    const EDM_TYPE: &'static str = T::EDM_TYPE;
}

/// The element type of a collection whose elements may be `null` (`Vec<Option<T>>`).
impl<T: EdmType> EdmType for Option<T> {
    const EDM_TYPE: &'static str = T::EDM_TYPE;
}

/// The element type of a collection of collections (`Vec<Vec<T>>`): `Collection(T)`'s element type is
/// named by the innermost type, as CSDL has no nested collections of its own.
impl<T: EdmType> EdmType for Vec<T> {
    const EDM_TYPE: &'static str = T::EDM_TYPE;
}

/// Implements `Deserialize` through `FromStr`, from JSON strings, for types whose parse errors already
/// say what was expected.
macro_rules! string_de {
    ($ty:ident, $expecting:literal) => {
        impl<'de> Deserialize<'de> for $ty {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                struct V;
                impl Visitor<'_> for V {
                    type Value = $ty;
                    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                        f.write_str($expecting)
                    }
                    fn visit_str<E: de::Error>(self, v: &str) -> Result<$ty, E> {
                        v.parse().map_err(E::custom)
                    }
                }
                deserializer.deserialize_str(V)
            }
        }
    };
}

/// `string_de!`, and `Serialize` through `Display` as a JSON string.
macro_rules! string_serde {
    ($ty:ident, $expecting:literal) => {
        string_de!($ty, $expecting);

        impl Serialize for $ty {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.collect_str(self)
            }
        }
    };
}

/// An error parsing an Edm value from its text form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EdmParseError {
    edm_type: &'static str,
    input: String,
    expected: &'static str,
}

impl EdmParseError {
    pub(crate) fn new(edm_type: &'static str, input: &str, expected: &'static str) -> Self {
        // Long inputs are cut so an error message stays readable.
        let input = input.chars().take(64).collect();
        EdmParseError { edm_type, input, expected }
    }
}

impl fmt::Display for EdmParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "invalid {} `{}`: expected {}", self.edm_type, crate::error::Printable(&self.input), self.expected)
    }
}

impl std::error::Error for EdmParseError {}

/// `Edm.DateTimeOffset`: an instant with a UTC offset, written in RFC 3339 form.
///
/// Every form of OData's grammar is read: seconds optional (`2021-09-14T19:05Z`), one to twelve
/// fraction digits (Graph commonly sends 7; digits past the ninth are picoseconds, kept; more than
/// twelve are accepted only as zeros), and a timestamp without an offset (`2021-09-14T19:05:24`, as
/// Graph writes `innerError.date` and some planner timestamps) is read as UTC. A value read from text is
/// written back as it was received: the same number of fraction digits (`.0000000` stays), no seconds
/// if there were none, no offset if there was none, `+00:00` if that was written instead of `Z`. A value
/// built from a `time::OffsetDateTime` is written in the shortest form. Values compare, order and hash as
/// instants (picoseconds included): `12:00:00Z` equals `14:00:00+02:00`.
///
/// ```
/// use graph_model::DateTimeOffset;
///
/// let t: DateTimeOffset = "2024-03-01T10:15:30.1234567Z".parse()?;
/// assert_eq!(t.to_string(), "2024-03-01T10:15:30.1234567Z");
/// let local: DateTimeOffset = "2017-04-24T22:40:44.5665917".parse()?;
/// assert!(!local.has_offset());
/// assert_eq!(local.to_string(), "2017-04-24T22:40:44.5665917");
/// assert!("2015-06-19T12-01-03.45Z".parse::<DateTimeOffset>().is_err());
/// let short: DateTimeOffset = "2021-09-14T19:05Z".parse()?;
/// assert_eq!((short.get().minute(), short.to_string()), (5, "2021-09-14T19:05Z".to_owned()));
/// let pico: DateTimeOffset = "2021-09-14T19:05:00.123456789012Z".parse()?;
/// assert_eq!(pico.to_string(), "2021-09-14T19:05:00.123456789012Z");
/// # Ok::<(), graph_model::EdmParseError>(())
/// ```
#[derive(Debug, Clone, Copy)]
pub struct DateTimeOffset {
    value: time::OffsetDateTime,
    form: TimeForm,
}

/// How a parsed timestamp was written, so that it is written back the same way. Four bytes, so that a
/// `DateTimeOffset` is no larger than the `time` value and this.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct TimeForm {
    /// The number of fraction digits received; [`AS_NEEDED`]: as few as the value needs.
    digits: u8,
    /// [`NO_OFFSET`], [`NUMERIC_UTC`], [`NO_SECONDS`].
    flags: u8,
    /// The tenth to twelfth fraction digits, in picoseconds (0 to 999).
    picos: u16,
}

/// `TimeForm::digits` of a value built in code.
const AS_NEEDED: u8 = u8::MAX;
/// No offset was written (read as UTC).
const NO_OFFSET: u8 = 1;
/// UTC was written `+00:00` rather than `Z`.
const NUMERIC_UTC: u8 = 2;
/// The seconds were left out (`19:05Z`).
const NO_SECONDS: u8 = 4;

impl Default for TimeForm {
    fn default() -> Self {
        TimeForm { digits: AS_NEEDED, flags: 0, picos: 0 }
    }
}

impl TimeForm {
    const fn has(self, flag: u8) -> bool {
        self.flags & flag != 0
    }

    fn set(&mut self, flag: u8, on: bool) {
        if on {
            self.flags |= flag;
        } else {
            self.flags &= !flag;
        }
    }

    fn fraction(self) -> Fraction {
        let digits = (self.digits != AS_NEEDED).then_some(self.digits);
        Fraction { digits, picos: self.picos }
    }

    fn set_fraction(&mut self, fraction: Fraction) {
        self.digits = fraction.digits.unwrap_or(AS_NEEDED).min(AS_NEEDED - 1);
        self.picos = fraction.picos;
    }
}

/// The fraction of a second as received: how many digits (`None`: as few as the value needs) and the
/// value of the tenth to twelfth digits, in picoseconds (0 to 999), which a `time` value cannot hold.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) struct Fraction {
    digits: Option<u8>,
    pub(crate) picos: u16,
}

impl Fraction {
    /// The form of a value read with `digits` fraction digits and no picoseconds.
    pub(crate) const fn of_digits(digits: u8) -> Fraction {
        Fraction { digits: Some(digits), picos: 0 }
    }
}

/// Reads fraction digits (one or more, all ASCII digits): the nanoseconds and the form. Digits past the
/// twelfth (beyond OData's grammar) are accepted only as zeros, as the same value; `None` otherwise.
pub(crate) fn parse_fraction(digits: &[u8]) -> Option<(u32, Fraction)> {
    if digits.is_empty() || !digits.iter().all(u8::is_ascii_digit) || digits.len() >= usize::from(u8::MAX) {
        return None;
    }
    if digits.iter().skip(12).any(|&d| d != b'0') {
        return None;
    }
    let padded = digits.iter().copied().chain(std::iter::repeat(b'0'));
    let nanos = padded.clone().take(9).fold(0u32, |n, d| n * 10 + u32::from(d - b'0'));
    let picos = padded.skip(9).take(3).fold(0u16, |n, d| n * 10 + u16::from(d - b'0'));
    Some((nanos, Fraction { digits: Some(digits.len() as u8), picos }))
}

const DATE_TIME_EXPECTED: &str = "an RFC 3339 date-time such as `2024-03-01T10:15:30.1234567Z`";

impl DateTimeOffset {
    /// The underlying `time` value (UTC for a timestamp received without an offset).
    pub const fn get(self) -> time::OffsetDateTime {
        self.value
    }

    /// Whether the value was received with an offset (or built in code, which always writes one).
    pub const fn has_offset(self) -> bool {
        !self.form.has(NO_OFFSET)
    }
}

impl PartialEq for DateTimeOffset {
    fn eq(&self, other: &Self) -> bool {
        self.value == other.value && self.form.picos == other.form.picos
    }
}

impl Eq for DateTimeOffset {}

impl std::hash::Hash for DateTimeOffset {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.value.hash(state);
        self.form.picos.hash(state);
    }
}

impl PartialOrd for DateTimeOffset {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for DateTimeOffset {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.value.cmp(&other.value).then(self.form.picos.cmp(&other.form.picos))
    }
}

impl From<time::OffsetDateTime> for DateTimeOffset {
    fn from(value: time::OffsetDateTime) -> Self {
        DateTimeOffset { value, form: TimeForm::default() }
    }
}

impl From<DateTimeOffset> for time::OffsetDateTime {
    fn from(value: DateTimeOffset) -> Self {
        value.value
    }
}

impl FromStr for DateTimeOffset {
    type Err = EdmParseError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match parse_utc_fast(s.as_bytes()) {
            Some(value) => Ok(value),
            None => parse_general(s),
        }
    }
}

/// Any RFC 3339 timestamp (and one without an offset), through `time`'s parser.
fn parse_general(s: &str) -> Result<DateTimeOffset, EdmParseError> {
    let err = || EdmParseError::new("DateTimeOffset", s, DATE_TIME_EXPECTED);
    // A leap second has no representation here (`time` would read `23:59:60` as `23:59:59.999999999`,
    // a different value): refused rather than changed.
    if s.as_bytes().get(16) == Some(&b':') && s.get(17..19) == Some("60") {
        return Err(EdmParseError::new("DateTimeOffset", s, "a time without a leap second (`:60`)"));
    }
    // OData allows a time without seconds (`19:05Z`); a fraction only follows seconds.
    let no_seconds = s.as_bytes().get(16) != Some(&b':');
    let mut form = TimeForm::default();
    form.set(NO_SECONDS, no_seconds);
    // The end of the seconds and fraction: the offset (if any) follows.
    let seconds_end = if no_seconds { 16 } else { 19 }.min(s.len());
    if !s.is_char_boundary(seconds_end) {
        return Err(err());
    }
    let (fraction_end, digits) = match s.get(seconds_end..).and_then(|r| r.strip_prefix('.')) {
        Some(r) if !no_seconds => {
            let digits = r.bytes().take_while(u8::is_ascii_digit).count();
            (seconds_end + 1 + digits, Some(digits))
        }
        _ => (seconds_end, None),
    };
    let offset = &s[fraction_end..];
    // Without seconds, the offset follows the minutes at once: OData's grammar has no form without
    // both (the one without an offset that Graph writes has seconds).
    if no_seconds && !offset.starts_with(['Z', 'z', '+', '-']) {
        return Err(err());
    }
    form.set(NO_OFFSET, offset.is_empty());
    form.set(NUMERIC_UTC, offset == "+00:00");
    // RFC 3339 parsers stop at nanoseconds: `time` reads at most nine digits, and the tenth to twelfth
    // are kept as picoseconds.
    let mut text = String::with_capacity(s.len() + 4);
    text.push_str(&s[..seconds_end]);
    if no_seconds {
        text.push_str(":00");
    }
    match digits {
        Some(n) if n > 0 => {
            let fraction = &s[seconds_end + 1..fraction_end];
            let Some((_, parsed)) = parse_fraction(fraction.as_bytes()) else {
                return Err(EdmParseError::new("DateTimeOffset", s, "at most twelve fraction digits (picoseconds)"));
            };
            form.set_fraction(parsed);
            text.push('.');
            text.push_str(&fraction[..n.min(9)]);
        }
        // `.` without digits: refused by the parser.
        Some(_) => text.push('.'),
        None => form.set_fraction(Fraction::of_digits(0)),
    }
    text.push_str(if form.has(NO_OFFSET) { "Z" } else { offset });
    let value = time::OffsetDateTime::parse(&text, &Rfc3339).map_err(|_| err())?;
    Ok(DateTimeOffset { value, form })
}

/// The form Graph sends almost always, `YYYY-MM-DDTHH:MM:SS[.f{1,9}]Z`, read without allocating or going
/// through a general RFC 3339 parser. `None` for anything else (other offsets, lowercase `t`/`z`, a leap
/// second, more than nine fraction digits, an invalid date or time), which the general path then reads
/// or refuses with its error; for every text this accepts, the general path gives the same value and form.
#[cfg_attr(not(debug_assertions), inline)]
fn parse_utc_fast(b: &[u8]) -> Option<DateTimeOffset> {
    // One bounds check for the fixed part; every index below is a constant into it.
    let (head, rest): (&[u8; 19], &[u8]) = match b.split_first_chunk::<19>() {
        Some((head, rest)) if rest.last() == Some(&b'Z') => (head, &rest[..rest.len() - 1]),
        _ => return None,
    };
    // `YYYY-MM-` and `DDTHH:MM` as two words: the separators are checked and replaced by `0`, every
    // byte checked to be a digit, and each pair of digits combined, all eight bytes at once.
    const fn splat(b: u8) -> u64 {
        u64::from_le_bytes([b; 8])
    }
    const fn at(byte: usize, b: u8) -> u64 {
        (b as u64) << (8 * byte)
    }
    const SEPARATORS_LO: u64 = at(4, 0xFF) | at(7, 0xFF);
    const SEPARATORS_HI: u64 = at(2, 0xFF) | at(5, 0xFF);
    let lo = u64::from_le_bytes([head[0], head[1], head[2], head[3], head[4], head[5], head[6], head[7]]);
    let hi = u64::from_le_bytes([head[8], head[9], head[10], head[11], head[12], head[13], head[14], head[15]]);
    if lo & SEPARATORS_LO != at(4, b'-') | at(7, b'-') || hi & SEPARATORS_HI != at(2, b'T') | at(5, b':') {
        return None;
    }
    let lo = (lo & !SEPARATORS_LO) | (splat(b'0') & SEPARATORS_LO);
    let hi = (hi & !SEPARATORS_HI) | (splat(b'0') & SEPARATORS_HI);
    // A byte is an ASCII digit if it is below 0x80, at least 0x30 and below 0x3A.
    let all_digits =
        |w: u64| w & splat(0x80) == 0 && (w.wrapping_add(splat(0x46)) | w.wrapping_sub(splat(0x30))) & splat(0x80) == 0;
    if !all_digits(lo) || !all_digits(hi) || head[16] != b':' {
        return None;
    }
    // Byte `i` of `pairs(w)` is the number written by the digits at `i` and `i + 1` (at most 99: no carry).
    let pairs = |w: u64| {
        let digits = w - splat(b'0');
        digits * 10 + (digits >> 8)
    };
    let (lo, hi) = (pairs(lo).to_le_bytes(), pairs(hi).to_le_bytes());
    let (s1, s2) = (head[17].wrapping_sub(b'0'), head[18].wrapping_sub(b'0'));
    if s1 > 9 || s2 > 9 {
        return None;
    }
    let year = u16::from(lo[0]) * 100 + u16::from(lo[2]);
    let (month, day, hour, minute, second) = (lo[5], hi[0], hi[3], hi[6], s1 * 10 + s2);
    // `rest` is empty or `.` and one to nine digits.
    let (nanos, fraction_digits) = match rest.split_first() {
        None => (0, 0),
        Some((b'.', fraction)) if (1..=9).contains(&fraction.len()) => {
            let n = fraction.len();
            // The first eight digits as one word, digit `i` in byte `i`, missing digits as `0` (the
            // fraction scaled to eight digits). They end at the `Z` unless there are nine; either way the
            // eight bytes read lie inside `b` (at least 21 bytes long here).
            let end = b.len() - 1 - n.saturating_sub(8);
            let word = u64::from_le_bytes(*b[end - 8..end].first_chunk::<8>()?);
            let eight = n.min(8) as u32;
            let word = (word >> (8 * (8 - eight))) | splat(b'0').checked_shl(8 * eight).unwrap_or(0);
            if !all_digits(word) {
                return None;
            }
            let ninth = if n == 9 { fraction[8].wrapping_sub(b'0') } else { 0 };
            if ninth > 9 {
                return None;
            }
            (eight_digits(word) * 10 + u32::from(ninth), n as u8)
        }
        Some(_) => return None,
    };
    if second > 59 {
        return None;
    }
    use time::Month::*;
    const MONTHS: [time::Month; 12] =
        [January, February, March, April, May, June, July, August, September, October, November, December];
    let month = *MONTHS.get(usize::from(month).wrapping_sub(1))?;
    let date = time::Date::from_calendar_date(i32::from(year), month, day).ok()?;
    let clock = time::Time::from_hms_nano(hour, minute, second, nanos).ok()?;
    Some(DateTimeOffset {
        value: time::PrimitiveDateTime::new(date, clock).assume_utc(),
        form: TimeForm { digits: fraction_digits, flags: 0, picos: 0 },
    })
}

/// The number written by eight ASCII digits, the first in the lowest byte of `word` (checked digits).
#[cfg_attr(not(debug_assertions), inline)]
fn eight_digits(word: u64) -> u32 {
    const LOW_BYTES: u64 = 0x00FF_00FF_00FF_00FF;
    const LOW_PAIRS: u64 = 0x0000_FFFF_0000_FFFF;
    let digits = word - u64::from_le_bytes([b'0'; 8]);
    // Pairs of digits, then fours, then the eight: each step multiplies the higher part and adds the lower.
    let pairs = (digits * 10 + (digits >> 8)) & LOW_BYTES;
    let fours = (pairs * 100 + (pairs >> 16)) & LOW_PAIRS;
    ((fours * 10_000 + (fours >> 32)) & 0xFFFF_FFFF) as u32
}

impl DateTimeOffset {
    /// The value RFC 3339 can write: the same instant, moved to UTC if the offset has seconds (RFC 3339
    /// offsets are whole minutes); `None` if its year is outside 0000 to 9999.
    fn rfc3339(self) -> Option<time::OffsetDateTime> {
        let value = match self.value.offset().seconds_past_minute() {
            0 => self.value,
            _ => self.value.checked_to_offset(time::UtcOffset::UTC)?,
        };
        (0..=9999).contains(&value.year()).then_some(value)
    }
}

/// RFC 3339 form, in the form it was received (or the shortest one). Never fails: an offset with seconds
/// is written as UTC (the same instant); a value RFC 3339 cannot express (a year before 0000) in ISO
/// 8601's expanded form (`-0001-...`), which serializing refuses with an error instead.
impl fmt::Display for DateTimeOffset {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let value = self.rfc3339().unwrap_or(self.value);
        let (date, clock) = (value.date(), value.time());
        match date.year() {
            year @ 0.. => write!(f, "{year:04}")?,
            year => write!(f, "{year:05}")?,
        }
        write!(f, "-{:02}-{:02}T", date.month() as u8, date.day())?;
        write!(f, "{:02}:{:02}", clock.hour(), clock.minute())?;
        let (nanos, fraction) = (clock.nanosecond(), self.form.fraction());
        if !(self.form.has(NO_SECONDS) && clock.second() == 0 && nanos == 0 && fraction.picos == 0) {
            write!(f, ":{:02}", clock.second())?;
            write_fraction_as(f, nanos, fraction)?;
        }
        match value.offset().as_hms() {
            (0, 0, 0) if self.form.has(NO_OFFSET) => Ok(()),
            (0, 0, 0) if self.form.has(NUMERIC_UTC) => f.write_str("+00:00"),
            (0, 0, 0) => f.write_str("Z"),
            (h, m, s) => {
                let sign = if value.offset().is_negative() { '-' } else { '+' };
                write!(f, "{sign}{:02}:{:02}", h.unsigned_abs(), m.unsigned_abs())?;
                if s != 0 { write!(f, ":{:02}", s.unsigned_abs()) } else { Ok(()) }
            }
        }
    }
}

impl Serialize for DateTimeOffset {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if self.rfc3339().is_none() {
            let year = self.value.checked_to_offset(time::UtcOffset::UTC).map_or(self.value.year(), |utc| utc.year());
            return Err(serde::ser::Error::custom(format_args!(
                "DateTimeOffset {self}: year {year} cannot be written in RFC 3339 (0000 to 9999, at UTC)"
            )));
        }
        serializer.collect_str(self)
    }
}

string_de!(DateTimeOffset, "an Edm.DateTimeOffset string");

/// `Edm.Date`: a calendar date, `YYYY-MM-DD`.
///
/// ```
/// let d: graph_model::Date = "2024-02-29".parse()?;
/// assert_eq!(d.to_string(), "2024-02-29");
/// # Ok::<(), graph_model::EdmParseError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Date(pub time::Date);

impl FromStr for Date {
    type Err = EdmParseError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let err = || EdmParseError::new("Date", s, "a date such as `2024-03-01`");
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return Err(err());
        }
        let num = |r: std::ops::Range<usize>| s.get(r).filter(|t| t.bytes().all(|c| c.is_ascii_digit()));
        let (Some(y), Some(m), Some(d)) = (num(0..4), num(5..7), num(8..10)) else {
            return Err(err());
        };
        let month = time::Month::try_from(m.parse::<u8>().map_err(|_| err())?).map_err(|_| err())?;
        let date = time::Date::from_calendar_date(y.parse().map_err(|_| err())?, month, d.parse().map_err(|_| err())?);
        date.map(Date).map_err(|_| err())
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.0.year(), self.0.month() as u8, self.0.day())
    }
}

/// `Edm.Duration`: an ISO 8601 day-time duration such as `P7D`, `PT1H30M` or `-PT0.5S`.
///
/// The components are kept as written (`PT90M` stays `PT90M`); [`Duration::to_std`] gives the length.
/// `nanos` of a second or more carry into the seconds when written (`seconds: 0, nanos: 1_500_000_000`
/// is `PT1.5S`), and such values compare equal to their carried form.
///
/// ```
/// let d: graph_model::Duration = "P1DT2H".parse()?;
/// assert_eq!(d.to_std(), Some(std::time::Duration::from_secs(26 * 3600)));
/// assert_eq!(d.to_string(), "P1DT2H");
/// assert!("P1X".parse::<graph_model::Duration>().is_err());
/// # Ok::<(), graph_model::EdmParseError>(())
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct Duration {
    /// Whether the duration is negative (`-P...`).
    pub negative: bool,
    /// Days.
    pub days: u64,
    /// Hours.
    pub hours: u64,
    /// Minutes.
    pub minutes: u64,
    /// Whole seconds.
    pub seconds: u64,
    /// Fractional seconds, in nanoseconds.
    pub nanos: u32,
}

impl Duration {
    /// The length as a `std::time::Duration`, or `None` if negative or too long.
    pub fn to_std(&self) -> Option<std::time::Duration> {
        if self.negative {
            return None;
        }
        let (seconds, nanos) = self.seconds_and_nanos();
        let secs = self
            .days
            .checked_mul(86_400)?
            .checked_add(self.hours.checked_mul(3_600)?)?
            .checked_add(self.minutes.checked_mul(60)?)?
            .checked_add(u64::try_from(seconds).ok()?)?;
        Some(std::time::Duration::new(secs, nanos))
    }

    /// The seconds component with `nanos` carried into it: whole seconds and the fraction below one.
    fn seconds_and_nanos(&self) -> (u128, u32) {
        let total = u128::from(self.seconds) * 1_000_000_000 + u128::from(self.nanos);
        (total / 1_000_000_000, (total % 1_000_000_000) as u32)
    }

    /// What equality and hashing compare: the components, with `nanos` carried.
    fn key(&self) -> (bool, u64, u64, u64, u128, u32) {
        let (seconds, nanos) = self.seconds_and_nanos();
        (self.negative, self.days, self.hours, self.minutes, seconds, nanos)
    }

    /// A positive duration of whole days: `P{days}D`.
    pub const fn from_days(days: u64) -> Self {
        Duration { negative: false, days, hours: 0, minutes: 0, seconds: 0, nanos: 0 }
    }
}

impl FromStr for Duration {
    type Err = EdmParseError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let err = || EdmParseError::new("Duration", s, "an ISO 8601 duration such as `P7D` or `PT1H30M`");
        let mut d = Duration::default();
        let mut rest = s;
        if let Some(r) = rest.strip_prefix('-') {
            d.negative = true;
            rest = r;
        }
        rest = rest.strip_prefix('P').ok_or_else(err)?;
        let mut in_time = false;
        let mut any = false;
        // Each designator may appear once, in order: D, then after T: H, M, S.
        let mut last_rank = 0;
        while !rest.is_empty() {
            if let Some(r) = rest.strip_prefix('T') {
                if in_time {
                    return Err(err());
                }
                in_time = true;
                rest = r;
                if rest.is_empty() {
                    return Err(err());
                }
                continue;
            }
            let digits = rest.bytes().take_while(|c| c.is_ascii_digit() || *c == b'.').count();
            let (number, r) = rest.split_at(digits);
            let unit = r.chars().next().ok_or_else(err)?;
            rest = &r[unit.len_utf8()..];
            let rank = match (in_time, unit) {
                (false, 'D') => 1,
                (true, 'H') => 2,
                (true, 'M') => 3,
                (true, 'S') => 4,
                _ => return Err(err()),
            };
            if rank <= last_rank || number.is_empty() {
                return Err(err());
            }
            last_rank = rank;
            any = true;
            let (whole, frac) = match number.split_once('.') {
                Some((w, f)) if rank == 4 && !w.is_empty() && !f.is_empty() && !f.contains('.') => (w, Some(f)),
                Some(_) => return Err(err()),
                None => (number, None),
            };
            let value: u64 = whole.parse().map_err(|_| err())?;
            match rank {
                1 => d.days = value,
                2 => d.hours = value,
                3 => d.minutes = value,
                _ => {
                    d.seconds = value;
                    if let Some(f) = frac {
                        // Digits past the ninth cannot be kept: refused unless they are zeros.
                        let (kept, beyond) = f.split_at(f.len().min(9));
                        if beyond.bytes().any(|b| b != b'0') {
                            return Err(EdmParseError::new("Duration", s, "at most nanosecond precision"));
                        }
                        let scale = 10u32.pow(9 - kept.len() as u32);
                        d.nanos = kept.parse::<u32>().map_err(|_| err())? * scale;
                    }
                }
            }
        }
        if !any {
            return Err(err());
        }
        Ok(d)
    }
}

impl PartialEq for Duration {
    fn eq(&self, other: &Self) -> bool {
        self.key() == other.key()
    }
}

impl Eq for Duration {}

impl std::hash::Hash for Duration {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.key().hash(state);
    }
}

impl fmt::Display for Duration {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.negative {
            f.write_str("-")?;
        }
        f.write_str("P")?;
        if self.days > 0 {
            write!(f, "{}D", self.days)?;
        }
        let (seconds, nanos) = self.seconds_and_nanos();
        let has_time = self.hours > 0 || self.minutes > 0 || seconds > 0 || nanos > 0;
        if has_time {
            f.write_str("T")?;
            if self.hours > 0 {
                write!(f, "{}H", self.hours)?;
            }
            if self.minutes > 0 {
                write!(f, "{}M", self.minutes)?;
            }
            if seconds > 0 || nanos > 0 {
                write!(f, "{seconds}")?;
                if nanos > 0 {
                    write_fraction(f, nanos)?;
                }
                f.write_str("S")?;
            }
        } else if self.days == 0 {
            f.write_str("T0S")?;
        }
        Ok(())
    }
}

/// Writes the fraction of a second with the number of digits it was received with (`.0000000` stays,
/// picoseconds and zeros past them too), or, for a value built in code or changed since, in as few digits
/// as it needs; nothing for zero digits or a zero fraction.
pub(crate) fn write_fraction_as(f: &mut fmt::Formatter<'_>, nanos: u32, fraction: Fraction) -> fmt::Result {
    let picos = u32::from(fraction.picos);
    match fraction.digits.map(u32::from) {
        // The received digits hold the value exactly (it was parsed from them).
        Some(digits @ 1..=9) if picos == 0 && nanos.is_multiple_of(10u32.pow(9 - digits)) => {
            let shown = nanos / 10u32.pow(9 - digits);
            write!(f, ".{shown:0width$}", width = digits as usize)
        }
        Some(digits @ 10..) if picos.is_multiple_of(10u32.pow(12 - digits.min(12))) => {
            let shown = picos / 10u32.pow(12 - digits.min(12));
            write!(f, ".{nanos:09}{shown:0width$}", width = digits.min(12) as usize - 9)?;
            (12..digits).try_for_each(|_| f.write_str("0"))
        }
        _ if picos != 0 => {
            let (mut shown, mut width) = (picos, 3);
            while shown.is_multiple_of(10) {
                shown /= 10;
                width -= 1;
            }
            write!(f, ".{nanos:09}{shown:0width$}")
        }
        _ if nanos != 0 => write_fraction(f, nanos),
        _ => Ok(()),
    }
}

/// Writes `.` and the fraction of a second, trailing zeros left out, without allocating.
pub(crate) fn write_fraction(f: &mut fmt::Formatter<'_>, nanos: u32) -> fmt::Result {
    let mut digits = 9;
    let mut n = nanos;
    while n.is_multiple_of(10) {
        n /= 10;
        digits -= 1;
    }
    write!(f, ".{n:0digits$}")
}

impl Serialize for Duration {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        // Display never fails; a seconds count that cannot be read back is refused here.
        if u64::try_from(self.seconds_and_nanos().0).is_err() {
            return Err(serde::ser::Error::custom(format_args!(
                "Duration {self}: the seconds component exceeds {} and could not be read back",
                u64::MAX
            )));
        }
        serializer.collect_str(self)
    }
}

/// `Edm.Guid`: a GUID in its 8-4-4-4-12 hexadecimal form, kept as written.
///
/// Graph ids are `Edm.String`, not `Edm.Guid`, even when they look like GUIDs: use `String` for them.
///
/// ```
/// let g: graph_model::Guid = "aa8db46c-ccb9-5144-8553-76ad7939fa74".parse()?;
/// assert_eq!(g.as_str(), "aa8db46c-ccb9-5144-8553-76ad7939fa74");
/// assert!("2b014d8c-71fe-4d00-a01a-31850bc5b32".parse::<graph_model::Guid>().is_err());
/// # Ok::<(), graph_model::EdmParseError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Guid(String);

impl Guid {
    /// The GUID as written.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl FromStr for Guid {
    type Err = EdmParseError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let groups: Vec<&str> = s.split('-').collect();
        let lens = [8, 4, 4, 4, 12];
        let ok = groups.len() == 5
            && groups.iter().zip(lens).all(|(g, n)| g.len() == n && g.bytes().all(|c| c.is_ascii_hexdigit()));
        if ok {
            Ok(Guid(s.to_owned()))
        } else {
            Err(EdmParseError::new("Guid", s, "a GUID such as `aa8db46c-ccb9-5144-8553-76ad7939fa74`"))
        }
    }
}

impl fmt::Display for Guid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

string_de!(Date, "an Edm.Date string");

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if !(0..=9999).contains(&self.0.year()) {
            return Err(serde::ser::Error::custom(format_args!(
                "Date {self}: year {} cannot be written as an Edm.Date (0000 to 9999)",
                self.0.year()
            )));
        }
        serializer.collect_str(self)
    }
}
string_de!(Duration, "an Edm.Duration string");
string_serde!(Guid, "an Edm.Guid string");

#[cfg(test)]
mod tests {
    use super::*;

    /// Every text the fast path accepts reads the same through the general path: value and form.
    #[test]
    fn fast_timestamps_agree_with_the_general_parser() {
        let mut texts: Vec<String> = [
            "2024-02-29T23:59:59.9999999Z",
            "2023-02-29T00:00:00Z",
            "2024-13-01T00:00:00Z",
            "2024-00-10T00:00:00Z",
            "2024-01-00T00:00:00Z",
            "2024-04-31T00:00:00Z",
            "2024-01-01T24:00:00Z",
            "2024-01-01T23:60:00Z",
            "2024-01-01T23:59:60Z",
            "0000-01-01T00:00:00Z",
            "9999-12-31T23:59:59.999999999Z",
            "2024-01-01T00:00:00.1234567891Z",
            "2024-01-01T00:00:00.Z",
            "2024-01-01T00:00:00.5z",
            "2024-01-01t00:00:00Z",
            "2024-01-01T00:00:00ZZ",
            "2024-01-01T00:00:00+00:00",
            "2024-01-01T00:00:00",
            "2024-1-01T00:00:00Z",
            "+024-01-01T00:00:00Z",
            "2024-01-01T00:0a:00Z",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        for i in 0..3000u32 {
            let digits = (i % 11) as usize;
            let fraction = format!("{:09}", i.wrapping_mul(2_654_435_761) % 1_000_000_000);
            let fraction = if digits == 0 { String::new() } else { format!(".{}", &fraction[..digits.min(9)]) };
            texts.push(format!(
                "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}{fraction}Z",
                (i * 37) % 10_000,
                i % 14,
                i % 33,
                i % 25,
                (i * 7) % 61,
                (i * 11) % 61
            ));
        }
        // Every byte of a valid text replaced by each character near the digits and separators (and by
        // characters of other widths): the fast path must read it as the general one does, or decline.
        // Fractions of one, seven, eight and nine digits: the fast path reads them in one word.
        for base in [
            "2024-02-29T23:59:58.1234567Z",
            "2024-02-29T23:59:58.1Z",
            "2024-02-29T23:59:58.12345678Z",
            "2024-02-29T23:59:58.123456789Z",
        ] {
            for at in 0..base.len() {
                for with in ["/", "0", "9", ":", ";", "-", "T", "Z", ".", " ", "\u{0}", "\u{7f}", "é", "٣", "💥", ""]
                {
                    texts.push(format!("{}{with}{}", &base[..at], &base[at + 1..]));
                }
            }
        }
        let mut fast = 0;
        for text in &texts {
            let general = parse_general(text);
            match parse_utc_fast(text.as_bytes()) {
                Some(value) => {
                    fast += 1;
                    let general = general.unwrap_or_else(|e| panic!("{text}: fast path read, general refused: {e}"));
                    assert_eq!((value.value, value.form), (general.value, general.form), "{text}");
                }
                None => assert_eq!(
                    text.parse::<DateTimeOffset>().map(|v| (v.value, v.form)),
                    general.map(|v| (v.value, v.form)),
                    "{text}"
                ),
            }
        }
        assert!(fast > 1000, "the fast path read {fast} texts");
    }
}

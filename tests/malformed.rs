//! The malformed corpus: hand-written bad inputs, each with the JSON path and message fragment its error
//! must have. Nothing here may panic, overflow the stack, or be accepted.

use graph_model::backup_restore::{
    AnyRestoreArtifact, AnyRestoreSession, OneDriveForBusinessRestoreSession, PublicErrorResponse, RestorePoint,
    RestoreSessionBase,
};
use graph_model::{CollectionResponse, Delta, Error};

/// Which public entry point reads the input.
#[derive(Clone, Copy, Debug)]
enum Entry {
    Session,
    Sessions,
    Artifact,
    Artifacts,
    OneDrive,
    Point,
    ErrorBody,
    DeltaOf,
}

fn parse(entry: Entry, input: &str) -> Result<(), Error> {
    match entry {
        Entry::Session => graph_model::from_str::<AnyRestoreSession>(input).map(drop),
        Entry::Sessions => graph_model::from_str::<CollectionResponse<AnyRestoreSession>>(input).map(drop),
        Entry::Artifact => graph_model::from_str::<AnyRestoreArtifact>(input).map(drop),
        Entry::Artifacts => graph_model::from_str::<CollectionResponse<AnyRestoreArtifact>>(input).map(drop),
        Entry::OneDrive => graph_model::from_str::<OneDriveForBusinessRestoreSession>(input).map(drop),
        Entry::Point => graph_model::from_str::<RestorePoint>(input).map(drop),
        Entry::ErrorBody => graph_model::from_str::<PublicErrorResponse>(input).map(drop),
        Entry::DeltaOf => {
            graph_model::from_str::<Delta<graph_model::backup_restore::DriveRestoreArtifact>>(input).map(drop)
        }
    }
}

/// The same entry point reached through serde_json directly, as most users call it: `from_str`,
/// `from_slice` and `from_reader`, each giving its error's text.
/// Each entry point's verdict: the message, and whether it is a syntax error (or the input ended early).
fn parse_with_serde_json(entry: Entry, input: &str) -> [Result<(), (String, bool)>; 3] {
    fn all<T: serde::de::DeserializeOwned>(input: &str) -> [Result<(), (String, bool)>; 3] {
        let text =
            |r: Result<T, serde_json::Error>| r.map(drop).map_err(|e| (e.to_string(), e.is_syntax() || e.is_eof()));
        [
            text(serde_json::from_str(input)),
            text(serde_json::from_slice(input.as_bytes())),
            text(serde_json::from_reader(input.as_bytes())),
        ]
    }
    use graph_model::backup_restore::DriveRestoreArtifact;
    match entry {
        Entry::Session => all::<AnyRestoreSession>(input),
        Entry::Sessions => all::<CollectionResponse<AnyRestoreSession>>(input),
        Entry::Artifact => all::<AnyRestoreArtifact>(input),
        Entry::Artifacts => all::<CollectionResponse<AnyRestoreArtifact>>(input),
        Entry::OneDrive => all::<OneDriveForBusinessRestoreSession>(input),
        Entry::Point => all::<RestorePoint>(input),
        Entry::ErrorBody => all::<PublicErrorResponse>(input),
        Entry::DeltaOf => all::<Delta<DriveRestoreArtifact>>(input),
    }
}

use Entry::*;

const CASES: &[(&str, Entry, &str, &str, &str)] = &[
    // (name, entry point, input, expected path, message fragment)
    // Wrong JSON types
    ("top level is an array", Session, r#"[]"#, "", "expected a `microsoft.graph.restoreSessionBase` object"),
    (
        "top level is a string",
        OneDrive,
        r#""s""#,
        "",
        "expected a `microsoft.graph.oneDriveForBusinessRestoreSession` object",
    ),
    ("top level is null", Point, "null", "", "expected a `microsoft.graph.restorePoint` object"),
    ("id is a number", Session, r#"{"id":5}"#, "id", "invalid type: integer `5`, expected a string"),
    ("id is null (not nullable)", Point, r#"{"id":null}"#, "id", "invalid type: null, expected a string"),
    ("status is a number", Session, r#"{"status":1}"#, "status", "expected an enum member string"),
    ("status is an object", Artifact, r#"{"status":{}}"#, "status", "expected an enum member string"),
    (
        "tags is an array",
        Point,
        r#"{"tags":["fastRestore"]}"#,
        "tags",
        "expected a comma-separated list of flags members",
    ),
    (
        "count is a string",
        Session,
        r#"{"restoreSessionArtifactCount":{"total":"3"}}"#,
        "restoreSessionArtifactCount.total",
        "expected i32",
    ),
    (
        "count overflows i32",
        Session,
        r#"{"restoreSessionArtifactCount":{"total":3000000000}}"#,
        "restoreSessionArtifactCount.total",
        "expected i32",
    ),
    (
        "count is fractional",
        Session,
        r#"{"restoreSessionArtifactCount":{"failed":1.5}}"#,
        "restoreSessionArtifactCount.failed",
        "expected i32",
    ),
    (
        "createdBy is a string",
        Session,
        r#"{"createdBy":"me"}"#,
        "createdBy",
        "expected a `microsoft.graph.identitySet` object",
    ),
    (
        "createdBy.user.id is a bool",
        Session,
        r#"{"createdBy":{"user":{"id":true}}}"#,
        "createdBy.user.id",
        "expected a string",
    ),
    ("error.details is an object", Session, r#"{"error":{"details":{}}}"#, "error.details", "expected a sequence"),
    (
        "error.details[1].code is a number",
        Session,
        r#"{"error":{"details":[{},{"code":1}]}}"#,
        "error.details[1].code",
        "expected a string",
    ),
    (
        "artifacts list is an object",
        OneDrive,
        r#"{"driveRestoreArtifacts":{}}"#,
        "driveRestoreArtifacts",
        "expected a sequence",
    ),
    (
        "artifact in list is a string",
        OneDrive,
        r#"{"driveRestoreArtifacts":["a"]}"#,
        "driveRestoreArtifacts[0]",
        "expected a `microsoft.graph.driveRestoreArtifact` object",
    ),
    (
        "restorePoint is a string",
        Artifact,
        r#"{"restorePoint":"rp1"}"#,
        "restorePoint",
        "expected a `microsoft.graph.restorePoint` object",
    ),
    (
        "restorePoint.id is a number",
        Artifacts,
        r#"{"value":[{},{"restorePoint":{"id":1}}]}"#,
        "value[1].restorePoint.id",
        "expected a string",
    ),
    ("value is missing", Sessions, r#"{"@odata.context":"c"}"#, "", "missing field `value`"),
    ("value is an object", Sessions, r#"{"value":{}}"#, "value", "expected a sequence"),
    ("@odata.count is a string", Sessions, r#"{"value":[],"@odata.count":"2"}"#, "@odata.count", "expected i64"),
    (
        "@odata.nextLink is a number",
        Sessions,
        r#"{"value":[],"@odata.nextLink":2}"#,
        "@odata.nextLink",
        "expected a string",
    ),
    (
        "error body: error is a string",
        ErrorBody,
        r#"{"error":"bad"}"#,
        "error",
        "expected a `microsoft.graph.publicError` object",
    ),
    ("error body: code is a number", ErrorBody, r#"{"error":{"code":400}}"#, "error.code", "expected a string"),
    (
        "error body: innerError is a list",
        ErrorBody,
        r#"{"error":{"innerError":[]}}"#,
        "error.innerError",
        "expected a `microsoft.graph.publicInnerError` object",
    ),
    // Malformed timestamps and durations
    (
        "timestamp with dashes for colons",
        Session,
        r#"{"createdDateTime":"2015-06-19T12-01-03.45Z"}"#,
        "createdDateTime",
        "invalid DateTimeOffset `2015-06-19T12-01-03.45Z`",
    ),
    (
        "timestamp placeholder",
        Session,
        r#"{"completedDateTime":"String (timestamp)"}"#,
        "completedDateTime",
        "invalid DateTimeOffset `String (timestamp)`",
    ),
    (
        "timestamp without seconds",
        Session,
        r#"{"createdDateTime":"2024-01-01T00:00"}"#,
        "createdDateTime",
        "invalid DateTimeOffset",
    ),
    (
        "timestamp with month 13",
        Artifact,
        r#"{"startDateTime":"2024-13-01T00:00:00Z"}"#,
        "startDateTime",
        "invalid DateTimeOffset",
    ),
    (
        "timestamp February 30",
        Point,
        r#"{"protectionDateTime":"2024-02-30T00:00:00Z"}"#,
        "protectionDateTime",
        "invalid DateTimeOffset",
    ),
    (
        "timestamp hour 25",
        Point,
        r#"{"expirationDateTime":"2024-02-01T25:00:00Z"}"#,
        "expirationDateTime",
        "invalid DateTimeOffset",
    ),
    (
        "timestamp is a number",
        Point,
        r#"{"expirationDateTime":1700000000}"#,
        "expirationDateTime",
        "expected an Edm.DateTimeOffset string",
    ),
    ("timestamp empty", Artifact, r#"{"completionDateTime":""}"#, "completionDateTime", "invalid DateTimeOffset ``"),
    (
        "timestamp in a nested list",
        Artifacts,
        r##"{"value":[{"@odata.type":"#microsoft.graph.driveRestoreArtifact"},{"@odata.type":"#microsoft.graph.siteRestoreArtifact","startDateTime":"yesterday"}]}"##,
        "value[1].startDateTime",
        "invalid DateTimeOffset `yesterday`",
    ),
    // Durations (retentionSetting.period) inside protection policies are covered by unit tests; one here:
    (
        "duration in an undeclared place is kept, in a declared one checked",
        Session,
        r#"{"restoreJobType":"P1D"}"#,
        "",
        "__ok__",
    ),
    // Type annotations
    (
        "two @odata.type keys",
        Session,
        r##"{"@odata.type":"#microsoft.graph.exchangeRestoreSession","@odata.type":"#microsoft.graph.exchangeRestoreSession"}"##,
        "",
        "duplicate type annotation",
    ),
    (
        "@odata.type and @type",
        Artifact,
        r##"{"@type":"#microsoft.graph.siteRestoreArtifact","id":"a","@odata.type":"#microsoft.graph.siteRestoreArtifact"}"##,
        "",
        "duplicate type annotation",
    ),
    ("@odata.type is a number", Artifact, r#"{"@odata.type":5}"#, "@odata.type", "expected a type name string"),
    ("@odata.type is null", Session, r#"{"@odata.type":null}"#, "@odata.type", "expected a type name string"),
    (
        "@odata.type outside the hierarchy",
        Session,
        r##"{"@odata.type":"#microsoft.graph.driveRestoreArtifact"}"##,
        "",
        "neither `microsoft.graph.restoreSessionBase` nor derived from it",
    ),
    (
        "@odata.type conflicts with the endpoint's type",
        OneDrive,
        r##"{"@odata.type":"#microsoft.graph.exchangeRestoreSession"}"##,
        "",
        "neither `microsoft.graph.oneDriveForBusinessRestoreSession`",
    ),
    (
        "@odata.type of an enum type",
        Point,
        r##"{"@odata.type":"#microsoft.graph.restoreSessionStatus"}"##,
        "",
        "neither `microsoft.graph.restorePoint`",
    ),
    // Duplicate keys
    ("duplicate id", Point, r#"{"id":"a","id":"b"}"#, "", "duplicate field `id`"),
    ("duplicate nullable property", Session, r#"{"error":null,"error":null}"#, "", "duplicate field `error`"),
    ("duplicate undeclared key", Session, r#"{"x":1,"x":1}"#, "", "duplicate key `x`"),
    ("duplicate annotation", Session, r#"{"@odata.etag":"1","@odata.etag":"1"}"#, "", "duplicate key `@odata.etag`"),
    (
        "duplicate key in a buffered object",
        Artifact,
        r##"{"id":"a","id":"b","@odata.type":"#microsoft.graph.driveRestoreArtifact"}"##,
        "",
        "duplicate field `id`",
    ),
    ("duplicate value in a page", Sessions, r#"{"value":[],"value":[]}"#, "", "duplicate field `value`"),
    ("duplicate undeclared key in a page", Sessions, r#"{"value":[],"@x":1,"@x":2}"#, "", "duplicate key `@x`"),
    (
        "duplicate undeclared key in an exception",
        DeltaOf,
        r#"[{"@Core.DataModificationException":{"retry":1,"retry":2}}]"#,
        "[0].@Core.DataModificationException",
        "duplicate key `retry`",
    ),
    // Delta entries
    (
        "@removed is a string",
        OneDrive,
        r#"{"driveRestoreArtifacts@delta":[{"@removed":"changed","id":"a"}]}"#,
        "driveRestoreArtifacts@delta[0].@removed",
        "expected a `RemovedAnnotation` object",
    ),
    (
        "@removed is null",
        DeltaOf,
        r#"[{"@removed":null,"id":"a"}]"#,
        "[0].@removed",
        "expected a `RemovedAnnotation` object",
    ),
    ("removed entry without id", DeltaOf, r#"[{"@removed":{}}]"#, "[0]", "a removed entry needs the id"),
    (
        "removed reason unknown",
        DeltaOf,
        r#"[{"@removed":{"reason":"moved"},"id":"a"}]"#,
        "[0].@removed.reason",
        "expected `changed` or `deleted`",
    ),
    (
        "responseCode is a string",
        DeltaOf,
        r#"[{"@Core.DataModificationException":{"responseCode":"409"}}]"#,
        "[0].@Core.DataModificationException.responseCode",
        "expected u16",
    ),
    (
        "responseCode is negative",
        DeltaOf,
        r#"[{"@Core.DataModificationException":{"responseCode":-1}}]"#,
        "[0].@Core.DataModificationException.responseCode",
        "expected u16",
    ),
    (
        "exception info is a list",
        DeltaOf,
        r#"[{"@Core.DataModificationException":{"info":[]}}]"#,
        "[0].@Core.DataModificationException.info",
        "expected a `ExceptionInfo` object",
    ),
    (
        "exception is a string",
        DeltaOf,
        r#"[{"@Core.DataModificationException":"boom"}]"#,
        "[0].@Core.DataModificationException",
        "expected a `DataModificationException` object",
    ),
    (
        "content id is a number",
        DeltaOf,
        r#"[{"@contentId":1,"@Core.DataModificationException":{}}]"#,
        "[0].@contentId",
        "expected a string",
    ),
    ("delta is an object", DeltaOf, r#"{"id":"a"}"#, "", "expected a delta collection"),
    // Truncated documents
    ("truncated object", Session, r#"{"id":"a""#, "", "EOF while parsing an object"),
    ("truncated string", Session, r#"{"id":"a"#, "id", "EOF while parsing a string"),
    ("truncated list", Sessions, r#"{"value":[{"id":"a"},"#, "value[1]", "EOF while parsing"),
    (
        "truncated after the type",
        Artifact,
        r##"{"@odata.type":"#microsoft.graph.driveRestoreArtifact","##,
        "",
        "EOF while parsing",
    ),
    ("empty input", Session, "", "", "EOF while parsing a value"),
    ("trailing characters", Point, r#"{} {}"#, "", "trailing characters"),
    ("bare word", Point, r#"{"id": undefined}"#, "id", "expected value"),
    ("single quotes", Point, r#"{'id': 'a'}"#, "", "key must be a string"),
    ("trailing comma", Point, r#"{"id":"a",}"#, "", "trailing comma"),
    // Invalid escapes and lone surrogates
    ("invalid escape", Point, r#"{"id":"\q"}"#, "id", "invalid escape"),
    ("lone high surrogate", Point, r#"{"id":"\ud800"}"#, "id", "hex escape"),
    ("lone low surrogate", Session, r#"{"status":"\udc00x"}"#, "status", "lone leading surrogate"),
    ("short unicode escape", Point, r#"{"id":"\u12"}"#, "id", "invalid escape"),
    ("control character in a string", Point, "{\"id\":\"a\u{1}b\"}", "id", "control character"),
    // Control characters from the input are escaped wherever the input is quoted in a message.
    ("a control character in a key", Session, "{\"a\\u0001b\":{\"c\" 1}}", "a\\u{1}b", "expected `:`"),
    ("a control character in a duplicate key", Session, "{\"\\u0001\":1,\"\\u0001\":2}", "", "duplicate key `\\u{1}`"),
    ("a control character in a value", Point, "{\"protectionDateTime\":\"\\u0001\"}", "protectionDateTime", "`\\u{1}`"),
    // Depth
    (
        "deep nesting where an object is expected",
        Session,
        "__deep_declared__",
        "createdBy",
        "invalid type: sequence, expected a `microsoft.graph.identitySet` object",
    ),
    ("nesting in an undeclared property", Session, "__deep_undeclared__", "x", "JSON nested deeper than 127 levels"),
    ("nesting in a buffered object", Artifact, "__deep_buffered__", "x", "JSON nested deeper than 127 levels"),
    // The limit's edge, counted from the document's root as serde_json counts: under the top-level object,
    // 126 levels are kept (127 in all), 127 are not (128 in all, which serde_json::Value refuses).
    ("126 levels in an undeclared property", Session, "__depth_126__", "", "__ok__"),
    ("127 levels in an undeclared property", Session, "__depth_127__", "x", "JSON nested deeper than 127 levels"),
    (
        "126 levels under three declared levels",
        Session,
        "__depth_126_declared__",
        "error.details[0].x",
        "JSON nested deeper than 127 levels",
    ),
    ("124 levels under three declared levels", Session, "__depth_124_declared__", "", "__ok__"),
];

fn expand(input: &str) -> String {
    const N: usize = 100_000;
    match input {
        "__deep_declared__" => format!("{{\"createdBy\":{}{}}}", "[".repeat(N), "]".repeat(N)),
        "__deep_undeclared__" => format!("{{\"x\":{}{}}}", "[".repeat(N), "]".repeat(N)),
        "__deep_buffered__" => {
            format!("{{\"x\":{}{},\"@odata.type\":\"x.y\"}}", "{\"a\":".repeat(N), "1".to_string() + &"}".repeat(N))
        }
        "__depth_126__" => format!("{{\"x\":{}{}}}", "[".repeat(126), "]".repeat(126)),
        "__depth_127__" => format!("{{\"x\":{}{}}}", "[".repeat(127), "]".repeat(127)),
        // The session, `error`, `details` and its first element are four levels.
        "__depth_126_declared__" => {
            format!("{{\"error\":{{\"details\":[{{\"x\":{}{}}}]}}}}", "[".repeat(124), "]".repeat(124))
        }
        "__depth_124_declared__" => {
            format!("{{\"error\":{{\"details\":[{{\"x\":{}{}}}]}}}}", "[".repeat(123), "]".repeat(123))
        }
        other => other.to_owned(),
    }
}

#[test]
fn every_bad_input_gives_its_path_and_message() {
    assert!(CASES.len() >= 60, "{} cases", CASES.len());
    let mut failures = Vec::new();
    for (name, entry, input, path, fragment) in CASES {
        let input = expand(input);
        match (parse(*entry, &input), *fragment) {
            (Ok(()), "__ok__") => {}
            (Ok(()), _) => failures.push(format!("{name}: accepted")),
            (Err(e), "__ok__") => failures.push(format!("{name}: rejected: {e}")),
            (Err(e), fragment) => {
                if e.path() != *path || !e.message().contains(fragment) {
                    failures.push(format!("{name}: got path `{}` message `{}`", e.path(), e.message()));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{} of {} cases failed:\n{}", failures.len(), CASES.len(), failures.join("\n"));
}

/// Through `serde_json::from_str`, `from_slice` and `from_reader` every bad input gives the same verdict,
/// its message starts with the JSON path (`driveRestoreArtifacts@delta[0].@removed: ...`) and never shows
/// the crate's internal marks.
#[test]
fn every_bad_input_names_its_path_through_serde_json() {
    let mut failures = Vec::new();
    for (name, entry, input, path, fragment) in CASES {
        let input = expand(input);
        for (how, result) in ["from_str", "from_slice", "from_reader"].iter().zip(parse_with_serde_json(*entry, &input))
        {
            match (result, *fragment) {
                (Ok(()), "__ok__") => {}
                (Ok(()), _) => failures.push(format!("{name} ({how}): accepted")),
                (Err((e, _)), "__ok__") => failures.push(format!("{name} ({how}): rejected: {e}")),
                // `from_str` and `from_reader` hand a Graph value at the root to the reader compiled with
                // it as text, which serde_json finds the end of first: JSON that is not well formed is
                // refused there, with serde_json's own message and position but no path.
                (Err((e, syntax)), fragment) => {
                    // The path, or a deeper one: reading element by element, an array names the element.
                    let deeper = [format!("{path}: "), format!("{path}["), format!("{path}.")];
                    let placed =
                        if path.is_empty() { !e.contains(": at") } else { deeper.iter().any(|p| e.starts_with(p)) };
                    let unplaced_syntax = syntax && *how != "from_slice" && e.contains(" at line ");
                    if !(placed && e.contains(fragment) || unplaced_syntax) || e.contains('\u{1}') {
                        failures.push(format!("{name} ({how}): {e:?}"));
                    }
                }
            }
        }
    }
    assert!(failures.is_empty(), "{} failures:\n{}", failures.len(), failures.join("\n"));
}

/// `serde_json::from_value` (a value parsed earlier, as HTTP clients often hold) names the path too.
#[test]
fn errors_through_from_value_name_the_path() {
    let value: serde_json::Value = serde_json::from_str(
        r##"{"value":[{"id":"a"},{"startDateTime":"yesterday","@odata.type":"#microsoft.graph.siteRestoreArtifact"}]}"##,
    )
    .unwrap();
    let err = serde_json::from_value::<CollectionResponse<AnyRestoreArtifact>>(value).unwrap_err().to_string();
    assert!(err.starts_with("value[1].startDateTime: invalid DateTimeOffset `yesterday`"), "{err}");
}

#[test]
fn huge_inputs_stay_proportional() {
    // A 50 MB string is read once into the property.
    let big = format!("{{\"id\":\"{}\"}}", "a".repeat(50 << 20));
    let point: RestorePoint = graph_model::from_str(&big).unwrap();
    assert_eq!(point.entity.id.map(|s| s.len()), Some(50 << 20));
    // A million nulls in an undeclared property are kept as their text (about 5 MB), not as a million values.
    let nulls = format!("{{\"x\":[{}null]}}", "null,".repeat(999_999));
    let session: RestoreSessionBase = graph_model::from_str(&nulls).unwrap();
    assert_eq!(session.odata.additional.get("x").map(|v| v.get().len()), Some(nulls.len() - 6));
    // And a million nulls where artifacts are expected: an error at the first, without reading on.
    let list = format!("{{\"value\":[{}null]}}", "null,".repeat(999_999));
    let err = graph_model::from_str::<CollectionResponse<AnyRestoreArtifact>>(&list).unwrap_err();
    assert_eq!(err.path(), "value[0]");
}

/// Values built in code that RFC 3339 cannot carry: serializing gives an error or an equal instant, never
/// a panic (serde_json panics if `Display` fails, which it used to for these).
#[test]
fn unwritable_timestamps_are_errors_not_panics() {
    use graph_model::DateTimeOffset;
    use time::{Date, Month, OffsetDateTime, Time, UtcOffset};

    let epoch = OffsetDateTime::UNIX_EPOCH;
    // An offset with seconds: written as the same instant in UTC.
    let odd = DateTimeOffset::from(epoch.to_offset(UtcOffset::from_hms(1, 0, 30).unwrap()));
    assert_eq!(graph_model::to_string(&odd).unwrap(), r#""1970-01-01T00:00:00Z""#);
    assert_eq!(odd.to_string().parse::<DateTimeOffset>().unwrap(), odd);
    // A year before 0000: Display gives ISO 8601's expanded form, serializing an error.
    let date = Date::from_calendar_date(-1, Month::March, 1).unwrap();
    let ancient =
        DateTimeOffset::from(date.with_time(Time::from_hms_nano(10, 5, 0, 500_000_000).unwrap()).assume_utc());
    assert_eq!(ancient.to_string(), "-0001-03-01T10:05:00.5Z");
    let err = graph_model::to_string(&ancient).unwrap_err();
    assert!(err.message().contains("year -1 cannot be written in RFC 3339"), "{err}");
}

/// The timestamp writer gives what `time`'s RFC 3339 formatter gives, and reads back to the same value,
/// across years, fractions and offsets.
#[test]
fn timestamps_are_written_as_rfc3339() {
    use time::format_description::well_known::Rfc3339;
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    for i in 0..20_000u64 {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        let seconds = (x % 253_402_300_000) as i64; // 1970 to 9999
        let nanos = match i % 4 {
            0 => 0,
            1 => (x >> 20) as u32 % 1_000_000_000,
            2 => (x >> 20) as u32 % 10_000_000 * 100,
            _ => 500_000_000,
        };
        let minutes = ((x >> 40) % (2 * 24 * 60 - 1)) as i32 - (24 * 60 - 1);
        let offset = time::UtcOffset::from_whole_seconds(minutes * 60).unwrap();
        let utc = time::OffsetDateTime::from_unix_timestamp(seconds).unwrap().replace_nanosecond(nanos).unwrap();
        let Some(t) = utc.checked_to_offset(offset).filter(|t| (0..=9999).contains(&t.year())) else { continue };
        let written = graph_model::DateTimeOffset::from(t).to_string();
        assert_eq!(written, t.format(&Rfc3339).unwrap());
        assert_eq!(written.parse::<graph_model::DateTimeOffset>().unwrap().get(), t);
    }
}

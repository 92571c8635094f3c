//! Property tests: generated Graph-shaped objects (declared properties with valid and edge values, random
//! extra properties and annotations, unknown enum members and `@odata.type` values, any key order, nulls,
//! numbers at the edges). For every input: no panic; if it parses, writing it gives the same JSON (key
//! order aside) and parsing that gives an equal value.
//!
//! 10 000 cases per entry point in the normal run; set `PROPTEST_CASES` for a longer one, e.g.
//! `PROPTEST_CASES=1000000 cargo test --release --test properties`.

mod common;

use common::lossless::roundtrip;
use graph_model::backup_restore::{AnyRestoreArtifact, AnyRestoreSession, DriveRestoreArtifact, PublicErrorResponse};
use graph_model::{CollectionResponse, Delta};
use proptest::prelude::*;
use proptest::test_runner::Config;

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(10_000)
}

fn quoted(s: &str) -> String {
    serde_json::to_string(s).expect("a string serializes")
}

/// Any JSON value, with numbers at the edges, kept as text.
fn any_json() -> impl Strategy<Value = String> {
    let leaf = prop_oneof![
        Just("null".to_owned()),
        Just("true".to_owned()),
        Just("false".to_owned()),
        Just("0".to_owned()),
        Just("-0.0".to_owned()),
        Just("1e400".to_owned()),
        Just("-1e-400".to_owned()),
        Just("12345678901234567890123".to_owned()),
        Just(i64::MIN.to_string()),
        Just(u64::MAX.to_string()),
        Just("2.50".to_owned()),
        any::<i64>().prop_map(|n| n.to_string()),
        any::<f64>().prop_filter("finite", |f| f.is_finite()).prop_map(|f| format!("{f:?}")),
        "[a-zA-Z0-9 @#.:/\\-]{0,12}".prop_map(|s| quoted(&s)),
        any::<String>().prop_map(|s| quoted(&s)),
    ];
    leaf.prop_recursive(3, 16, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(|v| format!("[{}]", v.join(","))),
            prop::collection::btree_map("[a-z@.]{1,6}", inner, 0..4).prop_map(|m| {
                let body: Vec<String> = m.iter().map(|(k, v)| format!("{}:{}", quoted(k), v)).collect();
                format!("{{{}}}", body.join(","))
            }),
        ]
    })
}

fn timestamp() -> impl Strategy<Value = String> {
    // Written as the model writes them back (no trailing zeros in the fraction).
    (2000u32..2100, 1u32..13, 1u32..29, 0u32..24, 0u32..60, 0u32..60, 0u32..10_000_000).prop_map(
        |(y, mo, d, h, mi, s, f)| {
            let frac = format!("{f:07}");
            let frac = frac.trim_end_matches('0');
            if frac.is_empty() {
                format!("\"{y:04}-{mo:02}-{d:02}T{h:02}:{mi:02}:{s:02}Z\"")
            } else {
                format!("\"{y:04}-{mo:02}-{d:02}T{h:02}:{mi:02}:{s:02}.{frac}Z\"")
            }
        },
    )
}

/// An enum member: known, or one the program has never seen.
fn member(known: &'static [&'static str]) -> impl Strategy<Value = String> {
    prop_oneof![
        4 => prop::sample::select(known).prop_map(quoted),
        1 => "[a-z][a-zA-Z]{0,10}".prop_map(|m| quoted(&m)),
    ]
}

fn odata_type(kinds: &'static [&'static str]) -> impl Strategy<Value = Option<(String, String)>> {
    let spelled = (prop::sample::select(kinds), 0u8..4).prop_map(|(k, how)| match how {
        0 => format!("#microsoft.graph.{k}"),
        1 => format!("microsoft.graph.{k}"),
        2 => format!("#Microsoft.Graph.{}", k.to_uppercase()),
        _ => format!("#microsoft.graph.{k}V2"),
    });
    let key = prop::sample::select(&["@odata.type", "@type"][..]);
    prop::option::weighted(0.8, (key.prop_map(str::to_owned), spelled.prop_map(|s| quoted(&s))))
}

/// Declared properties with values valid for them (nullable ones sometimes null), plus extras, shuffled.
fn object(
    kinds: &'static [&'static str],
    declared: Vec<(&'static str, BoxedStrategy<String>)>,
) -> impl Strategy<Value = String> {
    let declared = declared
        .into_iter()
        .map(|(key, value)| prop::option::of(value).prop_map(move |v| v.map(|v| (key.to_owned(), v))))
        .collect::<Vec<_>>();
    let extras = prop::collection::btree_map(
        prop_oneof!["[a-z][a-zA-Z]{0,8}", "@[a-z]{1,6}\\.[a-zA-Z]{1,8}", "[a-z]{1,6}@odata\\.[a-z]{1,6}"],
        any_json(),
        0..5,
    );
    (declared, extras, odata_type(kinds), any::<u64>()).prop_map(|(declared, extras, tag, seed)| {
        let mut entries: Vec<(String, String)> = declared.into_iter().flatten().collect();
        for (k, v) in extras {
            // Keys a declared property or the type annotation already uses are not repeated.
            if !entries.iter().any(|(e, _)| *e == k) && k != "@odata.type" && k != "@type" && !k.starts_with("@removed")
            {
                entries.push((k, v));
            }
        }
        if let Some(tag) = tag {
            entries.push(tag);
        }
        // A deterministic shuffle from the seed: every key order, the type key anywhere.
        let mut state = seed | 1;
        for i in (1..entries.len()).rev() {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            entries.swap(i, (state % (i as u64 + 1)) as usize);
        }
        let body: Vec<String> = entries.iter().map(|(k, v)| format!("{}:{}", quoted(k), v)).collect();
        format!("{{{}}}", body.join(","))
    })
}

fn nullable(s: impl Strategy<Value = String> + 'static) -> BoxedStrategy<String> {
    prop_oneof![5 => s, 1 => Just("null".to_owned())].boxed()
}

fn string() -> BoxedStrategy<String> {
    any::<String>().prop_map(|s| quoted(&s)).boxed()
}

fn int32() -> BoxedStrategy<String> {
    prop_oneof![Just(i32::MIN), Just(i32::MAX), Just(0), any::<i32>()].prop_map(|n| n.to_string()).boxed()
}

const ARTIFACT_KINDS: &[&str] = &[
    "driveRestoreArtifact",
    "siteRestoreArtifact",
    "mailboxRestoreArtifact",
    "granularMailboxRestoreArtifact",
    "restoreArtifactBase",
];
const SESSION_KINDS: &[&str] =
    &["oneDriveForBusinessRestoreSession", "sharePointRestoreSession", "exchangeRestoreSession", "restoreSessionBase"];
const ARTIFACT_STATUS: &[&str] =
    &["added", "scheduling", "scheduled", "inProgress", "succeeded", "failed", "unknownFutureValue"];
const SESSION_STATUS: &[&str] =
    &["draft", "activating", "active", "completedWithError", "completed", "unknownFutureValue", "failed"];

fn artifact() -> impl Strategy<Value = String> {
    object(
        ARTIFACT_KINDS,
        vec![
            ("id", string()),
            ("status", nullable(member(ARTIFACT_STATUS))),
            ("destinationType", nullable(member(&["new", "inPlace", "unknownFutureValue"]))),
            ("startDateTime", nullable(timestamp())),
            ("completionDateTime", nullable(timestamp())),
            ("error", nullable(Just(r#"{"code":"UnknownError","message":"m","details":[]}"#.to_owned()))),
            ("restorePoint", nullable(string().prop_map(|id| format!(r#"{{"id":{id}}}"#)))),
            ("restoredItemCount", nullable(int32())),
            ("restoredSiteName", nullable(string())),
        ],
    )
}

fn session() -> impl Strategy<Value = String> {
    object(
        SESSION_KINDS,
        vec![
            ("id", string()),
            ("status", nullable(member(SESSION_STATUS))),
            ("restoreJobType", nullable(member(&["standard", "bulk", "unknownFutureValue", "granular"]))),
            ("createdDateTime", nullable(timestamp())),
            ("createdBy", nullable(string().prop_map(|n| format!(r#"{{"user":{{"displayName":{n}}}}}"#)))),
            ("restoreSessionArtifactCount", nullable(int32().prop_map(|n| format!(r#"{{"total":{n}}}"#)))),
        ],
    )
}

/// The shared lossless check (tests/common/lossless.rs), as a proptest failure.
fn check<T>(input: &str) -> Result<(), TestCaseError>
where
    T: serde::de::DeserializeOwned + serde::Serialize + PartialEq + Clone + std::fmt::Debug,
{
    roundtrip::<T>(input.as_bytes()).map(drop).map_err(TestCaseError::fail)
}

proptest! {
    #![proptest_config(Config { cases: cases(), failure_persistence: None, ..Config::default() })]

    #[test]
    fn artifacts_roundtrip(objects in prop::collection::vec(artifact(), 1..4)) {
        check::<CollectionResponse<AnyRestoreArtifact>>(&format!(r#"{{"value":[{}]}}"#, objects.join(",")))?;
    }

    #[test]
    fn sessions_roundtrip(object in session()) {
        check::<AnyRestoreSession>(&object)?;
    }

    #[test]
    fn delta_entries_roundtrip(
        entries in prop::collection::vec(prop_oneof![
            3 => artifact(),
            1 => (string(), any::<bool>()).prop_map(|(id, reason)| format!(
                r#"{{"@removed":{{{}}},"id":{id}}}"#, if reason { r#""reason":"deleted""# } else { "" })),
            1 => (string(), 100u16..600, string()).prop_map(|(cid, code, msg)| format!(
                r#"{{"@contentId":{cid},"@Core.DataModificationException":{{"info":{{"code":"ArtifactNotFound","message":{msg}}},"failedOperation":"remove","responseCode":{code}}}}}"#)),
        ], 0..5)
    ) {
        check::<Delta<DriveRestoreArtifact>>(&format!("[{}]", entries.join(",")))?;
    }

    #[test]
    fn error_bodies_roundtrip(code in string(), message in nullable(string()), extra in any_json()) {
        check::<PublicErrorResponse>(&format!(
            r#"{{"error":{{"code":{code},"message":{message},"innerError":{{"request-id":"r","extra":{extra}}}}}}}"#
        ))?;
    }

    #[test]
    fn arbitrary_text_never_panics(text in any::<String>()) {
        let _ = graph_model::from_str::<AnyRestoreArtifact>(&text);
        let _ = graph_model::from_str::<Delta<DriveRestoreArtifact>>(&text);
    }
}

/// The generators are meant to produce mostly valid payloads: otherwise the round-trip properties above
/// would pass by skipping everything.
#[test]
fn generated_payloads_mostly_parse() {
    use proptest::strategy::ValueTree;
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    let (mut artifacts, mut sessions) = (0, 0);
    for _ in 0..500 {
        let a = artifact().new_tree(&mut runner).expect("a value").current();
        artifacts += usize::from(graph_model::from_str::<AnyRestoreArtifact>(&a).is_ok());
        let s = session().new_tree(&mut runner).expect("a value").current();
        sessions += usize::from(graph_model::from_str::<AnyRestoreSession>(&s).is_ok());
    }
    assert!(artifacts > 400 && sessions > 400, "parsed {artifacts} artifacts and {sessions} sessions of 500");
}

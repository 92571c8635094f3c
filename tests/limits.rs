//! Limits that protect a process reading hostile input: one nesting budget from the document's root
//! whatever the position of `@odata.type` (checked on a 2 MiB thread, a tokio worker's stack), and work
//! that grows linearly with the input on every decode path and builder (checked in instructions, counted
//! by callgrind, at n, 4n and 16n).

use graph_model::backup_restore::{AnyRestoreSession, RestorePointTags};
use graph_model::{AdditionalProperties, Delta, Flags, graph_entity};

#[graph_entity(odata_type = "test.node")]
pub struct Node {
    pub id: Option<String>,
    pub child: Option<Box<AnyNode>>,
}

#[graph_entity(odata_type = "test.leaf")]
pub struct Leaf {
    #[graph(base)]
    pub node: Node,
    pub weight: Option<i32>,
}

#[graph_entity(odata_type = "test.node")]
pub enum AnyNode {
    #[graph(fallback)]
    Node(Node),
    Leaf(Leaf),
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Tag {
    First,
    Last,
    Absent,
}

/// `depth` nested objects, each a `test.leaf` holding the next in `child`, with the type where `tag` says.
fn nested(depth: usize, tag: Tag) -> String {
    let (open, close) = match tag {
        Tag::First => (r##"{"@odata.type":"#test.leaf","id":"n","child":"##, "}"),
        Tag::Last => (r#"{"id":"n","child":"#, r##","@odata.type":"#test.leaf"}"##),
        Tag::Absent => (r#"{"id":"n","child":"#, "}"),
    };
    let mut text = String::with_capacity(depth * (open.len() + close.len()) + 16);
    for _ in 1..depth {
        text.push_str(open);
    }
    text.push_str(r#"{"id":"end"}"#);
    for _ in 1..depth {
        text.push_str(close);
    }
    text
}

/// Runs `f` on a thread with a 2 MiB stack, as a tokio worker has.
fn on_small_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    std::thread::Builder::new().stack_size(2 << 20).spawn(f).unwrap().join().expect("no stack overflow")
}

#[test]
fn nesting_up_to_the_limit_reads_alike_whatever_the_tag_position() {
    on_small_stack(|| {
        // 127 levels in all, as serde_json reads: the deepest document accepted.
        let first: AnyNode = graph_model::from_str(&nested(127, Tag::First)).unwrap();
        let last: AnyNode = graph_model::from_str(&nested(127, Tag::Last)).unwrap();
        let absent: AnyNode = graph_model::from_str(&nested(127, Tag::Absent)).unwrap();
        assert_eq!(first, last);
        assert!(matches!(first, AnyNode::Leaf(_)) && matches!(absent, AnyNode::Node(_)));
        // A reader cannot lend its text, so buffered objects are replayed from owned copies: same values.
        for (tag, value) in [(Tag::First, &first), (Tag::Last, &last), (Tag::Absent, &absent)] {
            let text = nested(127, tag);
            assert_eq!(&serde_json::from_reader::<_, AnyNode>(text.as_bytes()).unwrap(), value, "{tag:?}");
        }
        for value in [&first, &last, &absent] {
            // What is accepted is written, and any serde_json consumer reads the output again.
            let written = graph_model::to_string(value).unwrap();
            serde_json::from_str::<serde_json::Value>(&written).unwrap();
            assert_eq!(&serde_json::from_str::<AnyNode>(&written).unwrap(), value);
        }
    });
}

#[test]
fn nesting_past_the_limit_is_refused_whatever_the_tag_position() {
    on_small_stack(|| {
        for depth in [128, 1_000, 5_000, 100_000] {
            for tag in [Tag::First, Tag::Last, Tag::Absent] {
                let text = nested(depth, tag);
                let err = graph_model::from_str::<AnyNode>(&text).unwrap_err();
                assert!(
                    err.message().contains("nested deeper than 127 levels")
                        || err.message().contains("recursion limit"),
                    "{depth} {tag:?}: {err}"
                );
                let err = serde_json::from_str::<AnyNode>(&text).unwrap_err().to_string();
                assert!(!err.contains('\u{1}'), "{err}");
                serde_json::from_reader::<_, AnyNode>(text.as_bytes()).unwrap_err();
            }
        }
    });
}

#[test]
fn nesting_is_counted_from_the_root_in_buffered_objects() {
    // An object whose type comes last is buffered; an undeclared value inside counts every level above it.
    on_small_stack(|| {
        let wrap = |inner: usize| {
            format!(
                r##"{{"restoreSessionArtifactCount":{{"total":1}},"x":{}{},"@odata.type":"#microsoft.graph.exchangeRestoreSession"}}"##,
                "[".repeat(inner),
                "]".repeat(inner)
            )
        };
        graph_model::from_str::<AnyRestoreSession>(&wrap(126)).unwrap();
        let err = graph_model::from_str::<AnyRestoreSession>(&wrap(127)).unwrap_err();
        assert_eq!((err.path(), err.message()), ("x", "JSON nested deeper than 127 levels"));
    });
}

// ---- growth ----

/// A workload run at a size by the worker below, in a process of its own under callgrind.
const WORKLOADS: &[(&str, usize)] = &[
    ("families nested with the type last", 6),
    ("families nested without a type", 6),
    ("undeclared keys in an object with the type last", 200),
    ("flags value with many members", 200),
    ("flags built in code", 200),
    ("additional properties built in code", 200),
    ("delta collection read and written", 100),
];

fn run_workload(name: &str, n: usize) {
    match name {
        "families nested with the type last" => {
            std::hint::black_box(graph_model::from_str::<AnyNode>(&nested(n, Tag::Last)).unwrap());
        }
        "families nested without a type" => {
            std::hint::black_box(graph_model::from_str::<AnyNode>(&nested(n, Tag::Absent)).unwrap());
        }
        "undeclared keys in an object with the type last" => {
            let keys: Vec<String> = (0..n).map(|i| format!(r#""k{i}":[{i},{{"v":"{i}"}}]"#)).collect();
            let text = format!(r##"{{{},"@odata.type":"#microsoft.graph.exchangeRestoreSession"}}"##, keys.join(","));
            std::hint::black_box(graph_model::from_str::<AnyRestoreSession>(&text).unwrap());
        }
        "flags value with many members" => {
            let members: Vec<String> = (0..n).map(|i| format!("member{i}")).collect();
            let text = format!("\"fastRestore,{}\"", members.join(","));
            let flags: Flags<RestorePointTags> = graph_model::from_str(&text).unwrap();
            assert_eq!(flags.len(), n + 1);
        }
        "flags built in code" => {
            let flags: Flags<RestorePointTags> =
                (0..n).map(|i| RestorePointTags::from_wire(&format!("member{i}"))).collect();
            assert!(flags.contains(&RestorePointTags::from_wire("member0")));
            std::hint::black_box(flags == flags.clone());
        }
        "additional properties built in code" => {
            let mut extra = AdditionalProperties::new();
            for i in 0..n {
                extra.insert_value(format!("k{i}"), &i).unwrap();
            }
            assert!(extra.contains_key("k0") && extra.len() == n);
        }
        "delta collection read and written" => {
            let entries: Vec<String> = (0..n)
                .map(|i| format!(r#"{{"id":"a{i}","restorePoint":{{"id":"p{i}"}}}},{{"@removed":{{}},"id":"r{i}"}}"#))
                .collect();
            let text = format!("[{}]", entries.join(","));
            let delta: Delta<graph_model::backup_restore::DriveRestoreArtifact> = graph_model::from_str(&text).unwrap();
            std::hint::black_box(graph_model::to_string(&delta).unwrap());
        }
        other => panic!("unknown workload {other}"),
    }
}

/// Runs one workload when this test binary is started by [`work_grows_linearly`] under callgrind.
#[test]
#[ignore = "started by work_grows_linearly under callgrind"]
fn growth_worker() {
    let (Ok(name), Ok(size)) = (std::env::var("GROWTH_WORKLOAD"), std::env::var("GROWTH_SIZE")) else { return };
    let size: usize = size.parse().unwrap();
    if size > 0 {
        run_workload(&name, size);
    }
}

/// The instructions this test binary executes running `name` at `size` (0: the harness alone).
fn instructions(name: &str, size: usize) -> u64 {
    let out = std::env::temp_dir().join(format!("growth-{}-{size}.callgrind", std::process::id()));
    let output = std::process::Command::new("valgrind")
        .arg("--tool=callgrind")
        .arg(format!("--callgrind-out-file={}", out.display()))
        .arg(std::env::current_exe().unwrap())
        .args(["--ignored", "--exact", "growth_worker", "--test-threads=1"])
        .env("GROWTH_WORKLOAD", name)
        .env("GROWTH_SIZE", size.to_string())
        .output()
        .expect("valgrind runs (CI installs it; `apt-get install valgrind`)");
    let _ = std::fs::remove_file(&out);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{name} at {size} failed:\n{stderr}");
    let collected = stderr.lines().find_map(|l| l.split("Collected :").nth(1)).expect("callgrind's summary");
    collected.trim().parse().unwrap()
}

/// Every decode path and builder that a hostile input or caller can make large does work proportional to
/// its size: from n to 4n to 16n, the instructions spent (the harness's own subtracted) grow about fourfold
/// per step, where quadratic work would grow sixteenfold.
#[test]
fn work_grows_linearly() {
    if std::env::var_os("GROWTH_WORKLOAD").is_some() {
        return;
    }
    let baseline = instructions("none", 0);
    let mut report = Vec::new();
    for &(name, n) in WORKLOADS {
        let counts: Vec<u64> = [n, 4 * n, 16 * n].iter().map(|&size| instructions(name, size) - baseline).collect();
        let ratios = [counts[1] as f64 / counts[0] as f64, counts[2] as f64 / counts[1] as f64];
        report.push(format!("{name}: {counts:?} instructions, x{:.2} then x{:.2}", ratios[0], ratios[1]));
        assert!(ratios.iter().all(|r| *r < 6.0), "{name} grows faster than linearly:\n{}", report.join("\n"));
    }
    println!("{}", report.join("\n"));
}

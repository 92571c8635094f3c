//! Benchmarks for the code `#[graph_entity]` generates, against what a Rust user writes today, on the
//! same bytes in the same process.
//!
//! `graph-bench run <workload> <variant>` builds the input, then calls [`measured`] once: under
//! `valgrind --tool=callgrind --toggle-collect=*measured*` only that call is counted (see `callgrind.sh`).
//! `graph-bench report` runs everything natively and prints MB/s and allocations per run.

mod comparators;
mod inputs;

use std::alloc::{GlobalAlloc, Layout, System};
use std::hint::black_box;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Instant;

use graph_model::CollectionResponse;
use graph_model::backup_restore::{AnyRestoreArtifact, OneDriveForBusinessRestoreSession, RestoreSessionStatus};
use serde::de::IgnoredAny;

/// Counts allocations so the report can show allocations per run.
struct Counting;

static ALLOCATIONS: AtomicU64 = AtomicU64::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// The workloads and their variants; the first variant of each is ours.
pub const WORKLOADS: &[(&str, &[&str])] = &[
    ("artifacts_type_first", &["ours", "plain", "tagged", "value", "ignored", "baseline"]),
    ("artifacts_type_last", &["ours", "plain", "tagged", "value", "ignored", "baseline"]),
    ("delta_serialize", &["ours", "plain", "baseline"]),
    ("delta_response", &["ours", "plain", "value", "baseline"]),
    ("enums", &["ours", "plain", "baseline"]),
];

/// Prepared input for one run: bytes to parse, or values to serialize.
enum Input {
    Bytes(Vec<u8>),
    OursDelta(graph_model::backup_restore::OneDriveForBusinessRestoreSessionUpdate),
    PlainDelta(comparators::PlainPatch),
}

fn prepare(workload: &str, variant: &str, scale: usize) -> Input {
    match (workload, variant) {
        ("artifacts_type_first", _) => Input::Bytes(inputs::artifacts(10_000 * scale, true)),
        ("artifacts_type_last", _) => Input::Bytes(inputs::artifacts(10_000 * scale, false)),
        ("delta_serialize", "plain") => Input::PlainDelta(comparators::plain_patch(10_000 * scale)),
        ("delta_serialize", _) => Input::OursDelta(inputs::delta_update(10_000 * scale)),
        ("delta_response", _) => Input::Bytes(inputs::delta_response(10_000 * scale)),
        ("enums", _) => Input::Bytes(inputs::statuses(100_000 * scale)),
        _ => panic!("unknown workload {workload}"),
    }
}

/// The measured work: one parse or one serialization. Never inlined, so callgrind can count it alone.
#[inline(never)]
fn measured(workload: &str, variant: &str, input: &Input) -> usize {
    match (workload, variant, input) {
        (_, "baseline", _) => 0,
        ("artifacts_type_first" | "artifacts_type_last", v, Input::Bytes(b)) => match v {
            "ours" => parse::<CollectionResponse<AnyRestoreArtifact>>(b).value.len(),
            "plain" => parse::<comparators::PlainPage<comparators::PlainArtifact>>(b).value.len(),
            "tagged" => parse::<comparators::PlainPage<comparators::TaggedArtifact>>(b).value.len(),
            "value" => parse::<serde_json::Value>(b)["value"].as_array().map_or(0, Vec::len),
            "ignored" => {
                parse::<IgnoredAny>(b);
                1
            }
            _ => unreachable_variant(v),
        },
        ("delta_serialize", _, Input::OursDelta(d)) => serde_json::to_vec(d).expect("serializes").len(),
        ("delta_serialize", _, Input::PlainDelta(d)) => serde_json::to_vec(d).expect("serializes").len(),
        ("delta_response", v, Input::Bytes(b)) => match v {
            "ours" => {
                parse::<OneDriveForBusinessRestoreSession>(b).drive_restore_artifacts_delta.map_or(0, |d| d.len())
            }
            "plain" => parse::<comparators::PlainDeltaResponse>(b).entries.len(),
            "value" => parse::<serde_json::Value>(b).as_object().map_or(0, |o| o.len()),
            _ => unreachable_variant(v),
        },
        ("enums", v, Input::Bytes(b)) => match v {
            "ours" => parse::<Vec<RestoreSessionStatus>>(b).len(),
            "plain" => parse::<Vec<comparators::PlainStatus>>(b).len(),
            _ => unreachable_variant(v),
        },
        _ => unreachable_variant(variant),
    }
}

fn unreachable_variant(v: &str) -> usize {
    eprintln!("unknown variant {v}");
    std::process::exit(2)
}

fn parse<'a, T: serde::Deserialize<'a>>(bytes: &'a [u8]) -> T {
    serde_json::from_slice(black_box(bytes)).expect("benchmark input parses")
}

fn input_len(input: &Input) -> usize {
    match input {
        Input::Bytes(b) => b.len(),
        Input::OursDelta(d) => serde_json::to_vec(d).map_or(0, |v| v.len()),
        Input::PlainDelta(d) => serde_json::to_vec(d).map_or(0, |v| v.len()),
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    match args.get(1).map(String::as_str) {
        Some("run") if args.len() >= 4 => {
            let scale = args.get(4).and_then(|s| s.parse().ok()).unwrap_or(1);
            let input = prepare(&args[2], &args[3], scale);
            let n = measured(black_box(&args[2]), black_box(&args[3]), &input);
            println!("{} {} {n}", args[2], args[3]);
        }
        Some("report") => report(args.get(2).and_then(|s| s.parse().ok()).unwrap_or(5)),
        Some("list") => {
            for (w, variants) in WORKLOADS {
                println!("{w} {}", variants.join(" "));
            }
        }
        _ => {
            eprintln!("usage: graph-bench run <workload> <variant> [scale] | report [iterations] | list");
            std::process::exit(2);
        }
    }
}

/// Native timings (median of `iterations`) and allocations per run, for MB/s and allocation counts.
fn report(iterations: usize) {
    println!("{:<22} {:<9} {:>10} {:>12} {:>14}", "workload", "variant", "MB/s", "allocations", "allocs/item");
    for (workload, variants) in WORKLOADS {
        for variant in variants.iter().filter(|v| **v != "baseline") {
            let input = prepare(workload, variant, 1);
            let bytes = input_len(&input);
            let mut times = Vec::with_capacity(iterations);
            let mut allocations = 0;
            for _ in 0..iterations.max(1) {
                let before = ALLOCATIONS.load(Ordering::Relaxed);
                let start = Instant::now();
                black_box(measured(workload, variant, &input));
                times.push(start.elapsed());
                allocations = ALLOCATIONS.load(Ordering::Relaxed) - before;
            }
            times.sort();
            let median = times[times.len() / 2].as_secs_f64();
            let items = if *workload == "enums" { 100_000 } else { 10_000 };
            println!(
                "{workload:<22} {variant:<9} {:>10.1} {allocations:>12} {:>14.3}",
                bytes as f64 / median / 1e6,
                allocations as f64 / items as f64
            );
        }
    }
}

#!/usr/bin/env python3
"""Workload 5: build cost of 200 entity types (plus enums and families) with #[graph_entity] vs
#[derive(Serialize, Deserialize)] with serde attributes. Generates both crates under target/build-cost/,
builds their dependencies once, then times clean builds of each crate alone (min of 3).
Usage: python3 bench/build_cost.py            # clean-build times
       python3 bench/build_cost.py --expanded # lines of expanded code per type instead (needs a
                                              # nightly toolchain: rustc -Zunpretty=expanded, then rustfmt)"""
import os, subprocess, sys, time, shutil

ROOT = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(ROOT, "target", "build-cost")
N = 200
FIELDS = [("display_name", "String"), ("created_date_time", "DateTimeOffset"), ("size_in_bytes", "i64"),
          ("is_enabled", "bool"), ("retention_days", "i32"), ("web_url", "String"), ("policy_id", "String")]

def ours():
    out = ["use graph_model::{graph_entity, DateTimeOffset, Nullable};", "",
           '#[graph_entity(odata_type = "bench.entity")]', "pub struct Entity { pub id: Option<String> }", ""]
    for e in range(5):
        out.append('#[graph_entity(odata_type = "bench.status%d")]' % e)
        out.append("pub enum Status%d { Draft, Active, Completed, UnknownFutureValue, Failed }" % e)
    for i in range(N):
        out.append('#[graph_entity(odata_type = "bench.type%d")]' % i)
        out.append("pub struct Type%d {" % i)
        out.append("    #[graph(base)]\n    pub entity: Entity,")
        for name, ty in FIELDS:
            out.append("    pub %s_%d: Nullable<%s>," % (name, i, ty))
        out.append("    pub status: Nullable<Status%d>," % (i % 5))
        out.append("}")
    for f in range(4):
        out.append('#[graph_entity(odata_type = "bench.entity")]')
        out.append("pub enum Family%d {" % f)
        for i in range(f * 10, f * 10 + 10):
            out.append("    V%d(Type%d)," % (i, i))
        out.append("    #[graph(fallback)]\n    Other(Entity),\n}")
    return "\n".join(out) + "\n"

def serde():
    out = ["use serde::{Deserialize, Serialize};", "use graph_model::DateTimeOffset;", "",
           "#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]",
           '#[serde(rename_all = "camelCase")]', "pub struct Entity { #[serde(skip_serializing_if = \"Option::is_none\")] pub id: Option<String> }", ""]
    for e in range(5):
        out.append("#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]")
        out.append('#[serde(rename_all = "camelCase")]')
        out.append("pub enum Status%d { Draft, Active, Completed, UnknownFutureValue, Failed, #[serde(other)] Unknown }" % e)
    for i in range(N):
        out.append("#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]")
        out.append('#[serde(rename_all = "camelCase")]')
        out.append("pub struct Type%d {" % i)
        out.append('    #[serde(rename = "@odata.type", skip_serializing_if = "Option::is_none")]\n    pub odata_type: Option<String>,')
        out.append("    #[serde(flatten)]\n    pub entity: Entity,")
        for name, ty in FIELDS:
            out.append('    #[serde(default, skip_serializing_if = "Option::is_none")]\n    pub %s_%d: Option<Option<%s>>,' % (name, i, ty))
        out.append('    #[serde(default, skip_serializing_if = "Option::is_none")]\n    pub status: Option<Option<Status%d>>,' % (i % 5))
        out.append("    #[serde(flatten)]\n    pub additional: std::collections::BTreeMap<String, serde_json::Value>,")
        out.append("}")
    for f in range(4):
        out.append("#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]")
        out.append('#[serde(tag = "@odata.type")]')
        out.append("pub enum Family%d {" % f)
        for i in range(f * 10, f * 10 + 10):
            out.append('    #[serde(rename = "#bench.type%d")]\n    V%d(Type%d),' % (i, i, i))
        out.append("}")
    return "\n".join(out) + "\n"

def make(name, deps, source):
    d = os.path.join(OUT, name)
    os.makedirs(os.path.join(d, "src"), exist_ok=True)
    open(os.path.join(d, "Cargo.toml"), "w").write(
        '[package]\nname = "%s"\nversion = "0.1.0"\nedition = "2024"\npublish = false\n\n[workspace]\n\n[dependencies]\n%s\n' % (name, deps))
    open(os.path.join(d, "src", "lib.rs"), "w").write(source)
    return d

def timed_builds(d, runs=3):
    env = dict(os.environ, CARGO_TARGET_DIR=os.path.join(OUT, "target"))
    subprocess.run(["cargo", "build", "--quiet"], cwd=d, env=env, check=True)
    best = None
    for _ in range(runs):
        subprocess.run(["cargo", "clean", "--quiet", "-p", os.path.basename(d)], cwd=d, env=env, check=True)
        start = time.monotonic()
        subprocess.run(["cargo", "build", "--quiet"], cwd=d, env=env, check=True)
        t = time.monotonic() - start
        best = t if best is None else min(best, t)
    return best

def expanded_lines(d):
    """Non-blank lines of the crate's macro expansion, formatted by rustfmt (prelude lines excluded)."""
    env = dict(os.environ, CARGO_TARGET_DIR=os.path.join(OUT, "target-nightly"))
    text = subprocess.run(["cargo", "+nightly", "rustc", "--quiet", "--lib", "--", "-Zunpretty=expanded"],
                          cwd=d, env=env, check=True, capture_output=True, text=True).stdout
    text = subprocess.run(["rustfmt", "+nightly", "--edition", "2024", "--config", "max_width=120"],
                          input=text, check=True, capture_output=True, text=True).stdout
    return sum(1 for line in text.splitlines() if line.strip())

gm = 'graph-model = { path = "%s" }' % os.path.join(ROOT, "..", "graph-model")
a = make("build_cost_ours", gm, ours())
b = make("build_cost_serde", gm + '\nserde = { version = "1.0.229", features = ["derive"] }\nserde_json = "1.0.154"', serde())
if "--expanded" in sys.argv:
    la, lb = expanded_lines(a), expanded_lines(b)
    print("| crate | expanded lines | per entity type (lines / %d) |\n|---|---:|---:|" % N)
    print("| #[graph_entity] | %d | %.0f |\n| serde derive | %d | %.0f |" % (la, la / N, lb, lb / N))
    print("\nratio ours / serde derive: %.2f" % (la / lb))
    sys.exit(0)
ta, tb = timed_builds(a), timed_builds(b)
print("| crate | clean build of the crate alone (s, min of 3) |\n|---|---:|")
print("| 200 types with #[graph_entity] | %.2f |\n| 200 types with serde derive | %.2f |" % (ta, tb))
print("\nratio ours / serde derive: %.2f" % (ta / tb))

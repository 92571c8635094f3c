#!/usr/bin/env python3
"""Writes graph-model/src/backup_restore/*.rs from the Graph beta CSDL extract (spec JSON).

Run from the repository root:  python3 tools/gen_backup_restore.py && cargo fmt --all
The output is committed; CI does not run this. `tests/csdl_conformance.rs` checks the result against the
XML, so the model cannot drift from the schema whichever way it was written.

Rules applied (also stated in the module docs):
- Nullable CSDL properties are `Nullable<T>`; non-nullable ones `Option<T>` (absent is allowed for PATCH
  bodies and `$select`, `null` is an error). Collections are `Vec<T>` inside either.
- Read-only: properties the service computes: `id`, `createdBy`, `createdDateTime`, `lastModifiedBy`,
  `lastModifiedDateTime`, `status` of sessions and artifacts, counts, and `error`.
- A single complex value whose type nests another complex value (`publicError`, `identitySet`) is boxed.
- Navigation properties: collections as `Option<Vec<T>>`, single ones as `Nullable<Box<T>>`; an element type
  with derived types becomes its family (`AnyX`). The restore sessions' artifact collections and the
  protection policies' unit collections also get their `@delta` form.
- A type with derived types gets a family enum `AnyX` (X the CSDL name without a trailing `Base`) whose
  fallback variant holds the base struct.
"""

import json
import sys
from collections import OrderedDict

SPEC = sys.argv[1] if len(sys.argv) > 1 else "tests/data/backup_restore_beta.json"
OUT = "graph-model/src/backup_restore"

spec = json.load(open(SPEC))
types = {t["name"]: t for t in spec["types"]}
derived = spec["derivedTypes"]
not_retrieved = spec["knownButNotRetrieved"]
unresolved = set(spec["unresolvedReferences"])

AREA_FILES = OrderedDict(
    [
        ("sessions", "Restore sessions, restore artifacts, bulk addition requests and granular artifacts."),
        ("points", "Restore points and restore point search."),
        ("protection", "Protection policies, protection units, inclusion rules, exclusion units and their bulk jobs."),
        ("activity", "Activity logs."),
        ("browse", "Browse sessions."),
        ("service", "The backup root, service status, service apps, notifications and reports."),
        ("common", "Complex types shared across the area: identities, errors, time periods, counts."),
        ("enums", "The area's enum types: evolvable (with `unknownFutureValue`) and flags enums."),
    ]
)


def area(name):
    t = types[name]
    if t["kind"] == "EnumType":
        return "enums"
    n = name.lower()
    if n in ("backuprestoreroot", "solutionsroot"):
        return "service"
    if "restorepoint" in n or n in ("restoresearchartifactqueryexpression",):
        return "points"
    if "restore" in n or n == "restoreaction":
        return "sessions"
    if "protection" in n or "exclusion" in n or "retention" in n or n == "backuppolicyprotectionmode":
        return "protection"
    if "activitylog" in n or n in ("restoreartifactdetails",):
        return "activity"
    if "browse" in n:
        return "browse"
    if n in ("entity", "identity", "identityset", "emailidentity", "publicerror", "publicerrordetail",
             "publicerrorresponse", "publicinnererror", "timeperiod"):
        return "common"
    return "service"


def upper(name):
    return name[0].upper() + name[1:]


def snake(name):
    out = []
    for i, c in enumerate(name):
        if c.isupper() and i > 0 and (not name[i - 1].isupper() or (i + 1 < len(name) and name[i + 1].islower())):
            out.append("_")
        out.append(c.lower())
    s = "".join(out)
    return "r#" + s if s in ("type", "match", "ref", "self", "move", "fn", "mod", "use", "impl") else s


def camel_of_snake(s):
    s = s[2:] if s.startswith("r#") else s
    parts = s.split("_")
    return parts[0] + "".join(p[:1].upper() + p[1:] for p in parts[1:])


def family_name(name):
    base = name[:-4] if name.endswith("Base") else name
    return "Any" + upper(base)


def has_family(name):
    return name in derived and name != "entity" and name != "identity"


READ_ONLY_ALWAYS = {"id", "createdBy", "createdDateTime", "lastModifiedBy", "lastModifiedDateTime", "error"}
STATUS_READ_ONLY_OWNERS = {"restoreSessionBase", "restoreArtifactBase", "granularRestoreArtifactBase"}
DELTA_NAVS = {
    ("oneDriveForBusinessRestoreSession", "driveRestoreArtifacts"),
    ("sharePointRestoreSession", "siteRestoreArtifacts"),
    ("exchangeRestoreSession", "mailboxRestoreArtifacts"),
    ("oneDriveForBusinessProtectionPolicy", "driveProtectionUnits"),
    ("sharePointProtectionPolicy", "siteProtectionUnits"),
    ("exchangeProtectionPolicy", "mailboxProtectionUnits"),
}


def read_only(owner, prop):
    n = prop["name"]
    if n in READ_ONLY_ALWAYS:
        return True
    if n == "status" and owner in STATUS_READ_ONLY_OWNERS:
        return True
    if n.endswith("Count") or n in ("restoreSessionArtifactCount", "protectionPolicyArtifactCount"):
        return True
    return False


def rust_type(type_name, for_nav=False):
    """The Rust type of one value (not collection) and a note if the CSDL type is not available."""
    if type_name.startswith("Edm."):
        return {
            "Edm.String": "String",
            "Edm.Int32": "i32",
            "Edm.Int64": "i64",
            "Edm.Boolean": "bool",
            "Edm.Double": "f64",
            "Edm.DateTimeOffset": "DateTimeOffset",
            "Edm.Duration": "Duration",
            "Edm.Date": "Date",
            "Edm.Guid": "Guid",
        }[type_name], None
    name = type_name.split(".", 1)[1]
    if name in not_retrieved or name not in types:
        return "String", name
    t = types[name]
    if t["kind"] == "EnumType":
        return ("Flags<%s>" % upper(name)) if t["isFlags"] else upper(name), None
    if for_nav and has_family(name):
        return family_name(name), None
    return upper(name), None


def nests_complex(type_name):
    """Whether a complex type holds another complex value directly: such values are boxed where they are
    used (`error: Nullable<Box<PublicError>>`), so that every entity is not as large as its rarest parts."""
    name = type_name.split(".", 1)[1] if "." in type_name else type_name
    t = types.get(name)
    if not t or t["kind"] != "ComplexType":
        return False
    for p in t["properties"]:
        inner = p["type"].split(".", 1)[1]
        if not p["collection"] and inner in types and types[inner]["kind"] == "ComplexType":
            return True
    return False


def doc_lines(text, indent=""):
    return "".join("%s/// %s\n" % (indent, line) if line else "%s///\n" % indent for line in text.split("\n"))


def emit_enum(t):
    name = t["name"]
    rname = upper(name)
    flags = t["isFlags"]
    sentinel = t["unknownFutureValue"]
    after = sentinel["membersAfterSentinel"] if sentinel else []
    doc = "`microsoft.graph.%s`%s." % (name, " (flags: a value is a set, see [`Flags`])" if flags else "")
    if after:
        doc += "\n\nMembers after `UnknownFutureValue` (%s) are sent only to requests with\n`Prefer: include-unknown-enum-members`." % ", ".join("`%s`" % a for a in after)
    args = 'odata_type = "microsoft.graph.%s"' % name
    if flags:
        args += ", flags"
    if not sentinel:
        args += ", closed"
    out = doc_lines(doc) + "#[graph_entity(%s)]\npub enum %s {\n" % (args, rname)
    for m in t["members"]:
        v = upper(m["name"])
        mdoc = "`%s` (%d)." % (m["name"], m["value"])
        if m["name"] == "unknownFutureValue":
            mdoc = "`unknownFutureValue`: the sentinel; in a response it stands for a member this request did not opt into."
        elif m["name"] in after:
            mdoc += " Needs `Prefer: include-unknown-enum-members`."
        out += doc_lines(mdoc, "    ")
        rename = "" if v[0].lower() + v[1:] == m["name"] else '    #[graph(rename = "%s")]\n' % m["name"]
        out += rename + "    %s = %d,\n" % (v, m["value"])
    return out + "}\n"


def prop_field(owner, p, nav=False):
    coll = p["collection"]
    inner, missing = rust_type(p["type"], for_nav=nav)
    if coll:
        inner = "Vec<%s>" % inner
    if not nav and not coll and nests_complex(p["type"]):
        inner = "Box<%s>" % inner
    if nav:
        # Single navigation values are boxed: an entity inline would make every holder as large as the
        # whole graph below it (a restore artifact would carry a protection unit's size), and values are
        # moved while parsing.
        ty = "Option<%s>" % inner if coll else "Nullable<Box<%s>>" % inner
    else:
        ty = "Nullable<%s>" % inner if p["nullable"] else "Option<%s>" % inner
    attrs = []
    fname = snake(p["name"])
    if camel_of_snake(fname) != p["name"]:
        attrs.append('rename = "%s"' % p["name"])
    if not nav and read_only(owner, p):
        attrs.append("read_only")
    if nav:
        attrs.append("nav")
    doc = "`%s`: %s%s%s." % (
        p["name"],
        p["type"].replace("graph.", "microsoft.graph."),
        " collection" if coll else "",
        ", read-only" if (not nav and read_only(owner, p)) else "",
    )
    if nav:
        doc += " Navigation property%s." % (", contained" if p.get("containsTarget") else "")
    if missing:
        doc += "\n\nThe schema extract does not include `%s`, so the value is kept as its wire string." % missing
    out = doc_lines(doc, "    ")
    if attrs:
        out += "    #[graph(%s)]\n" % ", ".join(attrs)
    out += "    pub %s: %s,\n" % (fname, ty)
    if nav and (owner, p["name"]) in DELTA_NAVS:
        elem, _ = rust_type(p["type"], for_nav=False)
        out += doc_lines("`%s@delta`: changes to `%s`, as sent in a PATCH and echoed in its response." % (p["name"], p["name"]), "    ")
        out += "    #[graph(delta)]\n    pub %s_delta: Option<Delta<%s>>,\n" % (fname, elem)
    return out


def emit_struct(t):
    name = t["name"]
    rname = upper(name)
    kind = t["kind"]
    base = t["baseType"]
    args = 'odata_type = "microsoft.graph.%s"' % name
    if kind == "ComplexType":
        args += ", complex"
    doc = "`microsoft.graph.%s`%s." % (name, " (complex type)" if kind == "ComplexType" else "")
    if base:
        doc += " Derives from [`%s`]: its properties are flat on the wire and reachable through `Deref`." % upper(base.split(".")[1])
    if t["abstract"]:
        doc += "\n\nAbstract in the schema: the service sends one of its derived types"
        doc += (", read through [`%s`]." % family_name(name)) if has_family(name) else "."
    elif has_family(name):
        doc += "\n\nDerived types exist: read values that may be any of them through [`%s`]." % family_name(name)
    if t.get("openType"):
        doc += "\n\nAn open type: undeclared properties are expected, and kept in `odata.additional`."
    skipped = [n["name"] for n in t["navigationProperties"] if n["type"].split(".", 1)[1] in unresolved]
    if skipped:
        doc += "\n\nNavigation properties to types outside this schema extract are not modelled: %s." % ", ".join("`%s`" % s for s in skipped)
    out = doc_lines(doc) + "#[graph_entity(%s)]\npub struct %s {\n" % (args, rname)
    if base:
        bname = base.split(".")[1]
        out += "    /// The base type's properties.\n    #[graph(base)]\n    pub %s: %s,\n" % (
            "entity" if bname == "entity" else "base",
            upper(bname),
        )
    for p in t["properties"]:
        out += prop_field(name, p)
    for n in t["navigationProperties"]:
        if n["type"].split(".", 1)[1] in unresolved:
            continue
        out += prop_field(name, n, nav=True)
    return out + "}\n"


def emit_family(name):
    fam = family_name(name)
    doc = "Any `microsoft.graph.%s`: dispatched on `@odata.type` to the most derived type this program knows;\nother types are kept in the `%s` variant with everything they carried." % (name, upper(name))
    out = doc_lines(doc) + '#[graph_entity(odata_type = "microsoft.graph.%s")]\npub enum %s {\n' % (name, fam)

    def leaves(n):
        res = []
        for d in derived.get(n, []):
            res.append(d)
            res.extend(leaves(d))
        return res

    for d in leaves(name):
        out += "    /// `microsoft.graph.%s`.\n    %s(%s),\n" % (d, variant_name(name, d), upper(d))
    out += "    /// `microsoft.graph.%s` itself, or a type derived from it that this program does not know.\n" % name
    out += "    #[graph(fallback)]\n    %s(%s),\n}\n" % ("Other", upper(name))
    return out


def variant_name(base, d):
    """`oneDriveForBusinessRestoreSession` in the `restoreSessionBase` family is `OneDriveForBusiness`."""
    stem = upper(base[:-4] if base.endswith("Base") else base)
    full = upper(d)
    if full.endswith(stem) and full != stem:
        return full[: -len(stem)]
    return full


def main():
    files = {a: [] for a in AREA_FILES}
    for t in spec["types"]:
        if t["kind"] == "EnumType":
            if t.get("areaRelevant"):
                files["enums"].append(emit_enum(t))
            continue
        files[area(t["name"])].append(emit_struct(t))
        if has_family(t["name"]):
            files[area(t["name"])].append(emit_family(t["name"]))
    for a, doc in AREA_FILES.items():
        uses = "use crate::graph_entity;\n#[allow(unused_imports)]\nuse crate::{Date, DateTimeOffset, Delta, Duration, Flags, Guid, Nullable};\n#[allow(unused_imports)]\nuse super::*;\n"
        body = "//! %s\n//!\n//! Written by `tools/gen_backup_restore.py` from the schema extract; see the module docs for the rules.\n\n%s\n" % (doc, uses)
        body += "\n".join(files[a])
        open("%s/%s.rs" % (OUT, a), "w").write(body)


main()

//! The Backup Storage model (`graph_model::backup_restore`) from the beta CSDL extract
//! (`backup_restore_beta.xml`): one file per area of the API.
//!
//! Rules (also stated in the module's docs):
//! - Nullable CSDL properties are `Nullable<T>`; non-nullable ones `Option<T>` (absent is allowed for
//!   PATCH bodies and `$select`, `null` is an error). Collections are `Vec<T>` inside either.
//! - Read-only: the properties the service computes: `id`, `createdBy`, `createdDateTime`,
//!   `lastModifiedBy`, `lastModifiedDateTime`, `status` of sessions and artifacts, counts, and `error`.
//!   (The beta extract carries no `Computed` annotations, so the rule is by name.)
//! - A single complex value whose type nests another complex value is boxed.
//! - Navigation properties: collections as `Option<Vec<T>>`, single ones as `Nullable<Box<T>>`; an
//!   element type with derived types becomes its family (`AnyX`). The restore sessions' artifact
//!   collections and the protection policies' unit collections also get their `@delta` form.
//! - A type with derived types gets a family enum `AnyX` (X the CSDL name without a trailing `Base`).
//! - Enums are emitted, except flags enums no property uses (the extract carries a few from other areas
//!   as examples); names the extract references but does not define are kept as their wire string (properties) or not modelled (navigation properties).

use std::collections::HashSet;

use crate::csdl::{Kind, Model, Property, TypeDef};
use crate::naming::{camel_of_snake, lower_first, upper};
use crate::{GeneratedFile, header};

const AREA_FILES: &[(&str, &str)] = &[
    ("sessions", "Restore sessions, restore artifacts, bulk addition requests and granular artifacts."),
    ("points", "Restore points and restore point search."),
    ("protection", "Protection policies, protection units, inclusion rules, exclusion units and their bulk jobs."),
    ("activity", "Activity logs."),
    ("browse", "Browse sessions."),
    ("service", "The backup root, service status, service apps, notifications and reports."),
    ("common", "Complex types shared across the area: identities, errors, time periods, counts."),
    ("enums", "The area's enum types: evolvable (with `unknownFutureValue`) and flags enums."),
];

const READ_ONLY_ALWAYS: &[&str] =
    &["id", "createdBy", "createdDateTime", "lastModifiedBy", "lastModifiedDateTime", "error"];
const STATUS_READ_ONLY_OWNERS: &[&str] = &["restoreSessionBase", "restoreArtifactBase", "granularRestoreArtifactBase"];
const DELTA_NAVS: &[(&str, &str)] = &[
    ("oneDriveForBusinessRestoreSession", "driveRestoreArtifacts"),
    ("sharePointRestoreSession", "siteRestoreArtifacts"),
    ("exchangeRestoreSession", "mailboxRestoreArtifacts"),
    ("oneDriveForBusinessProtectionPolicy", "driveProtectionUnits"),
    ("sharePointProtectionPolicy", "siteProtectionUnits"),
    ("exchangeProtectionPolicy", "mailboxProtectionUnits"),
];

/// Writes the module's files (`sessions.rs`, ...), relative to `graph-model/src/backup_restore`.
pub fn generate(model: &Model, source: &str) -> Vec<GeneratedFile> {
    let g = Gen { model, unresolved: model.unresolved().into_iter().collect() };
    let used_enums: HashSet<String> =
        model.types.iter().flat_map(|t| t.properties.iter().chain(&t.navigation)).map(|p| p.ty.name.clone()).collect();
    let mut files: Vec<(&str, Vec<String>)> = AREA_FILES.iter().map(|(a, _)| (*a, Vec::new())).collect();
    let mut push = |area: &str, text: String| {
        if let Some((_, items)) = files.iter_mut().find(|(a, _)| *a == area) {
            items.push(text);
        }
    };
    for t in &model.types {
        if t.kind == Kind::Enum {
            // The extract also carries flags enums from other areas as examples: only used ones are emitted.
            if !t.flags || used_enums.contains(&t.qualified()) {
                push("enums", g.emit_enum(t));
            }
            continue;
        }
        push(area(t), g.emit_struct(t));
        if g.has_family(&t.name) {
            push(area(t), g.emit_family(t));
        }
    }
    files
        .into_iter()
        .map(|(a, items)| {
            let doc = AREA_FILES.iter().find(|(n, _)| *n == a).map(|(_, d)| *d).unwrap_or_default();
            let mut text = format!("{}//! {doc}\n\n", header(source, "graph-gen backup-restore"));
            text.push_str("use crate::graph_entity;\n#[allow(unused_imports)]\nuse crate::{Date, DateTimeOffset, Delta, Duration, Flags, Guid, Nullable};\n#[allow(unused_imports)]\nuse super::*;\n\n");
            text.push_str(&items.join("\n"));
            GeneratedFile { path: format!("{a}.rs"), text }
        })
        .collect()
}

struct Gen<'a> {
    model: &'a Model,
    unresolved: HashSet<String>,
}

fn area(t: &TypeDef) -> &'static str {
    if t.kind == Kind::Enum {
        return "enums";
    }
    let n = t.name.to_lowercase();
    if n == "backuprestoreroot" || n == "solutionsroot" {
        return "service";
    }
    if n.contains("restorepoint") || n == "restoresearchartifactqueryexpression" {
        return "points";
    }
    if n.contains("restore") || n == "restoreaction" {
        return "sessions";
    }
    if n.contains("protection")
        || n.contains("exclusion")
        || n.contains("retention")
        || n == "backuppolicyprotectionmode"
    {
        return "protection";
    }
    if n.contains("activitylog") || n == "restoreartifactdetails" {
        return "activity";
    }
    if n.contains("browse") {
        return "browse";
    }
    const COMMON: &[&str] = &[
        "entity",
        "identity",
        "identityset",
        "emailidentity",
        "publicerror",
        "publicerrordetail",
        "publicerrorresponse",
        "publicinnererror",
        "timeperiod",
    ];
    if COMMON.contains(&n.as_str()) {
        return "common";
    }
    "service"
}

fn snake(name: &str) -> String {
    let s = crate::naming::snake(name);
    const RAW: &[&str] = &["type", "match", "ref", "self", "move", "fn", "mod", "use", "impl"];
    if RAW.contains(&s.as_str()) { format!("r#{s}") } else { s }
}

fn family_name(name: &str) -> String {
    format!("Any{}", upper(name.strip_suffix("Base").unwrap_or(name)))
}

fn simple(qualified: &str) -> &str {
    qualified.rsplit('.').next().unwrap_or(qualified)
}

fn doc_lines(text: &str, indent: &str) -> String {
    text.split('\n')
        .map(|line| if line.is_empty() { format!("{indent}///\n") } else { format!("{indent}/// {line}\n") })
        .collect()
}

fn read_only(owner: &str, p: &Property) -> bool {
    let n = p.name.as_str();
    READ_ONLY_ALWAYS.contains(&n)
        || (n == "status" && STATUS_READ_ONLY_OWNERS.contains(&owner))
        || n.ends_with("Count")
        || n == "restoreSessionArtifactCount"
        || n == "protectionPolicyArtifactCount"
}

impl Gen<'_> {
    fn has_family(&self, name: &str) -> bool {
        self.model.has_derived(&format!("microsoft.graph.{name}")) && name != "entity" && name != "identity"
    }

    /// The Rust type of one value (not a collection), and the name of the missing type if the extract
    /// does not define it.
    fn rust_type(&self, qualified: &str, for_nav: bool) -> (String, Option<String>) {
        if let Some(edm) = qualified.strip_prefix("Edm.") {
            let ty = match edm {
                "String" => "String",
                "Int32" => "i32",
                "Int64" => "i64",
                "Boolean" => "bool",
                "Double" => "f64",
                "DateTimeOffset" => "DateTimeOffset",
                "Duration" => "Duration",
                "Date" => "Date",
                "Guid" => "Guid",
                other => panic!("Edm.{other} does not occur in the backup extract"),
            };
            return (ty.to_owned(), None);
        }
        let name = simple(qualified);
        let Some(t) = self.model.get(qualified).filter(|_| !self.unresolved.contains(qualified)) else {
            return ("String".to_owned(), Some(name.to_owned()));
        };
        if t.kind == Kind::Enum {
            let ty = if t.flags { format!("Flags<{}>", upper(name)) } else { upper(name) };
            return (ty, None);
        }
        if for_nav && self.has_family(name) {
            return (family_name(name), None);
        }
        (upper(name), None)
    }

    /// Whether a complex type holds another complex value directly: such values are boxed where used.
    fn nests_complex(&self, qualified: &str) -> bool {
        match self.model.get(qualified) {
            Some(t) if t.kind == Kind::Complex => t
                .properties
                .iter()
                .any(|p| !p.ty.collection && self.model.get(&p.ty.name).is_some_and(|i| i.kind == Kind::Complex)),
            _ => false,
        }
    }

    fn emit_enum(&self, t: &TypeDef) -> String {
        let rname = upper(&t.name);
        let sentinel = t.members.iter().position(|m| m.name == "unknownFutureValue");
        let after: Vec<&str> = match sentinel {
            Some(i) => t.members[i + 1..].iter().map(|m| m.name.as_str()).collect(),
            None => Vec::new(),
        };
        let mut doc = format!(
            "`microsoft.graph.{}`{}.",
            t.name,
            if t.flags { " (flags: a value is a set, see [`Flags`])" } else { "" }
        );
        if !after.is_empty() {
            let list: Vec<String> = after.iter().map(|a| format!("`{a}`")).collect();
            doc.push_str(&format!(
                "\n\nMembers after `UnknownFutureValue` ({}) are sent only to requests with\n`Prefer: include-unknown-enum-members`.",
                list.join(", ")
            ));
        }
        let mut args = format!("odata_type = \"microsoft.graph.{}\"", t.name);
        if t.flags {
            args.push_str(", flags");
        }
        if sentinel.is_none() {
            args.push_str(", closed");
        }
        let mut out = doc_lines(&doc, "");
        out.push_str(&format!("#[graph_entity({args})]\npub enum {rname} {{\n"));
        for m in &t.members {
            let v = upper(&m.name);
            let mdoc = if m.name == "unknownFutureValue" {
                "`unknownFutureValue`: the sentinel; in a response it stands for a member this request did not opt into."
                    .to_owned()
            } else if after.contains(&m.name.as_str()) {
                format!("`{}` ({}). Needs `Prefer: include-unknown-enum-members`.", m.name, m.value)
            } else {
                format!("`{}` ({}).", m.name, m.value)
            };
            out.push_str(&doc_lines(&mdoc, "    "));
            if lower_first(&v) != m.name {
                out.push_str(&format!("    #[graph(rename = \"{}\")]\n", m.name));
            }
            out.push_str(&format!("    {v} = {},\n", m.value));
        }
        out.push_str("}\n");
        out
    }

    fn prop_field(&self, owner: &str, p: &Property, nav: bool) -> String {
        let (mut inner, missing) = self.rust_type(&p.ty.name, nav);
        if p.ty.collection {
            inner = format!("Vec<{inner}>");
        }
        if !nav && !p.ty.collection && self.nests_complex(&p.ty.name) {
            inner = format!("Box<{inner}>");
        }
        let ty = if nav {
            if p.ty.collection { format!("Option<{inner}>") } else { format!("Nullable<Box<{inner}>>") }
        } else if p.nullable {
            format!("Nullable<{inner}>")
        } else {
            format!("Option<{inner}>")
        };
        let mut attrs = Vec::new();
        let fname = snake(&p.name);
        if camel_of_snake(&fname) != p.name {
            attrs.push(format!("rename = \"{}\"", p.name));
        }
        let ro = !nav && read_only(owner, p);
        if ro {
            attrs.push("read_only".to_owned());
        }
        if nav {
            attrs.push("nav".to_owned());
        }
        let mut doc = format!(
            "`{}`: {}{}{}.",
            p.name,
            p.ty.name,
            if p.ty.collection { " collection" } else { "" },
            if ro { ", read-only" } else { "" }
        );
        if nav {
            doc.push_str(&format!(" Navigation property{}.", if p.contains_target { ", contained" } else { "" }));
        }
        if let Some(m) = missing {
            doc.push_str(&format!(
                "\n\nThe schema extract does not include `{m}`, so the value is kept as its wire string."
            ));
        }
        let mut out = doc_lines(&doc, "    ");
        if !attrs.is_empty() {
            out.push_str(&format!("    #[graph({})]\n", attrs.join(", ")));
        }
        out.push_str(&format!("    pub {fname}: {ty},\n"));
        if nav && DELTA_NAVS.contains(&(owner, p.name.as_str())) {
            let (elem, _) = self.rust_type(&p.ty.name, false);
            out.push_str(&doc_lines(
                &format!("`{}@delta`: changes to `{}`, as sent in a PATCH and echoed in its response.", p.name, p.name),
                "    ",
            ));
            out.push_str(&format!("    #[graph(delta)]\n    pub {fname}_delta: Option<Delta<{elem}>>,\n"));
        }
        out
    }

    fn emit_struct(&self, t: &TypeDef) -> String {
        let name = &t.name;
        let rname = upper(name);
        let complex = t.kind == Kind::Complex;
        let mut args = format!("odata_type = \"microsoft.graph.{name}\"");
        if complex {
            args.push_str(", complex");
        }
        let mut doc = format!("`microsoft.graph.{name}`{}.", if complex { " (complex type)" } else { "" });
        if let Some(base) = &t.base {
            doc.push_str(&format!(
                " Derives from [`{}`]: its properties are flat on the wire and reachable through `Deref`.",
                upper(simple(base))
            ));
        }
        if t.is_abstract {
            doc.push_str("\n\nAbstract in the schema: the service sends one of its derived types");
            if self.has_family(name) {
                doc.push_str(&format!(", read through [`{}`].", family_name(name)));
            } else {
                doc.push('.');
            }
        } else if self.has_family(name) {
            doc.push_str(&format!(
                "\n\nDerived types exist: read values that may be any of them through [`{}`].",
                family_name(name)
            ));
        }
        if t.open {
            doc.push_str("\n\nAn open type: undeclared properties are expected, and kept in `odata.additional`.");
        }
        let skipped: Vec<String> = t
            .navigation
            .iter()
            .filter(|n| self.unresolved.contains(&n.ty.name))
            .map(|n| format!("`{}`", n.name))
            .collect();
        if !skipped.is_empty() {
            doc.push_str(&format!(
                "\n\nNavigation properties to types outside this schema extract are not modelled: {}.",
                skipped.join(", ")
            ));
        }
        let mut out = doc_lines(&doc, "");
        out.push_str(&format!("#[graph_entity({args})]\npub struct {rname} {{\n"));
        if let Some(base) = &t.base {
            let bname = simple(base);
            out.push_str(&format!(
                "    /// The base type's properties.\n    #[graph(base)]\n    pub {}: {},\n",
                if bname == "entity" { "entity" } else { "base" },
                upper(bname)
            ));
        }
        for p in &t.properties {
            out.push_str(&self.prop_field(name, p, false));
        }
        for n in &t.navigation {
            if self.unresolved.contains(&n.ty.name) {
                continue;
            }
            out.push_str(&self.prop_field(name, n, true));
        }
        out.push_str("}\n");
        out
    }

    fn emit_family(&self, t: &TypeDef) -> String {
        let name = &t.name;
        let fam = family_name(name);
        let doc = format!(
            "Any `microsoft.graph.{name}`: dispatched on `@odata.type` to the most derived type this program knows;\nother types are kept in the `{}` variant with everything they carried.",
            upper(name)
        );
        let mut out = doc_lines(&doc, "");
        out.push_str(&format!("#[graph_entity(odata_type = \"microsoft.graph.{name}\")]\npub enum {fam} {{\n"));
        for d in self.model.descendants(&t.qualified()) {
            out.push_str(&format!(
                "    /// `microsoft.graph.{}`.\n    {}({}),\n",
                d.name,
                variant_name(name, &d.name),
                upper(&d.name)
            ));
        }
        out.push_str(&format!(
            "    /// `microsoft.graph.{name}` itself, or a type derived from it that this program does not know.\n"
        ));
        out.push_str("    #[graph(fallback)]\n    Other(");
        out.push_str(&upper(name));
        out.push_str("),\n}\n");
        out
    }
}

/// `oneDriveForBusinessRestoreSession` in the `restoreSessionBase` family is `OneDriveForBusiness`.
pub fn variant_name(base: &str, derived: &str) -> String {
    let stem = upper(base.strip_suffix("Base").unwrap_or(base));
    let full = upper(derived);
    match full.strip_suffix(&stem) {
        Some(prefix) if !prefix.is_empty() => prefix.to_owned(),
        _ => full,
    }
}

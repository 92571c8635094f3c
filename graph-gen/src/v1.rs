//! The `graph-v1` crate: every type of the Graph v1.0 schema, and every action's parameter body.
//!
//! # Layout
//! - `microsoft.graph` types are reachable at the crate root (`graph_v1::User`); the other namespaces are
//!   modules named by their segments in snake case (`graph_v1::security::User`,
//!   `graph_v1::partners::billing::Operation`).
//! - Types are split into **areas**, one cargo feature each (`mail`, `calendar`, `files`, ...; `full`
//!   enables all). The `core` area is always compiled: `entity`, `directoryObject` and every base type
//!   whose derived types lie in more than one area, so that no area needs another. A property whose type
//!   lies in an area that is off is compiled out, and its value is then kept with the undeclared
//!   properties: data round-trips exactly whatever the features.
//! - A type with derived types has its family `Any<Name>` beside it, used wherever a property's declared
//!   type has derived types; the family's variants in areas that are off are compiled out, and their values
//!   read into the family's `Other` variant (the base type, keeping everything else).
//!
//! # Mapping
//! - Nullable properties are `Nullable<T>`, others `Option<T>`; collections are `Vec<T>` inside either.
//! - Read-only (no field in the `...Update` PATCH types): properties annotated `Core.Computed`, and `id`.
//! - Single navigation values and single complex values whose type nests another structured value are
//!   boxed (this also breaks every cycle of types); single family values are boxed.
//! - Each action with parameters has a body type `<Action>Body` (an unnamed complex type: no
//!   `@odata.type`); overloads whose parameters differ are named after their binding type
//!   (`<Action><BindingType>Body`). Functions take their parameters in the URL and have none.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use crate::GeneratedFile;
use crate::areas::{self, CORE, namespace_area};
use crate::csdl::{Kind, Model, Operation, Property, TypeDef, TypeRef};
use crate::naming::{camel_of_snake, field_ident, lower_first, module_path, snake, type_ident, upper};

/// What `graph-gen v1` writes, relative to the `graph-v1` crate directory.
pub fn generate(model: &Model, source: &str) -> Result<Vec<GeneratedFile>, String> {
    let g = Gen::new(model)?;
    Ok(g.files(source))
}

struct Gen<'a> {
    model: &'a Model,
    /// Area of each type, by qualified name.
    area: HashMap<String, String>,
    /// Rust path of each type (from the crate root), by qualified name.
    path: HashMap<String, String>,
    /// Action bodies: (area, namespace, Rust name, operation).
    bodies: Vec<(String, String, String, &'a Operation)>,
}

impl<'a> Gen<'a> {
    fn new(model: &'a Model) -> Result<Self, String> {
        let area = areas::place(model);
        let mut path = HashMap::new();
        for t in &model.types {
            let ident = type_ident(&upper(&t.name));
            let p = match module_path(&t.namespace).as_slice() {
                [] => format!("crate::{ident}"),
                segs => format!("crate::{}::{ident}", segs.join("::")),
            };
            path.insert(t.qualified(), p);
        }
        let mut g = Gen { model, area, path, bodies: Vec::new() };
        g.bodies = g.action_bodies();
        g.check_names()?;
        Ok(g)
    }

    fn area_of(&self, qualified: &str) -> &str {
        self.area.get(qualified).map_or(CORE, String::as_str)
    }

    /// Every action with parameters gets a body; overloads with different parameters are told apart by
    /// their binding type.
    fn action_bodies(&self) -> Vec<(String, String, String, &'a Operation)> {
        let mut by_name: BTreeMap<(String, String), Vec<&Operation>> = BTreeMap::new();
        for op in &self.model.operations {
            if op.is_action && !op.parameters.is_empty() {
                by_name.entry((op.namespace.clone(), op.name.clone())).or_default().push(op);
            }
        }
        let mut out = Vec::new();
        for ((ns, name), ops) in by_name {
            let same = ops.iter().all(|o| o.parameters == ops[0].parameters);
            if same {
                let op = ops[0];
                out.push((self.op_area(op), ns.clone(), format!("{}Body", upper(&name)), op));
            } else {
                let mut seen = HashSet::new();
                for op in ops {
                    let binding = op.binding.as_ref().map_or_else(String::new, |b| {
                        let simple = b.name.rsplit('.').next().unwrap_or_default();
                        format!("{}{}", upper(simple), if b.collection { "Collection" } else { "" })
                    });
                    let mut rust = format!("{}{}Body", upper(&name), binding);
                    while !seen.insert(rust.clone()) {
                        rust.insert_str(rust.len() - 4, "Overload");
                    }
                    out.push((self.op_area(op), ns.clone(), rust, op));
                }
            }
        }
        out
    }

    /// An action body lives with its binding type (core for unbound actions).
    fn op_area(&self, op: &Operation) -> String {
        match &op.binding {
            Some(b) if self.model.get(&b.name).is_some() => self.area_of(&b.name).to_owned(),
            _ if op.namespace != "microsoft.graph" => namespace_area(&op.namespace),
            _ => CORE.to_owned(),
        }
    }

    /// Refuses a layout where two generated Rust names would collide in one module.
    fn check_names(&self) -> Result<(), String> {
        let mut names: HashMap<(String, String), String> = HashMap::new();
        let mut claim = |module: String, name: String, what: String| -> Result<(), String> {
            if let Some(first) = names.insert((module.clone(), name.clone()), what.clone()) {
                return Err(format!("`{name}` in module `{module}` would be both {first} and {what}"));
            }
            Ok(())
        };
        for t in &self.model.types {
            let module = module_path(&t.namespace).join("::");
            let ident = type_ident(&upper(&t.name));
            claim(module.clone(), ident.clone(), t.qualified())?;
            if t.kind == Kind::Entity {
                claim(module.clone(), format!("{ident}Update"), format!("the PATCH type of {}", t.qualified()))?;
            }
            if self.model.has_derived(&t.qualified()) {
                claim(module.clone(), format!("Any{ident}"), format!("the family of {}", t.qualified()))?;
            }
        }
        for (_, ns, rust, op) in &self.bodies {
            claim(module_path(ns).join("::"), rust.clone(), format!("the body of action {}", op.name))?;
        }
        Ok(())
    }

    fn type_path(&self, qualified: &str) -> String {
        self.path.get(qualified).cloned().unwrap_or_else(|| "graph_model::Untyped".to_owned())
    }

    /// The cfg a reference from `from_area` to `qualified` needs: none within an area or to core.
    fn cfg_for(&self, from_area: &str, qualified: &str) -> Option<String> {
        let to = self.area_of(qualified);
        if to == CORE || to == from_area || self.model.get(qualified).is_none() {
            None
        } else {
            Some(format!("#[cfg(feature = \"{to}\")]"))
        }
    }

    /// The Rust type of one value, and whether it is a family or a structured value that nests another.
    fn value_type(&self, ty: &TypeRef) -> (String, bool) {
        if let Some(edm) = ty.name.strip_prefix("Edm.") {
            let t = match edm {
                "String" => "String",
                "Boolean" => "bool",
                "Int32" => "i32",
                "Int64" => "graph_model::Int64",
                "Int16" => "i16",
                "Byte" => "u8",
                "SByte" => "i8",
                "Single" => "graph_model::Single",
                "Double" => "graph_model::Double",
                "Decimal" => "graph_model::Decimal",
                "Guid" => "graph_model::Guid",
                "Date" => "graph_model::Date",
                "TimeOfDay" => "graph_model::TimeOfDay",
                "Duration" => "graph_model::Duration",
                "DateTimeOffset" => "graph_model::DateTimeOffset",
                "Binary" => "graph_model::Binary",
                "Stream" => "graph_model::Stream",
                _ => "graph_model::Untyped",
            };
            return (t.to_owned(), false);
        }
        let Some(t) = self.model.get(&ty.name) else { return ("graph_model::Untyped".to_owned(), false) };
        let path = self.type_path(&ty.name);
        match t.kind {
            Kind::Enum if t.flags => (format!("graph_model::Flags<{path}>"), false),
            Kind::Enum => (path, false),
            _ if self.model.has_derived(&ty.name) => (family_path(&path), true),
            _ => (path, self.nests(t)),
        }
    }

    /// Whether a structured type holds a single structured value (own or inherited properties).
    fn nests(&self, t: &TypeDef) -> bool {
        std::iter::once(t).chain(self.model.ancestors(t)).any(|t| {
            t.properties
                .iter()
                .any(|p| !p.ty.collection && self.model.get(&p.ty.name).is_some_and(|i| i.kind != Kind::Enum))
        })
    }

    fn files(&self, source: &str) -> Vec<GeneratedFile> {
        // Items per (namespace, area).
        let mut items: BTreeMap<(String, String), Vec<String>> = BTreeMap::new();
        for t in &self.model.types {
            let key = (t.namespace.clone(), self.area_of(&t.qualified()).to_owned());
            let area = key.1.clone();
            let list = items.entry(key).or_default();
            match t.kind {
                Kind::Enum => list.push(self.emit_enum(t)),
                _ => {
                    list.push(self.emit_struct(t, &area));
                    if self.model.has_derived(&t.qualified()) {
                        list.push(self.emit_family(t, &area));
                    }
                }
            }
        }
        for (area, ns, rust, op) in &self.bodies {
            items.entry((ns.clone(), area.clone())).or_default().push(self.emit_body(rust, op, area));
        }
        items.entry(("microsoft.graph".into(), CORE.into())).or_default().push(ERROR_TYPES.to_owned());
        let mut files = Vec::new();
        let mut graph_modules = Vec::new();
        let mut ns_modules: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for ((ns, area), list) in &items {
            let (file, doc) = if ns == "microsoft.graph" {
                graph_modules.push(area.clone());
                (format!("src/graph/{area}.rs"), format!("`microsoft.graph`: {}", areas::doc(area)))
            } else {
                let segs = module_path(ns);
                assert_eq!(area, &namespace_area(ns), "a type of `{ns}` moved out of its namespace's area");
                ns_modules.entry(ns.clone()).or_default().push(area.clone());
                (format!("src/{}.rs", segs.join("/")), format!("The `{ns}` namespace."))
            };
            let mut text = format!("{}//! {doc}\n\n", crate::header(source, "graph-gen v1"));
            text.push_str("#![allow(clippy::large_enum_variant, non_camel_case_types)]\n\n#[allow(unused_imports)]\nuse graph_model::{Nullable, graph_entity};\n\n");
            text.push_str(&list.join("\n"));
            files.push(GeneratedFile { path: file, text });
        }
        files.push(self.lib_rs(source, &graph_modules, &ns_modules));
        files.push(self.catalog(source));
        files.push(GeneratedFile { path: "src/graph/mod.rs".into(), text: graph_mod(source, &graph_modules) });
        // Intermediate module files for multi-segment namespaces (`partners/mod.rs`).
        let mut parents: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for ns in ns_modules.keys() {
            let segs = module_path(ns);
            for i in 1..segs.len() {
                parents.entry(segs[..i].join("/")).or_default().insert(segs[i].clone());
            }
        }
        for (parent, children) in parents {
            let mut text = format!(
                "{}//! Namespaces under `microsoft.graph.{}`.\n\n",
                crate::header(source, "graph-gen v1"),
                parent.replace('/', ".")
            );
            for c in children {
                text.push_str(&format!("pub mod {c};\n"));
            }
            files.push(GeneratedFile { path: format!("src/{parent}/mod.rs"), text });
        }
        files.push(self.cargo_toml(source, &graph_modules, &ns_modules));
        files
    }

    fn all_areas(&self, graph_modules: &[String], ns_modules: &BTreeMap<String, Vec<String>>) -> BTreeSet<String> {
        graph_modules.iter().chain(ns_modules.values().flatten()).filter(|a| *a != CORE).cloned().collect()
    }

    fn cargo_toml(
        &self,
        source: &str,
        graph_modules: &[String],
        ns_modules: &BTreeMap<String, Vec<String>>,
    ) -> GeneratedFile {
        let areas = self.all_areas(graph_modules, ns_modules);
        let mut text = format!(
            "# @generated by `graph-gen v1` from `{source}`. Do not edit: change the generator and rerun it.\n[package]\nname = \"graph-v1\"\nversion.workspace = true\nedition.workspace = true\nrust-version.workspace = true\nlicense.workspace = true\ndescription = \"The whole Microsoft Graph v1.0 schema as typed, lossless Rust models (generated)\"\n\n[lib]\nname = \"graph_v1\"\n\n[dependencies]\ngraph-model = {{ version = \"=0.1.0\", path = \"../graph-model\" }}\n\n[dev-dependencies]\ngraph-gen = {{ path = \"../graph-gen\" }}\nserde = \"1.0.229\"\nserde_json = \"1.0.154\"\n\n[features]\n# Each area is one feature; `core` (entity, directoryObject, shared bases) is always compiled.\ndefault = []\nfull = [{}]\n",
            areas.iter().map(|a| format!("\"{a}\"")).collect::<Vec<_>>().join(", ")
        );
        for a in &areas {
            text.push_str(&format!("{a} = []\n"));
        }
        text.push_str("\n[package.metadata.docs.rs]\nall-features = true\n");
        GeneratedFile { path: "Cargo.toml".into(), text }
    }

    fn lib_rs(
        &self,
        source: &str,
        graph_modules: &[String],
        ns_modules: &BTreeMap<String, Vec<String>>,
    ) -> GeneratedFile {
        let count = |k| self.model.types.iter().filter(|t| t.kind == k).count();
        let mut text = format!(
            "{}//! The whole Microsoft Graph v1.0 schema as typed, lossless Rust models, built with\n//! [`graph_model`]'s `#[graph_entity]`: {} entity, {} complex and {} enum types, and {} action bodies.\n",
            crate::header(source, "graph-gen v1"),
            count(Kind::Entity),
            count(Kind::Complex),
            count(Kind::Enum),
            self.bodies.len()
        );
        text.push_str(LIB_DOC);
        text.push_str("\n#![allow(clippy::large_enum_variant)]\n\nmod catalog;\nmod graph;\n\npub use catalog::{ACTION_BODIES, TYPES};\npub use graph::core::*;\n");
        for a in graph_modules.iter().filter(|a| *a != CORE) {
            text.push_str(&format!("#[cfg(feature = \"{a}\")]\npub use graph::{a}::*;\n"));
        }
        // Namespace modules, nested by segment.
        let mut tops: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for ns in ns_modules.keys() {
            let segs = module_path(ns);
            tops.entry(segs[0].clone()).or_default().push(ns.clone());
        }
        for (top, nss) in tops {
            let feature = |ns: &str| namespace_area(ns);
            let features: Vec<String> = nss.iter().map(|n| format!("feature = \"{}\"", feature(n))).collect();
            let doc = if nss.len() == 1 && module_path(&nss[0]).len() == 1 {
                format!("The `{}` namespace.", nss[0])
            } else {
                format!("Namespaces under `microsoft.graph.{top}`.")
            };
            let cfg = match features.as_slice() {
                [one] => one.clone(),
                _ => format!("any({})", features.join(", ")),
            };
            text.push_str(&format!("\n/// {doc}\n#[cfg({cfg})]\npub mod {top};\n"));
        }
        GeneratedFile { path: "src/lib.rs".into(), text }
    }

    /// `TYPES` (every type's metadata) and `ACTION_BODIES`, each entry under its area's feature.
    fn catalog(&self, source: &str) -> GeneratedFile {
        let mut text = format!(
            "{}//! The metadata of every type and action body in the crate (those of the enabled areas).\n\n",
            crate::header(source, "graph-gen v1")
        );
        text.push_str("use graph_model::{GraphType, TypeInfo};\n\n");
        text.push_str("/// The metadata of every entity, complex and enum type of the enabled areas, in schema order: name,\n/// kind, base, properties, members. Families share their base type's entry.\npub const TYPES: &[&TypeInfo] = &[\n");
        for t in &self.model.types {
            if let Some(cfg) = self.cfg_for(CORE, &t.qualified()) {
                text.push_str(&format!("    {cfg}\n"));
            }
            text.push_str(&format!("    <{} as GraphType>::TYPE_INFO,\n", self.type_path(&t.qualified())));
        }
        text.push_str("];\n\n/// Each action body with the action it is for (`namespace.action`) and the metadata of its parameters.\npub const ACTION_BODIES: &[(&str, &TypeInfo)] = &[\n");
        for (area, ns, rust, op) in &self.bodies {
            if area != CORE {
                text.push_str(&format!("    #[cfg(feature = \"{area}\")]\n"));
            }
            let path = match module_path(ns).as_slice() {
                [] => format!("crate::{rust}"),
                segs => format!("crate::{}::{rust}", segs.join("::")),
            };
            text.push_str(&format!("    (\"{}.{}\", <{path} as GraphType>::TYPE_INFO),\n", op.namespace, op.name));
        }
        text.push_str("];\n");
        GeneratedFile { path: "src/catalog.rs".into(), text }
    }

    fn emit_enum(&self, t: &TypeDef) -> String {
        let sentinel = t.members.iter().position(|m| m.name == "unknownFutureValue");
        let mut args = format!("odata_type = \"{}\"", t.qualified());
        if t.flags {
            args.push_str(", flags");
        }
        if sentinel.is_none() {
            args.push_str(", closed");
        }
        let mut out = format!(
            "/// `{}`{}.\n#[graph_entity({args})]\npub enum {} {{\n",
            t.qualified(),
            if t.flags { " (flags: a value is a set of members, see `graph_model::Flags`)" } else { "" },
            type_ident(&upper(&t.name))
        );
        let mut used = HashSet::new();
        for (i, m) in t.members.iter().enumerate() {
            let mut ident = type_ident(&upper(&m.name));
            if ident == "Unrecognized" {
                ident = "UnrecognizedMember".into();
            }
            while !used.insert(ident.clone()) {
                ident.push('_');
            }
            let note = match sentinel {
                Some(s) if i == s => ": the sentinel for members this request did not opt into",
                Some(s) if i > s => ": sent only with `Prefer: include-unknown-enum-members`",
                _ => "",
            };
            out.push_str(&format!("    /// `{}` ({}){note}.\n", m.name, m.value));
            if lower_first(&ident) != m.name {
                out.push_str(&format!("    #[graph(rename = \"{}\")]\n", m.name));
            }
            out.push_str(&format!("    {ident} = {},\n", m.value));
        }
        out.push_str("}\n");
        out
    }

    fn emit_struct(&self, t: &TypeDef, area: &str) -> String {
        let rname = type_ident(&upper(&t.name));
        let complex = t.kind == Kind::Complex;
        let mut doc = format!("`{}`", t.qualified());
        if complex {
            doc.push_str(" (complex type)");
        }
        doc.push('.');
        if let Some(base) = &t.base {
            doc.push_str(&format!(
                " Derives from `{base}`: its properties are flat on the wire and reachable through `Deref`."
            ));
        }
        if self.model.has_derived(&t.qualified()) {
            doc.push_str(&format!(
                "\n///\n/// {} read values that may be any of its derived types through [`Any{rname}`].",
                if t.is_abstract { "Abstract in the schema:" } else { "Derived types exist:" }
            ));
        }
        if t.open {
            doc.push_str("\n///\n/// An open type: its dynamic properties are kept in `odata.additional`; read them by name with\n/// `odata.additional.get_as::<T>(name)`.");
        }
        if t.has_stream {
            doc.push_str("\n///\n/// A media entity: its content is a stream fetched from `@odata.mediaReadLink` (kept in `odata.additional`).");
        }
        let mut args = format!("odata_type = \"{}\"", t.qualified());
        if complex {
            args.push_str(", complex");
        }
        let mut out = format!("/// {doc}\n#[graph_entity({args})]\npub struct {rname} {{\n");
        let mut used: HashSet<String> = HashSet::new();
        used.insert("odata".into());
        if let Some(base) = &t.base {
            let mut name = if base == "microsoft.graph.entity" { "entity".to_owned() } else { "base".to_owned() };
            if t.properties.iter().chain(&t.navigation).any(|p| snake(&p.name) == name) {
                name = format!("{name}_type");
            }
            used.insert(name.clone());
            let path = self.type_path(base);
            out.push_str(&format!(
                "    /// The base type's properties.\n    #[graph(base)]\n    pub {name}: {path},\n"
            ));
        }
        for p in &t.properties {
            out.push_str(&self.field(&t.qualified(), p, false, area, &mut used));
        }
        for p in &t.navigation {
            out.push_str(&self.field(&t.qualified(), p, true, area, &mut used));
        }
        out.push_str("}\n");
        out
    }

    /// One field; `owner` is the qualified name of the type (or action) declaring it.
    fn field(&self, owner: &str, p: &Property, nav: bool, area: &str, used: &mut HashSet<String>) -> String {
        // `boxed`: a family, or a structured value nesting another (boxing breaks every type cycle).
        let (value, boxed) = self.value_type(&p.ty);
        let elem = if p.ty.collection {
            format!("Vec<{value}>")
        } else if nav || boxed {
            format!("Box<{value}>")
        } else {
            value
        };
        let ty = if nav && p.ty.collection {
            format!("Option<{elem}>")
        } else if nav || p.nullable {
            format!("Nullable<{elem}>")
        } else {
            format!("Option<{elem}>")
        };
        let mut fname = field_ident(&snake(&p.name));
        while !used.insert(fname.clone()) {
            fname = format!("{}_property", fname.trim_start_matches("r#"));
        }
        let mut attrs = Vec::new();
        if camel_of_snake(&fname) != p.name {
            attrs.push(format!("rename = \"{}\"", p.name));
        }
        let read_only = !nav && (p.computed || (p.name == "id" && owner == "microsoft.graph.entity"));
        if read_only {
            attrs.push("read_only".into());
        }
        if nav {
            attrs.push("nav".into());
        }
        let mut out = String::new();
        let kind = if nav {
            if p.contains_target { " Navigation property, contained." } else { " Navigation property." }
        } else {
            ""
        };
        out.push_str(&format!(
            "    /// `{}`: `{}`{}.{kind}\n",
            p.name,
            p.written_type,
            if read_only { ", read-only" } else { "" }
        ));
        if let Some(cfg) = self.cfg_for(area, &p.ty.name) {
            out.push_str(&format!("    {cfg}\n"));
        }
        if !attrs.is_empty() {
            out.push_str(&format!("    #[graph({})]\n", attrs.join(", ")));
        }
        out.push_str(&format!("    pub {fname}: {ty},\n"));
        out
    }

    fn emit_family(&self, t: &TypeDef, area: &str) -> String {
        let rname = type_ident(&upper(&t.name));
        let mut out = format!(
            "/// Any `{q}`: dispatched on `@odata.type` to the most derived type this program knows; other types\n/// (or types of areas compiled out) are kept in the `Other` variant with everything they carried.\n#[graph_entity(odata_type = \"{q}\")]\npub enum Any{rname} {{\n",
            q = t.qualified()
        );
        let mut used: HashSet<String> = HashSet::new();
        used.insert("Other".into());
        for d in self.model.descendants(&t.qualified()) {
            let mut variant = type_ident(&upper(&d.name));
            if d.namespace != t.namespace {
                variant = format!(
                    "{}{variant}",
                    module_path(&d.namespace).iter().map(|s| upper(&camel_of_snake(s))).collect::<String>()
                );
            }
            while !used.insert(variant.clone()) {
                variant.push('_');
            }
            out.push_str(&format!("    /// `{}`.\n", d.qualified()));
            if let Some(cfg) = self.cfg_for(area, &d.qualified()) {
                out.push_str(&format!("    {cfg}\n"));
            }
            out.push_str(&format!("    {variant}({}),\n", self.type_path(&d.qualified())));
        }
        out.push_str(&format!(
            "    /// `{}` itself, or a derived type this program does not know.\n    #[graph(fallback)]\n    Other({}),\n}}\n",
            t.qualified(),
            self.type_path(&t.qualified())
        ));
        out
    }

    fn emit_body(&self, rust: &str, op: &Operation, area: &str) -> String {
        let binding = op.binding.as_ref().map_or_else(
            || "unbound".to_owned(),
            |b| {
                if b.collection {
                    format!("bound to a collection of `{}`", b.name)
                } else {
                    format!("bound to `{}`", b.name)
                }
            },
        );
        let mut out = format!(
            "/// The parameters of the action `{}.{}` ({binding}), sent as its JSON body.\n#[graph_entity(complex)]\npub struct {rust} {{\n",
            op.namespace, op.name
        );
        let mut used: HashSet<String> = HashSet::new();
        used.insert("odata".into());
        for p in &op.parameters {
            out.push_str(&self.field(&format!("{}.{}", op.namespace, op.name), p, false, area, &mut used));
        }
        out.push_str("}\n");
        out
    }
}

fn family_path(path: &str) -> String {
    match path.rsplit_once("::") {
        Some((module, name)) => format!("{module}::Any{name}"),
        None => format!("Any{path}"),
    }
}

fn graph_mod(source: &str, modules: &[String]) -> String {
    let mut text = format!(
        "{}//! The `microsoft.graph` namespace, one module per area.\n\n",
        crate::header(source, "graph-gen v1")
    );
    for m in modules {
        if m == CORE {
            text.push_str("pub mod core;\n");
        } else {
            text.push_str(&format!("#[cfg(feature = \"{m}\")]\npub mod {m};\n"));
        }
    }
    text
}

/// The error body every Graph API returns (`{"error": {...}}`): OData's error format, which the CSDL does
/// not declare (its `InnerError` is the one piece it does).
const ERROR_TYPES: &str = r#"/// The body of every Graph error response: `{"error": {"code": ..., "message": ..., "innerError": ...}}`
/// (OData's JSON error format; not a CSDL type, so it has no `@odata.type`).
#[graph_entity(complex)]
pub struct ODataError {
    /// `error`: the error.
    pub error: Option<Box<MainError>>,
}

/// `error` of an [`ODataError`]: a code, a message, and details. Other keys are kept in `odata.additional`.
#[graph_entity(complex)]
pub struct MainError {
    /// `code`: the error code, such as `Request_ResourceNotFound` or `invalidRange`.
    pub code: Nullable<String>,
    /// `message`: for developers; not localized.
    pub message: Nullable<String>,
    /// `target`: the target of the error.
    pub target: Nullable<String>,
    /// `details`: more errors.
    pub details: Nullable<Vec<ErrorDetails>>,
    /// `innerError`: the request id, client request id and date of the failure.
    pub inner_error: Nullable<Box<crate::InnerError>>,
}

/// One of `details` in a [`MainError`].
#[graph_entity(complex)]
pub struct ErrorDetails {
    /// `code`: the error code.
    pub code: Nullable<String>,
    /// `message`: for developers.
    pub message: Nullable<String>,
    /// `target`: the target of the error.
    pub target: Nullable<String>,
}
"#;

const LIB_DOC: &str = r###"//!
//! Every entity, complex and enum type of the `microsoft.graph` namespace is at the crate root under its
//! CSDL name in UpperCamelCase (`graph_v1::User`, `graph_v1::FileAttachment`, `graph_v1::FreeBusyStatus`);
//! the other namespaces are modules (`graph_v1::security::Alert`, `graph_v1::call_records::CallRecord`,
//! `graph_v1::partners::billing::Operation`).
//!
//! # Features
//! Each area of the API is a cargo feature, so a crate compiles only what it uses; `full` enables all.
//! The `core` types (`Entity`, `DirectoryObject` and the base types several areas share) are always
//! there. With an area off, its types are absent, and values of them that arrive inside other types are
//! kept like undeclared properties: they are written back exactly.
//!
//! Build cost grows with the areas, so enable those you read. Reading a type compiles the readers of every
//! type reachable from it, in the crate that reads it, and an entity's navigation properties reach every
//! type of the areas that are on. Measured on a 2-core machine with Rust 1.95, debug builds, each crate
//! built from clean with its dependencies already built (time, rustc's peak memory):
//!
//! | features | `graph-v1` itself | a crate that reads a `User`, a `Group` and a page of `AnyDirectoryObject` |
//! |---|---:|---:|
//! | `directory` | 26 s, 1.1 GB | 10 s, 0.8 GB |
//! | `directory`, `mail`, `calendar`, `files`, `teams` (a `User` only, earlier) | 77 s, 2.5 GB | 35 s, 2.0 GB |
//! | `full` | 3.1 min, 5.9 GB | 3.7 min, 11.4 GB |
//! 
//! (`bash bench/build_reader.sh [FEATURES ...]` measures a row.)
//!
//! Most of the reading crate's memory is debug information for those readers. With `full`, the same
//! crate built with `debug = "line-tables-only"` (backtraces keep their lines) takes 3 min and 8.5 GB,
//! and with `debug = false` 2.8 min and 6.6 GB:
//!
//! ```toml
//! [profile.dev]
//! debug = "line-tables-only"
//! ```
//!
//! The areas:
//!
//! | feature | what |
//! |---|---|
//! | `directory` | users, groups, organization, roles, domains, administrative units, licenses |
//! | `other` | types no area uses (mostly results of actions and functions) |
//! | `mail`, `calendar`, `files`, `teams`, `planner`, `education`, `communications` | the workloads |
//! | `applications`, `identity_governance`, `security`, `reports`, `search`, `device_management`, `print`, `employee_experience` | administration and compliance |
//! | `call_records`, `external_connectors`, `identity_governance`, `partners_billing`, `security`, `search`, `term_store`, ... | the other namespaces (modules) |
//!
//! # Shapes
//! - A nullable property is `Nullable<T>` (absent, `null`, or a value), a non-nullable one `Option<T>`;
//!   collections are `Vec<T>` inside either.
//! - A derived type holds its base in a `#[graph(base)]` field and `Deref`s to it. A type with derived
//!   types has a family `Any<Name>`, used wherever a property's declared type has derived types.
//! - Each entity has a `<Name>Update` type for PATCH bodies, without its read-only properties.
//! - Each action with parameters has a body type, `<Action>Body` (`AddPasswordBody`, `GetByIdsBody`).
//! - Open types keep their dynamic properties in `odata.additional`; read one with `get_as::<T>(name)`.
//!
//! ```
//! # #[cfg(feature = "directory")] {
//! let user: graph_v1::User = serde_json::from_str(
//!     r##"{"@odata.type":"#microsoft.graph.user","id":"87d349ed","displayName":"Megan Bowen","businessPhones":["+1 412 555 0109"]}"##,
//! )?;
//! assert_eq!(user.display_name.as_value().map(String::as_str), Some("Megan Bowen"));
//! # }
//! # Ok::<(), serde_json::Error>(())
//! ```
"###;

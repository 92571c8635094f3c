//! Reading CSDL XML (OData's schema language, as Microsoft publishes Graph's metadata) into a resolved
//! model: every name qualified (aliases such as `graph.` expanded), derived types indexed, computed
//! (read-only) properties marked from `Org.OData.Core.V1.Computed` annotations.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt;

/// An error reading CSDL: what was wrong, and where (an element path or a line).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error(String);

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

/// The kind of a schema type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    /// `EntityType`.
    Entity,
    /// `ComplexType`.
    Complex,
    /// `EnumType`.
    Enum,
}

/// A reference to a type: `Edm.String`, `microsoft.graph.user`, or a collection of one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TypeRef {
    /// The qualified name of the (element) type.
    pub name: String,
    /// `Collection(...)`.
    pub collection: bool,
}

impl TypeRef {
    /// Whether this is a primitive `Edm.*` type.
    pub fn is_primitive(&self) -> bool {
        self.name.starts_with("Edm.")
    }
}

/// A structural or navigation property, or an operation parameter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Property {
    /// The name on the wire.
    pub name: String,
    /// The type, aliases resolved.
    pub ty: TypeRef,
    /// The type as written in the file (`graph.emailIdentity`, `Collection(Edm.String)`).
    pub written_type: String,
    /// `Nullable` (default true).
    pub nullable: bool,
    /// `ContainsTarget` (navigation properties).
    pub contains_target: bool,
    /// Annotated `Org.OData.Core.V1.Computed`: the service computes it (read-only).
    pub computed: bool,
}

/// An enum member.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Member {
    /// The name on the wire.
    pub name: String,
    /// The value (declared, or its position when the enum declares none).
    pub value: i64,
}

/// An entity, complex or enum type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TypeDef {
    /// The namespace (`microsoft.graph`, `microsoft.graph.security`).
    pub namespace: String,
    /// The simple name (`user`).
    pub name: String,
    /// The kind.
    pub kind: Kind,
    /// The qualified base type.
    pub base: Option<String>,
    /// `Abstract="true"`.
    pub is_abstract: bool,
    /// `OpenType="true"`.
    pub open: bool,
    /// `HasStream="true"`: the entity is a media entity.
    pub has_stream: bool,
    /// Structural properties in declaration order.
    pub properties: Vec<Property>,
    /// Navigation properties in declaration order.
    pub navigation: Vec<Property>,
    /// Enum members in declaration order.
    pub members: Vec<Member>,
    /// `IsFlags="true"`.
    pub flags: bool,
}

impl TypeDef {
    /// `namespace.name`.
    pub fn qualified(&self) -> String {
        format!("{}.{}", self.namespace, self.name)
    }
}

/// An action or function.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Operation {
    /// The namespace.
    pub namespace: String,
    /// The name.
    pub name: String,
    /// `Action` (a POST with a JSON body of its parameters) rather than `Function`.
    pub is_action: bool,
    /// The binding parameter's type, for a bound operation.
    pub binding: Option<TypeRef>,
    /// The parameters other than the binding one.
    pub parameters: Vec<Property>,
    /// The return type.
    pub returns: Option<TypeRef>,
}

/// A resolved CSDL document.
#[derive(Debug, Clone)]
pub struct Model {
    /// The namespaces in document order, with their aliases.
    pub namespaces: Vec<(String, Option<String>)>,
    /// Every type in document order.
    pub types: Vec<TypeDef>,
    /// Every action and function in document order.
    pub operations: Vec<Operation>,
    index: HashMap<String, usize>,
    derived: HashMap<String, Vec<usize>>,
}

impl Model {
    /// Reads and resolves a CSDL XML document.
    pub fn parse(xml: &str) -> Result<Model, Error> {
        let doc = roxmltree::Document::parse_with_options(
            xml,
            roxmltree::ParsingOptions { allow_dtd: false, nodes_limit: u32::MAX },
        )
        .map_err(|e| Error(format!("not well-formed XML: {e}")))?;
        let schemas: Vec<roxmltree::Node> =
            doc.descendants().filter(|n| n.is_element() && n.tag_name().name() == "Schema").collect();
        if schemas.is_empty() {
            return Err(Error("no <Schema> element: not a CSDL document".into()));
        }
        let mut aliases = HashMap::new();
        let mut namespaces = Vec::new();
        for s in &schemas {
            let ns = required(s, "Namespace")?.to_owned();
            if let Some(alias) = s.attribute("Alias") {
                aliases.insert(alias.to_owned(), ns.clone());
            }
            if !namespaces.iter().any(|(n, _)| *n == ns) {
                namespaces.push((ns.clone(), s.attribute("Alias").map(str::to_owned)));
            }
        }
        let qualify = |name: &str| -> String {
            match name.rsplit_once('.') {
                Some((prefix, simple)) => match aliases.get(prefix) {
                    Some(ns) => format!("{ns}.{simple}"),
                    None => name.to_owned(),
                },
                None => name.to_owned(),
            }
        };
        let type_ref = |written: &str| -> TypeRef {
            match written.strip_prefix("Collection(").and_then(|r| r.strip_suffix(')')) {
                Some(inner) => TypeRef { name: qualify(inner), collection: true },
                None => TypeRef { name: qualify(written), collection: false },
            }
        };
        // Computed properties, from out-of-line annotations (`Target="ns.type/prop"`).
        let mut computed: HashSet<String> = HashSet::new();
        for s in &schemas {
            for ann in s.children().filter(|n| n.has_tag_name_local("Annotations")) {
                let Some(target) = ann.attribute("Target") else { continue };
                if has_true_term(&ann, "Org.OData.Core.V1.Computed") {
                    let (ty, prop) = target.split_once('/').unwrap_or((target, ""));
                    computed.insert(format!("{}/{}", qualify(ty), prop));
                }
            }
        }
        let mut types = Vec::new();
        let mut operations = Vec::new();
        for s in &schemas {
            let ns = required(s, "Namespace")?;
            for node in s.children().filter(roxmltree::Node::is_element) {
                let kind = match node.tag_name().name() {
                    "EntityType" => Kind::Entity,
                    "ComplexType" => Kind::Complex,
                    "EnumType" => Kind::Enum,
                    "Action" | "Function" => {
                        operations.push(operation(&node, ns, &type_ref)?);
                        continue;
                    }
                    _ => continue,
                };
                let name = required(&node, "Name")?.to_owned();
                let qualified = format!("{ns}.{name}");
                let property = |p: roxmltree::Node| -> Result<Property, Error> {
                    let pname = required(&p, "Name")?.to_owned();
                    let written = required(&p, "Type")?.to_owned();
                    let is_computed = computed.contains(&format!("{qualified}/{pname}"))
                        || has_true_term(&p, "Org.OData.Core.V1.Computed");
                    Ok(Property {
                        ty: type_ref(&written),
                        written_type: written,
                        nullable: p.attribute("Nullable") != Some("false"),
                        contains_target: p.attribute("ContainsTarget") == Some("true"),
                        computed: is_computed,
                        name: pname,
                    })
                };
                let mut def = TypeDef {
                    namespace: ns.to_owned(),
                    name,
                    kind,
                    base: node.attribute("BaseType").map(qualify),
                    is_abstract: node.attribute("Abstract") == Some("true"),
                    open: node.attribute("OpenType") == Some("true"),
                    has_stream: node.attribute("HasStream") == Some("true"),
                    properties: Vec::new(),
                    navigation: Vec::new(),
                    members: Vec::new(),
                    flags: node.attribute("IsFlags") == Some("true"),
                };
                for (position, child) in node.children().filter(roxmltree::Node::is_element).enumerate() {
                    match child.tag_name().name() {
                        "Property" => def.properties.push(property(child)?),
                        "NavigationProperty" => def.navigation.push(property(child)?),
                        "Member" => {
                            let mname = required(&child, "Name")?.to_owned();
                            let value = match child.attribute("Value") {
                                Some(v) => v.parse().map_err(|_| {
                                    Error(format!("{qualified}.{mname}: member value `{v}` is not an integer"))
                                })?,
                                None => position as i64,
                            };
                            def.members.push(Member { name: mname, value });
                        }
                        _ => {}
                    }
                }
                types.push(def);
            }
        }
        let mut index = HashMap::new();
        for (i, t) in types.iter().enumerate() {
            if index.insert(t.qualified(), i).is_some() {
                return Err(Error(format!("type `{}` is defined twice", t.qualified())));
            }
        }
        let mut derived: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, t) in types.iter().enumerate() {
            if let Some(base) = &t.base {
                derived.entry(base.clone()).or_default().push(i);
            }
        }
        Ok(Model { namespaces, types, operations, index, derived })
    }

    /// The type with this qualified name.
    pub fn get(&self, qualified: &str) -> Option<&TypeDef> {
        self.index.get(qualified).map(|&i| &self.types[i])
    }

    /// The types deriving directly from this one, in document order.
    pub fn derived(&self, qualified: &str) -> impl Iterator<Item = &TypeDef> {
        self.derived.get(qualified).into_iter().flatten().map(|&i| &self.types[i])
    }

    /// Every type deriving from this one, directly or not: depth first, in document order.
    pub fn descendants(&self, qualified: &str) -> Vec<&TypeDef> {
        let mut out = Vec::new();
        for d in self.derived(qualified) {
            out.push(d);
            out.extend(self.descendants(&d.qualified()));
        }
        out
    }

    /// Whether any type derives from this one.
    pub fn has_derived(&self, qualified: &str) -> bool {
        self.derived.contains_key(qualified)
    }

    /// Names referenced by properties, bases or operations but defined nowhere in the document, sorted.
    pub fn unresolved(&self) -> Vec<String> {
        let mut out: BTreeMap<String, ()> = BTreeMap::new();
        let mut check = |name: &str| {
            if !name.starts_with("Edm.") && self.get(name).is_none() {
                out.insert(name.to_owned(), ());
            }
        };
        for t in &self.types {
            if let Some(b) = &t.base {
                check(b);
            }
            for p in t.properties.iter().chain(&t.navigation) {
                check(&p.ty.name);
            }
        }
        out.into_keys().collect()
    }

    /// The base chain of a type, nearest first.
    pub fn ancestors(&self, t: &TypeDef) -> Vec<&TypeDef> {
        let mut out = Vec::new();
        let mut at = t.base.as_deref().and_then(|b| self.get(b));
        while let Some(b) = at {
            if out.iter().any(|o: &&TypeDef| o.qualified() == b.qualified()) {
                break;
            }
            out.push(b);
            at = b.base.as_deref().and_then(|n| self.get(n));
        }
        out
    }
}

fn required<'a>(node: &roxmltree::Node<'a, '_>, attr: &str) -> Result<&'a str, Error> {
    node.attribute(attr).ok_or_else(|| {
        let pos = node.document().text_pos_at(node.range().start);
        Error(format!("<{}> at line {} has no `{attr}` attribute", node.tag_name().name(), pos.row))
    })
}

/// Whether the element holds `<Annotation Term="term"/>` with no `Bool` or `Bool="true"`.
fn has_true_term(node: &roxmltree::Node, term: &str) -> bool {
    node.children().any(|a| {
        a.has_tag_name_local("Annotation") && a.attribute("Term") == Some(term) && a.attribute("Bool") != Some("false")
    })
}

fn operation(node: &roxmltree::Node, ns: &str, type_ref: &dyn Fn(&str) -> TypeRef) -> Result<Operation, Error> {
    let bound = node.attribute("IsBound") == Some("true");
    let mut params = node.children().filter(|c| c.has_tag_name_local("Parameter"));
    let binding = if bound { params.next().map(|p| type_ref(p.attribute("Type").unwrap_or_default())) } else { None };
    let mut parameters = Vec::new();
    for p in params {
        let written = required(&p, "Type")?.to_owned();
        parameters.push(Property {
            name: required(&p, "Name")?.to_owned(),
            ty: type_ref(&written),
            written_type: written,
            nullable: p.attribute("Nullable") != Some("false"),
            contains_target: false,
            computed: false,
        });
    }
    let returns =
        node.children().find(|c| c.has_tag_name_local("ReturnType")).and_then(|r| r.attribute("Type")).map(type_ref);
    Ok(Operation {
        namespace: ns.to_owned(),
        name: required(node, "Name")?.to_owned(),
        is_action: node.tag_name().name() == "Action",
        binding,
        parameters,
        returns,
    })
}

trait LocalName {
    fn has_tag_name_local(&self, name: &str) -> bool;
}

impl LocalName for roxmltree::Node<'_, '_> {
    fn has_tag_name_local(&self, name: &str) -> bool {
        self.is_element() && self.tag_name().name() == name
    }
}

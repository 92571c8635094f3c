//! The check pass: every rule of `#[graph_entity]`, on the item as written ([`item`]) and on its model
//! ([`model`]): rules that relate its parts (fields to each other, the base, members, family variants), and
//! mistakes recognizable from the written types, each reported once at its span with what to write
//! instead. Parsing ([`crate::ast`]) only builds the model.

use syn::{DeriveInput, Type, TypePath};

use crate::ast::{EvolvableEnum, Family, Field, Input, Shape, Struct};
use crate::ctxt::Ctxt;
use crate::ty::{derived_paths, generic_arg, peel, type_key};

/// The rules on the item as written, before it is parsed; `false` if it must not be parsed at all (the
/// attribute is applied twice: everything would be reported twice).
pub fn item(cx: &mut Ctxt, input: &DeriveInput) -> bool {
    if !input.generics.params.is_empty() || input.generics.where_clause.is_some() {
        cx.error_spanned_by(
            &input.generics,
            "`#[graph_entity]` types cannot be generic: a Graph type has one fixed shape; use concrete types",
        );
    }
    for attr in &input.attrs {
        if attr.path().segments.last().is_some_and(|s| s.ident == "graph_entity") {
            cx.error_spanned_by(attr, "`#[graph_entity]` is applied twice: remove this one");
            return false;
        }
        for derived in derived_paths(attr) {
            if derived.segments.last().is_some_and(|s| s.ident == "Serialize" || s.ident == "Deserialize") {
                cx.error_spanned_by(
                    &derived,
                    "remove `Serialize`/`Deserialize` from `derive`: `#[graph_entity]` implements them",
                );
            }
        }
    }
    true
}

/// The rules on a parsed item.
pub fn model(cx: &mut Ctxt, input: &Input) {
    match input {
        Input::Struct(s) => check_struct(cx, s),
        Input::Enum(e) => check_enum(cx, e),
        Input::Family(f) => check_family(cx, f),
    }
}

/// Names that are certainly not `#[graph_entity]` types: std and Edm types, and this crate's wrappers.
const NOT_GRAPH_TYPES: &[&str] = &[
    "String",
    "str",
    "bool",
    "char",
    "i8",
    "i16",
    "i32",
    "i64",
    "i128",
    "isize",
    "u8",
    "u16",
    "u32",
    "u64",
    "u128",
    "usize",
    "f32",
    "f64",
    "Vec",
    "Option",
    "Box",
    "Nullable",
    "Flags",
    "Delta",
    "HashMap",
    "BTreeMap",
    "Value",
    "DateTimeOffset",
    "Date",
    "Duration",
    "Guid",
    "ODataMeta",
    "CollectionResponse",
];

/// The last path segment's name, if `ty` is a path type.
fn last_name(ty: &Type) -> Option<String> {
    match peel(ty) {
        Type::Path(TypePath { qself: None, path, .. }) => path.segments.last().map(|s| s.ident.to_string()),
        _ => None,
    }
}

/// Whether `ty` can be a `#[graph_entity]` struct or family as written: a path not naming a known
/// non-Graph type.
fn may_be_graph_type(ty: &Type) -> bool {
    last_name(ty).is_some_and(|name| !NOT_GRAPH_TYPES.contains(&name.as_str()))
}

fn check_struct(cx: &mut Ctxt, s: &Struct) {
    let bases: Vec<&Field> = s.fields.iter().filter(|f| f.is_base).collect();
    if bases.len() > 1 {
        let mut err = syn::Error::new_spanned(
            bases[1].original,
            "a Graph type has one base type: only one field can be `#[graph(base)]`",
        );
        err.combine(syn::Error::new_spanned(bases[0].original, "the base is already this field"));
        cx.syn_error(err);
    }
    if let Some(base) = bases.first() {
        if !matches!(base.shape, Shape::Required(_)) {
            cx.error_spanned_by(
                &base.original.ty,
                "the base field holds the base type itself, not `Option` or `Nullable` of it",
            );
        } else if !may_be_graph_type(&base.original.ty) {
            cx.error_spanned_by(
                &base.original.ty,
                "the base field holds the base type's `#[graph_entity]` struct, e.g. `#[graph(base)] pub entity: Entity`",
            );
        }
    }
    let props: Vec<&Field> = s.properties().collect();
    for (i, f) in props.iter().enumerate() {
        if let Some(first) = props[..i].iter().find(|g| g.wire == f.wire) {
            let mut err = syn::Error::new_spanned(f.ident, format!("two fields have the wire name `{}`", f.wire));
            err.combine(syn::Error::new_spanned(first.ident, format!("`{}` first used here", f.wire)));
            cx.syn_error(err);
        }
    }
    for f in &s.fields {
        serde_attributes(cx, &f.original.attrs);
        property_type(cx, &f.original.ty);
    }
    serde_attributes(cx, &s.input.attrs);
}

fn check_family(cx: &mut Ctxt, f: &Family) {
    let marked: Vec<_> = f.variants.iter().filter_map(|v| v.fallback).collect();
    for extra in marked.iter().skip(1) {
        let mut err = syn::Error::new(*extra, "a family has one `fallback` variant");
        err.combine(syn::Error::new(marked[0], "the fallback is already this variant"));
        cx.syn_error(err);
    }
    for (i, v) in f.variants.iter().enumerate() {
        let text = type_key(v.ty);
        if let Some(first) = f.variants[..i].iter().find(|w| type_key(w.ty) == text) {
            let mut err = syn::Error::new_spanned(v.ty, "two variants hold the same type");
            err.combine(syn::Error::new_spanned(first.ty, "first held here"));
            cx.syn_error(err);
        }
    }
    if marked.is_empty() {
        cx.error_spanned_by(
            &f.input.ident,
            "a family needs a `#[graph(fallback)]` variant holding its base type: objects of types this program does not know are kept there",
        );
        return;
    }
    for v in &f.variants {
        if !may_be_graph_type(v.ty) {
            cx.error_spanned_by(
                v.ty,
                format!(
                    "a family's variants each hold a `#[graph_entity]` type derived from the family's base `{}`: \
                     this type is not one",
                    f.odata_type
                ),
            );
        }
    }
    serde_attributes(cx, &f.input.attrs);
}

/// An evolvable enum: member names and values, the sentinel, and derives that would conflict with the
/// macro's own equality, ordering and hashing (an `Unrecognized` value spelling a known member is that
/// member).
fn check_enum(cx: &mut Ctxt, e: &EvolvableEnum) {
    for (i, m) in e.variants.iter().enumerate() {
        if let Some(first) = e.variants[..i].iter().find(|f| f.wire == m.wire) {
            let wire = &m.wire;
            let mut err = syn::Error::new_spanned(m.ident, format!("two members have the wire name `{wire}`"));
            err.combine(syn::Error::new_spanned(first.ident, format!("`{wire}` first used here")));
            cx.syn_error(err);
        }
        if e.flags {
            match (m.value, m.discriminant) {
                // Usually single bits, but Graph's schema also has flags enums numbered 0, 1, 2, ... and
                // composite members (`everyWeek = 15`): the wire form is member names, so any value is kept.
                (Some(n), Some(expr)) if n < 0 => cx.error_spanned_by(
                    expr,
                    "a flags member's value cannot be negative: write the CSDL value (1, 2, 4, ...; 0 means no flags)",
                ),
                (None, None) => cx
                    .error_spanned_by(m.ident, "a flags member needs its value from the CSDL: write `FastRestore = 1`"),
                _ => {}
            }
            let same = e.variants[..i].iter().find(|f| f.value == m.value && m.value != Some(0));
            if let (Some(n), Some(first)) = (m.value, same) {
                let mut err = syn::Error::new_spanned(m.ident, format!("two flags members have the value {n}"));
                err.combine(syn::Error::new_spanned(first.ident, "first used here"));
                cx.syn_error(err);
            }
        }
    }
    match (e.sentinel, e.closed) {
        (None, None) => cx.error_spanned_by(
            &e.input.ident,
            "an evolvable enum must declare the sentinel member `UnknownFutureValue`; \
             if this enum never gains members, declare it `#[graph_entity(odata_type = \"...\", closed)]`",
        ),
        (Some(i), Some(span)) => {
            let mut err =
                syn::Error::new(span, "conflicting options: a `closed` enum has no `UnknownFutureValue` sentinel");
            err.combine(syn::Error::new_spanned(e.variants[i].ident, "the sentinel is declared here"));
            cx.syn_error(err);
        }
        _ => {}
    }
    const OWN: &[&str] = &["PartialEq", "Eq", "Hash", "PartialOrd", "Ord"];
    for derived in e.input.attrs.iter().flat_map(derived_paths) {
        if derived.segments.last().is_some_and(|s| OWN.contains(&s.ident.to_string().as_str())) {
            cx.error_spanned_by(
                &derived,
                "remove this derive: `#[graph_entity]` implements equality, ordering and hashing for enums, so that \
                 an `Unrecognized` value spelling a known member equals that member",
            );
        }
    }
    serde_attributes(cx, &e.input.attrs);
}

/// `#[serde(...)]` is not read: say what to write instead.
fn serde_attributes(cx: &mut Ctxt, attrs: &[syn::Attribute]) {
    for attr in attrs.iter().filter(|a| a.path().is_ident("serde")) {
        let text = quote::ToTokens::to_token_stream(&attr.meta).to_string();
        let hint = if text.contains("rename") {
            "`#[graph_entity]` does not read serde attributes: write the wire name as `#[graph(rename = \"...\")]`"
        } else {
            "`#[graph_entity]` does not read serde attributes: it writes the serde impls itself (see `#[graph(...)]` for its options)"
        };
        cx.error_spanned_by(attr, hint);
    }
}

/// Property types that cannot work, recognizable as written: borrowed data, and untyped JSON.
fn property_type(cx: &mut Ctxt, ty: &Type) {
    let ty = peel(ty);
    match ty {
        Type::Reference(r) => {
            let owned = match last_name(&r.elem).as_deref() {
                Some("str") => "`String`".to_owned(),
                _ => "an owned type".to_owned(),
            };
            cx.error_spanned_by(ty, format!("Graph values own their data: use {owned} instead of a reference"));
        }
        _ if last_name(ty).as_deref() == Some("Value") => cx.error_spanned_by(
            ty,
            "`serde_json::Value` is no Graph type: a property of any JSON (`Edm.Untyped`) is \
             `graph_model::Untyped`, which keeps its exact text; or leave it undeclared, and it is kept in \
             `odata.additional`",
        ),
        _ if matches!(last_name(ty).as_deref(), Some("HashMap" | "BTreeMap" | "IndexMap")) => cx.error_spanned_by(
            ty,
            "a map is no Graph type: an open type's undeclared properties are kept in `odata.additional`, in the \
             order received; remove this field and read one with `odata.additional.get_as::<T>(\"name\")`",
        ),
        _ if generic_arg(ty, "Vec").is_some_and(|item| generic_arg(item, "Nullable").is_some()) => cx.error_spanned_by(
            ty,
            "a collection's items are a value or `null`, never absent: write `Vec<Option<T>>` instead of \
                 `Vec<Nullable<T>>`",
        ),
        _ => {
            for wrapper in ["Option", "Nullable", "Vec", "Box", "Delta", "Flags"] {
                if let Some(inner) = generic_arg(ty, wrapper) {
                    property_type(cx, inner);
                }
            }
        }
    }
}

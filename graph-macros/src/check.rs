//! The check pass: rules that relate the parts of a parsed item (fields to each other, the base, family
//! variants), and mistakes recognizable from the written types, each reported once at its span with what
//! to write instead. Parsing ([`crate::ast`]) only builds the model.

use syn::{Type, TypePath};

use crate::ast::{Family, Field, Shape, Struct, generic_arg, peel};
use crate::ctxt::Ctxt;

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

pub fn check_struct(cx: &mut Ctxt, s: &Struct) {
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

pub fn check_family(cx: &mut Ctxt, f: &Family) {
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

/// An evolvable enum's equality, ordering and hashing are the macro's (an `Unrecognized` value spelling a
/// known member is that member): derives of them would conflict.
pub fn check_enum(cx: &mut Ctxt, input: &syn::DeriveInput) {
    const OWN: &[&str] = &["PartialEq", "Eq", "Hash", "PartialOrd", "Ord"];
    for derived in input.attrs.iter().flat_map(crate::ast::derived_paths) {
        if derived.segments.last().is_some_and(|s| OWN.contains(&s.ident.to_string().as_str())) {
            cx.error_spanned_by(
                &derived,
                "remove this derive: `#[graph_entity]` implements equality, ordering and hashing for enums, so that \
                 an `Unrecognized` value spelling a known member equals that member",
            );
        }
    }
    serde_attributes(cx, &input.attrs);
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

//! The front end: turns the item under `#[graph_entity]` into a model of what to generate, reporting what
//! keeps it from being built (a tuple struct, an attribute it cannot read). Every model node keeps the
//! `syn` node it came from, so errors point at the user's tokens; the rules relating its parts are
//! [`crate::check`]'s.

use proc_macro2::{Span, TokenStream};
use syn::{Data, DeriveInput, Expr, Ident, Lit, Type};

use crate::attr::{ContainerAttrs, FieldAttrs, VariantAttrs};
use crate::case;
use crate::ctxt::Ctxt;
use crate::ty::{generic_arg, peel};

/// The name of the field `#[graph_entity]` adds to root structs.
pub const META_FIELD: &str = "odata";
/// The name of the variant `#[graph_entity]` adds to evolvable enums for members it does not know.
pub const UNRECOGNIZED_VARIANT: &str = "Unrecognized";
/// The wire name of the evolvable-enum sentinel.
pub const SENTINEL: &str = "unknownFutureValue";

pub enum Input<'a> {
    Struct(Struct<'a>),
    Enum(EvolvableEnum<'a>),
    Family(Family<'a>),
}

pub struct Struct<'a> {
    pub input: &'a DeriveInput,
    pub odata_type: String,
    pub complex: bool,
    pub fields: Vec<Field<'a>>,
}

impl Struct<'_> {
    pub fn base(&self) -> Option<&Field<'_>> {
        self.fields.iter().find(|f| f.is_base)
    }
    pub fn properties(&self) -> impl Iterator<Item = &Field<'_>> {
        self.fields.iter().filter(|f| !f.is_base)
    }
    pub fn has_required(&self) -> bool {
        self.properties().any(|f| matches!(f.shape, Shape::Required(_)))
    }
}

pub struct Field<'a> {
    pub original: &'a syn::Field,
    pub ident: &'a Ident,
    pub wire: String,
    pub shape: Shape<'a>,
    /// What the value inside the shape is: one value, an array, or a delta collection.
    pub value: Value<'a>,
    pub read_only: bool,
    pub nav: bool,
    pub delta: bool,
    pub is_base: bool,
    /// The field's `#[cfg(...)]` attributes.
    pub cfgs: Cfgs,
}

/// The value inside a field's [`Shape`], classified once when parsing.
pub enum Value<'a> {
    /// One value of this type.
    Single(&'a Type),
    /// `Vec<T>`: a collection, read element by element.
    Array(&'a Type),
    /// `Delta<T>`: the changes to a navigation collection.
    Delta(&'a Type),
}

impl<'a> Value<'a> {
    fn classify(ty: &'a Type) -> Self {
        if let Some(element) = generic_arg(ty, "Vec") {
            Value::Array(element)
        } else if let Some(element) = generic_arg(ty, "Delta") {
            Value::Delta(element)
        } else {
            Value::Single(peel(ty))
        }
    }

    /// The type of one value, or of each element of a collection.
    pub fn element(&self) -> &'a Type {
        match self {
            Value::Single(t) | Value::Array(t) | Value::Delta(t) => t,
        }
    }

    /// Whether the property is a collection.
    pub fn is_collection(&self) -> bool {
        !matches!(self, Value::Single(_))
    }
}

/// How a field's Rust type maps absent and `null`.
pub enum Shape<'a> {
    /// `Option<T>`: absent or a value; `null` is an error (the property is not nullable).
    Optional(&'a Type),
    /// `Nullable<T>`: absent, `null` or a value.
    Nullable(&'a Type),
    /// `T`: must be present.
    Required(&'a Type),
}

impl<'a> Shape<'a> {
    pub fn value_type(&self) -> &'a Type {
        match self {
            Shape::Optional(t) | Shape::Nullable(t) | Shape::Required(t) => t,
        }
    }
}

pub struct EvolvableEnum<'a> {
    pub input: &'a DeriveInput,
    pub odata_type: String,
    pub flags: bool,
    pub variants: Vec<Member<'a>>,
    /// Index of the `unknownFutureValue` member, if declared.
    pub sentinel: Option<usize>,
    /// Where `closed` is written, if it is.
    pub closed: Option<Span>,
}

pub struct Member<'a> {
    pub ident: &'a Ident,
    pub wire: String,
    pub value: Option<i64>,
    /// The value as written (`= 1`), if it is.
    pub discriminant: Option<&'a Expr>,
}

pub struct Family<'a> {
    pub input: &'a DeriveInput,
    pub odata_type: String,
    pub variants: Vec<FamilyVariant<'a>>,
    /// The first variant marked `#[graph(fallback)]` (checking requires exactly one).
    pub fallback: Option<usize>,
}

impl<'a> Family<'a> {
    /// The fallback variant, once checked.
    pub fn fallback(&self) -> &FamilyVariant<'a> {
        &self.variants[self.fallback.unwrap_or_default()]
    }
}

pub struct FamilyVariant<'a> {
    pub ident: &'a Ident,
    pub ty: &'a Type,
    /// The variant's `#[cfg(...)]` attributes, repeated on everything generated for it.
    pub cfgs: Cfgs,
    /// Where `#[graph(fallback)]` is written on this variant, if it is.
    pub fallback: Option<Span>,
}

/// A field's or variant's `#[cfg(...)]` attributes: everything the macro generates for it carries them,
/// so that a field present only under a cargo feature compiles either way.
#[derive(Default, Clone)]
pub struct Cfgs(pub Vec<syn::Attribute>);

impl Cfgs {
    pub fn of(attrs: &[syn::Attribute]) -> Self {
        Cfgs(attrs.iter().filter(|a| a.path().is_ident("cfg")).cloned().collect())
    }

    /// `#[cfg(not(all(...)))]`: where the item is absent. `None` if it is always present.
    pub fn negated(&self) -> Option<proc_macro2::TokenStream> {
        if self.0.is_empty() {
            return None;
        }
        let preds: Vec<proc_macro2::TokenStream> =
            self.0.iter().filter_map(|a| a.parse_args::<proc_macro2::TokenStream>().ok()).collect();
        Some(match preds.as_slice() {
            [one] => quote::quote! { #[cfg(not(#one))] },
            _ => quote::quote! { #[cfg(not(all(#(#preds),*)))] },
        })
    }
}

impl quote::ToTokens for Cfgs {
    fn to_tokens(&self, tokens: &mut proc_macro2::TokenStream) {
        for a in &self.0 {
            a.to_tokens(tokens);
        }
    }
}

/// The OData type name. A `complex` struct may have none: a body that is no CSDL type (an action's
/// parameters, an annotation's object) is written without `@odata.type`; the empty name stands for that.
fn odata_type(cx: &mut Ctxt, attrs: &ContainerAttrs, ident: &Ident, is_struct: bool) -> String {
    match attrs.odata_type.get() {
        None if is_struct && attrs.complex.is_set() => String::new(),
        None => {
            cx.error_spanned_by(
                ident,
                "missing OData type name: write `#[graph_entity(odata_type = \"microsoft.graph.restorePoint\")]` \
                 (a `complex` struct that is no CSDL type, such as an action's parameters, may have none)",
            );
            String::new()
        }
        Some(lit) => {
            let name = lit.value();
            if let Some(bare) = name.strip_prefix('#') {
                cx.error_spanned_by(lit, format!("write the OData type name without the leading `#`: \"{bare}\""));
            } else if !case::is_qualified_name(&name) {
                cx.error_spanned_by(
                    lit,
                    "malformed OData type name: expected a qualified name such as \"microsoft.graph.restorePoint\"",
                );
            }
            name
        }
    }
}

fn reject<T>(cx: &mut Ctxt, attr: &crate::attr::Attr<T>, message: &str) {
    if let Some(span) = attr.span() {
        cx.syn_error(syn::Error::new(span, message));
    }
}

pub fn parse<'a>(cx: &mut Ctxt, args: TokenStream, input: &'a DeriveInput) -> Option<Input<'a>> {
    let attrs = ContainerAttrs::parse(cx, args);
    let name = odata_type(cx, &attrs, &input.ident, matches!(input.data, Data::Struct(_)));
    match &input.data {
        Data::Struct(data) => {
            reject(cx, &attrs.flags, "`flags` applies to enums only: a flags enum lists its members as unit variants");
            reject(cx, &attrs.closed, "`closed` applies to enums only");
            let named = match &data.fields {
                syn::Fields::Named(named) => named,
                syn::Fields::Unnamed(_) => {
                    cx.error_spanned_by(
                        &data.fields,
                        "tuple structs are not Graph types: use named fields, one per property",
                    );
                    return None;
                }
                syn::Fields::Unit => {
                    cx.error_spanned_by(
                        &input.ident,
                        "unit structs are not Graph types: declare the properties as named fields `{ ... }`",
                    );
                    return None;
                }
            };
            let fields = named.named.iter().filter_map(|f| parse_field(cx, f)).collect();
            Some(Input::Struct(Struct { input, odata_type: name, complex: attrs.complex.is_set(), fields }))
        }
        Data::Enum(data) => {
            reject(cx, &attrs.complex, "`complex` applies to structs only");
            let all_unit = data.variants.iter().all(|v| matches!(v.fields, syn::Fields::Unit));
            let all_newtype =
                data.variants.iter().all(|v| matches!(&v.fields, syn::Fields::Unnamed(f) if f.unnamed.len() == 1));
            // An enum without members (Graph's schema has two) is an evolvable enum whose values are all
            // unrecognized; it must say `closed`, having no sentinel either.
            if all_unit {
                parse_evolvable(cx, &attrs, input, data, name).map(Input::Enum)
            } else if all_newtype {
                reject(cx, &attrs.flags, "`flags` applies to enums of unit variants (members), not to families");
                reject(cx, &attrs.closed, "`closed` applies to enums of unit variants (members), not to families");
                parse_family(cx, input, data, name).map(Input::Family)
            } else {
                for v in data.variants.iter().filter(|v| !matches!(v.fields, syn::Fields::Unit)) {
                    if !all_newtype || !matches!(&v.fields, syn::Fields::Unnamed(f) if f.unnamed.len() == 1) {
                        cx.error_spanned_by(
                            &v.fields,
                            "variant with fields: an enum's members are unit variants (`Draft`), and a family's variants \
                             each hold one derived type (`Drive(DriveRestoreArtifact)`); do not mix the two",
                        );
                    }
                }
                None
            }
        }
        Data::Union(data) => {
            cx.error_spanned_by(data.union_token, "unions are not Graph types: use a struct with named fields");
            None
        }
    }
}

fn parse_field<'a>(cx: &mut Ctxt, field: &'a syn::Field) -> Option<Field<'a>> {
    let attrs = FieldAttrs::parse(cx, &field.attrs);
    let ident = field.ident.as_ref()?;
    let is_base = attrs.base.is_set();
    if is_base {
        for (attr, key) in [
            (attrs.rename.span(), "rename"),
            (attrs.read_only.span(), "read_only"),
            (attrs.nav.span(), "nav"),
            (attrs.delta.span(), "delta"),
        ] {
            if let Some(span) = attr {
                cx.syn_error(syn::Error::new(
                    span,
                    format!("conflicting options: `{key}` cannot be combined with `base` (the base's properties are flat on the wire)"),
                ));
            }
        }
    }
    let shape = if let Some(inner) = generic_arg(&field.ty, "Option") {
        Shape::Optional(inner)
    } else if let Some(inner) = generic_arg(&field.ty, "Nullable") {
        Shape::Nullable(inner)
    } else {
        Shape::Required(&field.ty)
    };
    let name = ident.to_string();
    let name = name.strip_prefix("r#").unwrap_or(&name);
    let mut wire = match attrs.rename.get() {
        Some(lit) => {
            let w = lit.value();
            if !case::is_property_name(&w) {
                cx.error_spanned_by(
                    lit,
                    "invalid property name: write the name as it appears on the wire, such as `createdDateTime` \
                     or `request-id`, without `@`: annotations are kept automatically and `@odata.type` is set with `odata_type`",
                );
            }
            w
        }
        None if attrs.delta.is_set() => case::field_to_camel(name.strip_suffix("_delta").unwrap_or(name)),
        None => case::field_to_camel(name),
    };
    let value = Value::classify(shape.value_type());
    let delta = attrs.delta.is_set();
    if delta {
        if !matches!(value, Value::Delta(_)) {
            cx.error_spanned_by(
                shape.value_type(),
                "`delta` needs a collection of changes: declare the field as `Option<Delta<Entity>>` (wire name `<name>@delta`)",
            );
        }
        if attrs.nav.is_set() {
            reject(
                cx,
                &attrs.nav,
                "conflicting options: a `delta` field is already the delta form of a navigation property",
            );
        }
        wire.push_str("@delta");
    }
    if name == META_FIELD && !is_base {
        cx.error_spanned_by(
            ident,
            "field name `odata` is reserved: `#[graph_entity]` adds `odata: ODataMeta` for the type annotation and unknown properties; rename the field and use `#[graph(rename = \"odata\")]`",
        );
    }
    Some(Field {
        original: field,
        ident,
        wire,
        shape,
        value,
        read_only: attrs.read_only.is_set(),
        nav: attrs.nav.is_set(),
        delta,
        is_base,
        cfgs: Cfgs::of(&field.attrs),
    })
}

/// An integer literal, possibly negated (CSDL member values may be negative: `unknown = -1`).
fn literal_i64(expr: &Expr) -> Option<i64> {
    match expr {
        Expr::Lit(lit) => match &lit.lit {
            Lit::Int(i) => i.base10_parse().ok(),
            _ => None,
        },
        Expr::Unary(syn::ExprUnary { op: syn::UnOp::Neg(_), expr, .. }) => literal_i64(expr).and_then(i64::checked_neg),
        Expr::Group(g) => literal_i64(&g.expr),
        Expr::Paren(p) => literal_i64(&p.expr),
        _ => None,
    }
}

fn parse_evolvable<'a>(
    cx: &mut Ctxt,
    attrs: &ContainerAttrs,
    input: &'a DeriveInput,
    data: &'a syn::DataEnum,
    name: String,
) -> Option<EvolvableEnum<'a>> {
    let flags = attrs.flags.is_set();
    let mut variants: Vec<Member> = Vec::new();
    for v in &data.variants {
        let vattrs = VariantAttrs::parse(cx, &v.attrs);
        reject(cx, &vattrs.fallback, "`fallback` marks the base variant of a family, not a member of an enum");
        if v.ident == UNRECOGNIZED_VARIANT {
            cx.error_spanned_by(
                &v.ident,
                "variant name `Unrecognized` is reserved: `#[graph_entity]` adds it to hold members this program does not know",
            );
        }
        let wire = match vattrs.rename.get() {
            Some(lit) => {
                let w = lit.value();
                if !case::is_simple_identifier(&w) {
                    cx.error_spanned_by(
                        lit,
                        "invalid member name: an enum member is an identifier such as `completedWithError`",
                    );
                }
                w
            }
            None => case::variant_to_camel(&v.ident.to_string()),
        };
        let value = match &v.discriminant {
            Some((_, expr)) => match literal_i64(expr) {
                Some(n) => Some(n),
                None => {
                    cx.error_spanned_by(
                        expr,
                        "member values must be integer literals that fit in an `Edm.Int64`, as in the CSDL (`FastRestore = 1`, `Unknown = -1`)",
                    );
                    None
                }
            },
            None => None,
        };
        variants.push(Member { ident: &v.ident, wire, value, discriminant: v.discriminant.as_ref().map(|(_, e)| e) });
    }
    let sentinel = variants.iter().position(|m| m.wire == SENTINEL);
    let closed = attrs.closed.span();
    Some(EvolvableEnum { input, odata_type: name, flags, variants, sentinel, closed })
}

fn parse_family<'a>(
    cx: &mut Ctxt,
    input: &'a DeriveInput,
    data: &'a syn::DataEnum,
    name: String,
) -> Option<Family<'a>> {
    let mut variants = Vec::new();
    for v in &data.variants {
        let vattrs = VariantAttrs::parse(cx, &v.attrs);
        reject(cx, &vattrs.rename, "a family variant has no wire name: its type's `odata_type` is matched");
        let syn::Fields::Unnamed(fields) = &v.fields else { return None };
        variants.push(FamilyVariant {
            ident: &v.ident,
            ty: &fields.unnamed[0].ty,
            cfgs: Cfgs::of(&v.attrs),
            fallback: vattrs.fallback.span(),
        });
    }
    let fallback = variants.iter().position(|v| v.fallback.is_some());
    let family = Family { input, odata_type: name, variants, fallback };
    Some(family)
}

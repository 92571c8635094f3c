//! Parses the macro's own attributes: the arguments of `#[graph_entity(...)]` and the `#[graph(...)]`
//! helper attributes on fields and variants. Every key is named once, below.

use proc_macro2::{Span, TokenStream};
use syn::meta::ParseNestedMeta;
use syn::{Attribute, LitStr};

use crate::ctxt::Ctxt;

/// The helper attribute's name.
pub const GRAPH: &str = "graph";

// Container keys.
pub const ODATA_TYPE: &str = "odata_type";
pub const COMPLEX: &str = "complex";
pub const FLAGS: &str = "flags";
pub const CLOSED: &str = "closed";
// Field keys.
pub const RENAME: &str = "rename";
pub const READ_ONLY: &str = "read_only";
pub const BASE: &str = "base";
pub const NAV: &str = "nav";
pub const DELTA: &str = "delta";
// Variant keys (plus `rename`).
pub const FALLBACK: &str = "fallback";

/// One attribute value, remembering where it was written so duplicates can point at both places.
pub struct Attr<T> {
    name: &'static str,
    value: Option<(Span, T)>,
}

impl<T> Attr<T> {
    pub fn none(name: &'static str) -> Self {
        Attr { name, value: None }
    }

    fn set(&mut self, cx: &mut Ctxt, span: Span, value: T) {
        if let Some((first, _)) = &self.value {
            let mut err = syn::Error::new(span, format!("duplicate `{}` key", self.name));
            err.combine(syn::Error::new(*first, format!("`{}` first given here", self.name)));
            cx.syn_error(err);
        } else {
            self.value = Some((span, value));
        }
    }

    pub fn get(&self) -> Option<&T> {
        self.value.as_ref().map(|(_, v)| v)
    }

    pub fn span(&self) -> Option<Span> {
        self.value.as_ref().map(|(s, _)| *s)
    }

    pub fn is_set(&self) -> bool {
        self.value.is_some()
    }
}

fn key_span(meta: &ParseNestedMeta) -> Span {
    meta.path.get_ident().map_or_else(Span::call_site, |i| i.span())
}

fn parse_str(meta: &ParseNestedMeta) -> syn::Result<LitStr> {
    meta.value()?.parse::<LitStr>()
}

/// Arguments of `#[graph_entity(...)]`.
pub struct ContainerAttrs {
    pub odata_type: Attr<LitStr>,
    pub complex: Attr<()>,
    pub flags: Attr<()>,
    pub closed: Attr<()>,
}

impl ContainerAttrs {
    pub fn parse(cx: &mut Ctxt, args: TokenStream) -> Self {
        let mut attrs = ContainerAttrs {
            odata_type: Attr::none(ODATA_TYPE),
            complex: Attr::none(COMPLEX),
            flags: Attr::none(FLAGS),
            closed: Attr::none(CLOSED),
        };
        let parser = syn::meta::parser(|meta| {
            let span = key_span(&meta);
            if meta.path.is_ident(ODATA_TYPE) {
                let lit = parse_str(&meta)?;
                attrs.odata_type.set(cx, span, lit);
            } else if meta.path.is_ident(COMPLEX) {
                attrs.complex.set(cx, span, ());
            } else if meta.path.is_ident(FLAGS) {
                attrs.flags.set(cx, span, ());
            } else if meta.path.is_ident(CLOSED) {
                attrs.closed.set(cx, span, ());
            } else {
                return Err(meta.error(
                    "unknown `graph_entity` argument: expected `odata_type = \"...\"`, `complex`, `flags` or `closed`",
                ));
            }
            Ok(())
        });
        if let Err(err) = syn::parse::Parser::parse2(parser, args) {
            cx.syn_error(err);
        }
        attrs
    }
}

/// `#[graph(...)]` on a struct field.
pub struct FieldAttrs {
    pub rename: Attr<LitStr>,
    pub read_only: Attr<()>,
    pub base: Attr<()>,
    pub nav: Attr<()>,
    pub delta: Attr<()>,
}

impl FieldAttrs {
    pub fn parse(cx: &mut Ctxt, attrs: &[Attribute]) -> Self {
        let mut out = FieldAttrs {
            rename: Attr::none(RENAME),
            read_only: Attr::none(READ_ONLY),
            base: Attr::none(BASE),
            nav: Attr::none(NAV),
            delta: Attr::none(DELTA),
        };
        for attr in attrs.iter().filter(|a| a.path().is_ident(GRAPH)) {
            let result = attr.parse_nested_meta(|meta| {
                let span = key_span(&meta);
                if meta.path.is_ident(RENAME) {
                    let lit = parse_str(&meta)?;
                    out.rename.set(cx, span, lit);
                } else if meta.path.is_ident(READ_ONLY) {
                    out.read_only.set(cx, span, ());
                } else if meta.path.is_ident(BASE) {
                    out.base.set(cx, span, ());
                } else if meta.path.is_ident(NAV) {
                    out.nav.set(cx, span, ());
                } else if meta.path.is_ident(DELTA) {
                    out.delta.set(cx, span, ());
                } else {
                    return Err(meta.error(
                        "unknown `graph` field attribute: expected `rename = \"...\"`, `read_only`, `base`, `nav` or `delta`",
                    ));
                }
                Ok(())
            });
            if let Err(err) = result {
                cx.syn_error(err);
            }
        }
        out
    }
}

/// `#[graph(...)]` on an enum variant.
pub struct VariantAttrs {
    pub rename: Attr<LitStr>,
    pub fallback: Attr<()>,
}

impl VariantAttrs {
    pub fn parse(cx: &mut Ctxt, attrs: &[Attribute]) -> Self {
        let mut out = VariantAttrs { rename: Attr::none(RENAME), fallback: Attr::none(FALLBACK) };
        for attr in attrs.iter().filter(|a| a.path().is_ident(GRAPH)) {
            let result = attr.parse_nested_meta(|meta| {
                let span = key_span(&meta);
                if meta.path.is_ident(RENAME) {
                    let lit = parse_str(&meta)?;
                    out.rename.set(cx, span, lit);
                } else if meta.path.is_ident(FALLBACK) {
                    out.fallback.set(cx, span, ());
                } else {
                    return Err(
                        meta.error("unknown `graph` variant attribute: expected `rename = \"...\"` or `fallback`")
                    );
                }
                Ok(())
            });
            if let Err(err) = result {
                cx.syn_error(err);
            }
        }
        out
    }
}

/// Removes `#[graph(...)]` helper attributes before the item is emitted again.
pub fn strip_helpers(attrs: &mut Vec<Attribute>) {
    attrs.retain(|a| !a.path().is_ident(GRAPH));
}

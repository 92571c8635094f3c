//! Helpers that read Rust types and attributes as written: no model, no rules.

use syn::{GenericArgument, PathArguments, Type};

/// The type inside invisible groups (from `macro_rules!` expansions) and parentheses.
pub fn peel(mut ty: &Type) -> &Type {
    loop {
        match ty {
            Type::Group(g) => ty = &g.elem,
            Type::Paren(p) => ty = &p.elem,
            _ => return ty,
        }
    }
}

/// The single generic argument of `Name<T>` if the type's last path segment is `Name`.
pub fn generic_arg<'a>(ty: &'a Type, name: &str) -> Option<&'a Type> {
    let Type::Path(path) = peel(ty) else { return None };
    if path.qself.is_some() {
        return None;
    }
    let last = path.path.segments.last()?;
    if last.ident != name {
        return None;
    }
    let PathArguments::AngleBracketed(args) = &last.arguments else { return None };
    match args.args.first() {
        Some(GenericArgument::Type(t)) if args.args.len() == 1 => Some(peel(t)),
        _ => None,
    }
}

/// The paths a `#[derive(...)]` attribute lists (none for other attributes).
pub fn derived_paths(attr: &syn::Attribute) -> Vec<syn::Path> {
    if !attr.path().is_ident("derive") {
        return Vec::new();
    }
    attr.parse_args_with(syn::punctuated::Punctuated::<syn::Path, syn::Token![,]>::parse_terminated)
        .map(|paths| paths.into_iter().collect())
        .unwrap_or_default()
}

/// A type's tokens as text, to compare two written types.
pub fn type_key(ty: &Type) -> String {
    quote::ToTokens::to_token_stream(ty).to_string()
}

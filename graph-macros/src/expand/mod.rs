//! The back end: code generation from a checked model, one module per generated capability.

mod entity;
mod enumeration;
mod family;

use proc_macro2::TokenStream;
use quote::quote;
use syn::DeriveInput;

use crate::ast::{self, Input};
use crate::attr::strip_helpers;
use crate::ctxt::Ctxt;

/// Expands `#[graph_entity(args)] input`. Never panics: invalid input gives compile errors next to a stub.
pub fn graph_entity(args: TokenStream, input: TokenStream) -> TokenStream {
    let mut input: DeriveInput = match syn::parse2(input) {
        Ok(input) => input,
        Err(err) => {
            let mut err = err;
            err.combine(syn::Error::new(
                err.span(),
                "`#[graph_entity]` applies to a struct with named fields or to an enum",
            ));
            return err.to_compile_error();
        }
    };
    let mut cx = Ctxt::default();
    let model = ast::parse(&mut cx, args, &input);
    match model {
        Some(model) if !cx.has_errors() => match model {
            Input::Struct(s) => entity::expand(&s),
            Input::Enum(e) => enumeration::expand(&e),
            Input::Family(f) => family::expand(&f),
        },
        _ => {
            drop(model);
            let errors = cx.into_compile_errors();
            let stub = stub(&mut input);
            quote! { #errors #stub }
        }
    }
}

/// The item as written (helper attributes removed) with serde impls that only fail, so one mistake does not
/// bury the user under "trait not implemented" errors at every use.
fn stub(input: &mut DeriveInput) -> TokenStream {
    strip_helpers(&mut input.attrs);
    // A serde derive was reported already; keeping it would add a conflicting impl on top. A second
    // `#[graph_entity]` was reported too.
    input.attrs.retain(|a| {
        let serde_derive = ast::derived_paths(a)
            .iter()
            .any(|p| p.segments.last().is_some_and(|s| s.ident == "Serialize" || s.ident == "Deserialize"));
        let again = a.path().segments.last().is_some_and(|s| s.ident == "graph_entity");
        !serde_derive && !again
    });
    match &mut input.data {
        syn::Data::Struct(s) => s.fields.iter_mut().for_each(|f| strip_helpers(&mut f.attrs)),
        syn::Data::Enum(e) => e.variants.iter_mut().for_each(|v| strip_helpers(&mut v.attrs)),
        syn::Data::Union(u) => u.fields.named.iter_mut().for_each(|f| strip_helpers(&mut f.attrs)),
    }
    let ident = &input.ident;
    let (impl_generics, ty_generics, where_clause) = input.generics.split_for_impl();
    if matches!(input.data, syn::Data::Union(_)) || !input.generics.params.is_empty() {
        return quote! { #input };
    }
    quote! {
        #input
        const _: () = {
            #[automatically_derived]
            impl #impl_generics ::graph_model::__private::serde::Serialize for #ident #ty_generics #where_clause {
                fn serialize<S: ::graph_model::__private::serde::Serializer>(&self, _: S) -> ::core::result::Result<S::Ok, S::Error> {
                    ::core::result::Result::Err(<S::Error as ::graph_model::__private::serde::ser::Error>::custom("invalid #[graph_entity] type"))
                }
            }
            #[automatically_derived]
            impl<'de> ::graph_model::__private::serde::Deserialize<'de> for #ident {
                fn deserialize<D: ::graph_model::__private::serde::Deserializer<'de>>(_: D) -> ::core::result::Result<Self, D::Error> {
                    ::core::result::Result::Err(<D::Error as ::graph_model::__private::serde::de::Error>::custom("invalid #[graph_entity] type"))
                }
            }
        };
    }
}

/// `Serialize` and `Deserialize` impls that call the runtime functions `ser` and `de` (paths under
/// `::graph_model::__private`).
pub fn serde_impls(ident: &syn::Ident, ser: TokenStream, de: TokenStream) -> TokenStream {
    quote! {
        #[automatically_derived]
        impl ::graph_model::__private::serde::Serialize for #ident {
            fn serialize<S: ::graph_model::__private::serde::Serializer>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error> {
                ::graph_model::__private::#ser(self, serializer)
            }
        }

        #[automatically_derived]
        impl<'de> ::graph_model::__private::serde::Deserialize<'de> for #ident {
            fn deserialize<D: ::graph_model::__private::serde::Deserializer<'de>>(deserializer: D) -> ::core::result::Result<Self, D::Error> {
                ::graph_model::__private::#de(deserializer)
            }
        }
    }
}

/// The derives users expect, minus those they already wrote.
pub fn missing_derives(input: &DeriveInput, wanted: &[&str]) -> TokenStream {
    let written: Vec<String> = input
        .attrs
        .iter()
        .flat_map(ast::derived_paths)
        .filter_map(|p| p.segments.last().map(|s| s.ident.to_string()))
        .collect();
    let missing = wanted.iter().filter(|w| {
        let short = w.rsplit("::").next().unwrap_or(w);
        !written.iter().any(|d| d == short)
    });
    let paths = missing.map(|w| syn::parse_str::<syn::Path>(w).expect("derive paths are valid"));
    quote! { #[derive(#(#paths),*)] }
}

#[cfg(test)]
mod robustness;

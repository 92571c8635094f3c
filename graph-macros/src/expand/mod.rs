//! The back end: code generation from a checked model, one module per generated capability.

mod entity;
mod enumeration;
mod fallback;
mod family;

use proc_macro2::TokenStream;
use quote::quote;
use syn::DeriveInput;

use crate::ast::{self, Input};
use crate::check;
use crate::ctxt::Ctxt;
use crate::ty::derived_paths;

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
    let model = if check::item(&mut cx, &input) { ast::parse(&mut cx, args, &input) } else { None };
    if let Some(model) = &model {
        check::model(&mut cx, model);
    }
    match model {
        Some(model) if !cx.has_errors() => match model {
            Input::Struct(s) => entity::expand(&s),
            Input::Enum(e) => enumeration::expand(&e),
            Input::Family(f) => family::expand(&f),
        },
        _ => {
            drop(model);
            let errors = cx.into_compile_errors();
            let stub = fallback::stub(&mut input);
            quote! { #errors #stub }
        }
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

/// `Serialize` and `Deserialize` impls for a struct or family: doors onto its reader and writer, compiled
/// here, in the crate that defines the type (`graph_model::__private::CompiledRead` and `CompiledWrite`),
/// so that a crate reading it compiles the door only. `de` reads with a deserializer and `ser` writes the
/// value `self` to a serializer `serializer` (expressions).
pub fn compiled_serde_impls(ident: &syn::Ident, ser: TokenStream, de: TokenStream) -> TokenStream {
    quote! {
        #[automatically_derived]
        impl ::graph_model::__private::CompiledRead for #ident {
            fn read_slice(
                reader: &mut ::graph_model::__private::SliceReader<'_>,
            ) -> ::core::result::Result<Self, ::graph_model::__private::serde_json::Error> {
                let deserializer = reader;
                #de
            }

        }

        #[automatically_derived]
        impl ::graph_model::__private::CompiledWrite for #ident {
            fn write_vec(
                &self,
                writer: &mut ::graph_model::__private::VecWriter<'_>,
            ) -> ::core::result::Result<(), ::graph_model::__private::serde_json::Error> {
                let serializer = writer;
                #ser
            }
        }

        #[automatically_derived]
        impl ::graph_model::__private::serde::Serialize for #ident {
            #[cfg_attr(not(debug_assertions), inline)]
            fn serialize<S: ::graph_model::__private::serde::Serializer>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error> {
                ::graph_model::__private::write_compiled(self, serializer)
            }
        }

        #[automatically_derived]
        impl<'de> ::graph_model::__private::serde::Deserialize<'de> for #ident {
            #[cfg_attr(not(debug_assertions), inline)]
            fn deserialize<D: ::graph_model::__private::serde::Deserializer<'de>>(deserializer: D) -> ::core::result::Result<Self, D::Error> {
                ::graph_model::__private::read_compiled(deserializer)
            }
        }
    }
}

/// The derives users expect, minus those they already wrote.
pub fn missing_derives(input: &DeriveInput, wanted: &[&str]) -> TokenStream {
    let written: Vec<String> = input
        .attrs
        .iter()
        .flat_map(derived_paths)
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

//! What is generated when the item has errors: the item as written, with stub impls, so that one mistake
//! is reported once and not again at every use of the type.

use proc_macro2::TokenStream;
use quote::quote;
use syn::DeriveInput;

use crate::attr::strip_helpers;
use crate::ty::derived_paths;

/// The item as written (helper and serde attributes removed) with impls of every trait the expansion would
/// have given it, whose bodies never run (the crate does not compile): one mistake is reported once, not
/// again at every use of the type.
pub fn stub(input: &mut DeriveInput) -> TokenStream {
    // Attributes reported already, or that would add their own errors on top.
    let reported = |a: &syn::Attribute| {
        let serde_derive = derived_paths(a)
            .iter()
            .any(|p| p.segments.last().is_some_and(|s| s.ident == "Serialize" || s.ident == "Deserialize"));
        let again = a.path().segments.last().is_some_and(|s| s.ident == "graph_entity");
        serde_derive || again || a.path().is_ident("serde")
    };
    strip_helpers(&mut input.attrs);
    input.attrs.retain(|a| !reported(a));
    let strip = |attrs: &mut Vec<syn::Attribute>| {
        strip_helpers(attrs);
        attrs.retain(|a| !a.path().is_ident("serde"));
    };
    match &mut input.data {
        syn::Data::Struct(s) => s.fields.iter_mut().for_each(|f| strip(&mut f.attrs)),
        syn::Data::Enum(e) => e.variants.iter_mut().for_each(|v| strip(&mut v.attrs)),
        syn::Data::Union(u) => u.fields.named.iter_mut().for_each(|f| strip(&mut f.attrs)),
    }
    if matches!(input.data, syn::Data::Union(_)) || !input.generics.params.is_empty() {
        return quote! { #input };
    }
    let ident = &input.ident;
    let unreachable = quote! { ::core::panic!("invalid #[graph_entity] type") };
    let graph_struct = matches!(input.data, syn::Data::Struct(_)).then(|| {
        quote! {
            #[automatically_derived]
            impl ::graph_model::__private::StructImpl for #ident {
                type Slots = ();
                fn field<'de, A: ::graph_model::__private::serde::de::MapAccess<'de>>(_: &mut (), _: &str, _: &mut A) -> ::core::result::Result<bool, A::Error> { #unreachable }
                fn finish<E: ::graph_model::__private::serde::de::Error>(_: (), _: ::graph_model::ODataMeta) -> ::core::result::Result<Self, E> { #unreachable }
                fn serialize_fields<M: ::graph_model::__private::serde::ser::SerializeMap>(&self, _: &mut M) -> ::core::result::Result<(), M::Error> { #unreachable }
                const STRUCT_HAS_ID_STUB: bool = true;
                fn struct_meta(&self) -> &::graph_model::ODataMeta { #unreachable }
                fn struct_meta_mut(&mut self) -> &mut ::graph_model::ODataMeta { #unreachable }
                fn struct_entity_id(&self) -> ::core::option::Option<&str> { #unreachable }
                fn struct_from_id(_: &str) -> ::core::option::Option<Self> { #unreachable }
                fn struct_id_stub(_: &str) -> ::core::option::Option<Self> { #unreachable }
            }
        }
    });
    let is_enum = matches!(input.data, syn::Data::Enum(_));
    let graph_value = is_enum.then(|| {
        quote! {
            #[automatically_derived]
            impl ::graph_model::GraphValue for #ident {
                fn meta(&self) -> &::graph_model::ODataMeta { #unreachable }
                fn meta_mut(&mut self) -> &mut ::graph_model::ODataMeta { #unreachable }
                fn entity_id(&self) -> ::core::option::Option<&str> { #unreachable }
            }
            #[automatically_derived]
            impl ::graph_model::__private::ValueImpl for #ident {
                const HAS_ID_STUB: bool = true;
                fn id_stub(_: &str) -> ::core::option::Option<Self> { #unreachable }
                fn serialize_prefixed<
                    S: ::graph_model::__private::serde::Serializer,
                    F: ::core::ops::FnOnce(&mut S::SerializeMap) -> ::core::result::Result<(), S::Error>,
                >(&self, _: S, _: F) -> ::core::result::Result<S::Ok, S::Error> { #unreachable }
            }
            #[automatically_derived]
            impl ::graph_model::__private::Dispatch for #ident {
                fn accepts(_: &str) -> bool { #unreachable }
                fn visit_tagged<'de, A: ::graph_model::__private::serde::de::MapAccess<'de>>(
                    _: ::core::option::Option<::graph_model::__private::ReceivedTag<'de>>,
                    _: A,
                ) -> ::core::result::Result<Self, A::Error> { #unreachable }
            }
        }
    });
    quote! {
        #input
        const _: () = {
            #[automatically_derived]
            impl ::graph_model::GraphType for #ident {
                const TYPE_INFO: &'static ::graph_model::TypeInfo = &::graph_model::TypeInfo {
                    name: "invalid",
                    rust_name: ::core::stringify!(#ident),
                    rust_path: ::core::stringify!(#ident),
                    hashed_name: "#invalid",
                    kind: ::graph_model::TypeKind::Complex,
                    base: ::core::option::Option::None,
                    properties: &[],
                    members: &[],
                };
            }
            #[automatically_derived]
            impl ::graph_model::EdmType for #ident {
                const EDM_TYPE: &'static str = "invalid";
            }
            #graph_struct
            #graph_value
            #[automatically_derived]
            impl ::graph_model::__private::serde::Serialize for #ident {
                fn serialize<S: ::graph_model::__private::serde::Serializer>(&self, _: S) -> ::core::result::Result<S::Ok, S::Error> { #unreachable }
            }
            #[automatically_derived]
            impl<'de> ::graph_model::__private::serde::Deserialize<'de> for #ident {
                fn deserialize<D: ::graph_model::__private::serde::Deserializer<'de>>(_: D) -> ::core::result::Result<Self, D::Error> { #unreachable }
            }
        };
    }
}

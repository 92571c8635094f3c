//! Polymorphic families: an enum whose variants hold derived types, dispatched on `@odata.type`. The
//! runtime reads the type annotation (first, when Graph wrote it first: no buffering) and picks the
//! variant (`pick_variant`); this module writes the match from that choice to the variant, conversions,
//! base access, and compile-time hierarchy checks.

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};
use syn::spanned::Spanned;

use crate::ast::Family;
use crate::attr::strip_helpers;

pub fn expand(f: &Family) -> TokenStream {
    let mut input = f.input.clone();
    strip_helpers(&mut input.attrs);
    if let syn::Data::Enum(data) = &mut input.data {
        data.variants.iter_mut().for_each(|v| strip_helpers(&mut v.attrs));
    }
    let derives =
        super::missing_derives(&input, &["::core::fmt::Debug", "::core::clone::Clone", "::core::cmp::PartialEq"]);
    let ident = &input.ident;
    let base_name = &f.odata_type;
    let fallback = f.fallback();
    let (fb_ident, fb_ty) = (fallback.ident, fallback.ty);
    let all_idents: Vec<_> = f.variants.iter().map(|v| v.ident).collect();
    let all_types: Vec<_> = f.variants.iter().map(|v| v.ty).collect();
    // A variant under `#[cfg]` keeps its position in `VARIANTS` (a type that accepts nothing stands in
    // when it is compiled out), so that the indices `pick_variant` returns stay the same.
    let cfgs: Vec<_> = f.variants.iter().map(|v| &v.cfgs).collect();
    let accepts_entries = f.variants.iter().map(|v| {
        let (ty, cfgs) = (v.ty, &v.cfgs);
        match cfgs.negated() {
            None => quote! { <#ty as ::graph_model::__private::Dispatch>::accepts, },
            Some(not) => quote! {
                #cfgs <#ty as ::graph_model::__private::Dispatch>::accepts,
                #not ::graph_model::__private::accepts_nothing,
            },
        }
    });
    let indices = 0..f.variants.len();
    let serde = super::compiled_serde_impls(
        ident,
        quote! {
            match self {
                #(#cfgs Self::#all_idents(v) => ::graph_model::__private::serde::Serialize::serialize(v, serializer),)*
            }
        },
        quote!(::graph_model::__private::deserialize_family(deserializer)),
    );
    let family_impl = quote! {
        #[automatically_derived]
        impl ::graph_model::__private::Family for #ident {
            type Root = #fb_ty;
            fn from_root(root: #fb_ty) -> Self {
                Self::#fb_ident(root)
            }
        }
    };

    let checks = hierarchy_checks(f);
    // Spanned at each variant's type: a variant outside the hierarchy is reported there.
    let base_arms: Vec<TokenStream> = f
        .variants
        .iter()
        .map(|v| {
            let (id, ty, cfgs) = (v.ident, v.ty, &v.cfgs);
            quote_spanned! {ty.span()=> #cfgs Self::#id(v) => v, }
        })
        .collect();
    // `From` each variant's type, for families of up to 64 variants: a type with more `From` impls makes
    // the compiler's overlap checks quadratic (`AnyEntity` has over a thousand variants); build those
    // values with the variant (`AnyEntity::User(user)`).
    let conversions = (f.variants.len() <= 64).then(|| {
        quote! {
            #(
                #cfgs
                #[automatically_derived]
                impl ::core::convert::From<#all_types> for #ident {
                    fn from(value: #all_types) -> Self {
                        Self::#all_idents(value)
                    }
                }
            )*
        }
    });
    let doc_base = format!("The `{base_name}` part of any variant, without matching.");
    quote! {
        #derives
        #input

        impl #ident {
            #[doc = #doc_base]
            pub fn base(&self) -> &#fb_ty {
                match self {
                    #(#base_arms)*
                }
            }

            /// The base part of any variant, mutably.
            pub fn base_mut(&mut self) -> &mut #fb_ty {
                match self {
                    #(#base_arms)*
                }
            }
        }

        #conversions

        const _: () = {
            #checks

            #[automatically_derived]
            impl ::core::ops::Deref for #ident {
                type Target = #fb_ty;
                fn deref(&self) -> &#fb_ty { self.base() }
            }

            #[automatically_derived]
            impl ::core::ops::DerefMut for #ident {
                fn deref_mut(&mut self) -> &mut #fb_ty { self.base_mut() }
            }

            #[automatically_derived]
            impl ::graph_model::GraphType for #ident {
                const TYPE_INFO: &'static ::graph_model::TypeInfo = <#fb_ty as ::graph_model::GraphType>::TYPE_INFO;
            }

            #[automatically_derived]
            impl ::graph_model::GraphValue for #ident {
                fn meta(&self) -> &::graph_model::ODataMeta {
                    match self {
                        #(#cfgs Self::#all_idents(v) => ::graph_model::GraphValue::meta(v),)*
                    }
                }

                fn meta_mut(&mut self) -> &mut ::graph_model::ODataMeta {
                    match self {
                        #(#cfgs Self::#all_idents(v) => ::graph_model::GraphValue::meta_mut(v),)*
                    }
                }

                fn entity_id(&self) -> ::core::option::Option<&str> {
                    match self {
                        #(#cfgs Self::#all_idents(v) => ::graph_model::GraphValue::entity_id(v),)*
                    }
                }
            }

            #[automatically_derived]
            impl ::graph_model::__private::ValueImpl for #ident {
                const HAS_ID_STUB: bool = <#fb_ty as ::graph_model::__private::ValueImpl>::HAS_ID_STUB;

                fn id_stub(id: &str) -> ::core::option::Option<Self> {
                    <#fb_ty as ::graph_model::__private::ValueImpl>::id_stub(id).map(Self::#fb_ident)
                }

                fn serialize_prefixed<
                    S: ::graph_model::__private::serde::Serializer,
                    F: ::core::ops::FnOnce(&mut S::SerializeMap) -> ::core::result::Result<(), S::Error>,
                >(&self, serializer: S, prefix: F) -> ::core::result::Result<S::Ok, S::Error> {
                    match self {
                        #(#cfgs Self::#all_idents(v) => ::graph_model::__private::ValueImpl::serialize_prefixed(v, serializer, prefix),)*
                    }
                }
            }

            #[automatically_derived]
            impl ::graph_model::EdmType for #ident {
                const EDM_TYPE: &'static str = #base_name;
            }

            impl #ident {
                /// Each variant's test of a received `@odata.type`, in declaration order.
                #[doc(hidden)]
                const __VARIANTS: &'static [fn(&str) -> bool] = &[#(#accepts_entries)*];
            }

            #[automatically_derived]
            impl ::graph_model::__private::Dispatch for #ident {
                fn accepts(name: &str) -> bool {
                    Self::__VARIANTS.iter().any(|accepts| accepts(name))
                }

                #[cfg_attr(not(debug_assertions), inline)]
                fn visit_tagged<'de, A: ::graph_model::__private::serde::de::MapAccess<'de>>(
                    tag: ::core::option::Option<::graph_model::__private::ReceivedTag<'de>>,
                    map: A,
                ) -> ::core::result::Result<Self, A::Error> {
                    match ::graph_model::__private::pick_variant(tag.as_ref(), Self::__VARIANTS) {
                        #(#cfgs ::core::option::Option::Some(#indices) => <#all_types as ::graph_model::__private::Dispatch>::visit_tagged(tag, map).map(Self::#all_idents),)*
                        _ => <#fb_ty as ::graph_model::__private::Dispatch>::visit_tagged(tag, map).map(Self::#fb_ident),
                    }
                }
            }

            #family_impl

            #serde
        };
    }
}

/// Const assertions, each reported at the variant type it is about: the fallback is the family's base,
/// every variant derives from it, and no two variants name the same OData type.
fn hierarchy_checks(f: &Family) -> TokenStream {
    let base_name = &f.odata_type;
    let fb_ty = f.fallback().ty;
    let mut checks = Vec::new();
    let msg = format!("the `fallback` variant must hold the family's base type `{base_name}`");
    checks.push(quote_spanned! {fb_ty.span()=>
        const _: () = ::core::assert!(
            ::graph_model::__private::const_str_eq(<#fb_ty as ::graph_model::GraphType>::TYPE_INFO.name, #base_name),
            #msg
        );
    });
    for v in &f.variants {
        let (ty, cfgs) = (v.ty, &v.cfgs);
        let msg = format!("this variant's type is not derived from the family's base `{base_name}`");
        checks.push(quote_spanned! {ty.span()=>
            #cfgs
            const _: () = ::core::assert!(
                ::graph_model::__private::const_derives_from(<#ty as ::graph_model::GraphType>::TYPE_INFO, #base_name),
                #msg
            );
        });
    }
    // One check over all names (pairwise checks would grow the expansion quadratically). Its evaluation
    // is quadratic, so families of more than 64 variants (generated ones, whose generator guarantees
    // distinct types) skip it; `pick_variant` takes the first variant accepting a type either way.
    if f.variants.len() > 64 {
        return quote! { #(#checks)* };
    }
    let names = f.variants.iter().map(|v| {
        let (ty, cfgs) = (v.ty, &v.cfgs);
        quote! { #cfgs <#ty as ::graph_model::GraphType>::TYPE_INFO.name, }
    });
    checks.push(quote! {
        const _: () = ::core::assert!(
            ::graph_model::__private::const_all_distinct(&[#(#names)*]),
            "two variants of this family declare the same OData type"
        );
    });
    quote! { #(#checks)* }
}

//! Entity and complex types: the struct itself (plus `odata: ODataMeta` on root types), its metadata,
//! serde impls routed through `graph_model::__private`, base-type `Deref`, and for entities the
//! `...Update` PATCH type.

use proc_macro2::TokenStream;
use quote::{format_ident, quote, quote_spanned};
use syn::DeriveInput;
use syn::spanned::Spanned;

use crate::ast::{Field, Shape, Struct, Value};
use crate::attr::strip_helpers;
use crate::ty::generic_arg;

const DERIVES: &[&str] = &["::core::fmt::Debug", "::core::clone::Clone", "::core::cmp::PartialEq"];

pub fn expand(s: &Struct) -> TokenStream {
    let item = emit_struct(s);
    let ident = &s.input.ident;
    let type_info = type_info(s);
    // A struct without required properties reads straight into a default value of itself; one with
    // required properties needs slots that can be empty.
    let self_slots = !s.has_required();
    let slots = if self_slots { TokenStream::new() } else { slots(s) };
    let slots_ty = if self_slots { quote!(Self) } else { quote!(__Slots) };
    let slots_are_value = self_slots.then(|| {
        quote! {
            const SLOTS_ARE_VALUE: bool = true;
            #[cfg_attr(not(debug_assertions), inline)]
            fn slots_into_value(slots: Self) -> ::core::result::Result<Self, Self> { ::core::result::Result::Ok(slots) }
            #[cfg_attr(not(debug_assertions), inline)]
            fn value_into_slots(value: Self) -> ::core::result::Result<Self, Self> { ::core::result::Result::Ok(value) }
            #[cfg_attr(not(debug_assertions), inline)]
            fn value_as_slots(value: &mut Self) -> ::core::option::Option<&mut Self> { ::core::option::Option::Some(value) }
        }
    });
    let field_fn = field_fn(s);
    let finish_fn = finish_fn(s);
    let ser_fields = ser_fields(s.properties(), quote!(self));
    let base_ser = s.base().map(|b| {
        let name = b.ident;
        quote! { ::graph_model::__private::StructImpl::serialize_fields(&self.#name, map)?; }
    });
    let (meta, meta_mut) = match s.base() {
        Some(b) => {
            let name = b.ident;
            (
                quote! { ::graph_model::GraphValue::meta(&self.#name) },
                quote! { ::graph_model::GraphValue::meta_mut(&mut self.#name) },
            )
        }
        None => (quote! { &self.odata }, quote! { &mut self.odata }),
    };
    // The entity id: an `id` property holding a string or a GUID (a complex type may have an `id` of another
    // type, such as `chatMessageMention`'s `Edm.Int32`: that is a plain property).
    let id_field = s.properties().find(|f| {
        f.wire == "id"
            && matches!(f.value.element(), syn::Type::Path(p)
                if p.path.segments.last().is_some_and(|seg| seg.ident == "String" || seg.ident == "Guid"))
    });
    let entity_id = match (id_field, s.base()) {
        (Some(f), _) => {
            let name = f.ident;
            quote! { ::graph_model::__private::IdValue::id_str(&self.#name) }
        }
        (None, Some(b)) => {
            let name = b.ident;
            quote! { ::graph_model::GraphValue::entity_id(&self.#name) }
        }
        (None, None) => quote! { ::core::option::Option::None },
    };
    // A value built from an id alone: only for types whose other properties may be absent.
    let from_id = match (id_field, s.base()) {
        _ if s.has_required() => quote! { ::core::option::Option::None },
        (Some(f), _) => {
            let name = f.ident;
            quote! {
                let mut value = <Self as ::core::default::Default>::default();
                value.#name = <_ as ::graph_model::__private::IdValue>::from_id(id)?;
                ::core::option::Option::Some(value)
            }
        }
        (None, Some(b)) => {
            let (name, ty) = (b.ident, &b.original.ty);
            quote! {
                ::core::option::Option::Some(Self {
                    #name: <#ty as ::graph_model::GraphStruct>::from_id(id)?,
                    ..::core::default::Default::default()
                })
            }
        }
        (None, None) => quote! { ::core::option::Option::None },
    };
    let has_stub = !s.has_required();
    let id_stub = if has_stub {
        quote! { ::graph_model::__private::struct_id_stub::<Self>(id) }
    } else {
        quote! { ::core::option::Option::None }
    };
    let delta_checks = s.properties().filter(|f| f.delta).map(|f| {
        let elem = f.value.element();
        let cfgs = &f.cfgs;
        quote_spanned! {elem.span()=>
            #cfgs
            const _: fn() = || ::graph_model::__private::assert_entity::<#elem>();
        }
    });
    let base_kind_check = s.base().map(|b| {
        let ty = &b.original.ty;
        let (kind, msg) = if s.complex {
            (
                quote!(Complex),
                "the base of a `complex` type must be a complex type: derive from one, or remove `complex`",
            )
        } else {
            (quote!(Entity), "the base of an entity type must be an entity type: derive from one, or add `complex`")
        };
        quote_spanned! {ty.span()=>
            const _: () = ::core::assert!(
                ::core::matches!(<#ty as ::graph_model::GraphType>::TYPE_INFO.kind, ::graph_model::TypeKind::#kind),
                #msg
            );
        }
    });
    let deref = s.base().map(|b| deref(ident, b));
    let update = if s.complex { None } else { Some(update(s)) };
    let serde = super::compiled_serde_impls(
        ident,
        quote!(::graph_model::__private::serialize_struct(self, serializer)),
        quote!(::graph_model::__private::deserialize_struct(deserializer)),
    );
    quote! {
        #item
        #update
        const _: () = {
            #type_info
            #slots

            #[automatically_derived]
            impl ::graph_model::__private::StructImpl for #ident {
                type Slots = #slots_ty;

                // Always inlined in optimized builds: into the object's loop (`read_fields`), its only
                // caller but for a family's base and the types derived from it, so that matching a key
                // costs no call (BENCHMARKS.md, eighth pass: 1.7 to 2.1% of a parse). Debug builds keep
                // the call: they would only compile more.
                #[cfg_attr(not(debug_assertions), inline(always))]
                fn field<'de, A: ::graph_model::__private::serde::de::MapAccess<'de>>(
                    slots: &mut #slots_ty,
                    key: &str,
                    map: &mut A,
                ) -> ::core::result::Result<bool, A::Error> {
                    #field_fn
                }

                #[cfg_attr(not(debug_assertions), inline)]
                fn finish<E: ::graph_model::__private::serde::de::Error>(
                    slots: #slots_ty,
                    meta: ::graph_model::ODataMeta,
                ) -> ::core::result::Result<Self, E> {
                    #finish_fn
                }

                fn serialize_fields<M: ::graph_model::__private::serde::ser::SerializeMap>(
                    &self,
                    map: &mut M,
                ) -> ::core::result::Result<(), M::Error> {
                    #base_ser
                    #ser_fields
                    ::core::result::Result::Ok(())
                }

                const STRUCT_HAS_ID_STUB: bool = #has_stub;

                fn struct_meta(&self) -> &::graph_model::ODataMeta {
                    #meta
                }

                fn struct_meta_mut(&mut self) -> &mut ::graph_model::ODataMeta {
                    #meta_mut
                }

                fn struct_entity_id(&self) -> ::core::option::Option<&str> {
                    #entity_id
                }

                #[allow(clippy::needless_update)]
                fn struct_from_id(id: &str) -> ::core::option::Option<Self> {
                    #from_id
                }

                fn struct_id_stub(id: &str) -> ::core::option::Option<Self> {
                    #id_stub
                }

                #slots_are_value
            }
            #(#delta_checks)*
            #base_kind_check

            #serde

            #deref
        };
    }
}

/// The struct as the user wrote it, helper attributes removed, derives and the metadata field added.
fn emit_struct(s: &Struct) -> TokenStream {
    let mut input: DeriveInput = s.input.clone();
    strip_helpers(&mut input.attrs);
    let mut wanted = DERIVES.to_vec();
    if !s.has_required() {
        wanted.push("::core::default::Default");
    }
    let derives = super::missing_derives(&input, &wanted);
    if let syn::Data::Struct(data) = &mut input.data
        && let syn::Fields::Named(named) = &mut data.fields
    {
        for f in named.named.iter_mut() {
            strip_helpers(&mut f.attrs);
        }
        if s.base().is_none() {
            named.named.push(syn::parse_quote! {
                /// The `@odata.type` spelling and every property or annotation this type does not declare.
                pub odata: ::graph_model::ODataMeta
            });
        }
    }
    quote! { #derives #input }
}

fn type_info(s: &Struct) -> TokenStream {
    let ident = &s.input.ident;
    let name = &s.odata_type;
    let hashed = if name.is_empty() { String::new() } else { format!("#{name}") };
    let kind = if s.complex { quote!(Complex) } else { quote!(Entity) };
    let base = match s.base() {
        Some(b) => {
            let ty = &b.original.ty;
            quote! { ::core::option::Option::Some(<#ty as ::graph_model::GraphType>::TYPE_INFO) }
        }
        None => quote! { ::core::option::Option::None },
    };
    let props = s.properties().map(|f| {
        let rust_name = f.ident.to_string();
        let rust_name = rust_name.strip_prefix("r#").unwrap_or(&rust_name);
        let wire = &f.wire;
        let (elem, collection) = (f.value.element(), f.value.is_collection());
        let nullable = matches!(f.shape, Shape::Nullable(_));
        let read_only = f.read_only;
        let kind = if f.delta {
            quote!(Delta)
        } else if f.nav {
            quote!(Navigation)
        } else {
            quote!(Structural)
        };
        let cfgs = &f.cfgs;
        quote_spanned! {elem.span()=>
            #cfgs
            ::graph_model::PropertyInfo {
                rust_name: #rust_name,
                wire_name: #wire,
                edm_type: <#elem as ::graph_model::EdmType>::EDM_TYPE,
                nullable: #nullable,
                collection: #collection,
                read_only: #read_only,
                kind: ::graph_model::PropertyKind::#kind,
            }
        }
    });
    // A type without an OData name is not looked up by name.
    let register = (!name.is_empty()).then(|| {
        quote! {
            ::graph_model::__private::inventory::submit! {
                ::graph_model::__private::Registered(<#ident as ::graph_model::GraphType>::TYPE_INFO)
            }
        }
    });
    quote! {
        #[automatically_derived]
        impl ::graph_model::GraphType for #ident {
            const TYPE_INFO: &'static ::graph_model::TypeInfo = &::graph_model::TypeInfo {
                name: #name,
                rust_name: ::core::stringify!(#ident),
                rust_path: ::core::concat!(::core::module_path!(), "::", ::core::stringify!(#ident)),
                hashed_name: #hashed,
                kind: ::graph_model::TypeKind::#kind,
                base: #base,
                properties: &[#(#props),*],
                members: &[],
            };
        }
        #[automatically_derived]
        impl ::graph_model::EdmType for #ident {
            const EDM_TYPE: &'static str = #name;
        }
        #register
    }
}

/// The slot a field is read into: `Nullable<T>` keeps null, the others `Option<T>`.
fn slot_type(f: &Field) -> TokenStream {
    match &f.shape {
        Shape::Nullable(t) => quote!(::graph_model::Nullable<#t>),
        Shape::Optional(t) | Shape::Required(t) => quote!(::core::option::Option<#t>),
    }
}

fn slots(s: &Struct) -> TokenStream {
    let base = s.base().map(|b| {
        let ty = &b.original.ty;
        quote! { __base: <#ty as ::graph_model::__private::StructImpl>::Slots, }
    });
    let base_init = s.base().map(|_| quote! { __base: ::core::default::Default::default(), });
    let names: Vec<_> = s.properties().map(|f| f.ident).collect();
    let cfgs: Vec<_> = s.properties().map(|f| &f.cfgs).collect();
    let types = s.properties().map(slot_type);
    quote! {
        #[doc(hidden)]
        pub struct __Slots {
            #base
            #(#cfgs #names: #types,)*
        }
        impl ::core::default::Default for __Slots {
            fn default() -> Self {
                __Slots { #base_init #(#cfgs #names: ::core::default::Default::default(),)* }
            }
        }
    }
}

fn field_fn(s: &Struct) -> TokenStream {
    let arms = s.properties().map(|f| {
        let name = f.ident;
        let wire = &f.wire;
        // Arrays are read element by element, so that errors name the index. The helpers refuse a
        // repeated key and fill the slot: one call per field keeps the expansion small.
        let array = matches!(f.value, Value::Array(_));
        let helper = match (&f.shape, array) {
            (Shape::Nullable(_), true) => quote!(read_nullable_collection),
            (Shape::Nullable(_), false) => quote!(read_nullable),
            (Shape::Optional(_) | Shape::Required(_), true) => quote!(read_collection),
            (Shape::Optional(_) | Shape::Required(_), false) => quote!(read_optional),
        };
        let cfgs = &f.cfgs;
        // A boxed value (`Nullable<Box<T>>`, `Option<Box<T>>`) is read straight into its box when `T` is a
        // Graph struct; method lookup picks the reader (see `graph_model`'s `BoxedField`).
        let boxed = match (&f.shape, &f.value) {
            (Shape::Nullable(t) | Shape::Optional(t), Value::Single(_)) => generic_arg(t, "Box"),
            _ => None,
        };
        if let Some(inner) = boxed {
            let helper = match f.shape {
                Shape::Nullable(_) => quote!(read_nullable_with),
                _ => quote!(read_optional_with),
            };
            return quote! {
                #cfgs #wire => {
                    use ::graph_model::__private::{BoxedByValue as _, BoxedInPlace as _};
                    let seed = (&&::graph_model::__private::BoxedField::<#inner>::NEW).boxed_seed();
                    ::graph_model::__private::#helper(map, #wire, &mut slots.#name, seed)
                }
            };
        }
        quote! { #cfgs #wire => ::graph_model::__private::#helper(map, #wire, &mut slots.#name), }
    });
    let fallback = match s.base() {
        Some(b) => {
            let ty = &b.original.ty;
            if s.has_required() {
                quote! { _ => <#ty as ::graph_model::__private::StructImpl>::field(&mut slots.__base, key, map), }
            } else {
                let name = b.ident;
                quote! { _ => <#ty as ::graph_model::__private::StructImpl>::field(::graph_model::__private::base_slots(&mut slots.#name), key, map), }
            }
        }
        None => quote! { _ => ::core::result::Result::Ok(false), },
    };
    quote! {
        match key {
            #(#arms)*
            #fallback
        }
    }
}

fn finish_fn(s: &Struct) -> TokenStream {
    if !s.has_required() {
        // The slots are the value: only the metadata is left to place.
        return quote! {
            let mut value = slots;
            ::graph_model::ODataMeta::replace_at(<Self as ::graph_model::__private::StructImpl>::struct_meta_mut(&mut value), meta);
            ::core::result::Result::Ok(value)
        };
    }
    let inits = s.fields.iter().map(|f| {
        let name = f.ident;
        let wire = &f.wire;
        if f.is_base {
            let ty = &f.original.ty;
            return quote! { #name: <#ty as ::graph_model::__private::StructImpl>::finish(slots.__base, meta)?, };
        }
        let cfgs = &f.cfgs;
        match &f.shape {
            Shape::Nullable(_) | Shape::Optional(_) => quote! { #cfgs #name: slots.#name, },
            Shape::Required(_) => quote! {
                #cfgs
                #name: match slots.#name {
                    ::core::option::Option::Some(v) => v,
                    ::core::option::Option::None => return ::core::result::Result::Err(::graph_model::__private::missing_field(#wire)),
                },
            },
        }
    });
    let meta = s.base().is_none().then(|| quote! { odata: meta, });
    let ident = &s.input.ident;
    quote! { ::core::result::Result::Ok(#ident { #(#inits)* #meta }) }
}

/// Writes the fields that are present; `receiver` is `self` (entity) or `self` of the update type.
fn ser_fields<'a>(fields: impl Iterator<Item = &'a Field<'a>>, receiver: TokenStream) -> TokenStream {
    let writes = fields.map(|f| {
        let name = f.ident;
        let wire = &f.wire;
        let cfgs = &f.cfgs;
        match &f.shape {
            Shape::Nullable(_) => quote! {
                #cfgs
                if !#receiver.#name.is_absent() { map.serialize_entry(#wire, &#receiver.#name)?; }
            },
            Shape::Optional(_) => quote! {
                #cfgs
                if let ::core::option::Option::Some(v) = &#receiver.#name { map.serialize_entry(#wire, v)?; }
            },
            Shape::Required(_) => quote! { #cfgs map.serialize_entry(#wire, &#receiver.#name)?; },
        }
    });
    quote! { #(#writes)* }
}

fn deref(ident: &syn::Ident, base: &Field) -> TokenStream {
    let ty = &base.original.ty;
    let name = base.ident;
    quote! {
        #[automatically_derived]
        impl ::core::ops::Deref for #ident {
            type Target = #ty;
            fn deref(&self) -> &#ty { &self.#name }
        }
        #[automatically_derived]
        impl ::core::ops::DerefMut for #ident {
            fn deref_mut(&mut self) -> &mut #ty { &mut self.#name }
        }
    }
}

/// The base's update type: the base type's path with `Update` appended to its last segment.
fn update_path(ty: &syn::Type) -> TokenStream {
    if let syn::Type::Path(p) = ty {
        let mut path = p.path.clone();
        if let Some(last) = path.segments.last_mut() {
            last.ident = format_ident!("{}Update", last.ident);
        }
        return quote!(#path);
    }
    quote!(#ty)
}

/// The `...Update` type: writable properties only, all initially absent, chainable setters.
fn update(s: &Struct) -> TokenStream {
    let ident = &s.input.ident;
    let vis = &s.input.vis;
    let update = format_ident!("{}Update", ident);
    let writable: Vec<&Field> = s.properties().filter(|f| !f.read_only).collect();
    let doc = format!(
        "A PATCH body for [`{ident}`]: only its writable properties, each sent only if set. \
         Read-only properties have no field here, so they cannot be sent."
    );
    let base_field = s.base().map(|b| {
        let name = b.ident;
        let ty = update_path(&b.original.ty);
        quote! {
            /// The base type's writable properties.
            pub #name: #ty,
        }
    });
    let meta_field = s.base().is_none().then(|| {
        quote! {
            /// Whether `@odata.type` is sent, and properties to send that the type does not declare.
            pub odata: ::graph_model::UpdateMeta,
        }
    });
    let fields = writable.iter().map(|f| {
        let name = f.ident;
        let wire = &f.wire;
        let ty = match &f.shape {
            Shape::Nullable(t) => quote!(::graph_model::Nullable<#t>),
            Shape::Optional(t) | Shape::Required(t) => quote!(::core::option::Option<#t>),
        };
        let doc = format!("`{wire}`: sent only if set.");
        let cfgs = &f.cfgs;
        quote! { #cfgs #[doc = #doc] pub #name: #ty, }
    });
    let setters = writable.iter().map(|f| {
        let name = f.ident;
        let doc = format!("Sets `{}`.", f.wire);
        let cfgs = &f.cfgs;
        match &f.shape {
            Shape::Nullable(t) => quote! {
                #cfgs
                #[doc = #doc]
                #[doc = ""]
                #[doc = "Pass a value, or `Nullable::Null` to clear the property."]
                #[must_use]
                pub fn #name(mut self, value: impl ::core::convert::Into<::graph_model::Nullable<#t>>) -> Self {
                    self.#name = value.into();
                    self
                }
            },
            Shape::Optional(t) | Shape::Required(t) => quote! {
                #cfgs
                #[doc = #doc]
                #[must_use]
                pub fn #name(mut self, value: impl ::core::convert::Into<#t>) -> Self {
                    self.#name = ::core::option::Option::Some(value.into());
                    self
                }
            },
        }
    });
    let base_setter = s.base().map(|b| {
        let name = b.ident;
        let ty = update_path(&b.original.ty);
        quote! {
            /// Sets properties of the base type.
            #[must_use]
            pub fn update_base(mut self, f: impl ::core::ops::FnOnce(#ty) -> #ty) -> Self {
                self.#name = f(self.#name);
                self
            }
        }
    });
    let writable_fields = writable.iter().copied();
    let ser = ser_fields(writable_fields, quote!(self));
    let base_ser = s.base().map(|b| {
        let name = b.ident;
        quote! { ::graph_model::__private::UpdateImpl::serialize_fields(&self.#name, map)?; }
    });
    let (meta, meta_mut) = match s.base() {
        Some(b) => {
            let name = b.ident;
            (
                quote! { ::graph_model::__private::UpdateImpl::meta(&self.#name) },
                quote! { ::graph_model::__private::UpdateImpl::meta_mut(&mut self.#name) },
            )
        }
        None => (quote! { &self.odata }, quote! { &mut self.odata }),
    };
    let deref = s.base().map(|b| {
        let name = b.ident;
        let ty = update_path(&b.original.ty);
        quote! {
            #[automatically_derived]
            impl ::core::ops::Deref for #update {
                type Target = #ty;
                fn deref(&self) -> &#ty { &self.#name }
            }
            #[automatically_derived]
            impl ::core::ops::DerefMut for #update {
                fn deref_mut(&mut self) -> &mut #ty { &mut self.#name }
            }
        }
    });
    quote! {
        #[doc = #doc]
        #[derive(::core::fmt::Debug, ::core::clone::Clone, ::core::cmp::PartialEq, ::core::default::Default)]
        #vis struct #update {
            #base_field
            #(#fields)*
            #meta_field
        }

        impl #update {
            /// An update that changes nothing yet.
            #[must_use]
            pub fn new() -> Self {
                ::core::default::Default::default()
            }

            /// Sends `@odata.type` (first), as some Graph examples do.
            #[must_use]
            pub fn with_odata_type(mut self) -> Self {
                ::graph_model::__private::UpdateImpl::meta_mut(&mut self).include_type = true;
                self
            }

            #(#setters)*
            #base_setter
        }

        const _: () = {
            #[automatically_derived]
            impl ::graph_model::__private::UpdateImpl for #update {
                const TYPE_INFO: &'static ::graph_model::TypeInfo = <#ident as ::graph_model::GraphType>::TYPE_INFO;
                fn serialize_fields<M: ::graph_model::__private::serde::ser::SerializeMap>(&self, map: &mut M) -> ::core::result::Result<(), M::Error> {
                    #base_ser
                    #ser
                    ::core::result::Result::Ok(())
                }
                fn meta(&self) -> &::graph_model::UpdateMeta { #meta }
                fn meta_mut(&mut self) -> &mut ::graph_model::UpdateMeta { #meta_mut }
            }

            #[automatically_derived]
            impl ::graph_model::__private::CompiledWrite for #update {
                fn write_vec(
                    &self,
                    writer: &mut ::graph_model::__private::VecWriter<'_>,
                ) -> ::core::result::Result<(), ::graph_model::__private::serde_json::Error> {
                    ::graph_model::__private::serialize_update(self, writer)
                }
            }

            #[automatically_derived]
            impl ::graph_model::__private::serde::Serialize for #update {
                #[cfg_attr(not(debug_assertions), inline)]
                fn serialize<S: ::graph_model::__private::serde::Serializer>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error> {
                    ::graph_model::__private::write_compiled(self, serializer)
                }
            }

            #deref
        };
    }
}

//! Evolvable and flags enums: the enum with an added `Unrecognized(Box<str>)` variant, wire-string
//! conversions that allocate only for members the program does not know, and the Graph traits.

use proc_macro2::TokenStream;
use quote::quote;

use crate::ast::EvolvableEnum;
use crate::attr::strip_helpers;

pub fn expand(e: &EvolvableEnum) -> TokenStream {
    let mut input = e.input.clone();
    strip_helpers(&mut input.attrs);
    let ident = &input.ident;
    let name = &e.odata_type;
    let hashed = format!("#{name}");
    if let syn::Data::Enum(data) = &mut input.data {
        for v in data.variants.iter_mut() {
            strip_helpers(&mut v.attrs);
            // Values live in `VALUES`; a Rust discriminant would need a `repr` next to a data variant.
            v.discriminant = None;
        }
        data.variants.push(syn::parse_quote! {
            /// A member this program does not know, kept exactly as received and written back unchanged.
            Unrecognized(::std::boxed::Box<str>)
        });
    }
    // Equality, ordering and hashing go through `member_key`, so that `Unrecognized("draft")` is `Draft`.
    let derives = super::missing_derives(&input, &["::core::fmt::Debug", "::core::clone::Clone"]);
    let idents: Vec<_> = e.variants.iter().map(|m| m.ident).collect();
    let wires: Vec<_> = e.variants.iter().map(|m| m.wire.as_str()).collect();
    let indices = 0..e.variants.len();
    let values: Vec<TokenStream> = e
        .variants
        .iter()
        .map(|m| match m.value {
            Some(v) => quote!(::core::option::Option::Some(#v)),
            None => quote!(::core::option::Option::None),
        })
        .collect();
    let values2 = &values;
    let sentinel = match e.sentinel {
        Some(i) => quote!(::core::option::Option::Some(#i)),
        None => quote!(::core::option::Option::None),
    };
    let kind_doc = if e.flags { "A member of the flags enum" } else { "The evolvable enum" };
    let doc = format!("{kind_doc} `{name}`: members this program does not know are kept as `Unrecognized`.");
    let serde = super::serde_impls(ident, quote!(serialize_member), quote!(deserialize_member));
    quote! {
        #derives
        #input

        impl #ident {
            /// The known members, in declaration order.
            pub const KNOWN: &'static [Self] = &[#(Self::#idents),*];

            /// The wire string.
            pub fn as_str(&self) -> &str {
                match self {
                    #(Self::#idents => #wires,)*
                    Self::Unrecognized(s) => s,
                }
            }

            /// The member for a wire string: exact match, then letter case ignored, else `Unrecognized`.
            /// Allocates only for members this program does not know.
            pub fn from_wire(s: &str) -> Self {
                match s {
                    #(#wires => Self::#idents,)*
                    _ => match ::graph_model::__private::find_ignoring_case(&[#(#wires),*], s) {
                        ::core::option::Option::Some(i) => Self::KNOWN[i].clone(),
                        ::core::option::Option::None => Self::Unrecognized(::core::convert::From::from(s)),
                    },
                }
            }

            /// The member as read from a response: exact match, else `Unrecognized` holding the string as
            /// written, so that it is written back unchanged. A known member in another letter case (Graph's
            /// reference pages show `"None"` for `none`) is kept that way too, yet compares equal to the member
            /// and counts as known; [`canonical`](Self::canonical) gives the variant to `match` on.
            pub fn from_received(s: &str) -> Self {
                match s {
                    #(#wires => Self::#idents,)*
                    _ => Self::Unrecognized(::core::convert::From::from(s)),
                }
            }

            /// The declared variant for a known member whatever its spelling (`"None"` gives `None`); other
            /// values unchanged.
            #[must_use]
            pub fn canonical(&self) -> Self {
                match <Self as ::graph_model::EvolvableEnum>::known_index(self) {
                    ::core::option::Option::Some(i) => Self::KNOWN[i].clone(),
                    ::core::option::Option::None => self.clone(),
                }
            }

            /// Whether this member is one this program knows (in any letter case).
            pub fn is_known(&self) -> bool {
                <Self as ::graph_model::EvolvableEnum>::known_index(self).is_some()
            }

            /// Whether seeing or sending this member needs `Prefer: include-unknown-enum-members`.
            pub fn needs_prefer_header(&self) -> bool {
                <Self as ::graph_model::EvolvableEnum>::needs_prefer_header(self)
            }

            /// Whether this value, read in a response, means the real member was hidden for lack of
            /// `Prefer: include-unknown-enum-members` (it is the sentinel `unknownFutureValue`).
            pub fn is_hidden_member(&self) -> bool {
                <Self as ::graph_model::EvolvableEnum>::is_hidden_member(self)
            }
        }

        const _: () = {
            #[automatically_derived]
            impl ::graph_model::EvolvableEnum for #ident {
                const KNOWN: &'static [Self] = #ident::KNOWN;
                const SENTINEL: ::core::option::Option<usize> = #sentinel;
                const VALUES: &'static [::core::option::Option<i64>] = &[#(#values),*];
                fn as_str(&self) -> &str { #ident::as_str(self) }
                fn from_wire(s: &str) -> Self { #ident::from_wire(s) }
                fn known_index(&self) -> ::core::option::Option<usize> {
                    match self {
                        #(Self::#idents => ::core::option::Option::Some(#indices),)*
                        // A known member received in another letter case keeps its spelling.
                        Self::Unrecognized(s) => ::graph_model::__private::find_ignoring_case(&[#(#wires),*], s),
                    }
                }
                fn from_received(s: &str) -> Self { #ident::from_received(s) }
            }

            #[automatically_derived]
            impl ::core::cmp::PartialEq for #ident {
                fn eq(&self, other: &Self) -> bool {
                    ::graph_model::__private::member_key(self) == ::graph_model::__private::member_key(other)
                }
            }

            #[automatically_derived]
            impl ::core::cmp::Eq for #ident {}

            #[automatically_derived]
            impl ::core::hash::Hash for #ident {
                fn hash<H: ::core::hash::Hasher>(&self, state: &mut H) {
                    ::core::hash::Hash::hash(&::graph_model::__private::member_key(self), state)
                }
            }

            #[automatically_derived]
            impl ::core::cmp::PartialOrd for #ident {
                fn partial_cmp(&self, other: &Self) -> ::core::option::Option<::core::cmp::Ordering> {
                    ::core::option::Option::Some(::core::cmp::Ord::cmp(self, other))
                }
            }

            #[automatically_derived]
            impl ::core::cmp::Ord for #ident {
                fn cmp(&self, other: &Self) -> ::core::cmp::Ordering {
                    ::core::cmp::Ord::cmp(&::graph_model::__private::member_key(self), &::graph_model::__private::member_key(other))
                }
            }

            #[automatically_derived]
            impl ::graph_model::GraphType for #ident {
                const TYPE_INFO: &'static ::graph_model::TypeInfo = &::graph_model::TypeInfo {
                    name: #name,
                    rust_name: ::core::stringify!(#ident),
                rust_path: ::core::concat!(::core::module_path!(), "::", ::core::stringify!(#ident)),
                    hashed_name: #hashed,
                    kind: ::graph_model::TypeKind::Enum,
                    base: ::core::option::Option::None,
                    properties: &[],
                    members: &[#(::graph_model::EnumMember { name: #wires, value: #values2 }),*],
                };
            }

            ::graph_model::__private::inventory::submit! {
                ::graph_model::__private::Registered(<#ident as ::graph_model::GraphType>::TYPE_INFO)
            }

            #[automatically_derived]
            impl ::graph_model::EdmType for #ident {
                const EDM_TYPE: &'static str = #name;
            }

            #[automatically_derived]
            impl ::core::fmt::Display for #ident {
                fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                    f.write_str(self.as_str())
                }
            }

            #[automatically_derived]
            impl ::core::str::FromStr for #ident {
                type Err = ::core::convert::Infallible;
                #[doc = #doc]
                fn from_str(s: &str) -> ::core::result::Result<Self, Self::Err> {
                    ::core::result::Result::Ok(Self::from_wire(s))
                }
            }

            #serde
        };
    }
}

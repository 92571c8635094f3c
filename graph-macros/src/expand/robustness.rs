//! The expansion never panics: malformed items of every kind give code or compile errors.

use proc_macro2::TokenStream;
use quote::quote;

use super::graph_entity;

fn expand(args: TokenStream, item: TokenStream) -> String {
    let out = std::panic::catch_unwind(|| graph_entity(args.clone(), item.clone()))
        .unwrap_or_else(|_| panic!("expansion panicked on `{args}` / `{item}`"));
    let text = out.to_string();
    assert!(!text.is_empty(), "empty expansion for `{item}`");
    text
}

#[test]
fn hand_written_oddities() {
    let args = quote!(odata_type = "microsoft.graph.restorePoint");
    // Valid oddities expand to code, without errors.
    let valid = [
        quote!(
            struct Empty {}
        ),
        quote!(
            pub struct R {
                pub r#type: Option<String>,
                pub r#match: Nullable<i32>,
            }
        ),
        quote!(
            struct A {
                #[doc = "x"]
                #[cfg(all())]
                #[graph(read_only)]
                x: Option<u8>,
            }
        ),
        quote!(
            enum E {
                A,
                B,
                UnknownFutureValue,
            }
        ),
        quote!(
            enum F {
                #[graph(fallback)]
                Other(Base),
                D(Derived),
            }
        ),
    ];
    for item in valid {
        let text = expand(args.clone(), item.clone());
        assert!(!text.contains("compile_error"), "`{item}` is valid: {text}");
    }
    // Invalid ones give compile errors, never a panic.
    let invalid = [
        quote!(
            struct G<T> {
                x: Option<T>,
            }
        ),
        quote!(
            struct L<'a> {
                x: Option<&'a str>,
            }
        ),
        quote!(
            struct W
            where
                Self: Sized,
            {
                x: Option<String>,
            }
        ),
        quote!(
            struct T(u8, u8);
        ),
        quote!(
            struct U;
        ),
        quote!(union X { a: u32 }),
        quote!(
            enum E {}
        ),
        quote!(
            enum M {
                A,
                B(u8),
                C { x: u8 },
            }
        ),
        quote!(
            enum F {
                A(u8, u8),
            }
        ),
        quote!(
            #[graph(rename = 5)]
            struct A {
                #[graph]
                x: Option<u8>,
            }
        ),
        quote!(
            struct A {
                #[graph(rename)]
                x: Option<u8>,
                #[graph(rename = "")]
                y: Option<u8>,
            }
        ),
        quote!(
            struct A {
                #[graph(base, base)]
                x: u8,
                #[graph(delta)]
                d: u8,
                #[graph(nav, delta)]
                e: Option<Delta<X>>,
            }
        ),
        quote!(
            enum E {
                #[graph(rename = "a b")]
                A = 1,
                B = "x",
                C = 1 + 1,
                UnknownFutureValue,
            }
        ),
        quote!(
            fn f() {}
        ),
        quote!(),
        quote!(struct),
        quote!(struct A { x: }),
        quote!(
            mod m {}
        ),
    ];
    for item in invalid {
        let text = expand(args.clone(), item.clone());
        assert!(text.contains("compile_error"), "`{item}` is invalid: {text}");
    }
    let weird_args = [
        quote!(),
        quote!(odata_type),
        quote!(odata_type = 5),
        quote!(= "x"),
        quote!(flags, flags, closed = 1),
        quote!((odata_type = "a.b")),
    ];
    for args in weird_args {
        let text = expand(
            args.clone(),
            quote!(
                struct A {
                    x: Option<u8>,
                }
            ),
        );
        assert!(text.contains("compile_error"), "`{args}` is invalid");
    }
}

#[test]
fn very_large_struct() {
    let fields = (0..2000u32).map(|i| {
        let name = quote::format_ident!("field_{}", i);
        quote!(pub #name: Option<String>)
    });
    let text = expand(quote!(odata_type = "a.b"), quote!(pub struct Big { #(#fields),* }));
    assert!(text.contains("field_1999"));
}

#[test]
fn generated_token_streams() {
    // A small deterministic generator of token soup from the pieces items are made of.
    let pieces: Vec<TokenStream> = vec![
        quote!(struct),
        quote!(enum),
        quote!(pub),
        quote!(A),
        quote!(x),
        quote!(:),
        quote!(,),
        quote!(;),
        quote!(Option<u8>),
        quote!(Nullable<String>),
        quote!({}),
        quote!(()),
        quote!(<T>),
        quote!('a),
        quote!(#[graph(base)]),
        quote!(#[graph(delta)]),
        quote!(#[graph(rename = "y")]),
        quote!(= 1),
        quote!(UnknownFutureValue),
        quote!(r#type),
        quote!(where),
        quote!(#[derive(Debug)]),
    ];
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = |n: usize| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state % n as u64) as usize
    };
    for _ in 0..2000 {
        let len = next(12);
        let mut body = TokenStream::new();
        for _ in 0..len {
            body.extend(pieces[next(pieces.len())].clone());
        }
        let head = if next(2) == 0 { quote!(struct S) } else { quote!(enum S) };
        let item = if next(3) == 0 { body.clone() } else { quote!(#head { #body }) };
        expand(quote!(odata_type = "a.b"), item);
    }
}

/// Derives are recognized by path, not by substring: `BorshSerialize` is not serde's `Serialize`.
#[test]
fn derives_are_matched_by_name() {
    let args = quote!(odata_type = "microsoft.graph.restorePoint");
    let text = expand(
        args.clone(),
        quote!(
            #[derive(BorshSerialize, my::Deserializer)]
            struct R {
                id: Option<String>,
            }
        ),
    );
    assert!(!text.contains("compile_error"), "{text}");
    let text = expand(
        args,
        quote!(
            #[derive(Clone, serde::Serialize)]
            struct R {
                id: Option<String>,
            }
        ),
    );
    assert!(text.contains("remove `Serialize`/`Deserialize` from `derive`"), "{text}");
}

/// Every single-bit value of a flags enum is accepted up to bit 62, the highest an `Edm.Int64` underlying
/// type (CSDL's widest) holds; 2^63 is refused.
#[test]
fn flags_values_up_to_bit_62() {
    let args = quote!(odata_type = "microsoft.graph.tags", flags);
    let item = quote!(
        enum Tags {
            None = 0,
            Bit6 = 64,
            UnknownFutureValue = 128,
            Bit62 = 4611686018427387904,
        }
    );
    let text = expand(args.clone(), item);
    assert!(!text.contains("compile_error"), "{text}");
    let too_wide = quote!(
        enum Tags {
            None = 0,
            UnknownFutureValue = 128,
            Bit63 = 9223372036854775808,
        }
    );
    let text = expand(args, too_wide);
    assert!(text.contains("member values must be integer literals"), "{text}");
}

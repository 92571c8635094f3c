//! The `#[graph_entity]` attribute. Use it through `graph-model`, which re-exports it together with the
//! runtime its expansions call; the documentation lives there.
//!
//! Layout, as in a compiler: [`attr`] and [`ast`] parse the input into a typed model, [`check`] holds
//! every rule (on the item as written and on its model), every error collected in [`ctxt`]; [`expand`]
//! generates code from a checked model, one module per capability, and a stub when there are errors
//! (`expand/fallback.rs`). [`ty`] reads written types. Imports run one way: `expand` and `check` use
//! `ast`, which uses `attr`, `case` and `ty`.

mod ast;
mod attr;
mod case;
mod check;
mod ctxt;
mod expand;
mod ty;

use proc_macro::TokenStream;

/// Turns a struct into a Graph entity or complex type, a unit-variant enum into an evolvable (or flags)
/// enum, and an enum of derived types into a polymorphic family. See `graph_model::graph_entity`.
#[proc_macro_attribute]
pub fn graph_entity(args: TokenStream, input: TokenStream) -> TokenStream {
    expand::graph_entity(args.into(), input.into()).into()
}

//! The `#[graph_entity]` attribute. Use it through `graph-model`, which re-exports it together with the
//! runtime its expansions call; the documentation lives there.
//!
//! Layout, as in a compiler: [`attr`] and [`ast`] parse the input into a typed model, [`check`] applies
//! the rules that relate its parts, every error collected in [`ctxt`]; [`expand`] generates code from a
//! checked model, one module per capability.

mod ast;
mod attr;
mod case;
mod check;
mod ctxt;
mod expand;

use proc_macro::TokenStream;

/// Turns a struct into a Graph entity or complex type, a unit-variant enum into an evolvable (or flags)
/// enum, and an enum of derived types into a polymorphic family. See `graph_model::graph_entity`.
#[proc_macro_attribute]
pub fn graph_entity(args: TokenStream, input: TokenStream) -> TokenStream {
    expand::graph_entity(args.into(), input.into()).into()
}

//! Where each object's type annotation is, in JSON text read a second time.
//!
//! A family whose `@odata.type` is not the first key of its object keeps the object's entries as text,
//! then reads that text again with its reader compiled for serde_json's slice reader. Before it does, the
//! text is split into its structure once ([`Node`]) and every object's annotation is noted here, under the
//! position of the object's first key. A family inside the text that meets a first key which is not an
//! annotation looks its object up instead of keeping its entries again: the variant is known at once, so
//! objects nested `d` deep with the type last are read a bounded number of times, not `d` times. The text
//! itself is not changed, so every value kept from it is exactly what was received.

use std::cell::RefCell;

use crate::replay::Node;

/// The annotation of one object: its key and the JSON text of its value.
#[derive(Clone)]
pub(crate) struct Annotation {
    pub(crate) key: String,
    pub(crate) value: String,
}

/// The annotations of one text: `(address of the first key's content, annotation if any)`, sorted.
struct Table {
    entries: Vec<(usize, Option<Annotation>)>,
}

thread_local! {
    /// The tables of the texts being read again on this thread, innermost last.
    static TABLES: RefCell<Vec<Table>> = const { RefCell::new(Vec::new()) };
    /// What is known of the next object a family reads: the one whose text is being read again (its
    /// first key may not be found in the table, if the reader could not lend it).
    static NEXT: RefCell<Option<Option<Annotation>>> = const { RefCell::new(None) };
}

/// Runs `read`, telling the first family that reads an object what is known of it.
pub(crate) fn telling<T>(known: Option<Annotation>, read: impl FnOnce() -> T) -> T {
    struct Clear;
    impl Drop for Clear {
        fn drop(&mut self) {
            NEXT.with(|n| n.borrow_mut().take());
        }
    }
    NEXT.with(|n| *n.borrow_mut() = Some(known));
    let _clear = Clear;
    read()
}

/// Takes what [`telling`] said, if anything; every family takes it as it starts an object.
pub(crate) fn take_told() -> Option<Option<Annotation>> {
    NEXT.with(|n| n.borrow_mut().take())
}

/// Notes every object's annotation in `text` (split as `node`) while `read` reads `text` again.
pub(crate) fn noting<T>(text: &str, node: &Node, read: impl FnOnce() -> T) -> T {
    struct Pop;
    impl Drop for Pop {
        fn drop(&mut self) {
            TABLES.with(|t| t.borrow_mut().pop());
        }
    }
    let mut entries = Vec::new();
    collect(text, node, &mut entries);
    TABLES.with(|t| t.borrow_mut().push(Table { entries }));
    let _pop = Pop;
    read()
}

/// Adds every object of `node` with at least one entry, in the order of their first keys.
fn collect(text: &str, node: &Node, out: &mut Vec<(usize, Option<Annotation>)>) {
    match node {
        Node::Object { entries, tag, .. } => {
            if let Some((key_start, _, _)) = entries.first() {
                let found = tag.map(|i| {
                    let (ks, ke, value) = &entries[i];
                    let (vs, ve) = value.span();
                    Annotation { key: text[ks + 1..ke - 1].to_owned(), value: text[vs..ve].to_owned() }
                });
                // The key's content starts after its opening quote.
                out.push((text.as_ptr() as usize + key_start + 1, found));
            }
            for (_, _, value) in entries {
                collect(text, value, out);
            }
        }
        Node::Array { items, .. } => items.iter().for_each(|item| collect(text, item, out)),
        Node::Scalar { .. } | Node::TooDeep { .. } => {}
    }
}

/// The annotation of the object whose first key is `first` (as the reader lent it, borrowed from the
/// text), if that object is in a text being read again: `Some(None)` for an object known to have none,
/// `None` if it is not known.
pub(crate) fn lookup(first: &str) -> Option<Option<Annotation>> {
    let at = first.as_ptr() as usize;
    TABLES.with(|t| {
        let tables = t.borrow();
        let table = tables.last()?;
        let i = table.entries.binary_search_by_key(&at, |(a, _)| *a).ok()?;
        Some(table.entries[i].1.clone())
    })
}

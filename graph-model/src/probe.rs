//! Finding enum members that need `Prefer: include-unknown-enum-members` in any serializable body,
//! without side effects: while a body is written under [`noting`], an opt-in member that is written
//! notes itself ([`note_opt_in_member`]) on this thread. The note travels beside the writer, not
//! through it, so it sees members wherever they are written: through a Graph type's writer compiled in
//! its own crate, inside a user's own `Serialize` impls, in maps and sequences.

use std::cell::Cell;

use serde::Serialize;

thread_local! {
    /// Bodies being written under [`noting`] on this thread.
    static NOTING: Cell<usize> = const { Cell::new(0) };
    /// Whether an opt-in member was written since the innermost [`noting`] began.
    static FOUND: Cell<bool> = const { Cell::new(false) };
}

/// Called by the writers of evolvable enums and flags for a member that needs the `Prefer` header.
#[cfg_attr(not(debug_assertions), inline)]
pub(crate) fn note_opt_in_member() {
    if NOTING.with(Cell::get) > 0 {
        FOUND.with(|found| found.set(true));
    }
}

/// Runs `write`, saying whether it wrote an opt-in member. Probes nest: an outer one sees what an
/// inner one found.
fn noting<T>(write: impl FnOnce() -> T) -> (T, bool) {
    /// Closes the probe on every path, a panic included, keeping what an outer probe had found.
    struct Scope {
        outer_found: bool,
    }
    impl Drop for Scope {
        fn drop(&mut self) {
            NOTING.with(|n| n.set(n.get().saturating_sub(1)));
            FOUND.with(|f| f.set(self.outer_found || f.get()));
        }
    }
    NOTING.with(|n| n.set(n.get() + 1));
    let scope = Scope { outer_found: FOUND.with(|f| f.replace(false)) };
    let result = write();
    let found = FOUND.with(Cell::get);
    drop(scope);
    (result, found)
}

/// Whether `body` holds an opt-in member anywhere (it is written, and the bytes dropped).
pub(crate) fn holds_opt_in_member<T: Serialize + ?Sized>(body: &T) -> bool {
    noting(|| serde_json::to_vec(body)).1
}

/// Writes `body` as JSON bytes and says, in the same pass, whether it holds an opt-in member.
pub(crate) fn to_vec_noting_opt_in<T: Serialize + ?Sized>(body: &T) -> Result<(Vec<u8>, bool), serde_json::Error> {
    let (bytes, found) = noting(|| serde_json::to_vec(body));
    Ok((bytes?, found))
}

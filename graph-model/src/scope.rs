//! The state of one decode on this thread: how deeply the document is nested, counted from its root
//! whatever replays happen in between, and the JSON path of an error on its way out.
//!
//! serde hands errors up as opaque `D::Error` values, so the path travels inside the message: each of
//! this crate's visitors that an error passes through prefixes its key or index ([`at`]) in an internal
//! marked form, and the outermost one turns the marks into plain text (`path: message`) before the error
//! leaves the crate. `serde_json::from_str` and every other serde entry point therefore see the path
//! and never a mark. [`crate::from_str`] asks for the marked form instead ([`locating`]) to build its
//! structured [`Error`](crate::Error).
//!
//! The state is scoped: every counter is restored by a guard when its visitor returns, on every path.
//! Nothing here is touched by serializing.

use std::cell::Cell;
use std::fmt::Display;

use serde::de;

use crate::error::Printable;

/// The deepest nesting of arrays and objects accepted, counted from the document's root. serde_json
/// refuses the 128th level, so everything this crate accepts (and writes back) it can read again.
pub(crate) const MAX_DEPTH: usize = 127;

/// Separates the path from the message while an error travels between this crate's visitors.
const MARK: char = '\u{1}';

thread_local! {
    /// Arrays and objects of this crate's types open on this thread's stack.
    static DEPTH: Cell<usize> = const { Cell::new(0) };
    /// Set while [`crate::from_str`] parses a second time under a path tracker.
    static LOCATING: Cell<bool> = const { Cell::new(false) };
    /// Replays of buffered text in progress (the outer path tracker cannot see inside them).
    static REPLAYING: Cell<usize> = const { Cell::new(0) };
    /// Set by the replay reader just before it hands an object without a type annotation to a visitor.
    static UNTAGGED: Cell<bool> = const { Cell::new(false) };
}

/// The current nesting depth of this crate's containers.
#[cfg_attr(not(debug_assertions), inline)]
pub(crate) fn depth() -> usize {
    DEPTH.with(Cell::get)
}

/// One open array or object. Dropping it closes the level.
#[must_use]
pub(crate) struct Level(());

impl Drop for Level {
    #[cfg_attr(not(debug_assertions), inline)]
    fn drop(&mut self) {
        DEPTH.with(|d| d.set(d.get().saturating_sub(1)));
    }
}

/// Opens a level, or refuses the document if it is nested deeper than [`MAX_DEPTH`].
#[cfg_attr(not(debug_assertions), inline)]
pub(crate) fn enter<E: de::Error>() -> Result<Level, E> {
    let depth = DEPTH.with(|d| {
        let depth = d.get() + 1;
        d.set(depth);
        depth
    });
    let level = Level(());
    if depth > MAX_DEPTH {
        return Err(too_deep());
    }
    Ok(level)
}

/// The error for nesting beyond [`MAX_DEPTH`].
#[cold]
pub(crate) fn too_deep<E: de::Error>() -> E {
    E::custom(format_args!("JSON nested deeper than {MAX_DEPTH} levels"))
}

/// Passes an error out of a level that is still open: leaving the outermost level, its path is written
/// out as text, unless [`crate::from_str`] is locating it. Used as `result.map_err(scope::leaving)` while
/// the [`Level`] is alive, so a value read successfully is not touched.
#[cold]
pub(crate) fn leaving<E: de::Error>(error: E) -> E {
    if depth() == 1 && !LOCATING.with(Cell::get) { render(error) } else { error }
}

/// Writes out the path of an error leaving a value that is not inside any of this crate's containers
/// (a visitor that opens no level of its own, such as a delta entry read on its own).
#[cold]
pub(crate) fn surface<E: de::Error>(error: E) -> E {
    if depth() == 0 && !LOCATING.with(Cell::get) { render(error) } else { error }
}

/// One step of a JSON path.
#[derive(Clone, Copy)]
pub(crate) enum Segment<'a> {
    Key(&'a str),
    Index(usize),
}

/// Prefixes `segment` to the path of an error that came out of a value, unless an outer path tracker
/// sees that step itself.
#[cold]
#[inline(never)]
pub(crate) fn at<E: de::Error>(segment: Segment<'_>, error: E) -> E {
    if LOCATING.with(Cell::get) && REPLAYING.with(Cell::get) == 0 {
        return error;
    }
    prefix(segment, error)
}

/// Prefixes `segment` to the path of an error unconditionally.
pub(crate) fn prefix<E: de::Error>(segment: Segment<'_>, error: E) -> E {
    let text = error.to_string();
    let (inner, message) = split(&text).unwrap_or(("", &text));
    let path = match (segment, inner.starts_with('[') || inner.is_empty()) {
        (Segment::Key(k), true) => format!("{}{inner}", Printable(k)),
        (Segment::Key(k), false) => format!("{}.{inner}", Printable(k)),
        (Segment::Index(i), true) => format!("[{i}]{inner}"),
        (Segment::Index(i), false) => format!("[{i}].{inner}"),
    };
    marked(&path, message)
}

/// An error whose message carries `path` in the marked form.
fn marked<E: de::Error>(path: &str, message: impl Display) -> E {
    E::custom(format_args!("{MARK}{path}{MARK}{message}"))
}

/// Splits a marked message into its path and the message proper.
pub(crate) fn split(message: &str) -> Option<(&str, &str)> {
    message.strip_prefix(MARK)?.split_once(MARK)
}

/// Writes the marked path of an error as text: `value[1].startDateTime: invalid DateTimeOffset ...`.
fn render<E: de::Error>(error: E) -> E {
    let text = error.to_string();
    match split(&text) {
        Some(("", message)) => E::custom(message),
        Some((path, message)) => E::custom(format_args!("{path}: {message}")),
        None => error,
    }
}

/// Runs `f` with errors kept in the marked form, for [`crate::from_str`]'s second, tracked parse.
pub(crate) fn locating<T>(f: impl FnOnce() -> T) -> T {
    struct Reset(bool);
    impl Drop for Reset {
        fn drop(&mut self) {
            LOCATING.with(|c| c.set(self.0));
        }
    }
    let _reset = Reset(LOCATING.with(|c| c.replace(true)));
    f()
}

/// Whether errors are being located by an outer path tracker.
pub(crate) fn is_locating() -> bool {
    LOCATING.with(Cell::get)
}

/// Marks a replay of buffered text as in progress while `f` runs (only an outer path tracker needs to
/// know, so only then is it recorded).
#[cfg_attr(not(debug_assertions), inline)]
pub(crate) fn replaying<T>(f: impl FnOnce() -> T) -> T {
    if !is_locating() {
        return f();
    }
    struct Done;
    impl Drop for Done {
        fn drop(&mut self) {
            REPLAYING.with(|c| c.set(c.get().saturating_sub(1)));
        }
    }
    REPLAYING.with(|c| c.set(c.get() + 1));
    let _done = Done;
    f()
}

/// Runs `f`, which reads again the text of an object whose level is open already: the level is not
/// counted twice, and an outer path tracker, which cannot see inside the text, gets the path inside it
/// in the message ([`replaying`]).
pub(crate) fn again<T>(f: impl FnOnce() -> T) -> T {
    struct Restore;
    impl Drop for Restore {
        fn drop(&mut self) {
            DEPTH.with(|d| d.set(d.get() + 1));
        }
    }
    DEPTH.with(|d| d.set(d.get().saturating_sub(1)));
    let _restore = Restore;
    replaying(f)
}

/// Runs `f` (which hands an object to a visitor) telling the visitor that the object has no type
/// annotation, so that a family does not buffer it looking for one.
pub(crate) fn untagged<T>(f: impl FnOnce() -> T) -> T {
    struct Reset;
    impl Drop for Reset {
        fn drop(&mut self) {
            UNTAGGED.with(|c| c.set(false));
        }
    }
    UNTAGGED.with(|c| c.set(true));
    let _reset = Reset;
    f()
}

/// Takes the hint set by [`untagged`]; every visitor of this crate takes it on entry, so it is only ever
/// seen by the visitor it was meant for.
#[cfg_attr(not(debug_assertions), inline)]
pub(crate) fn take_untagged() -> bool {
    UNTAGGED.with(|c| c.replace(false))
}

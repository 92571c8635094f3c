//! [`Error`], which names the JSON path of a bad value, and the small text helpers errors are built with.
//! This module depends on nothing else in the crate.

use std::fmt;

/// What went wrong, at which JSON path.
///
/// ```
/// use graph_model::graph_entity;
///
/// #[graph_entity(odata_type = "microsoft.graph.restorePoint")]
/// pub struct RestorePoint {
///     pub protection_date_time: Option<graph_model::DateTimeOffset>,
/// }
///
/// let err = graph_model::from_str::<Vec<RestorePoint>>(
///     r#"[{}, {"protectionDateTime": "2015-06-19T12-01-03.45Z"}]"#,
/// ).unwrap_err();
/// assert_eq!(err.path(), "[1].protectionDateTime");
/// assert!(err.message().starts_with("invalid DateTimeOffset `2015-06-19T12-01-03.45Z`"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    path: String,
    message: String,
    line: usize,
    column: usize,
    kind: ErrorKind,
}

/// The broad kind of an [`Error`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The input is not valid JSON.
    Syntax,
    /// The input ended in the middle of a value.
    Eof,
    /// Valid JSON that does not fit the type (wrong type, bad value, duplicate or conflicting key).
    Data,
    /// A value could not be written.
    Serialize,
}

impl Error {
    /// The JSON path of the bad value, e.g. `driveRestoreArtifacts[3].restorePoint.id`; empty for the
    /// top-level value.
    pub fn path(&self) -> &str {
        &self.path
    }

    /// What was expected and what was found, without the path.
    pub fn message(&self) -> &str {
        &self.message
    }

    /// The 1-based line of the input where the error was detected (0 if unknown).
    pub fn line(&self) -> usize {
        self.line
    }

    /// The 1-based column of the input where the error was detected (0 if unknown).
    pub fn column(&self) -> usize {
        self.column
    }

    /// The broad kind of error.
    pub fn kind(&self) -> ErrorKind {
        self.kind
    }

    pub(crate) fn from_serialize(e: serde_json::Error) -> Self {
        Error { path: String::new(), message: e.to_string(), line: 0, column: 0, kind: ErrorKind::Serialize }
    }

    /// An error from serde_json, found at `path`. The message may carry the rest of the path from
    /// inside a value this crate buffered, split off by the caller as `inner`.
    pub(crate) fn from_json(path: String, inner: Option<&str>, message: String, e: &serde_json::Error) -> Self {
        let kind = match e.classify() {
            serde_json::error::Category::Syntax => ErrorKind::Syntax,
            serde_json::error::Category::Eof => ErrorKind::Eof,
            serde_json::error::Category::Data | serde_json::error::Category::Io => ErrorKind::Data,
        };
        let mut path = if path == "." { String::new() } else { Printable(&path).to_string() };
        // `?` is the tracker's name for a key it could not read; the error is then about the object itself.
        if path == "?" {
            path.clear();
        } else if let Some(parent) = path.strip_suffix(".?") {
            path = parent.to_owned();
        }
        if let Some(inner) = inner {
            path = join_path(&path, inner);
        }
        Error { path, message, line: e.line(), column: e.column(), kind }
    }

    /// An error that was not located (the input was accepted on the second reading).
    /// The same error, its path under the property `key`.
    pub(crate) fn under_key(mut self, key: &str) -> Self {
        let outer = if key.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') {
            key.to_owned()
        } else {
            format!("[{}]", serde_json::to_string(key).unwrap_or_default())
        };
        self.path = join_path(&outer, &self.path);
        self
    }

    pub(crate) fn unlocated(message: &str) -> Self {
        Error { path: String::new(), message: message.to_owned(), line: 0, column: 0, kind: ErrorKind::Data }
    }
}

/// serde_json appends " at line L column C" to messages; the path says more, and the numbers are kept apart.
pub(crate) fn message_without_position(e: &serde_json::Error) -> String {
    let text = e.to_string();
    let suffix = format!(" at line {} column {}", e.line(), e.column());
    match text.strip_suffix(&suffix) {
        Some(msg) => msg.to_owned(),
        None => text,
    }
}

/// Joins a path and a relative path that starts with a key (`a`) or an index (`[0]`).
fn join_path(outer: &str, inner: &str) -> String {
    if outer.is_empty() || outer == "." {
        inner.to_owned()
    } else if inner.is_empty() || inner == "." {
        outer.to_owned()
    } else if inner.starts_with('[') {
        format!("{outer}{inner}")
    } else {
        format!("{outer}.{inner}")
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            write!(f, "at the top level: {}", self.message)
        } else {
            write!(f, "at `{}`: {}", self.path, self.message)
        }
    }
}

impl std::error::Error for Error {}

/// Input text quoted in a message, control characters escaped as Rust writes them (`\u{1}`), so that an
/// error message never carries raw control characters from the input.
pub(crate) struct Printable<'a>(pub(crate) &'a str);

impl fmt::Display for Printable<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut rest = self.0;
        while let Some(at) = rest.find(char::is_control) {
            f.write_str(&rest[..at])?;
            let c = rest[at..].chars().next().unwrap_or_default();
            write!(f, "{}", c.escape_default())?;
            rest = &rest[at + c.len_utf8()..];
        }
        f.write_str(rest)
    }
}

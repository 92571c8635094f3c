//! Why a call failed.

use std::time::Duration;

use graph_model::backup_restore::{ApiError, BackupErrorCode, RequestError};
use http::{HeaderMap, StatusCode};

use crate::transport::TransportError;

/// Why a call failed. The underlying error, where there is one, is its
/// [`source`](std::error::Error::source).
#[derive(Debug)]
#[non_exhaustive]
pub enum Error {
    /// The service answered with an error status (after any retries).
    Api {
        /// The last status.
        status: StatusCode,
        /// The last response's headers.
        headers: Box<HeaderMap>,
        /// Graph's error body, parsed, when it was one.
        error: Option<Box<ApiError>>,
        /// Attempts made.
        attempts: u32,
    },
    /// No response.
    Transport(TransportError),
    /// A response body that does not parse as the expected type (path and reason inside).
    Parse {
        /// The status.
        status: StatusCode,
        /// What went wrong, where.
        error: graph_model::Error,
    },
    /// A request could not be built.
    Request(RequestError),
    /// An `@odata.nextLink` named a page already read (links are compared as URLs, without fragment).
    NextLinkLoop(String),
    /// A collection had more pages than the pager's limit
    /// ([`ClientBuilder::max_pages`](crate::ClientBuilder::max_pages)).
    TooManyPages {
        /// The limit.
        limit: usize,
    },
    /// A response body was longer than the limit
    /// ([`ClientBuilder::max_body_bytes`](crate::ClientBuilder::max_body_bytes)); it was not read further.
    BodyTooLarge {
        /// The limit, in bytes.
        limit: usize,
    },
    /// The call did not finish within the retry policy's `attempt_timeout` (one attempt) or `max_total`
    /// (the whole call).
    TimedOut {
        /// How long the call had run.
        elapsed: Duration,
        /// Attempts made, the unfinished one included.
        attempts: u32,
    },
    /// The client was configured so that this request would leak a token (another host, loopback
    /// without [`ClientBuilder::allow_loopback`](crate::ClientBuilder::allow_loopback), plain http), or a
    /// redirect went where the client does not follow.
    Refused(String),
    /// Polling gave up before the session reached a terminal status.
    Timeout,
    /// A `$batch` response that does not answer each request sent exactly once, or answers with a
    /// status or header that is not valid HTTP.
    BatchResponse(String),
}

impl Error {
    /// The Backup Storage error code, if the service sent one.
    pub fn backup_code(&self) -> Option<BackupErrorCode> {
        match self {
            Error::Api { error: Some(e), .. } => e.code(),
            _ => None,
        }
    }

    /// The HTTP status, for errors that have one.
    pub fn status(&self) -> Option<StatusCode> {
        match self {
            Error::Api { status, .. } | Error::Parse { status, .. } => Some(*status),
            _ => None,
        }
    }
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::Api { status, error: Some(e), attempts, .. } => {
                write!(f, "{e} (status {}, after {attempts} attempt(s))", status.as_u16())
            }
            Error::Api { status, attempts, .. } => {
                write!(f, "HTTP {} without a Graph error body (after {attempts} attempt(s))", status.as_u16())
            }
            Error::Transport(e) => e.fmt(f),
            Error::Parse { status, error } => write!(f, "HTTP {}: unreadable body: {error}", status.as_u16()),
            Error::Request(e) => e.fmt(f),
            Error::NextLinkLoop(link) => write!(f, "@odata.nextLink loops back to a page already read: {link}"),
            Error::TooManyPages { limit } => write!(f, "the collection has more than {limit} pages (the limit)"),
            Error::BodyTooLarge { limit } => write!(f, "the response body is longer than the limit of {limit} bytes"),
            Error::TimedOut { elapsed, attempts } => {
                write!(f, "the call timed out after {:.3} s ({attempts} attempt(s))", elapsed.as_secs_f64())
            }
            Error::Refused(why) => write!(f, "request refused: {why}"),
            Error::Timeout => f.write_str("the restore session did not finish in time"),
            Error::BatchResponse(why) => write!(f, "unusable $batch response: {why}"),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Api { error: Some(e), .. } => Some(&**e),
            Error::Transport(e) => Some(e),
            Error::Parse { error, .. } => Some(error),
            Error::Request(e) => Some(e),
            _ => None,
        }
    }
}

impl From<RequestError> for Error {
    fn from(e: RequestError) -> Self {
        Error::Request(e)
    }
}

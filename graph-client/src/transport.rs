//! Sending one HTTP request: the [`Transport`] seam, its error, the body limit a transport honours, and
//! the built-in reqwest transport.

use std::future::Future;
use std::pin::Pin;
use std::time::Duration;

use http::{Request, Response};

/// A boxed future, as the traits here return.
pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// Sends one HTTP request.
///
/// A transport sends exactly the request it is given and returns the response as received: it must not
/// follow redirects (the [`Client`](crate::Client) follows them itself, so that its token rule applies to
/// every hop) and should stop reading a body longer than the [`BodyLimit`] in the request's extensions
/// (the client refuses such a body in any case, but only a transport can refuse it before the memory
/// is spent).
pub trait Transport: Send + Sync {
    /// Sends `request` and returns the whole response.
    fn send(&self, request: Request<Vec<u8>>) -> BoxFuture<'_, Result<Response<Vec<u8>>, TransportError>>;
}

/// A request that got no usable HTTP response (connection refused, reset, timed out, a body over the
/// limit). The cause is its [`source`](std::error::Error::source).
#[derive(Debug)]
pub struct TransportError(pub Box<dyn std::error::Error + Send + Sync>);

impl TransportError {
    /// Wraps any error.
    pub fn new(error: impl Into<Box<dyn std::error::Error + Send + Sync>>) -> Self {
        TransportError(error.into())
    }
}

impl std::fmt::Display for TransportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "transport: {}", self.0)
    }
}

impl std::error::Error for TransportError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&*self.0)
    }
}

/// The most bytes a response body may have, put in each request's extensions by the client
/// ([`ClientBuilder::max_body_bytes`](crate::ClientBuilder::max_body_bytes)).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BodyLimit(pub usize);

/// A response body longer than its [`BodyLimit`]: what a transport returns (inside a
/// [`TransportError`]) when it stops reading one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BodyTooLarge {
    /// The limit, in bytes.
    pub limit: usize,
}

impl std::fmt::Display for BodyTooLarge {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "the response body is longer than the limit of {} bytes", self.limit)
    }
}

impl std::error::Error for BodyTooLarge {}

/// How long the default transport waits for a connection to open.
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
/// How long the default transport waits for the next bytes of a response (headers or body) before it
/// gives up on the connection.
pub const DEFAULT_READ_TIMEOUT: Duration = Duration::from_secs(30);

/// The reqwest transport (rustls).
#[cfg(feature = "reqwest")]
#[derive(Debug, Clone)]
pub struct ReqwestTransport(reqwest::Client);

/// A reqwest client with [`DEFAULT_CONNECT_TIMEOUT`] and [`DEFAULT_READ_TIMEOUT`], which follows no
/// redirect.
#[cfg(feature = "reqwest")]
impl Default for ReqwestTransport {
    fn default() -> Self {
        let client = reqwest::Client::builder()
            .connect_timeout(DEFAULT_CONNECT_TIMEOUT)
            .read_timeout(DEFAULT_READ_TIMEOUT)
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap_or_default();
        ReqwestTransport(client)
    }
}

#[cfg(feature = "reqwest")]
impl ReqwestTransport {
    /// A transport over `client` (timeouts, proxies and pools are configured there). Build it with
    /// `redirect(reqwest::redirect::Policy::none())`, so that redirects reach the
    /// [`Client`](crate::Client), which decides where its token may go.
    pub fn new(client: reqwest::Client) -> Self {
        ReqwestTransport(client)
    }
}

#[cfg(feature = "reqwest")]
impl Transport for ReqwestTransport {
    fn send(&self, request: Request<Vec<u8>>) -> BoxFuture<'_, Result<Response<Vec<u8>>, TransportError>> {
        Box::pin(async move {
            let limit = request.extensions().get::<BodyLimit>().map_or(usize::MAX, |l| l.0);
            let request = reqwest::Request::try_from(request.map(reqwest::Body::from)).map_err(TransportError::new)?;
            let mut response = self.0.execute(request).await.map_err(TransportError::new)?;
            if response.content_length().is_some_and(|n| n > limit as u64) {
                return Err(TransportError::new(BodyTooLarge { limit }));
            }
            let mut out = Response::builder().status(response.status());
            if let Some(headers) = out.headers_mut() {
                *headers = std::mem::take(response.headers_mut());
            }
            let mut body = Vec::new();
            while let Some(chunk) = response.chunk().await.map_err(TransportError::new)? {
                if chunk.len() > limit - body.len() {
                    return Err(TransportError::new(BodyTooLarge { limit }));
                }
                body.extend_from_slice(&chunk);
            }
            out.body(body).map_err(TransportError::new)
        })
    }
}

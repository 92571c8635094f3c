//! An HTTP client for Microsoft Graph's Backup Storage API, returning `graph_model`'s types.
//!
//! - [`Transport`]: an `http::Request<Vec<u8>>` in, a response out. [`ReqwestTransport`] (feature
//!   `reqwest`, on by default, rustls) is built in; any other HTTP stack fits behind the trait.
//! - [`TokenProvider`]: where bearer tokens come from; [`StaticToken`] is built in. Tokens are sent only
//!   to the configured origin, which is https, or loopback with [`ClientBuilder::allow_loopback`]. The
//!   client follows redirects itself: to another origin without the token (module `origin` has the
//!   rule), at most [`MAX_REDIRECTS`] in a row.
//! - Retries as Graph's throttling guidance says ([`RetryPolicy`]): 429 for every method, 503 and 504
//!   for idempotent ones; `Retry-After` honoured in seconds (with a fraction, as Graph sends `2.128`) and
//!   as an HTTP date, never retried early; exponential backoff with jitter when it is absent, bounded
//!   attempts and total time, a `Retry-Attempt` header. The final error carries the last status, headers
//!   and the parsed Graph error.
//! - Bounded by default: connect and read timeouts in the default transport
//!   ([`DEFAULT_CONNECT_TIMEOUT`] 10 s, [`DEFAULT_READ_TIMEOUT`] 30 s), each attempt and each whole call
//!   by the policy ([`RetryPolicy::attempt_timeout`] 100 s, [`RetryPolicy::max_total`] 300 s, waits
//!   included), response bodies by [`ClientBuilder::max_body_bytes`] ([`DEFAULT_MAX_BODY_BYTES`], 32 MiB),
//!   paging by [`ClientBuilder::max_pages`] ([`DEFAULT_MAX_PAGES`], 1,000 pages).
//! - Paging ([`Pager`], page by page or as a `Stream` of items) follows `@odata.nextLink` (absolute or
//!   relative), exposes the next and delta links, and refuses a link that loops (compared as URLs, without
//!   fragment).
//! - Runtime: the client's futures sleep and time out with tokio's timer, so they must run on a tokio
//!   runtime with the time driver enabled (`#[tokio::main]` has it).
//! - JSON batching ([`Client::batch`]): a [`Batch`] goes in `$batch` requests of at most 20 steps,
//!   with `dependsOn`, each step's own status, and a step throttled on its own retried.
//! - The restore workflow, typed: search restore points, create sessions, add and remove artifacts in
//!   chunks of at most 50, activate, poll until a terminal status, list artifacts.
//! - Features: `reqwest` (default) and `azure_identity` (`AzureCredential`, tokens from the
//!   `azure_identity` crate's credentials).
//!
//! ```no_run
//! use graph_client::{Client, StaticToken};
//! use graph_model::backup_restore::{DestinationType, RestorePoint};
//!
//! # async fn run() -> Result<(), graph_client::Error> {
//! let client = Client::builder("https://graph.microsoft.com", StaticToken::new("eyJ0..."))
//!     .include_unknown_enum_members(true)
//!     .build()?;
//! let session = client.create_one_drive_session().await?;
//! let id = session.base.entity.id.clone().unwrap_or_default();
//! let points = [RestorePoint::reference("1b014d8c-71fe-4d00-a01a-31850bc5b32c")];
//! client.add_drive_artifacts(&id, &points, DestinationType::New).await?;
//! client.activate(&id).await?;
//! let done = client.poll_until_done(&id, std::time::Duration::from_secs(30), |s| println!("{s:?}")).await?;
//! # Ok(()) }
//! ```

mod auth;
#[cfg(feature = "azure_identity")]
mod azure;
mod batch;
mod error;
mod origin;
mod paging;
mod restore;
mod retry;
mod transport;

pub use auth::{StaticToken, TokenProvider};
#[cfg(feature = "azure_identity")]
pub use azure::{AzureCredential, GRAPH_DEFAULT_SCOPE};
pub use batch::{Batch, BatchItem, StepId};
pub use error::Error;
pub use graph_model::batch::MAX_BATCH_REQUESTS;
pub use paging::{DEFAULT_MAX_PAGES, Pager};
pub use restore::{MAX_ARTIFACTS_PER_PATCH, is_terminal, session_status};
pub use retry::RetryPolicy;
#[cfg(feature = "reqwest")]
pub use transport::ReqwestTransport;
pub use transport::{
    BodyLimit, BodyTooLarge, BoxFuture, DEFAULT_CONNECT_TIMEOUT, DEFAULT_READ_TIMEOUT, Transport, TransportError,
};

use std::sync::Arc;

use graph_model::backup_restore::{ApiError, BackupRestoreRequests, RequestError};
use http::request::Parts;
use http::{HeaderValue, Method, Request, Response, StatusCode};
use serde::de::DeserializeOwned;
use tokio::time::Instant;
use url::Url;

use origin::Origin;
use retry::retry_after;

/// The most bytes a response body may have by default ([`ClientBuilder::max_body_bytes`]).
pub const DEFAULT_MAX_BODY_BYTES: usize = 32 * 1024 * 1024;
/// The most redirects the client follows in a row for one attempt.
pub const MAX_REDIRECTS: usize = 10;

/// Configures a [`Client`].
pub struct ClientBuilder {
    base_url: String,
    tokens: Arc<dyn TokenProvider>,
    transport: Option<Arc<dyn Transport>>,
    retry: RetryPolicy,
    allow_loopback: bool,
    prefer: bool,
    version: String,
    max_body_bytes: usize,
    max_pages: usize,
}

impl ClientBuilder {
    /// Sends through `transport` rather than the default one (which must then not follow redirects;
    /// see [`Transport`]).
    pub fn transport(mut self, transport: impl Transport + 'static) -> Self {
        self.transport = Some(Arc::new(transport));
        self
    }

    /// The retry policy, which also bounds each attempt and each call in time.
    pub fn retry(mut self, retry: RetryPolicy) -> Self {
        self.retry = retry;
        self
    }

    /// Allows a loopback base URL (`http://127.0.0.1:PORT`, `http://[::1]:PORT`, an emulator); off by
    /// default so that a misconfigured URL cannot send a real token to a local process.
    pub fn allow_loopback(mut self, yes: bool) -> Self {
        self.allow_loopback = yes;
        self
    }

    /// Sends `Prefer: include-unknown-enum-members` on every request (statuses such as `failed`).
    pub fn include_unknown_enum_members(mut self, yes: bool) -> Self {
        self.prefer = yes;
        self
    }

    /// The API version path segment (`beta` by default: Backup Storage is a beta API).
    pub fn version(mut self, version: impl Into<String>) -> Self {
        self.version = version.into();
        self
    }

    /// The most bytes a response body may have ([`DEFAULT_MAX_BODY_BYTES`] by default): a longer one
    /// ends the call with [`Error::BodyTooLarge`], and the default transport stops reading it there.
    pub fn max_body_bytes(mut self, limit: usize) -> Self {
        self.max_body_bytes = limit;
        self
    }

    /// The most pages a [`Pager`] (and so [`Client::collect_all`]) reads ([`DEFAULT_MAX_PAGES`] by
    /// default): more ends paging with [`Error::TooManyPages`].
    pub fn max_pages(mut self, limit: usize) -> Self {
        self.max_pages = limit;
        self
    }

    /// The client.
    pub fn build(self) -> Result<Client, Error> {
        let origin = Origin::parse(&self.base_url, self.allow_loopback)?;
        let transport = match self.transport {
            Some(t) => t,
            #[cfg(feature = "reqwest")]
            None => Arc::new(ReqwestTransport::default()),
            #[cfg(not(feature = "reqwest"))]
            None => return Err(Error::Refused("no transport: enable the `reqwest` feature or pass one".into())),
        };
        let service_root = Url::parse(&format!("{}/{}/solutions/backupRestore/", origin.as_str(), self.version))
            .map_err(|e| Error::Refused(format!("version `{}`: {e}", self.version)))?;
        Ok(Client {
            inner: Arc::new(Inner {
                requests: BackupRestoreRequests::new()
                    .with_base_url(origin.as_str())
                    .with_version(self.version.clone())
                    .include_unknown_enum_members(self.prefer),
                origin,
                service_root,
                version: self.version,
                prefer: self.prefer,
                tokens: self.tokens,
                transport,
                retry: self.retry,
                max_body_bytes: self.max_body_bytes,
                max_pages: self.max_pages,
            }),
        })
    }
}

/// A Backup Storage client. Cheap to clone (shared state behind an `Arc`).
#[derive(Clone)]
pub struct Client {
    inner: Arc<Inner>,
}

struct Inner {
    requests: BackupRestoreRequests,
    origin: Origin,
    /// `{origin}/{version}/solutions/backupRestore/`: relative `@odata.nextLink`s resolve against it.
    service_root: Url,
    version: String,
    /// Send `Prefer: include-unknown-enum-members` (follow-up page requests add it themselves).
    prefer: bool,
    tokens: Arc<dyn TokenProvider>,
    transport: Arc<dyn Transport>,
    retry: RetryPolicy,
    max_body_bytes: usize,
    max_pages: usize,
}

impl std::fmt::Debug for Client {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Client")
            .field("origin", &self.inner.origin.as_str())
            .field("version", &self.inner.version)
            .finish_non_exhaustive()
    }
}

impl Client {
    /// A client for `base_url` (`https://graph.microsoft.com`, or an emulator's URL with
    /// [`ClientBuilder::allow_loopback`]).
    pub fn builder(base_url: impl Into<String>, tokens: impl TokenProvider + 'static) -> ClientBuilder {
        ClientBuilder {
            base_url: base_url.into(),
            tokens: Arc::new(tokens),
            transport: None,
            retry: RetryPolicy::default(),
            allow_loopback: false,
            prefer: false,
            version: "beta".into(),
            max_body_bytes: DEFAULT_MAX_BODY_BYTES,
            max_pages: DEFAULT_MAX_PAGES,
        }
    }

    /// The request builder this client uses (for requests without a typed call here).
    pub fn requests(&self) -> &BackupRestoreRequests {
        &self.inner.requests
    }

    /// Sends `request` with a token, retrying as the policy says; any status is returned as a response
    /// only if it is a success. The whole call, waits included, ends by the policy's `max_total`.
    pub async fn send(&self, request: Request<Vec<u8>>) -> Result<Response<Vec<u8>>, Error> {
        let url = self.inner.origin.request_url(request.uri())?;
        let policy = &self.inner.retry;
        let started = Instant::now();
        let (parts, body) = request.into_parts();
        let mut attempt = 1u32;
        loop {
            let response = self.attempt(&parts, &url, &body, attempt, started).await?;
            let status = response.status();
            if status.is_success() {
                return Ok(response);
            }
            let wait = match policy.retries(&parts.method, status) {
                true => policy.wait_before_retry(attempt, started.elapsed(), retry_after(response.headers())),
                false => None,
            };
            let Some(wait) = wait else {
                let error =
                    std::str::from_utf8(response.body()).ok().and_then(|b| ApiError::parse(status.as_u16(), b).ok());
                return Err(Error::Api {
                    status,
                    headers: Box::new(response.headers().clone()),
                    error: error.map(Box::new),
                    attempts: attempt,
                });
            };
            tokio::time::sleep(wait).await;
            attempt += 1;
        }
    }

    /// One attempt: the request and the redirects it gets, within the attempt's and the call's time.
    async fn attempt(
        &self,
        parts: &Parts,
        url: &Url,
        body: &[u8],
        attempt: u32,
        started: Instant,
    ) -> Result<Response<Vec<u8>>, Error> {
        let policy = &self.inner.retry;
        let now = Instant::now();
        let deadline = [now.checked_add(policy.attempt_timeout), started.checked_add(policy.max_total)]
            .into_iter()
            .flatten()
            .min();
        let exchange = self.follow_redirects(parts, url, body, attempt);
        match deadline {
            Some(deadline) => tokio::time::timeout_at(deadline, exchange)
                .await
                .unwrap_or_else(|_| Err(Error::TimedOut { elapsed: started.elapsed(), attempts: attempt })),
            None => exchange.await,
        }
    }

    /// Sends the request, and follows the redirects it gets: on the configured origin with the token,
    /// to another origin without it (if the origin rule allows the target at all).
    async fn follow_redirects(
        &self,
        parts: &Parts,
        url: &Url,
        body: &[u8],
        attempt: u32,
    ) -> Result<Response<Vec<u8>>, Error> {
        let (mut method, mut url, mut body) = (parts.method.clone(), url.clone(), body.to_vec());
        let mut headers = parts.headers.clone();
        for _ in 0..=MAX_REDIRECTS {
            let mut request = Request::new(body.clone());
            *request.method_mut() = method.clone();
            *request.uri_mut() =
                url.as_str().parse().map_err(|e| Error::Refused(format!("`{url}` is not a request URI: {e}")))?;
            *request.headers_mut() = headers.clone();
            if self.inner.origin.same(&url) {
                let token = self.inner.tokens.token().await.map_err(Error::Transport)?;
                let auth = HeaderValue::from_str(&format!("Bearer {token}"))
                    .map_err(|e| Error::Refused(format!("token: {e}")))?;
                request.headers_mut().insert(http::header::AUTHORIZATION, auth);
            }
            if attempt > 1 {
                request.headers_mut().insert("retry-attempt", HeaderValue::from(attempt - 1));
            }
            let limit = self.inner.max_body_bytes;
            request.extensions_mut().insert(BodyLimit(limit));
            let response = self.inner.transport.send(request).await.map_err(|e| match e.0.downcast_ref() {
                Some(BodyTooLarge { limit }) => Error::BodyTooLarge { limit: *limit },
                None => Error::Transport(e),
            })?;
            if response.body().len() > limit {
                return Err(Error::BodyTooLarge { limit });
            }
            let status = response.status();
            let redirect = matches!(status.as_u16(), 301 | 302 | 303 | 307 | 308);
            let Some(location) = response.headers().get(http::header::LOCATION).filter(|_| redirect) else {
                return Ok(response);
            };
            let next = location
                .to_str()
                .ok()
                .and_then(|l| url.join(l).ok())
                .ok_or_else(|| Error::Refused(format!("a {status} redirect to an unreadable location")))?;
            self.inner.origin.check_target(&next, "redirect to")?;
            // As browsers and Graph's SDKs do: 303, and 301/302 after a POST, become a GET without body.
            if status == StatusCode::SEE_OTHER || (method == Method::POST && matches!(status.as_u16(), 301 | 302)) {
                method = Method::GET;
                body.clear();
                headers.remove(http::header::CONTENT_TYPE);
            }
            url = next;
        }
        Err(Error::Refused(format!("more than {MAX_REDIRECTS} redirects in a row")))
    }

    /// Sends and parses a success body into `T`.
    pub async fn call<T: DeserializeOwned>(&self, request: Request<Vec<u8>>) -> Result<T, Error> {
        let response = self.send(request).await?;
        let status = response.status();
        graph_model::from_slice(response.body()).map_err(|error| Error::Parse { status, error })
    }

    fn get(&self, url: &str) -> Result<Request<Vec<u8>>, Error> {
        let mut builder = Request::get(url).header(http::header::ACCEPT, "application/json");
        if self.inner.prefer {
            builder = builder.header(graph_model::PREFER, graph_model::INCLUDE_UNKNOWN_ENUM_MEMBERS);
        }
        builder.body(Vec::new()).map_err(|e| Error::Request(RequestError::Http(e)))
    }

    /// Pages through the collection `request` addresses, at most [`ClientBuilder::max_pages`] pages.
    pub fn pages<T: DeserializeOwned>(&self, request: Request<Vec<u8>>) -> Pager<T> {
        Pager::new(self.clone(), request, self.inner.max_pages)
    }

    /// Every item of the collection `request` addresses, following every `@odata.nextLink` (at most
    /// [`ClientBuilder::max_pages`] pages).
    pub async fn collect_all<T: DeserializeOwned>(&self, request: Request<Vec<u8>>) -> Result<Vec<T>, Error> {
        let mut pager = self.pages(request);
        let mut all = Vec::new();
        while let Some(page) = pager.next_page().await? {
            all.extend(page);
        }
        Ok(all)
    }

    /// An `@odata.nextLink` as a URL: absolute, or relative to the service root (`/beta/...` or
    /// `restoreSessions?$skiptoken=...`).
    fn resolve(&self, link: &str) -> Result<Url, Error> {
        self.inner.service_root.join(link).map_err(|e| Error::Refused(format!("@odata.nextLink `{link}`: {e}")))
    }
}

//! An HTTP client for Microsoft Graph's Backup Storage API, returning `graph_model`'s types.
//!
//! - [`Transport`]: an `http::Request<Vec<u8>>` in, a response out. [`ReqwestTransport`] (feature
//!   `reqwest`, on by default, rustls) is built in; any other HTTP stack fits behind the trait.
//! - [`TokenProvider`]: where bearer tokens come from; [`StaticToken`] is built in. Tokens are sent only
//!   to the configured Graph host (and to loopback only with [`ClientBuilder::allow_loopback`]).
//! - Retries as Graph's throttling guidance says ([`RetryPolicy`]): 429 for every method, 503 and 504
//!   for idempotent ones; `Retry-After` honoured in seconds and as an HTTP date, exponential backoff with
//!   jitter when it is absent, bounded attempts and total time, a `Retry-Attempt` header. The final
//!   error carries the last status, headers and the parsed Graph error.
//! - Paging ([`Pager`], page by page or as a `Stream` of items) follows `@odata.nextLink` (absolute or
//!   relative), exposes the next and delta links, and refuses a link that loops.
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

#[cfg(feature = "azure_identity")]
mod azure;
mod batch;

#[cfg(feature = "azure_identity")]
pub use azure::{AzureCredential, GRAPH_DEFAULT_SCOPE};

pub use batch::{Batch, BatchItem, StepId};
pub use graph_model::batch::MAX_BATCH_REQUESTS;

use std::collections::HashSet;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;

use graph_model::backup_restore::{
    AnyRestoreSession, ApiError, BackupErrorCode, BackupRestoreRequests, DestinationType, DriveRestoreArtifact,
    ExchangeRestoreSession, ExchangeRestoreSessionUpdate, MailboxRestoreArtifact, OneDriveForBusinessRestoreSession,
    OneDriveForBusinessRestoreSessionUpdate, RestorePoint, RestorePointSearch, RestorePointSearchResponse,
    RestoreSessionStatus, SharePointRestoreSession, SharePointRestoreSessionUpdate, SiteRestoreArtifact,
};
use graph_model::{CollectionResponse, Delta};
use http::{HeaderMap, HeaderValue, Method, Request, Response, StatusCode};
use serde::de::DeserializeOwned;

/// A boxed future, as the traits here return.
pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// Sends one HTTP request.
pub trait Transport: Send + Sync {
    /// Sends `request` and returns the whole response.
    fn send(&self, request: Request<Vec<u8>>) -> BoxFuture<'_, Result<Response<Vec<u8>>, TransportError>>;
}

/// A request that got no HTTP response (connection refused, reset, timed out).
#[derive(Debug)]
pub struct TransportError(pub Box<dyn std::error::Error + Send + Sync>);

impl std::fmt::Display for TransportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "transport: {}", self.0)
    }
}

impl std::error::Error for TransportError {}

/// Supplies bearer tokens.
pub trait TokenProvider: Send + Sync {
    /// A token valid for Graph now.
    fn token(&self) -> BoxFuture<'_, Result<String, TransportError>>;
}

/// One fixed token.
#[derive(Clone)]
pub struct StaticToken(String);

impl StaticToken {
    /// Uses `token` for every request.
    pub fn new(token: impl Into<String>) -> Self {
        StaticToken(token.into())
    }
}

impl std::fmt::Debug for StaticToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("StaticToken(..)")
    }
}

impl TokenProvider for StaticToken {
    fn token(&self) -> BoxFuture<'_, Result<String, TransportError>> {
        Box::pin(async move { Ok(self.0.clone()) })
    }
}

/// The reqwest transport (rustls).
#[cfg(feature = "reqwest")]
#[derive(Debug, Clone, Default)]
pub struct ReqwestTransport(reqwest::Client);

#[cfg(feature = "reqwest")]
impl ReqwestTransport {
    /// A transport over `client` (timeouts, proxies and pools are configured there).
    pub fn new(client: reqwest::Client) -> Self {
        ReqwestTransport(client)
    }
}

#[cfg(feature = "reqwest")]
impl Transport for ReqwestTransport {
    fn send(&self, request: Request<Vec<u8>>) -> BoxFuture<'_, Result<Response<Vec<u8>>, TransportError>> {
        Box::pin(async move {
            let request = reqwest::Request::try_from(request.map(reqwest::Body::from))
                .map_err(|e| TransportError(Box::new(e)))?;
            let response = self.0.execute(request).await.map_err(|e| TransportError(Box::new(e)))?;
            let mut out = Response::builder().status(response.status());
            if let Some(headers) = out.headers_mut() {
                *headers = response.headers().clone();
            }
            let body = response.bytes().await.map_err(|e| TransportError(Box::new(e)))?;
            out.body(body.to_vec()).map_err(|e| TransportError(Box::new(e)))
        })
    }
}

/// When and how often to retry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Attempts in all, the first included.
    pub max_attempts: u32,
    /// The first backoff when the service sends no `Retry-After`; doubled each time, with jitter.
    pub base_delay: Duration,
    /// The longest single wait.
    pub max_delay: Duration,
    /// Give up rather than wait past this much time since the first attempt.
    pub max_total: Duration,
    /// Retry 503 and 504 for idempotent methods (GET, PUT, DELETE, HEAD, OPTIONS).
    pub retry_unavailable: bool,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_attempts: 5,
            base_delay: Duration::from_millis(500),
            max_delay: Duration::from_secs(60),
            max_total: Duration::from_secs(300),
            retry_unavailable: true,
        }
    }
}

impl RetryPolicy {
    /// The wait before attempt `attempt + 1` when the service sent no `Retry-After`: `base_delay`
    /// doubled per attempt, capped at `max_delay`, times a jitter factor in [0.5, 1).
    fn backoff(&self, attempt: u32) -> Duration {
        let backoff = self.base_delay.saturating_mul(1 << attempt.saturating_sub(1).min(16));
        backoff.min(self.max_delay).mul_f64(jitter())
    }
}

/// Why a call failed.
#[derive(Debug)]
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
    Request(graph_model::backup_restore::RequestError),
    /// An `@odata.nextLink` named a page already read.
    NextLinkLoop(String),
    /// The client was configured so that this request would leak a token (another host, or loopback
    /// without [`ClientBuilder::allow_loopback`]).
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
            Error::Refused(why) => write!(f, "request refused: {why}"),
            Error::Timeout => f.write_str("the restore session did not finish in time"),
            Error::BatchResponse(why) => write!(f, "unusable $batch response: {why}"),
        }
    }
}

impl std::error::Error for Error {}

impl From<graph_model::backup_restore::RequestError> for Error {
    fn from(e: graph_model::backup_restore::RequestError) -> Self {
        Error::Request(e)
    }
}

/// Configures a [`Client`].
pub struct ClientBuilder {
    base_url: String,
    tokens: Arc<dyn TokenProvider>,
    transport: Option<Arc<dyn Transport>>,
    retry: RetryPolicy,
    allow_loopback: bool,
    prefer: bool,
    version: String,
}

impl ClientBuilder {
    /// Sends through `transport` rather than the default one.
    pub fn transport(mut self, transport: impl Transport + 'static) -> Self {
        self.transport = Some(Arc::new(transport));
        self
    }

    /// The retry policy.
    pub fn retry(mut self, retry: RetryPolicy) -> Self {
        self.retry = retry;
        self
    }

    /// Allows a loopback base URL (`http://127.0.0.1:PORT`, an emulator); off by default so that a
    /// misconfigured URL cannot send a real token to a local process.
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

    /// The client.
    pub fn build(self) -> Result<Client, Error> {
        let uri: http::Uri =
            self.base_url.parse().map_err(|e| Error::Refused(format!("base URL `{}`: {e}", self.base_url)))?;
        let host = uri.host().unwrap_or_default().to_owned();
        let loopback = host == "localhost" || host.parse::<std::net::IpAddr>().is_ok_and(|ip| ip.is_loopback());
        if loopback && !self.allow_loopback {
            return Err(Error::Refused(format!(
                "`{}` is a loopback address: call `allow_loopback(true)` to send tokens there",
                self.base_url
            )));
        }
        if !loopback && uri.scheme_str() != Some("https") {
            return Err(Error::Refused(format!("`{}` is not https", self.base_url)));
        }
        let transport = match self.transport {
            Some(t) => t,
            #[cfg(feature = "reqwest")]
            None => Arc::new(ReqwestTransport::default()),
            #[cfg(not(feature = "reqwest"))]
            None => return Err(Error::Refused("no transport: enable the `reqwest` feature or pass one".into())),
        };
        let origin = format!(
            "{}://{}",
            uri.scheme_str().unwrap_or("https"),
            uri.authority().map(|a| a.as_str()).unwrap_or_default()
        );
        Ok(Client {
            inner: Arc::new(Inner {
                requests: BackupRestoreRequests::new()
                    .with_base_url(origin.clone())
                    .with_version(self.version.clone())
                    .include_unknown_enum_members(self.prefer),
                origin,
                version: self.version,
                prefer: self.prefer,
                tokens: self.tokens,
                transport,
                retry: self.retry,
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
    origin: String,
    version: String,
    /// Send `Prefer: include-unknown-enum-members` (follow-up page requests add it themselves).
    prefer: bool,
    tokens: Arc<dyn TokenProvider>,
    transport: Arc<dyn Transport>,
    retry: RetryPolicy,
}

impl std::fmt::Debug for Client {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Client")
            .field("origin", &self.inner.origin)
            .field("version", &self.inner.version)
            .finish_non_exhaustive()
    }
}

/// The most artifacts one PATCH may add or remove: the model's limit.
pub use graph_model::backup_restore::MAX_ARTIFACTS_PER_REQUEST as MAX_ARTIFACTS_PER_PATCH;

fn idempotent(method: &Method) -> bool {
    matches!(*method, Method::GET | Method::PUT | Method::DELETE | Method::HEAD | Method::OPTIONS)
}

/// `Retry-After` in seconds or as an HTTP date, as a wait from now.
fn retry_after(headers: &HeaderMap) -> Option<Duration> {
    let value = headers.get(http::header::RETRY_AFTER)?.to_str().ok()?.trim();
    if let Ok(secs) = value.parse::<u64>() {
        return Some(Duration::from_secs(secs));
    }
    let at = httpdate::parse_http_date(value).ok()?;
    Some(at.duration_since(std::time::SystemTime::now()).unwrap_or(Duration::ZERO))
}

/// A jitter factor in [0.5, 1.0) from a cheap per-process sequence (no randomness crate needed).
fn jitter() -> f64 {
    use std::sync::atomic::{AtomicU64, Ordering};
    static STATE: AtomicU64 = AtomicU64::new(0x9E37_79B9_7F4A_7C15);
    let mut x = STATE.fetch_add(0x9E37_79B9_7F4A_7C15, Ordering::Relaxed);
    x ^= x >> 33;
    x = x.wrapping_mul(0xff51_afd7_ed55_8ccd);
    x ^= x >> 33;
    0.5 + (x >> 11) as f64 / (1u64 << 53) as f64 / 2.0
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
        }
    }

    /// The request builder this client uses (for requests without a typed call here).
    pub fn requests(&self) -> &BackupRestoreRequests {
        &self.inner.requests
    }

    /// Sends `request` with a token, retrying as the policy says; any status is returned as a response
    /// only if it is a success.
    pub async fn send(&self, request: Request<Vec<u8>>) -> Result<Response<Vec<u8>>, Error> {
        let uri = request.uri().to_string();
        if !uri.starts_with(&format!("{}/", self.inner.origin)) {
            return Err(Error::Refused(format!("`{uri}` is not on {}: no token is sent there", self.inner.origin)));
        }
        let policy = &self.inner.retry;
        let started = tokio::time::Instant::now();
        let (parts, body) = request.into_parts();
        let mut attempt = 1u32;
        loop {
            let mut req = Request::from_parts(parts.clone(), body.clone());
            let token = self.inner.tokens.token().await.map_err(Error::Transport)?;
            let auth =
                HeaderValue::from_str(&format!("Bearer {token}")).map_err(|e| Error::Refused(format!("token: {e}")))?;
            req.headers_mut().insert(http::header::AUTHORIZATION, auth);
            if attempt > 1 {
                req.headers_mut().insert("retry-attempt", HeaderValue::from(attempt - 1));
            }
            let response = self.inner.transport.send(req).await.map_err(Error::Transport)?;
            let status = response.status();
            if status.is_success() {
                return Ok(response);
            }
            let retryable = status == StatusCode::TOO_MANY_REQUESTS
                || (policy.retry_unavailable
                    && idempotent(&parts.method)
                    && matches!(status, StatusCode::SERVICE_UNAVAILABLE | StatusCode::GATEWAY_TIMEOUT));
            let wait = retry_after(response.headers()).unwrap_or_else(|| policy.backoff(attempt));
            let within_time = started.elapsed() + wait <= policy.max_total;
            if !retryable || attempt >= policy.max_attempts || !within_time || wait > policy.max_delay {
                let error =
                    std::str::from_utf8(response.body()).ok().and_then(|b| ApiError::parse(status.as_u16(), b).ok());
                return Err(Error::Api {
                    status,
                    headers: Box::new(response.headers().clone()),
                    error: error.map(Box::new),
                    attempts: attempt,
                });
            }
            tokio::time::sleep(wait).await;
            attempt += 1;
        }
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
        builder.body(Vec::new()).map_err(|e| Error::Request(graph_model::backup_restore::RequestError::Http(e)))
    }

    /// Pages through the collection `request` addresses.
    pub fn pages<T: DeserializeOwned>(&self, request: Request<Vec<u8>>) -> Pager<T> {
        Pager {
            client: self.clone(),
            next: Some(PageRequest::First(Box::new(request))),
            seen: HashSet::new(),
            next_link: None,
            delta_link: None,
            _items: std::marker::PhantomData,
        }
    }

    /// Every item of the collection `request` addresses, following every `@odata.nextLink`.
    pub async fn collect_all<T: DeserializeOwned>(&self, request: Request<Vec<u8>>) -> Result<Vec<T>, Error> {
        let mut pager = self.pages(request);
        let mut all = Vec::new();
        while let Some(page) = pager.next_page().await? {
            all.extend(page);
        }
        Ok(all)
    }

    /// Creates a OneDrive for Business restore session (`draft`).
    pub async fn create_one_drive_session(&self) -> Result<OneDriveForBusinessRestoreSession, Error> {
        self.call(
            self.inner
                .requests
                .create_one_drive_for_business_restore_session(&OneDriveForBusinessRestoreSessionUpdate::new())?,
        )
        .await
    }

    /// Creates a SharePoint restore session (`draft`).
    pub async fn create_share_point_session(&self) -> Result<SharePointRestoreSession, Error> {
        self.call(self.inner.requests.create_share_point_restore_session(&SharePointRestoreSessionUpdate::new())?).await
    }

    /// Creates an Exchange restore session (`draft`).
    pub async fn create_exchange_session(&self) -> Result<ExchangeRestoreSession, Error> {
        self.call(self.inner.requests.create_exchange_restore_session(&ExchangeRestoreSessionUpdate::new())?).await
    }

    /// Applies `delta` to a OneDrive for Business session, at most 50 entries per PATCH; returns each
    /// PATCH's echoed entries, in order (successes and per-item failures).
    pub async fn patch_drive_artifacts(
        &self,
        session_id: &str,
        delta: Delta<DriveRestoreArtifact>,
    ) -> Result<Vec<Delta<DriveRestoreArtifact>>, Error> {
        self.patch_in_chunks(
            delta,
            |chunk| {
                let body = OneDriveForBusinessRestoreSessionUpdate::new().drive_restore_artifacts_delta(chunk);
                self.inner.requests.update_one_drive_for_business_restore_session(session_id, &body)
            },
            |session: OneDriveForBusinessRestoreSession| session.drive_restore_artifacts_delta,
        )
        .await
    }

    /// Adds restore points to a OneDrive for Business session (chunks of at most 50).
    pub async fn add_drive_artifacts(
        &self,
        session_id: &str,
        points: &[RestorePoint],
        destination: DestinationType,
    ) -> Result<Vec<Delta<DriveRestoreArtifact>>, Error> {
        let delta = points
            .iter()
            .fold(Delta::<DriveRestoreArtifact>::new(), |d, p| d.add_restore_point(p.clone(), destination.clone()));
        self.patch_drive_artifacts(session_id, delta).await
    }

    /// Applies `delta` to a SharePoint session (chunks of at most 50).
    pub async fn patch_site_artifacts(
        &self,
        session_id: &str,
        delta: Delta<SiteRestoreArtifact>,
    ) -> Result<Vec<Delta<SiteRestoreArtifact>>, Error> {
        self.patch_in_chunks(
            delta,
            |chunk| {
                let body = SharePointRestoreSessionUpdate::new().site_restore_artifacts_delta(chunk);
                self.inner.requests.update_share_point_restore_session(session_id, &body)
            },
            |session: SharePointRestoreSession| session.site_restore_artifacts_delta,
        )
        .await
    }

    /// Applies `delta` to an Exchange session (chunks of at most 50).
    pub async fn patch_mailbox_artifacts(
        &self,
        session_id: &str,
        delta: Delta<MailboxRestoreArtifact>,
    ) -> Result<Vec<Delta<MailboxRestoreArtifact>>, Error> {
        self.patch_in_chunks(
            delta,
            |chunk| {
                let body = ExchangeRestoreSessionUpdate::new().mailbox_restore_artifacts_delta(chunk);
                self.inner.requests.update_exchange_restore_session(session_id, &body)
            },
            |session: ExchangeRestoreSession| session.mailbox_restore_artifacts_delta,
        )
        .await
    }

    /// Sends `delta` in PATCHes of at most [`MAX_ARTIFACTS_PER_PATCH`] entries, one after another, and
    /// gathers what each response echoes.
    async fn patch_in_chunks<A, S: DeserializeOwned>(
        &self,
        delta: Delta<A>,
        request: impl Fn(Delta<A>) -> Result<Request<Vec<u8>>, graph_model::backup_restore::RequestError>,
        echoed: impl Fn(S) -> Option<Delta<A>>,
    ) -> Result<Vec<Delta<A>>, Error> {
        let mut out = Vec::new();
        for chunk in delta.into_batches(MAX_ARTIFACTS_PER_PATCH) {
            let session: S = self.call(request(chunk)?).await?;
            out.extend(echoed(session));
        }
        Ok(out)
    }

    /// Searches restore points (`POST /restorePoints/search`). The service takes at most 20 protection
    /// units per search (one with an `artifactQuery`) and returns at most 5 restore points, unpaged.
    pub async fn search_restore_points(
        &self,
        search: &RestorePointSearch,
    ) -> Result<RestorePointSearchResponse, Error> {
        self.call(self.inner.requests.search_restore_points(search)?).await
    }

    /// Activates a `draft` session.
    pub async fn activate(&self, session_id: &str) -> Result<AnyRestoreSession, Error> {
        self.call(self.inner.requests.activate_restore_session(session_id)?).await
    }

    /// Deletes a `draft` session.
    pub async fn delete_session(&self, session_id: &str) -> Result<(), Error> {
        let mut request = self.inner.requests.get_restore_session(session_id)?;
        *request.method_mut() = Method::DELETE;
        self.send(request).await.map(|_| ())
    }

    /// Reads a session.
    pub async fn session(&self, session_id: &str) -> Result<AnyRestoreSession, Error> {
        self.call(self.inner.requests.get_restore_session(session_id)?).await
    }

    /// Every session.
    pub async fn sessions(&self) -> Result<Vec<AnyRestoreSession>, Error> {
        self.collect_all(self.inner.requests.list_restore_sessions()?).await
    }

    /// Every artifact of a OneDrive for Business session, with its status and error.
    pub async fn drive_artifacts(&self, session_id: &str) -> Result<Vec<DriveRestoreArtifact>, Error> {
        self.collect_all(self.inner.requests.list_drive_restore_artifacts(session_id)?).await
    }

    /// Every artifact of a SharePoint session, with its status and error.
    pub async fn site_artifacts(&self, session_id: &str) -> Result<Vec<SiteRestoreArtifact>, Error> {
        self.collect_all(self.inner.requests.list_site_restore_artifacts(session_id)?).await
    }

    /// Every artifact of an Exchange session, with its status and error.
    pub async fn mailbox_artifacts(&self, session_id: &str) -> Result<Vec<MailboxRestoreArtifact>, Error> {
        self.collect_all(self.inner.requests.list_mailbox_restore_artifacts(session_id)?).await
    }

    /// Reads the session every `interval` until its status is terminal (`completed`,
    /// `completedWithError`, `failed`, or `unknownFutureValue` standing for a hidden `failed`), calling
    /// `progress` with each reading. Gives up with [`Error::Timeout`] after `max_polls` readings.
    pub async fn poll_until_done(
        &self,
        session_id: &str,
        interval: Duration,
        mut progress: impl FnMut(&AnyRestoreSession),
    ) -> Result<AnyRestoreSession, Error> {
        self.poll_until_done_bounded(session_id, interval, u32::MAX, &mut progress).await
    }

    /// [`poll_until_done`](Self::poll_until_done) with a bound on the number of readings.
    pub async fn poll_until_done_bounded(
        &self,
        session_id: &str,
        interval: Duration,
        max_polls: u32,
        progress: &mut dyn FnMut(&AnyRestoreSession),
    ) -> Result<AnyRestoreSession, Error> {
        for _ in 0..max_polls {
            let session = self.session(session_id).await?;
            progress(&session);
            if is_terminal(&session) {
                return Ok(session);
            }
            tokio::time::sleep(interval).await;
        }
        Err(Error::Timeout)
    }

    fn resolve(&self, link: &str) -> String {
        if link.starts_with("https://") || link.starts_with("http://") {
            link.to_owned()
        } else if link.starts_with('/') {
            format!("{}{link}", self.inner.origin)
        } else {
            format!("{}/{}/solutions/backupRestore/{link}", self.inner.origin, self.inner.version)
        }
    }
}

/// The status of any restore session.
pub fn session_status(session: &AnyRestoreSession) -> Option<RestoreSessionStatus> {
    let base = match session {
        AnyRestoreSession::OneDriveForBusiness(s) => &s.base,
        AnyRestoreSession::SharePoint(s) => &s.base,
        AnyRestoreSession::Exchange(s) => &s.base,
        AnyRestoreSession::Other(s) => s,
    };
    base.status.as_value().cloned()
}

/// Whether a session has finished (a hidden `failed` arrives as `unknownFutureValue` and counts).
pub fn is_terminal(session: &AnyRestoreSession) -> bool {
    use RestoreSessionStatus as S;
    matches!(
        session_status(session).map(|s| s.canonical()),
        Some(S::Completed | S::CompletedWithError | S::Failed | S::UnknownFutureValue)
    )
}

enum PageRequest {
    First(Box<Request<Vec<u8>>>),
    Link(String),
}

/// Pages of a collection, following `@odata.nextLink`.
pub struct Pager<T> {
    client: Client,
    next: Option<PageRequest>,
    seen: HashSet<String>,
    next_link: Option<String>,
    delta_link: Option<String>,
    _items: std::marker::PhantomData<fn() -> T>,
}

impl<T> std::fmt::Debug for Pager<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Pager")
            .field("next_link", &self.next_link)
            .field("delta_link", &self.delta_link)
            .finish_non_exhaustive()
    }
}

impl<T: DeserializeOwned> Pager<T> {
    /// The next page's items, or `None` after the last page.
    pub async fn next_page(&mut self) -> Result<Option<Vec<T>>, Error> {
        let request = match self.next.take() {
            None => return Ok(None),
            Some(PageRequest::First(r)) => {
                self.seen.insert(r.uri().to_string());
                *r
            }
            Some(PageRequest::Link(url)) => self.client.get(&url)?,
        };
        let page: CollectionResponse<T> = self.client.call(request).await?;
        self.next_link = page.next_link.clone();
        self.delta_link = page.delta_link.clone();
        if let Some(link) = &page.next_link {
            let url = self.client.resolve(link);
            if !self.seen.insert(url.clone()) {
                return Err(Error::NextLinkLoop(link.clone()));
            }
            self.next = Some(PageRequest::Link(url));
        }
        Ok(Some(page.value))
    }

    /// The items of this page and every following one, as a stream (a page is requested when the
    /// previous one is used up). An error ends the stream after it is yielded.
    ///
    /// ```no_run
    /// use futures_util::StreamExt;
    /// # async fn run(client: graph_client::Client) -> Result<(), graph_client::Error> {
    /// let request = client.requests().list_restore_sessions()?;
    /// let mut sessions = std::pin::pin!(client.pages::<graph_model::backup_restore::AnyRestoreSession>(request).into_stream());
    /// while let Some(session) = sessions.next().await {
    ///     println!("{:?}", graph_client::session_status(&session?));
    /// }
    /// # Ok(()) }
    /// ```
    pub fn into_stream(self) -> impl futures_util::Stream<Item = Result<T, Error>> {
        let state = (self, std::collections::VecDeque::new(), false);
        futures_util::stream::unfold(state, |(mut pager, mut buffer, failed)| async move {
            loop {
                if let Some(item) = buffer.pop_front() {
                    return Some((Ok(item), (pager, buffer, failed)));
                }
                if failed {
                    return None;
                }
                match pager.next_page().await {
                    Ok(Some(page)) => buffer.extend(page),
                    Ok(None) => return None,
                    Err(e) => return Some((Err(e), (pager, buffer, true))),
                }
            }
        })
    }

    /// The `@odata.nextLink` of the last page read, as received: store it to resume later.
    pub fn next_link(&self) -> Option<&str> {
        self.next_link.as_deref()
    }

    /// The `@odata.deltaLink` of the last page, if the service sent one.
    pub fn delta_link(&self) -> Option<&str> {
        self.delta_link.as_deref()
    }
}

//! A local Microsoft 365 Backup Storage emulator: restore sessions over real HTTP, state in memory, on
//! a clock the caller controls.
//!
//! It serves `/{beta,v1.0}/solutions/backupRestore/...` with the semantics Microsoft documents for
//! restore sessions, and builds every response body with `graph_model`'s own types, so it cannot drift
//! from the model:
//!
//! - `POST .../{oneDriveForBusiness,sharePoint,exchange}RestoreSessions` creates a session in `draft`
//!   (201).
//! - `PATCH .../{kind}RestoreSessions/{id}` with `{drive,site,mailbox}RestoreArtifacts@delta` adds and
//!   removes artifacts: more than 50 entries is 400 `RestoreArtifactsLimitBreached`, a restore point
//!   already in the session is 400 `DuplicateArtifactInList`, removing an artifact the session does not
//!   hold gives 200 with a per-item `@Core.DataModificationException` (409) and its `@contentId`.
//! - PATCH, `DELETE .../restoreSessions/{id}` and `POST .../restoreSessions/{id}/activate` outside
//!   `draft` are 403 `RestoreSessionActionNotAllowed`; an unknown session is 404
//!   `RestoreSessionNotFound`; activating a 26th running session is 500 `TooManyActiveRestoreSessions`.
//! - After activation each artifact moves `added -> scheduling -> scheduled -> inProgress ->
//!   succeeded | failed`, one state per clock step ([`Emulator::advance`], or
//!   `POST /emulator/advance?steps=N`). A restore point whose id starts with `fail` fails (or set any
//!   outcome with [`Emulator::set_outcome`]). The session's status follows its artifacts: `activating`
//!   while any is `added` or `scheduling`, `active` while any is running, then `completed`,
//!   `completedWithError` (some failed) or `failed` (all failed); `failed` is sent only to requests with
//!   `Prefer: include-unknown-enum-members`, others get `unknownFutureValue`.
//! - Listings (`restoreSessions`, `{kind}RestoreSessions/{id}/{artifacts}`) are paged with
//!   `@odata.nextLink` (`$top` from 1 to 1000, default [`Config::page_size`]; `$skiptoken` as the
//!   service wrote it); a page costs what it returns. A `$top` or `$skiptoken` that is not one of these
//!   is 400.
//! - `POST /emulator/advance?steps=N` takes 1 to [`MAX_ADVANCE_STEPS`] steps (else 400); an advance
//!   costs the same whatever `N`, and the clock stops at the last minute of year 9999.
//! - Every request, the control routes under `/emulator/` included, needs `Authorization: Bearer ...`
//!   (any token, or exactly [`Config::token`]); without it, 401 with Graph's error body, before the body
//!   is read. A body longer than [`MAX_REQUEST_BODY_BYTES`] is 413.
//! - Every error is Graph's error body: `{"error": {"code", "message", "innerError": {"date",
//!   "request-id", "client-request-id"}}}`, with `request-id` and `client-request-id` headers.
//! - `POST .../{kind}RestoreSessions` reads its body as the session: none, `{}` or any properties make
//!   an empty `draft` session; artifacts given inline (`{artifacts}@delta`, or the plain collection as
//!   the reference page's example sends it) are added as a PATCH would add them. A PATCH carrying the
//!   plain collection is refused with a 400 that names the `@delta` property to send.
//! - `POST .../restorePoints/search` finds restore points added with [`Emulator::add_restore_point`]
//!   whose `protectionDateTime` is in `protectionTimePeriod` (required), newest first, filtered by
//!   `tags` (`fastRestore`), one per unit with a `restorePointPreference`; at most
//!   [`MAX_SEARCH_PROTECTION_UNITS`] units per search (one with an `artifactQuery`), else 400
//!   `InvalidSearchRequest`; at most [`MAX_SEARCH_RESTORE_POINTS`] restore points, unpaged; units
//!   without any are listed in `noResultProtectionUnitIds`.
//! - `POST /{beta,v1.0}/$batch` runs up to 20 requests ([`MAX_BATCH_REQUESTS`]) as if each were sent
//!   alone, in an order that respects `dependsOn`; a request whose dependency did not succeed is answered
//!   424 without running. More than 20 requests, a repeated id, an unknown dependency or a cycle is 400.
//! - Faults on demand ([`Fault`]): 429 with `Retry-After`, 503, added latency, a malformed body, a
//!   `nextLink` that points to itself. Each request takes the next fault; inside a `$batch` each of its
//!   requests does (the batch itself takes none). A request that arrives before a `Retry-After` has
//!   passed is counted in [`Stats::early_retries`].
//!
//! ```no_run
//! # async fn run() -> std::io::Result<()> {
//! let emulator = graph_emulator::Emulator::start(graph_emulator::Config::default()).await?;
//! println!("serving {}", emulator.base_url()); // http://127.0.0.1:PORT
//! emulator.advance(4); // every activated artifact moves four states on
//! # Ok(()) }
//! ```

use std::collections::{HashMap, HashSet, VecDeque};
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use axum::Router;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use graph_model::backup_restore::{
    AnyMailboxRestoreArtifact, ArtifactRestoreStatus, DestinationType, DriveRestoreArtifact, Entity,
    ExchangeRestoreSession, MailboxRestoreArtifact, OneDriveForBusinessRestoreSession, PublicError,
    PublicErrorResponse, PublicInnerError, RestoreArtifactBase, RestorePoint, RestorePointPreference,
    RestorePointSearch, RestorePointSearchResponse, RestorePointSearchResult, RestorePointTags,
    RestoreSessionArtifactCount, RestoreSessionBase, RestoreSessionStatus, SharePointRestoreSession,
    SiteRestoreArtifact,
};
pub use graph_model::batch::MAX_BATCH_REQUESTS;
use graph_model::batch::{BatchRequest, BatchRequestItem, BatchResponse, BatchResponseItem};
use graph_model::{
    DataModificationException, DateTimeOffset, Delta, DeltaEntry, ExceptionInfo, Failed, Nullable, Removed,
    RemovedAnnotation, RemovedReason, Untyped,
};
use tokio::net::TcpListener;
use tokio::time::Instant;

/// The most artifacts one PATCH may add or remove: the model's limit.
pub use graph_model::backup_restore::MAX_ARTIFACTS_PER_REQUEST as MAX_ARTIFACTS_PER_PATCH;
/// The most protection units one restore point search may name.
pub const MAX_SEARCH_PROTECTION_UNITS: usize = 20;
/// The most restore points one restore point search returns.
pub const MAX_SEARCH_RESTORE_POINTS: usize = 5;
/// The most sessions that may be running (activated, not finished) at once.
pub const MAX_ACTIVE_SESSIONS: usize = 25;
/// The most bytes a request body may have (Graph's own limit for JSON bodies is 4 MB).
pub const MAX_REQUEST_BODY_BYTES: usize = 4 * 1024 * 1024;
/// The most clock steps one `POST /emulator/advance` may take.
pub const MAX_ADVANCE_STEPS: u64 = 1_000_000;
/// The most items a listing's page may hold (`$top` and [`Config::page_size`]).
pub const MAX_PAGE_SIZE: usize = 1000;
/// The last clock step: the last minute of year 9999 (a step is one minute from 2024-01-01).
const LAST_STEP: u64 = 4_194_970_559;

/// How the emulator behaves.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    /// Accept only this bearer token (`None`: any token).
    pub token: Option<String>,
    /// Items per page of a listing when the request has no `$top`: 1 to [`MAX_PAGE_SIZE`] (the emulator
    /// refuses to start otherwise).
    pub page_size: usize,
    /// Write `@odata.nextLink` relative to the service root (`restoreSessions?$skiptoken=2`) rather than
    /// absolute, as some Backup Storage listings do.
    pub relative_next_links: bool,
    /// Advance the clock one step this often on its own (`None`: only when asked).
    pub step_every: Option<Duration>,
}

impl Default for Config {
    fn default() -> Self {
        Config { token: None, page_size: 20, relative_next_links: false, step_every: None }
    }
}

/// A fault served in place of the next matching request's normal response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fault {
    /// 429 `TooManyRequests` with `Retry-After` in seconds.
    Throttle {
        /// The `Retry-After` value.
        retry_after_secs: u64,
    },
    /// 429 with this `Retry-After` value, sent as written: delta-seconds with a fraction as Graph sends
    /// them (`"2.128"`), or anything else. A value that reads as seconds (with or without a fraction)
    /// sets the time before which a request counts in [`Stats::early_retries`].
    ThrottleVerbatim {
        /// The `Retry-After` header's value.
        retry_after: String,
    },
    /// 429 with `Retry-After` as an HTTP date this many seconds after the emulator's clock.
    ThrottleUntilDate {
        /// Seconds from now to the date sent.
        secs: u64,
    },
    /// 503 `ServiceUnavailable`, no `Retry-After`.
    Unavailable,
    /// 504 `GatewayTimeout`, no `Retry-After`.
    GatewayTimeout,
    /// The normal response, this much later.
    Latency(Duration),
    /// 200 with a body that is not JSON.
    MalformedBody,
    /// A listing whose `@odata.nextLink` names the page itself.
    NextLinkLoop,
}

/// What the emulator has seen.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Stats {
    /// Requests received (faults included).
    pub requests: u64,
    /// Requests that arrived while a `Retry-After` sent earlier had not passed.
    pub early_retries: u64,
    /// Faults served.
    pub faults_served: u64,
    /// Requests run from inside `$batch` requests (those answered 424 for a failed dependency are not
    /// run and not counted).
    pub batch_requests: u64,
}

/// How a restore point's artifacts end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// `succeeded`.
    Succeed,
    /// `failed`.
    Fail,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    OneDrive,
    SharePoint,
    Exchange,
}

impl Kind {
    fn collection(self) -> &'static str {
        match self {
            Kind::OneDrive => "oneDriveForBusinessRestoreSessions",
            Kind::SharePoint => "sharePointRestoreSessions",
            Kind::Exchange => "exchangeRestoreSessions",
        }
    }
    fn artifacts(self) -> &'static str {
        match self {
            Kind::OneDrive => "driveRestoreArtifacts",
            Kind::SharePoint => "siteRestoreArtifacts",
            Kind::Exchange => "mailboxRestoreArtifacts",
        }
    }
    fn from_collection(s: &str) -> Option<Kind> {
        [Kind::OneDrive, Kind::SharePoint, Kind::Exchange].into_iter().find(|k| k.collection() == s)
    }
}

#[derive(Debug, Clone)]
struct Artifact {
    id: String,
    restore_point: String,
    destination: DestinationType,
    /// 0 added, 1 scheduling, 2 scheduled, 3 inProgress, 4 finished.
    stage: u8,
    outcome: Outcome,
    started: Option<u64>,
    finished: Option<u64>,
}

#[derive(Debug, Clone)]
struct Session {
    id: String,
    kind: Kind,
    created: u64,
    modified: u64,
    activated: bool,
    artifacts: Vec<Artifact>,
}

/// Status of a session, before hiding opt-in members.
fn session_status(s: &Session) -> RestoreSessionStatus {
    if !s.activated {
        return RestoreSessionStatus::Draft;
    }
    if s.artifacts.iter().any(|a| a.stage < 2) {
        return RestoreSessionStatus::Activating;
    }
    if s.artifacts.iter().any(|a| a.stage < 4) {
        return RestoreSessionStatus::Active;
    }
    let failed = s.artifacts.iter().filter(|a| a.outcome == Outcome::Fail).count();
    match failed {
        0 => RestoreSessionStatus::Completed,
        n if n == s.artifacts.len() => RestoreSessionStatus::Failed,
        _ => RestoreSessionStatus::CompletedWithError,
    }
}

fn running(s: &Session) -> bool {
    s.activated && s.artifacts.iter().any(|a| a.stage < 4)
}

impl Inner {
    fn add_restore_point(&mut self, protection_unit_id: String, point: RestorePoint) {
        self.restore_points.entry(protection_unit_id).or_default().push(point);
    }
}

#[derive(Default)]
struct Inner {
    sessions: HashMap<String, Session>,
    order: Vec<String>,
    next_id: u64,
    next_request: u64,
    clock: u64,
    outcomes: HashMap<String, Outcome>,
    restore_points: HashMap<String, Vec<RestorePoint>>,
    searches: u64,
    faults: VecDeque<Fault>,
    retry_not_before: Option<Instant>,
    stats: Stats,
}

struct Shared {
    config: Config,
    base_url: String,
    inner: Mutex<Inner>,
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, Inner> {
        // A panic while holding the lock cannot leave the state half-changed in a way later requests
        // would misread (each change is one statement); keep serving.
        self.inner.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// A running emulator. Dropping it stops the server.
pub struct Emulator {
    shared: Arc<Shared>,
    addr: SocketAddr,
    server: tokio::task::JoinHandle<()>,
    ticker: Option<tokio::task::JoinHandle<()>>,
}

impl std::fmt::Debug for Emulator {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Emulator").field("addr", &self.addr).finish_non_exhaustive()
    }
}

impl Drop for Emulator {
    fn drop(&mut self) {
        self.server.abort();
        if let Some(t) = &self.ticker {
            t.abort();
        }
    }
}

impl Emulator {
    /// Starts the server on `127.0.0.1` at a free port.
    pub async fn start(config: Config) -> std::io::Result<Emulator> {
        Emulator::bind("127.0.0.1:0".parse().expect("a socket address"), config).await
    }

    /// Starts the server on `addr` (port 0 picks a free one).
    pub async fn bind(addr: SocketAddr, config: Config) -> std::io::Result<Emulator> {
        if !(1..=MAX_PAGE_SIZE).contains(&config.page_size) {
            return Err(std::io::Error::new(
                std::io::ErrorKind::InvalidInput,
                format!("the page size must be 1 to {MAX_PAGE_SIZE} (got {})", config.page_size),
            ));
        }
        let listener = TcpListener::bind(addr).await?;
        let addr = listener.local_addr()?;
        let step_every = config.step_every;
        let shared = Arc::new(Shared { config, base_url: format!("http://{addr}"), inner: Mutex::default() });
        // The body is read by `handle`, after authentication, with the emulator's own limit.
        let app =
            Router::new().fallback(handle).layer(axum::extract::DefaultBodyLimit::disable()).with_state(shared.clone());
        let server = tokio::spawn(async move {
            // An accept error ends the server; the emulator's owner sees requests fail.
            let _ = axum::serve(listener, app).await;
        });
        let ticker = step_every.map(|every| {
            let shared = shared.clone();
            tokio::spawn(async move {
                let mut interval = tokio::time::interval(every);
                interval.tick().await;
                loop {
                    interval.tick().await;
                    step(&mut shared.lock(), 1);
                }
            })
        });
        Ok(Emulator { shared, addr, server, ticker })
    }

    /// `http://127.0.0.1:PORT`: the service root is `{base_url}/beta`.
    pub fn base_url(&self) -> &str {
        &self.shared.base_url
    }

    /// The address the server listens on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// Moves the clock `steps` minutes on, and every activated artifact as many states. The cost does not
    /// depend on `steps`; the clock stops at the last minute of year 9999.
    pub fn advance(&self, steps: u32) {
        step(&mut self.shared.lock(), u64::from(steps));
    }

    /// How artifacts of restore point `restore_point_id` end (default: they succeed, unless the id starts
    /// with `fail`).
    pub fn set_outcome(&self, restore_point_id: impl Into<String>, outcome: Outcome) {
        self.shared.lock().outcomes.insert(restore_point_id.into(), outcome);
    }

    /// Adds a restore point of protection unit `protection_unit_id`, found by restore point search
    /// (`POST .../restorePoints/search`) when its `protectionDateTime` is in the period asked for. Over
    /// HTTP: `POST /emulator/restorePoints?protectionUnitId=ID` with the restore point as the body.
    pub fn add_restore_point(&self, protection_unit_id: impl Into<String>, point: RestorePoint) {
        self.shared.lock().add_restore_point(protection_unit_id.into(), point);
    }

    /// Serves `fault` in place of the next request's response (faults queue up, one per request; inside a
    /// `$batch`, one per request of the batch).
    pub fn push_fault(&self, fault: Fault) {
        self.shared.lock().faults.push_back(fault);
    }

    /// What the emulator has seen so far.
    pub fn stats(&self) -> Stats {
        self.shared.lock().stats.clone()
    }

    /// The number of sessions held.
    pub fn session_count(&self) -> usize {
        self.shared.lock().sessions.len()
    }
}

/// Moves the clock `steps` on (it stops at [`LAST_STEP`]) and every activated artifact as many states,
/// each state change dated at the step it happened. Costs the same for any `steps`: an artifact has four
/// states to pass.
fn step(inner: &mut Inner, steps: u64) {
    let before = inner.clock;
    inner.clock = before.saturating_add(steps).min(LAST_STEP);
    let taken = inner.clock - before;
    if taken == 0 {
        return;
    }
    for s in inner.sessions.values_mut().filter(|s| s.activated) {
        let mut last_change = None;
        for a in s.artifacts.iter_mut().filter(|a| a.stage < 4) {
            let moves = taken.min(u64::from(4 - a.stage));
            // The step at which the artifact reaches stage `k` (only for stages it reaches now).
            let reached = |k: u8| before + u64::from(k - a.stage);
            let stage = a.stage + moves as u8;
            if a.stage < 3 && stage >= 3 {
                a.started = Some(reached(3));
            }
            if stage == 4 {
                a.finished = Some(reached(4));
            }
            last_change = last_change.max(Some(reached(stage)));
            a.stage = stage;
        }
        if let Some(at) = last_change {
            s.modified = at;
        }
    }
}

/// 2024-01-01T00:00:00Z plus one minute per clock step; the clock never passes [`LAST_STEP`], and a
/// later step would be written as that one rather than fail.
fn timestamp(step: u64) -> DateTimeOffset {
    let start = time::OffsetDateTime::UNIX_EPOCH + time::Duration::days(19_723);
    let minutes = i64::try_from(step.min(LAST_STEP)).unwrap_or(0);
    DateTimeOffset::from(start.checked_add(time::Duration::minutes(minutes)).unwrap_or(start))
}

struct Reply {
    status: StatusCode,
    body: Vec<u8>,
    headers: Vec<(header::HeaderName, HeaderValue)>,
    /// An error's code and message: its body is written when the reply is sent ([`Reply::finish`]),
    /// with the request's ids.
    error: Option<(String, String)>,
}

impl Reply {
    fn new(status: StatusCode, body: Vec<u8>) -> Reply {
        Reply { status, body, headers: Vec::new(), error: None }
    }

    /// Writes an error's body, as Graph writes it, and adds the request's ids as headers.
    fn finish(mut self, ids: &RequestIds) -> Reply {
        if let Some((code, message)) = self.error.take() {
            self.body = error_body(&code, &message, ids);
        }
        for (name, value) in [("request-id", &ids.request_id), ("client-request-id", &ids.client_request_id)] {
            if let Ok(value) = HeaderValue::from_str(value) {
                self.headers.push((header::HeaderName::from_static(name), value));
            }
        }
        self
    }
}

fn json<T: serde::Serialize>(status: StatusCode, value: &T) -> Reply {
    match graph_model::to_vec(value) {
        Ok(body) => Reply::new(status, body),
        Err(e) => error(StatusCode::INTERNAL_SERVER_ERROR, "InternalServerError", &format!("emulator: {e}")),
    }
}

fn error(status: StatusCode, code: &str, message: &str) -> Reply {
    Reply { status, body: Vec::new(), headers: Vec::new(), error: Some((code.to_owned(), message.to_owned())) }
}

/// The ids Graph puts in every error's `innerError` and in its response headers.
struct RequestIds {
    request_id: String,
    client_request_id: String,
}

impl RequestIds {
    /// A new `request-id`; the request's own `client-request-id` if it sent a usable one, else the same.
    fn new(shared: &Shared, headers: &HeaderMap) -> RequestIds {
        let n = {
            let mut inner = shared.lock();
            inner.next_request += 1;
            inner.next_request
        };
        let request_id = format!("{n:08x}-0000-4000-9000-{n:012x}");
        let client_request_id = headers
            .get("client-request-id")
            .and_then(|v| v.to_str().ok())
            .filter(|v| !v.is_empty() && v.len() <= 128)
            .map_or_else(|| request_id.clone(), str::to_owned);
        RequestIds { request_id, client_request_id }
    }
}

/// Graph's error body: `error` with `code`, `message` and `innerError` (`date`, `request-id`,
/// `client-request-id`), no type annotation.
fn error_body(code: &str, message: &str, ids: &RequestIds) -> Vec<u8> {
    let mut inner = PublicInnerError::default();
    inner.odata.omit_type();
    let now = time::OffsetDateTime::now_utc();
    let date = format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}",
        now.year(),
        now.month() as u8,
        now.day(),
        now.hour(),
        now.minute(),
        now.second()
    );
    for (key, value) in
        [("date", &date), ("request-id", &ids.request_id), ("client-request-id", &ids.client_request_id)]
    {
        let _ = inner.odata.additional.insert_value(key, value);
    }
    let mut error = PublicError {
        code: Nullable::Value(code.to_owned()),
        message: Nullable::Value(message.to_owned()),
        inner_error: Nullable::Value(inner),
        ..Default::default()
    };
    error.odata.omit_type();
    let mut body = PublicErrorResponse { error: Nullable::Value(Box::new(error)), ..Default::default() };
    body.odata.omit_type();
    graph_model::to_vec(&body).unwrap_or_else(|_| br#"{"error":{"code":"InternalServerError"}}"#.to_vec())
}

async fn handle(State(shared): State<Arc<Shared>>, request: axum::extract::Request) -> Response {
    let (parts, body) = request.into_parts();
    let (method, uri, headers) = (parts.method, parts.uri, parts.headers);
    {
        let mut inner = shared.lock();
        inner.stats.requests += 1;
        if inner.retry_not_before.is_some_and(|t| Instant::now() < t) {
            inner.stats.early_retries += 1;
        }
    }
    let ids = RequestIds::new(&shared, &headers);
    // Authentication first, then the body, read up to the limit.
    let reply = match unauthorized(&shared, &headers) {
        Some(denied) => denied,
        None => match axum::body::to_bytes(body, MAX_REQUEST_BODY_BYTES).await {
            Err(_) => error(
                StatusCode::PAYLOAD_TOO_LARGE,
                "RequestEntityTooLarge",
                &format!("The request body is longer than {MAX_REQUEST_BODY_BYTES} bytes (or could not be read)."),
            ),
            Ok(body) => {
                let batch_version = match (&method, uri.path()) {
                    (&Method::POST, "/beta/$batch") => Some("beta"),
                    (&Method::POST, "/v1.0/$batch") => Some("v1.0"),
                    _ => None,
                };
                match batch_version {
                    // A batch takes no fault itself: each of its requests takes the next one.
                    Some(version) => batch(&shared, version, &headers, &body).await,
                    None => {
                        let fault = pop_fault(&shared);
                        apply(&shared, fault, &method, &uri, &headers, &body).await
                    }
                }
            }
        },
    };
    let reply = reply.finish(&ids);
    let mut response = (reply.status, reply.body).into_response();
    response.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json"));
    for (k, v) in reply.headers {
        response.headers_mut().insert(k, v);
    }
    response
}

/// `Retry-After` delta-seconds, with or without a fraction (`2.128`), rounded up to the nanosecond;
/// `None` for anything else or a value too large for a `Duration`.
fn seconds_with_fraction(value: &str) -> Option<Duration> {
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let (whole, fraction) = value.split_once('.').unwrap_or((value, "0"));
    if !digits(whole) || !digits(fraction) {
        return None;
    }
    let nanos = fraction.bytes().chain(std::iter::repeat(b'0')).take(9).fold(0u32, |n, d| n * 10 + u32::from(d - b'0'));
    let round_up = u64::from(fraction.bytes().skip(9).any(|d| d != b'0'));
    Duration::new(whole.parse().ok()?, nanos).checked_add(Duration::from_nanos(round_up))
}

fn pop_fault(shared: &Shared) -> Option<Fault> {
    let mut inner = shared.lock();
    let fault = inner.faults.pop_front();
    if fault.is_some() {
        inner.stats.faults_served += 1;
    }
    fault
}

/// The reply to one request (or one request of a batch), with `fault` served in its place.
async fn apply(
    shared: &Shared,
    fault: Option<Fault>,
    method: &Method,
    uri: &Uri,
    headers: &HeaderMap,
    body: &[u8],
) -> Reply {
    match fault {
        Some(Fault::Latency(d)) => {
            tokio::time::sleep(d).await;
            serve(shared, method, uri, headers, body, false)
        }
        Some(Fault::Throttle { retry_after_secs }) => {
            shared.lock().retry_not_before = Instant::now().checked_add(Duration::from_secs(retry_after_secs));
            let mut r = error(StatusCode::TOO_MANY_REQUESTS, "TooManyRequests", "Too many requests.");
            r.headers.push((header::RETRY_AFTER, HeaderValue::from(retry_after_secs)));
            r
        }
        Some(Fault::ThrottleVerbatim { retry_after }) => {
            if let Some(wait) = seconds_with_fraction(&retry_after) {
                shared.lock().retry_not_before = Instant::now().checked_add(wait);
            }
            let mut r = error(StatusCode::TOO_MANY_REQUESTS, "TooManyRequests", "Too many requests.");
            match HeaderValue::from_str(&retry_after) {
                Ok(value) => r.headers.push((header::RETRY_AFTER, value)),
                Err(_) => return error(StatusCode::INTERNAL_SERVER_ERROR, "InternalServerError", "bad fault"),
            }
            r
        }
        Some(Fault::ThrottleUntilDate { secs }) => {
            shared.lock().retry_not_before = Instant::now().checked_add(Duration::from_secs(secs));
            // The date is on the wall clock, whole seconds: a client waits until it has passed.
            let Some(at) = std::time::SystemTime::now().checked_add(Duration::from_secs(secs.saturating_add(1))) else {
                return error(StatusCode::INTERNAL_SERVER_ERROR, "InternalServerError", "bad fault");
            };
            let date = httpdate::fmt_http_date(at);
            let mut r = error(StatusCode::TOO_MANY_REQUESTS, "TooManyRequests", "Too many requests.");
            r.headers.push((header::RETRY_AFTER, HeaderValue::from_str(&date).expect("an HTTP date")));
            r
        }
        Some(Fault::Unavailable) => error(StatusCode::SERVICE_UNAVAILABLE, "ServiceUnavailable", "Try again later."),
        Some(Fault::GatewayTimeout) => error(StatusCode::GATEWAY_TIMEOUT, "GatewayTimeout", "Try again later."),
        Some(Fault::MalformedBody) => Reply::new(StatusCode::OK, b"{\"value\": [".to_vec()),
        Some(Fault::NextLinkLoop) => serve(shared, method, uri, headers, body, true),
        None => serve(shared, method, uri, headers, body, false),
    }
}

/// `POST /{version}/$batch`: runs each request as if sent alone, in an order that respects
/// `dependsOn`; a request whose dependency did not succeed gets 424 without running.
async fn batch(shared: &Shared, version: &str, headers: &HeaderMap, body: &[u8]) -> Reply {
    let request: BatchRequest = match graph_model::from_slice(body) {
        Ok(request) => request,
        Err(e) => return error(StatusCode::BAD_REQUEST, "BadRequest", &format!("Invalid batch request: {e}")),
    };
    if request.requests.len() > MAX_BATCH_REQUESTS {
        return error(
            StatusCode::BAD_REQUEST,
            "BadRequest",
            &format!(
                "A batch may hold at most {MAX_BATCH_REQUESTS} requests; this one holds {}.",
                request.requests.len()
            ),
        );
    }
    let order = match execution_order(&request.requests) {
        Ok(order) => order,
        Err(message) => return error(StatusCode::BAD_REQUEST, "BadRequest", &message),
    };
    let mut statuses: HashMap<&str, StatusCode> = HashMap::new();
    let mut responses = Vec::with_capacity(order.len());
    for i in order {
        let item = &request.requests[i];
        let failed_dependency =
            item.depends_on.iter().find(|d| statuses.get(d.as_str()).is_none_or(|s| !s.is_success()));
        let item_ids = RequestIds::new(shared, &item_headers_only(item));
        let reply = match failed_dependency {
            Some(dep) => error(
                StatusCode::FAILED_DEPENDENCY,
                "FailedDependency",
                &format!("Request `{dep}`, which this request depends on, did not succeed."),
            ),
            None => {
                shared.lock().stats.batch_requests += 1;
                match item_request(item, version, headers) {
                    Ok((method, uri, item_headers)) => {
                        let body = item.body.as_ref().map(|b| b.get().as_bytes()).unwrap_or_default();
                        let fault = pop_fault(shared);
                        apply(shared, fault, &method, &uri, &item_headers, body).await
                    }
                    Err(message) => error(StatusCode::BAD_REQUEST, "BadRequest", &message),
                }
            }
        };
        statuses.insert(&item.id, reply.status);
        responses.push(batch_item(&item.id, reply.finish(&item_ids)));
    }
    json(StatusCode::OK, &BatchResponse { responses, extra: Vec::new() })
}

/// The indices of `items` in an order where each comes after those it depends on (ids must be unique
/// and every dependency must name a request of the batch; a cycle is an error).
fn execution_order(items: &[BatchRequestItem]) -> Result<Vec<usize>, String> {
    let mut index = HashMap::new();
    for (i, item) in items.iter().enumerate() {
        if index.insert(item.id.as_str(), i).is_some() {
            return Err(format!("Batch request id `{}` is used twice.", item.id));
        }
    }
    for item in items {
        if let Some(d) = item.depends_on.iter().find(|d| !index.contains_key(d.as_str())) {
            return Err(format!("Request `{}` depends on `{d}`, which is not in the batch.", item.id));
        }
    }
    let mut done = vec![false; items.len()];
    let mut order = Vec::with_capacity(items.len());
    while order.len() < items.len() {
        let before = order.len();
        for (i, item) in items.iter().enumerate() {
            if !done[i] && item.depends_on.iter().all(|d| done[index[d.as_str()]]) {
                done[i] = true;
                order.push(i);
            }
        }
        if order.len() == before {
            return Err("The batch's dependsOn references form a cycle.".to_owned());
        }
    }
    Ok(order)
}

/// One batch request as a standalone request: its URL under the batch's version, its headers plus the
/// batch's `Authorization`.
fn item_request(item: &BatchRequestItem, version: &str, outer: &HeaderMap) -> Result<(Method, Uri, HeaderMap), String> {
    let method = Method::from_bytes(item.method.as_bytes())
        .map_err(|_| format!("Request `{}`: `{}` is not an HTTP method.", item.id, item.method))?;
    let slash = if item.url.starts_with('/') { "" } else { "/" };
    let uri: Uri = format!("/{version}{slash}{}", item.url)
        .parse()
        .map_err(|_| format!("Request `{}`: `{}` is not a relative URL.", item.id, item.url))?;
    let mut headers = HeaderMap::new();
    if let Some(auth) = outer.get(header::AUTHORIZATION) {
        headers.insert(header::AUTHORIZATION, auth.clone());
    }
    for (name, value) in &item.headers {
        let name = header::HeaderName::from_bytes(name.as_bytes())
            .map_err(|_| format!("Request `{}`: `{name}` is not a header name.", item.id))?;
        let value = HeaderValue::from_str(value)
            .map_err(|_| format!("Request `{}`: header `{name}` has an invalid value.", item.id))?;
        headers.append(name, value);
    }
    Ok((method, uri, headers))
}

/// A batch request's own headers (for its `client-request-id`); unreadable ones are left out.
fn item_headers_only(item: &BatchRequestItem) -> HeaderMap {
    let mut headers = HeaderMap::new();
    for (name, value) in &item.headers {
        if let (Ok(name), Ok(value)) = (header::HeaderName::from_bytes(name.as_bytes()), HeaderValue::from_str(value)) {
            headers.append(name, value);
        }
    }
    headers
}

fn batch_item(id: &str, reply: Reply) -> BatchResponseItem {
    let mut item = BatchResponseItem::new(id, reply.status.as_u16());
    if !reply.body.is_empty() {
        item.headers.push(("Content-Type".to_owned(), "application/json".to_owned()));
        let text = String::from_utf8_lossy(&reply.body).into_owned();
        // A malformed body (a fault) cannot sit in the batch's JSON as is: it goes as a JSON string.
        item.body = Untyped::from_json(text.clone()).or_else(|_| Untyped::from_value(&text)).ok();
    }
    for (name, value) in reply.headers {
        item.headers.push((canonical_header(name.as_str()), value.to_str().unwrap_or_default().to_owned()));
    }
    item
}

/// `retry-after` -> `Retry-After`, as Graph spells headers in batch responses.
fn canonical_header(name: &str) -> String {
    name.split('-')
        .map(|part| {
            let mut chars = part.chars();
            chars.next().map(|c| c.to_ascii_uppercase().to_string() + chars.as_str()).unwrap_or_default()
        })
        .collect::<Vec<_>>()
        .join("-")
}

/// Query parameter `name` as a whole number in `range` (`default` when it is absent), or a 400 that names
/// the parameter and the range.
fn number_param(uri: &Uri, name: &str, default: u64, range: std::ops::RangeInclusive<u64>) -> Result<u64, Reply> {
    let Some(text) = query_param(uri, name) else { return Ok(default) };
    text.parse::<u64>().ok().filter(|n| range.contains(n)).ok_or_else(|| {
        let (low, high) = (range.start(), range.end());
        error(
            StatusCode::BAD_REQUEST,
            "BadRequest",
            &format!("Invalid `{name}` `{text}`: give a whole number from {low} to {high}."),
        )
    })
}

fn query_param<'a>(uri: &'a Uri, name: &str) -> Option<&'a str> {
    uri.query()?.split('&').find_map(|kv| kv.strip_prefix(name)?.strip_prefix('='))
}

fn serve(shared: &Shared, method: &Method, uri: &Uri, headers: &HeaderMap, body: &[u8], looping: bool) -> Reply {
    let path = uri.path();
    if let Some(rest) = path.strip_prefix("/emulator/") {
        return control(shared, method, rest, uri, body);
    }
    if let Some(denied) = unauthorized(shared, headers) {
        return denied;
    }
    let Some((version, rest)) = path
        .strip_prefix("/beta/solutions/backupRestore/")
        .map(|r| ("beta", r))
        .or_else(|| path.strip_prefix("/v1.0/solutions/backupRestore/").map(|r| ("v1.0", r)))
    else {
        return error(StatusCode::NOT_FOUND, "ResourceNotFound", &format!("No resource at `{path}`."));
    };
    let prefer = headers
        .get_all("prefer")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .any(|v| v.split(',').any(|p| p.trim().eq_ignore_ascii_case(graph_model::INCLUDE_UNKNOWN_ENUM_MEMBERS)));
    let root = format!("{}/{version}/solutions/backupRestore", shared.base_url);
    let ctx = Ctx { root: &root, version, prefer, config: &shared.config, uri, looping };
    let segments: Vec<&str> = rest.split('/').collect();
    let mut inner = shared.lock();
    match (method, segments.as_slice()) {
        (&Method::POST, [collection]) if Kind::from_collection(collection).is_some() => {
            create(&mut inner, Kind::from_collection(collection).expect("checked"), body, &ctx)
        }
        (&Method::GET, ["restoreSessions"]) => list_sessions(&inner, &ctx),
        (&Method::GET, ["restoreSessions", id]) => with_session(&inner, id, None, |s| render_session(s, &ctx)),
        (&Method::GET, [collection, id]) if Kind::from_collection(collection).is_some() => {
            with_session(&inner, id, Kind::from_collection(collection), |s| render_session(s, &ctx))
        }
        (&Method::PATCH, [collection, id]) if Kind::from_collection(collection).is_some() => {
            patch(&mut inner, Kind::from_collection(collection).expect("checked"), id, body, &ctx)
        }
        (
            &Method::DELETE,
            [
                "restoreSessions"
                | "oneDriveForBusinessRestoreSessions"
                | "sharePointRestoreSessions"
                | "exchangeRestoreSessions",
                id,
            ],
        ) => delete(&mut inner, id),
        (&Method::POST, ["restoreSessions", id, "activate"]) => activate(&mut inner, id, &ctx),
        (&Method::POST, ["restorePoints", "search"]) => search(&mut inner, body),
        (&Method::GET, [collection, id, artifacts])
            if Kind::from_collection(collection).is_some_and(|k| k.artifacts() == *artifacts) =>
        {
            with_session(&inner, id, Kind::from_collection(collection), |s| list_artifacts(s, &ctx))
        }
        _ => error(StatusCode::BAD_REQUEST, "BadRequest", &format!("{method} `{path}` is not served by the emulator.")),
    }
}

/// 401 unless the request carries an accepted bearer token.
fn unauthorized(shared: &Shared, headers: &HeaderMap) -> Option<Reply> {
    let auth = headers.get(header::AUTHORIZATION).and_then(|v| v.to_str().ok()).and_then(|v| v.strip_prefix("Bearer "));
    let authorized = match (&shared.config.token, auth) {
        (_, None) => false,
        (None, Some(t)) => !t.trim().is_empty(),
        (Some(expected), Some(t)) => expected == t,
    };
    (!authorized).then(|| {
        error(
            StatusCode::UNAUTHORIZED,
            "InvalidAuthenticationToken",
            "Access token is empty or invalid: send `Authorization: Bearer <token>`.",
        )
    })
}

struct Ctx<'a> {
    root: &'a str,
    version: &'a str,
    prefer: bool,
    config: &'a Config,
    uri: &'a Uri,
    looping: bool,
}

fn control(shared: &Shared, method: &Method, rest: &str, uri: &Uri, body: &[u8]) -> Reply {
    match (method, rest) {
        (&Method::POST, "restorePoints") => {
            let Some(unit) = query_param(uri, "protectionUnitId").filter(|u| !u.is_empty()) else {
                return error(StatusCode::BAD_REQUEST, "BadRequest", "give ?protectionUnitId=ID");
            };
            match graph_model::from_slice::<RestorePoint>(body) {
                Ok(point) => {
                    shared.lock().add_restore_point(unit.to_owned(), point);
                    Reply::new(StatusCode::NO_CONTENT, Vec::new())
                }
                Err(e) => error(StatusCode::BAD_REQUEST, "BadRequest", &format!("not a restorePoint: {e}")),
            }
        }
        (&Method::POST, "advance") => {
            let steps = match number_param(uri, "steps", 1, 1..=MAX_ADVANCE_STEPS) {
                Ok(steps) => steps,
                Err(refused) => return refused,
            };
            let mut inner = shared.lock();
            step(&mut inner, steps);
            json(StatusCode::OK, &serde_json::json!({ "clock": inner.clock }))
        }
        (&Method::GET, "stats") => {
            let s = shared.lock().stats.clone();
            let stats = serde_json::json!({
                "requests": s.requests,
                "earlyRetries": s.early_retries,
                "faultsServed": s.faults_served,
                "batchRequests": s.batch_requests,
            });
            json(StatusCode::OK, &stats)
        }
        _ => error(
            StatusCode::NOT_FOUND,
            "ResourceNotFound",
            "emulator control: POST /emulator/advance?steps=N, POST /emulator/restorePoints?protectionUnitId=ID \
             (body: a restorePoint), or GET /emulator/stats",
        ),
    }
}

fn with_session(inner: &Inner, id: &str, kind: Option<Kind>, f: impl FnOnce(&Session) -> Reply) -> Reply {
    match inner.sessions.get(id) {
        Some(s) if kind.is_none_or(|k| k == s.kind) => f(s),
        _ => not_found(id),
    }
}

fn not_found(id: &str) -> Reply {
    error(StatusCode::NOT_FOUND, "RestoreSessionNotFound", &format!("Restore session `{id}` was not found."))
}

/// `POST .../{kind}RestoreSessions`: the body is read as the session (none, `{}`, or any of its
/// properties, `@odata.type` included); artifacts in it, as `@delta` or as the plain collection, are
/// added as a PATCH adds them.
fn create(inner: &mut Inner, kind: Kind, body: &[u8], ctx: &Ctx) -> Reply {
    let asked = match parse_body(kind, body) {
        Ok(asked) => asked,
        Err(e) => return error(StatusCode::BAD_REQUEST, "BadRequest", &format!("Invalid restore session: {e}")),
    };
    inner.next_id += 1;
    let id = format!("{:08x}-0000-4000-8000-{:012x}", inner.next_id, inner.next_id);
    let now = inner.clock;
    let session =
        Session { id: id.clone(), kind, created: now, modified: now, activated: false, artifacts: Vec::new() };
    inner.sessions.insert(id.clone(), session);
    inner.order.push(id.clone());
    let ops: Vec<Op> = asked.delta.into_iter().chain(asked.plain).collect();
    if !ops.is_empty() {
        let reply = apply_ops(inner, kind, &id, ops, ctx);
        if !reply.status.is_success() {
            inner.sessions.remove(&id);
            inner.order.pop();
            return reply;
        }
    }
    let mut reply = render_session(&inner.sessions[&id], ctx);
    reply.status = StatusCode::CREATED;
    reply
}

/// One change asked for by a PATCH.
enum Op {
    Add { restore_point: String, destination: DestinationType },
    Remove { id: String },
}

/// The artifact changes a session body asks for: its `{artifacts}@delta` entries, and the artifacts
/// given as the plain collection (`{artifacts}`), which only a create accepts.
#[derive(Default)]
struct Asked {
    delta: Vec<Op>,
    plain: Vec<Op>,
}

fn add_op(a: &RestoreArtifactBase) -> Op {
    Op::Add {
        restore_point: a.restore_point.as_value().and_then(|p| p.reference_id()).unwrap_or_default(),
        destination: a.destination_type.as_value().cloned().unwrap_or(DestinationType::New),
    }
}

fn parse_body(kind: Kind, body: &[u8]) -> Result<Asked, String> {
    fn ops<T: graph_model::GraphValue + std::ops::Deref<Target = RestoreArtifactBase>>(
        delta: Option<Delta<T>>,
    ) -> Vec<Op> {
        delta
            .map(Delta::into_entries)
            .unwrap_or_default()
            .into_iter()
            .filter_map(|e| match e {
                DeltaEntry::Added(a) | DeltaEntry::Updated(a) => Some(add_op(&a)),
                DeltaEntry::Removed(r) => Some(Op::Remove { id: r.id().unwrap_or_default() }),
                DeltaEntry::Failed(_) => None,
            })
            .collect()
    }
    if body.iter().all(u8::is_ascii_whitespace) {
        return Ok(Asked::default());
    }
    let text = std::str::from_utf8(body).map_err(|e| format!("the body is not UTF-8: {e}"))?;
    Ok(match kind {
        Kind::OneDrive => {
            let s = graph_model::from_str::<OneDriveForBusinessRestoreSession>(text).map_err(|e| e.to_string())?;
            let plain = s.drive_restore_artifacts.iter().flatten().map(|a| add_op(a)).collect();
            Asked { delta: ops(s.drive_restore_artifacts_delta), plain }
        }
        Kind::SharePoint => {
            let s = graph_model::from_str::<SharePointRestoreSession>(text).map_err(|e| e.to_string())?;
            let plain = s.site_restore_artifacts.iter().flatten().map(|a| add_op(a)).collect();
            Asked { delta: ops(s.site_restore_artifacts_delta), plain }
        }
        Kind::Exchange => {
            let s = graph_model::from_str::<ExchangeRestoreSession>(text).map_err(|e| e.to_string())?;
            let plain = s
                .mailbox_restore_artifacts
                .iter()
                .flatten()
                .map(|a| match a {
                    AnyMailboxRestoreArtifact::Granular(g) => add_op(g),
                    AnyMailboxRestoreArtifact::Other(m) => add_op(m),
                })
                .collect();
            Asked { delta: ops(s.mailbox_restore_artifacts_delta), plain }
        }
    })
}

/// What a PATCH did to one entry, echoed in the response.
enum Echo {
    Added(Artifact),
    Removed(String),
    Missing { id: String, content_id: String },
}

/// `PATCH .../{kind}RestoreSessions/{id}`: artifacts are added and removed through `{artifacts}@delta`.
fn patch(inner: &mut Inner, kind: Kind, id: &str, body: &[u8], ctx: &Ctx) -> Reply {
    let ops = match parse_body(kind, body) {
        Ok(Asked { plain, .. }) if !plain.is_empty() => {
            let property = kind.artifacts();
            return error(
                StatusCode::BAD_REQUEST,
                "InvalidPatchRequest",
                &format!(
                    "A PATCH adds and removes artifacts through `{property}@delta`, not `{property}`: send \
                     {{\"{property}@delta\": [...]}}."
                ),
            );
        }
        Ok(asked) => asked.delta,
        Err(e) => return error(StatusCode::BAD_REQUEST, "InvalidPatchRequest", &e),
    };
    apply_ops(inner, kind, id, ops, ctx)
}

/// Adds and removes artifacts of a draft session; the reply echoes each change as a delta entry.
fn apply_ops(inner: &mut Inner, kind: Kind, id: &str, ops: Vec<Op>, ctx: &Ctx) -> Reply {
    let clock = inner.clock;
    let outcomes = inner.outcomes.clone();
    let next_id = &mut inner.next_id;
    let Some(session) = inner.sessions.get_mut(id).filter(|s| s.kind == kind) else { return not_found(id) };
    if session.activated {
        return error(
            StatusCode::FORBIDDEN,
            "RestoreSessionActionNotAllowed",
            "Restore session can only be patched in Draft state.",
        );
    }
    if ops.len() > MAX_ARTIFACTS_PER_PATCH {
        return error(
            StatusCode::BAD_REQUEST,
            "RestoreArtifactsLimitBreached",
            "Exceeded maximum artifacts limit of 50 for single request.",
        );
    }
    if ops.is_empty() {
        return error(StatusCode::BAD_REQUEST, "InvalidArtifactRequest", "Empty or null restore artifact list.");
    }
    let mut seen: HashSet<&str> = session.artifacts.iter().map(|a| a.restore_point.as_str()).collect();
    for op in &ops {
        if let Op::Add { restore_point, .. } = op {
            if restore_point.is_empty() {
                return error(StatusCode::BAD_REQUEST, "InvalidRestorePoint", "Invalid restore point provided.");
            }
            if !seen.insert(restore_point) {
                return error(
                    StatusCode::BAD_REQUEST,
                    "DuplicateArtifactInList",
                    "Duplicate artifacts in the request.",
                );
            }
        }
    }
    let mut echoes = Vec::with_capacity(ops.len());
    for op in ops {
        match op {
            Op::Add { restore_point, destination } => {
                *next_id += 1;
                let outcome = outcomes.get(&restore_point).copied().unwrap_or(if restore_point.starts_with("fail") {
                    Outcome::Fail
                } else {
                    Outcome::Succeed
                });
                let artifact = Artifact {
                    id: format!("a{:07x}-0000-4000-8000-{:012x}", *next_id, *next_id),
                    restore_point,
                    destination,
                    stage: 0,
                    outcome,
                    started: None,
                    finished: None,
                };
                session.artifacts.push(artifact.clone());
                echoes.push(Echo::Added(artifact));
            }
            Op::Remove { id } => match session.artifacts.iter().position(|a| a.id == id) {
                Some(at) => {
                    session.artifacts.remove(at);
                    echoes.push(Echo::Removed(id));
                }
                None => {
                    *next_id += 1;
                    echoes.push(Echo::Missing {
                        id,
                        content_id: format!("c{:07x}-0000-4000-8000-{:012x}", *next_id, *next_id),
                    });
                }
            },
        }
    }
    session.modified = clock;
    let session = &inner.sessions[id];
    match kind {
        Kind::OneDrive => {
            let mut out = OneDriveForBusinessRestoreSession { base: session_base(session, ctx), ..Default::default() };
            out.drive_restore_artifacts_delta =
                Some(echo_delta(echoes, ctx, |base| DriveRestoreArtifact { base, ..Default::default() }));
            json(StatusCode::OK, &out)
        }
        Kind::SharePoint => {
            let mut out = SharePointRestoreSession { base: session_base(session, ctx), ..Default::default() };
            out.site_restore_artifacts_delta =
                Some(echo_delta(echoes, ctx, |base| SiteRestoreArtifact { base, ..Default::default() }));
            json(StatusCode::OK, &out)
        }
        Kind::Exchange => {
            let mut out = ExchangeRestoreSession { base: session_base(session, ctx), ..Default::default() };
            out.mailbox_restore_artifacts_delta =
                Some(echo_delta(echoes, ctx, |base| MailboxRestoreArtifact { base, ..Default::default() }));
            json(StatusCode::OK, &out)
        }
    }
}

fn echo_delta<T: graph_model::GraphStruct + Default>(
    echoes: Vec<Echo>,
    ctx: &Ctx,
    wrap: impl Fn(RestoreArtifactBase) -> T,
) -> Delta<T> {
    let with_id = |id: String| {
        let base = RestoreArtifactBase { entity: Entity { id: Some(id), ..Default::default() }, ..Default::default() };
        let mut t = wrap(base);
        t.meta_mut().omit_type();
        t
    };
    let mut delta = Delta::new();
    for echo in echoes {
        delta = delta.entry(match echo {
            Echo::Added(a) => {
                let mut t = wrap(artifact_base(&a, ctx));
                t.meta_mut().omit_type();
                // The echo has the new artifact's id: an `Updated` entry, as it reads back.
                DeltaEntry::Updated(t)
            }
            Echo::Removed(id) => DeltaEntry::Removed(Box::new(Removed {
                entity: with_id(id),
                annotation: RemovedAnnotation { reason: Some(RemovedReason::Changed), ..Default::default() },
                odata_prefixed: false,
            })),
            Echo::Missing { id, content_id } => DeltaEntry::Failed(Box::new(Failed {
                entity: with_id(id.clone()),
                content_id: Some(content_id),
                content_id_core_spelling: false,
                exception: DataModificationException {
                    info: Nullable::Value(ExceptionInfo {
                        code: Nullable::Value("ArtifactNotFound".into()),
                        message: Nullable::Value(format!("The restore artifact `{id}` was not found in this session.")),
                        ..Default::default()
                    }),
                    failed_operation: Nullable::Value("remove".into()),
                    response_code: Nullable::Value(409),
                    ..Default::default()
                },
                exception_full_spelling: false,
            })),
        });
    }
    delta
}

fn artifact_status(a: &Artifact) -> ArtifactRestoreStatus {
    match (a.stage, a.outcome) {
        (0, _) => ArtifactRestoreStatus::Added,
        (1, _) => ArtifactRestoreStatus::Scheduling,
        (2, _) => ArtifactRestoreStatus::Scheduled,
        (3, _) => ArtifactRestoreStatus::InProgress,
        (_, Outcome::Succeed) => ArtifactRestoreStatus::Succeeded,
        (_, Outcome::Fail) => ArtifactRestoreStatus::Failed,
    }
}

fn artifact_base(a: &Artifact, _ctx: &Ctx) -> RestoreArtifactBase {
    let failed = a.stage >= 4 && a.outcome == Outcome::Fail;
    RestoreArtifactBase {
        entity: Entity { id: Some(a.id.clone()), ..Default::default() },
        status: Nullable::Value(artifact_status(a)),
        destination_type: Nullable::Value(a.destination.clone()),
        restore_point: Nullable::Value(Box::new(RestorePoint::reference(a.restore_point.clone()))),
        start_date_time: a.started.map(timestamp).into(),
        completion_date_time: a.finished.map(timestamp).into(),
        error: if failed {
            Nullable::Value(Box::new(PublicError {
                code: Nullable::Value("ArtifactCannotBeRestored".into()),
                message: Nullable::Value("The artifact could not be restored.".into()),
                ..Default::default()
            }))
        } else {
            Nullable::Null
        },
    }
}

fn session_base(s: &Session, ctx: &Ctx) -> RestoreSessionBase {
    let status = session_status(s);
    let status = if status == RestoreSessionStatus::Failed && !ctx.prefer {
        RestoreSessionStatus::UnknownFutureValue
    } else {
        status
    };
    let count = |f: &dyn Fn(&Artifact) -> bool| s.artifacts.iter().filter(|a| f(a)).count() as i32;
    RestoreSessionBase {
        entity: Entity { id: Some(s.id.clone()), ..Default::default() },
        status: Nullable::Value(status),
        created_date_time: Nullable::Value(timestamp(s.created)),
        last_modified_date_time: Nullable::Value(timestamp(s.modified)),
        completed_date_time: if s.activated && !running(s) {
            Nullable::Value(timestamp(s.artifacts.iter().filter_map(|a| a.finished).max().unwrap_or(s.modified)))
        } else {
            Nullable::Null
        },
        restore_session_artifact_count: Nullable::Value(RestoreSessionArtifactCount {
            total: Nullable::Value(s.artifacts.len() as i32),
            completed: Nullable::Value(count(&|a| a.stage >= 4 && a.outcome == Outcome::Succeed)),
            failed: Nullable::Value(count(&|a| a.stage >= 4 && a.outcome == Outcome::Fail)),
            in_progress: Nullable::Value(count(&|a| a.stage < 4 && s.activated)),
            ..Default::default()
        }),
        ..Default::default()
    }
}

fn render_session(s: &Session, ctx: &Ctx) -> Reply {
    let base = session_base(s, ctx);
    match s.kind {
        Kind::OneDrive => json(StatusCode::OK, &OneDriveForBusinessRestoreSession { base, ..Default::default() }),
        Kind::SharePoint => json(StatusCode::OK, &SharePointRestoreSession { base, ..Default::default() }),
        Kind::Exchange => json(StatusCode::OK, &ExchangeRestoreSession { base, ..Default::default() }),
    }
}

/// A page of a listing of `total` items: only the items on the page are written (`render(i)`), so a
/// page costs what it returns. `$skiptoken` is an offset this service wrote; `$top` 1 to 1000.
fn page(total: usize, ctx: &Ctx, path: &str, render: impl Fn(usize) -> Box<serde_json::value::RawValue>) -> Reply {
    let skip = match number_param(ctx.uri, "$skiptoken", 0, 0..=total as u64) {
        Ok(skip) => skip as usize,
        Err(refused) => return refused,
    };
    let top = match number_param(ctx.uri, "$top", ctx.config.page_size as u64, 1..=MAX_PAGE_SIZE as u64) {
        Ok(top) => top as usize,
        Err(refused) => return refused,
    };
    let end = skip.saturating_add(top).min(total);
    let next = if ctx.looping { Some(skip) } else { (end < total).then_some(end) };
    let mut out = format!(
        "{{\"@odata.context\":\"https://graph.microsoft.com/{}/$metadata#solutions/backupRestore/{path}\",\"value\":[",
        ctx.version
    );
    for i in skip..end {
        if i > skip {
            out.push(',');
        }
        out.push_str(render(i).get());
    }
    out.push(']');
    if let Some(next) = next {
        let link = if ctx.config.relative_next_links {
            format!("{path}?$top={top}&$skiptoken={next}")
        } else {
            format!("{}/{path}?$top={top}&$skiptoken={next}", ctx.root)
        };
        out.push_str(&format!(",\"@odata.nextLink\":{}", serde_json::Value::String(link)));
    }
    out.push('}');
    Reply::new(StatusCode::OK, out.into_bytes())
}

fn raw<T: serde::Serialize>(value: &T) -> Box<serde_json::value::RawValue> {
    let text = graph_model::to_string(value)
        .unwrap_or_else(|e| format!("{{\"error\":{}}}", serde_json::Value::String(e.to_string())));
    serde_json::value::RawValue::from_string(text).expect("the model writes JSON")
}

fn list_sessions(inner: &Inner, ctx: &Ctx) -> Reply {
    let sessions: Vec<&Session> = inner.order.iter().filter_map(|id| inner.sessions.get(id)).collect();
    page(sessions.len(), ctx, "restoreSessions", |i| {
        let s = sessions[i];
        let base = session_base(s, ctx);
        match s.kind {
            Kind::OneDrive => raw(&OneDriveForBusinessRestoreSession { base, ..Default::default() }),
            Kind::SharePoint => raw(&SharePointRestoreSession { base, ..Default::default() }),
            Kind::Exchange => raw(&ExchangeRestoreSession { base, ..Default::default() }),
        }
    })
}

fn list_artifacts(s: &Session, ctx: &Ctx) -> Reply {
    let path = format!("{}/{}/{}", s.kind.collection(), s.id, s.kind.artifacts());
    page(s.artifacts.len(), ctx, &path, |i| {
        let base = artifact_base(&s.artifacts[i], ctx);
        match s.kind {
            Kind::OneDrive => raw(&DriveRestoreArtifact { base, ..Default::default() }),
            Kind::SharePoint => raw(&SiteRestoreArtifact { base, ..Default::default() }),
            Kind::Exchange => raw(&MailboxRestoreArtifact { base, ..Default::default() }),
        }
    })
}

fn delete(inner: &mut Inner, id: &str) -> Reply {
    match inner.sessions.get(id) {
        None => not_found(id),
        Some(s) if s.activated => error(
            StatusCode::FORBIDDEN,
            "RestoreSessionActionNotAllowed",
            "Restore session can only be deleted in Draft state.",
        ),
        Some(_) => {
            inner.sessions.remove(id);
            inner.order.retain(|o| o != id);
            Reply::new(StatusCode::NO_CONTENT, Vec::new())
        }
    }
}

fn activate(inner: &mut Inner, id: &str, ctx: &Ctx) -> Reply {
    let active = inner.sessions.values().filter(|s| running(s)).count();
    let Some(session) = inner.sessions.get_mut(id) else { return not_found(id) };
    if session.activated {
        return error(
            StatusCode::FORBIDDEN,
            "RestoreSessionActionNotAllowed",
            "Restore session can only be activated in Draft state.",
        );
    }
    if active >= MAX_ACTIVE_SESSIONS {
        return error(
            StatusCode::INTERNAL_SERVER_ERROR,
            "TooManyActiveRestoreSessions",
            "Temporary error: Too many active restore sessions.",
        );
    }
    session.activated = true;
    render_session(session, ctx)
}

/// `POST /restorePoints/search`, with its documented limits: at most [`MAX_SEARCH_PROTECTION_UNITS`]
/// protection units per request (one only with an `artifactQuery`), at most
/// [`MAX_SEARCH_RESTORE_POINTS`] restore points in the (unpaged) response.
fn search(inner: &mut Inner, body: &[u8]) -> Reply {
    let invalid = |message: &str| error(StatusCode::BAD_REQUEST, "InvalidSearchRequest", message);
    let search: RestorePointSearch = match graph_model::from_slice(body) {
        Ok(search) => search,
        Err(e) => return invalid(&format!("Restore point input is invalid: {e}")),
    };
    let units = &search.protection_unit_ids;
    if units.is_empty() || units.len() > MAX_SEARCH_PROTECTION_UNITS {
        return invalid(&format!(
            "Restore point input is invalid: give 1 to {MAX_SEARCH_PROTECTION_UNITS} protection unit IDs (got {}).",
            units.len()
        ));
    }
    if search.artifact_query.is_some() && units.len() > 1 {
        return invalid("Restore point input is invalid: an artifactQuery takes exactly one protection unit ID.");
    }
    let Some(period) = &search.protection_time_period else {
        return invalid("Restore point input is invalid: protectionTimePeriod is required.");
    };
    let (start, end) = (period.start_date_time.as_value().copied(), period.end_date_time.as_value().copied());
    let fast_only = search.tags.as_ref().is_some_and(|t| t.contains(&RestorePointTags::FastRestore));
    let mut results = Vec::new();
    let mut none_found = Vec::new();
    for unit in units {
        let mut found: Vec<&RestorePoint> = inner
            .restore_points
            .get(unit)
            .map(|points| {
                points
                    .iter()
                    .filter(|p| {
                        let at = p.protection_date_time.as_value().copied();
                        let in_period =
                            at.is_some_and(|at| start.is_none_or(|s| s <= at) && end.is_none_or(|e| at <= e));
                        let tagged =
                            !fast_only || p.tags.as_value().is_some_and(|t| t.contains(&RestorePointTags::FastRestore));
                        in_period && tagged
                    })
                    .collect()
            })
            .unwrap_or_default();
        // Newest first; with a preference, only the newest or the oldest.
        found.sort_by_key(|p| std::cmp::Reverse(p.protection_date_time.as_value().copied()));
        match search.restore_point_preference.as_ref().map(|p| p.canonical()) {
            Some(RestorePointPreference::Latest) => found.truncate(1),
            Some(RestorePointPreference::Oldest) => found = found.pop().into_iter().collect(),
            _ => {}
        }
        if found.is_empty() {
            none_found.push(unit.clone());
        }
        results.extend(found.into_iter().map(|p| RestorePointSearchResult {
            restore_point: Nullable::Value(Box::new(p.clone())),
            ..Default::default()
        }));
    }
    results.truncate(MAX_SEARCH_RESTORE_POINTS);
    inner.searches += 1;
    let response = RestorePointSearchResponse {
        search_response_id: Nullable::Value(format!("search-{}", inner.searches)),
        search_results: Nullable::Value(results),
        no_result_protection_unit_ids: Nullable::Value(none_found),
        ..Default::default()
    };
    json(StatusCode::OK, &response)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A page renders only its own items, however long the listing.
    #[test]
    fn a_page_costs_what_it_returns() {
        let config = Config::default();
        let uri: Uri = "/beta/solutions/backupRestore/restoreSessions?$skiptoken=19980".parse().unwrap();
        let ctx = Ctx {
            root: "http://x/beta/solutions/backupRestore",
            version: "beta",
            prefer: false,
            config: &config,
            uri: &uri,
            looping: false,
        };
        let rendered = std::cell::Cell::new(0);
        let reply = page(20_000, &ctx, "restoreSessions", |i| {
            rendered.set(rendered.get() + 1);
            serde_json::value::to_raw_value(&i).unwrap()
        });
        assert_eq!(rendered.get(), 20);
        let body = String::from_utf8(reply.body).unwrap();
        assert!(body.ends_with("\"value\":[19980,19981,19982,19983,19984,19985,19986,19987,19988,19989,19990,19991,19992,19993,19994,19995,19996,19997,19998,19999]}"), "{body}");
    }

    /// An advance costs the same whatever its number of steps, dates each change where it happened, and
    /// the clock stops at the last minute of 9999, which still renders.
    #[test]
    fn advancing_is_bounded_and_dated() {
        let mut inner = Inner::default();
        let artifact = |stage| Artifact {
            id: "a".into(),
            restore_point: "rp".into(),
            destination: DestinationType::New,
            stage,
            outcome: Outcome::Succeed,
            started: None,
            finished: None,
        };
        let session = Session {
            id: "s".into(),
            kind: Kind::OneDrive,
            created: 0,
            modified: 0,
            activated: true,
            artifacts: vec![artifact(0), artifact(2)],
        };
        inner.sessions.insert("s".into(), session);
        inner.clock = 10;
        step(&mut inner, u64::MAX);
        assert_eq!(inner.clock, LAST_STEP);
        let s = &inner.sessions["s"];
        assert_eq!(
            s.artifacts.iter().map(|a| (a.stage, a.started, a.finished)).collect::<Vec<_>>(),
            [(4, Some(13), Some(14)), (4, Some(11), Some(12))]
        );
        assert_eq!(s.modified, 14);
        assert_eq!(timestamp(LAST_STEP).to_string(), "9999-12-31T23:59:00Z");
        assert_eq!(timestamp(u64::MAX).to_string(), "9999-12-31T23:59:00Z");
    }

    #[test]
    fn retry_after_values() {
        assert_eq!(seconds_with_fraction("2.128"), Some(Duration::from_millis(2128)));
        assert_eq!(seconds_with_fraction("7"), Some(Duration::from_secs(7)));
        assert_eq!(seconds_with_fraction("99999999999999999999"), None);
        assert_eq!(seconds_with_fraction("soon"), None);
    }
}

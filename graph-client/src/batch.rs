//! JSON batching: many requests in few `POST /$batch` round trips.

use graph_model::Untyped;
use graph_model::backup_restore::ApiError;
use graph_model::batch::{BatchRequest, BatchRequestItem, BatchResponse, MAX_BATCH_REQUESTS};
use http::{HeaderMap, HeaderName, HeaderValue, Request, StatusCode};
use serde::de::DeserializeOwned;

use crate::retry::retry_after;
use crate::{Client, Error};

/// Requests to send through `$batch`, built with [`Client::requests`] (or any request to the client's
/// service root with a JSON body).
///
/// [`Client::batch`] sends them [`MAX_BATCH_REQUESTS`] at a time, in the order added, and returns one
/// [`BatchItem`] per step, in that order.
///
/// ```
/// use graph_client::Batch;
/// use graph_model::backup_restore::BackupRestoreRequests;
///
/// let api = BackupRestoreRequests::new();
/// let mut batch = Batch::new();
/// let read = batch.add(api.get_restore_session("s1")?);
/// let activate = batch.add_after(api.activate_restore_session("s1")?, &[read]);
/// assert_eq!((read.index(), activate.index(), batch.len()), (0, 1, 2));
/// # Ok::<(), graph_model::backup_restore::RequestError>(())
/// ```
#[derive(Debug, Default)]
pub struct Batch {
    steps: Vec<Step>,
}

#[derive(Debug)]
struct Step {
    request: Request<Vec<u8>>,
    depends_on: Vec<usize>,
}

/// A step of a [`Batch`]: its result is at [`index`](StepId::index) of what [`Client::batch`] returns.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct StepId(usize);

impl StepId {
    /// The step's position in its batch, from 0.
    pub fn index(self) -> usize {
        self.0
    }
}

impl Batch {
    /// An empty batch.
    pub fn new() -> Self {
        Batch::default()
    }

    /// Adds a request that runs independently of the others.
    pub fn add(&mut self, request: Request<Vec<u8>>) -> StepId {
        self.add_after(request, &[])
    }

    /// Adds a request that runs only after the steps `depends_on` succeeded; if one of them did not,
    /// this step is answered 424 Failed Dependency without running. The steps must be of this batch and
    /// added before (otherwise [`Client::batch`] refuses the batch).
    pub fn add_after(&mut self, request: Request<Vec<u8>>, depends_on: &[StepId]) -> StepId {
        self.steps.push(Step { request, depends_on: depends_on.iter().map(|d| d.0).collect() });
        StepId(self.steps.len() - 1)
    }

    /// The number of steps.
    pub fn len(&self) -> usize {
        self.steps.len()
    }

    /// Whether there are no steps.
    pub fn is_empty(&self) -> bool {
        self.steps.is_empty()
    }
}

/// The outcome of one batch step.
#[derive(Debug, Clone, PartialEq)]
pub struct BatchItem {
    /// The step's status (424 when a step it depends on failed; 429 when still throttled after the
    /// retry policy's attempts).
    pub status: StatusCode,
    /// The step's response headers.
    pub headers: HeaderMap,
    /// The step's JSON body (empty when there was none).
    pub body: Vec<u8>,
    /// How many times the step was sent (0 when a dependency failed in an earlier request).
    pub attempts: u32,
}

impl BatchItem {
    /// Whether the status is 2xx.
    pub fn is_success(&self) -> bool {
        self.status.is_success()
    }

    /// The body read as `T` on success, or the step's failure as [`Error::Api`].
    pub fn json<T: DeserializeOwned>(&self) -> Result<T, Error> {
        if !self.is_success() {
            return Err(Error::Api {
                status: self.status,
                headers: Box::new(self.headers.clone()),
                error: self.error().map(Box::new),
                attempts: self.attempts,
            });
        }
        graph_model::from_slice(&self.body).map_err(|error| Error::Parse { status: self.status, error })
    }

    /// Graph's error body, when the step failed with one.
    pub fn error(&self) -> Option<ApiError> {
        if self.is_success() {
            return None;
        }
        ApiError::parse(self.status.as_u16(), std::str::from_utf8(&self.body).ok()?).ok()
    }
}

impl Client {
    /// Sends `batch` in `$batch` requests of at most [`MAX_BATCH_REQUESTS`] steps, in order, and
    /// returns each step's outcome, in the order added (45 steps: 3 requests).
    ///
    /// A step throttled on its own (429 inside a successful batch response) is sent again in a new
    /// `$batch` request after its `Retry-After` (or the policy's backoff), with the steps that were
    /// answered 424 because they depend on it; up to the policy's attempts and total time. A step that
    /// depends on a step of an earlier request is sent only if that step succeeded, and is answered
    /// 424 here otherwise. The `$batch` request itself is retried as any request is.
    pub async fn batch(&self, batch: Batch) -> Result<Vec<BatchItem>, Error> {
        let items = batch
            .steps
            .iter()
            .enumerate()
            .map(|(i, step)| self.batch_item(i, step))
            .collect::<Result<Vec<_>, Error>>()?;
        let n = items.len();
        let mut results: Vec<Option<BatchItem>> = vec![None; n];
        let policy = &self.inner.retry;
        for start in (0..n).step_by(MAX_BATCH_REQUESTS) {
            let began = tokio::time::Instant::now();
            let mut pending: Vec<usize> = (start..n.min(start + MAX_BATCH_REQUESTS)).collect();
            let mut attempt = 1u32;
            loop {
                // Dependencies outside this request were answered before: a failed one fails the step here.
                let sending = pending.clone();
                pending.retain(|&i| {
                    let failed = batch.steps[i]
                        .depends_on
                        .iter()
                        .find(|d| !sending.contains(d) && !results[**d].as_ref().is_some_and(BatchItem::is_success));
                    match failed {
                        Some(&d) => {
                            results[i] = Some(failed_dependency(d, results[i].as_ref().map_or(0, |r| r.attempts)));
                            false
                        }
                        None => true,
                    }
                });
                if pending.is_empty() {
                    break;
                }
                let body = BatchRequest {
                    requests: pending
                        .iter()
                        .map(|&i| {
                            let mut item = items[i].clone();
                            item.depends_on.retain(|d| d.parse().is_ok_and(|d: usize| pending.contains(&d)));
                            item
                        })
                        .collect(),
                    extra: Vec::new(),
                };
                let reply: BatchResponse = self.call(self.batch_request(&body)?).await?;
                for &i in &pending {
                    let id = i.to_string();
                    let mut answers = reply.responses.iter().filter(|r| r.id == id);
                    let (Some(answer), None) = (answers.next(), answers.next()) else {
                        return Err(Error::BatchResponse(format!(
                            "the `$batch` response does not answer request `{id}` exactly once"
                        )));
                    };
                    results[i] = Some(item_outcome(answer, attempt)?);
                }
                // Throttled steps, and the steps that failed only because they depend on one, go again.
                let mut again: Vec<usize> = Vec::new();
                for &i in &pending {
                    let status = results[i].as_ref().map(|r| r.status);
                    let throttled = status == Some(StatusCode::TOO_MANY_REQUESTS);
                    let waits_on_throttled = status == Some(StatusCode::FAILED_DEPENDENCY)
                        && batch.steps[i].depends_on.iter().any(|d| again.contains(d));
                    if throttled || waits_on_throttled {
                        again.push(i);
                    }
                }
                if again.is_empty() {
                    break;
                }
                // The longest of the throttled steps' `Retry-After`s (a step without one: the backoff).
                let retry_after = again
                    .iter()
                    .filter_map(|&i| results[i].as_ref())
                    .filter(|r| r.status == StatusCode::TOO_MANY_REQUESTS)
                    .map(|r| retry_after(&r.headers))
                    .collect::<Option<Vec<_>>>()
                    .and_then(|waits| waits.into_iter().max());
                let Some(wait) = policy.wait_before_retry(attempt, began.elapsed(), retry_after) else {
                    break;
                };
                tokio::time::sleep(wait).await;
                attempt += 1;
                pending = again;
            }
        }
        Ok(results.into_iter().map(|r| r.expect("every step is answered or failed above")).collect())
    }

    /// One step as a batch request: its URL relative to the service root, its headers, its JSON body.
    fn batch_item(&self, index: usize, step: &Step) -> Result<BatchRequestItem, Error> {
        if let Some(d) = step.depends_on.iter().find(|&&d| d >= index) {
            return Err(Error::Refused(format!(
                "batch step {index} depends on step {d}, which is not added before it"
            )));
        }
        let request = &step.request;
        let uri = request.uri().to_string();
        let root = format!("{}/{}", self.inner.origin.as_str(), self.inner.version);
        let Some(url) = uri.strip_prefix(&root).filter(|u| u.starts_with('/')) else {
            return Err(Error::Refused(format!("batch step {index}: `{uri}` is not under {root}")));
        };
        let mut item = BatchRequestItem::new(index.to_string(), request.method().as_str(), url);
        for (name, value) in request.headers() {
            if name == http::header::AUTHORIZATION {
                continue;
            }
            let value = value
                .to_str()
                .map_err(|_| Error::Refused(format!("batch step {index}: header `{name}` is not text")))?;
            item.headers.push((name.as_str().to_owned(), value.to_owned()));
        }
        if !request.body().is_empty() {
            let text = String::from_utf8(request.body().clone())
                .map_err(|_| Error::Refused(format!("batch step {index}: the body is not UTF-8 JSON")))?;
            item.body = Some(
                Untyped::from_json(text)
                    .map_err(|e| Error::Refused(format!("batch step {index}: the body is not JSON: {e}")))?,
            );
        }
        item.depends_on = step.depends_on.iter().map(usize::to_string).collect();
        Ok(item)
    }

    fn batch_request(&self, body: &BatchRequest) -> Result<Request<Vec<u8>>, Error> {
        let bytes = graph_model::to_vec(body)
            .map_err(|e| Error::Request(graph_model::backup_restore::RequestError::Body(e)))?;
        Request::post(format!("{}/{}/$batch", self.inner.origin.as_str(), self.inner.version))
            .header(http::header::ACCEPT, "application/json")
            .header(http::header::CONTENT_TYPE, "application/json")
            .body(bytes)
            .map_err(|e| Error::Request(graph_model::backup_restore::RequestError::Http(e)))
    }
}

fn failed_dependency(dependency: usize, attempts: u32) -> BatchItem {
    use graph_model::Nullable;
    use graph_model::backup_restore::{PublicError, PublicErrorResponse};
    let error = PublicErrorResponse {
        error: Nullable::Value(Box::new(PublicError {
            code: Nullable::Value("FailedDependency".to_owned()),
            message: Nullable::Value(format!("batch step {dependency}, which this step depends on, did not succeed")),
            ..Default::default()
        })),
        ..Default::default()
    };
    let mut headers = HeaderMap::new();
    headers.insert(http::header::CONTENT_TYPE, HeaderValue::from_static("application/json"));
    // Writing the model's error type cannot fail; an empty body would still carry the 424.
    let body = graph_model::to_vec(&error).unwrap_or_default();
    BatchItem { status: StatusCode::FAILED_DEPENDENCY, headers, body, attempts }
}

fn item_outcome(answer: &graph_model::batch::BatchResponseItem, attempts: u32) -> Result<BatchItem, Error> {
    let status = StatusCode::from_u16(answer.status)
        .map_err(|_| Error::BatchResponse(format!("request `{}`: status {} is not HTTP", answer.id, answer.status)))?;
    let mut headers = HeaderMap::new();
    for (name, value) in &answer.headers {
        let bad = || Error::BatchResponse(format!("request `{}`: header `{name}` is not valid HTTP", answer.id));
        let name = HeaderName::from_bytes(name.as_bytes()).map_err(|_| bad())?;
        let value = HeaderValue::from_str(value).map_err(|_| bad())?;
        headers.append(name, value);
    }
    let body = answer.body.as_ref().map(|b| b.get().as_bytes().to_vec()).unwrap_or_default();
    Ok(BatchItem { status, headers, body, attempts })
}

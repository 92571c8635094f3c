//! When to retry: the policy, the service's `Retry-After`, and the one decision both single requests and
//! `$batch` steps use.

use std::time::Duration;

use http::{HeaderMap, Method, StatusCode};

/// When and how often to retry, and how long a call may take.
///
/// ```
/// use std::time::Duration;
/// use graph_client::RetryPolicy;
///
/// let policy = RetryPolicy::default();
/// assert_eq!(policy.max_attempts, 5);
/// assert_eq!(policy.attempt_timeout, Duration::from_secs(100));
/// assert_eq!(policy.max_total, Duration::from_secs(300));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Attempts in all, the first included (default 5).
    pub max_attempts: u32,
    /// The first backoff when the service sends no `Retry-After`; doubled each time, with jitter
    /// (default 500 ms).
    pub base_delay: Duration,
    /// The longest single wait: a `Retry-After` longer than this is not waited for (default 60 s).
    pub max_delay: Duration,
    /// The most one call may take, attempts and waits included: a call still running then ends with
    /// [`Error::TimedOut`](crate::Error::TimedOut), and no wait is started that would end past it
    /// (default 300 s).
    pub max_total: Duration,
    /// The most one attempt may take, from sending the request to the end of the response body
    /// (default 100 s).
    pub attempt_timeout: Duration,
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
            attempt_timeout: Duration::from_secs(100),
            retry_unavailable: true,
        }
    }
}

impl RetryPolicy {
    /// Whether a response with `status` to a `method` request may be retried: 429 always, 503 and 504
    /// for idempotent methods when [`retry_unavailable`](Self::retry_unavailable) is set.
    pub(crate) fn retries(&self, method: &Method, status: StatusCode) -> bool {
        let idempotent = matches!(*method, Method::GET | Method::PUT | Method::DELETE | Method::HEAD | Method::OPTIONS);
        status == StatusCode::TOO_MANY_REQUESTS
            || (self.retry_unavailable
                && idempotent
                && matches!(status, StatusCode::SERVICE_UNAVAILABLE | StatusCode::GATEWAY_TIMEOUT))
    }

    /// The wait before attempt `attempt + 1`, or `None` to give up: after the last attempt, when the
    /// wait (the service's `Retry-After`, else the backoff) is longer than `max_delay`, or when it would
    /// end past `max_total` since the call began (`elapsed` ago). Never panics, whatever the wait.
    pub(crate) fn wait_before_retry(
        &self,
        attempt: u32,
        elapsed: Duration,
        retry_after: Option<Duration>,
    ) -> Option<Duration> {
        if attempt >= self.max_attempts {
            return None;
        }
        let wait = retry_after.unwrap_or_else(|| self.backoff(attempt));
        let ends = elapsed.checked_add(wait)?;
        (wait <= self.max_delay && ends <= self.max_total).then_some(wait)
    }

    /// The wait before attempt `attempt + 1` when the service sent no `Retry-After`: `base_delay`
    /// doubled per attempt, capped at `max_delay`, times a jitter factor in [0.5, 1).
    fn backoff(&self, attempt: u32) -> Duration {
        let backoff = self.base_delay.saturating_mul(1 << attempt.saturating_sub(1).min(16)).min(self.max_delay);
        Duration::try_from_secs_f64(backoff.as_secs_f64() * jitter()).unwrap_or(backoff)
    }
}

/// `Retry-After` as a wait from now: delta-seconds, with a fraction as Graph sends them (`2.128`, rounded
/// up to the nanosecond, so that a retry never comes early; a value too large for a `Duration` is the
/// largest one), or an HTTP date (zero if it has passed). `None` when absent or unreadable.
pub(crate) fn retry_after(headers: &HeaderMap) -> Option<Duration> {
    let value = headers.get(http::header::RETRY_AFTER)?.to_str().ok()?.trim();
    match value.split_once('.') {
        None if is_digits(value) => Some(seconds(value, "")),
        Some((whole, fraction)) if is_digits(whole) && is_digits(fraction) => Some(seconds(whole, fraction)),
        _ => {
            let at = httpdate::parse_http_date(value).ok()?;
            Some(at.duration_since(std::time::SystemTime::now()).unwrap_or(Duration::ZERO))
        }
    }
}

fn is_digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

/// `whole.fraction` seconds (both checked digits), rounded up to the nanosecond, saturating.
fn seconds(whole: &str, fraction: &str) -> Duration {
    let Ok(secs) = whole.parse::<u64>() else { return Duration::MAX };
    let nanos = fraction.bytes().chain(std::iter::repeat(b'0')).take(9).fold(0u32, |n, d| n * 10 + u32::from(d - b'0'));
    let rest_nonzero = fraction.bytes().skip(9).any(|d| d != b'0');
    Duration::new(secs, nanos).checked_add(Duration::from_nanos(u64::from(rest_nonzero))).unwrap_or(Duration::MAX)
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

#[cfg(test)]
mod tests {
    use super::*;

    fn after(value: &str) -> Option<Duration> {
        let mut headers = HeaderMap::new();
        headers.insert(http::header::RETRY_AFTER, value.parse().unwrap());
        retry_after(&headers)
    }

    #[test]
    fn retry_after_forms() {
        assert_eq!(after("2"), Some(Duration::from_secs(2)));
        assert_eq!(after("2.128"), Some(Duration::from_millis(2128)));
        assert_eq!(after("0.249"), Some(Duration::from_millis(249)));
        assert_eq!(after("0.0000000001"), Some(Duration::from_nanos(1)), "rounded up, never early");
        assert_eq!(after("18446744073709551615"), Some(Duration::new(u64::MAX, 0)));
        assert_eq!(after("99999999999999999999999"), Some(Duration::MAX));
        assert_eq!(after("Wed, 21 Oct 2015 07:28:00 GMT"), Some(Duration::ZERO));
        assert_eq!(after("-1"), None);
        assert_eq!(after("1."), None);
        assert_eq!(after(".5"), None);
        assert_eq!(after("soon"), None);
    }

    #[test]
    fn no_wait_overflows() {
        let policy = RetryPolicy::default();
        assert_eq!(policy.wait_before_retry(1, Duration::from_secs(2), Some(Duration::MAX)), None);
        assert_eq!(policy.wait_before_retry(1, Duration::MAX, Some(Duration::from_secs(1))), None);
        let wide = RetryPolicy { max_delay: Duration::MAX, max_total: Duration::MAX, ..policy };
        assert_eq!(wide.wait_before_retry(1, Duration::from_secs(2), Some(Duration::MAX)), None);
        assert!(wide.backoff(40) <= Duration::MAX);
    }
}

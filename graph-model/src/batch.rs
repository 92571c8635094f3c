//! JSON batching: the bodies of `POST /{version}/$batch` and its response.
//!
//! A batch carries up to [`MAX_BATCH_REQUESTS`] requests, each with an `id`, a `method`, a `url`
//! relative to the service root (`/solutions/backupRestore/...`), optional `headers` and a JSON
//! `body`, and `dependsOn`: the ids of requests that must succeed first (a request whose dependency
//! failed gets 424 Failed Dependency). The response holds one entry per request, in any order, each
//! with its own status, headers and body.
//!
//! Keys these types do not name are kept in `extra` and written back, so nothing read is dropped.
//!
//! ```
//! use graph_model::batch::{BatchRequest, BatchRequestItem, BatchResponse};
//!
//! let mut batch = BatchRequest::default();
//! batch.requests.push(BatchRequestItem::new("1", "GET", "/solutions/backupRestore/restoreSessions/abc"));
//! let mut activate = BatchRequestItem::new("2", "POST", "/solutions/backupRestore/restoreSessions/abc/activate");
//! activate.depends_on.push("1".into());
//! batch.requests.push(activate);
//! let text = serde_json::to_string(&batch)?;
//! assert!(text.contains(r#""dependsOn":["1"]"#));
//!
//! let reply: BatchResponse = serde_json::from_str(
//!     r#"{"responses":[{"id":"2","status":429,"headers":{"Retry-After":"7"},"body":{"error":{"code":"TooManyRequests"}}},
//!                      {"id":"1","status":200,"body":{"id":"abc"}}]}"#,
//! )?;
//! let throttled = reply.get("2").unwrap();
//! assert_eq!((throttled.status, throttled.header("retry-after")), (429, Some("7")));
//! # Ok::<(), serde_json::Error>(())
//! ```

use std::fmt;

use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};

use crate::Untyped;

/// The most requests one `$batch` request may carry.
pub const MAX_BATCH_REQUESTS: usize = 20;

/// The body of `POST /$batch`: `{"requests": [...]}`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct BatchRequest {
    /// The requests, at most [`MAX_BATCH_REQUESTS`].
    pub requests: Vec<BatchRequestItem>,
    /// Other members of the body, kept as read.
    pub extra: Vec<(String, Untyped)>,
}

/// One request of a batch.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BatchRequestItem {
    /// Unique within the batch; the response entry carries it back.
    pub id: String,
    /// `GET`, `POST`, `PATCH`, `PUT` or `DELETE`.
    pub method: String,
    /// Relative to the service root: `/solutions/backupRestore/restoreSessions`.
    pub url: String,
    /// Request headers (a body needs `Content-Type`), in order.
    pub headers: Vec<(String, String)>,
    /// The JSON body, if any.
    pub body: Option<Untyped>,
    /// Ids of requests in the same batch that must succeed first.
    pub depends_on: Vec<String>,
    /// Other members, kept as read.
    pub extra: Vec<(String, Untyped)>,
}

impl BatchRequestItem {
    /// A request without headers, body or dependencies.
    pub fn new(id: impl Into<String>, method: impl Into<String>, url: impl Into<String>) -> Self {
        BatchRequestItem {
            id: id.into(),
            method: method.into(),
            url: url.into(),
            headers: Vec::new(),
            body: None,
            depends_on: Vec::new(),
            extra: Vec::new(),
        }
    }

    /// The value of header `name` (compared ignoring ASCII case).
    pub fn header(&self, name: &str) -> Option<&str> {
        find_header(&self.headers, name)
    }
}

/// The body of a `$batch` response: `{"responses": [...]}`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct BatchResponse {
    /// One entry per request, in any order.
    pub responses: Vec<BatchResponseItem>,
    /// Other members of the body, kept as read.
    pub extra: Vec<(String, Untyped)>,
}

impl BatchResponse {
    /// The entry answering request `id`.
    pub fn get(&self, id: &str) -> Option<&BatchResponseItem> {
        self.responses.iter().find(|r| r.id == id)
    }
}

/// One response of a batch.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BatchResponseItem {
    /// The id of the request answered.
    pub id: String,
    /// The HTTP status of that request.
    pub status: u16,
    /// Its response headers (`Retry-After` on a 429), in order.
    pub headers: Vec<(String, String)>,
    /// Its JSON body, if any.
    pub body: Option<Untyped>,
    /// Other members, kept as read.
    pub extra: Vec<(String, Untyped)>,
}

impl BatchResponseItem {
    /// An entry without headers or body.
    pub fn new(id: impl Into<String>, status: u16) -> Self {
        BatchResponseItem { id: id.into(), status, headers: Vec::new(), body: None, extra: Vec::new() }
    }

    /// The value of header `name` (compared ignoring ASCII case).
    pub fn header(&self, name: &str) -> Option<&str> {
        find_header(&self.headers, name)
    }

    /// Whether the status is 2xx.
    pub fn is_success(&self) -> bool {
        (200..300).contains(&self.status)
    }
}

fn find_header<'a>(headers: &'a [(String, String)], name: &str) -> Option<&'a str> {
    headers.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
}

struct Headers<'a>(&'a [(String, String)]);

impl Serialize for Headers<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (k, v) in self.0 {
            map.serialize_entry(k, v)?;
        }
        map.end()
    }
}

struct HeadersOwned(Vec<(String, String)>);

impl<'de> Deserialize<'de> for HeadersOwned {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = HeadersOwned;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an object of header names to string values")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<HeadersOwned, A::Error> {
                let mut out = Vec::new();
                while let Some((k, v)) = map.next_entry::<String, String>()? {
                    out.push((k, v));
                }
                Ok(HeadersOwned(out))
            }
        }
        deserializer.deserialize_map(V)
    }
}

impl Serialize for BatchRequest {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("requests", &self.requests)?;
        for (k, v) in &self.extra {
            map.serialize_entry(k, v)?;
        }
        map.end()
    }
}

impl Serialize for BatchRequestItem {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("method", &self.method)?;
        map.serialize_entry("url", &self.url)?;
        if !self.headers.is_empty() {
            map.serialize_entry("headers", &Headers(&self.headers))?;
        }
        if let Some(body) = &self.body {
            map.serialize_entry("body", body)?;
        }
        if !self.depends_on.is_empty() {
            map.serialize_entry("dependsOn", &self.depends_on)?;
        }
        for (k, v) in &self.extra {
            map.serialize_entry(k, v)?;
        }
        map.end()
    }
}

impl Serialize for BatchResponse {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("responses", &self.responses)?;
        for (k, v) in &self.extra {
            map.serialize_entry(k, v)?;
        }
        map.end()
    }
}

impl Serialize for BatchResponseItem {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("status", &self.status)?;
        if !self.headers.is_empty() {
            map.serialize_entry("headers", &Headers(&self.headers))?;
        }
        if let Some(body) = &self.body {
            map.serialize_entry("body", body)?;
        }
        for (k, v) in &self.extra {
            map.serialize_entry(k, v)?;
        }
        map.end()
    }
}

/// Reads an object member by member: `field` handles the names it knows (returning `false` for others,
/// which are kept in `extra`, in order). A known name given twice is an error; the check costs one
/// comparison per known name, so any number of other members is read in linear time.
pub(crate) fn read_object<'de, A: MapAccess<'de>>(
    mut map: A,
    mut field: impl FnMut(&str, &mut A) -> Result<bool, A::Error>,
) -> Result<Vec<(String, Untyped)>, A::Error> {
    let mut extra = Vec::new();
    let mut known: Vec<String> = Vec::new();
    while let Some(key) = map.next_key::<String>()? {
        if known.contains(&key) {
            return Err(de::Error::custom(format_args!("duplicate member `{key}`")));
        }
        if field(&key, &mut map)? {
            known.push(key);
        } else {
            extra.push((key, map.next_value::<Untyped>()?));
        }
    }
    Ok(extra)
}

fn required<T, E: de::Error>(value: Option<T>, name: &'static str) -> Result<T, E> {
    value.ok_or_else(|| de::Error::missing_field(name))
}

impl<'de> Deserialize<'de> for BatchRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = BatchRequest;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a JSON batch request body (`{\"requests\": [...]}`)")
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<BatchRequest, A::Error> {
                let mut requests = None;
                let extra = read_object(map, |key, map| {
                    Ok(match key {
                        "requests" => {
                            requests = Some(map.next_value()?);
                            true
                        }
                        _ => false,
                    })
                })?;
                Ok(BatchRequest { requests: required(requests, "requests")?, extra })
            }
        }
        deserializer.deserialize_map(V)
    }
}

impl<'de> Deserialize<'de> for BatchRequestItem {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = BatchRequestItem;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a batch request (`id`, `method`, `url`)")
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<BatchRequestItem, A::Error> {
                let (mut id, mut method, mut url, mut headers, mut body, mut depends_on) =
                    (None, None, None, None, None, None);
                let extra = read_object(map, |key, map| {
                    match key {
                        "id" => id = Some(map.next_value()?),
                        "method" => method = Some(map.next_value()?),
                        "url" => url = Some(map.next_value()?),
                        "headers" => headers = Some(map.next_value::<HeadersOwned>()?.0),
                        "body" => body = map.next_value()?,
                        "dependsOn" => depends_on = Some(map.next_value()?),
                        _ => return Ok(false),
                    }
                    Ok(true)
                })?;
                Ok(BatchRequestItem {
                    id: required(id, "id")?,
                    method: required(method, "method")?,
                    url: required(url, "url")?,
                    headers: headers.unwrap_or_default(),
                    body,
                    depends_on: depends_on.unwrap_or_default(),
                    extra,
                })
            }
        }
        deserializer.deserialize_map(V)
    }
}

impl<'de> Deserialize<'de> for BatchResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = BatchResponse;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a JSON batch response body (`{\"responses\": [...]}`)")
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<BatchResponse, A::Error> {
                let mut responses = None;
                let extra = read_object(map, |key, map| {
                    Ok(match key {
                        "responses" => {
                            responses = Some(map.next_value()?);
                            true
                        }
                        _ => false,
                    })
                })?;
                Ok(BatchResponse { responses: required(responses, "responses")?, extra })
            }
        }
        deserializer.deserialize_map(V)
    }
}

impl<'de> Deserialize<'de> for BatchResponseItem {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = BatchResponseItem;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a batch response (`id`, `status`)")
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<BatchResponseItem, A::Error> {
                let (mut id, mut status, mut headers, mut body) = (None, None, None, None);
                let extra = read_object(map, |key, map| {
                    match key {
                        "id" => id = Some(map.next_value()?),
                        "status" => status = Some(map.next_value()?),
                        "headers" => headers = Some(map.next_value::<HeadersOwned>()?.0),
                        "body" => body = map.next_value()?,
                        _ => return Ok(false),
                    }
                    Ok(true)
                })?;
                Ok(BatchResponseItem {
                    id: required(id, "id")?,
                    status: required(status, "status")?,
                    headers: headers.unwrap_or_default(),
                    body,
                    extra,
                })
            }
        }
        deserializer.deserialize_map(V)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn requests_and_responses_round_trip_keeping_unknown_members() {
        let text = r#"{"requests":[{"id":"1","method":"PATCH","url":"/solutions/backupRestore/x","headers":{"Content-Type":"application/json"},"body":{"a":[1,2]},"dependsOn":["0"],"atomicityGroup":"g"}],"x":1}"#;
        let batch: BatchRequest = serde_json::from_str(text).unwrap();
        assert_eq!(batch.requests[0].header("content-type"), Some("application/json"));
        assert_eq!(batch.requests[0].body.as_ref().map(Untyped::get), Some(r#"{"a":[1,2]}"#));
        assert_eq!(batch.requests[0].extra[0].0, "atomicityGroup");
        assert_eq!(serde_json::to_string(&batch).unwrap(), text);

        let text = r#"{"responses":[{"id":"1","status":424,"body":{"error":{"code":"FailedDependency"}}}],"@odata.context":"c"}"#;
        let reply: BatchResponse = serde_json::from_str(text).unwrap();
        assert!(!reply.responses[0].is_success());
        assert_eq!(serde_json::to_string(&reply).unwrap(), text);
    }

    #[test]
    fn bad_bodies_name_the_member() {
        let err = crate::from_str::<BatchResponse>(r#"{"responses":[{"id":"1","status":"ok"}]}"#).unwrap_err();
        assert!(err.to_string().contains("responses[0].status"), "{err}");
        let err = crate::from_str::<BatchResponse>(r#"{"responses":[{"status":200}]}"#).unwrap_err();
        assert!(err.to_string().contains("missing field `id`"), "{err}");
        let err = crate::from_str::<BatchRequest>(r#"{"requests":[{"id":"1","id":"2"}]}"#).unwrap_err();
        assert!(err.to_string().contains("duplicate member `id`"), "{err}");
        let err = crate::from_str::<BatchResponse>(r#"{"responses":[{"id":"1","status":200,"headers":{"a":1}}]}"#)
            .unwrap_err();
        assert!(err.to_string().contains("responses[0].headers.a"), "{err}");
    }

    #[test]
    fn many_unknown_members_are_kept_in_order_and_read_in_linear_time() {
        // 200,000 members: a quadratic duplicate check would take minutes here.
        let members: Vec<String> = (0..200_000).map(|i| format!(r#""m{i}":{i}"#)).collect();
        let text = format!(r#"{{"id":"1","status":204,{}}}"#, members.join(","));
        let item: BatchResponseItem = serde_json::from_str(&text).unwrap();
        assert_eq!(item.extra.len(), 200_000);
        assert_eq!((item.extra[7].0.as_str(), item.extra[7].1.get()), ("m7", "7"));
        assert_eq!(serde_json::to_string(&item).unwrap(), text);
    }
}

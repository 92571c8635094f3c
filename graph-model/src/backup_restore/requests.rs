//! Transport-agnostic requests to `/solutions/backupRestore`, as `http::Request<Vec<u8>>` values any HTTP
//! client can send, and the parsing of their responses.

use http::header::{ACCEPT, CONTENT_TYPE};
use http::{Method, Request};
use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};
use serde::Serialize;
use serde::de::DeserializeOwned;

use super::{
    ApiError, ExchangeRestoreSessionUpdate, OneDriveForBusinessRestoreSessionUpdate, RestorePointPreference,
    RestorePointTags, SharePointRestoreSessionUpdate, TimePeriod,
};
use crate::{Flags, INCLUDE_UNKNOWN_ENUM_MEMBERS, PREFER};

/// Builds requests for the Backup Storage API.
///
/// ```
/// use graph_model::backup_restore::{BackupRestoreRequests, OneDriveForBusinessRestoreSessionUpdate};
///
/// let api = BackupRestoreRequests::new();
/// let request = api.update_one_drive_for_business_restore_session("s1", &OneDriveForBusinessRestoreSessionUpdate::new())?;
/// assert_eq!(request.method(), http::Method::PATCH);
/// assert_eq!(
///     request.uri(),
///     "https://graph.microsoft.com/beta/solutions/backupRestore/oneDriveForBusinessRestoreSessions/s1"
/// );
/// assert_eq!(request.headers()["content-type"], "application/json");
/// assert_eq!(request.body().as_slice(), b"{}");
/// # Ok::<(), graph_model::backup_restore::RequestError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BackupRestoreRequests {
    base_url: String,
    version: String,
    include_unknown_enum_members: bool,
}

impl Default for BackupRestoreRequests {
    fn default() -> Self {
        Self::new()
    }
}

/// Why a request could not be built.
#[derive(Debug)]
pub enum RequestError {
    /// The body could not be serialized.
    Body(crate::Error),
    /// The URL or a header is invalid.
    Http(http::Error),
    /// An id is empty, so the request would address another resource.
    EmptyId,
}

impl std::fmt::Display for RequestError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RequestError::Body(e) => write!(f, "request body: {e}"),
            RequestError::Http(e) => write!(f, "request: {e}"),
            RequestError::EmptyId => f.write_str("request: an id cannot be empty"),
        }
    }
}

impl std::error::Error for RequestError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            RequestError::Body(e) => Some(e),
            RequestError::Http(e) => Some(e),
            RequestError::EmptyId => None,
        }
    }
}

/// A response that is not what was asked for.
#[derive(Debug)]
pub enum ResponseError {
    /// The service answered with an error status and Graph's error body.
    Api(Box<ApiError>),
    /// The body does not parse (its path and reason are in the error).
    Parse {
        /// The HTTP status.
        status: u16,
        /// What went wrong, where.
        error: crate::Error,
    },
}

impl std::fmt::Display for ResponseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ResponseError::Api(e) => e.fmt(f),
            ResponseError::Parse { status, error } => write!(f, "HTTP {status}: unreadable body: {error}"),
        }
    }
}

impl std::error::Error for ResponseError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            ResponseError::Api(e) => Some(&**e),
            ResponseError::Parse { error, .. } => Some(error),
        }
    }
}

/// Parses a response: a 2xx body into `T`, any other status into an [`ApiError`].
///
/// ```
/// use graph_model::backup_restore::{parse_response, AnyRestoreSession, ResponseError, BackupErrorCode};
///
/// let ok: AnyRestoreSession = parse_response(200, br##"{"@odata.type":"#microsoft.graph.exchangeRestoreSession","id":"e"}"##)?;
/// assert!(matches!(ok, AnyRestoreSession::Exchange(_)));
/// let err = parse_response::<AnyRestoreSession>(403, br#"{"error":{"code":"RestoreSessionActionNotAllowed","message":"Restore session can only be activated in Draft state."}}"#);
/// let Err(ResponseError::Api(api)) = err else { panic!() };
/// assert_eq!(api.code(), Some(BackupErrorCode::RestoreSessionActionNotAllowed));
/// # Ok::<(), ResponseError>(())
/// ```
pub fn parse_response<T: DeserializeOwned>(status: u16, body: &[u8]) -> Result<T, ResponseError> {
    if (200..300).contains(&status) {
        crate::from_slice(body).map_err(|error| ResponseError::Parse { status, error })
    } else {
        match crate::from_slice(body) {
            Ok(body) => Err(ResponseError::Api(Box::new(ApiError { status, body }))),
            Err(error) => Err(ResponseError::Parse { status, error }),
        }
    }
}

/// The body of `POST /solutions/backupRestore/restorePoints/search`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RestorePointSearch {
    /// The protection units whose restore points to search.
    pub protection_unit_ids: Vec<String>,
    /// The period to search in.
    pub protection_time_period: Option<TimePeriod>,
    /// `latest` or `oldest` restore point in the period.
    pub restore_point_preference: Option<RestorePointPreference>,
    /// Only restore points with these tags.
    pub tags: Option<Flags<RestorePointTags>>,
    /// `artifactQuery`: criteria for a granular search (then only one protection unit may be given),
    /// kept as its JSON text: the schema extract does not describe its type.
    pub artifact_query: Option<crate::Untyped>,
}

impl Serialize for RestorePointSearch {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("protectionUnitIds", &self.protection_unit_ids)?;
        if let Some(period) = &self.protection_time_period {
            // A parameter value, not a typed instance: no `@odata.type`.
            let mut period = period.clone();
            period.odata.omit_type();
            map.serialize_entry("protectionTimePeriod", &period)?;
        }
        if let Some(preference) = &self.restore_point_preference {
            map.serialize_entry("restorePointPreference", preference)?;
        }
        if let Some(tags) = &self.tags {
            map.serialize_entry("tags", tags)?;
        }
        if let Some(query) = &self.artifact_query {
            map.serialize_entry("artifactQuery", query)?;
        }
        map.end()
    }
}

/// Reads the body back (a server, or a test, reading what [`Serialize`] wrote). `protectionUnitIds` is
/// required; a `null` parameter reads as absent; an unknown parameter is an error, as it is to Graph.
///
/// ```
/// use graph_model::backup_restore::{RestorePointPreference, RestorePointSearch};
///
/// let search: RestorePointSearch = serde_json::from_str(
///     r#"{"protectionUnitIds":["u1"],"protectionTimePeriod":{"startDateTime":"2024-01-01T00:00:00Z"},"restorePointPreference":"oldest"}"#,
/// )?;
/// assert_eq!(search.protection_unit_ids, ["u1"]);
/// assert_eq!(search.restore_point_preference, Some(RestorePointPreference::Oldest));
/// let again: RestorePointSearch = serde_json::from_str(&serde_json::to_string(&search)?)?;
/// assert_eq!(again, search);
/// assert!(serde_json::from_str::<RestorePointSearch>(r#"{"protectionUnitIds":[],"top":5}"#).is_err());
/// # Ok::<(), serde_json::Error>(())
/// ```
impl<'de> serde::Deserialize<'de> for RestorePointSearch {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = RestorePointSearch;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a restore point search (`protectionUnitIds`, `protectionTimePeriod`, ...)")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<RestorePointSearch, A::Error> {
                let mut search = RestorePointSearch::default();
                let mut ids = None;
                let extra = crate::batch::read_object(map, |key, map| {
                    match key {
                        "protectionUnitIds" => ids = Some(map.next_value()?),
                        "protectionTimePeriod" => search.protection_time_period = map.next_value()?,
                        "restorePointPreference" => search.restore_point_preference = map.next_value()?,
                        "tags" => search.tags = map.next_value()?,
                        "artifactQuery" => search.artifact_query = map.next_value()?,
                        _ => return Ok(false),
                    }
                    Ok(true)
                })?;
                if let Some((key, _)) = extra.first() {
                    return Err(serde::de::Error::unknown_field(
                        key,
                        &[
                            "protectionUnitIds",
                            "protectionTimePeriod",
                            "restorePointPreference",
                            "tags",
                            "artifactQuery",
                        ],
                    ));
                }
                search.protection_unit_ids = ids.ok_or_else(|| serde::de::Error::missing_field("protectionUnitIds"))?;
                Ok(search)
            }
        }
        deserializer.deserialize_map(V)
    }
}

impl BackupRestoreRequests {
    /// Requests to `https://graph.microsoft.com/beta`.
    pub fn new() -> Self {
        BackupRestoreRequests {
            base_url: "https://graph.microsoft.com".to_owned(),
            version: "beta".to_owned(),
            include_unknown_enum_members: false,
        }
    }

    /// Another service root, e.g. a national cloud or a test server (no trailing slash needed).
    #[must_use]
    pub fn with_base_url(mut self, base_url: impl Into<String>) -> Self {
        self.base_url = base_url.into().trim_end_matches('/').to_owned();
        self
    }

    /// Another API version than `beta`.
    #[must_use]
    pub fn with_version(mut self, version: impl Into<String>) -> Self {
        self.version = version.into();
        self
    }

    /// Sends `Prefer: include-unknown-enum-members` on every request, to see members such as
    /// `restoreSessionStatus.failed` instead of `unknownFutureValue`. Bodies that hold such a member
    /// get the header anyway.
    #[must_use]
    pub fn include_unknown_enum_members(mut self, yes: bool) -> Self {
        self.include_unknown_enum_members = yes;
        self
    }

    fn url(&self, path: &str) -> String {
        format!("{}/{}/solutions/backupRestore/{}", self.base_url, self.version, path)
    }

    fn request(
        &self,
        method: Method,
        path: &str,
        body: Option<Vec<u8>>,
        prefer: bool,
    ) -> Result<Request<Vec<u8>>, RequestError> {
        let mut builder = Request::builder().method(method).uri(self.url(path)).header(ACCEPT, "application/json");
        if body.is_some() {
            builder = builder.header(CONTENT_TYPE, "application/json");
        }
        if prefer || self.include_unknown_enum_members {
            builder = builder.header(PREFER, INCLUDE_UNKNOWN_ENUM_MEMBERS);
        }
        builder.body(body.unwrap_or_default()).map_err(RequestError::Http)
    }

    fn with_body<T: Serialize + ?Sized>(
        &self,
        method: Method,
        path: &str,
        body: &T,
    ) -> Result<Request<Vec<u8>>, RequestError> {
        // One pass writes the body and notes whether it needs `Prefer: include-unknown-enum-members`.
        let (bytes, prefer) = crate::probe::to_vec_noting_opt_in(body)
            .map_err(|e| RequestError::Body(crate::Error::from_serialize(e)))?;
        self.request(method, path, Some(bytes), prefer)
    }

    /// `POST /oneDriveForBusinessRestoreSessions`: creates a session (add artifacts with the `@delta` field
    /// or `drive_restore_artifacts`).
    pub fn create_one_drive_for_business_restore_session(
        &self,
        body: &OneDriveForBusinessRestoreSessionUpdate,
    ) -> Result<Request<Vec<u8>>, RequestError> {
        self.with_body(Method::POST, "oneDriveForBusinessRestoreSessions", body)
    }

    /// `POST /sharePointRestoreSessions`.
    pub fn create_share_point_restore_session(
        &self,
        body: &SharePointRestoreSessionUpdate,
    ) -> Result<Request<Vec<u8>>, RequestError> {
        self.with_body(Method::POST, "sharePointRestoreSessions", body)
    }

    /// `POST /exchangeRestoreSessions`.
    pub fn create_exchange_restore_session(
        &self,
        body: &ExchangeRestoreSessionUpdate,
    ) -> Result<Request<Vec<u8>>, RequestError> {
        self.with_body(Method::POST, "exchangeRestoreSessions", body)
    }

    /// `PATCH /oneDriveForBusinessRestoreSessions/{id}`.
    pub fn update_one_drive_for_business_restore_session(
        &self,
        id: &str,
        body: &OneDriveForBusinessRestoreSessionUpdate,
    ) -> Result<Request<Vec<u8>>, RequestError> {
        self.with_body(Method::PATCH, &format!("oneDriveForBusinessRestoreSessions/{}", segment(id)?), body)
    }

    /// `PATCH /sharePointRestoreSessions/{id}`.
    pub fn update_share_point_restore_session(
        &self,
        id: &str,
        body: &SharePointRestoreSessionUpdate,
    ) -> Result<Request<Vec<u8>>, RequestError> {
        self.with_body(Method::PATCH, &format!("sharePointRestoreSessions/{}", segment(id)?), body)
    }

    /// `PATCH /exchangeRestoreSessions/{id}`.
    pub fn update_exchange_restore_session(
        &self,
        id: &str,
        body: &ExchangeRestoreSessionUpdate,
    ) -> Result<Request<Vec<u8>>, RequestError> {
        self.with_body(Method::PATCH, &format!("exchangeRestoreSessions/{}", segment(id)?), body)
    }

    /// `GET /restoreSessions/{id}` (parse the body as [`AnyRestoreSession`](super::AnyRestoreSession)).
    pub fn get_restore_session(&self, id: &str) -> Result<Request<Vec<u8>>, RequestError> {
        self.request(Method::GET, &format!("restoreSessions/{}", segment(id)?), None, false)
    }

    /// `GET /restoreSessions` (parse as `CollectionResponse<AnyRestoreSession>`).
    pub fn list_restore_sessions(&self) -> Result<Request<Vec<u8>>, RequestError> {
        self.request(Method::GET, "restoreSessions", None, false)
    }

    /// `GET /oneDriveForBusinessRestoreSessions/{id}/driveRestoreArtifacts`.
    pub fn list_drive_restore_artifacts(&self, session_id: &str) -> Result<Request<Vec<u8>>, RequestError> {
        self.request(
            Method::GET,
            &format!("oneDriveForBusinessRestoreSessions/{}/driveRestoreArtifacts", segment(session_id)?),
            None,
            false,
        )
    }

    /// `GET /sharePointRestoreSessions/{id}/siteRestoreArtifacts`.
    pub fn list_site_restore_artifacts(&self, session_id: &str) -> Result<Request<Vec<u8>>, RequestError> {
        self.request(
            Method::GET,
            &format!("sharePointRestoreSessions/{}/siteRestoreArtifacts", segment(session_id)?),
            None,
            false,
        )
    }

    /// `GET /exchangeRestoreSessions/{id}/mailboxRestoreArtifacts`.
    pub fn list_mailbox_restore_artifacts(&self, session_id: &str) -> Result<Request<Vec<u8>>, RequestError> {
        self.request(
            Method::GET,
            &format!("exchangeRestoreSessions/{}/mailboxRestoreArtifacts", segment(session_id)?),
            None,
            false,
        )
    }

    /// `POST /restoreSessions/{id}/activate`.
    pub fn activate_restore_session(&self, id: &str) -> Result<Request<Vec<u8>>, RequestError> {
        self.request(Method::POST, &format!("restoreSessions/{}/activate", segment(id)?), None, false)
    }

    /// `GET /restorePoints`, optionally with a `$filter` expression (encoded here).
    pub fn list_restore_points(&self, filter: Option<&str>) -> Result<Request<Vec<u8>>, RequestError> {
        let path = match filter {
            Some(f) => format!("restorePoints?$filter={}", percent_encode(f)),
            None => "restorePoints".to_owned(),
        };
        self.request(Method::GET, &path, None, false)
    }

    /// `POST /restorePoints/search` (parse as [`RestorePointSearchResponse`](super::RestorePointSearchResponse)).
    pub fn search_restore_points(&self, search: &RestorePointSearch) -> Result<Request<Vec<u8>>, RequestError> {
        self.with_body(Method::POST, "restorePoints/search", search)
    }
}

/// Everything but RFC 3986's unreserved characters (`A-Z a-z 0-9 - . _ ~`).
const NOT_UNRESERVED: &AsciiSet = &NON_ALPHANUMERIC.remove(b'-').remove(b'.').remove(b'_').remove(b'~');
/// The same, and `.` too: for a segment of dots only.
const NOT_UNRESERVED_OR_DOT: &AsciiSet = &NON_ALPHANUMERIC.remove(b'-').remove(b'_').remove(b'~');

/// Percent-encodes a query value (RFC 3986 unreserved characters are kept).
fn percent_encode(value: &str) -> String {
    utf8_percent_encode(value, NOT_UNRESERVED).to_string()
}

/// An id as one path segment: every character but RFC 3986's unreserved ones is percent-encoded, so an
/// id cannot add segments (`/`), a query (`?`) or a fragment (`#`); the dot segments `.` and `..`, which
/// URL resolution would remove, are encoded too. An empty id would address another resource.
fn segment(id: &str) -> Result<String, RequestError> {
    if id.is_empty() {
        return Err(RequestError::EmptyId);
    }
    let set = if id.bytes().all(|b| b == b'.') { NOT_UNRESERVED_OR_DOT } else { NOT_UNRESERVED };
    Ok(utf8_percent_encode(id, set).to_string())
}

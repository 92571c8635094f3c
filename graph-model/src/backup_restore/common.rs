//! Complex types shared across the area: identities, errors, time periods, counts.
//!
//! Written by `tools/gen_backup_restore.py` from the schema extract; see the module docs for the rules.

#[allow(unused_imports)]
use super::*;
use crate::graph_entity;
#[allow(unused_imports)]
use crate::{Date, DateTimeOffset, Delta, Duration, Flags, Guid, Nullable};

/// `microsoft.graph.publicError` (complex type).
#[graph_entity(odata_type = "microsoft.graph.publicError", complex)]
pub struct PublicError {
    /// `code`: Edm.String.
    pub code: Nullable<String>,
    /// `details`: microsoft.graph.publicErrorDetail collection.
    pub details: Nullable<Vec<PublicErrorDetail>>,
    /// `innerError`: microsoft.graph.publicInnerError.
    pub inner_error: Nullable<PublicInnerError>,
    /// `message`: Edm.String.
    pub message: Nullable<String>,
    /// `target`: Edm.String.
    pub target: Nullable<String>,
}

/// `microsoft.graph.publicErrorDetail` (complex type).
#[graph_entity(odata_type = "microsoft.graph.publicErrorDetail", complex)]
pub struct PublicErrorDetail {
    /// `code`: Edm.String.
    pub code: Nullable<String>,
    /// `message`: Edm.String.
    pub message: Nullable<String>,
    /// `target`: Edm.String.
    pub target: Nullable<String>,
}

/// `microsoft.graph.publicErrorResponse` (complex type).
#[graph_entity(odata_type = "microsoft.graph.publicErrorResponse", complex)]
pub struct PublicErrorResponse {
    /// `error`: microsoft.graph.publicError, read-only.
    #[graph(read_only)]
    pub error: Nullable<Box<PublicError>>,
}

/// `microsoft.graph.publicInnerError` (complex type).
///
/// An open type: undeclared properties are expected, and kept in `odata.additional`.
#[graph_entity(odata_type = "microsoft.graph.publicInnerError", complex)]
pub struct PublicInnerError {
    /// `code`: Edm.String.
    pub code: Nullable<String>,
    /// `details`: microsoft.graph.publicErrorDetail collection.
    pub details: Nullable<Vec<PublicErrorDetail>>,
    /// `message`: Edm.String.
    pub message: Nullable<String>,
    /// `target`: Edm.String.
    pub target: Nullable<String>,
}

/// `microsoft.graph.timePeriod` (complex type).
#[graph_entity(odata_type = "microsoft.graph.timePeriod", complex)]
pub struct TimePeriod {
    /// `endDateTime`: Edm.DateTimeOffset.
    pub end_date_time: Nullable<DateTimeOffset>,
    /// `startDateTime`: Edm.DateTimeOffset.
    pub start_date_time: Nullable<DateTimeOffset>,
}

/// `microsoft.graph.entity`.
///
/// Abstract in the schema: the service sends one of its derived types.
#[graph_entity(odata_type = "microsoft.graph.entity")]
pub struct Entity {
    /// `id`: Edm.String, read-only.
    #[graph(read_only)]
    pub id: Option<String>,
}

/// `microsoft.graph.identity` (complex type).
///
/// An open type: undeclared properties are expected, and kept in `odata.additional`.
#[graph_entity(odata_type = "microsoft.graph.identity", complex)]
pub struct Identity {
    /// `displayName`: Edm.String.
    pub display_name: Nullable<String>,
    /// `id`: Edm.String, read-only.
    #[graph(read_only)]
    pub id: Nullable<String>,
}

/// `microsoft.graph.identitySet` (complex type).
///
/// An open type: undeclared properties are expected, and kept in `odata.additional`.
#[graph_entity(odata_type = "microsoft.graph.identitySet", complex)]
pub struct IdentitySet {
    /// `application`: microsoft.graph.identity.
    pub application: Nullable<Identity>,
    /// `device`: microsoft.graph.identity.
    pub device: Nullable<Identity>,
    /// `user`: microsoft.graph.identity.
    pub user: Nullable<Identity>,
}

/// `microsoft.graph.emailIdentity` (complex type). Derives from [`Identity`]: its properties are flat on the wire and reachable through `Deref`.
///
/// An open type: undeclared properties are expected, and kept in `odata.additional`.
#[graph_entity(odata_type = "microsoft.graph.emailIdentity", complex)]
pub struct EmailIdentity {
    /// The base type's properties.
    #[graph(base)]
    pub base: Identity,
    /// `email`: Edm.String.
    pub email: Nullable<String>,
}

//! Restore points and restore point search.
//!
//! Written by `tools/gen_backup_restore.py` from the schema extract; see the module docs for the rules.

#[allow(unused_imports)]
use super::*;
use crate::graph_entity;
#[allow(unused_imports)]
use crate::{Date, DateTimeOffset, Delta, Duration, Flags, Guid, Nullable};

/// `microsoft.graph.restorePointSearchResponse` (complex type).
#[graph_entity(odata_type = "microsoft.graph.restorePointSearchResponse", complex)]
pub struct RestorePointSearchResponse {
    /// `noResultProtectionUnitIds`: Edm.String collection.
    pub no_result_protection_unit_ids: Nullable<Vec<String>>,
    /// `searchResponseId`: Edm.String.
    pub search_response_id: Nullable<String>,
    /// `searchResults`: microsoft.graph.restorePointSearchResult collection.
    pub search_results: Nullable<Vec<RestorePointSearchResult>>,
}

/// `microsoft.graph.restorePointSearchResult` (complex type).
#[graph_entity(odata_type = "microsoft.graph.restorePointSearchResult", complex)]
pub struct RestorePointSearchResult {
    /// `artifactHitCount`: Edm.Int32, read-only.
    #[graph(read_only)]
    pub artifact_hit_count: Nullable<i32>,
    /// `restorePoint`: microsoft.graph.restorePoint. Navigation property.
    #[graph(nav)]
    pub restore_point: Nullable<Box<RestorePoint>>,
}

/// `microsoft.graph.restoreSearchArtifactQueryExpression` (complex type).
#[graph_entity(odata_type = "microsoft.graph.restoreSearchArtifactQueryExpression", complex)]
pub struct RestoreSearchArtifactQueryExpression {
    /// `hasAttachment`: Edm.Boolean.
    pub has_attachment: Nullable<bool>,
    /// `items`: microsoft.graph.granularRestoreItems collection.
    ///
    /// The schema extract does not include `granularRestoreItems`, so the value is kept as its wire string.
    pub items: Nullable<Vec<String>>,
    /// `recipients`: Edm.String collection.
    pub recipients: Nullable<Vec<String>>,
    /// `senders`: Edm.String collection.
    pub senders: Nullable<Vec<String>>,
    /// `subjects`: Edm.String collection.
    pub subjects: Nullable<Vec<String>>,
}

/// `microsoft.graph.restorePoint`. Derives from [`Entity`]: its properties are flat on the wire and reachable through `Deref`.
#[graph_entity(odata_type = "microsoft.graph.restorePoint")]
pub struct RestorePoint {
    /// The base type's properties.
    #[graph(base)]
    pub entity: Entity,
    /// `expirationDateTime`: Edm.DateTimeOffset.
    pub expiration_date_time: Nullable<DateTimeOffset>,
    /// `protectionDateTime`: Edm.DateTimeOffset.
    pub protection_date_time: Nullable<DateTimeOffset>,
    /// `tags`: microsoft.graph.restorePointTags.
    pub tags: Nullable<Flags<RestorePointTags>>,
    /// `protectionUnit`: microsoft.graph.protectionUnitBase. Navigation property.
    #[graph(nav)]
    pub protection_unit: Nullable<Box<AnyProtectionUnit>>,
}

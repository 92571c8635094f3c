//! Browse sessions.
//!
//! Written by `tools/gen_backup_restore.py` from the schema extract; see the module docs for the rules.

#[allow(unused_imports)]
use super::*;
use crate::graph_entity;
#[allow(unused_imports)]
use crate::{Date, DateTimeOffset, Delta, Duration, Flags, Guid, Nullable};

/// `microsoft.graph.browseSessionBase`. Derives from [`Entity`]: its properties are flat on the wire and reachable through `Deref`.
///
/// Abstract in the schema: the service sends one of its derived types, read through [`AnyBrowseSession`].
#[graph_entity(odata_type = "microsoft.graph.browseSessionBase")]
pub struct BrowseSessionBase {
    /// The base type's properties.
    #[graph(base)]
    pub entity: Entity,
    /// `backupSizeInBytes`: Edm.String.
    pub backup_size_in_bytes: Nullable<String>,
    /// `createdDateTime`: Edm.DateTimeOffset, read-only.
    #[graph(read_only)]
    pub created_date_time: Nullable<DateTimeOffset>,
    /// `error`: microsoft.graph.publicError, read-only.
    #[graph(read_only)]
    pub error: Nullable<Box<PublicError>>,
    /// `expirationDateTime`: Edm.DateTimeOffset.
    pub expiration_date_time: Nullable<DateTimeOffset>,
    /// `restorePointDateTime`: Edm.DateTimeOffset.
    pub restore_point_date_time: Nullable<DateTimeOffset>,
    /// `restorePointId`: Edm.String.
    pub restore_point_id: Nullable<String>,
    /// `status`: microsoft.graph.browseSessionStatus.
    pub status: Option<BrowseSessionStatus>,
}

/// Any `microsoft.graph.browseSessionBase`: dispatched on `@odata.type` to the most derived type this program knows;
/// other types are kept in the `BrowseSessionBase` variant with everything they carried.
#[graph_entity(odata_type = "microsoft.graph.browseSessionBase")]
pub enum AnyBrowseSession {
    /// `microsoft.graph.oneDriveForBusinessBrowseSession`.
    OneDriveForBusiness(OneDriveForBusinessBrowseSession),
    /// `microsoft.graph.browseSessionBase` itself, or a type derived from it that this program does not know.
    #[graph(fallback)]
    Other(BrowseSessionBase),
}

/// `microsoft.graph.oneDriveForBusinessBrowseSession`. Derives from [`BrowseSessionBase`]: its properties are flat on the wire and reachable through `Deref`.
#[graph_entity(odata_type = "microsoft.graph.oneDriveForBusinessBrowseSession")]
pub struct OneDriveForBusinessBrowseSession {
    /// The base type's properties.
    #[graph(base)]
    pub base: BrowseSessionBase,
    /// `directoryObjectId`: Edm.String.
    pub directory_object_id: Nullable<String>,
}

/// `microsoft.graph.browseQueryResponseItem` (complex type).
#[graph_entity(odata_type = "microsoft.graph.browseQueryResponseItem", complex)]
pub struct BrowseQueryResponseItem {
    /// `itemKey`: Edm.String.
    pub item_key: Nullable<String>,
    /// `itemsCount`: Edm.Int32, read-only.
    #[graph(read_only)]
    pub items_count: Nullable<i32>,
    /// `name`: Edm.String.
    pub name: Nullable<String>,
    /// `sizeInBytes`: Edm.String.
    pub size_in_bytes: Nullable<String>,
    /// `type`: microsoft.graph.browseQueryResponseItemType.
    pub r#type: Option<BrowseQueryResponseItemType>,
    /// `webUrl`: Edm.String.
    pub web_url: Nullable<String>,
}

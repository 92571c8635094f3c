//! Restore sessions, restore artifacts, bulk addition requests and granular artifacts.
//!
//! Written by `tools/gen_backup_restore.py` from the schema extract; see the module docs for the rules.

#[allow(unused_imports)]
use super::*;
use crate::graph_entity;
#[allow(unused_imports)]
use crate::{Date, DateTimeOffset, Delta, Duration, Flags, Guid, Nullable};

/// `microsoft.graph.restoreAction` (complex type).
#[graph_entity(odata_type = "microsoft.graph.restoreAction", complex)]
pub struct RestoreAction {}

/// `microsoft.graph.restoreArtifactDetails` (complex type).
#[graph_entity(odata_type = "microsoft.graph.restoreArtifactDetails", complex)]
pub struct RestoreArtifactDetails {
    /// `failedCount`: Edm.Int32, read-only.
    #[graph(read_only)]
    pub failed_count: Option<i32>,
    /// `restoredCount`: Edm.Int32, read-only.
    #[graph(read_only)]
    pub restored_count: Option<i32>,
    /// `totalArtifactsCount`: Edm.Int32, read-only.
    #[graph(read_only)]
    pub total_artifacts_count: Option<i32>,
}

/// `microsoft.graph.restoreSessionArtifactCount` (complex type).
#[graph_entity(odata_type = "microsoft.graph.restoreSessionArtifactCount", complex)]
pub struct RestoreSessionArtifactCount {
    /// `completed`: Edm.Int32.
    pub completed: Nullable<i32>,
    /// `failed`: Edm.Int32.
    pub failed: Nullable<i32>,
    /// `inProgress`: Edm.Int32.
    pub in_progress: Nullable<i32>,
    /// `total`: Edm.Int32.
    pub total: Nullable<i32>,
}

/// `microsoft.graph.driveRestoreArtifact`. Derives from [`RestoreArtifactBase`]: its properties are flat on the wire and reachable through `Deref`.
#[graph_entity(odata_type = "microsoft.graph.driveRestoreArtifact")]
pub struct DriveRestoreArtifact {
    /// The base type's properties.
    #[graph(base)]
    pub base: RestoreArtifactBase,
    /// `restoredSiteId`: Edm.String.
    pub restored_site_id: Nullable<String>,
    /// `restoredSiteName`: Edm.String.
    pub restored_site_name: Nullable<String>,
    /// `restoredSiteWebUrl`: Edm.String.
    pub restored_site_web_url: Nullable<String>,
}

/// `microsoft.graph.driveRestoreArtifactsBulkAdditionRequest`. Derives from [`RestoreArtifactsBulkRequestBase`]: its properties are flat on the wire and reachable through `Deref`.
#[graph_entity(odata_type = "microsoft.graph.driveRestoreArtifactsBulkAdditionRequest")]
pub struct DriveRestoreArtifactsBulkAdditionRequest {
    /// The base type's properties.
    #[graph(base)]
    pub base: RestoreArtifactsBulkRequestBase,
    /// `directoryObjectIds`: Edm.String collection.
    pub directory_object_ids: Nullable<Vec<String>>,
    /// `drives`: Edm.String collection.
    pub drives: Nullable<Vec<String>>,
}

/// `microsoft.graph.exchangeRestoreSession`. Derives from [`RestoreSessionBase`]: its properties are flat on the wire and reachable through `Deref`.
#[graph_entity(odata_type = "microsoft.graph.exchangeRestoreSession")]
pub struct ExchangeRestoreSession {
    /// The base type's properties.
    #[graph(base)]
    pub base: RestoreSessionBase,
    /// `granularMailboxRestoreArtifacts`: microsoft.graph.granularMailboxRestoreArtifact collection. Navigation property, contained.
    #[graph(nav)]
    pub granular_mailbox_restore_artifacts: Option<Vec<GranularMailboxRestoreArtifact>>,
    /// `mailboxRestoreArtifacts`: microsoft.graph.mailboxRestoreArtifact collection. Navigation property, contained.
    #[graph(nav)]
    pub mailbox_restore_artifacts: Option<Vec<AnyMailboxRestoreArtifact>>,
    /// `mailboxRestoreArtifacts@delta`: changes to `mailboxRestoreArtifacts`, as sent in a PATCH and echoed in its response.
    #[graph(delta)]
    pub mailbox_restore_artifacts_delta: Option<Delta<MailboxRestoreArtifact>>,
    /// `mailboxRestoreArtifactsBulkAdditionRequests`: microsoft.graph.mailboxRestoreArtifactsBulkAdditionRequest collection. Navigation property, contained.
    #[graph(nav)]
    pub mailbox_restore_artifacts_bulk_addition_requests: Option<Vec<MailboxRestoreArtifactsBulkAdditionRequest>>,
}

/// `microsoft.graph.granularDriveRestoreArtifact`. Derives from [`GranularRestoreArtifactBase`]: its properties are flat on the wire and reachable through `Deref`.
#[graph_entity(odata_type = "microsoft.graph.granularDriveRestoreArtifact")]
pub struct GranularDriveRestoreArtifact {
    /// The base type's properties.
    #[graph(base)]
    pub base: GranularRestoreArtifactBase,
    /// `directoryObjectId`: Edm.String.
    pub directory_object_id: Nullable<String>,
}

/// `microsoft.graph.granularMailboxRestoreArtifact`. Derives from [`MailboxRestoreArtifact`]: its properties are flat on the wire and reachable through `Deref`.
#[graph_entity(odata_type = "microsoft.graph.granularMailboxRestoreArtifact")]
pub struct GranularMailboxRestoreArtifact {
    /// The base type's properties.
    #[graph(base)]
    pub base: MailboxRestoreArtifact,
    /// `artifactCount`: Edm.Int32, read-only.
    #[graph(read_only)]
    pub artifact_count: Nullable<i32>,
    /// `searchResponseId`: Edm.String.
    pub search_response_id: Option<String>,
}

/// `microsoft.graph.granularRestoreArtifactBase`. Derives from [`Entity`]: its properties are flat on the wire and reachable through `Deref`.
///
/// Derived types exist: read values that may be any of them through [`AnyGranularRestoreArtifact`].
#[graph_entity(odata_type = "microsoft.graph.granularRestoreArtifactBase")]
pub struct GranularRestoreArtifactBase {
    /// The base type's properties.
    #[graph(base)]
    pub entity: Entity,
    /// `browseSessionId`: Edm.String.
    pub browse_session_id: Nullable<String>,
    /// `completionDateTime`: Edm.DateTimeOffset.
    pub completion_date_time: Nullable<DateTimeOffset>,
    /// `destinationType`: microsoft.graph.destinationType.
    pub destination_type: Nullable<DestinationType>,
    /// `error`: microsoft.graph.publicError, read-only.
    #[graph(read_only)]
    pub error: Nullable<Box<PublicError>>,
    /// `restoredItemKey`: Edm.String.
    pub restored_item_key: Nullable<String>,
    /// `restoredItemPath`: Edm.String.
    pub restored_item_path: Nullable<String>,
    /// `restoredItemWebUrl`: Edm.String.
    pub restored_item_web_url: Nullable<String>,
    /// `restorePointDateTime`: Edm.DateTimeOffset.
    pub restore_point_date_time: Nullable<DateTimeOffset>,
    /// `startDateTime`: Edm.DateTimeOffset.
    pub start_date_time: Nullable<DateTimeOffset>,
    /// `status`: microsoft.graph.artifactRestoreStatus, read-only.
    #[graph(read_only)]
    pub status: Option<ArtifactRestoreStatus>,
    /// `webUrl`: Edm.String.
    pub web_url: Nullable<String>,
}

/// Any `microsoft.graph.granularRestoreArtifactBase`: dispatched on `@odata.type` to the most derived type this program knows;
/// other types are kept in the `GranularRestoreArtifactBase` variant with everything they carried.
#[graph_entity(odata_type = "microsoft.graph.granularRestoreArtifactBase")]
pub enum AnyGranularRestoreArtifact {
    /// `microsoft.graph.granularDriveRestoreArtifact`.
    GranularDriveRestoreArtifact(GranularDriveRestoreArtifact),
    /// `microsoft.graph.granularSiteRestoreArtifact`.
    GranularSiteRestoreArtifact(GranularSiteRestoreArtifact),
    /// `microsoft.graph.granularRestoreArtifactBase` itself, or a type derived from it that this program does not know.
    #[graph(fallback)]
    Other(GranularRestoreArtifactBase),
}

/// `microsoft.graph.granularSiteRestoreArtifact`. Derives from [`GranularRestoreArtifactBase`]: its properties are flat on the wire and reachable through `Deref`.
#[graph_entity(odata_type = "microsoft.graph.granularSiteRestoreArtifact")]
pub struct GranularSiteRestoreArtifact {
    /// The base type's properties.
    #[graph(base)]
    pub base: GranularRestoreArtifactBase,
    /// `siteId`: Edm.String.
    pub site_id: Nullable<String>,
}

/// `microsoft.graph.mailboxRestoreArtifact`. Derives from [`RestoreArtifactBase`]: its properties are flat on the wire and reachable through `Deref`.
///
/// Derived types exist: read values that may be any of them through [`AnyMailboxRestoreArtifact`].
#[graph_entity(odata_type = "microsoft.graph.mailboxRestoreArtifact")]
pub struct MailboxRestoreArtifact {
    /// The base type's properties.
    #[graph(base)]
    pub base: RestoreArtifactBase,
    /// `restoredFolderId`: Edm.String.
    pub restored_folder_id: Nullable<String>,
    /// `restoredFolderName`: Edm.String.
    pub restored_folder_name: Nullable<String>,
    /// `restoredItemCount`: Edm.Int32, read-only.
    #[graph(read_only)]
    pub restored_item_count: Nullable<i32>,
}

/// Any `microsoft.graph.mailboxRestoreArtifact`: dispatched on `@odata.type` to the most derived type this program knows;
/// other types are kept in the `MailboxRestoreArtifact` variant with everything they carried.
#[graph_entity(odata_type = "microsoft.graph.mailboxRestoreArtifact")]
pub enum AnyMailboxRestoreArtifact {
    /// `microsoft.graph.granularMailboxRestoreArtifact`.
    Granular(GranularMailboxRestoreArtifact),
    /// `microsoft.graph.mailboxRestoreArtifact` itself, or a type derived from it that this program does not know.
    #[graph(fallback)]
    Other(MailboxRestoreArtifact),
}

/// `microsoft.graph.mailboxRestoreArtifactsBulkAdditionRequest`. Derives from [`RestoreArtifactsBulkRequestBase`]: its properties are flat on the wire and reachable through `Deref`.
#[graph_entity(odata_type = "microsoft.graph.mailboxRestoreArtifactsBulkAdditionRequest")]
pub struct MailboxRestoreArtifactsBulkAdditionRequest {
    /// The base type's properties.
    #[graph(base)]
    pub base: RestoreArtifactsBulkRequestBase,
    /// `directoryObjectIds`: Edm.String collection.
    pub directory_object_ids: Nullable<Vec<String>>,
    /// `mailboxes`: Edm.String collection.
    pub mailboxes: Nullable<Vec<String>>,
}

/// `microsoft.graph.oneDriveForBusinessRestoreSession`. Derives from [`RestoreSessionBase`]: its properties are flat on the wire and reachable through `Deref`.
#[graph_entity(odata_type = "microsoft.graph.oneDriveForBusinessRestoreSession")]
pub struct OneDriveForBusinessRestoreSession {
    /// The base type's properties.
    #[graph(base)]
    pub base: RestoreSessionBase,
    /// `driveRestoreArtifacts`: microsoft.graph.driveRestoreArtifact collection. Navigation property, contained.
    #[graph(nav)]
    pub drive_restore_artifacts: Option<Vec<DriveRestoreArtifact>>,
    /// `driveRestoreArtifacts@delta`: changes to `driveRestoreArtifacts`, as sent in a PATCH and echoed in its response.
    #[graph(delta)]
    pub drive_restore_artifacts_delta: Option<Delta<DriveRestoreArtifact>>,
    /// `driveRestoreArtifactsBulkAdditionRequests`: microsoft.graph.driveRestoreArtifactsBulkAdditionRequest collection. Navigation property, contained.
    #[graph(nav)]
    pub drive_restore_artifacts_bulk_addition_requests: Option<Vec<DriveRestoreArtifactsBulkAdditionRequest>>,
    /// `granularDriveRestoreArtifacts`: microsoft.graph.granularDriveRestoreArtifact collection. Navigation property, contained.
    #[graph(nav)]
    pub granular_drive_restore_artifacts: Option<Vec<GranularDriveRestoreArtifact>>,
}

/// `microsoft.graph.restoreArtifactBase`. Derives from [`Entity`]: its properties are flat on the wire and reachable through `Deref`.
///
/// Derived types exist: read values that may be any of them through [`AnyRestoreArtifact`].
#[graph_entity(odata_type = "microsoft.graph.restoreArtifactBase")]
pub struct RestoreArtifactBase {
    /// The base type's properties.
    #[graph(base)]
    pub entity: Entity,
    /// `completionDateTime`: Edm.DateTimeOffset.
    pub completion_date_time: Nullable<DateTimeOffset>,
    /// `destinationType`: microsoft.graph.destinationType.
    pub destination_type: Nullable<DestinationType>,
    /// `error`: microsoft.graph.publicError, read-only.
    #[graph(read_only)]
    pub error: Nullable<Box<PublicError>>,
    /// `startDateTime`: Edm.DateTimeOffset.
    pub start_date_time: Nullable<DateTimeOffset>,
    /// `status`: microsoft.graph.artifactRestoreStatus, read-only.
    #[graph(read_only)]
    pub status: Nullable<ArtifactRestoreStatus>,
    /// `restorePoint`: microsoft.graph.restorePoint. Navigation property.
    #[graph(nav)]
    pub restore_point: Nullable<Box<RestorePoint>>,
}

/// Any `microsoft.graph.restoreArtifactBase`: dispatched on `@odata.type` to the most derived type this program knows;
/// other types are kept in the `RestoreArtifactBase` variant with everything they carried.
#[graph_entity(odata_type = "microsoft.graph.restoreArtifactBase")]
pub enum AnyRestoreArtifact {
    /// `microsoft.graph.driveRestoreArtifact`.
    Drive(DriveRestoreArtifact),
    /// `microsoft.graph.mailboxRestoreArtifact`.
    Mailbox(MailboxRestoreArtifact),
    /// `microsoft.graph.granularMailboxRestoreArtifact`.
    GranularMailbox(GranularMailboxRestoreArtifact),
    /// `microsoft.graph.siteRestoreArtifact`.
    Site(SiteRestoreArtifact),
    /// `microsoft.graph.restoreArtifactBase` itself, or a type derived from it that this program does not know.
    #[graph(fallback)]
    Other(RestoreArtifactBase),
}

/// `microsoft.graph.restoreArtifactsBulkRequestBase`. Derives from [`Entity`]: its properties are flat on the wire and reachable through `Deref`.
///
/// Derived types exist: read values that may be any of them through [`AnyRestoreArtifactsBulkRequest`].
#[graph_entity(odata_type = "microsoft.graph.restoreArtifactsBulkRequestBase")]
pub struct RestoreArtifactsBulkRequestBase {
    /// The base type's properties.
    #[graph(base)]
    pub entity: Entity,
    /// `createdBy`: microsoft.graph.identitySet, read-only.
    #[graph(read_only)]
    pub created_by: Nullable<Box<IdentitySet>>,
    /// `createdDateTime`: Edm.DateTimeOffset, read-only.
    #[graph(read_only)]
    pub created_date_time: Nullable<DateTimeOffset>,
    /// `destinationType`: microsoft.graph.destinationType.
    pub destination_type: Nullable<DestinationType>,
    /// `displayName`: Edm.String.
    pub display_name: Nullable<String>,
    /// `error`: microsoft.graph.publicError, read-only.
    #[graph(read_only)]
    pub error: Nullable<Box<PublicError>>,
    /// `lastModifiedBy`: microsoft.graph.identitySet, read-only.
    #[graph(read_only)]
    pub last_modified_by: Nullable<Box<IdentitySet>>,
    /// `lastModifiedDateTime`: Edm.DateTimeOffset, read-only.
    #[graph(read_only)]
    pub last_modified_date_time: Nullable<DateTimeOffset>,
    /// `protectionTimePeriod`: microsoft.graph.timePeriod.
    pub protection_time_period: Nullable<TimePeriod>,
    /// `protectionUnitIds`: Edm.String collection.
    pub protection_unit_ids: Nullable<Vec<String>>,
    /// `restorePointPreference`: microsoft.graph.restorePointPreference.
    pub restore_point_preference: Nullable<RestorePointPreference>,
    /// `status`: microsoft.graph.restoreArtifactsBulkRequestStatus.
    pub status: Option<RestoreArtifactsBulkRequestStatus>,
    /// `tags`: microsoft.graph.restorePointTags.
    pub tags: Nullable<Flags<RestorePointTags>>,
}

/// Any `microsoft.graph.restoreArtifactsBulkRequestBase`: dispatched on `@odata.type` to the most derived type this program knows;
/// other types are kept in the `RestoreArtifactsBulkRequestBase` variant with everything they carried.
#[graph_entity(odata_type = "microsoft.graph.restoreArtifactsBulkRequestBase")]
pub enum AnyRestoreArtifactsBulkRequest {
    /// `microsoft.graph.driveRestoreArtifactsBulkAdditionRequest`.
    DriveRestoreArtifactsBulkAdditionRequest(DriveRestoreArtifactsBulkAdditionRequest),
    /// `microsoft.graph.mailboxRestoreArtifactsBulkAdditionRequest`.
    MailboxRestoreArtifactsBulkAdditionRequest(MailboxRestoreArtifactsBulkAdditionRequest),
    /// `microsoft.graph.siteRestoreArtifactsBulkAdditionRequest`.
    SiteRestoreArtifactsBulkAdditionRequest(SiteRestoreArtifactsBulkAdditionRequest),
    /// `microsoft.graph.restoreArtifactsBulkRequestBase` itself, or a type derived from it that this program does not know.
    #[graph(fallback)]
    Other(RestoreArtifactsBulkRequestBase),
}

/// `microsoft.graph.restoreSessionBase`. Derives from [`Entity`]: its properties are flat on the wire and reachable through `Deref`.
///
/// Derived types exist: read values that may be any of them through [`AnyRestoreSession`].
#[graph_entity(odata_type = "microsoft.graph.restoreSessionBase")]
pub struct RestoreSessionBase {
    /// The base type's properties.
    #[graph(base)]
    pub entity: Entity,
    /// `completedDateTime`: Edm.DateTimeOffset.
    pub completed_date_time: Nullable<DateTimeOffset>,
    /// `createdBy`: microsoft.graph.identitySet, read-only.
    #[graph(read_only)]
    pub created_by: Nullable<Box<IdentitySet>>,
    /// `createdDateTime`: Edm.DateTimeOffset, read-only.
    #[graph(read_only)]
    pub created_date_time: Nullable<DateTimeOffset>,
    /// `error`: microsoft.graph.publicError, read-only.
    #[graph(read_only)]
    pub error: Nullable<Box<PublicError>>,
    /// `lastModifiedBy`: microsoft.graph.identitySet, read-only.
    #[graph(read_only)]
    pub last_modified_by: Nullable<Box<IdentitySet>>,
    /// `lastModifiedDateTime`: Edm.DateTimeOffset, read-only.
    #[graph(read_only)]
    pub last_modified_date_time: Nullable<DateTimeOffset>,
    /// `restoreJobType`: microsoft.graph.restoreJobType.
    pub restore_job_type: Nullable<RestoreJobType>,
    /// `restoreSessionArtifactCount`: microsoft.graph.restoreSessionArtifactCount, read-only.
    #[graph(read_only)]
    pub restore_session_artifact_count: Nullable<RestoreSessionArtifactCount>,
    /// `status`: microsoft.graph.restoreSessionStatus, read-only.
    #[graph(read_only)]
    pub status: Nullable<RestoreSessionStatus>,
}

/// Any `microsoft.graph.restoreSessionBase`: dispatched on `@odata.type` to the most derived type this program knows;
/// other types are kept in the `RestoreSessionBase` variant with everything they carried.
#[graph_entity(odata_type = "microsoft.graph.restoreSessionBase")]
pub enum AnyRestoreSession {
    /// `microsoft.graph.exchangeRestoreSession`.
    Exchange(ExchangeRestoreSession),
    /// `microsoft.graph.oneDriveForBusinessRestoreSession`.
    OneDriveForBusiness(OneDriveForBusinessRestoreSession),
    /// `microsoft.graph.sharePointRestoreSession`.
    SharePoint(SharePointRestoreSession),
    /// `microsoft.graph.restoreSessionBase` itself, or a type derived from it that this program does not know.
    #[graph(fallback)]
    Other(RestoreSessionBase),
}

/// `microsoft.graph.restoreTaskActivityLog`. Derives from [`ActivityLogBase`]: its properties are flat on the wire and reachable through `Deref`.
#[graph_entity(odata_type = "microsoft.graph.restoreTaskActivityLog")]
pub struct RestoreTaskActivityLog {
    /// The base type's properties.
    #[graph(base)]
    pub base: ActivityLogBase,
    /// `destinationType`: microsoft.graph.destinationType.
    pub destination_type: Option<DestinationType>,
    /// `restoreArtifactDetails`: microsoft.graph.restoreArtifactDetails.
    pub restore_artifact_details: Nullable<RestoreArtifactDetails>,
    /// `restoreCompletionDateTime`: Edm.DateTimeOffset.
    pub restore_completion_date_time: Nullable<DateTimeOffset>,
    /// `restoreSessionId`: Edm.String.
    pub restore_session_id: Nullable<String>,
    /// `restoreSessionStatus`: microsoft.graph.restoreSessionStatus.
    pub restore_session_status: Option<RestoreSessionStatus>,
    /// `tags`: microsoft.graph.restorePointTags.
    pub tags: Option<Flags<RestorePointTags>>,
}

/// `microsoft.graph.sharePointRestoreSession`. Derives from [`RestoreSessionBase`]: its properties are flat on the wire and reachable through `Deref`.
#[graph_entity(odata_type = "microsoft.graph.sharePointRestoreSession")]
pub struct SharePointRestoreSession {
    /// The base type's properties.
    #[graph(base)]
    pub base: RestoreSessionBase,
    /// `granularSiteRestoreArtifacts`: microsoft.graph.granularSiteRestoreArtifact collection. Navigation property, contained.
    #[graph(nav)]
    pub granular_site_restore_artifacts: Option<Vec<GranularSiteRestoreArtifact>>,
    /// `siteRestoreArtifacts`: microsoft.graph.siteRestoreArtifact collection. Navigation property, contained.
    #[graph(nav)]
    pub site_restore_artifacts: Option<Vec<SiteRestoreArtifact>>,
    /// `siteRestoreArtifacts@delta`: changes to `siteRestoreArtifacts`, as sent in a PATCH and echoed in its response.
    #[graph(delta)]
    pub site_restore_artifacts_delta: Option<Delta<SiteRestoreArtifact>>,
    /// `siteRestoreArtifactsBulkAdditionRequests`: microsoft.graph.siteRestoreArtifactsBulkAdditionRequest collection. Navigation property, contained.
    #[graph(nav)]
    pub site_restore_artifacts_bulk_addition_requests: Option<Vec<SiteRestoreArtifactsBulkAdditionRequest>>,
}

/// `microsoft.graph.siteRestoreArtifact`. Derives from [`RestoreArtifactBase`]: its properties are flat on the wire and reachable through `Deref`.
#[graph_entity(odata_type = "microsoft.graph.siteRestoreArtifact")]
pub struct SiteRestoreArtifact {
    /// The base type's properties.
    #[graph(base)]
    pub base: RestoreArtifactBase,
    /// `restoredSiteId`: Edm.String.
    pub restored_site_id: Nullable<String>,
    /// `restoredSiteName`: Edm.String.
    pub restored_site_name: Nullable<String>,
    /// `restoredSiteWebUrl`: Edm.String.
    pub restored_site_web_url: Nullable<String>,
}

/// `microsoft.graph.siteRestoreArtifactsBulkAdditionRequest`. Derives from [`RestoreArtifactsBulkRequestBase`]: its properties are flat on the wire and reachable through `Deref`.
#[graph_entity(odata_type = "microsoft.graph.siteRestoreArtifactsBulkAdditionRequest")]
pub struct SiteRestoreArtifactsBulkAdditionRequest {
    /// The base type's properties.
    #[graph(base)]
    pub base: RestoreArtifactsBulkRequestBase,
    /// `siteIds`: Edm.String collection.
    pub site_ids: Nullable<Vec<String>>,
    /// `siteWebUrls`: Edm.String collection.
    pub site_web_urls: Nullable<Vec<String>>,
}

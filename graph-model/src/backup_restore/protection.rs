//! Protection policies, protection units, inclusion rules, exclusion units and their bulk jobs.
//!
//! Written by `tools/gen_backup_restore.py` from the schema extract; see the module docs for the rules.

#[allow(unused_imports)]
use super::*;
use crate::graph_entity;
#[allow(unused_imports)]
use crate::{Date, DateTimeOffset, Delta, Duration, Flags, Guid, Nullable};

/// `microsoft.graph.protectionPolicyArtifactCount` (complex type).
#[graph_entity(odata_type = "microsoft.graph.protectionPolicyArtifactCount", complex)]
pub struct ProtectionPolicyArtifactCount {
    /// `completed`: Edm.Int32.
    pub completed: Nullable<i32>,
    /// `failed`: Edm.Int32.
    pub failed: Nullable<i32>,
    /// `inProgress`: Edm.Int32.
    pub in_progress: Nullable<i32>,
    /// `total`: Edm.Int32.
    pub total: Nullable<i32>,
}

/// `microsoft.graph.protectionUnitDetails` (complex type).
#[graph_entity(odata_type = "microsoft.graph.protectionUnitDetails", complex)]
pub struct ProtectionUnitDetails {
    /// `addedCount`: Edm.Int32, read-only.
    #[graph(read_only)]
    pub added_count: Option<i32>,
    /// `backupConfigurationType`: Edm.String.
    pub backup_configuration_type: Nullable<String>,
    /// `failedCount`: Edm.Int32, read-only.
    #[graph(read_only)]
    pub failed_count: Option<i32>,
    /// `removedCount`: Edm.Int32, read-only.
    #[graph(read_only)]
    pub removed_count: Option<i32>,
    /// `requestedToAddCount`: Edm.Int32, read-only.
    #[graph(read_only)]
    pub requested_to_add_count: Option<i32>,
    /// `requestedToRemoveCount`: Edm.Int32, read-only.
    #[graph(read_only)]
    pub requested_to_remove_count: Option<i32>,
}

/// `microsoft.graph.retentionSetting` (complex type).
#[graph_entity(odata_type = "microsoft.graph.retentionSetting", complex)]
pub struct RetentionSetting {
    /// `interval`: Edm.String.
    pub interval: Nullable<String>,
    /// `period`: Edm.Duration.
    pub period: Nullable<Duration>,
}

/// `microsoft.graph.retentionPeriodChange` (complex type).
#[graph_entity(odata_type = "microsoft.graph.retentionPeriodChange", complex)]
pub struct RetentionPeriodChange {
    /// `effectiveFromDateTime`: Edm.DateTimeOffset.
    pub effective_from_date_time: Nullable<DateTimeOffset>,
    /// `status`: microsoft.graph.retentionPeriodChangeStatus.
    pub status: Option<RetentionPeriodChangeStatus>,
    /// `targetRetentionPeriodInDays`: Edm.Int32.
    pub target_retention_period_in_days: Nullable<i32>,
}

/// `microsoft.graph.driveProtectionRule`. Derives from [`ProtectionRuleBase`]: its properties are flat on the wire and reachable through `Deref`.
#[graph_entity(odata_type = "microsoft.graph.driveProtectionRule")]
pub struct DriveProtectionRule {
    /// The base type's properties.
    #[graph(base)]
    pub base: ProtectionRuleBase,
    /// `driveExpression`: Edm.String.
    pub drive_expression: Nullable<String>,
}

/// `microsoft.graph.driveProtectionUnit`. Derives from [`ProtectionUnitBase`]: its properties are flat on the wire and reachable through `Deref`.
#[graph_entity(odata_type = "microsoft.graph.driveProtectionUnit")]
pub struct DriveProtectionUnit {
    /// The base type's properties.
    #[graph(base)]
    pub base: ProtectionUnitBase,
    /// `directoryObjectId`: Edm.String.
    pub directory_object_id: Nullable<String>,
    /// `displayName`: Edm.String.
    pub display_name: Nullable<String>,
    /// `email`: Edm.String.
    pub email: Nullable<String>,
}

/// `microsoft.graph.driveProtectionUnitsBulkAdditionJob`. Derives from [`ProtectionUnitsBulkJobBase`]: its properties are flat on the wire and reachable through `Deref`.
#[graph_entity(odata_type = "microsoft.graph.driveProtectionUnitsBulkAdditionJob")]
pub struct DriveProtectionUnitsBulkAdditionJob {
    /// The base type's properties.
    #[graph(base)]
    pub base: ProtectionUnitsBulkJobBase,
    /// `directoryObjectIds`: Edm.String collection.
    pub directory_object_ids: Nullable<Vec<String>>,
    /// `drives`: Edm.String collection.
    pub drives: Nullable<Vec<String>>,
}

/// `microsoft.graph.driveExclusionUnit`. Derives from [`ExclusionUnitBase`]: its properties are flat on the wire and reachable through `Deref`.
#[graph_entity(odata_type = "microsoft.graph.driveExclusionUnit")]
pub struct DriveExclusionUnit {
    /// The base type's properties.
    #[graph(base)]
    pub base: ExclusionUnitBase,
    /// `directoryObjectId`: Edm.String.
    pub directory_object_id: Nullable<String>,
    /// `displayName`: Edm.String.
    pub display_name: Nullable<String>,
    /// `email`: Edm.String.
    pub email: Nullable<String>,
}

/// `microsoft.graph.driveExclusionUnitsBulkAdditionJob`. Derives from [`ExclusionUnitBulkAdditionJob`]: its properties are flat on the wire and reachable through `Deref`.
#[graph_entity(odata_type = "microsoft.graph.driveExclusionUnitsBulkAdditionJob")]
pub struct DriveExclusionUnitsBulkAdditionJob {
    /// The base type's properties.
    #[graph(base)]
    pub base: ExclusionUnitBulkAdditionJob,
    /// `drives`: Edm.String collection.
    pub drives: Nullable<Vec<String>>,
}

/// `microsoft.graph.exchangeProtectionPolicy`. Derives from [`ProtectionPolicyBase`]: its properties are flat on the wire and reachable through `Deref`.
#[graph_entity(odata_type = "microsoft.graph.exchangeProtectionPolicy")]
pub struct ExchangeProtectionPolicy {
    /// The base type's properties.
    #[graph(base)]
    pub base: ProtectionPolicyBase,
    /// `mailboxExclusionUnits`: microsoft.graph.mailboxExclusionUnit collection. Navigation property.
    #[graph(nav)]
    pub mailbox_exclusion_units: Option<Vec<MailboxExclusionUnit>>,
    /// `mailboxExclusionUnitsBulkAdditionJobs`: microsoft.graph.mailboxExclusionUnitsBulkAdditionJob collection. Navigation property.
    #[graph(nav)]
    pub mailbox_exclusion_units_bulk_addition_jobs: Option<Vec<MailboxExclusionUnitsBulkAdditionJob>>,
    /// `mailboxInclusionRules`: microsoft.graph.mailboxProtectionRule collection. Navigation property.
    #[graph(nav)]
    pub mailbox_inclusion_rules: Option<Vec<MailboxProtectionRule>>,
    /// `mailboxProtectionUnits`: microsoft.graph.mailboxProtectionUnit collection. Navigation property.
    #[graph(nav)]
    pub mailbox_protection_units: Option<Vec<MailboxProtectionUnit>>,
    /// `mailboxProtectionUnits@delta`: changes to `mailboxProtectionUnits`, as sent in a PATCH and echoed in its response.
    #[graph(delta)]
    pub mailbox_protection_units_delta: Option<Delta<MailboxProtectionUnit>>,
    /// `mailboxProtectionUnitsBulkAdditionJobs`: microsoft.graph.mailboxProtectionUnitsBulkAdditionJob collection. Navigation property.
    #[graph(nav)]
    pub mailbox_protection_units_bulk_addition_jobs: Option<Vec<MailboxProtectionUnitsBulkAdditionJob>>,
}

/// `microsoft.graph.exclusionUnitBase`. Derives from [`Entity`]: its properties are flat on the wire and reachable through `Deref`.
///
/// Abstract in the schema: the service sends one of its derived types, read through [`AnyExclusionUnit`].
#[graph_entity(odata_type = "microsoft.graph.exclusionUnitBase")]
pub struct ExclusionUnitBase {
    /// The base type's properties.
    #[graph(base)]
    pub entity: Entity,
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
    /// `policyId`: Edm.String.
    pub policy_id: Nullable<String>,
}

/// Any `microsoft.graph.exclusionUnitBase`: dispatched on `@odata.type` to the most derived type this program knows;
/// other types are kept in the `ExclusionUnitBase` variant with everything they carried.
#[graph_entity(odata_type = "microsoft.graph.exclusionUnitBase")]
pub enum AnyExclusionUnit {
    /// `microsoft.graph.driveExclusionUnit`.
    Drive(DriveExclusionUnit),
    /// `microsoft.graph.mailboxExclusionUnit`.
    Mailbox(MailboxExclusionUnit),
    /// `microsoft.graph.siteExclusionUnit`.
    Site(SiteExclusionUnit),
    /// `microsoft.graph.exclusionUnitBase` itself, or a type derived from it that this program does not know.
    #[graph(fallback)]
    Other(ExclusionUnitBase),
}

/// `microsoft.graph.exclusionUnitBulkAdditionJob`. Derives from [`Entity`]: its properties are flat on the wire and reachable through `Deref`.
///
/// Abstract in the schema: the service sends one of its derived types, read through [`AnyExclusionUnitBulkAdditionJob`].
#[graph_entity(odata_type = "microsoft.graph.exclusionUnitBulkAdditionJob")]
pub struct ExclusionUnitBulkAdditionJob {
    /// The base type's properties.
    #[graph(base)]
    pub entity: Entity,
    /// `createdBy`: microsoft.graph.identitySet, read-only.
    #[graph(read_only)]
    pub created_by: Nullable<Box<IdentitySet>>,
    /// `createdDateTime`: Edm.DateTimeOffset, read-only.
    #[graph(read_only)]
    pub created_date_time: Nullable<DateTimeOffset>,
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
    /// `status`: microsoft.graph.exclusionUnitBulkJobStatus.
    ///
    /// The schema extract does not include `exclusionUnitBulkJobStatus`, so the value is kept as its wire string.
    pub status: Option<String>,
}

/// Any `microsoft.graph.exclusionUnitBulkAdditionJob`: dispatched on `@odata.type` to the most derived type this program knows;
/// other types are kept in the `ExclusionUnitBulkAdditionJob` variant with everything they carried.
#[graph_entity(odata_type = "microsoft.graph.exclusionUnitBulkAdditionJob")]
pub enum AnyExclusionUnitBulkAdditionJob {
    /// `microsoft.graph.driveExclusionUnitsBulkAdditionJob`.
    DriveExclusionUnitsBulkAdditionJob(DriveExclusionUnitsBulkAdditionJob),
    /// `microsoft.graph.mailboxExclusionUnitsBulkAdditionJob`.
    MailboxExclusionUnitsBulkAdditionJob(MailboxExclusionUnitsBulkAdditionJob),
    /// `microsoft.graph.siteExclusionUnitsBulkAdditionJob`.
    SiteExclusionUnitsBulkAdditionJob(SiteExclusionUnitsBulkAdditionJob),
    /// `microsoft.graph.exclusionUnitBulkAdditionJob` itself, or a type derived from it that this program does not know.
    #[graph(fallback)]
    Other(ExclusionUnitBulkAdditionJob),
}

/// `microsoft.graph.mailboxExclusionUnit`. Derives from [`ExclusionUnitBase`]: its properties are flat on the wire and reachable through `Deref`.
#[graph_entity(odata_type = "microsoft.graph.mailboxExclusionUnit")]
pub struct MailboxExclusionUnit {
    /// The base type's properties.
    #[graph(base)]
    pub base: ExclusionUnitBase,
    /// `directoryObjectId`: Edm.String.
    pub directory_object_id: Nullable<String>,
    /// `displayName`: Edm.String.
    pub display_name: Nullable<String>,
    /// `email`: Edm.String.
    pub email: Nullable<String>,
    /// `mailboxType`: microsoft.graph.mailboxType.
    ///
    /// The schema extract does not include `mailboxType`, so the value is kept as its wire string.
    pub mailbox_type: Nullable<String>,
}

/// `microsoft.graph.mailboxExclusionUnitsBulkAdditionJob`. Derives from [`ExclusionUnitBulkAdditionJob`]: its properties are flat on the wire and reachable through `Deref`.
#[graph_entity(odata_type = "microsoft.graph.mailboxExclusionUnitsBulkAdditionJob")]
pub struct MailboxExclusionUnitsBulkAdditionJob {
    /// The base type's properties.
    #[graph(base)]
    pub base: ExclusionUnitBulkAdditionJob,
    /// `mailboxes`: Edm.String collection.
    pub mailboxes: Nullable<Vec<String>>,
}

/// `microsoft.graph.mailboxProtectionRule`. Derives from [`ProtectionRuleBase`]: its properties are flat on the wire and reachable through `Deref`.
#[graph_entity(odata_type = "microsoft.graph.mailboxProtectionRule")]
pub struct MailboxProtectionRule {
    /// The base type's properties.
    #[graph(base)]
    pub base: ProtectionRuleBase,
    /// `mailboxExpression`: Edm.String.
    pub mailbox_expression: Nullable<String>,
}

/// `microsoft.graph.mailboxProtectionUnit`. Derives from [`ProtectionUnitBase`]: its properties are flat on the wire and reachable through `Deref`.
#[graph_entity(odata_type = "microsoft.graph.mailboxProtectionUnit")]
pub struct MailboxProtectionUnit {
    /// The base type's properties.
    #[graph(base)]
    pub base: ProtectionUnitBase,
    /// `directoryObjectId`: Edm.String.
    pub directory_object_id: Nullable<String>,
    /// `displayName`: Edm.String.
    pub display_name: Nullable<String>,
    /// `email`: Edm.String.
    pub email: Nullable<String>,
    /// `mailboxType`: microsoft.graph.mailboxType.
    ///
    /// The schema extract does not include `mailboxType`, so the value is kept as its wire string.
    pub mailbox_type: Nullable<String>,
}

/// `microsoft.graph.mailboxProtectionUnitsBulkAdditionJob`. Derives from [`ProtectionUnitsBulkJobBase`]: its properties are flat on the wire and reachable through `Deref`.
#[graph_entity(odata_type = "microsoft.graph.mailboxProtectionUnitsBulkAdditionJob")]
pub struct MailboxProtectionUnitsBulkAdditionJob {
    /// The base type's properties.
    #[graph(base)]
    pub base: ProtectionUnitsBulkJobBase,
    /// `directoryObjectIds`: Edm.String collection.
    pub directory_object_ids: Nullable<Vec<String>>,
    /// `mailboxes`: Edm.String collection.
    pub mailboxes: Nullable<Vec<String>>,
}

/// `microsoft.graph.oneDriveForBusinessProtectionPolicy`. Derives from [`ProtectionPolicyBase`]: its properties are flat on the wire and reachable through `Deref`.
#[graph_entity(odata_type = "microsoft.graph.oneDriveForBusinessProtectionPolicy")]
pub struct OneDriveForBusinessProtectionPolicy {
    /// The base type's properties.
    #[graph(base)]
    pub base: ProtectionPolicyBase,
    /// `driveExclusionUnits`: microsoft.graph.driveExclusionUnit collection. Navigation property.
    #[graph(nav)]
    pub drive_exclusion_units: Option<Vec<DriveExclusionUnit>>,
    /// `driveExclusionUnitsBulkAdditionJobs`: microsoft.graph.driveExclusionUnitsBulkAdditionJob collection. Navigation property.
    #[graph(nav)]
    pub drive_exclusion_units_bulk_addition_jobs: Option<Vec<DriveExclusionUnitsBulkAdditionJob>>,
    /// `driveInclusionRules`: microsoft.graph.driveProtectionRule collection. Navigation property.
    #[graph(nav)]
    pub drive_inclusion_rules: Option<Vec<DriveProtectionRule>>,
    /// `driveProtectionUnits`: microsoft.graph.driveProtectionUnit collection. Navigation property.
    #[graph(nav)]
    pub drive_protection_units: Option<Vec<DriveProtectionUnit>>,
    /// `driveProtectionUnits@delta`: changes to `driveProtectionUnits`, as sent in a PATCH and echoed in its response.
    #[graph(delta)]
    pub drive_protection_units_delta: Option<Delta<DriveProtectionUnit>>,
    /// `driveProtectionUnitsBulkAdditionJobs`: microsoft.graph.driveProtectionUnitsBulkAdditionJob collection. Navigation property.
    #[graph(nav)]
    pub drive_protection_units_bulk_addition_jobs: Option<Vec<DriveProtectionUnitsBulkAdditionJob>>,
}

/// `microsoft.graph.protectionPolicyBase`. Derives from [`Entity`]: its properties are flat on the wire and reachable through `Deref`.
///
/// Abstract in the schema: the service sends one of its derived types, read through [`AnyProtectionPolicy`].
#[graph_entity(odata_type = "microsoft.graph.protectionPolicyBase")]
pub struct ProtectionPolicyBase {
    /// The base type's properties.
    #[graph(base)]
    pub entity: Entity,
    /// `billingPolicyId`: Edm.String.
    pub billing_policy_id: Nullable<String>,
    /// `createdBy`: microsoft.graph.identitySet, read-only.
    #[graph(read_only)]
    pub created_by: Nullable<Box<IdentitySet>>,
    /// `createdDateTime`: Edm.DateTimeOffset, read-only.
    #[graph(read_only)]
    pub created_date_time: Nullable<DateTimeOffset>,
    /// `displayName`: Edm.String.
    pub display_name: Nullable<String>,
    /// `isEnabled`: Edm.Boolean.
    pub is_enabled: Option<bool>,
    /// `lastModifiedBy`: microsoft.graph.identitySet, read-only.
    #[graph(read_only)]
    pub last_modified_by: Nullable<Box<IdentitySet>>,
    /// `lastModifiedDateTime`: Edm.DateTimeOffset, read-only.
    #[graph(read_only)]
    pub last_modified_date_time: Nullable<DateTimeOffset>,
    /// `offboardRequestedDateTime`: Edm.DateTimeOffset.
    pub offboard_requested_date_time: Nullable<DateTimeOffset>,
    /// `protectionMode`: microsoft.graph.BackupPolicyProtectionMode.
    pub protection_mode: Nullable<BackupPolicyProtectionMode>,
    /// `protectionPolicyArtifactCount`: microsoft.graph.protectionPolicyArtifactCount, read-only.
    #[graph(read_only)]
    pub protection_policy_artifact_count: Nullable<ProtectionPolicyArtifactCount>,
    /// `retentionSettings`: microsoft.graph.retentionSetting collection.
    pub retention_settings: Nullable<Vec<RetentionSetting>>,
    /// `status`: microsoft.graph.protectionPolicyStatus.
    pub status: Nullable<ProtectionPolicyStatus>,
}

/// Any `microsoft.graph.protectionPolicyBase`: dispatched on `@odata.type` to the most derived type this program knows;
/// other types are kept in the `ProtectionPolicyBase` variant with everything they carried.
#[graph_entity(odata_type = "microsoft.graph.protectionPolicyBase")]
pub enum AnyProtectionPolicy {
    /// `microsoft.graph.exchangeProtectionPolicy`.
    Exchange(ExchangeProtectionPolicy),
    /// `microsoft.graph.oneDriveForBusinessProtectionPolicy`.
    OneDriveForBusiness(OneDriveForBusinessProtectionPolicy),
    /// `microsoft.graph.sharePointProtectionPolicy`.
    SharePoint(SharePointProtectionPolicy),
    /// `microsoft.graph.protectionPolicyBase` itself, or a type derived from it that this program does not know.
    #[graph(fallback)]
    Other(ProtectionPolicyBase),
}

/// `microsoft.graph.protectionRuleBase`. Derives from [`Entity`]: its properties are flat on the wire and reachable through `Deref`.
///
/// Abstract in the schema: the service sends one of its derived types, read through [`AnyProtectionRule`].
#[graph_entity(odata_type = "microsoft.graph.protectionRuleBase")]
pub struct ProtectionRuleBase {
    /// The base type's properties.
    #[graph(base)]
    pub entity: Entity,
    /// `createdBy`: microsoft.graph.identitySet, read-only.
    #[graph(read_only)]
    pub created_by: Nullable<Box<IdentitySet>>,
    /// `createdDateTime`: Edm.DateTimeOffset, read-only.
    #[graph(read_only)]
    pub created_date_time: Nullable<DateTimeOffset>,
    /// `error`: microsoft.graph.publicError, read-only.
    #[graph(read_only)]
    pub error: Nullable<Box<PublicError>>,
    /// `isAutoApplyEnabled`: Edm.Boolean.
    pub is_auto_apply_enabled: Nullable<bool>,
    /// `lastModifiedBy`: microsoft.graph.identitySet, read-only.
    #[graph(read_only)]
    pub last_modified_by: Nullable<Box<IdentitySet>>,
    /// `lastModifiedDateTime`: Edm.DateTimeOffset, read-only.
    #[graph(read_only)]
    pub last_modified_date_time: Nullable<DateTimeOffset>,
    /// `status`: microsoft.graph.protectionRuleStatus.
    pub status: Nullable<ProtectionRuleStatus>,
}

/// Any `microsoft.graph.protectionRuleBase`: dispatched on `@odata.type` to the most derived type this program knows;
/// other types are kept in the `ProtectionRuleBase` variant with everything they carried.
#[graph_entity(odata_type = "microsoft.graph.protectionRuleBase")]
pub enum AnyProtectionRule {
    /// `microsoft.graph.driveProtectionRule`.
    Drive(DriveProtectionRule),
    /// `microsoft.graph.mailboxProtectionRule`.
    Mailbox(MailboxProtectionRule),
    /// `microsoft.graph.siteProtectionRule`.
    Site(SiteProtectionRule),
    /// `microsoft.graph.protectionRuleBase` itself, or a type derived from it that this program does not know.
    #[graph(fallback)]
    Other(ProtectionRuleBase),
}

/// `microsoft.graph.protectionUnitBase`. Derives from [`Entity`]: its properties are flat on the wire and reachable through `Deref`.
///
/// Abstract in the schema: the service sends one of its derived types, read through [`AnyProtectionUnit`].
#[graph_entity(odata_type = "microsoft.graph.protectionUnitBase")]
pub struct ProtectionUnitBase {
    /// The base type's properties.
    #[graph(base)]
    pub entity: Entity,
    /// `backupRetentionPeriodInDays`: Edm.Int32.
    pub backup_retention_period_in_days: Option<i32>,
    /// `billingPolicyId`: Edm.String.
    pub billing_policy_id: Nullable<String>,
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
    /// `offboardRequestedDateTime`: Edm.DateTimeOffset.
    pub offboard_requested_date_time: Nullable<DateTimeOffset>,
    /// `pendingRetentionPeriodChange`: microsoft.graph.retentionPeriodChange.
    pub pending_retention_period_change: Nullable<RetentionPeriodChange>,
    /// `policyId`: Edm.String.
    pub policy_id: Nullable<String>,
    /// `protectionSources`: microsoft.graph.protectionSource.
    pub protection_sources: Option<Flags<ProtectionSource>>,
    /// `status`: microsoft.graph.protectionUnitStatus.
    pub status: Nullable<ProtectionUnitStatus>,
}

/// Any `microsoft.graph.protectionUnitBase`: dispatched on `@odata.type` to the most derived type this program knows;
/// other types are kept in the `ProtectionUnitBase` variant with everything they carried.
#[graph_entity(odata_type = "microsoft.graph.protectionUnitBase")]
pub enum AnyProtectionUnit {
    /// `microsoft.graph.driveProtectionUnit`.
    Drive(DriveProtectionUnit),
    /// `microsoft.graph.mailboxProtectionUnit`.
    Mailbox(MailboxProtectionUnit),
    /// `microsoft.graph.siteProtectionUnit`.
    Site(SiteProtectionUnit),
    /// `microsoft.graph.protectionUnitBase` itself, or a type derived from it that this program does not know.
    #[graph(fallback)]
    Other(ProtectionUnitBase),
}

/// `microsoft.graph.protectionUnitsBulkJobBase`. Derives from [`Entity`]: its properties are flat on the wire and reachable through `Deref`.
///
/// Abstract in the schema: the service sends one of its derived types, read through [`AnyProtectionUnitsBulkJob`].
#[graph_entity(odata_type = "microsoft.graph.protectionUnitsBulkJobBase")]
pub struct ProtectionUnitsBulkJobBase {
    /// The base type's properties.
    #[graph(base)]
    pub entity: Entity,
    /// `createdBy`: microsoft.graph.identitySet, read-only.
    #[graph(read_only)]
    pub created_by: Nullable<Box<IdentitySet>>,
    /// `createdDateTime`: Edm.DateTimeOffset, read-only.
    #[graph(read_only)]
    pub created_date_time: Nullable<DateTimeOffset>,
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
    /// `status`: microsoft.graph.protectionUnitsBulkJobStatus.
    pub status: Option<ProtectionUnitsBulkJobStatus>,
}

/// Any `microsoft.graph.protectionUnitsBulkJobBase`: dispatched on `@odata.type` to the most derived type this program knows;
/// other types are kept in the `ProtectionUnitsBulkJobBase` variant with everything they carried.
#[graph_entity(odata_type = "microsoft.graph.protectionUnitsBulkJobBase")]
pub enum AnyProtectionUnitsBulkJob {
    /// `microsoft.graph.driveProtectionUnitsBulkAdditionJob`.
    DriveProtectionUnitsBulkAdditionJob(DriveProtectionUnitsBulkAdditionJob),
    /// `microsoft.graph.mailboxProtectionUnitsBulkAdditionJob`.
    MailboxProtectionUnitsBulkAdditionJob(MailboxProtectionUnitsBulkAdditionJob),
    /// `microsoft.graph.siteProtectionUnitsBulkAdditionJob`.
    SiteProtectionUnitsBulkAdditionJob(SiteProtectionUnitsBulkAdditionJob),
    /// `microsoft.graph.protectionUnitsBulkJobBase` itself, or a type derived from it that this program does not know.
    #[graph(fallback)]
    Other(ProtectionUnitsBulkJobBase),
}

/// `microsoft.graph.sharePointProtectionPolicy`. Derives from [`ProtectionPolicyBase`]: its properties are flat on the wire and reachable through `Deref`.
#[graph_entity(odata_type = "microsoft.graph.sharePointProtectionPolicy")]
pub struct SharePointProtectionPolicy {
    /// The base type's properties.
    #[graph(base)]
    pub base: ProtectionPolicyBase,
    /// `siteExclusionUnits`: microsoft.graph.siteExclusionUnit collection. Navigation property.
    #[graph(nav)]
    pub site_exclusion_units: Option<Vec<SiteExclusionUnit>>,
    /// `siteExclusionUnitsBulkAdditionJobs`: microsoft.graph.siteExclusionUnitsBulkAdditionJob collection. Navigation property.
    #[graph(nav)]
    pub site_exclusion_units_bulk_addition_jobs: Option<Vec<SiteExclusionUnitsBulkAdditionJob>>,
    /// `siteInclusionRules`: microsoft.graph.siteProtectionRule collection. Navigation property.
    #[graph(nav)]
    pub site_inclusion_rules: Option<Vec<SiteProtectionRule>>,
    /// `siteProtectionUnits`: microsoft.graph.siteProtectionUnit collection. Navigation property.
    #[graph(nav)]
    pub site_protection_units: Option<Vec<SiteProtectionUnit>>,
    /// `siteProtectionUnits@delta`: changes to `siteProtectionUnits`, as sent in a PATCH and echoed in its response.
    #[graph(delta)]
    pub site_protection_units_delta: Option<Delta<SiteProtectionUnit>>,
    /// `siteProtectionUnitsBulkAdditionJobs`: microsoft.graph.siteProtectionUnitsBulkAdditionJob collection. Navigation property.
    #[graph(nav)]
    pub site_protection_units_bulk_addition_jobs: Option<Vec<SiteProtectionUnitsBulkAdditionJob>>,
}

/// `microsoft.graph.siteExclusionUnit`. Derives from [`ExclusionUnitBase`]: its properties are flat on the wire and reachable through `Deref`.
#[graph_entity(odata_type = "microsoft.graph.siteExclusionUnit")]
pub struct SiteExclusionUnit {
    /// The base type's properties.
    #[graph(base)]
    pub base: ExclusionUnitBase,
    /// `siteId`: Edm.String.
    pub site_id: Nullable<String>,
    /// `siteName`: Edm.String.
    pub site_name: Nullable<String>,
    /// `siteWebUrl`: Edm.String.
    pub site_web_url: Nullable<String>,
}

/// `microsoft.graph.siteExclusionUnitsBulkAdditionJob`. Derives from [`ExclusionUnitBulkAdditionJob`]: its properties are flat on the wire and reachable through `Deref`.
#[graph_entity(odata_type = "microsoft.graph.siteExclusionUnitsBulkAdditionJob")]
pub struct SiteExclusionUnitsBulkAdditionJob {
    /// The base type's properties.
    #[graph(base)]
    pub base: ExclusionUnitBulkAdditionJob,
    /// `siteWebUrls`: Edm.String collection.
    pub site_web_urls: Nullable<Vec<String>>,
}

/// `microsoft.graph.siteProtectionRule`. Derives from [`ProtectionRuleBase`]: its properties are flat on the wire and reachable through `Deref`.
#[graph_entity(odata_type = "microsoft.graph.siteProtectionRule")]
pub struct SiteProtectionRule {
    /// The base type's properties.
    #[graph(base)]
    pub base: ProtectionRuleBase,
    /// `siteExpression`: Edm.String.
    pub site_expression: Nullable<String>,
}

/// `microsoft.graph.siteProtectionUnit`. Derives from [`ProtectionUnitBase`]: its properties are flat on the wire and reachable through `Deref`.
#[graph_entity(odata_type = "microsoft.graph.siteProtectionUnit")]
pub struct SiteProtectionUnit {
    /// The base type's properties.
    #[graph(base)]
    pub base: ProtectionUnitBase,
    /// `siteId`: Edm.String.
    pub site_id: Nullable<String>,
    /// `siteName`: Edm.String.
    pub site_name: Nullable<String>,
    /// `siteWebUrl`: Edm.String.
    pub site_web_url: Nullable<String>,
}

/// `microsoft.graph.siteProtectionUnitsBulkAdditionJob`. Derives from [`ProtectionUnitsBulkJobBase`]: its properties are flat on the wire and reachable through `Deref`.
#[graph_entity(odata_type = "microsoft.graph.siteProtectionUnitsBulkAdditionJob")]
pub struct SiteProtectionUnitsBulkAdditionJob {
    /// The base type's properties.
    #[graph(base)]
    pub base: ProtectionUnitsBulkJobBase,
    /// `siteIds`: Edm.String collection.
    pub site_ids: Nullable<Vec<String>>,
    /// `siteWebUrls`: Edm.String collection.
    pub site_web_urls: Nullable<Vec<String>>,
}

//! The backup root, service status, service apps, notifications and reports.
//!
//! Written by `tools/gen_backup_restore.py` from the schema extract; see the module docs for the rules.

#[allow(unused_imports)]
use super::*;
use crate::graph_entity;
#[allow(unused_imports)]
use crate::{Date, DateTimeOffset, Delta, Duration, Flags, Guid, Nullable};

/// `microsoft.graph.notificationRecipients` (complex type).
#[graph_entity(odata_type = "microsoft.graph.notificationRecipients", complex)]
pub struct NotificationRecipients {
    /// `customRecipients`: microsoft.graph.emailIdentity collection.
    pub custom_recipients: Option<Vec<EmailIdentity>>,
    /// `role`: microsoft.graph.notificationRecipientsType.
    pub role: Option<Flags<NotificationRecipientsType>>,
}

/// `microsoft.graph.serviceStatus` (complex type).
#[graph_entity(odata_type = "microsoft.graph.serviceStatus", complex)]
pub struct ServiceStatus {
    /// `backupServiceConsumer`: microsoft.graph.backupServiceConsumer.
    pub backup_service_consumer: Nullable<BackupServiceConsumer>,
    /// `disableReason`: microsoft.graph.disableReason.
    pub disable_reason: Nullable<DisableReason>,
    /// `gracePeriodDateTime`: Edm.DateTimeOffset.
    pub grace_period_date_time: Nullable<DateTimeOffset>,
    /// `lastModifiedBy`: microsoft.graph.identitySet, read-only.
    #[graph(read_only)]
    pub last_modified_by: Nullable<Box<IdentitySet>>,
    /// `lastModifiedDateTime`: Edm.DateTimeOffset, read-only.
    #[graph(read_only)]
    pub last_modified_date_time: Nullable<DateTimeOffset>,
    /// `restoreAllowedTillDateTime`: Edm.DateTimeOffset.
    pub restore_allowed_till_date_time: Nullable<DateTimeOffset>,
    /// `status`: microsoft.graph.backupServiceStatus.
    pub status: Nullable<BackupServiceStatus>,
}

/// `microsoft.graph.backupReport`. Derives from [`Entity`]: its properties are flat on the wire and reachable through `Deref`.
///
/// Abstract in the schema: the service sends one of its derived types.
#[graph_entity(odata_type = "microsoft.graph.backupReport")]
pub struct BackupReport {
    /// The base type's properties.
    #[graph(base)]
    pub entity: Entity,
}

/// `microsoft.graph.backupRestoreRoot`. Derives from [`Entity`]: its properties are flat on the wire and reachable through `Deref`.
///
/// Navigation properties to types outside this schema extract are not modelled: `sharePointBrowseSessions`.
#[graph_entity(odata_type = "microsoft.graph.backupRestoreRoot")]
pub struct BackupRestoreRoot {
    /// The base type's properties.
    #[graph(base)]
    pub entity: Entity,
    /// `serviceStatus`: microsoft.graph.serviceStatus.
    pub service_status: Nullable<Box<ServiceStatus>>,
    /// `activityLogs`: microsoft.graph.activityLogBase collection. Navigation property, contained.
    #[graph(nav)]
    pub activity_logs: Option<Vec<AnyActivityLog>>,
    /// `browseSessions`: microsoft.graph.browseSessionBase collection. Navigation property, contained.
    #[graph(nav)]
    pub browse_sessions: Option<Vec<AnyBrowseSession>>,
    /// `driveExclusionUnits`: microsoft.graph.driveExclusionUnit collection. Navigation property, contained.
    #[graph(nav)]
    pub drive_exclusion_units: Option<Vec<DriveExclusionUnit>>,
    /// `driveExclusionUnitsBulkAdditionJobs`: microsoft.graph.driveExclusionUnitsBulkAdditionJob collection. Navigation property, contained.
    #[graph(nav)]
    pub drive_exclusion_units_bulk_addition_jobs: Option<Vec<DriveExclusionUnitsBulkAdditionJob>>,
    /// `driveInclusionRules`: microsoft.graph.driveProtectionRule collection. Navigation property, contained.
    #[graph(nav)]
    pub drive_inclusion_rules: Option<Vec<DriveProtectionRule>>,
    /// `driveProtectionUnits`: microsoft.graph.driveProtectionUnit collection. Navigation property, contained.
    #[graph(nav)]
    pub drive_protection_units: Option<Vec<DriveProtectionUnit>>,
    /// `driveProtectionUnitsBulkAdditionJobs`: microsoft.graph.driveProtectionUnitsBulkAdditionJob collection. Navigation property, contained.
    #[graph(nav)]
    pub drive_protection_units_bulk_addition_jobs: Option<Vec<DriveProtectionUnitsBulkAdditionJob>>,
    /// `emailNotificationsSetting`: microsoft.graph.emailNotificationsSetting. Navigation property, contained.
    #[graph(nav)]
    pub email_notifications_setting: Nullable<Box<EmailNotificationsSetting>>,
    /// `exchangeProtectionPolicies`: microsoft.graph.exchangeProtectionPolicy collection. Navigation property, contained.
    #[graph(nav)]
    pub exchange_protection_policies: Option<Vec<ExchangeProtectionPolicy>>,
    /// `exchangeRestoreSessions`: microsoft.graph.exchangeRestoreSession collection. Navigation property, contained.
    #[graph(nav)]
    pub exchange_restore_sessions: Option<Vec<ExchangeRestoreSession>>,
    /// `exclusionUnits`: microsoft.graph.exclusionUnitBase collection. Navigation property.
    #[graph(nav)]
    pub exclusion_units: Option<Vec<AnyExclusionUnit>>,
    /// `mailboxExclusionUnits`: microsoft.graph.mailboxExclusionUnit collection. Navigation property, contained.
    #[graph(nav)]
    pub mailbox_exclusion_units: Option<Vec<MailboxExclusionUnit>>,
    /// `mailboxExclusionUnitsBulkAdditionJobs`: microsoft.graph.mailboxExclusionUnitsBulkAdditionJob collection. Navigation property, contained.
    #[graph(nav)]
    pub mailbox_exclusion_units_bulk_addition_jobs: Option<Vec<MailboxExclusionUnitsBulkAdditionJob>>,
    /// `mailboxInclusionRules`: microsoft.graph.mailboxProtectionRule collection. Navigation property, contained.
    #[graph(nav)]
    pub mailbox_inclusion_rules: Option<Vec<MailboxProtectionRule>>,
    /// `mailboxProtectionUnits`: microsoft.graph.mailboxProtectionUnit collection. Navigation property, contained.
    #[graph(nav)]
    pub mailbox_protection_units: Option<Vec<MailboxProtectionUnit>>,
    /// `mailboxProtectionUnitsBulkAdditionJobs`: microsoft.graph.mailboxProtectionUnitsBulkAdditionJob collection. Navigation property, contained.
    #[graph(nav)]
    pub mailbox_protection_units_bulk_addition_jobs: Option<Vec<MailboxProtectionUnitsBulkAdditionJob>>,
    /// `oneDriveForBusinessBrowseSessions`: microsoft.graph.oneDriveForBusinessBrowseSession collection. Navigation property, contained.
    #[graph(nav)]
    pub one_drive_for_business_browse_sessions: Option<Vec<OneDriveForBusinessBrowseSession>>,
    /// `oneDriveForBusinessProtectionPolicies`: microsoft.graph.oneDriveForBusinessProtectionPolicy collection. Navigation property, contained.
    #[graph(nav)]
    pub one_drive_for_business_protection_policies: Option<Vec<OneDriveForBusinessProtectionPolicy>>,
    /// `oneDriveForBusinessRestoreSessions`: microsoft.graph.oneDriveForBusinessRestoreSession collection. Navigation property, contained.
    #[graph(nav)]
    pub one_drive_for_business_restore_sessions: Option<Vec<OneDriveForBusinessRestoreSession>>,
    /// `protectionPolicies`: microsoft.graph.protectionPolicyBase collection. Navigation property, contained.
    #[graph(nav)]
    pub protection_policies: Option<Vec<AnyProtectionPolicy>>,
    /// `protectionUnits`: microsoft.graph.protectionUnitBase collection. Navigation property.
    #[graph(nav)]
    pub protection_units: Option<Vec<AnyProtectionUnit>>,
    /// `reports`: microsoft.graph.backupReport. Navigation property, contained.
    #[graph(nav)]
    pub reports: Nullable<Box<BackupReport>>,
    /// `restorePoints`: microsoft.graph.restorePoint collection. Navigation property, contained.
    #[graph(nav)]
    pub restore_points: Option<Vec<RestorePoint>>,
    /// `restoreSessions`: microsoft.graph.restoreSessionBase collection. Navigation property, contained.
    #[graph(nav)]
    pub restore_sessions: Option<Vec<AnyRestoreSession>>,
    /// `serviceApps`: microsoft.graph.serviceApp collection. Navigation property, contained.
    #[graph(nav)]
    pub service_apps: Option<Vec<ServiceApp>>,
    /// `sharePointProtectionPolicies`: microsoft.graph.sharePointProtectionPolicy collection. Navigation property, contained.
    #[graph(nav)]
    pub share_point_protection_policies: Option<Vec<SharePointProtectionPolicy>>,
    /// `sharePointRestoreSessions`: microsoft.graph.sharePointRestoreSession collection. Navigation property, contained.
    #[graph(nav)]
    pub share_point_restore_sessions: Option<Vec<SharePointRestoreSession>>,
    /// `siteExclusionUnits`: microsoft.graph.siteExclusionUnit collection. Navigation property, contained.
    #[graph(nav)]
    pub site_exclusion_units: Option<Vec<SiteExclusionUnit>>,
    /// `siteExclusionUnitsBulkAdditionJobs`: microsoft.graph.siteExclusionUnitsBulkAdditionJob collection. Navigation property, contained.
    #[graph(nav)]
    pub site_exclusion_units_bulk_addition_jobs: Option<Vec<SiteExclusionUnitsBulkAdditionJob>>,
    /// `siteInclusionRules`: microsoft.graph.siteProtectionRule collection. Navigation property, contained.
    #[graph(nav)]
    pub site_inclusion_rules: Option<Vec<SiteProtectionRule>>,
    /// `siteProtectionUnits`: microsoft.graph.siteProtectionUnit collection. Navigation property, contained.
    #[graph(nav)]
    pub site_protection_units: Option<Vec<SiteProtectionUnit>>,
    /// `siteProtectionUnitsBulkAdditionJobs`: microsoft.graph.siteProtectionUnitsBulkAdditionJob collection. Navigation property, contained.
    #[graph(nav)]
    pub site_protection_units_bulk_addition_jobs: Option<Vec<SiteProtectionUnitsBulkAdditionJob>>,
}

/// `microsoft.graph.emailNotificationsSetting`. Derives from [`Entity`]: its properties are flat on the wire and reachable through `Deref`.
#[graph_entity(odata_type = "microsoft.graph.emailNotificationsSetting")]
pub struct EmailNotificationsSetting {
    /// The base type's properties.
    #[graph(base)]
    pub entity: Entity,
    /// `additionalEvents`: microsoft.graph.notificationEventsType.
    pub additional_events: Option<Flags<NotificationEventsType>>,
    /// `isEnabled`: Edm.Boolean.
    pub is_enabled: Option<bool>,
    /// `recipients`: microsoft.graph.notificationRecipients.
    pub recipients: Option<NotificationRecipients>,
}

/// `microsoft.graph.serviceApp`. Derives from [`Entity`]: its properties are flat on the wire and reachable through `Deref`.
#[graph_entity(odata_type = "microsoft.graph.serviceApp")]
pub struct ServiceApp {
    /// The base type's properties.
    #[graph(base)]
    pub entity: Entity,
    /// `application`: microsoft.graph.identity.
    pub application: Nullable<Identity>,
    /// `effectiveDateTime`: Edm.DateTimeOffset.
    pub effective_date_time: Nullable<DateTimeOffset>,
    /// `lastModifiedBy`: microsoft.graph.identitySet, read-only.
    #[graph(read_only)]
    pub last_modified_by: Nullable<Box<IdentitySet>>,
    /// `lastModifiedDateTime`: Edm.DateTimeOffset, read-only.
    #[graph(read_only)]
    pub last_modified_date_time: Nullable<DateTimeOffset>,
    /// `registrationDateTime`: Edm.DateTimeOffset.
    pub registration_date_time: Nullable<DateTimeOffset>,
    /// `status`: microsoft.graph.serviceAppStatus.
    pub status: Nullable<ServiceAppStatus>,
}

/// `microsoft.graph.solutionsRoot`.
///
/// Navigation properties to types outside this schema extract are not modelled: `approval`, `bookingBusinesses`, `bookingCurrencies`, `businessScenarios`, `migrations`, `sharePoint`, `virtualEvents`.
#[graph_entity(odata_type = "microsoft.graph.solutionsRoot")]
pub struct SolutionsRoot {
    /// `backupRestore`: microsoft.graph.backupRestoreRoot. Navigation property, contained.
    #[graph(nav)]
    pub backup_restore: Nullable<Box<BackupRestoreRoot>>,
}

//! The area's enum types: evolvable (with `unknownFutureValue`) and flags enums.
//!
//! Written by `tools/gen_backup_restore.py` from the schema extract; see the module docs for the rules.

#[allow(unused_imports)]
use super::*;
use crate::graph_entity;
#[allow(unused_imports)]
use crate::{Date, DateTimeOffset, Delta, Duration, Flags, Guid, Nullable};

/// `microsoft.graph.activityLogOperationType`.
#[graph_entity(odata_type = "microsoft.graph.activityLogOperationType")]
pub enum ActivityLogOperationType {
    /// `backupPolicyCreated` (0).
    BackupPolicyCreated = 0,
    /// `backupPolicyActivated` (1).
    BackupPolicyActivated = 1,
    /// `backupPolicyModified` (2).
    BackupPolicyModified = 2,
    /// `backupPolicyPaused` (3).
    BackupPolicyPaused = 3,
    /// `backupPolicyRenamed` (4).
    BackupPolicyRenamed = 4,
    /// `dynamicRuleExecution` (5).
    DynamicRuleExecution = 5,
    /// `dynamicRuleDeletion` (6).
    DynamicRuleDeletion = 6,
    /// `protectionUnitLevelOffboarding` (7).
    ProtectionUnitLevelOffboarding = 7,
    /// `policyLevelOffboarding` (8).
    PolicyLevelOffboarding = 8,
    /// `restoreTaskCreated` (9).
    RestoreTaskCreated = 9,
    /// `restoreTaskCompleted` (10).
    RestoreTaskCompleted = 10,
    /// `unknownFutureValue`: the sentinel; in a response it stands for a member this request did not opt into.
    UnknownFutureValue = 11,
}

/// `microsoft.graph.activityLogResultStatus`.
#[graph_entity(odata_type = "microsoft.graph.activityLogResultStatus")]
pub enum ActivityLogResultStatus {
    /// `succeeded` (0).
    Succeeded = 0,
    /// `failed` (1).
    Failed = 1,
    /// `partiallySucceeded` (2).
    PartiallySucceeded = 2,
    /// `unknownFutureValue`: the sentinel; in a response it stands for a member this request did not opt into.
    UnknownFutureValue = 3,
}

/// `microsoft.graph.activityLogSeverity`.
#[graph_entity(odata_type = "microsoft.graph.activityLogSeverity")]
pub enum ActivityLogSeverity {
    /// `high` (0).
    High = 0,
    /// `medium` (1).
    Medium = 1,
    /// `low` (2).
    Low = 2,
    /// `unknownFutureValue`: the sentinel; in a response it stands for a member this request did not opt into.
    UnknownFutureValue = 3,
}

/// `microsoft.graph.protectionPolicyStatus`.
///
/// Members after `UnknownFutureValue` (`offboardRequested`, `offboarded`) are sent only to requests with
/// `Prefer: include-unknown-enum-members`.
#[graph_entity(odata_type = "microsoft.graph.protectionPolicyStatus")]
pub enum ProtectionPolicyStatus {
    /// `inactive` (0).
    Inactive = 0,
    /// `activeWithErrors` (1).
    ActiveWithErrors = 1,
    /// `updating` (2).
    Updating = 2,
    /// `active` (3).
    Active = 3,
    /// `unknownFutureValue`: the sentinel; in a response it stands for a member this request did not opt into.
    UnknownFutureValue = 4,
    /// `offboardRequested` (6). Needs `Prefer: include-unknown-enum-members`.
    OffboardRequested = 6,
    /// `offboarded` (7). Needs `Prefer: include-unknown-enum-members`.
    Offboarded = 7,
}

/// `microsoft.graph.protectionRuleStatus`.
///
/// Members after `UnknownFutureValue` (`updateRequested`, `deleteRequested`) are sent only to requests with
/// `Prefer: include-unknown-enum-members`.
#[graph_entity(odata_type = "microsoft.graph.protectionRuleStatus")]
pub enum ProtectionRuleStatus {
    /// `draft` (0).
    Draft = 0,
    /// `active` (1).
    Active = 1,
    /// `completed` (2).
    Completed = 2,
    /// `completedWithErrors` (3).
    CompletedWithErrors = 3,
    /// `unknownFutureValue`: the sentinel; in a response it stands for a member this request did not opt into.
    UnknownFutureValue = 4,
    /// `updateRequested` (5). Needs `Prefer: include-unknown-enum-members`.
    UpdateRequested = 5,
    /// `deleteRequested` (6). Needs `Prefer: include-unknown-enum-members`.
    DeleteRequested = 6,
}

/// `microsoft.graph.protectionScopeState`.
#[graph_entity(odata_type = "microsoft.graph.protectionScopeState")]
pub enum ProtectionScopeState {
    /// `notModified` (0).
    NotModified = 0,
    /// `modified` (1).
    Modified = 1,
    /// `unknownFutureValue`: the sentinel; in a response it stands for a member this request did not opt into.
    UnknownFutureValue = 2,
}

/// `microsoft.graph.protectionSource` (flags: a value is a set, see [`Flags`]).
#[graph_entity(odata_type = "microsoft.graph.protectionSource", flags)]
pub enum ProtectionSource {
    /// `none` (0).
    None = 0,
    /// `manual` (1).
    Manual = 1,
    /// `dynamicRule` (2).
    DynamicRule = 2,
    /// `unknownFutureValue`: the sentinel; in a response it stands for a member this request did not opt into.
    UnknownFutureValue = 4,
}

/// `microsoft.graph.protectionUnitsBulkJobStatus`.
#[graph_entity(odata_type = "microsoft.graph.protectionUnitsBulkJobStatus")]
pub enum ProtectionUnitsBulkJobStatus {
    /// `unknown` (0).
    Unknown = 0,
    /// `active` (1).
    Active = 1,
    /// `completed` (2).
    Completed = 2,
    /// `completedWithErrors` (3).
    CompletedWithErrors = 3,
    /// `unknownFutureValue`: the sentinel; in a response it stands for a member this request did not opt into.
    UnknownFutureValue = 4,
}

/// `microsoft.graph.protectionUnitStatus`.
///
/// Members after `UnknownFutureValue` (`offboardRequested`, `offboarded`, `cancelOffboardRequested`) are sent only to requests with
/// `Prefer: include-unknown-enum-members`.
#[graph_entity(odata_type = "microsoft.graph.protectionUnitStatus")]
pub enum ProtectionUnitStatus {
    /// `protectRequested` (0).
    ProtectRequested = 0,
    /// `protected` (1).
    Protected = 1,
    /// `unprotectRequested` (2).
    UnprotectRequested = 2,
    /// `unprotected` (3).
    Unprotected = 3,
    /// `removeRequested` (4).
    RemoveRequested = 4,
    /// `unknownFutureValue`: the sentinel; in a response it stands for a member this request did not opt into.
    UnknownFutureValue = 5,
    /// `offboardRequested` (6). Needs `Prefer: include-unknown-enum-members`.
    OffboardRequested = 6,
    /// `offboarded` (7). Needs `Prefer: include-unknown-enum-members`.
    Offboarded = 7,
    /// `cancelOffboardRequested` (8). Needs `Prefer: include-unknown-enum-members`.
    CancelOffboardRequested = 8,
}

/// `microsoft.graph.artifactRestoreStatus`.
#[graph_entity(odata_type = "microsoft.graph.artifactRestoreStatus")]
pub enum ArtifactRestoreStatus {
    /// `added` (0).
    Added = 0,
    /// `scheduling` (1).
    Scheduling = 1,
    /// `scheduled` (2).
    Scheduled = 2,
    /// `inProgress` (3).
    InProgress = 3,
    /// `succeeded` (4).
    Succeeded = 4,
    /// `failed` (5).
    Failed = 5,
    /// `unknownFutureValue`: the sentinel; in a response it stands for a member this request did not opt into.
    UnknownFutureValue = 6,
}

/// `microsoft.graph.artifactType`.
#[graph_entity(odata_type = "microsoft.graph.artifactType")]
pub enum ArtifactType {
    /// `transcript` (0).
    Transcript = 0,
    /// `unknownFutureValue`: the sentinel; in a response it stands for a member this request did not opt into.
    UnknownFutureValue = 1,
}

/// `microsoft.graph.BackupPolicyProtectionMode`.
#[graph_entity(odata_type = "microsoft.graph.BackupPolicyProtectionMode")]
pub enum BackupPolicyProtectionMode {
    /// `standard` (0).
    Standard = 0,
    /// `fullServiceBackup` (1).
    FullServiceBackup = 1,
    /// `unknownFutureValue`: the sentinel; in a response it stands for a member this request did not opt into.
    UnknownFutureValue = 2,
}

/// `microsoft.graph.backupServiceConsumer`.
#[graph_entity(odata_type = "microsoft.graph.backupServiceConsumer")]
pub enum BackupServiceConsumer {
    /// `unknown` (0).
    Unknown = 0,
    /// `firstparty` (1).
    Firstparty = 1,
    /// `thirdparty` (2).
    Thirdparty = 2,
    /// `unknownFutureValue`: the sentinel; in a response it stands for a member this request did not opt into.
    UnknownFutureValue = 3,
}

/// `microsoft.graph.backupServiceStatus`.
#[graph_entity(odata_type = "microsoft.graph.backupServiceStatus")]
pub enum BackupServiceStatus {
    /// `disabled` (0).
    Disabled = 0,
    /// `enabled` (1).
    Enabled = 1,
    /// `protectionChangeLocked` (2).
    ProtectionChangeLocked = 2,
    /// `restoreLocked` (3).
    RestoreLocked = 3,
    /// `unknownFutureValue`: the sentinel; in a response it stands for a member this request did not opt into.
    UnknownFutureValue = 4,
}

/// `microsoft.graph.browsableResourceType`.
#[graph_entity(odata_type = "microsoft.graph.browsableResourceType")]
pub enum BrowsableResourceType {
    /// `none` (0).
    None = 0,
    /// `site` (1).
    Site = 1,
    /// `documentLibrary` (2).
    DocumentLibrary = 2,
    /// `folder` (3).
    Folder = 3,
    /// `unknownFutureValue`: the sentinel; in a response it stands for a member this request did not opt into.
    UnknownFutureValue = 4,
}

/// `microsoft.graph.browseQueryOrder`.
#[graph_entity(odata_type = "microsoft.graph.browseQueryOrder")]
pub enum BrowseQueryOrder {
    /// `pathAsc` (0).
    PathAsc = 0,
    /// `pathDsc` (1).
    PathDsc = 1,
    /// `nameAsc` (2).
    NameAsc = 2,
    /// `nameDsc` (3).
    NameDsc = 3,
    /// `unknownFutureValue`: the sentinel; in a response it stands for a member this request did not opt into.
    UnknownFutureValue = 4,
}

/// `microsoft.graph.browseQueryResponseItemType`.
#[graph_entity(odata_type = "microsoft.graph.browseQueryResponseItemType")]
pub enum BrowseQueryResponseItemType {
    /// `none` (0).
    None = 0,
    /// `site` (1).
    Site = 1,
    /// `documentLibrary` (2).
    DocumentLibrary = 2,
    /// `folder` (3).
    Folder = 3,
    /// `file` (4).
    File = 4,
    /// `unknownFutureValue`: the sentinel; in a response it stands for a member this request did not opt into.
    UnknownFutureValue = 5,
}

/// `microsoft.graph.browseSessionStatus`.
#[graph_entity(odata_type = "microsoft.graph.browseSessionStatus")]
pub enum BrowseSessionStatus {
    /// `creating` (0).
    Creating = 0,
    /// `created` (1).
    Created = 1,
    /// `failed` (2).
    Failed = 2,
    /// `unknownFutureValue`: the sentinel; in a response it stands for a member this request did not opt into.
    UnknownFutureValue = 3,
}

/// `microsoft.graph.restorableArtifact`.
#[graph_entity(odata_type = "microsoft.graph.restorableArtifact")]
pub enum RestorableArtifact {
    /// `message` (0).
    Message = 0,
    /// `unknownFutureValue`: the sentinel; in a response it stands for a member this request did not opt into.
    UnknownFutureValue = 1,
}

/// `microsoft.graph.restoreArtifactsBulkRequestStatus`.
#[graph_entity(odata_type = "microsoft.graph.restoreArtifactsBulkRequestStatus")]
pub enum RestoreArtifactsBulkRequestStatus {
    /// `unknown` (0).
    Unknown = 0,
    /// `active` (1).
    Active = 1,
    /// `completed` (2).
    Completed = 2,
    /// `completedWithErrors` (3).
    CompletedWithErrors = 3,
    /// `unknownFutureValue`: the sentinel; in a response it stands for a member this request did not opt into.
    UnknownFutureValue = 4,
}

/// `microsoft.graph.restoreJobType`.
///
/// Members after `UnknownFutureValue` (`granular`) are sent only to requests with
/// `Prefer: include-unknown-enum-members`.
#[graph_entity(odata_type = "microsoft.graph.restoreJobType")]
pub enum RestoreJobType {
    /// `standard` (0).
    Standard = 0,
    /// `bulk` (1).
    Bulk = 1,
    /// `unknownFutureValue`: the sentinel; in a response it stands for a member this request did not opt into.
    UnknownFutureValue = 2,
    /// `granular` (3). Needs `Prefer: include-unknown-enum-members`.
    Granular = 3,
}

/// `microsoft.graph.restorePointPreference`.
#[graph_entity(odata_type = "microsoft.graph.restorePointPreference")]
pub enum RestorePointPreference {
    /// `latest` (0).
    Latest = 0,
    /// `oldest` (1).
    Oldest = 1,
    /// `unknownFutureValue`: the sentinel; in a response it stands for a member this request did not opt into.
    UnknownFutureValue = 2,
}

/// `microsoft.graph.restorePointTags` (flags: a value is a set, see [`Flags`]).
///
/// Members after `UnknownFutureValue` (`includeNewerItems`) are sent only to requests with
/// `Prefer: include-unknown-enum-members`.
#[graph_entity(odata_type = "microsoft.graph.restorePointTags", flags)]
pub enum RestorePointTags {
    /// `none` (0).
    None = 0,
    /// `fastRestore` (1).
    FastRestore = 1,
    /// `unknownFutureValue`: the sentinel; in a response it stands for a member this request did not opt into.
    UnknownFutureValue = 2,
    /// `includeNewerItems` (4). Needs `Prefer: include-unknown-enum-members`.
    IncludeNewerItems = 4,
}

/// `microsoft.graph.restoreSessionStatus`.
///
/// Members after `UnknownFutureValue` (`failed`) are sent only to requests with
/// `Prefer: include-unknown-enum-members`.
#[graph_entity(odata_type = "microsoft.graph.restoreSessionStatus")]
pub enum RestoreSessionStatus {
    /// `draft` (0).
    Draft = 0,
    /// `activating` (1).
    Activating = 1,
    /// `active` (2).
    Active = 2,
    /// `completedWithError` (3).
    CompletedWithError = 3,
    /// `completed` (4).
    Completed = 4,
    /// `unknownFutureValue`: the sentinel; in a response it stands for a member this request did not opt into.
    UnknownFutureValue = 5,
    /// `failed` (6). Needs `Prefer: include-unknown-enum-members`.
    Failed = 6,
}

/// `microsoft.graph.restoreTimeRange`.
#[graph_entity(odata_type = "microsoft.graph.restoreTimeRange")]
pub enum RestoreTimeRange {
    /// `before` (0).
    Before = 0,
    /// `after` (1).
    After = 1,
    /// `beforeOrAfter` (2).
    BeforeOrAfter = 2,
    /// `unknownFutureValue`: the sentinel; in a response it stands for a member this request did not opt into.
    UnknownFutureValue = 999,
}

/// `microsoft.graph.retentionPeriodChangeStatus`.
#[graph_entity(odata_type = "microsoft.graph.retentionPeriodChangeStatus")]
pub enum RetentionPeriodChangeStatus {
    /// `none` (0).
    None = 0,
    /// `inProgress` (1).
    InProgress = 1,
    /// `failed` (2).
    Failed = 2,
    /// `completed` (3).
    Completed = 3,
    /// `unknownFutureValue`: the sentinel; in a response it stands for a member this request did not opt into.
    UnknownFutureValue = 4,
}

/// `microsoft.graph.serviceAppStatus`.
#[graph_entity(odata_type = "microsoft.graph.serviceAppStatus")]
pub enum ServiceAppStatus {
    /// `inactive` (0).
    Inactive = 0,
    /// `active` (1).
    Active = 1,
    /// `pendingActive` (2).
    PendingActive = 2,
    /// `pendingInactive` (3).
    PendingInactive = 3,
    /// `unknownFutureValue`: the sentinel; in a response it stands for a member this request did not opt into.
    UnknownFutureValue = 4,
}

/// `microsoft.graph.serviceType`.
#[graph_entity(odata_type = "microsoft.graph.serviceType")]
pub enum ServiceType {
    /// `unknown` (0).
    Unknown = 0,
    /// `sharePoint` (1).
    SharePoint = 1,
    /// `exchange` (2).
    Exchange = 2,
    /// `oneDriveForBusiness` (3).
    OneDriveForBusiness = 3,
    /// `unknownFutureValue`: the sentinel; in a response it stands for a member this request did not opt into.
    UnknownFutureValue = 4,
}

/// `microsoft.graph.destinationType`.
#[graph_entity(odata_type = "microsoft.graph.destinationType")]
pub enum DestinationType {
    /// `new` (0).
    New = 0,
    /// `inPlace` (1).
    InPlace = 1,
    /// `unknownFutureValue`: the sentinel; in a response it stands for a member this request did not opt into.
    UnknownFutureValue = 2,
}

/// `microsoft.graph.disableReason`.
#[graph_entity(odata_type = "microsoft.graph.disableReason")]
pub enum DisableReason {
    /// `none` (0).
    None = 0,
    /// `invalidBillingProfile` (1).
    InvalidBillingProfile = 1,
    /// `userRequested` (2).
    UserRequested = 2,
    /// `unknownFutureValue`: the sentinel; in a response it stands for a member this request did not opt into.
    UnknownFutureValue = 3,
}

/// `microsoft.graph.notificationEventsType` (flags: a value is a set, see [`Flags`]).
#[graph_entity(odata_type = "microsoft.graph.notificationEventsType", flags)]
pub enum NotificationEventsType {
    /// `none` (1).
    None = 1,
    /// `restoreAndPolicyUpdates` (2).
    RestoreAndPolicyUpdates = 2,
    /// `unknownFutureValue`: the sentinel; in a response it stands for a member this request did not opt into.
    UnknownFutureValue = 4,
}

/// `microsoft.graph.notificationRecipientsType` (flags: a value is a set, see [`Flags`]).
#[graph_entity(odata_type = "microsoft.graph.notificationRecipientsType", flags)]
pub enum NotificationRecipientsType {
    /// `none` (0).
    None = 0,
    /// `globalAdmins` (1).
    GlobalAdmins = 1,
    /// `backupAdmins` (2).
    BackupAdmins = 2,
    /// `custom` (4).
    Custom = 4,
    /// `allAdmins` (8).
    AllAdmins = 8,
    /// `unknownFutureValue`: the sentinel; in a response it stands for a member this request did not opt into.
    UnknownFutureValue = 16,
}

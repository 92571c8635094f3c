//! Activity logs.
//!
//! Written by `tools/gen_backup_restore.py` from the schema extract; see the module docs for the rules.

#[allow(unused_imports)]
use super::*;
use crate::graph_entity;
#[allow(unused_imports)]
use crate::{Date, DateTimeOffset, Delta, Duration, Flags, Guid, Nullable};

/// `microsoft.graph.activityLogBase`. Derives from [`Entity`]: its properties are flat on the wire and reachable through `Deref`.
///
/// Abstract in the schema: the service sends one of its derived types, read through [`AnyActivityLog`].
#[graph_entity(odata_type = "microsoft.graph.activityLogBase")]
pub struct ActivityLogBase {
    /// The base type's properties.
    #[graph(base)]
    pub entity: Entity,
    /// `activityType`: microsoft.graph.activityLogOperationType.
    pub activity_type: Option<ActivityLogOperationType>,
    /// `error`: microsoft.graph.publicError, read-only.
    #[graph(read_only)]
    pub error: Nullable<Box<PublicError>>,
    /// `eventDateTime`: Edm.DateTimeOffset.
    pub event_date_time: Option<DateTimeOffset>,
    /// `performedBy`: Edm.String.
    pub performed_by: Nullable<String>,
    /// `resultStatus`: microsoft.graph.activityLogResultStatus.
    pub result_status: Option<ActivityLogResultStatus>,
    /// `serviceType`: microsoft.graph.serviceType.
    pub service_type: Option<ServiceType>,
    /// `severity`: microsoft.graph.activityLogSeverity.
    pub severity: Option<ActivityLogSeverity>,
}

/// Any `microsoft.graph.activityLogBase`: dispatched on `@odata.type` to the most derived type this program knows;
/// other types are kept in the `ActivityLogBase` variant with everything they carried.
#[graph_entity(odata_type = "microsoft.graph.activityLogBase")]
pub enum AnyActivityLog {
    /// `microsoft.graph.backupPolicyActivityLog`.
    BackupPolicy(BackupPolicyActivityLog),
    /// `microsoft.graph.dynamicRuleActivityLog`.
    DynamicRule(DynamicRuleActivityLog),
    /// `microsoft.graph.restoreTaskActivityLog`.
    RestoreTask(RestoreTaskActivityLog),
    /// `microsoft.graph.activityLogBase` itself, or a type derived from it that this program does not know.
    #[graph(fallback)]
    Other(ActivityLogBase),
}

/// `microsoft.graph.backupPolicyActivityLog`. Derives from [`ActivityLogBase`]: its properties are flat on the wire and reachable through `Deref`.
#[graph_entity(odata_type = "microsoft.graph.backupPolicyActivityLog")]
pub struct BackupPolicyActivityLog {
    /// The base type's properties.
    #[graph(base)]
    pub base: ActivityLogBase,
    /// `oldPolicyName`: Edm.String.
    pub old_policy_name: Nullable<String>,
    /// `policyId`: Edm.String.
    pub policy_id: Nullable<String>,
    /// `policyName`: Edm.String.
    pub policy_name: Nullable<String>,
    /// `policyStatus`: microsoft.graph.protectionPolicyStatus.
    pub policy_status: Option<ProtectionPolicyStatus>,
    /// `protectionUnitDetails`: microsoft.graph.protectionUnitDetails.
    pub protection_unit_details: Nullable<ProtectionUnitDetails>,
    /// `retentionPeriod`: Edm.String.
    pub retention_period: Nullable<String>,
}

/// `microsoft.graph.dynamicRuleActivityLog`. Derives from [`ActivityLogBase`]: its properties are flat on the wire and reachable through `Deref`.
#[graph_entity(odata_type = "microsoft.graph.dynamicRuleActivityLog")]
pub struct DynamicRuleActivityLog {
    /// The base type's properties.
    #[graph(base)]
    pub base: ActivityLogBase,
    /// `policyId`: Edm.String.
    pub policy_id: Nullable<String>,
    /// `policyName`: Edm.String.
    pub policy_name: Nullable<String>,
    /// `protectionUnitDetails`: microsoft.graph.protectionUnitDetails.
    pub protection_unit_details: Nullable<ProtectionUnitDetails>,
}

//! Graph error bodies and the Backup Storage API's error codes.

use crate::graph_entity;

use super::{PublicError, PublicErrorResponse};

/// The error codes of the Backup Storage API (Graph's "Backup Storage API error responses" page), as
/// they appear in `error.code` and in per-item `@Core.DataModificationException` failures.
///
/// The service may send codes not listed here (Graph's reference examples show `Invalid`); they are kept as
/// `Unrecognized`, exactly as received. The list has no `unknownFutureValue` sentinel (it is not a CSDL
/// enum), so it is declared `closed`.
///
/// ```
/// use graph_model::backup_restore::BackupErrorCode;
///
/// let code: BackupErrorCode = "RestoreArtifactsLimitBreached".parse().unwrap();
/// assert_eq!(code, BackupErrorCode::RestoreArtifactsLimitBreached);
/// assert_eq!(BackupErrorCode::from_wire("Invalid").as_str(), "Invalid");
/// ```
#[graph_entity(odata_type = "graph_model.backupErrorCode", closed)]
pub enum BackupErrorCode {
    /// `InvalidCreateRequest`.
    #[graph(rename = "InvalidCreateRequest")]
    InvalidCreateRequest,
    /// `InvalidDisplayName`.
    #[graph(rename = "InvalidDisplayName")]
    InvalidDisplayName,
    /// `InvalidProtectionUnitId`.
    #[graph(rename = "InvalidProtectionUnitId")]
    InvalidProtectionUnitId,
    /// `ProtectionUnitsLimitBreached`.
    #[graph(rename = "ProtectionUnitsLimitBreached")]
    ProtectionUnitsLimitBreached,
    /// `PolicyCreationNotAllowed`.
    #[graph(rename = "PolicyCreationNotAllowed")]
    PolicyCreationNotAllowed,
    /// `ProtectionUnitAlreadyExists`.
    #[graph(rename = "ProtectionUnitAlreadyExists")]
    ProtectionUnitAlreadyExists,
    /// `PolicySaveFailed`.
    #[graph(rename = "PolicySaveFailed")]
    PolicySaveFailed,
    /// `InvalidPolicyId`.
    #[graph(rename = "InvalidPolicyId")]
    InvalidPolicyId,
    /// `PolicyNotFound`.
    #[graph(rename = "PolicyNotFound")]
    PolicyNotFound,
    /// `ProtectionUnitNotFound`.
    #[graph(rename = "ProtectionUnitNotFound")]
    ProtectionUnitNotFound,
    /// `DuplicateProtectionUnitInList`.
    #[graph(rename = "DuplicateProtectionUnitInList")]
    DuplicateProtectionUnitInList,
    /// `ProtectionUnitActionNotAllowed`.
    #[graph(rename = "ProtectionUnitActionNotAllowed")]
    ProtectionUnitActionNotAllowed,
    /// `PolicyActionNotAllowed`.
    #[graph(rename = "PolicyActionNotAllowed")]
    PolicyActionNotAllowed,
    /// `FilterLengthExceeded`.
    #[graph(rename = "FilterLengthExceeded")]
    FilterLengthExceeded,
    /// `UnknownError`.
    #[graph(rename = "UnknownError")]
    UnknownError,
    /// `InvalidArtifactId`.
    #[graph(rename = "InvalidArtifactId")]
    InvalidArtifactId,
    /// `QuotaExceeded`.
    #[graph(rename = "QuotaExceeded")]
    QuotaExceeded,
    /// `InvalidPathType`.
    #[graph(rename = "InvalidPathType")]
    InvalidPathType,
    /// `InvalidArtifactRequest`.
    #[graph(rename = "InvalidArtifactRequest")]
    InvalidArtifactRequest,
    /// `InvalidRestorePoint`.
    #[graph(rename = "InvalidRestorePoint")]
    InvalidRestorePoint,
    /// `DifferentRestoreDestinationType`.
    #[graph(rename = "DifferentRestoreDestinationType")]
    DifferentRestoreDestinationType,
    /// `RestoreArtifactsLimitBreached`.
    #[graph(rename = "RestoreArtifactsLimitBreached")]
    RestoreArtifactsLimitBreached,
    /// `DuplicateArtifactInList`.
    #[graph(rename = "DuplicateArtifactInList")]
    DuplicateArtifactInList,
    /// `InvalidRestoreSessionId`.
    #[graph(rename = "InvalidRestoreSessionId")]
    InvalidRestoreSessionId,
    /// `RestoreSessionNotFound`.
    #[graph(rename = "RestoreSessionNotFound")]
    RestoreSessionNotFound,
    /// `InvalidPatchRequest`.
    #[graph(rename = "InvalidPatchRequest")]
    InvalidPatchRequest,
    /// `RestoreSessionActionNotAllowed`.
    #[graph(rename = "RestoreSessionActionNotAllowed")]
    RestoreSessionActionNotAllowed,
    /// `IncompleteArtifactDeletion`.
    #[graph(rename = "IncompleteArtifactDeletion")]
    IncompleteArtifactDeletion,
    /// `TooManyActiveRestoreSessions`.
    #[graph(rename = "TooManyActiveRestoreSessions")]
    TooManyActiveRestoreSessions,
    /// `ArtifactNotFound`.
    #[graph(rename = "ArtifactNotFound")]
    ArtifactNotFound,
    /// `InvalidRestoreTime`.
    #[graph(rename = "InvalidRestoreTime")]
    InvalidRestoreTime,
    /// `ArtifactCannotBeRestored`.
    #[graph(rename = "ArtifactCannotBeRestored")]
    ArtifactCannotBeRestored,
    /// `DuplicateArtifactRestoreRequest`.
    #[graph(rename = "DuplicateArtifactRestoreRequest")]
    DuplicateArtifactRestoreRequest,
    /// `InvalidInclusionRuleCreateRequest`.
    #[graph(rename = "InvalidInclusionRuleCreateRequest")]
    InvalidInclusionRuleCreateRequest,
    /// `InvalidRuleExpression`.
    #[graph(rename = "InvalidRuleExpression")]
    InvalidRuleExpression,
    /// `InvalidRuleExpressionGroupLimitExceeded`.
    #[graph(rename = "InvalidRuleExpressionGroupLimitExceeded")]
    InvalidRuleExpressionGroupLimitExceeded,
    /// `InvalidProtectionRulePatchRequest`.
    #[graph(rename = "InvalidProtectionRulePatchRequest")]
    InvalidProtectionRulePatchRequest,
    /// `InvalidProtectionRuleStatusForUpdation`.
    #[graph(rename = "InvalidProtectionRuleStatusForUpdation")]
    InvalidProtectionRuleStatusForUpdation,
    /// `PatchNotAllowedForStaticRule`.
    #[graph(rename = "PatchNotAllowedForStaticRule")]
    PatchNotAllowedForStaticRule,
    /// `ProtectionRuleNotFound`.
    #[graph(rename = "ProtectionRuleNotFound")]
    ProtectionRuleNotFound,
    /// `InvalidProtectionRuleStatusForDynamicRuleEdit`.
    #[graph(rename = "InvalidProtectionRuleStatusForDynamicRuleEdit")]
    InvalidProtectionRuleStatusForDynamicRuleEdit,
    /// `InvalidInclusionRuleId`.
    #[graph(rename = "InvalidInclusionRuleId")]
    InvalidInclusionRuleId,
    /// `InvalidProtectionRuleStatusForDynamicRuleDeleteAndUnprotectAll`.
    #[graph(rename = "InvalidProtectionRuleStatusForDynamicRuleDeleteAndUnprotectAll")]
    InvalidProtectionRuleStatusForDynamicRuleDeleteAndUnprotectAll,
    /// `ProtectionRuleActionNotAllowed`.
    #[graph(rename = "ProtectionRuleActionNotAllowed")]
    ProtectionRuleActionNotAllowed,
    /// `RunNotAllowedForDynamicRule`.
    #[graph(rename = "RunNotAllowedForDynamicRule")]
    RunNotAllowedForDynamicRule,
    /// `InvalidProtectionRuleStatusForDeletion`.
    #[graph(rename = "InvalidProtectionRuleStatusForDeletion")]
    InvalidProtectionRuleStatusForDeletion,
    /// `InvalidProtectionRuleStatusForDynamicRuleDeletion`.
    #[graph(rename = "InvalidProtectionRuleStatusForDynamicRuleDeletion")]
    InvalidProtectionRuleStatusForDynamicRuleDeletion,
    /// `InvalidSearchRequest`.
    #[graph(rename = "InvalidSearchRequest")]
    InvalidSearchRequest,
    /// `UnableToReadBillingProfile`.
    #[graph(rename = "UnableToReadBillingProfile")]
    UnableToReadBillingProfile,
    /// `InvalidBillingProfile`.
    #[graph(rename = "InvalidBillingProfile")]
    InvalidBillingProfile,
    /// `InvalidAppOwnerTenantId`.
    #[graph(rename = "InvalidAppOwnerTenantId")]
    InvalidAppOwnerTenantId,
    /// `InvalidBulkRestoreArtifactId`.
    #[graph(rename = "InvalidBulkRestoreArtifactId")]
    InvalidBulkRestoreArtifactId,
    /// `BulkRestoreInvalidCreateRequest`.
    #[graph(rename = "BulkRestoreInvalidCreateRequest")]
    BulkRestoreInvalidCreateRequest,
    /// `BulkRestoreRestorationResourcesCountExceedsLimit`.
    #[graph(rename = "BulkRestoreRestorationResourcesCountExceedsLimit")]
    BulkRestoreRestorationResourcesCountExceedsLimit,
    /// `BulkRestoreInvalidCreateRequestSiteUrl`.
    #[graph(rename = "BulkRestoreInvalidCreateRequestSiteUrl")]
    BulkRestoreInvalidCreateRequestSiteUrl,
    /// `BulkRestoreInvalidCreateRequestUserEmail`.
    #[graph(rename = "BulkRestoreInvalidCreateRequestUserEmail")]
    BulkRestoreInvalidCreateRequestUserEmail,
    /// `BulkRestoreArtifactsNotFound`.
    #[graph(rename = "BulkRestoreArtifactsNotFound")]
    BulkRestoreArtifactsNotFound,
    /// `InvalidStateForBulkRequestDeletion`.
    #[graph(rename = "InvalidStateForBulkRequestDeletion")]
    InvalidStateForBulkRequestDeletion,
    /// `Forbidden`.
    #[graph(rename = "Forbidden")]
    Forbidden,
}

impl PublicError {
    /// The error code as a [`BackupErrorCode`] (unknown codes kept as `Unrecognized`).
    pub fn backup_code(&self) -> Option<BackupErrorCode> {
        self.code.as_value().map(|c| BackupErrorCode::from_wire(c))
    }
}

/// A failed Graph response: the HTTP status and the parsed error body, everything in it kept.
///
/// ```
/// use graph_model::backup_restore::{ApiError, BackupErrorCode};
///
/// let body = r#"{"error":{"code":"RestoreSessionNotFound","message":"Restore Session Not Found.",
///               "innerError":{"date":"2024-11-07T10:00:00","request-id":"r1"}}}"#;
/// let err = ApiError::parse(404, body)?;
/// assert_eq!(err.code(), Some(BackupErrorCode::RestoreSessionNotFound));
/// assert_eq!(err.to_string(), "HTTP 404 RestoreSessionNotFound: Restore Session Not Found.");
/// # Ok::<(), graph_model::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct ApiError {
    /// The HTTP status code.
    pub status: u16,
    /// The body as received.
    pub body: PublicErrorResponse,
}

impl ApiError {
    /// Parses Graph's error body `{"error": {"code", "message", "innerError": {...}}}`.
    pub fn parse(status: u16, body: &str) -> Result<Self, crate::Error> {
        Ok(ApiError { status, body: crate::from_str(body)? })
    }

    /// The `error` object, if the body had one.
    pub fn error(&self) -> Option<&PublicError> {
        self.body.error.as_value().map(|e| &**e)
    }

    /// The error code.
    pub fn code(&self) -> Option<BackupErrorCode> {
        self.error().and_then(PublicError::backup_code)
    }

    /// The error message.
    pub fn message(&self) -> Option<&str> {
        self.error().and_then(|e| e.message.as_value()).map(String::as_str)
    }
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "HTTP {}", self.status)?;
        if let Some(code) = self.error().and_then(|e| e.code.as_value()) {
            write!(f, " {code}")?;
        }
        if let Some(message) = self.message() {
            write!(f, ": {message}")?;
        }
        Ok(())
    }
}

impl std::error::Error for ApiError {}

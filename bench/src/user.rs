//! What a Rust user writes by hand for the same JSON, with no knowledge of this crate's types:
//! `#[derive(Deserialize)]` structs, every property `Option<T>`, `@odata.type` as `Option<String>`, enums
//! as unit enums, timestamps through `time`'s rfc3339 serde helper, `tags` as a plain `String`,
//! `restorePoint` an unboxed nested struct of its five properties, unknown keys ignored. This is the
//! comparator the performance targets are stated against. For writing a PATCH body, the same structs derive
//! `Serialize` and skip each absent property (`skip_serializing_if`), and `@removed` is one more optional field.

// The fields exist to be parsed, like the model's; nothing reads them back.
#![allow(dead_code)]

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

#[derive(Deserialize)]
pub struct Page<T> {
    #[serde(rename = "@odata.context")]
    pub context: Option<String>,
    #[serde(rename = "@odata.nextLink")]
    pub next_link: Option<String>,
    pub value: Vec<T>,
}

#[derive(Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum ArtifactStatus {
    Added,
    Scheduling,
    Scheduled,
    InProgress,
    Succeeded,
    Failed,
    UnknownFutureValue,
}

#[derive(Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Destination {
    New,
    InPlace,
    UnknownFutureValue,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum SessionStatus {
    Draft,
    Activating,
    Active,
    CompletedWithError,
    Completed,
    UnknownFutureValue,
    Failed,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum JobType {
    Standard,
    Bulk,
    UnknownFutureValue,
}

#[derive(Deserialize, Serialize)]
pub struct PublicError {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

#[derive(Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ProtectionUnit {
    #[serde(skip_serializing_if = "Option::is_none", rename = "@odata.type")]
    pub odata_type: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
}

#[derive(Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RestorePoint {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", default, with = "time::serde::rfc3339::option")]
    pub expiration_date_time: Option<OffsetDateTime>,
    #[serde(skip_serializing_if = "Option::is_none", default, with = "time::serde::rfc3339::option")]
    pub protection_date_time: Option<OffsetDateTime>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub protection_unit: Option<Box<ProtectionUnit>>,
}

/// `driveRestoreArtifact`, the concrete type.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DriveArtifact {
    #[serde(rename = "@odata.type")]
    pub odata_type: Option<String>,
    pub id: Option<String>,
    pub status: Option<ArtifactStatus>,
    pub destination_type: Option<Destination>,
    #[serde(default, with = "time::serde::rfc3339::option")]
    pub start_date_time: Option<OffsetDateTime>,
    #[serde(default, with = "time::serde::rfc3339::option")]
    pub completion_date_time: Option<OffsetDateTime>,
    pub error: Option<PublicError>,
    pub restore_point: Option<RestorePoint>,
    pub restored_site_id: Option<String>,
    pub restored_site_name: Option<String>,
    pub restored_site_web_url: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Identity {
    pub id: Option<String>,
    pub display_name: Option<String>,
}

#[derive(Deserialize)]
pub struct IdentitySet {
    pub application: Option<Identity>,
    pub device: Option<Identity>,
    pub user: Option<Identity>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ArtifactCount {
    pub completed: Option<i32>,
    pub failed: Option<i32>,
    pub in_progress: Option<i32>,
    pub total: Option<i32>,
}

/// A restore session of any kind: the three kinds add only navigation properties, so one struct with
/// the type as a string is what a user writes.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Session {
    #[serde(rename = "@odata.type")]
    pub odata_type: Option<String>,
    pub id: Option<String>,
    #[serde(default, with = "time::serde::rfc3339::option")]
    pub completed_date_time: Option<OffsetDateTime>,
    pub created_by: Option<IdentitySet>,
    #[serde(default, with = "time::serde::rfc3339::option")]
    pub created_date_time: Option<OffsetDateTime>,
    pub error: Option<PublicError>,
    pub last_modified_by: Option<IdentitySet>,
    #[serde(default, with = "time::serde::rfc3339::option")]
    pub last_modified_date_time: Option<OffsetDateTime>,
    pub restore_job_type: Option<JobType>,
    pub restore_session_artifact_count: Option<ArtifactCount>,
    pub status: Option<SessionStatus>,
}

/// The same fields without the type, for the tagged enum's variants.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SessionFields {
    pub id: Option<String>,
    #[serde(default, with = "time::serde::rfc3339::option")]
    pub completed_date_time: Option<OffsetDateTime>,
    pub created_by: Option<IdentitySet>,
    #[serde(default, with = "time::serde::rfc3339::option")]
    pub created_date_time: Option<OffsetDateTime>,
    pub error: Option<PublicError>,
    pub last_modified_by: Option<IdentitySet>,
    #[serde(default, with = "time::serde::rfc3339::option")]
    pub last_modified_date_time: Option<OffsetDateTime>,
    pub restore_job_type: Option<JobType>,
    pub restore_session_artifact_count: Option<ArtifactCount>,
    pub status: Option<SessionStatus>,
}

/// serde's internally tagged enum over the three kinds.
#[derive(Deserialize)]
#[serde(tag = "@odata.type")]
pub enum TaggedSession {
    #[serde(rename = "#microsoft.graph.exchangeRestoreSession")]
    Exchange(SessionFields),
    #[serde(rename = "#microsoft.graph.sharePointRestoreSession")]
    SharePoint(SessionFields),
    #[serde(rename = "#microsoft.graph.oneDriveForBusinessRestoreSession")]
    OneDrive(SessionFields),
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Root<S> {
    #[serde(rename = "@odata.context")]
    pub context: Option<String>,
    pub id: Option<String>,
    pub restore_sessions: Option<Vec<S>>,
}

// ---- delta ----

#[derive(Deserialize)]
pub struct DeltaResponse {
    #[serde(rename = "driveRestoreArtifacts@delta")]
    pub entries: Vec<ResponseEntry>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Exception {
    pub info: PublicError,
    pub failed_operation: Option<String>,
    pub response_code: Option<u16>,
}

/// One echoed entry, every field optional, the annotations as ordinary fields.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ResponseEntry {
    pub id: Option<String>,
    pub restore_point: Option<RestorePoint>,
    pub destination_type: Option<Destination>,
    pub status: Option<ArtifactStatus>,
    #[serde(default, with = "time::serde::rfc3339::option")]
    pub start_date_time: Option<OffsetDateTime>,
    #[serde(rename = "@contentId")]
    pub content_id: Option<String>,
    #[serde(rename = "@Core.DataModificationException")]
    pub exception: Option<Exception>,
}

/// The PATCH body for `driveRestoreArtifacts@delta`, as a user writes it: a list of changes.
#[derive(Serialize)]
pub struct SessionPatch {
    #[serde(rename = "driveRestoreArtifacts@delta")]
    pub drive_restore_artifacts_delta: Vec<ArtifactChange>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub enum RemovedReason {
    Changed,
    Deleted,
}

#[derive(Serialize)]
pub struct Removed {
    pub reason: RemovedReason,
}

/// One change: the artifact's properties, each written only when set, and `@removed` for a removal.
#[derive(Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ArtifactChange {
    #[serde(rename = "@removed", skip_serializing_if = "Option::is_none")]
    pub removed: Option<Removed>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", with = "time::serde::rfc3339::option")]
    pub completion_date_time: Option<OffsetDateTime>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub destination_type: Option<Destination>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<PublicError>,
    #[serde(skip_serializing_if = "Option::is_none", with = "time::serde::rfc3339::option")]
    pub start_date_time: Option<OffsetDateTime>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<ArtifactStatus>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub restore_point: Option<RestorePoint>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub restored_site_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub restored_site_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub restored_site_web_url: Option<String>,
}

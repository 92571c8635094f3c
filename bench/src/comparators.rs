//! What a Rust user writes by hand today: plain `#[derive(Deserialize)]` structs of the same shapes (the
//! type as an ordinary string field), serde's internally tagged enum, and plain unit enums. Timestamps use
//! the same `DateTimeOffset` type as the model, so the comparison is about the generated code, not about
//! date parsing.

// The fields exist to be parsed, like the model's; nothing reads them back.
#![allow(dead_code)]

use graph_model::DateTimeOffset;
use serde::{Deserialize, Serialize};

#[derive(Deserialize)]
pub struct PlainPage<T> {
    #[serde(rename = "@odata.context")]
    pub context: Option<String>,
    pub value: Vec<T>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum PlainArtifactStatus {
    Added,
    Scheduling,
    Scheduled,
    InProgress,
    Succeeded,
    Failed,
    UnknownFutureValue,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum PlainDestination {
    New,
    InPlace,
    UnknownFutureValue,
}

#[derive(Deserialize, Serialize)]
pub struct PlainRef {
    pub id: String,
}

/// `restorePoint` with the model's properties, boxed as in the model.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PlainRestorePoint {
    #[serde(rename = "@odata.type")]
    pub odata_type: Option<String>,
    pub id: Option<String>,
    pub expiration_date_time: Option<DateTimeOffset>,
    pub protection_date_time: Option<DateTimeOffset>,
    pub tags: Option<String>,
    pub protection_unit: Option<Box<serde_json::Value>>,
}

#[derive(Deserialize)]
pub struct PlainError {
    pub code: Option<String>,
    pub message: Option<String>,
}

/// The union of the four kinds' properties, the type as a string: the serde ceiling.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PlainArtifact {
    #[serde(rename = "@odata.type")]
    pub odata_type: Option<String>,
    pub id: Option<String>,
    pub status: Option<PlainArtifactStatus>,
    pub destination_type: Option<PlainDestination>,
    pub start_date_time: Option<DateTimeOffset>,
    pub completion_date_time: Option<DateTimeOffset>,
    pub error: Option<PlainError>,
    pub restore_point: Option<Box<PlainRestorePoint>>,
    pub restored_site_id: Option<String>,
    pub restored_site_name: Option<String>,
    pub restored_site_web_url: Option<String>,
    pub restored_folder_id: Option<String>,
    pub restored_folder_name: Option<String>,
    pub restored_item_count: Option<i32>,
    pub artifact_count: Option<i32>,
    pub search_response_id: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PlainBase {
    pub id: Option<String>,
    pub status: Option<PlainArtifactStatus>,
    pub destination_type: Option<PlainDestination>,
    pub start_date_time: Option<DateTimeOffset>,
    pub completion_date_time: Option<DateTimeOffset>,
    pub error: Option<PlainError>,
    pub restore_point: Option<Box<PlainRestorePoint>>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PlainDrive {
    #[serde(flatten)]
    pub base: PlainBase,
    pub restored_site_id: Option<String>,
    pub restored_site_name: Option<String>,
    pub restored_site_web_url: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PlainMailbox {
    #[serde(flatten)]
    pub base: PlainBase,
    pub restored_folder_id: Option<String>,
    pub restored_folder_name: Option<String>,
    pub restored_item_count: Option<i32>,
    pub artifact_count: Option<i32>,
    pub search_response_id: Option<String>,
}

/// serde's internally tagged enum: what a Rust user writes for `@odata.type` dispatch today.
#[derive(Deserialize)]
#[serde(tag = "@odata.type")]
pub enum TaggedArtifact {
    #[serde(rename = "#microsoft.graph.driveRestoreArtifact")]
    Drive(PlainDrive),
    #[serde(rename = "#microsoft.graph.siteRestoreArtifact")]
    Site(PlainDrive),
    #[serde(rename = "#microsoft.graph.mailboxRestoreArtifact")]
    Mailbox(PlainMailbox),
    #[serde(rename = "#microsoft.graph.granularMailboxRestoreArtifact")]
    GranularMailbox(PlainMailbox),
}

// ---- delta ----

#[derive(Serialize)]
pub struct PlainPatch {
    #[serde(rename = "driveRestoreArtifacts@delta")]
    pub entries: Vec<PlainEntry>,
}

#[derive(Serialize)]
pub struct PlainRemoved {
    pub reason: &'static str,
}

#[derive(Serialize)]
#[serde(untagged)]
pub enum PlainEntry {
    Add {
        #[serde(rename = "destinationType")]
        destination_type: &'static str,
        #[serde(rename = "restorePoint")]
        restore_point: PlainRef,
    },
    Remove {
        #[serde(rename = "@removed")]
        removed: PlainRemoved,
        id: String,
    },
}

pub fn plain_patch(n: usize) -> PlainPatch {
    let guid = |i: usize, salt: u32| {
        format!("{:08x}-71fe-4d00-a01a-{:012x}", (i as u32).wrapping_mul(2_654_435_761) ^ salt, i * 7 + salt as usize)
    };
    let entries = (0..n)
        .map(|i| {
            if i % 2 == 0 {
                PlainEntry::Add { destination_type: "new", restore_point: PlainRef { id: guid(i, 2) } }
            } else {
                PlainEntry::Remove { removed: PlainRemoved { reason: "changed" }, id: guid(i, 1) }
            }
        })
        .collect();
    PlainPatch { entries }
}

#[derive(Deserialize)]
pub struct PlainDeltaResponse {
    #[serde(rename = "driveRestoreArtifacts@delta")]
    pub entries: Vec<PlainResponseEntry>,
}

#[derive(Deserialize)]
pub struct PlainException {
    pub info: PlainError,
    #[serde(rename = "failedOperation")]
    pub failed_operation: Option<String>,
    #[serde(rename = "responseCode")]
    pub response_code: Option<u16>,
}

/// One entry with every field optional, the annotations as ordinary fields.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PlainResponseEntry {
    pub id: Option<String>,
    pub restore_point: Option<Box<PlainRestorePoint>>,
    pub destination_type: Option<PlainDestination>,
    pub status: Option<PlainArtifactStatus>,
    pub start_date_time: Option<DateTimeOffset>,
    #[serde(rename = "@contentId")]
    pub content_id: Option<String>,
    #[serde(rename = "@Core.DataModificationException")]
    pub exception: Option<PlainException>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum PlainStatus {
    Draft,
    Activating,
    Active,
    CompletedWithError,
    Completed,
    UnknownFutureValue,
    Failed,
}

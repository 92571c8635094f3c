//! Deterministic inputs: realistic Graph payloads built the same way in every run.

use crate::user;
use graph_model::Delta;
use graph_model::backup_restore::{
    DestinationType, DriveRestoreArtifact, OneDriveForBusinessRestoreSessionUpdate, RestorePoint,
};

const KINDS: [&str; 4] =
    ["driveRestoreArtifact", "siteRestoreArtifact", "mailboxRestoreArtifact", "granularMailboxRestoreArtifact"];
const STATUSES: [&str; 5] = ["added", "scheduling", "scheduled", "inProgress", "succeeded"];

fn guid(i: usize, salt: u32) -> String {
    format!("{:08x}-71fe-4d00-a01a-{:012x}", (i as u32).wrapping_mul(2_654_435_761) ^ salt, i * 7 + salt as usize)
}

fn timestamp(i: usize) -> String {
    format!(
        "2024-{:02}-{:02}T{:02}:{:02}:{:02}.{:07}Z",
        1 + i % 12,
        1 + i % 28,
        i % 24,
        i % 60,
        (i * 7) % 60,
        (i * 7919) % 10_000_000
    )
}

/// A `GET` page of restore artifacts of mixed kinds, `@odata.type` first or last in each object.
pub fn artifacts(n: usize, type_first: bool) -> Vec<u8> {
    let mut out = String::with_capacity(n * 420);
    out.push_str(
        r#"{"@odata.context":"https://graph.microsoft.com/beta/$metadata#solutions/backupRestore/artifacts","value":["#,
    );
    for i in 0..n {
        if i > 0 {
            out.push(',');
        }
        let kind = KINDS[i % 4];
        let tag = format!(r##""@odata.type":"#microsoft.graph.{kind}""##);
        out.push('{');
        if type_first {
            out.push_str(&tag);
            out.push(',');
        }
        out.push_str(&format!(
            r#""id":"{}","status":"{}","destinationType":"{}","startDateTime":"{}","completionDateTime":"{}","error":null,"restorePoint":{{"id":"{}"}}"#,
            guid(i, 1),
            STATUSES[i % 5],
            if i % 3 == 0 { "inPlace" } else { "new" },
            timestamp(i),
            timestamp(i + 1),
            guid(i, 2),
        ));
        match i % 4 {
            0 | 1 => out.push_str(&format!(
                r#","restoredSiteId":"{}","restoredSiteName":"Site {i}","restoredSiteWebUrl":"https://contoso.sharepoint.com/sites/s{i}""#,
                guid(i, 3)
            )),
            2 => out.push_str(&format!(r#","restoredFolderId":"{}","restoredFolderName":"Restored {i}","restoredItemCount":{}"#, guid(i, 4), i % 500)),
            _ => out.push_str(&format!(
                r#","restoredFolderId":"{}","restoredFolderName":"Restored {i}","restoredItemCount":{},"artifactCount":{},"searchResponseId":"{}""#,
                guid(i, 4),
                i % 500,
                i % 50,
                guid(i, 5)
            )),
        }
        if !type_first {
            out.push(',');
            out.push_str(&tag);
        }
        out.push('}');
    }
    out.push_str("]}");
    out.into_bytes()
}

/// A PATCH body: 10 000 entries, adds and removes alternating.
pub fn delta_update(n: usize) -> OneDriveForBusinessRestoreSessionUpdate {
    let mut delta = Delta::<DriveRestoreArtifact>::new();
    for i in 0..n {
        delta = if i % 2 == 0 {
            delta.add_restore_point(RestorePoint::reference(guid(i, 2)), DestinationType::New)
        } else {
            delta.remove(guid(i, 1))
        };
    }
    OneDriveForBusinessRestoreSessionUpdate::new().drive_restore_artifacts_delta(delta)
}

/// The same changes as [`delta_update`], in the user's structs: even entries add a restore point as a new
/// destination, odd entries remove an artifact.
pub fn delta_update_user(n: usize) -> user::SessionPatch {
    let changes = (0..n)
        .map(|i| {
            if i % 2 == 0 {
                let point = user::RestorePoint {
                    id: Some(guid(i, 2)),
                    expiration_date_time: None,
                    protection_date_time: None,
                    tags: None,
                    protection_unit: None,
                };
                user::ArtifactChange {
                    destination_type: Some(user::Destination::New),
                    restore_point: Some(point),
                    ..Default::default()
                }
            } else {
                user::ArtifactChange {
                    removed: Some(user::Removed { reason: user::RemovedReason::Changed }),
                    id: Some(guid(i, 1)),
                    ..Default::default()
                }
            }
        })
        .collect();
    user::SessionPatch { drive_restore_artifacts_delta: changes }
}

/// The PATCH response: every entry echoed, 5% of them failures.
pub fn delta_response(n: usize) -> Vec<u8> {
    let mut out = String::from(r#"{"driveRestoreArtifacts@delta":["#);
    for i in 0..n {
        if i > 0 {
            out.push(',');
        }
        if i % 20 == 7 {
            out.push_str(&format!(
                r#"{{"@contentId":"{}","@Core.DataModificationException":{{"info":{{"code":"ArtifactNotFound","message":"The requested restore artifact wasn't found for restore."}},"failedOperation":"remove","responseCode":404}},"id":"{}"}}"#,
                guid(i, 6),
                guid(i, 1)
            ));
        } else {
            out.push_str(&format!(
                r#"{{"id":"{}","restorePoint":{{"id":"{}"}},"destinationType":"new","status":"added","startDateTime":"{}"}}"#,
                guid(i, 1),
                guid(i, 2),
                timestamp(i)
            ));
        }
    }
    out.push_str("]}");
    out.into_bytes()
}

/// A JSON array of known restore-session statuses.
pub fn statuses(n: usize) -> Vec<u8> {
    const KNOWN: [&str; 7] =
        ["draft", "activating", "active", "completedWithError", "completed", "unknownFutureValue", "failed"];
    let items: Vec<String> = (0..n).map(|i| format!("\"{}\"", KNOWN[i % 7])).collect();
    format!("[{}]", items.join(",")).into_bytes()
}

/// A `GET` page of drive restore artifacts (one concrete type), each with its restore point's
/// properties, `@odata.type` first.
pub fn drive_artifacts(n: usize) -> Vec<u8> {
    let mut out = String::with_capacity(n * 640);
    out.push_str(
        r#"{"@odata.context":"https://graph.microsoft.com/beta/$metadata#solutions/backupRestore/driveRestoreArtifacts","value":["#,
    );
    for i in 0..n {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&format!(
            r##"{{"@odata.type":"#microsoft.graph.driveRestoreArtifact","id":"{}","status":"{}","destinationType":"{}","startDateTime":"{}","completionDateTime":"{}","error":null,"restorePoint":{{"id":"{}","protectionDateTime":"{}","expirationDateTime":"{}","tags":"{}"}},"restoredSiteId":"{}","restoredSiteName":"Site {i}","restoredSiteWebUrl":"https://contoso.sharepoint.com/sites/s{i}"}}"##,
            guid(i, 1),
            STATUSES[i % 5],
            if i % 3 == 0 { "inPlace" } else { "new" },
            timestamp(i),
            timestamp(i + 1),
            guid(i, 2),
            timestamp(i + 2),
            timestamp(i + 3),
            if i % 2 == 0 { "fastRestore" } else { "none" },
            guid(i, 3),
        ));
    }
    out.push_str("]}");
    out.into_bytes()
}

const SESSION_KINDS: [&str; 3] =
    ["exchangeRestoreSession", "sharePointRestoreSession", "oneDriveForBusinessRestoreSession"];
const SESSION_STATUSES: [&str; 5] = ["draft", "activating", "active", "completedWithError", "completed"];

/// `GET /solutions/backupRestore?$expand=restoreSessions`: the root with sessions of three kinds,
/// `@odata.type` first or last in each session.
pub fn sessions(n: usize, type_first: bool) -> Vec<u8> {
    let mut out = String::with_capacity(n * 720);
    out.push_str(
        r#"{"@odata.context":"https://graph.microsoft.com/beta/$metadata#solutions/backupRestore(restoreSessions())","id":"backupRestore","restoreSessions":["#,
    );
    for i in 0..n {
        if i > 0 {
            out.push(',');
        }
        let tag = format!(r##""@odata.type":"#microsoft.graph.{}""##, SESSION_KINDS[i % 3]);
        out.push('{');
        if type_first {
            out.push_str(&tag);
            out.push(',');
        }
        out.push_str(&format!(
            r#""id":"{}","status":"{}","restoreJobType":"standard","createdDateTime":"{}","lastModifiedDateTime":"{}","completedDateTime":{},"error":null,"createdBy":{{"user":{{"id":"{}","displayName":"Admin {i}"}}}},"lastModifiedBy":{{"application":{{"id":"{}","displayName":"Restore tool"}}}},"restoreSessionArtifactCount":{{"total":{},"completed":{},"inProgress":{},"failed":{}}}"#,
            guid(i, 7),
            SESSION_STATUSES[i % 5],
            timestamp(i),
            timestamp(i + 1),
            if i % 5 >= 3 { format!("\"{}\"", timestamp(i + 2)) } else { "null".to_string() },
            guid(i, 8),
            guid(i, 9),
            i % 50,
            i % 40,
            i % 7,
            i % 3,
        ));
        if !type_first {
            out.push(',');
            out.push_str(&tag);
        }
        out.push('}');
    }
    out.push_str("]}");
    out.into_bytes()
}

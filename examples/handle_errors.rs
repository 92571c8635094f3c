//! What a caller sees when things go wrong: Graph error bodies, per-item failures, and malformed input,
//! each with its code or its JSON path.
//!
//! Run with `cargo run --example handle_errors`.

use graph_model::backup_restore::{
    AnyRestoreSession, BackupErrorCode, OneDriveForBusinessRestoreSession, ResponseError, parse_response,
};

fn main() {
    println!("1. A Graph error response");
    let body = br#"{"error":{"code":"RestoreSessionActionNotAllowed","message":"Restore session can only be activated in Draft state.","innerError":{"date":"2024-11-07T10:00:00","request-id":"6b1c"}}}"#;
    match parse_response::<AnyRestoreSession>(403, body) {
        Err(ResponseError::Api(e)) => {
            println!("   {e}");
            if e.code() == Some(BackupErrorCode::RestoreSessionActionNotAllowed) {
                println!("   -> the session is not in draft state any more; create a new one");
            }
        }
        other => println!("   unexpected: {other:?}"),
    }

    println!("2. A code this program does not know is kept");
    let body = br#"{"error":{"code":"BackupStorageQuotaReached","message":"..."}}"#;
    if let Err(ResponseError::Api(e)) = parse_response::<AnyRestoreSession>(429, body) {
        println!("   code {:?}", e.code());
    }

    println!("3. Per-item failures inside a 200 response");
    let response = r#"{"driveRestoreArtifacts@delta":[{"@contentId":"c1","id":"a1","@Core.DataModificationException":{"info":{"code":"ArtifactNotFound","message":"The requested restore artifact wasn't found for restore."},"failedOperation":"remove","responseCode":404}}]}"#;
    if let Ok(session) = graph_model::from_str::<OneDriveForBusinessRestoreSession>(response) {
        for f in session.drive_restore_artifacts_delta.iter().flat_map(|d| d.failed()) {
            let code: Option<BackupErrorCode> = f.code_as();
            println!(
                "   {} failed: {:?} (HTTP {:?}): {}",
                f.id().unwrap_or("-"),
                code,
                f.response_code(),
                f.message().unwrap_or("")
            );
        }
    }

    println!("4. Malformed input names the JSON path");
    for bad in [
        r#"{"driveRestoreArtifacts@delta":[{"id":"a"},{"restorePoint":{"id":42}}]}"#,
        r#"{"completedDateTime":"2015-06-19T12-01-03.45Z"}"#,
        r#"{"driveRestoreArtifacts@delta":[{"@removed":"changed","id":"x"}]}"#,
        r#"{"id":"a","id":"b"}"#,
    ] {
        match graph_model::from_str::<OneDriveForBusinessRestoreSession>(bad) {
            Ok(_) => println!("   parsed?"),
            Err(e) => println!("   {e}"),
        }
    }
}

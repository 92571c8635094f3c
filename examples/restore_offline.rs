//! Plays the restore-session scenario of Graph's reference pages end to end, without a network:
//! builds the PATCH that adds four restore points to a OneDrive for Business restore session and removes
//! three artifacts, prints the request, parses the service's response and reports what succeeded and
//! what failed. Then the same for an Exchange session, and a status poll where `failed` stays hidden
//! behind `unknownFutureValue` until the `Prefer` header is sent.
//!
//! Run with `cargo run --example restore_offline`.

use graph_model::backup_restore::RestoreArtifactBase;
use graph_model::backup_restore::{
    BackupErrorCode, DestinationType, DriveRestoreArtifact, ExchangeRestoreSession, ExchangeRestoreSessionUpdate,
    MAX_ARTIFACTS_PER_REQUEST, MailboxRestoreArtifact, OneDriveForBusinessRestoreSession,
    OneDriveForBusinessRestoreSessionUpdate, RestorePoint, RestoreSessionStatus,
};
use graph_model::{Delta, DeltaEntry, GraphStruct, INCLUDE_UNKNOWN_ENUM_MEMBERS, PREFER};

const BASE: &str = "https://graph.microsoft.com/beta/solutions/backupRestore";

fn main() -> Result<(), Box<dyn std::error::Error>> {
    println!("== OneDrive for Business: add four restore points, remove three artifacts ==\n");
    let delta = Delta::<DriveRestoreArtifact>::new()
        .add_restore_point(RestorePoint::reference("1b014d8c-71fe-4d00-a01a-31850bc5b32c"), DestinationType::New)
        .add_restore_point(RestorePoint::reference("2b014d8c-71fe-4d00-a01a-31850bc5b32"), DestinationType::New)
        .add_restore_point(RestorePoint::reference("3b014d8c-71fe-4d00-a01a-31850bc5b32c"), DestinationType::New)
        .add_restore_point(RestorePoint::reference("4b014d8c-71fe-4d00-a01a-31850bc5b32c"), DestinationType::New)
        .remove("99954f18-c8ec-4b62-85bf-cdf3b70b140e")
        .remove("4267e382-71a9-4c07-bef7-bda97e09c0d2")
        .remove("3667e382-71a9-4c07-bef7-bda97e09c0d2");
    assert!(delta.len() <= MAX_ARTIFACTS_PER_REQUEST);
    let body = OneDriveForBusinessRestoreSessionUpdate::new().drive_restore_artifacts_delta(delta);
    print_request(
        "PATCH",
        &format!("{BASE}/oneDriveForBusinessRestoreSessions/1b014d8c-71fe-4d00-8ab2-31850bc5b32c"),
        &body,
    )?;

    let response: OneDriveForBusinessRestoreSession =
        graph_model::from_str(include_str!("../tests/data/onedrive_patch_response.json"))?;
    println!("Response 200 OK:");
    if let Some(delta) = &response.drive_restore_artifacts_delta {
        report(delta);
    }

    println!("\n== Exchange: the same changes, restore points referenced by @odata.id ==\n");
    let delta = ["1b014d8c-71fe-4d00-a01a-31850bc5b32c", "2b014d8c-71fe-4d00-a01a-31850bc5b32"]
        .iter()
        .fold(Delta::<MailboxRestoreArtifact>::new(), |d, id| {
            d.add_restore_point(RestorePoint::odata_id_reference(id), DestinationType::InPlace)
        })
        .remove("99954f18-c8ec-4b62-85bf-cdf3b70b140e");
    let body = ExchangeRestoreSessionUpdate::new().mailbox_restore_artifacts_delta(delta);
    print_request("PATCH", &format!("{BASE}/exchangeRestoreSessions/{{exchangeRestoreSessionId}}"), &body)?;

    // The seed's response carries `createdDateTime: "2015-06-19T12-01-03.45Z"`, which is not a timestamp.
    // `createdDateTime` is not a property of restore artifacts in the schema, so it is kept verbatim
    // rather than parsed, and written back unchanged.
    let response: ExchangeRestoreSession =
        graph_model::from_str(include_str!("../tests/data/exchange_patch_response.json"))?;
    println!("Response 200 OK:");
    if let Some(delta) = &response.mailbox_restore_artifacts_delta {
        report(delta);
        if let Some(DeltaEntry::Added(first) | DeltaEntry::Updated(first)) = delta.entries().first() {
            let kept = first.odata.additional.get("createdDateTime").map(|v| v.get().to_owned());
            println!("  undeclared `createdDateTime` kept as received: {}", kept.unwrap_or_default());
        }
    }

    println!("\n== Polling a session's status ==\n");
    let without = r##"{"@odata.type":"#microsoft.graph.oneDriveForBusinessRestoreSession","id":"s1","status":"unknownFutureValue"}"##;
    let session: OneDriveForBusinessRestoreSession = graph_model::from_str(without)?;
    let status = session.status.as_value().cloned();
    println!(
        "GET without `{PREFER}: {INCLUDE_UNKNOWN_ENUM_MEMBERS}` -> status {:?}",
        status.as_ref().map(|s| s.as_str())
    );
    if status.as_ref().is_some_and(RestoreSessionStatus::is_hidden_member) {
        println!(
            "  the real status is hidden; members only sent with the header: {:?}",
            <RestoreSessionStatus as graph_model::EvolvableEnum>::opt_in_members()
                .iter()
                .map(|m| m.as_str())
                .collect::<Vec<_>>()
        );
    }
    let with = without.replace("unknownFutureValue", "failed");
    let session: OneDriveForBusinessRestoreSession = graph_model::from_str(&with)?;
    println!(
        "GET with    `{PREFER}: {INCLUDE_UNKNOWN_ENUM_MEMBERS}` -> status {:?}",
        session.status.as_value().map(|s| s.as_str())
    );
    Ok(())
}

fn print_request(method: &str, url: &str, body: &impl serde::Serialize) -> Result<(), graph_model::Error> {
    println!("{method} {url}");
    println!("Content-Type: application/json");
    if graph_model::needs_prefer_header(body) {
        println!("{PREFER}: {INCLUDE_UNKNOWN_ENUM_MEMBERS}");
    }
    println!("\n{}\n", graph_model::to_string_pretty(body)?);
    Ok(())
}

fn report<T: GraphStruct + std::ops::Deref<Target = RestoreArtifactBase>>(delta: &Delta<T>) {
    println!("  {:<8} {:<38} {:<10} detail", "result", "artifact id", "status");
    for entry in delta.entries() {
        match entry {
            DeltaEntry::Added(a) | DeltaEntry::Updated(a) => {
                let point = a.restore_point.as_value().and_then(|p| p.reference_id()).unwrap_or_default();
                let status = a.status.as_value().map(|s| s.to_string()).unwrap_or_default();
                println!(
                    "  {:<8} {:<38} {:<10} restore point {}",
                    "ok",
                    a.entity.id.as_deref().unwrap_or("-"),
                    status,
                    point
                );
            }
            DeltaEntry::Removed(r) => println!("  {:<8} {:<38} {:<10}", "removed", r.id().unwrap_or_default(), "-"),
            DeltaEntry::Failed(f) => {
                let code: Option<BackupErrorCode> = f.code_as();
                println!(
                    "  {:<8} {:<38} {:<10} {} {} (HTTP {}, {}; content id {})",
                    "FAILED",
                    f.id().unwrap_or("-"),
                    "-",
                    code.map(|c| c.to_string()).unwrap_or_default(),
                    f.message().unwrap_or(""),
                    f.response_code().map(|c| c.to_string()).unwrap_or_default(),
                    f.failed_operation().unwrap_or("?"),
                    f.content_id.as_deref().unwrap_or("-"),
                );
            }
        }
    }
    let failed = delta.failed().count();
    println!("  {} succeeded, {} failed", delta.succeeded().count(), failed);
}

//! The whole Backup Storage restore workflow over real HTTP: create a OneDrive for Business restore
//! session, add artifacts, remove one that does not exist (and show its per-item failure), activate, poll
//! with visible progress until completion, and list each artifact's outcome.
//!
//! By default it starts the local emulator in-process (`graph-emulator`, on a loopback port, its clock
//! stepping every 200 ms). With `GRAPH_TOKEN` set (and optionally `GRAPH_BASE_URL`, default
//! `https://graph.microsoft.com`) the same program talks to Microsoft Graph; then set `RESTORE_POINTS` to
//! a comma-separated list of restore point ids of your tenant.
//!
//! Run with `cargo run --example restore_session`.

use std::time::Duration;

use graph_client::{Client, StaticToken, session_status};
use graph_model::Delta;
use graph_model::backup_restore::{DestinationType, DriveRestoreArtifact, RestorePoint};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let (client, _emulator, points, interval) = match std::env::var("GRAPH_TOKEN") {
        Ok(token) => {
            let base = std::env::var("GRAPH_BASE_URL").unwrap_or_else(|_| "https://graph.microsoft.com".into());
            let points: Vec<String> = std::env::var("RESTORE_POINTS")
                .map_err(|_| "set RESTORE_POINTS to restore point ids of your tenant")?
                .split(',')
                .map(|s| s.trim().to_owned())
                .collect();
            println!("Talking to {base}");
            let client = Client::builder(base, StaticToken::new(token)).include_unknown_enum_members(true).build()?;
            (client, None, points, Duration::from_secs(30))
        }
        Err(_) => {
            let config = graph_emulator::Config { step_every: Some(Duration::from_millis(200)), ..Default::default() };
            let emulator = graph_emulator::Emulator::start(config).await?;
            println!(
                "Started the Backup Storage emulator at {} (set GRAPH_TOKEN to use Microsoft Graph)",
                emulator.base_url()
            );
            let client = Client::builder(emulator.base_url(), StaticToken::new("emulator"))
                .allow_loopback(true)
                .include_unknown_enum_members(true)
                .build()?;
            let points = [
                "1b014d8c-71fe-4d00-a01a-31850bc5b32c",
                "2b014d8c-71fe-4d00-a01a-31850bc5b32c",
                "fail-3b014d8c-71fe-4d00-a01a-31850bc5b32c",
            ]
            .map(String::from)
            .to_vec();
            (client, Some(emulator), points, Duration::from_millis(250))
        }
    };

    let session = client.create_one_drive_session().await?;
    let id = session.base.entity.id.clone().ok_or("the new session has no id")?;
    println!("\n1. Created restore session {id} ({})", status_text(session.base.status.as_value()));

    let points: Vec<RestorePoint> = points.iter().map(RestorePoint::reference).collect();
    let echoes = client.add_drive_artifacts(&id, &points, DestinationType::New).await?;
    println!("2. Added {} artifacts:", echoes.iter().map(|d| d.succeeded().count()).sum::<usize>());
    for artifact in echoes.iter().flat_map(|d| d.succeeded()) {
        let point = artifact.restore_point.as_value().and_then(|p| p.reference_id()).unwrap_or_default();
        println!("     {}  restore point {point}", artifact.base.entity.id.as_deref().unwrap_or("-"));
    }

    let missing = "99954f18-c8ec-4b62-85bf-cdf3b70b140e";
    let echoes = client.patch_drive_artifacts(&id, Delta::<DriveRestoreArtifact>::new().remove(missing)).await?;
    println!("3. Removed an artifact the session does not hold:");
    for failure in echoes.iter().flat_map(|d| d.failed()) {
        println!(
            "     {}  FAILED {} (HTTP {}, operation {}, content id {}): {}",
            failure.id().unwrap_or("-"),
            failure.code().unwrap_or("?"),
            failure.response_code().map(|c| c.to_string()).unwrap_or_default(),
            failure.failed_operation().unwrap_or("?"),
            failure.content_id.as_deref().unwrap_or("-"),
            failure.message().unwrap_or("")
        );
    }

    let activated = client.activate(&id).await?;
    println!("4. Activated: {}", status_text(session_status(&activated).as_ref()));
    println!("5. Polling:");
    let done =
        client.poll_until_done(&id, interval, |s| println!("     {}", status_text(session_status(s).as_ref()))).await?;
    println!("   Finished: {}", status_text(session_status(&done).as_ref()));

    println!("6. Artifacts:");
    for artifact in client.drive_artifacts(&id).await? {
        let error = artifact.error.as_value().and_then(|e| e.code.as_value()).map(|c| format!("  error {c}"));
        println!(
            "     {}  {:<10}{}",
            artifact.base.entity.id.as_deref().unwrap_or("-"),
            artifact.status.as_value().map(|s| s.to_string()).unwrap_or_default(),
            error.unwrap_or_default()
        );
    }
    Ok(())
}

fn status_text(status: Option<&graph_model::backup_restore::RestoreSessionStatus>) -> String {
    status.map(|s| s.to_string()).unwrap_or_else(|| "no status".into())
}

//! The whole Backup Storage restore workflow over real HTTP: search the latest restore point of some
//! OneDrive accounts, create a OneDrive for Business restore session, add them as artifacts, remove one that does not exist (and show its per-item failure), activate, poll
//! with visible progress until completion, and list each artifact's outcome.
//!
//! By default it starts the local emulator in-process (`graph-emulator`, on a loopback port, its clock
//! stepping every 200 ms). With `GRAPH_TOKEN` set (and optionally `GRAPH_BASE_URL`, default
//! `https://graph.microsoft.com`) the same program talks to Microsoft Graph; then set `PROTECTION_UNITS` to
//! a comma-separated list of OneDrive protection unit ids of your tenant (at most 20).
//!
//! Run with `cargo run --example restore_session`.

use std::time::Duration;

use graph_client::{Client, StaticToken, session_status};
use graph_model::backup_restore::{
    DestinationType, DriveRestoreArtifact, RestorePoint, RestorePointPreference, RestorePointSearch, TimePeriod,
};
use graph_model::{DateTimeOffset, Delta, Nullable};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let (client, _emulator, units, interval) = match std::env::var("GRAPH_TOKEN") {
        Ok(token) => {
            let base = std::env::var("GRAPH_BASE_URL").unwrap_or_else(|_| "https://graph.microsoft.com".into());
            let units: Vec<String> = std::env::var("PROTECTION_UNITS")
                .map_err(|_| "set PROTECTION_UNITS to OneDrive protection unit ids of your tenant")?
                .split(',')
                .map(|s| s.trim().to_owned())
                .collect();
            println!("Talking to {base}");
            let client = Client::builder(base, StaticToken::new(token)).include_unknown_enum_members(true).build()?;
            (client, None, units, Duration::from_secs(30))
        }
        Err(_) => {
            let config = graph_emulator::Config { step_every: Some(Duration::from_millis(200)), ..Default::default() };
            let emulator = graph_emulator::Emulator::start(config).await?;
            println!(
                "Started the Backup Storage emulator at {} (set GRAPH_TOKEN to use Microsoft Graph)",
                emulator.base_url()
            );
            // Two daily restore points for each of three OneDrive accounts; the third account's restores fail.
            let units = ["alice-drive", "bob-drive", "carol-drive"].map(String::from).to_vec();
            for (n, unit) in units.iter().enumerate() {
                for day in [20, 21] {
                    let prefix = if n == 2 { "fail-" } else { "" };
                    let mut point =
                        RestorePoint::reference(format!("{prefix}{n}b014d8c-71fe-4d00-a01a-3185{day}c5b32c"));
                    point.protection_date_time = Nullable::Value(format!("2026-11-{day}T02:00:00Z").parse()?);
                    emulator.add_restore_point(unit, point);
                }
            }
            let client = Client::builder(emulator.base_url(), StaticToken::new("emulator"))
                .allow_loopback(true)
                .include_unknown_enum_members(true)
                .build()?;
            (client, Some(emulator), units, Duration::from_millis(250))
        }
    };

    let search = RestorePointSearch {
        protection_unit_ids: units.clone(),
        protection_time_period: Some(TimePeriod {
            start_date_time: Nullable::Value("2026-11-01T00:00:00Z".parse()?),
            end_date_time: Nullable::Value(DateTimeOffset::from(time::OffsetDateTime::now_utc())),
            ..Default::default()
        }),
        restore_point_preference: Some(RestorePointPreference::Latest),
        ..Default::default()
    };
    let found = client.search_restore_points(&search).await?;
    let points: Vec<RestorePoint> = found
        .search_results
        .as_value()
        .into_iter()
        .flatten()
        .filter_map(|r| {
            r.restore_point.as_value().map(|p| RestorePoint::reference(p.entity.id.clone().unwrap_or_default()))
        })
        .collect();
    println!("\n0. Found the latest restore point of {} protection units:", units.len());
    for result in found.search_results.as_value().into_iter().flatten() {
        if let Some(point) = result.restore_point.as_value() {
            println!(
                "     {}  taken {}",
                point.entity.id.as_deref().unwrap_or("-"),
                point.protection_date_time.as_value().map(|t| t.to_string()).unwrap_or_default()
            );
        }
    }

    let session = client.create_one_drive_session().await?;
    let id = session.base.entity.id.clone().ok_or("the new session has no id")?;
    println!("1. Created restore session {id} ({})", status_text(session.base.status.as_value()));

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

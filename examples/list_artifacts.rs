//! Lists the artifacts of restore sessions of every kind from one `GET` page, including a kind this
//! program does not know, and shows that nothing of it is lost.
//!
//! Run with `cargo run --example list_artifacts`.

use graph_model::CollectionResponse;
use graph_model::backup_restore::AnyRestoreArtifact;

const PAGE: &str = r##"{
  "@odata.context": "https://graph.microsoft.com/beta/$metadata#solutions/backupRestore/artifacts",
  "@odata.nextLink": "https://graph.microsoft.com/beta/solutions/backupRestore/artifacts?$skiptoken=abc",
  "value": [
    {"@odata.type": "#microsoft.graph.driveRestoreArtifact", "id": "d1", "status": "succeeded",
     "restorePoint": {"id": "rp1"}, "restoredSiteName": "Contoso OneDrive"},
    {"@odata.type": "#microsoft.graph.siteRestoreArtifact", "id": "s1", "status": "inProgress",
     "restoredSiteWebUrl": "https://contoso.sharepoint.com/sites/team"},
    {"id": "m1", "status": "scheduled", "restoredItemCount": 12,
     "@odata.type": "#microsoft.graph.mailboxRestoreArtifact"},
    {"@odata.type": "#microsoft.graph.granularMailboxRestoreArtifact", "id": "g1", "status": "added",
     "artifactCount": 3, "searchResponseId": "search-7"},
    {"@odata.type": "#microsoft.graph.teamsChannelRestoreArtifact", "id": "t1", "status": "added",
     "channelName": "General"}
  ]
}"##;

fn main() -> Result<(), graph_model::Error> {
    let page: CollectionResponse<AnyRestoreArtifact> = graph_model::from_str(PAGE)?;
    println!("{:<4} {:<32} {:<11} detail", "id", "kind", "status");
    for artifact in &page.value {
        // Base properties without matching; derived ones by matching.
        let id = artifact.entity.id.as_deref().unwrap_or("-");
        let status = artifact.status.as_value().map(|s| s.to_string()).unwrap_or_default();
        let (kind, detail) = match artifact {
            AnyRestoreArtifact::Drive(d) => {
                ("drive", format!("site {}", d.restored_site_name.as_value().map_or("-", |s| s)))
            }
            AnyRestoreArtifact::Site(s) => {
                ("site", format!("url {}", s.restored_site_web_url.as_value().map_or("-", |s| s)))
            }
            AnyRestoreArtifact::Mailbox(m) => {
                ("mailbox", format!("{} items", m.restored_item_count.as_value().unwrap_or(&0)))
            }
            AnyRestoreArtifact::GranularMailbox(g) => {
                ("granular mailbox", format!("{} artifacts", g.artifact_count.as_value().unwrap_or(&0)))
            }
            AnyRestoreArtifact::Other(o) => (
                "other (kept as received)",
                o.odata.additional.iter().map(|(k, v)| format!("{k}={}", v.get())).collect::<Vec<_>>().join(", "),
            ),
        };
        println!("{id:<4} {kind:<32} {status:<11} {detail}");
    }
    println!("next page: {}", page.next_link.as_deref().unwrap_or("none"));
    println!("\nwritten back:\n{}", graph_model::to_string(&page.value[4])?);
    Ok(())
}

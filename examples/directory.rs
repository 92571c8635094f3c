//! Reads a `directoryObjects/delta` page offline with `graph_v1`: users, groups and removals mixed in
//! one collection, each read as its own type, and the group's `members@delta` kept as it came.
//!
//! Run with `cargo run --example directory` (it enables `graph-v1`'s `directory` feature).

use graph_model::{CollectionResponse, DeltaEntry, GraphValue};
use graph_v1::{AnyDirectoryObject, ODataError};

/// The page from Graph's reference for `directoryObject: delta` (users and groups), with a removed user
/// added as `/users/delta` reports them.
const PAGE: &str = r##"{
  "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#directoryObjects",
  "@odata.deltaLink": "https://graph.microsoft.com/v1.0/directoryObjects/delta?$deltatoken=pqwSUjGYvb3jQpbwVAwEL7yuI3dU1Lec",
  "value": [
    {"@odata.type": "#microsoft.graph.user", "displayName": "Adele Vance", "givenName": "Adele",
     "jobTitle": "Retail Manager", "surname": "Vance", "userPrincipalName": "AdeleV@contoso.onmicrosoft.com",
     "id": "87d349ed-44d7-43e1-9a83-5f2406dee5bd"},
    {"@odata.type": "#microsoft.graph.group", "createdDateTime": "2021-03-12T10:36:14Z",
     "description": "This is the default group for everyone in the network", "displayName": "All Company",
     "groupTypes": ["Unified"], "mail": "allcompany@contoso.com", "id": "72052a9a-c466-4995-8210-95a1c1221995",
     "members@delta": [{"@odata.type": "#microsoft.graph.user", "id": "693acd06-2877-4339-8ade-b704261fe7a0"}]},
    {"@odata.type": "#microsoft.graph.user", "id": "86462606-fde0-4fc4-9e0c-a20eb73e54c6",
     "@removed": {"reason": "deleted"}}
  ]
}"##;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    // Any serde entry point works; `graph_model::from_str` names the JSON path of a bad value.
    let page: CollectionResponse<DeltaEntry<AnyDirectoryObject>> = serde_json::from_str(PAGE)?;
    println!("{:<10} {:<38} detail", "change", "id");
    for entry in &page.value {
        match entry {
            DeltaEntry::Added(object) | DeltaEntry::Updated(object) => {
                let id = object.entity_id().unwrap_or("?");
                let detail = match object {
                    AnyDirectoryObject::User(user) => format!(
                        "user {} <{}>",
                        user.display_name.as_value().map_or("", String::as_str),
                        user.user_principal_name.as_value().map_or("", String::as_str)
                    ),
                    AnyDirectoryObject::Group(group) => format!(
                        "group {} ({} undeclared properties kept: {})",
                        group.display_name.as_value().map_or("", String::as_str),
                        group.meta().additional.len(),
                        group.meta().additional.keys().collect::<Vec<_>>().join(", ")
                    ),
                    _ => "another kind of directory object".to_owned(),
                };
                println!("{:<10} {id:<38} {detail}", "changed");
            }
            DeltaEntry::Removed(removed) => {
                println!("{:<10} {:<38} reason: {}", "removed", removed.id().unwrap_or_default(), removed.reason());
            }
            DeltaEntry::Failed(failed) => println!("{:<10} {:<38}", "failed", failed.id().unwrap_or("?")),
        }
    }
    println!("next round: {}", page.delta_link.as_deref().unwrap_or("(none)"));

    // Nothing was lost: written back, the page is the same JSON.
    let again: serde_json::Value = serde_json::from_str(&serde_json::to_string(&page)?)?;
    assert_eq!(again, serde_json::from_str::<serde_json::Value>(PAGE)?);
    println!("written back: the same JSON ({} entries)", page.value.len());

    // Errors come in Graph's own error body.
    let body = r#"{"error":{"code":"Request_ResourceNotFound","message":"Resource 'x' does not exist.",
                  "innerError":{"date":"2021-09-14T19:05:24","request-id":"e4d0","client-request-id":"e4d0"}}}"#;
    let error: ODataError = serde_json::from_str(body)?;
    let main = error.error.as_deref().ok_or("no error")?;
    let inner = main.inner_error.as_value().ok_or("no inner error")?;
    println!(
        "error {} at {} (request {})",
        main.code.as_value().map_or("?", String::as_str),
        inner.date.as_value().map(ToString::to_string).unwrap_or_default(),
        inner.request_id.as_value().map_or("?", String::as_str)
    );
    Ok(())
}

//! The generator reads both schema files as Microsoft publishes them, and resolves every reference.

use graph_gen::csdl::{Kind, Model};

fn read(name: &str) -> Model {
    let path = format!("{}/schemas/{name}", env!("CARGO_MANIFEST_DIR"));
    Model::parse(&std::fs::read_to_string(&path).unwrap()).unwrap()
}

#[test]
fn the_v1_schema_reads_whole() {
    let model = read("graph_v1.0_metadata.xml");
    let count = |k| model.types.iter().filter(|t| t.kind == k).count();
    assert_eq!((count(Kind::Entity), count(Kind::Complex), count(Kind::Enum)), (1182, 1780, 861));
    assert_eq!(model.operations.len(), 1181);
    assert_eq!(model.namespaces.len(), 11);
    // Every reference resolves, through the `graph.` and `self.` aliases.
    assert_eq!(model.unresolved(), Vec::<String>::new());
    let user = model.get("microsoft.graph.user").unwrap();
    assert_eq!(user.base.as_deref(), Some("microsoft.graph.directoryObject"));
    let security_user = model.get("microsoft.graph.security.user").unwrap();
    assert_eq!(security_user.namespace, "microsoft.graph.security");
    // Negative member values, members after the sentinel, composite flags.
    let status = model.get("microsoft.graph.freeBusyStatus").unwrap();
    assert_eq!((status.members[0].name.as_str(), status.members[0].value), ("unknown", -1));
    let weeks = model.get("microsoft.graph.windowsUpdateForBusinessUpdateWeeks").unwrap();
    assert!(weeks.flags && weeks.members.iter().any(|m| m.name == "everyWeek" && m.value == 15));
    // Computed annotations mark read-only properties.
    let computed = model.types.iter().flat_map(|t| &t.properties).filter(|p| p.computed).count();
    assert!(computed > 100, "{computed}");
    assert!(model.types.iter().any(|t| t.open) && model.types.iter().any(|t| t.has_stream));
}

#[test]
fn the_beta_extract_reads_and_names_what_it_lacks() {
    let model = read("backup_restore_beta.xml");
    assert_eq!(model.types.len(), 111);
    let unresolved = model.unresolved();
    assert!(unresolved.contains(&"microsoft.graph.mailboxType".to_owned()), "{unresolved:?}");
}

#[test]
fn malformed_schemas_give_errors() {
    assert!(Model::parse("<Schema").unwrap_err().to_string().starts_with("not well-formed XML"));
    assert!(Model::parse("<a/>").unwrap_err().to_string().contains("no <Schema>"));
    let no_name = r#"<Schema Namespace="n" xmlns="http://docs.oasis-open.org/odata/ns/edm"><EntityType/></Schema>"#;
    assert!(Model::parse(no_name).unwrap_err().to_string().contains("has no `Name` attribute"));
    let twice = r#"<Schema Namespace="n" xmlns="http://docs.oasis-open.org/odata/ns/edm"><EntityType Name="a"/><ComplexType Name="a"/></Schema>"#;
    assert!(Model::parse(twice).unwrap_err().to_string().contains("defined twice"));
}

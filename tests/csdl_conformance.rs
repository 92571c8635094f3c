//! The model against the schema: every entity, complex and enum type of the backup area of the CSDL
//! extract (`tests/data/backup_restore_beta.json`, the JSON form of the XML beside it) must exist under
//! its CSDL name in UpperCamelCase, with the same base type and exactly the CSDL's properties (names, Edm
//! types, collections, nullability) and enum members (names, values), checked through the metadata
//! constants that `#[graph_entity]` generates. The model cannot drift from the schema unnoticed.

mod common;

use std::collections::BTreeSet;

use graph_model::backup_restore as model;
use graph_model::{GraphType, PropertyKind, TypeInfo, TypeKind};
use serde_json::Value;

fn spec() -> Value {
    serde_json::from_str(&common::data("backup_restore_beta.json")).unwrap()
}

fn upper(name: &str) -> String {
    let mut c = name.chars();
    c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
}

/// The Edm type the model declares for a CSDL type reference: `graph.x` -> `microsoft.graph.x`; types the
/// extract does not define (documented under `knownButNotRetrieved`) are kept as strings.
fn expected_edm(reference: &str, not_retrieved: &Value) -> String {
    match reference.strip_prefix("graph.") {
        Some(name) if not_retrieved.get(name).is_some() => "Edm.String".to_owned(),
        Some(name) => format!("microsoft.graph.{name}"),
        None => reference.to_owned(),
    }
}

/// The model's type of this name (the tests' own types in `common` register some of the same names).
fn find(name: &str) -> &'static TypeInfo {
    let name = format!("microsoft.graph.{name}");
    TypeInfo::all()
        .find(|i| i.name == name && i.rust_path.starts_with("graph_model::backup_restore::"))
        .unwrap_or_else(|| panic!("the model has no type for `{name}`"))
}

#[test]
fn every_type_and_property_matches_the_csdl() {
    let spec = spec();
    let not_retrieved = &spec["knownButNotRetrieved"];
    let unresolved: BTreeSet<&str> =
        spec["unresolvedReferences"].as_array().unwrap().iter().map(|v| v.as_str().unwrap()).collect();
    let mut checked = (0, 0, 0, 0);
    for t in spec["types"].as_array().unwrap() {
        let name = t["name"].as_str().unwrap();
        let kind = t["kind"].as_str().unwrap();
        if kind == "EnumType" && t["areaRelevant"] == false {
            continue; // flags examples from outside the backup area
        }
        let info = find(name);
        assert_eq!(info.rust_name, upper(name), "{name}: Rust name");
        match kind {
            "EnumType" => {
                assert_eq!(info.kind, TypeKind::Enum);
                let want: Vec<(String, i64)> = t["members"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|m| (m["name"].as_str().unwrap().to_owned(), m["value"].as_i64().unwrap()))
                    .collect();
                let have: Vec<(String, i64)> =
                    info.members.iter().map(|m| (m.name.to_owned(), m.value.expect("value"))).collect();
                assert_eq!(have, want, "{name}: members");
                checked.2 += 1;
                continue;
            }
            "EntityType" => assert_eq!(info.kind, TypeKind::Entity, "{name}"),
            _ => assert_eq!(info.kind, TypeKind::Complex, "{name}"),
        }
        checked.0 += 1;
        let base = t["baseType"].as_str().map(|b| format!("microsoft.{b}"));
        assert_eq!(info.base.map(|b| b.name.to_owned()), base, "{name}: base type");

        let mut want = BTreeSet::new();
        for p in t["properties"].as_array().unwrap() {
            want.insert((
                p["name"].as_str().unwrap().to_owned(),
                expected_edm(p["type"].as_str().unwrap(), not_retrieved),
                p["collection"].as_bool().unwrap(),
                p["nullable"].as_bool().unwrap(),
                PropertyKind::Structural,
            ));
        }
        for n in t["navigationProperties"].as_array().unwrap() {
            let target = n["type"].as_str().unwrap().trim_start_matches("graph.");
            if unresolved.contains(target) {
                continue; // outside the extract: documented on the type, not invented
            }
            // Navigation nullability is not in the extract: single-valued ones are nullable in OData.
            let collection = n["collection"].as_bool().unwrap();
            want.insert((
                n["name"].as_str().unwrap().to_owned(),
                expected_edm(n["type"].as_str().unwrap(), not_retrieved),
                collection,
                !collection,
                PropertyKind::Navigation,
            ));
        }
        let have: BTreeSet<_> = info
            .properties
            .iter()
            .filter(|p| p.kind != PropertyKind::Delta)
            .map(|p| (p.wire_name.to_owned(), p.edm_type.to_owned(), p.collection, p.nullable, p.kind))
            .collect();
        assert_eq!(have, want, "{name}: properties");
        checked.1 += have.len();
        for delta in info.properties.iter().filter(|p| p.kind == PropertyKind::Delta) {
            let plain = delta.wire_name.strip_suffix("@delta").expect("delta wire name");
            assert!(have.iter().any(|p| p.0 == plain && p.2), "{name}: {plain}@delta has no collection");
            checked.3 += 1;
        }
    }
    // 53 entity + 21 complex types; 32 enums of the area; 6 delta forms.
    assert_eq!((checked.0, checked.2, checked.3), (74, 32, 6));
    assert!(checked.1 > 250, "{} properties checked", checked.1);
}

#[test]
fn families_follow_the_derived_types() {
    let spec = spec();
    for (base, derived) in spec["derivedTypes"].as_object().unwrap() {
        for d in derived.as_array().unwrap() {
            let info = find(d.as_str().unwrap());
            assert!(info.derives_from(find(base)), "{d} derives from {base}");
        }
    }
    // The families' base types.
    assert_eq!(<model::AnyRestoreSession as GraphType>::TYPE_INFO.name, "microsoft.graph.restoreSessionBase");
    assert_eq!(<model::AnyRestoreArtifact as GraphType>::TYPE_INFO.name, "microsoft.graph.restoreArtifactBase");
    assert_eq!(<model::AnyActivityLog as GraphType>::TYPE_INFO.name, "microsoft.graph.activityLogBase");
    assert_eq!(<model::AnyProtectionUnit as GraphType>::TYPE_INFO.name, "microsoft.graph.protectionUnitBase");
}

#[test]
fn read_only_rule() {
    let ro = |ty: &TypeInfo, wire: &str| ty.all_properties().iter().find(|p| p.wire_name == wire).unwrap().read_only;
    let session = find("oneDriveForBusinessRestoreSession");
    for wire in [
        "id",
        "status",
        "createdBy",
        "createdDateTime",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "error",
        "restoreSessionArtifactCount",
    ] {
        assert!(ro(session, wire), "{wire} is computed by the service");
    }
    assert!(!ro(session, "restoreJobType"));
    assert!(!ro(session, "driveRestoreArtifacts@delta"));
    let artifact = find("driveRestoreArtifact");
    assert!(ro(artifact, "status") && !ro(artifact, "destinationType"));
    // A protection policy's status is set by the caller's actions, not computed: writable.
    assert!(!ro(find("protectionPolicyBase"), "status"));
}

#[test]
fn the_xml_and_the_json_extract_name_the_same_types() {
    // The JSON was derived from the XML; make sure the copy under tests/data agrees on the type names.
    let xml = common::data("backup_restore_beta.xml");
    for t in spec()["types"].as_array().unwrap() {
        let name = t["name"].as_str().unwrap();
        let tag = match t["kind"].as_str().unwrap() {
            "EntityType" => "EntityType",
            "ComplexType" => "ComplexType",
            _ => "EnumType",
        };
        assert!(xml.contains(&format!("<{tag} Name=\"{name}\"")), "{tag} {name} in the XML");
    }
}

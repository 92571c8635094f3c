//! Every type, property, base, navigation property, enum member and action body of the crate against the
//! CSDL file it was generated from, all of it (with every area enabled).
#![cfg(feature = "full")]

use std::collections::HashMap;

use graph_gen::csdl::{Kind, Model, Property, TypeDef};
use graph_model::{PropertyKind, TypeInfo, TypeKind};

fn model() -> Model {
    let xml =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../graph-gen/schemas/graph_v1.0_metadata.xml"))
            .expect("the v1.0 CSDL file");
    Model::parse(&xml).expect("the CSDL parses")
}

/// The Edm or qualified type a property of this CSDL type is expected to report.
fn expected_edm(model: &Model, p: &Property) -> String {
    match model.get(&p.ty.name) {
        Some(_) => p.ty.name.clone(),
        None if p.ty.is_primitive() => p.ty.name.clone(),
        None => "Edm.Untyped".to_owned(),
    }
}

fn check_properties(model: &Model, t: &TypeDef, info: &TypeInfo, errors: &mut Vec<String>) {
    let mut expected: Vec<(&Property, bool)> = t.properties.iter().map(|p| (p, false)).collect();
    expected.extend(t.navigation.iter().map(|p| (p, true)));
    if expected.len() != info.properties.len() {
        errors.push(format!(
            "{}: {} properties in the CSDL, {} in the crate",
            t.qualified(),
            expected.len(),
            info.properties.len()
        ));
        return;
    }
    for ((p, nav), have) in expected.iter().zip(info.properties) {
        let what = format!("{}/{}", t.qualified(), p.name);
        if have.wire_name != p.name {
            errors.push(format!("{what}: wire name `{}`", have.wire_name));
        }
        let edm = expected_edm(model, p);
        if have.edm_type != edm {
            errors.push(format!("{what}: type `{}`, expected `{edm}`", have.edm_type));
        }
        if have.collection != p.ty.collection {
            errors.push(format!("{what}: collection {}", have.collection));
        }
        let kind = if *nav { PropertyKind::Navigation } else { PropertyKind::Structural };
        if have.kind != kind {
            errors.push(format!("{what}: kind {:?}", have.kind));
        }
        // Single navigation values are always nullable (`Nullable<Box<T>>`): a reference may be absent.
        if !nav && have.nullable != p.nullable {
            errors.push(format!("{what}: nullable {}, the CSDL says {}", have.nullable, p.nullable));
        }
        if have.read_only != (p.computed || (p.name == "id" && t.qualified() == "microsoft.graph.entity")) && !nav {
            errors.push(format!("{what}: read-only {}", have.read_only));
        }
    }
}

#[test]
fn every_type_matches_the_csdl() {
    let model = model();
    let by_name: HashMap<&str, &TypeInfo> = graph_v1::TYPES.iter().map(|t| (t.name, *t)).collect();
    assert_eq!(graph_v1::TYPES.len(), model.types.len(), "one metadata entry per CSDL type");
    let mut errors = Vec::new();
    let (mut properties, mut members, mut navigation) = (0, 0, 0);
    for t in &model.types {
        let q = t.qualified();
        let Some(info) = by_name.get(q.as_str()) else {
            errors.push(format!("{q}: missing"));
            continue;
        };
        let kind = match t.kind {
            Kind::Entity => TypeKind::Entity,
            Kind::Complex => TypeKind::Complex,
            Kind::Enum => TypeKind::Enum,
        };
        if info.kind != kind {
            errors.push(format!("{q}: kind {:?}", info.kind));
        }
        if info.base.map(|b| b.name) != t.base.as_deref() {
            errors.push(format!("{q}: base {:?}, expected {:?}", info.base.map(|b| b.name), t.base));
        }
        if t.kind == Kind::Enum {
            let have: Vec<(&str, Option<i64>)> = info.members.iter().map(|m| (m.name, m.value)).collect();
            let want: Vec<(&str, Option<i64>)> = t.members.iter().map(|m| (m.name.as_str(), Some(m.value))).collect();
            if have != want {
                errors.push(format!("{q}: members {have:?}, expected {want:?}"));
            }
            members += want.len();
        } else {
            check_properties(&model, t, info, &mut errors);
            properties += t.properties.len();
            navigation += t.navigation.len();
        }
    }
    assert!(errors.is_empty(), "{} differences:\n{}", errors.len(), errors.join("\n"));
    // The whole file was compared.
    assert_eq!(model.types.len(), 1182 + 1780 + 861);
    assert!(properties > 9_000 && navigation > 1_000 && members > 6_000, "{properties} {navigation} {members}");
}

#[test]
fn every_action_with_parameters_has_a_body() {
    let model = model();
    let mut errors = Vec::new();
    let mut checked = 0;
    for op in model.operations.iter().filter(|o| o.is_action && !o.parameters.is_empty()) {
        let name = format!("{}.{}", op.namespace, op.name);
        let bodies: Vec<&TypeInfo> =
            graph_v1::ACTION_BODIES.iter().filter(|(n, _)| *n == name).map(|(_, info)| *info).collect();
        let matching = bodies.iter().any(|info| {
            info.properties.len() == op.parameters.len()
                && info.properties.iter().zip(&op.parameters).all(|(have, p)| {
                    have.wire_name == p.name && have.collection == p.ty.collection && have.nullable == p.nullable
                })
        });
        if !matching {
            errors.push(format!("{name}: no body with its parameters"));
        }
        // Bodies have no `@odata.type`.
        if bodies.iter().any(|b| !b.name.is_empty()) {
            errors.push(format!("{name}: a body with an OData type name"));
        }
        checked += 1;
    }
    assert!(errors.is_empty(), "{}", errors.join("\n"));
    assert!(checked > 400, "{checked}");
}

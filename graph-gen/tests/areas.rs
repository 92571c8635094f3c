//! Where the v1.0 schema's types go, and what each area compiled alone leaves out, against a reviewed
//! list (`tests/compiled_out_v1.txt`): a type placed in the wrong area shows up there as a change.
//! `BLESS=1 cargo test -p graph-gen --test areas` rewrites the list after a reviewed change.

use graph_gen::areas::{compiled_out, place};
use graph_gen::csdl::Model;

fn model() -> Model {
    let path = format!("{}/schemas/graph_v1.0_metadata.xml", env!("CARGO_MANIFEST_DIR"));
    Model::parse(&std::fs::read_to_string(path).unwrap()).unwrap()
}

#[test]
fn value_types_go_with_their_users() {
    let model = model();
    let area = place(&model);
    let of = |name: &str| area[&format!("microsoft.graph.{name}")].as_str();
    assert_eq!(of("chatMessagePolicyViolationUserActionTypes"), "teams");
    assert_eq!(of("chatMessagePolicyViolation"), "teams");
    assert_eq!(of("chatMessage"), "teams");
    assert_ne!(of("templateScenarios"), "device_management");
    assert_eq!(of("user"), "directory");
    assert_eq!(of("group"), "directory");
    assert_eq!(of("iosGeneralDeviceConfiguration"), "device_management");
}

#[test]
fn what_each_area_alone_compiles_out_is_reviewed() {
    let model = model();
    let out = compiled_out(&model, &place(&model));
    let mut text = String::from(
        "# Properties compiled out when an area is compiled alone: `owner.property[ nav]: area it needs`.\n",
    );
    for (area, lines) in &out {
        text.push_str(&format!("\n[{area}] {} properties\n", lines.len()));
        for line in lines {
            text.push_str(line);
            text.push('\n');
        }
    }
    let path = format!("{}/tests/compiled_out_v1.txt", env!("CARGO_MANIFEST_DIR"));
    if std::env::var_os("BLESS").is_some() {
        std::fs::write(&path, &text).unwrap();
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(expected == text, "what an area alone compiles out changed: review `git diff {path}` after BLESS=1");
}

use std::collections::HashMap;

use graph_model::graph_entity;

#[graph_entity(odata_type = "microsoft.graph.openTypeExtension")]
pub struct Extension {
    pub id: Option<String>,
    pub properties: Option<HashMap<String, String>>,
}

fn main() {}

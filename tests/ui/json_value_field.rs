use graph_model::graph_entity;

#[graph_entity(odata_type = "microsoft.graph.restorePoint")]
pub struct RestorePoint {
    pub id: Option<String>,
    pub details: Option<serde_json::Value>,
}

fn main() {}

use graph_model::graph_entity;

#[graph_entity(odata_type = "microsoft.graph.restorePoint")]
pub struct RestorePoint {
    #[serde(rename = "identifier")]
    pub id: Option<String>,
}

fn main() {}

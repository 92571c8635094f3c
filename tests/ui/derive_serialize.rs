use graph_model::graph_entity;

#[graph_entity(odata_type = "microsoft.graph.restorePoint")]
#[derive(Debug, serde::Serialize)]
pub struct RestorePoint {
    pub id: Option<String>,
}

fn main() {}

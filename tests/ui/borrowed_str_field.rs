use graph_model::graph_entity;

#[graph_entity(odata_type = "microsoft.graph.restorePoint")]
pub struct RestorePoint {
    pub id: Option<&'static str>,
}

fn main() {}

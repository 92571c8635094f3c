use graph_model::graph_entity;

#[graph_entity(odata_type = "microsoft.graph.restorePoint", abstrakt)]
pub struct RestorePoint {
    pub id: Option<String>,
}

fn main() {}

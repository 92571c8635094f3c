use graph_model::graph_entity;

#[graph_entity(odata_type = "microsoft.graph.restorePoint")]
pub union RestorePoint {
    id: u32,
}

fn main() {}

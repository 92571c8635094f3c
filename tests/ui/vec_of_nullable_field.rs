use graph_model::{Nullable, graph_entity};

#[graph_entity(odata_type = "microsoft.graph.restorePoint")]
pub struct RestorePoint {
    pub id: Option<String>,
    pub tags: Option<Vec<Nullable<String>>>,
}

fn main() {}

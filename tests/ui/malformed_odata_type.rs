use graph_model::graph_entity;

#[graph_entity(odata_type = "restorePoint")]
pub struct RestorePoint {
    pub id: Option<String>,
}

fn main() {}

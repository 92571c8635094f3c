use graph_model::graph_entity;

#[graph_entity]
pub struct RestorePoint {
    pub id: Option<String>,
}

fn main() {}

use graph_model::graph_entity;

#[graph_entity(odata_type = "microsoft.graph.restorePoint")]
pub struct RestorePoint {
    #[graph(base)]
    pub base: String,
    pub tags: Option<String>,
}

fn main() {}

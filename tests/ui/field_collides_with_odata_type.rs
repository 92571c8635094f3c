use graph_model::graph_entity;

#[graph_entity(odata_type = "microsoft.graph.restorePoint")]
pub struct RestorePoint {
    #[graph(rename = "@odata.type")]
    pub kind: Option<String>,
}

fn main() {}

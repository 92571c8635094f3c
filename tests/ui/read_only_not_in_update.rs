use graph_model::graph_entity;

#[graph_entity(odata_type = "microsoft.graph.restorePoint")]
pub struct RestorePoint {
    #[graph(read_only)]
    pub id: Option<String>,
    pub tags: Option<String>,
}

fn main() {
    let _ = RestorePointUpdate::new().tags("fastRestore").id("rp1");
}

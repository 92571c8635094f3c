use graph_model::graph_entity;

#[graph_entity(odata_type = "restorePoint", flags)]
pub struct RestorePoint {
    #[graph(readonly)]
    pub id: Option<String>,
    #[graph(rename = "id")]
    pub other: Option<String>,
}

fn main() {}

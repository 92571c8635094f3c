use graph_model::graph_entity;

#[graph_entity(odata_type = "microsoft.graph.restorePoint")]
pub struct RestorePoint {
    pub protection_date_time: Option<String>,
    #[graph(rename = "protectionDateTime")]
    pub protected_at: Option<String>,
}

fn main() {}

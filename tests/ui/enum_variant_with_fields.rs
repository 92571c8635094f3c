use graph_model::graph_entity;

#[graph_entity(odata_type = "microsoft.graph.restoreSessionStatus")]
pub enum RestoreSessionStatus {
    Draft,
    Active { since: String },
    UnknownFutureValue,
}

fn main() {}

use graph_model::graph_entity;

#[graph_entity(odata_type = "microsoft.graph.restoreSessionStatus")]
#[derive(Debug, PartialEq)]
pub enum RestoreSessionStatus {
    Draft,
    UnknownFutureValue,
}

fn main() {}

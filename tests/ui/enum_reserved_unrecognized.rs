use graph_model::graph_entity;

#[graph_entity(odata_type = "microsoft.graph.destinationType")]
pub enum DestinationType {
    New,
    Unrecognized,
    UnknownFutureValue,
}

fn main() {}

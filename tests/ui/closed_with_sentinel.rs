use graph_model::graph_entity;

#[graph_entity(odata_type = "microsoft.graph.destinationType", closed)]
pub enum DestinationType {
    New,
    UnknownFutureValue,
}

fn main() {}

use graph_model::graph_entity;

#[graph_entity(odata_type = "microsoft.graph.restorePointTags", flags)]
pub enum RestorePointTags {
    None,
    FastRestore,
    UnknownFutureValue,
}

fn main() {}

use graph_model::graph_entity;

#[graph_entity(odata_type = "microsoft.graph.restorePointTags", flags)]
pub enum RestorePointTags {
    None = 0,
    FastRestore = -1,
    UnknownFutureValue = 2,
}

fn main() {}

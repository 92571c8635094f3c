use graph_model::graph_entity;

#[graph_entity(odata_type = "microsoft.graph.entity")]
pub struct Entity {
    pub id: Option<String>,
}

#[graph_entity(odata_type = "microsoft.graph.oneDriveForBusinessRestoreSession")]
pub struct Session {
    #[graph(base)]
    pub entity: Entity,
    #[graph(delta)]
    pub drive_restore_artifacts_delta: Option<Vec<Entity>>,
}

fn main() {}

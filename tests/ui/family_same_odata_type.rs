use graph_model::graph_entity;

#[graph_entity(odata_type = "microsoft.graph.entity")]
pub struct Entity {
    pub id: Option<String>,
}

#[graph_entity(odata_type = "microsoft.graph.restorePoint")]
pub struct RestorePoint {
    #[graph(base)]
    pub entity: Entity,
}

#[graph_entity(odata_type = "microsoft.graph.restorePoint")]
pub struct RestorePointCopy {
    #[graph(base)]
    pub entity: Entity,
}

#[graph_entity(odata_type = "microsoft.graph.entity")]
pub enum AnyEntity {
    RestorePoint(RestorePoint),
    Copy(RestorePointCopy),
    #[graph(fallback)]
    Other(Entity),
}

fn main() {}

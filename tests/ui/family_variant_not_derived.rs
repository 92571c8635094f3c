use graph_model::graph_entity;

#[graph_entity(odata_type = "microsoft.graph.entity")]
pub struct Entity {
    pub id: Option<String>,
}

#[graph_entity(odata_type = "microsoft.graph.identity", complex)]
pub struct Identity {
    pub id: Option<String>,
}

#[graph_entity(odata_type = "microsoft.graph.entity")]
pub enum AnyEntity {
    Identity(Identity),
    #[graph(fallback)]
    Other(Entity),
}

fn main() {}

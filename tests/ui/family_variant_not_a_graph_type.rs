use graph_model::graph_entity;

#[graph_entity(odata_type = "microsoft.graph.entity")]
pub struct Entity {
    pub id: Option<String>,
}

#[graph_entity(odata_type = "microsoft.graph.entity")]
pub enum AnyEntity {
    #[graph(fallback)]
    Entity(Entity),
    Other(String),
}

fn main() {}

use graph_model::graph_entity;

#[graph_entity(odata_type = "microsoft.graph.entity")]
pub struct Entity {
    pub id: Option<String>,
}

#[graph_entity(odata_type = "microsoft.graph.timePeriod", complex)]
pub struct TimePeriod {
    #[graph(base)]
    pub entity: Entity,
}

fn main() {}

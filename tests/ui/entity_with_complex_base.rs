use graph_model::graph_entity;

#[graph_entity(odata_type = "microsoft.graph.timePeriod", complex)]
pub struct TimePeriod {
    pub start_date_time: Option<String>,
}

#[graph_entity(odata_type = "microsoft.graph.restorePoint")]
pub struct RestorePoint {
    #[graph(base)]
    pub period: TimePeriod,
}

fn main() {}

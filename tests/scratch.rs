mod common;
use common::*;

#[test]
fn scratch() {
    let json = r##"{"id":"x","status":"draft","@odata.type":"#microsoft.graph.oneDriveForBusinessRestoreSession","foo":1e400,"createdBy":{"user":{"id":"u"}},"error":null}"##;
    let s: TestOneDriveSession = graph_model::from_str(json).unwrap();
    println!("{s:#?}");
    println!("{}", graph_model::to_string(&s).unwrap());
    let e = graph_model::from_str::<TestOneDriveSession>(r#"{"createdBy":{"user":{"id":5}}}"#).unwrap_err();
    println!("{e}");
    let e = graph_model::from_str::<TestRestoreSessionBase>(r##"{"@odata.type":"#microsoft.graph.user"}"##).unwrap_err();
    println!("{e}");
    let u = TestOneDriveSessionUpdate::new().update_base(|b| b.status("draft".to_string()).error(graph_model::Nullable::Null)).with_odata_type();
    println!("{}", graph_model::to_string(&u).unwrap());
}

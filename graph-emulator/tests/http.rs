//! The emulator over loopback HTTP, as any client sees it: authentication on every route, bounded
//! parameters and bodies, the create bodies Microsoft's SDK and reference page send, Graph's error body.

use std::time::Duration;

use graph_emulator::{Config, Emulator, MAX_PAGE_SIZE};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

struct Reply {
    status: u16,
    head: String,
    body: String,
}

/// Sends one request (`Connection: close`) and reads the whole response, within ten seconds.
async fn send(emulator: &Emulator, method: &str, path: &str, headers: &[(&str, &str)], body: &[u8]) -> Reply {
    tokio::time::timeout(Duration::from_secs(10), async {
        let mut stream = tokio::net::TcpStream::connect(emulator.addr()).await.unwrap();
        let mut head =
            format!("{method} {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: {}\r\n", body.len());
        for (name, value) in headers {
            head.push_str(&format!("{name}: {value}\r\n"));
        }
        head.push_str("\r\n");
        stream.write_all(head.as_bytes()).await.unwrap();
        // A server may answer before the body is sent (401, 413): a failed write is not an error here.
        let _ = stream.write_all(body).await;
        let mut out = Vec::new();
        let _ = stream.read_to_end(&mut out).await;
        let text = String::from_utf8_lossy(&out).into_owned();
        let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
        let status = head.get(9..12).and_then(|s| s.parse().ok()).unwrap_or(0);
        Reply { status, head: head.to_ascii_lowercase(), body: body.to_owned() }
    })
    .await
    .expect("an answer within ten seconds")
}

const AUTH: (&str, &str) = ("Authorization", "Bearer secret");
const ROOT: &str = "/beta/solutions/backupRestore";

async fn emulator() -> Emulator {
    Emulator::start(Config { token: Some("secret".into()), ..Config::default() }).await.unwrap()
}

fn error_of(reply: &Reply) -> serde_json::Value {
    assert!(reply.head.contains("content-type: application/json"), "{}", reply.head);
    let body: serde_json::Value = serde_json::from_str(&reply.body).unwrap_or_else(|e| panic!("{e}: {}", reply.body));
    body["error"].clone()
}

#[tokio::test]
async fn control_routes_need_the_token() {
    let emulator = emulator().await;
    for (method, path) in [
        ("POST", "/emulator/advance"),
        ("GET", "/emulator/stats"),
        ("POST", "/emulator/restorePoints?protectionUnitId=u1"),
    ] {
        let denied = send(&emulator, method, path, &[], b"{}").await;
        assert_eq!(denied.status, 401, "{method} {path}");
        assert_eq!(error_of(&denied)["code"], "InvalidAuthenticationToken");
        let wrong = send(&emulator, method, path, &[("Authorization", "Bearer other")], b"{}").await;
        assert_eq!(wrong.status, 401, "{method} {path}");
    }
    assert_eq!(send(&emulator, "POST", "/emulator/advance", &[AUTH], b"").await.status, 200);
    assert_eq!(send(&emulator, "GET", "/emulator/stats", &[AUTH], b"").await.status, 200);
}

#[tokio::test]
async fn advance_is_bounded() {
    let emulator = emulator().await;
    let too_many = send(&emulator, "POST", "/emulator/advance?steps=4294967295", &[AUTH], b"").await;
    assert_eq!(too_many.status, 400);
    assert!(error_of(&too_many)["message"].as_str().unwrap().contains("from 1 to 1000000"));
    for bad in ["0", "-1", "x"] {
        assert_eq!(send(&emulator, "POST", &format!("/emulator/advance?steps={bad}"), &[AUTH], b"").await.status, 400);
    }
    // Far into the future, then sessions are still created and listed.
    for _ in 0..3 {
        emulator.advance(u32::MAX);
    }
    let done = send(&emulator, "POST", "/emulator/advance?steps=1000000", &[AUTH], b"").await;
    assert_eq!((done.status, done.body.as_str()), (200, r#"{"clock":4194970559}"#));
    let created = send(&emulator, "POST", &format!("{ROOT}/oneDriveForBusinessRestoreSessions"), &[AUTH], b"{}").await;
    assert_eq!(created.status, 201, "{}", created.body);
    assert!(created.body.contains(r#""createdDateTime":"9999-12-31T23:59:00Z""#), "{}", created.body);
    assert_eq!(send(&emulator, "GET", &format!("{ROOT}/restoreSessions"), &[AUTH], b"").await.status, 200);
}

#[tokio::test]
async fn paging_parameters_are_checked() {
    let emulator = emulator().await;
    for query in ["$skiptoken=18446744073709551615", "$skiptoken=5", "$skiptoken=x", "$top=0", "$top=1001", "$top=x"] {
        let reply = send(&emulator, "GET", &format!("{ROOT}/restoreSessions?{query}"), &[AUTH], b"").await;
        assert_eq!(reply.status, 400, "{query}");
        assert_eq!(error_of(&reply)["code"], "BadRequest", "{query}");
    }
    let empty = send(&emulator, "GET", &format!("{ROOT}/restoreSessions?$skiptoken=0&$top=1000"), &[AUTH], b"").await;
    assert_eq!(empty.status, 200);
    let zero = Emulator::start(Config { page_size: 0, ..Config::default() }).await.unwrap_err();
    assert!(zero.to_string().contains(&format!("1 to {MAX_PAGE_SIZE}")), "{zero}");
    assert!(Emulator::start(Config { page_size: MAX_PAGE_SIZE + 1, ..Config::default() }).await.is_err());
}

#[tokio::test]
async fn large_bodies_get_graph_errors_after_authentication() {
    let emulator = emulator().await;
    let big = vec![b' '; 10 * 1024 * 1024];
    let path = format!("{ROOT}/oneDriveForBusinessRestoreSessions");
    let denied = send(&emulator, "POST", &path, &[], &big).await;
    assert_eq!(denied.status, 401);
    assert_eq!(error_of(&denied)["code"], "InvalidAuthenticationToken");
    let too_large = send(&emulator, "POST", &path, &[AUTH], &big).await;
    assert_eq!(too_large.status, 413);
    assert_eq!(error_of(&too_large)["code"], "RequestEntityTooLarge");
}

/// Graph's error body: `code`, `message`, `innerError` with `date`, `request-id` and the client's
/// `client-request-id`; no type annotation; the ids as headers too.
#[tokio::test]
async fn errors_are_written_as_graph_writes_them() {
    let emulator = emulator().await;
    let reply = send(
        &emulator,
        "GET",
        &format!("{ROOT}/restoreSessions/missing"),
        &[AUTH, ("client-request-id", "c0ffee00-0000-4000-8000-000000000001")],
        b"",
    )
    .await;
    assert_eq!(reply.status, 404);
    let error = error_of(&reply);
    let keys: Vec<&str> = error.as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(keys, ["code", "innerError", "message"], "{}", reply.body); // as serde_json sorts them
    assert!(!reply.body.contains("@odata.type"), "{}", reply.body);
    let inner = &error["innerError"];
    assert_eq!(inner["client-request-id"], "c0ffee00-0000-4000-8000-000000000001");
    assert!(inner["request-id"].as_str().is_some_and(|id| id.len() == 36));
    let date = inner["date"].as_str().unwrap();
    assert!(date.len() == 19 && date.as_bytes()[10] == b'T', "{date}");
    assert!(reply.head.contains("client-request-id: c0ffee00-0000-4000-8000-000000000001"));
    assert!(reply.head.contains(&format!("request-id: {}", inner["request-id"].as_str().unwrap())));

    let list = send(&emulator, "GET", &format!("{ROOT}/restoreSessions"), &[AUTH], b"").await;
    assert!(
        list.body.starts_with(
            r#"{"@odata.context":"https://graph.microsoft.com/beta/$metadata#solutions/backupRestore/restoreSessions","#
        ),
        "{}",
        list.body
    );
}

/// The create bodies Microsoft's SDK and reference page send: an `@odata.type` alone, `{ }` with spaces,
/// no body, artifacts inline as the plain collection. A PATCH with the plain collection is told to send
/// `@delta`.
#[tokio::test]
async fn create_reads_its_body() {
    let emulator = emulator().await;
    let drive = format!("{ROOT}/oneDriveForBusinessRestoreSessions");
    for body in [r##"{"@odata.type": "#microsoft.graph.oneDriveForBusinessRestoreSession"}"##, "{ }", " {}\n", ""] {
        let created = send(&emulator, "POST", &drive, &[AUTH], body.as_bytes()).await;
        assert_eq!(created.status, 201, "{body:?}: {}", created.body);
        assert!(created.body.contains(r#""status":"draft""#));
    }
    let exchange = format!("{ROOT}/exchangeRestoreSessions");
    let inline = r#"{"mailboxRestoreArtifacts": [{"restorePoint": {"@odata.id": "1f1fccc3-a642-4f61-bf49-f37b9a888279"}, "destinationType": "inPlace"}]}"#;
    let created = send(&emulator, "POST", &exchange, &[AUTH], inline.as_bytes()).await;
    assert_eq!(created.status, 201, "{}", created.body);
    let session: serde_json::Value = serde_json::from_str(&created.body).unwrap();
    let id = session["id"].as_str().unwrap();
    assert_eq!(session["restoreSessionArtifactCount"]["total"], 1);
    let artifacts = send(&emulator, "GET", &format!("{exchange}/{id}/mailboxRestoreArtifacts"), &[AUTH], b"").await;
    assert!(artifacts.body.contains(r#""id":"1f1fccc3-a642-4f61-bf49-f37b9a888279""#), "{}", artifacts.body);
    assert!(artifacts.body.contains(r#""destinationType":"inPlace""#), "{}", artifacts.body);

    let plain = send(&emulator, "PATCH", &format!("{exchange}/{id}"), &[AUTH], inline.as_bytes()).await;
    assert_eq!(plain.status, 400);
    let message = error_of(&plain)["message"].as_str().unwrap().to_owned();
    assert!(message.contains("`mailboxRestoreArtifacts@delta`"), "{message}");

    let bad = send(&emulator, "POST", &drive, &[AUTH], br#"{"status": 5}"#).await;
    assert_eq!(bad.status, 400);
    assert!(error_of(&bad)["message"].as_str().unwrap().contains("status"));
}

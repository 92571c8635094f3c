//! The client against loopback servers that misbehave: silence, trickled bytes, bodies without end, a
//! `Retry-After` no wait can honour, links that loop or never end, redirects to another host. Every
//! test is bounded in time and in requests.

mod common;

use std::error::Error as _;
use std::time::{Duration, Instant};

use common::{Answer, response, serve};
use graph_client::{Client, Error, RetryPolicy, StaticToken};

const LIMIT: Duration = Duration::from_secs(30);
const SESSION: &str =
    r##"{"@odata.type":"#microsoft.graph.oneDriveForBusinessRestoreSession","id":"s1","status":"draft"}"##;

fn client(url: &str, policy: RetryPolicy) -> Client {
    Client::builder(url, StaticToken::new("secret-token")).allow_loopback(true).retry(policy).build().unwrap()
}

fn short() -> RetryPolicy {
    RetryPolicy {
        base_delay: Duration::from_millis(10),
        attempt_timeout: Duration::from_secs(1),
        max_total: Duration::from_secs(2),
        ..RetryPolicy::default()
    }
}

async fn bounded<T>(f: impl std::future::Future<Output = T>) -> T {
    tokio::time::timeout(LIMIT, f).await.expect("within the time limit")
}

/// A server that accepts and says nothing, one that trickles its headers and one that trickles its
/// body at 2 bytes a second: each call ends with `TimedOut` at the policy's bound, not later.
#[tokio::test]
async fn silent_and_trickling_servers_time_out() {
    bounded(async {
        let head = format!("HTTP/1.1 200 OK\r\ncontent-length: {}\r\n\r\n", SESSION.len());
        let servers = [
            serve(|_, _| Answer::Silence).await,
            serve(move |_, _| {
                Answer::Trickle(b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\n{}".to_vec(), Duration::from_millis(500))
            })
            .await,
            serve(move |_, _| {
                Answer::Trickle([head.as_bytes(), SESSION.as_bytes()].concat(), Duration::from_millis(500))
            })
            .await,
        ];
        for server in &servers {
            let started = Instant::now();
            let err = client(&server.url(), short()).session("s1").await.unwrap_err();
            let took = started.elapsed();
            assert!(matches!(err, Error::TimedOut { attempts: 1, .. }), "{err}");
            assert!(took >= Duration::from_millis(900) && took < Duration::from_secs(3), "took {took:?}");
            assert_eq!(server.heads().len(), 1);
        }
        // The whole call, waits included, ends by `max_total`: a throttling server whose waits fit the
        // policy's `max_delay` but not its total.
        let throttling = serve(|_, _| response("429 Too Many Requests", &[("retry-after", "0.6")], "{}")).await;
        let policy = RetryPolicy { attempt_timeout: Duration::from_secs(5), ..short() };
        let started = Instant::now();
        let err = client(&throttling.url(), policy).session("s1").await.unwrap_err();
        assert!(matches!(err, Error::Api { attempts: 4, .. }), "{err}"); // at 0, 0.6, 1.2 and 1.8 s
        assert!(started.elapsed() < Duration::from_secs(2));
    })
    .await;
}

/// The documented defaults.
#[test]
fn default_bounds() {
    let policy = RetryPolicy::default();
    assert_eq!((policy.attempt_timeout, policy.max_total), (Duration::from_secs(100), Duration::from_secs(300)));
    assert_eq!(graph_client::DEFAULT_CONNECT_TIMEOUT, Duration::from_secs(10));
    assert_eq!(graph_client::DEFAULT_READ_TIMEOUT, Duration::from_secs(30));
    assert_eq!(graph_client::DEFAULT_MAX_BODY_BYTES, 32 * 1024 * 1024);
    assert_eq!(graph_client::DEFAULT_MAX_PAGES, 1_000);
}

/// A 429 whose `Retry-After` is `u64::MAX` seconds, received more than a second into the call: the call
/// gives up with the 429 (no wait that long fits the policy), without panicking.
#[tokio::test]
async fn a_huge_retry_after_is_an_error_not_a_panic() {
    bounded(async {
        let server = serve(|_, _| {
            std::thread::sleep(Duration::from_millis(1100));
            response("429 Too Many Requests", &[("retry-after", "18446744073709551615")], "{}")
        })
        .await;
        let policy = RetryPolicy { max_delay: Duration::MAX, max_total: Duration::MAX, ..RetryPolicy::default() };
        match client(&server.url(), policy).session("s1").await.unwrap_err() {
            Error::Api { status, attempts, .. } => assert_eq!((status.as_u16(), attempts), (429, 1)),
            other => panic!("{other}"),
        }
    })
    .await;
}

/// A 1 GB body announced by `Content-Length` and an endless chunked body are refused at the limit.
#[tokio::test]
async fn bodies_over_the_limit_are_refused() {
    bounded(async {
        let announced =
            serve(|_, _| Answer::Endless(b"HTTP/1.1 200 OK\r\ncontent-length: 1000000000\r\n\r\n".to_vec())).await;
        let endless = serve(|_, _| Answer::Endless(b"HTTP/1.1 200 OK\r\n\r\n".to_vec())).await;
        for server in [&announced, &endless] {
            let client = Client::builder(server.url(), StaticToken::new("t"))
                .allow_loopback(true)
                .max_body_bytes(1 << 20)
                .build()
                .unwrap();
            let err = client.session("s1").await.unwrap_err();
            assert!(matches!(err, Error::BodyTooLarge { limit: 1048576 }), "{err}");
            assert_eq!(err.to_string(), "the response body is longer than the limit of 1048576 bytes");
        }
        // Under the limit, the same kind of body is read.
        let fine = serve(|_, _| response("200 OK", &[], SESSION)).await;
        let client = Client::builder(fine.url(), StaticToken::new("t"))
            .allow_loopback(true)
            .max_body_bytes(SESSION.len())
            .build()
            .unwrap();
        assert!(client.session("s1").await.is_ok());
    })
    .await;
}

/// nextLinks that differ from a page read only by a fragment are a loop; a service that sends a new
/// link forever is stopped at the page limit.
#[tokio::test]
async fn paging_is_bounded() {
    bounded(async {
        // The link is the page's own path (relative to the origin) with a new fragment each time.
        let fragments = serve(|n, head| {
            let path = head.split_whitespace().nth(1).unwrap_or_default().to_owned();
            let body = format!(r#"{{"value":[{SESSION}],"@odata.nextLink":"{path}#{}"}}"#, n + 1);
            response("200 OK", &[], &body)
        })
        .await;
        let c = client(&fragments.url(), short());
        let err = c.sessions().await.unwrap_err();
        assert!(matches!(err, Error::NextLinkLoop(ref link) if link.ends_with("#1")), "{err}");
        assert_eq!(fragments.heads().len(), 1, "the first page only");

        let endless = serve(|n, _| {
            let body = format!(r#"{{"value":[{SESSION}],"@odata.nextLink":"restoreSessions?page={}"}}"#, n + 1);
            response("200 OK", &[], &body)
        })
        .await;
        let c =
            Client::builder(endless.url(), StaticToken::new("t")).allow_loopback(true).max_pages(50).build().unwrap();
        let err = c.sessions().await.unwrap_err();
        assert!(matches!(err, Error::TooManyPages { limit: 50 }), "{err}");
        assert_eq!(endless.heads().len(), 50);
        // A pager's own limit.
        let request = c.requests().list_restore_sessions().unwrap();
        let mut pager = c.pages::<graph_model::backup_restore::AnyRestoreSession>(request).max_pages(2);
        assert_eq!(pager.next_page().await.unwrap().map(|p| p.len()), Some(1));
        assert_eq!(pager.next_page().await.unwrap().map(|p| p.len()), Some(1));
        assert!(matches!(pager.next_page().await, Err(Error::TooManyPages { limit: 2 })));
    })
    .await;
}

/// A redirect to another origin is followed without the token; on the same origin with it; to plain
/// http on another host it is refused; a redirect loop ends.
#[tokio::test]
async fn redirects_follow_the_token_rule() {
    bounded(async {
        let elsewhere = serve(|_, _| response("200 OK", &[], SESSION)).await;
        let target = format!("{}/download/s1", elsewhere.url());
        let graph = serve(move |n, _| match n {
            0 => response("302 Found", &[("location", &target)], ""),
            1 => response(
                "307 Temporary Redirect",
                &[("location", "/beta/solutions/backupRestore/restoreSessions/s2")],
                "",
            ),
            2 => response("200 OK", &[], SESSION),
            3 => response("302 Found", &[("location", "http://graph.example/x")], ""),
            _ => response("302 Found", &[("location", "/loop")], ""),
        })
        .await;
        let c = client(&graph.url(), short());
        let session = c.session("s1").await.unwrap();
        assert!(matches!(session, graph_model::backup_restore::AnyRestoreSession::OneDriveForBusiness(_)));
        let heads = (graph.heads(), elsewhere.heads());
        assert!(heads.0[0].to_ascii_lowercase().contains("authorization: bearer secret-token"));
        assert_eq!(heads.1.len(), 1);
        assert!(!heads.1[0].to_ascii_lowercase().contains("authorization"), "{}", heads.1[0]);

        c.session("s1").await.unwrap();
        let heads = graph.heads();
        assert!(heads[2].starts_with("GET /beta/solutions/backupRestore/restoreSessions/s2 "));
        assert!(heads[2].to_ascii_lowercase().contains("authorization: bearer secret-token"));

        let err = c.session("s1").await.unwrap_err();
        assert!(matches!(err, Error::Refused(ref why) if why.contains("is not https")), "{err}");
        let err = c.session("s1").await.unwrap_err();
        assert!(matches!(err, Error::Refused(ref why) if why.contains("redirects in a row")), "{err}");
        assert_eq!(graph.heads().len(), 4 + 11);
    })
    .await;
}

/// `http://[::1]:PORT` is a loopback URL.
#[tokio::test]
async fn ipv6_loopback_is_loopback() {
    let listener = tokio::net::TcpListener::bind("[::1]:0").await.expect("IPv6 loopback");
    let url = format!("http://[::1]:{}", listener.local_addr().unwrap().port());
    assert!(matches!(Client::builder(&url, StaticToken::new("t")).build(), Err(Error::Refused(_))));
    assert!(Client::builder(&url, StaticToken::new("t")).allow_loopback(true).build().is_ok());
    for base in ["https://127.1", "https://2130706433", "https://localhost.", "https://[::ffff:127.0.0.1]"] {
        let err = Client::builder(base, StaticToken::new("t")).build().unwrap_err();
        assert!(err.to_string().contains("loopback"), "{base}: {err}");
    }
}

/// Errors keep their causes: a transport failure, an unreadable body.
#[tokio::test]
async fn errors_have_sources() {
    bounded(async {
        let closed = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}", closed.local_addr().unwrap());
        drop(closed);
        let err = client(&url, short()).session("s1").await.unwrap_err();
        assert!(matches!(err, Error::Transport(_)), "{err}");
        let transport = err.source().expect("the transport error");
        assert!(transport.source().is_some(), "reqwest's error under it");

        let garbled = serve(|_, _| response("200 OK", &[], r#"{"id": 5}"#)).await;
        let err = client(&garbled.url(), short()).session("s1").await.unwrap_err();
        let cause = err.source().expect("the model's error").to_string();
        assert!(cause.starts_with("at `id`: invalid type: integer `5`"), "{cause}");
    })
    .await;
}

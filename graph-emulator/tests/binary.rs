//! The binary: its first line names the address, and it answers over HTTP (401 without a token).

use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Command, Stdio};
use std::time::Duration;

/// Starts the binary on a free loopback port with `args`; returns it and the address its first line names.
fn start(args: &[&str]) -> (std::process::Child, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_graph-emulator"))
        .args(["--listen", "127.0.0.1:0"])
        .args(args)
        .stdout(Stdio::piped())
        .spawn()
        .expect("the binary starts");
    let mut lines = BufReader::new(child.stdout.take().expect("stdout"));
    let mut first = String::new();
    lines.read_line(&mut first).expect("a first line");
    let addr =
        first.trim().strip_prefix("listening on http://").unwrap_or_else(|| panic!("first line: {first:?}")).to_owned();
    // Keep reading what else it prints, so that its output never meets a closed pipe.
    std::thread::spawn(move || std::io::copy(&mut lines, &mut std::io::sink()));
    (child, addr)
}

#[test]
fn prints_its_address_and_serves() {
    let (mut child, addr) = start(&["--token", "secret"]);

    let request = |auth: &str| {
        let mut stream = std::net::TcpStream::connect(&addr).expect("connects");
        stream.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
        write!(
            stream,
            "GET /beta/solutions/backupRestore/restoreSessions HTTP/1.1\r\nHost: x\r\n{auth}Connection: close\r\n\r\n"
        )
        .unwrap();
        let mut response = String::new();
        stream.read_to_string(&mut response).expect("a response");
        response
    };
    let denied = request("");
    let allowed = request("Authorization: Bearer secret\r\n");
    let wrong = request("Authorization: Bearer other\r\n");
    child.kill().ok();
    child.wait().ok();
    assert!(denied.starts_with("HTTP/1.1 401"), "{denied}");
    assert!(denied.contains("InvalidAuthenticationToken"), "{denied}");
    assert!(wrong.starts_with("HTTP/1.1 401"), "{wrong}");
    assert!(allowed.starts_with("HTTP/1.1 200"), "{allowed}");
    assert!(allowed.contains("\"value\":[]"), "{allowed}");
}

#[test]
fn refuses_unknown_arguments() {
    let output = Command::new(env!("CARGO_BIN_EXE_graph-emulator")).arg("--bogus").output().expect("runs");
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("unknown argument `--bogus`"));
}

/// Restore points added over the control endpoint are found by search, also from inside a `$batch`.
#[test]
fn restore_points_over_http_and_search_in_a_batch() {
    let (mut child, addr) = start(&[]);
    let post = |path: &str, body: &str| {
        let mut stream = std::net::TcpStream::connect(&addr).expect("connects");
        stream.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
        write!(
            stream,
            "POST {path} HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer t\r\nContent-Type: application/json\r\n\
             Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
            body.len()
        )
        .unwrap();
        let mut response = String::new();
        stream.read_to_string(&mut response).expect("a response");
        response
    };
    let added = post(
        "/emulator/restorePoints?protectionUnitId=u1",
        r#"{"id":"rp-1","protectionDateTime":"2024-05-01T00:00:00Z","tags":"fastRestore"}"#,
    );
    let bad = post("/emulator/restorePoints?protectionUnitId=u1", r#"{"protectionDateTime":"May"}"#);
    let search = r#"{"protectionUnitIds":["u1","u2"],"protectionTimePeriod":{"startDateTime":"2024-01-01T00:00:00Z","endDateTime":"2024-12-31T00:00:00Z"}}"#;
    let batch = post(
        "/v1.0/$batch",
        &format!(
            r#"{{"requests":[{{"id":"a","method":"POST","url":"/solutions/backupRestore/restorePoints/search","headers":{{"Content-Type":"application/json"}},"body":{search}}}]}}"#
        ),
    );
    child.kill().ok();
    child.wait().ok();
    assert!(added.starts_with("HTTP/1.1 204"), "{added}");
    assert!(bad.starts_with("HTTP/1.1 400") && bad.contains("protectionDateTime"), "{bad}");
    assert!(batch.starts_with("HTTP/1.1 200"), "{batch}");
    assert!(batch.contains(r#""id":"a","status":200"#), "{batch}");
    assert!(batch.contains(r#""id":"rp-1""#) && batch.contains(r#""noResultProtectionUnitIds":["u2"]"#), "{batch}");
}

#[test]
fn refuses_a_page_size_it_cannot_serve() {
    for size in ["0", "1001", "x"] {
        let output =
            Command::new(env!("CARGO_BIN_EXE_graph-emulator")).args(["--page-size", size]).output().expect("runs");
        assert_eq!(output.status.code(), Some(2), "--page-size {size}");
        assert!(String::from_utf8_lossy(&output.stderr).contains("give 1 to 1000"), "--page-size {size}");
    }
}

//! The binary: its first line names the address, and it answers over HTTP (401 without a token).

use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Command, Stdio};
use std::time::Duration;

#[test]
fn prints_its_address_and_serves() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_graph-emulator"))
        .args(["--listen", "127.0.0.1:0", "--token", "secret"])
        .stdout(Stdio::piped())
        .spawn()
        .expect("the binary starts");
    let mut lines = BufReader::new(child.stdout.take().expect("stdout"));
    let mut first = String::new();
    lines.read_line(&mut first).expect("a first line");
    let addr =
        first.trim().strip_prefix("listening on http://").unwrap_or_else(|| panic!("first line: {first:?}")).to_owned();

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

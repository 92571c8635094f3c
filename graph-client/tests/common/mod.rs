//! A loopback HTTP server whose every answer the test scripts: well-formed responses, silence, bytes
//! trickled slowly, bodies without end. It records each request's head.

#![allow(dead_code)]

use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// What the server does with one request.
pub enum Answer {
    /// Writes these bytes (a whole response) and closes.
    Bytes(Vec<u8>),
    /// Accepts and says nothing (for a minute).
    Silence,
    /// Writes these bytes one at a time, `delay` apart.
    Trickle(Vec<u8>, Duration),
    /// Writes this head, then zeros without end (until the client goes away).
    Endless(Vec<u8>),
}

/// A response with `status`, extra header lines and `body`.
pub fn response(status: &str, headers: &[(&str, &str)], body: &str) -> Answer {
    let mut out = format!("HTTP/1.1 {status}\r\ncontent-length: {}\r\nconnection: close\r\n", body.len());
    for (name, value) in headers {
        out.push_str(&format!("{name}: {value}\r\n"));
    }
    out.push_str("\r\n");
    out.push_str(body);
    Answer::Bytes(out.into_bytes())
}

/// A running script server.
pub struct Server {
    pub addr: SocketAddr,
    pub requests: Arc<Mutex<Vec<String>>>,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for Server {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl Server {
    /// `http://127.0.0.1:PORT`.
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// The heads of the requests received so far.
    pub fn heads(&self) -> Vec<String> {
        self.requests.lock().unwrap().clone()
    }
}

/// Serves on a free loopback port; `script(n, head)` answers the `n`th request (from 0).
pub async fn serve(script: impl Fn(usize, &str) -> Answer + Send + Sync + 'static) -> Server {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let requests = Arc::new(Mutex::new(Vec::new()));
    let seen = requests.clone();
    let script = Arc::new(script);
    let task = tokio::spawn(async move {
        loop {
            let Ok((stream, _)) = listener.accept().await else { return };
            let (seen, script) = (seen.clone(), script.clone());
            tokio::spawn(async move { answer(stream, &seen, &*script).await });
        }
    });
    Server { addr, requests, task }
}

async fn answer(
    mut stream: TcpStream,
    seen: &Mutex<Vec<String>>,
    script: &(dyn Fn(usize, &str) -> Answer + Send + Sync),
) {
    let mut head = Vec::new();
    let mut byte = [0u8; 1024];
    while !head.windows(4).any(|w| w == b"\r\n\r\n") {
        match stream.read(&mut byte).await {
            Ok(0) | Err(_) => return,
            Ok(n) => head.extend_from_slice(&byte[..n]),
        }
        if head.len() > 64 * 1024 {
            return;
        }
    }
    let head = String::from_utf8_lossy(&head).into_owned();
    let n = {
        let mut seen = seen.lock().unwrap();
        seen.push(head.clone());
        seen.len() - 1
    };
    match script(n, &head) {
        Answer::Bytes(bytes) => {
            let _ = stream.write_all(&bytes).await;
            let _ = stream.shutdown().await;
        }
        Answer::Silence => tokio::time::sleep(Duration::from_secs(60)).await,
        Answer::Trickle(bytes, delay) => {
            for b in bytes {
                if stream.write_all(&[b]).await.is_err() {
                    return;
                }
                tokio::time::sleep(delay).await;
            }
        }
        Answer::Endless(head) => {
            if stream.write_all(&head).await.is_err() {
                return;
            }
            let zeros = vec![b'0'; 64 * 1024];
            while stream.write_all(&zeros).await.is_ok() {}
        }
    }
}

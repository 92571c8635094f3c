//! `graph-emulator --listen 127.0.0.1:PORT [--token T] [--page-size N] [--step-every-ms MS]`: serves the
//! Backup Storage emulator until interrupted. The first line of output is `listening on http://ADDR`.

use std::time::Duration;

use graph_emulator::{Config, Emulator};

const USAGE: &str = "usage: graph-emulator [--listen ADDR] [--token T] [--page-size N] [--step-every-ms MS] \
                     [--relative-next-links]";

fn parse(args: &[String]) -> Result<(std::net::SocketAddr, Config), String> {
    let mut addr = "127.0.0.1:0".to_owned();
    let mut config = Config::default();
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        let mut value = |name: &str| it.next().cloned().ok_or_else(|| format!("{name} needs a value\n{USAGE}"));
        match arg.as_str() {
            "--listen" => addr = value("--listen")?,
            "--token" => config.token = Some(value("--token")?),
            "--page-size" => {
                let size = value("--page-size")?;
                config.page_size = size
                    .parse()
                    .ok()
                    .filter(|n| (1..=graph_emulator::MAX_PAGE_SIZE).contains(n))
                    .ok_or_else(|| format!("--page-size `{size}`: give 1 to {}", graph_emulator::MAX_PAGE_SIZE))?;
            }
            "--step-every-ms" => {
                let ms: u64 = value("--step-every-ms")?.parse().map_err(|e| format!("--step-every-ms: {e}"))?;
                config.step_every = Some(Duration::from_millis(ms.max(1)));
            }
            "--relative-next-links" => config.relative_next_links = true,
            "-h" | "--help" => return Err(USAGE.to_owned()),
            other => return Err(format!("unknown argument `{other}`\n{USAGE}")),
        }
    }
    let addr = addr.parse().map_err(|e| format!("--listen `{addr}`: {e}"))?;
    Ok((addr, config))
}

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (addr, config) = match parse(&args) {
        Ok(parsed) => parsed,
        Err(message) => {
            eprintln!("{message}");
            std::process::exit(2);
        }
    };
    let emulator = match Emulator::bind(addr, config).await {
        Ok(e) => e,
        Err(e) => {
            eprintln!("graph-emulator: cannot serve on {addr}: {e}");
            std::process::exit(1);
        }
    };
    println!("listening on {}", emulator.base_url());
    println!("service root: {}/beta/solutions/backupRestore", emulator.base_url());
    println!("advance the clock: curl -X POST '{}/emulator/advance?steps=1'", emulator.base_url());
    if tokio::signal::ctrl_c().await.is_err() {
        // No signal handling on this platform: serve until killed.
        std::future::pending::<()>().await;
    }
}

//! Where the client sends requests and tokens: one rule, applied to the base URL, to every request, to
//! every redirect and to every `@odata.nextLink`.
//!
//! - Tokens go to the configured origin (scheme, host and port) and nowhere else.
//! - That origin is `https`, or a loopback host with [`ClientBuilder::allow_loopback`]: `localhost` and
//!   its subdomains (a trailing dot or any case included), `127.0.0.0/8` in any form a URL parser reads
//!   (`127.1`, `2130706433`, `0x7f.0.0.1`), `::1`, an IPv4-mapped loopback address
//!   (`[::ffff:127.0.0.1]`), and the unspecified addresses (`0.0.0.0`, `::`), which reach this machine.
//! - A redirect to another origin is followed without the token when its target passes the same
//!   scheme rule (Graph's `/content` downloads redirect to a pre-authenticated URL); otherwise refused.
//!
//! [`ClientBuilder::allow_loopback`]: crate::ClientBuilder::allow_loopback

use std::net::{IpAddr, Ipv6Addr};

use url::{Host, Url};

use crate::Error;

/// The configured origin.
#[derive(Debug, Clone)]
pub(crate) struct Origin {
    url: Url,
    serialized: String,
    allow_loopback: bool,
}

impl Origin {
    /// The origin of `base`, if the rule allows it.
    pub(crate) fn parse(base: &str, allow_loopback: bool) -> Result<Origin, Error> {
        let url = Url::parse(base).map_err(|e| Error::Refused(format!("base URL `{base}`: {e}")))?;
        let origin = Origin { serialized: url.origin().ascii_serialization(), url, allow_loopback };
        origin.check_target(&origin.url, "base URL")?;
        Ok(origin)
    }

    /// `scheme://host[:port]`, without a trailing slash.
    pub(crate) fn as_str(&self) -> &str {
        &self.serialized
    }

    /// Whether `url` is on the configured origin.
    pub(crate) fn same(&self, url: &Url) -> bool {
        url.origin() == self.url.origin()
    }

    /// Refuses a URL the client must not send to: not http(s), loopback without `allow_loopback`, or
    /// plain http to a host that is not loopback.
    pub(crate) fn check_target(&self, url: &Url, what: &str) -> Result<(), Error> {
        let loopback = url.host().is_some_and(|h| is_loopback(&h));
        if loopback && !self.allow_loopback {
            return Err(Error::Refused(format!(
                "{what} `{url}` is a loopback address: call `allow_loopback(true)` to send requests there"
            )));
        }
        match url.scheme() {
            "https" => Ok(()),
            "http" if loopback => Ok(()),
            _ => Err(Error::Refused(format!("{what} `{url}` is not https"))),
        }
    }

    /// The URL of a request the client is asked to send, which must be on the configured origin.
    pub(crate) fn request_url(&self, uri: &http::Uri) -> Result<Url, Error> {
        let url = Url::parse(&uri.to_string()).map_err(|e| Error::Refused(format!("`{uri}`: {e}")))?;
        if !self.same(&url) {
            return Err(Error::Refused(format!("`{uri}` is not on {}: no token is sent there", self.serialized)));
        }
        Ok(url)
    }
}

/// Whether `host` reaches this machine.
fn is_loopback(host: &Host<&str>) -> bool {
    match host {
        Host::Domain(name) => {
            let name = name.trim_end_matches('.').to_ascii_lowercase();
            name == "localhost" || name.ends_with(".localhost")
        }
        Host::Ipv4(ip) => ip.is_loopback() || ip.is_unspecified(),
        Host::Ipv6(ip) => ipv6_is_local(ip),
    }
}

fn ipv6_is_local(ip: &Ipv6Addr) -> bool {
    ip.is_loopback()
        || ip.is_unspecified()
        || ip.to_ipv4_mapped().is_some_and(|v4| IpAddr::V4(v4).is_loopback() || v4.is_unspecified())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refused(base: &str, allow_loopback: bool) -> bool {
        Origin::parse(base, allow_loopback).is_err()
    }

    #[test]
    fn one_rule_for_every_spelling_of_loopback() {
        for base in [
            "https://127.1",
            "https://2130706433",
            "https://0x7f.0.0.1",
            "https://localhost.",
            "https://LOCALHOST",
            "https://api.localhost",
            "https://[::ffff:127.0.0.1]",
            "https://[::1]",
            "https://0.0.0.0",
            "http://127.0.0.1:8080",
        ] {
            assert!(refused(base, false), "{base} is loopback: refused without allow_loopback");
            assert!(!refused(base, true), "{base} is loopback: allowed with allow_loopback");
        }
        assert_eq!(Origin::parse("http://[::1]:8080", true).unwrap().as_str(), "http://[::1]:8080");
        assert!(!refused("https://graph.microsoft.com", false));
        assert!(refused("http://graph.microsoft.com", true), "plain http only to loopback");
        assert!(refused("ftp://localhost", true));
        assert!(refused("not a url", true));
    }
}

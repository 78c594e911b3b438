//! The one HTTP request OAuth2 needs: a form POST answered with a JSON object (RFC 6749 §4,
//! RFC 8628 §3). HTTPS with verified certificates; plain HTTP only to a loopback host (a
//! test's local endpoint), as `security = "plain"` is for the mail servers.

use std::time::Duration;

use bytes::Bytes;
use http_body_util::{BodyExt, Full, Limited};
use hyper_util::rt::TokioIo;
use tokio::net::TcpStream;
use tokio_rustls::TlsConnector;
use tokio_rustls::rustls::pki_types::ServerName;

/// A token endpoint's answer is a few hundred bytes; more is not an answer.
const MAX_RESPONSE: usize = 64 * 1024;
const TIMEOUT: Duration = Duration::from_secs(30);

/// Why a POST to an OAuth2 endpoint failed.
#[derive(Debug, thiserror::Error)]
pub enum HttpError {
    /// The URL is not `https://` (or `http://` to a loopback host) or cannot be taken apart.
    #[error("{0} is not an https:// URL (http:// only for a loopback host)")]
    Url(String),
    /// No answer: DNS, TCP, TLS or HTTP failed, or the answer was too large.
    #[error("{url}: {message}")]
    Transport {
        /// The endpoint.
        url: String,
        /// What failed, on one line.
        message: String,
    },
    /// No complete answer within 30 seconds.
    #[error("{url}: timed out after {TIMEOUT:?}")]
    Timeout {
        /// The endpoint.
        url: String,
    },
    /// The answer was not a JSON object (an HTML error page, a proxy's message).
    #[error("{url}: HTTP {status}, not a JSON object")]
    NotJson {
        /// The endpoint.
        url: String,
        /// The answer's HTTP status.
        status: u16,
    },
}

/// An endpoint URL taken apart: only what a POST needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Endpoint {
    /// The URL as configured, for messages.
    pub url: String,
    tls: bool,
    host: String,
    port: u16,
    path: String,
}

impl Endpoint {
    /// Takes an endpoint URL apart; only `https://`, or `http://` to a loopback host (a test's
    /// local endpoint).
    pub fn parse(url: &str) -> Result<Endpoint, HttpError> {
        let bad = || HttpError::Url(url.to_string());
        let (tls, rest) = if let Some(r) = url.strip_prefix("https://") {
            (true, r)
        } else if let Some(r) = url.strip_prefix("http://") {
            (false, r)
        } else {
            return Err(bad());
        };
        let (authority, path) = match rest.find('/') {
            Some(i) => (&rest[..i], &rest[i..]),
            None => (rest, "/"),
        };
        if authority.is_empty()
            || authority.contains('@')
            || url.chars().any(|c| c.is_control() || c.is_whitespace())
        {
            return Err(bad());
        }
        let (host, port) = match authority.rsplit_once(':') {
            Some((h, p)) if !h.ends_with(']') || h.starts_with('[') => {
                (h.to_string(), p.parse::<u16>().map_err(|_| bad())?)
            }
            _ => (authority.to_string(), if tls { 443 } else { 80 }),
        };
        let host = host
            .trim_start_matches('[')
            .trim_end_matches(']')
            .to_string();
        if !tls && !crate::net::is_loopback_host(&host) {
            return Err(bad());
        }
        Ok(Endpoint {
            url: url.to_string(),
            tls,
            host,
            port,
            path: path.to_string(),
        })
    }
}

/// `application/x-www-form-urlencoded` (WHATWG): unreserved bytes as they are, space as
/// `+`, everything else percent-encoded.
pub fn form(pairs: &[(&str, &str)]) -> String {
    fn enc(s: &str, out: &mut String) {
        for b in s.bytes() {
            match b {
                b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'*' => {
                    out.push(b as char)
                }
                b' ' => out.push('+'),
                _ => out.push_str(&format!("%{b:02X}")),
            }
        }
    }
    let mut out = String::new();
    for (i, (k, v)) in pairs.iter().enumerate() {
        if i > 0 {
            out.push('&');
        }
        enc(k, &mut out);
        out.push('=');
        enc(v, &mut out);
    }
    out
}

/// POSTs `body` (a form) and returns the HTTP status and the JSON object answered. Error
/// answers of OAuth2 are JSON too (400 with `error`), so any status with a JSON object is
/// returned; the caller reads it.
pub async fn post_form(
    endpoint: &Endpoint,
    body: String,
) -> Result<(u16, serde_json::Map<String, serde_json::Value>), HttpError> {
    tokio::time::timeout(TIMEOUT, post_inner(endpoint, body))
        .await
        .map_err(|_| HttpError::Timeout {
            url: endpoint.url.clone(),
        })?
}

async fn post_inner(
    endpoint: &Endpoint,
    body: String,
) -> Result<(u16, serde_json::Map<String, serde_json::Value>), HttpError> {
    let failed = |message: String| HttpError::Transport {
        url: endpoint.url.clone(),
        message,
    };
    let tcp = TcpStream::connect((endpoint.host.as_str(), endpoint.port))
        .await
        .map_err(|e| failed(e.to_string()))?;
    let request = hyper::Request::post(endpoint.path.as_str())
        .header(hyper::header::HOST, host_header(endpoint))
        .header(
            hyper::header::CONTENT_TYPE,
            "application/x-www-form-urlencoded",
        )
        .header(hyper::header::ACCEPT, "application/json")
        .header(hyper::header::USER_AGENT, "sebadesk")
        .body(Full::new(Bytes::from(body)))
        .map_err(|e| failed(e.to_string()))?;
    let response = if endpoint.tls {
        let config = crate::net::tls::client_config(None).map_err(|e| failed(e.to_string()))?;
        let name =
            ServerName::try_from(endpoint.host.clone()).map_err(|e| failed(e.to_string()))?;
        let tls = TlsConnector::from(config)
            .connect(name, tcp)
            .await
            .map_err(|e| failed(format!("TLS: {e}")))?;
        send(TokioIo::new(tls), request).await
    } else {
        send(TokioIo::new(tcp), request).await
    }
    .map_err(failed)?;
    let status = response.status().as_u16();
    let bytes = Limited::new(response.into_body(), MAX_RESPONSE)
        .collect()
        .await
        .map_err(|e| failed(format!("reading the answer: {e}")))?
        .to_bytes();
    match serde_json::from_slice::<serde_json::Value>(&bytes) {
        Ok(serde_json::Value::Object(map)) => Ok((status, map)),
        _ => Err(HttpError::NotJson {
            url: endpoint.url.clone(),
            status,
        }),
    }
}

fn host_header(endpoint: &Endpoint) -> String {
    let default = if endpoint.tls { 443 } else { 80 };
    let host = if endpoint.host.contains(':') {
        format!("[{}]", endpoint.host)
    } else {
        endpoint.host.clone()
    };
    if endpoint.port == default {
        host
    } else {
        format!("{host}:{}", endpoint.port)
    }
}

async fn send<T>(
    io: TokioIo<T>,
    request: hyper::Request<Full<Bytes>>,
) -> Result<hyper::Response<hyper::body::Incoming>, String>
where
    T: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin + Send + 'static,
{
    let (mut sender, connection) = hyper::client::conn::http1::handshake(io)
        .await
        .map_err(|e| e.to_string())?;
    tokio::spawn(async move {
        let _ = connection.await;
    });
    sender
        .send_request(request)
        .await
        .map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn endpoints_are_https_or_loopback_http() {
        let e = Endpoint::parse("https://oauth2.googleapis.com/token").unwrap();
        assert_eq!(
            (e.host.as_str(), e.port, e.path.as_str()),
            ("oauth2.googleapis.com", 443, "/token")
        );
        let e = Endpoint::parse("http://127.0.0.1:8080/t?x=1").unwrap();
        assert_eq!((e.port, e.path.as_str()), (8080, "/t?x=1"));
        for bad in [
            "http://example.test/token",
            "ftp://x/y",
            "https://user@host/x",
            "https://host:99999/x",
            "https://ho st/x",
            "https://",
        ] {
            assert!(Endpoint::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn form_encoding() {
        assert_eq!(
            form(&[("grant_type", "refresh_token"), ("scope", "a b/c&d=é")]),
            "grant_type=refresh_token&scope=a+b%2Fc%26d%3D%C3%A9"
        );
    }
}

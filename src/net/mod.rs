//! What every connection to another server needs, and nothing else: the TLS client settings
//! ([`tls`]), the loopback test that decides where a plain connection is allowed, and
//! [`Secret`], the password or token that never prints. A leaf: it imports no other module of
//! the crate, so configuration, the IMAP and SMTP sessions and the OAuth2 client can all use it.

mod secret;
pub mod tls;

pub use secret::Secret;

/// A loopback host (`localhost`, 127.0.0.0/8, ::1): where plain connections are allowed.
pub fn is_loopback_host(host: &str) -> bool {
    host == "localhost"
        || host
            .parse::<std::net::IpAddr>()
            .map(|ip| ip.is_loopback())
            .unwrap_or(false)
}

//! The log: `SEBADESK_LOG` (or `RUST_LOG`) chooses levels as an `EnvFilter` does, but the
//! libraries that see credentials and whole mails are capped whatever it says.
//!
//! At `trace`, async-imap logs every command it encodes (`LOGIN "user" "password"`) and every
//! response it decodes (whole fetched mails); sqlx logs statements; lettre, with its tracing
//! feature, logs every line it writes (`AUTH PLAIN` with the base64 credentials, the DATA).
//! Our own events never carry bodies or secrets (see STYLE.md), so only the dependencies are
//! capped: an operator's `SEBADESK_LOG=trace` still shows everything sebadesk itself says.

use tracing_subscriber::filter::{EnvFilter, LevelFilter, Targets};
use tracing_subscriber::layer::SubscriberExt;
use tracing_subscriber::util::SubscriberInitExt;

/// The most a dependency may log, by target prefix. `info` keeps their warnings and errors
/// (a TLS alert, a slow statement) and drops the wire traces.
pub const DEPENDENCY_CAPS: &[(&str, LevelFilter)] = &[
    ("async_imap", LevelFilter::INFO),
    ("imap_proto", LevelFilter::INFO),
    ("lettre", LevelFilter::INFO),
    ("sqlx", LevelFilter::INFO),
    ("sqlx_core", LevelFilter::INFO),
    ("sqlx_sqlite", LevelFilter::INFO),
    ("sqlx_postgres", LevelFilter::INFO),
    ("rustls", LevelFilter::INFO),
    ("tokio_rustls", LevelFilter::INFO),
    ("mail_parser", LevelFilter::INFO),
    ("hyper", LevelFilter::INFO),
    ("h2", LevelFilter::INFO),
];

/// The caps as a filter: every other target passes (the `EnvFilter` decides for it).
pub fn dependency_caps() -> Targets {
    Targets::new()
        .with_default(LevelFilter::TRACE)
        .with_targets(DEPENDENCY_CAPS.iter().copied())
}

/// The levels asked for: `SEBADESK_LOG`, else `RUST_LOG`, else `info`.
fn requested() -> EnvFilter {
    EnvFilter::try_from_env("SEBADESK_LOG")
        .or_else(|_| EnvFilter::try_from_default_env())
        .unwrap_or_else(|_| EnvFilter::new("info"))
}

/// Logs to stderr (colours only for a person at a terminal), with the caps applied after the
/// requested levels. Also takes in the `log` records of libraries that use `log`.
///
/// Both filters are global (layers of the registry), not per-layer filters: with
/// `fmt::layer().with_filter(env.and(caps))` the daemon on PostgreSQL logged nothing after
/// its first queries (on SQLite it did), which fits a per-layer filter's per-thread verdict
/// being left behind by an `enabled` check that no event followed. Global filters keep no
/// such state.
pub fn init() {
    tracing_subscriber::registry()
        .with(requested())
        .with(dependency_caps())
        .with(
            tracing_subscriber::fmt::layer()
                .with_writer(std::io::stderr)
                .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr())),
        )
        .init();
}

#[cfg(test)]
mod tests {
    use super::*;
    use tracing::Level;

    #[test]
    fn dependencies_are_capped_and_sebadesk_is_not() {
        let caps = dependency_caps();
        assert!(!caps.would_enable("async_imap::imap_stream", &Level::TRACE));
        assert!(!caps.would_enable("async_imap", &Level::DEBUG));
        assert!(caps.would_enable("async_imap", &Level::INFO));
        assert!(!caps.would_enable("lettre::transport::smtp", &Level::DEBUG));
        assert!(!caps.would_enable("sqlx::query", &Level::DEBUG));
        assert!(caps.would_enable("sebadesk::intake::watch", &Level::TRACE));
    }
}

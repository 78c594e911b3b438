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
    // OAuth2 token requests carry the refresh token and the client secret (src/oauth/http.rs).
    ("hyper_util", LevelFilter::INFO),
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

/// How log lines are written: `SEBADESK_LOG_FORMAT` (not a config key: logging starts before
/// the config is read, and a config error must itself be logged in the chosen format).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogFormat {
    /// Human-readable lines (the default), coloured only at a terminal.
    Text,
    /// One JSON object per line (`timestamp`, `level`, `target`, `fields`, `spans`), for
    /// journald's and log shippers' parsers.
    Json,
}

impl LogFormat {
    /// `SEBADESK_LOG_FORMAT`: unset or empty is `text`; anything but `text`/`json` is an error
    /// (a typo must not silently give the wrong format to a log shipper).
    pub fn from_env() -> Result<LogFormat, String> {
        match std::env::var("SEBADESK_LOG_FORMAT") {
            Err(std::env::VarError::NotPresent) => Ok(LogFormat::Text),
            Err(std::env::VarError::NotUnicode(_)) => {
                Err("environment variable SEBADESK_LOG_FORMAT: expected text or json".into())
            }
            Ok(v) => LogFormat::parse(&v).ok_or_else(|| {
                format!(
                    "environment variable SEBADESK_LOG_FORMAT: expected text or json, got {:?}",
                    super::shown(&v)
                )
            }),
        }
    }

    /// Reads a `SEBADESK_LOG_FORMAT` value (`text`, the default when empty, or `json`, any
    /// case); `None` for anything else.
    pub fn parse(value: &str) -> Option<LogFormat> {
        match value.trim().to_ascii_lowercase().as_str() {
            "" | "text" => Some(LogFormat::Text),
            "json" => Some(LogFormat::Json),
            _ => None,
        }
    }
}

/// The whole subscriber: the requested levels, then the dependency caps, then one writer in
/// the chosen format. Both filters are global (layers of the registry), not per-layer filters:
/// with `fmt::layer().with_filter(env.and(caps))` the daemon on PostgreSQL logged nothing
/// after its first queries (on SQLite it did), which fits a per-layer filter's per-thread
/// verdict being left behind by an `enabled` check that no event followed. Global filters
/// keep no such state. The same caps apply to both formats: JSON lines carry the same events.
pub fn subscriber<W>(
    format: LogFormat,
    filter: EnvFilter,
    writer: W,
    ansi: bool,
) -> impl tracing::Subscriber + Send + Sync
where
    W: for<'a> tracing_subscriber::fmt::MakeWriter<'a> + Send + Sync + 'static,
{
    let (text, json) = match format {
        LogFormat::Text => (
            Some(
                tracing_subscriber::fmt::layer()
                    .with_writer(writer)
                    .with_ansi(ansi),
            ),
            None,
        ),
        LogFormat::Json => (
            None,
            Some(
                tracing_subscriber::fmt::layer()
                    .json()
                    // The event's own fields under "fields", the span it ran in under "span"
                    // and the span stack under "spans": ticket and message ids stay fields.
                    .with_current_span(true)
                    .with_span_list(true)
                    .with_writer(writer),
            ),
        ),
    };
    tracing_subscriber::registry()
        .with(filter)
        .with(dependency_caps())
        .with(text)
        .with(json)
}

/// Logs to stderr in the format `SEBADESK_LOG_FORMAT` asks for (colours only for a person at
/// a terminal), with the caps applied after the requested levels. Also takes in the `log`
/// records of libraries that use `log`.
pub fn init(format: LogFormat) {
    subscriber(
        format,
        requested(),
        std::io::stderr,
        std::io::IsTerminal::is_terminal(&std::io::stderr()),
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

    #[test]
    fn the_format_is_text_or_json_and_nothing_else() {
        assert_eq!(LogFormat::parse(""), Some(LogFormat::Text));
        assert_eq!(LogFormat::parse("text"), Some(LogFormat::Text));
        assert_eq!(LogFormat::parse(" JSON "), Some(LogFormat::Json));
        assert_eq!(LogFormat::parse("jsonl"), None);
        assert_eq!(LogFormat::parse("yaml"), None);
    }

    /// A writer the test reads back.
    #[derive(Clone, Default)]
    struct Buffer(std::sync::Arc<std::sync::Mutex<Vec<u8>>>);

    impl std::io::Write for Buffer {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(buf);
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    impl<'a> tracing_subscriber::fmt::MakeWriter<'a> for Buffer {
        type Writer = Buffer;
        fn make_writer(&'a self) -> Buffer {
            self.clone()
        }
    }

    /// JSON lines: one object per event with level, target and our fields; the dependencies
    /// that see passwords and whole mails stay capped at `info` even under `trace`.
    #[test]
    fn json_lines_carry_fields_and_keep_the_caps() {
        let buffer = Buffer::default();
        let sub = subscriber(
            LogFormat::Json,
            EnvFilter::new("trace"),
            buffer.clone(),
            false,
        );
        tracing::subscriber::with_default(sub, || {
            let span = tracing::info_span!("desk", office = "MEL");
            let _e = span.enter();
            tracing::info!(ticket = "MEL-2026-000001", message_id = 42, "ticket opened");
            tracing::trace!(target: "async_imap::imap_stream", "A1 LOGIN \"u\" \"secret-pass\"");
            tracing::debug!(target: "lettre::transport::smtp", "AUTH PLAIN c2VjcmV0");
            tracing::warn!(target: "sqlx::query", "slow statement");
        });
        let out = String::from_utf8(buffer.0.lock().unwrap().clone()).unwrap();
        let lines: Vec<serde_json::Value> = out
            .lines()
            .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
            .collect();
        assert_eq!(lines.len(), 2, "{out}");
        assert_eq!(lines[0]["level"], "INFO");
        assert_eq!(lines[0]["fields"]["message"], "ticket opened");
        assert_eq!(lines[0]["fields"]["ticket"], "MEL-2026-000001");
        assert_eq!(lines[0]["fields"]["message_id"], 42);
        assert_eq!(lines[0]["span"]["office"], "MEL");
        assert!(lines[0]["timestamp"].is_string());
        assert_eq!(lines[1]["target"], "sqlx::query");
        assert!(
            !out.contains("secret-pass") && !out.contains("c2VjcmV0"),
            "{out}"
        );
    }
}

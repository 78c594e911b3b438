//! Every configuration key and its kind: the contract operators rely on (each overridable as
//! `SEBADESK_<SECTION>_<KEY>`), and the environment variables that are not keys.

/// The type of each key, used to read environment overrides and to document the contract.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Kind {
    /// Text, taken as it is.
    Str,
    /// A whole number (seconds, bytes, counts, a port).
    Int,
    /// `true` or `false`.
    Bool,
    /// Comma-separated in the environment, a TOML array in the file.
    List,
}

/// Every key of the config file. `SEBADESK_<SECTION>_<KEY>` overrides `[section] key`.
pub const KEYS: &[(&str, &str, Kind)] = &[
    ("office", "code", Kind::Str),
    ("office", "name_bn", Kind::Str),
    ("office", "name_en", Kind::Str),
    ("office", "address", Kind::Str),
    ("office", "officer_name", Kind::Str),
    ("office", "officer_name_bn", Kind::Str),
    ("office", "officer_email", Kind::Str),
    ("office", "officer_phone", Kind::Str),
    ("office", "timezone", Kind::Str),
    ("office", "charter", Kind::Str),
    ("templates", "dir", Kind::Str),
    ("imap", "host", Kind::Str),
    ("imap", "port", Kind::Int),
    ("imap", "security", Kind::Str),
    ("imap", "username", Kind::Str),
    ("imap", "password", Kind::Str),
    ("imap", "ca_file", Kind::Str),
    ("imap", "mailbox", Kind::Str),
    ("imap", "processed_folder", Kind::Str),
    ("imap", "poll_interval", Kind::Int),
    ("imap", "idle", Kind::Bool),
    ("imap", "max_message_size", Kind::Int),
    ("imap", "auth", Kind::Str),
    ("imap", "max_batch_bytes", Kind::Int),
    ("smtp", "host", Kind::Str),
    ("smtp", "port", Kind::Int),
    ("smtp", "security", Kind::Str),
    ("smtp", "username", Kind::Str),
    ("smtp", "password", Kind::Str),
    ("smtp", "ca_file", Kind::Str),
    ("smtp", "timeout", Kind::Int),
    ("smtp", "concurrency", Kind::Int),
    ("smtp", "auth", Kind::Str),
    ("oauth2", "provider", Kind::Str),
    ("oauth2", "token_url", Kind::Str),
    ("oauth2", "device_url", Kind::Str),
    ("oauth2", "scope", Kind::Str),
    ("oauth2", "client_id", Kind::Str),
    ("oauth2", "client_secret", Kind::Str),
    ("oauth2", "refresh_token", Kind::Str),
    ("oauth2", "refresh_token_file", Kind::Str),
    ("oauth2", "mechanism", Kind::Str),
    ("database", "url", Kind::Str),
    ("database", "max_connections", Kind::Int),
    ("database", "sqlite_cache_kib", Kind::Int),
    ("sla", "office_open", Kind::Str),
    ("sla", "office_close", Kind::Str),
    ("sla", "weekend", Kind::List),
    ("sla", "holidays", Kind::Str),
    ("sla", "pause_while_waiting", Kind::Bool),
    ("classifier", "keywords", Kind::Str),
    ("classifier", "examples", Kind::Str),
    ("reminders", "digest_time", Kind::Str),
    ("reminders", "notify_new", Kind::Bool),
    ("reminders", "escalate_after", Kind::Int),
    ("reminders", "supervisor_email", Kind::Str),
    ("reminders", "interval", Kind::Int),
    ("reminders", "report_recipients", Kind::List),
    ("tickets", "reopen_window", Kind::Int),
    ("health", "alert_after", Kind::Int),
    ("hygiene", "ack_limit_per_day", Kind::Int),
    ("hygiene", "ack_limit_per_window", Kind::Int),
    ("hygiene", "ack_window", Kind::Int),
    ("hygiene", "ack_limit_per_hour", Kind::Int),
    ("hygiene", "notice_limit_per_sender", Kind::Int),
    ("hygiene", "notice_limit_per_hour", Kind::Int),
    ("hygiene", "trusted_authserv_ids", Kind::List),
    ("deployment", "offices_dir", Kind::Str),
    ("deployment", "max_parallel_intake", Kind::Int),
    ("deployment", "lease_ttl", Kind::Int),
    ("deployment", "heartbeat", Kind::Int),
    ("deployment", "replica_id", Kind::Str),
    ("web", "listen", Kind::Str),
    ("web", "base_url", Kind::Str),
    ("web", "admins", Kind::List),
    ("web", "tls_cert", Kind::Str),
    ("web", "tls_key", Kind::Str),
    ("retention", "mail_days", Kind::Int),
    ("retention", "quarantine_days", Kind::Int),
    ("attachments", "max_per_message", Kind::Int),
    ("attachments", "max_bytes_per_message", Kind::Int),
    ("attachments", "forward_max_bytes", Kind::Int),
    ("metrics", "listen", Kind::Str),
];

/// Environment variables with this prefix that are not config keys.
pub(super) const NON_KEY_VARS: &[&str] =
    &["SEBADESK_CONFIG", "SEBADESK_LOG", "SEBADESK_LOG_FORMAT"];

/// Secrets named by office files (`SEBADESK_SECRET_<CODE>_IMAP_PASSWORD` and the like).
pub(super) const SECRET_VAR_PREFIX: &str = "SEBADESK_SECRET_";

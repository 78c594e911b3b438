//! The configuration as written in the file, after the environment overrides: serde
//! structs that deny unknown keys and leave every value optional, so that validation can
//! name the key that is wrong.

#[derive(serde::Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
pub(super) struct RawConfig {
    pub(super) office: RawOffice,
    pub(super) imap: RawServer,
    pub(super) smtp: RawServer,
    pub(super) database: RawDatabase,
    pub(super) sla: RawSla,
    pub(super) classifier: RawClassifier,
    pub(super) hygiene: RawHygiene,
    pub(super) reminders: RawReminders,
    pub(super) tickets: RawTickets,
    pub(super) health: RawHealth,
    pub(super) deployment: RawDeployment,
    pub(super) web: RawWeb,
    pub(super) retention: RawRetention,
    pub(super) attachments: RawAttachments,
    pub(super) metrics: RawMetrics,
    pub(super) templates: RawTemplates,
    pub(super) oauth2: RawOAuth2,
}

#[derive(serde::Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
pub(super) struct RawTemplates {
    pub(super) dir: Option<String>,
}

#[derive(serde::Deserialize, Default, Clone)]
#[serde(deny_unknown_fields, default)]
pub(super) struct RawOAuth2 {
    pub(super) provider: Option<String>,
    pub(super) token_url: Option<String>,
    pub(super) device_url: Option<String>,
    pub(super) scope: Option<String>,
    pub(super) client_id: Option<String>,
    pub(super) client_secret: Option<String>,
    pub(super) refresh_token: Option<String>,
    pub(super) refresh_token_file: Option<String>,
    pub(super) mechanism: Option<String>,
}

#[derive(serde::Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
pub(super) struct RawWeb {
    pub(super) listen: Option<String>,
    pub(super) base_url: Option<String>,
    pub(super) admins: Option<Vec<String>>,
    pub(super) tls_cert: Option<String>,
    pub(super) tls_key: Option<String>,
}

#[derive(serde::Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
pub(super) struct RawRetention {
    pub(super) mail_days: Option<i64>,
    pub(super) quarantine_days: Option<i64>,
}

#[derive(serde::Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
pub(super) struct RawAttachments {
    pub(super) max_per_message: Option<i64>,
    pub(super) max_bytes_per_message: Option<i64>,
    pub(super) forward_max_bytes: Option<i64>,
}

#[derive(serde::Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
pub(super) struct RawMetrics {
    pub(super) listen: Option<String>,
}

#[derive(serde::Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
pub(super) struct RawDeployment {
    pub(super) offices_dir: Option<String>,
    pub(super) max_parallel_intake: Option<i64>,
    pub(super) lease_ttl: Option<i64>,
    pub(super) heartbeat: Option<i64>,
    pub(super) replica_id: Option<String>,
}

#[derive(serde::Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
pub(super) struct RawHealth {
    pub(super) alert_after: Option<i64>,
}

#[derive(serde::Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
pub(super) struct RawReminders {
    pub(super) digest_time: Option<String>,
    pub(super) notify_new: Option<bool>,
    pub(super) escalate_after: Option<i64>,
    pub(super) supervisor_email: Option<String>,
    pub(super) interval: Option<i64>,
    pub(super) report_recipients: Option<Vec<String>>,
}

#[derive(serde::Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
pub(super) struct RawTickets {
    pub(super) reopen_window: Option<i64>,
}

#[derive(serde::Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
pub(super) struct RawHygiene {
    pub(super) ack_limit_per_day: Option<i64>,
    pub(super) ack_limit_per_window: Option<i64>,
    pub(super) ack_window: Option<i64>,
    pub(super) ack_limit_per_hour: Option<i64>,
    pub(super) notice_limit_per_sender: Option<i64>,
    pub(super) notice_limit_per_hour: Option<i64>,
    pub(super) trusted_authserv_ids: Option<Vec<String>>,
}

#[derive(serde::Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
pub(super) struct RawOffice {
    pub(super) code: Option<String>,
    pub(super) name_bn: Option<String>,
    pub(super) name_en: Option<String>,
    pub(super) address: Option<String>,
    pub(super) officer_name: Option<String>,
    pub(super) officer_name_bn: Option<String>,
    pub(super) officer_email: Option<String>,
    pub(super) officer_phone: Option<String>,
    pub(super) timezone: Option<String>,
    pub(super) charter: Option<String>,
}

/// IMAP and SMTP share a shape; keys that belong to only one are rejected in `validate`.
#[derive(serde::Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
pub(super) struct RawServer {
    pub(super) host: Option<String>,
    pub(super) port: Option<i64>,
    pub(super) security: Option<String>,
    pub(super) username: Option<String>,
    pub(super) password: Option<String>,
    pub(super) ca_file: Option<String>,
    /// "password" (default) or "oauth2".
    pub(super) auth: Option<String>,
    // IMAP only
    pub(super) mailbox: Option<String>,
    pub(super) processed_folder: Option<String>,
    pub(super) poll_interval: Option<i64>,
    pub(super) idle: Option<bool>,
    pub(super) max_message_size: Option<i64>,
    pub(super) max_batch_bytes: Option<i64>,
    // SMTP only
    pub(super) timeout: Option<i64>,
    pub(super) concurrency: Option<i64>,
}

#[derive(serde::Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
pub(super) struct RawDatabase {
    pub(super) url: Option<String>,
    pub(super) max_connections: Option<i64>,
    pub(super) sqlite_cache_kib: Option<i64>,
}

#[derive(serde::Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
pub(super) struct RawSla {
    pub(super) office_open: Option<String>,
    pub(super) office_close: Option<String>,
    pub(super) weekend: Option<Vec<String>>,
    pub(super) holidays: Option<String>,
    pub(super) pause_while_waiting: Option<bool>,
}

#[derive(serde::Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
pub(super) struct RawClassifier {
    pub(super) keywords: Option<String>,
    pub(super) examples: Option<String>,
    pub(super) spam_examples: Option<String>,
}

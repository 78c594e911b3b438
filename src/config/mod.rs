//! The configuration: one TOML file (default `config/sebadesk.toml`), the charter and
//! keyword files it names, and `SEBADESK_<SECTION>_<KEY>` environment overrides for every key.
//!
//! Raw values are read once, validated once, and turned into the typed [`Config`] that the
//! rest of the program receives; nothing downstream sees strings it must re-check.

pub mod charter;
pub mod tls;

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use jiff::civil::{Time, Weekday};
use jiff::tz::TimeZone;

use crate::classify::KeywordConfig;
use crate::config::charter::{Charter, one_line};
use crate::domain::EmailAddress;

mod offices;
pub use offices::{OfficeSite, default_secret_var, mailbox_name};

/// Where a config problem is, and what is wrong: printed as one line, exit code 2.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("cannot read config file {path}: {source}")]
    Read {
        path: String,
        source: std::io::Error,
    },
    #[error("config file {path}: {message}")]
    Syntax { path: String, message: String },
    #[error("config key {key}: {message}")]
    Invalid { key: String, message: String },
    #[error("environment variable {var}: {message}")]
    Env { var: String, message: String },
    #[error(transparent)]
    Charter(#[from] crate::config::charter::CharterError),
}

fn invalid(key: &str, message: impl Into<String>) -> ConfigError {
    ConfigError::Invalid {
        key: key.to_string(),
        message: message.into(),
    }
}

/// The type of each key, used to read environment overrides and to document the contract.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Kind {
    Str,
    Int,
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
    ("office", "officer_email", Kind::Str),
    ("office", "officer_phone", Kind::Str),
    ("office", "timezone", Kind::Str),
    ("office", "charter", Kind::Str),
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
    ("smtp", "host", Kind::Str),
    ("smtp", "port", Kind::Int),
    ("smtp", "security", Kind::Str),
    ("smtp", "username", Kind::Str),
    ("smtp", "password", Kind::Str),
    ("smtp", "ca_file", Kind::Str),
    ("smtp", "timeout", Kind::Int),
    ("smtp", "concurrency", Kind::Int),
    ("database", "url", Kind::Str),
    ("database", "max_connections", Kind::Int),
    ("sla", "office_open", Kind::Str),
    ("sla", "office_close", Kind::Str),
    ("sla", "weekend", Kind::List),
    ("sla", "holidays", Kind::Str),
    ("classifier", "keywords", Kind::Str),
    ("classifier", "examples", Kind::Str),
    ("reminders", "digest_time", Kind::Str),
    ("reminders", "notify_new", Kind::Bool),
    ("reminders", "escalate_after", Kind::Int),
    ("reminders", "supervisor_email", Kind::Str),
    ("reminders", "interval", Kind::Int),
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
];

/// Environment variables with this prefix that are not config keys.
const NON_KEY_VARS: &[&str] = &["SEBADESK_CONFIG", "SEBADESK_LOG"];
/// Secrets named by office files (`SEBADESK_SECRET_<CODE>_IMAP_PASSWORD` and the like).
const SECRET_VAR_PREFIX: &str = "SEBADESK_SECRET_";

/// A password: never printed by `Debug` or `Display`.
#[derive(Clone, Default)]
pub struct Secret(String);

impl Secret {
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(if self.0.is_empty() { "\"\"" } else { "\"***\"" })
    }
}

/// How a connection to a mail server is protected.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Security {
    /// TLS from the first byte (IMAPS 993, SMTPS 465).
    Tls,
    /// Plain connection upgraded with STARTTLS before login (IMAP 143, submission 587).
    Starttls,
    /// No TLS at all: accepted only for a loopback host (tests, a local relay).
    Plain,
}

#[derive(Debug, Clone)]
pub struct ServerConfig {
    pub host: String,
    pub port: u16,
    pub security: Security,
    pub username: String,
    pub password: Secret,
    pub ca_file: Option<PathBuf>,
}

#[derive(Debug, Clone)]
pub struct OfficeConfig {
    pub code: String,
    pub name_bn: String,
    pub name_en: String,
    pub address: EmailAddress,
    pub officer_name: String,
    pub officer_email: EmailAddress,
    pub officer_phone: String,
    pub timezone: TimeZone,
    pub timezone_name: String,
    /// The main file's office (true), or one added by an office file. The main office's
    /// health rows keep their plain names (`imap`, `smtp`), as before offices existed.
    pub primary: bool,
}

#[derive(Debug, Clone)]
pub struct ImapConfig {
    pub server: ServerConfig,
    pub mailbox: String,
    pub processed_folder: Option<String>,
    pub poll_interval: Duration,
    pub idle: bool,
    pub max_message_size: u64,
}

#[derive(Debug, Clone)]
pub struct SmtpConfig {
    pub server: ServerConfig,
    pub timeout: Duration,
    /// How many mails are handed to the server at once (pooled connections).
    pub concurrency: u32,
}

#[derive(Debug, Clone)]
pub struct DatabaseConfig {
    pub url: String,
    pub max_connections: u32,
}

#[derive(Debug, Clone)]
pub struct SlaConfig {
    pub office_open: Time,
    pub office_close: Time,
    pub weekend: Vec<Weekday>,
    /// Public holidays from the `sla.holidays` folder, sorted by date (all kinds; the
    /// calendar uses those that close the office).
    pub holidays: Vec<crate::sla::holidays::Holiday>,
}

/// The whole validated configuration, built once at start and passed down.
#[derive(Debug, Clone)]
pub struct Config {
    pub path: PathBuf,
    pub office: OfficeConfig,
    pub imap: ImapConfig,
    pub smtp: SmtpConfig,
    pub database: DatabaseConfig,
    pub sla: SlaConfig,
    pub charter: Charter,
    /// Shared (not copied) by every office of a deployment.
    pub keywords: Arc<KeywordConfig>,
    /// Labelled seed examples for the statistical model (the office's corrections are added
    /// from the database at start and whenever they change).
    pub seed_examples: Arc<Vec<crate::classify::Example>>,
    pub hygiene: HygieneConfig,
    pub reminders: RemindersConfig,
    /// A citizen's reply within this many days of resolution reopens the ticket; later, it
    /// opens a new one.
    pub reopen_window_days: u32,
    /// Tell the officer when intake or sending has been failing this long.
    pub health_alert_after: Duration,
    pub deployment: DeploymentConfig,
    /// The offices added by `deployment.offices_dir` (empty for a single office). Use
    /// [`Config::offices`] for one whole configuration per office.
    pub extra_offices: Vec<OfficeSite>,
}

/// How one deployment serves several offices, and how several sebadesk processes (replicas)
/// share them through one PostgreSQL database.
#[derive(Debug, Clone)]
pub struct DeploymentConfig {
    /// A folder of office files, one `*.toml` per office added to the main file's.
    pub offices_dir: Option<PathBuf>,
    /// At most this many mailboxes connect or take in mail at the same moment (each mailbox
    /// has at most one IMAP connection whatever this says; this bounds the bursts).
    pub max_parallel_intake: u32,
    /// A replica that has not renewed its mailbox leases for this long is taken to be dead
    /// and its mailboxes are taken over.
    pub lease_ttl: Duration,
    /// How often a replica renews its leases and looks for mailboxes without an owner.
    pub heartbeat: Duration,
    /// This process's name among the replicas; default: host name, process id and a random
    /// suffix.
    pub replica_id: Option<String>,
}

impl Config {
    /// One whole configuration per office — the main file's first, then the office files in
    /// name order. Each carries its own office, mailbox, SMTP identity, charter, holidays and
    /// supervisor, and shares everything else (the classifier data is shared, not copied).
    pub fn offices(&self) -> Vec<Config> {
        let mut all = Vec::with_capacity(1 + self.extra_offices.len());
        let mut main = self.clone();
        main.extra_offices = Vec::new();
        for site in &self.extra_offices {
            let mut c = main.clone();
            c.office = site.office.clone();
            c.imap = site.imap.clone();
            c.smtp = site.smtp.clone();
            if let Some(charter) = &site.charter {
                c.charter = charter.clone();
            }
            if let Some(holidays) = &site.holidays {
                c.sla.holidays = holidays.clone();
            }
            if let Some(s) = &site.supervisor_email {
                c.reminders.supervisor_email = Some(s.clone());
            }
            all.push(c);
        }
        all.insert(0, main);
        all
    }

    /// The configuration of the office with this code (any case), if the deployment has it.
    pub fn office(&self, code: &str) -> Option<Config> {
        self.offices()
            .into_iter()
            .find(|c| c.office.code.eq_ignore_ascii_case(code))
    }
}

/// What the officer (and the supervisor) are told, and when.
#[derive(Debug, Clone)]
pub struct RemindersConfig {
    /// Local time of the morning digest and of reminders, on working days.
    pub digest_time: Time,
    /// Send the officer a notice for every new ticket (it also carries the reply token).
    pub notify_new: bool,
    /// A ticket overdue by more than this many working days is reported to the supervisor.
    pub escalate_after: u32,
    pub supervisor_email: Option<EmailAddress>,
    /// How often each office's reminders, health alerts and corrections are looked at.
    pub interval: Duration,
}

/// Limits that keep an auto-acknowledger from flooding one address (a loop, a script, a
/// citizen who writes twenty times). Capped mail still becomes a ticket.
#[derive(Debug, Clone)]
pub struct HygieneConfig {
    /// At most this many acknowledgements to one address in any 24 hours.
    pub ack_limit_per_day: u32,
    /// At most this many within `ack_window`; and no second one for the same subject in it.
    pub ack_limit_per_window: u32,
    pub ack_window: Duration,
    /// At most this many acknowledgements from one office in any hour, whoever they go to:
    /// forged senders are many addresses, and each acknowledgement to one is backscatter from
    /// a government domain. Past it, tickets open without acknowledgement and the officer is
    /// told once an hour.
    pub ack_limit_per_hour: u32,
    /// At most this many new-ticket notices to the officer for one sender in any hour…
    pub notice_limit_per_sender: u32,
    /// …and this many for the office: a flood does not become a flood in the officer's
    /// mailbox. Held notices are replaced by one flood notice an hour; the tickets are in the
    /// digest and `tickets list`.
    pub notice_limit_per_hour: u32,
    /// `Authentication-Results` authserv-ids of the office's own MX (RFC 8601), whose SPF,
    /// DKIM and DMARC verdicts are believed. Only a sender verified by them has their name
    /// and subject repeated in the acknowledgement. Empty: nobody is verified.
    pub trusted_authserv_ids: Vec<String>,
}

// ---- raw, as written in the file (after environment overrides) ----

#[derive(serde::Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
struct RawConfig {
    office: RawOffice,
    imap: RawServer,
    smtp: RawServer,
    database: RawDatabase,
    sla: RawSla,
    classifier: RawClassifier,
    hygiene: RawHygiene,
    reminders: RawReminders,
    tickets: RawTickets,
    health: RawHealth,
    deployment: RawDeployment,
}

#[derive(serde::Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
struct RawDeployment {
    offices_dir: Option<String>,
    max_parallel_intake: Option<i64>,
    lease_ttl: Option<i64>,
    heartbeat: Option<i64>,
    replica_id: Option<String>,
}

#[derive(serde::Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
struct RawHealth {
    alert_after: Option<i64>,
}

#[derive(serde::Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
struct RawReminders {
    digest_time: Option<String>,
    notify_new: Option<bool>,
    escalate_after: Option<i64>,
    supervisor_email: Option<String>,
    interval: Option<i64>,
}

#[derive(serde::Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
struct RawTickets {
    reopen_window: Option<i64>,
}

#[derive(serde::Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
struct RawHygiene {
    ack_limit_per_day: Option<i64>,
    ack_limit_per_window: Option<i64>,
    ack_window: Option<i64>,
    ack_limit_per_hour: Option<i64>,
    notice_limit_per_sender: Option<i64>,
    notice_limit_per_hour: Option<i64>,
    trusted_authserv_ids: Option<Vec<String>>,
}

#[derive(serde::Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
struct RawOffice {
    code: Option<String>,
    name_bn: Option<String>,
    name_en: Option<String>,
    address: Option<String>,
    officer_name: Option<String>,
    officer_email: Option<String>,
    officer_phone: Option<String>,
    timezone: Option<String>,
    charter: Option<String>,
}

/// IMAP and SMTP share a shape; keys that belong to only one are rejected in `validate`.
#[derive(serde::Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
struct RawServer {
    host: Option<String>,
    port: Option<i64>,
    security: Option<String>,
    username: Option<String>,
    password: Option<String>,
    ca_file: Option<String>,
    // IMAP only
    mailbox: Option<String>,
    processed_folder: Option<String>,
    poll_interval: Option<i64>,
    idle: Option<bool>,
    max_message_size: Option<i64>,
    // SMTP only
    timeout: Option<i64>,
    concurrency: Option<i64>,
}

#[derive(serde::Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
struct RawDatabase {
    url: Option<String>,
    max_connections: Option<i64>,
}

#[derive(serde::Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
struct RawSla {
    office_open: Option<String>,
    office_close: Option<String>,
    weekend: Option<Vec<String>>,
    holidays: Option<String>,
}

#[derive(serde::Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
struct RawClassifier {
    keywords: Option<String>,
    examples: Option<String>,
}

impl Config {
    /// Reads `path`, applies the process environment's overrides and validates everything.
    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        let env: BTreeMap<String, String> = std::env::vars()
            .filter(|(k, _)| k.starts_with("SEBADESK_"))
            .collect();
        Self::load_with_env(path, &env)
    }

    pub fn load_with_env(
        path: &Path,
        env: &BTreeMap<String, String>,
    ) -> Result<Config, ConfigError> {
        let shown = path.display().to_string();
        let text = crate::small_file::read_to_string(path).map_err(|source| ConfigError::Read {
            path: shown.clone(),
            source,
        })?;
        let mut table: toml::Table = toml::from_str(&text).map_err(|e| ConfigError::Syntax {
            path: shown.clone(),
            message: one_line(&e.to_string()),
        })?;
        apply_env_overrides(&mut table, env)?;
        let raw: RawConfig =
            toml::Value::Table(table)
                .try_into()
                .map_err(|e: toml::de::Error| ConfigError::Syntax {
                    path: shown,
                    message: one_line(&e.to_string()),
                })?;
        let base = path.parent().unwrap_or(Path::new("."));
        validate(raw, path, base, env)
    }
}

fn apply_env_overrides(
    table: &mut toml::Table,
    env: &BTreeMap<String, String>,
) -> Result<(), ConfigError> {
    for (var, value) in env {
        if !var.starts_with("SEBADESK_")
            || NON_KEY_VARS.contains(&var.as_str())
            || var.starts_with(SECRET_VAR_PREFIX)
        {
            continue;
        }
        let Some(&(section, key, kind)) = KEYS.iter().find(|(s, k, _)| {
            *var == format!(
                "SEBADESK_{}_{}",
                s.to_ascii_uppercase(),
                k.to_ascii_uppercase()
            )
        }) else {
            return Err(ConfigError::Env {
                var: var.clone(),
                message: "not a sebadesk config key (see README, Configuration)".into(),
            });
        };
        let parsed = match kind {
            Kind::Str => toml::Value::String(value.clone()),
            Kind::Int => value
                .trim()
                .parse::<i64>()
                .map(toml::Value::Integer)
                .map_err(|_| ConfigError::Env {
                    var: var.clone(),
                    message: format!("expected a whole number, got {value:?}"),
                })?,
            Kind::Bool => match value.trim().to_ascii_lowercase().as_str() {
                "1" | "true" | "yes" | "on" => toml::Value::Boolean(true),
                "0" | "false" | "no" | "off" => toml::Value::Boolean(false),
                _ => {
                    return Err(ConfigError::Env {
                        var: var.clone(),
                        message: format!("expected true or false, got {value:?}"),
                    });
                }
            },
            Kind::List => toml::Value::Array(
                value
                    .split(',')
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .map(|s| toml::Value::String(s.to_string()))
                    .collect(),
            ),
        };
        let entry = table
            .entry(section.to_string())
            .or_insert_with(|| toml::Value::Table(toml::Table::new()));
        match entry {
            toml::Value::Table(t) => {
                t.insert(key.to_string(), parsed);
            }
            _ => return Err(invalid(section, "must be a table")),
        }
    }
    Ok(())
}

fn required(value: Option<String>, key: &str) -> Result<String, ConfigError> {
    match value {
        Some(v) if !v.trim().is_empty() => Ok(v.trim().to_string()),
        _ => Err(invalid(key, "is required")),
    }
}

fn email(value: Option<String>, key: &str) -> Result<EmailAddress, ConfigError> {
    let v = required(value, key)?;
    EmailAddress::parse(&v).map_err(|e| invalid(key, e.to_string()))
}

fn is_loopback(host: &str) -> bool {
    host == "localhost"
        || host
            .parse::<std::net::IpAddr>()
            .map(|ip| ip.is_loopback())
            .unwrap_or(false)
}

fn server(raw: &RawServer, section: &str, base: &Path) -> Result<ServerConfig, ConfigError> {
    let key = |k: &str| format!("{section}.{k}");
    let host = required(raw.host.clone(), &key("host"))?;
    let security = match raw.security.as_deref().map(str::trim) {
        None | Some("tls") => Security::Tls,
        Some("starttls") => Security::Starttls,
        Some("plain") => Security::Plain,
        Some(other) => {
            return Err(invalid(
                &key("security"),
                format!("{other:?} is not one of tls, starttls, plain"),
            ));
        }
    };
    if security == Security::Plain && !is_loopback(&host) {
        // Passwords in clear text over a network: refuse rather than trust a typo.
        return Err(invalid(
            &key("security"),
            format!("plain (no TLS) is allowed only for a loopback host, not {host:?}"),
        ));
    }
    let default_port = match (section, security) {
        ("imap", Security::Tls) => 993,
        ("imap", _) => 143,
        (_, Security::Tls) => 465,
        (_, Security::Starttls) => 587,
        (_, Security::Plain) => 25,
    };
    let port = match raw.port {
        None => default_port,
        Some(p) if (1..=65535).contains(&p) => p as u16,
        Some(p) => return Err(invalid(&key("port"), format!("{p} is not a TCP port"))),
    };
    let ca_file = match raw.ca_file.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(p) => {
            let path = resolve(base, p);
            if !path.is_file() {
                return Err(invalid(
                    &key("ca_file"),
                    format!("no such file: {}", path.display()),
                ));
            }
            crate::config::tls::ca_certificates(&path)
                .map_err(|e| invalid(&key("ca_file"), e.to_string()))?;
            Some(path)
        }
    };
    let username = raw.username.clone().unwrap_or_default();
    no_control_characters(&username, &key("username"))?;
    Ok(ServerConfig {
        host,
        port,
        security,
        username,
        password: Secret(raw.password.clone().unwrap_or_default()),
        ca_file,
    })
}

/// A value that goes into a protocol line (an IMAP folder, a login name): a CR or LF in it
/// would end the command early and start another, so no control character is allowed.
fn no_control_characters(value: &str, key: &str) -> Result<(), ConfigError> {
    match value.chars().find(|c| c.is_control()) {
        Some(c) => Err(invalid(
            key,
            format!(
                "must not contain control characters (found U+{:04X})",
                c as u32
            ),
        )),
        None => Ok(()),
    }
}

/// The IMAP folders of a mailbox (`mailbox`, `processed_folder`): no control characters.
fn check_folders(imap: &ImapConfig, section: &str) -> Result<(), ConfigError> {
    no_control_characters(&imap.mailbox, &format!("{section}.mailbox"))?;
    if let Some(folder) = &imap.processed_folder {
        no_control_characters(folder, &format!("{section}.processed_folder"))?;
    }
    Ok(())
}

/// The office's own address cannot be its officer's: the officer's commands are told apart
/// from citizens' mail by the sender, and mail from the office's own address is ignored as
/// our own, so no command could ever work.
fn check_officer_is_not_the_office(office: &OfficeConfig, key: &str) -> Result<(), ConfigError> {
    if office.officer_email.same_as(office.address.as_str()) {
        return Err(invalid(
            key,
            format!(
                "is the office's own address ({}): the officer needs an address of their own, or their e-mail commands are taken for the office's own mail",
                office.address
            ),
        ));
    }
    Ok(())
}

fn resolve(base: &Path, p: &str) -> PathBuf {
    let path = Path::new(p);
    if path.is_absolute() {
        path.to_path_buf()
    } else {
        base.join(path)
    }
}

fn positive(value: Option<i64>, default: i64, key: &str) -> Result<u64, ConfigError> {
    match value.unwrap_or(default) {
        v if v > 0 => Ok(v as u64),
        v => Err(invalid(key, format!("must be greater than 0, got {v}"))),
    }
}

fn clock_time(value: Option<String>, default: &str, key: &str) -> Result<Time, ConfigError> {
    let v = value.unwrap_or_else(|| default.to_string());
    v.trim()
        .parse::<Time>()
        .map_err(|_| invalid(key, format!("expected HH:MM, got {v:?}")))
}

fn weekday(name: &str, key: &str) -> Result<Weekday, ConfigError> {
    Ok(match name.trim().to_ascii_lowercase().get(..3) {
        Some("sun") => Weekday::Sunday,
        Some("mon") => Weekday::Monday,
        Some("tue") => Weekday::Tuesday,
        Some("wed") => Weekday::Wednesday,
        Some("thu") => Weekday::Thursday,
        Some("fri") => Weekday::Friday,
        Some("sat") => Weekday::Saturday,
        _ => return Err(invalid(key, format!("{name:?} is not a weekday"))),
    })
}

/// An office code: 2–8 ASCII letters or digits, kept in upper case (the ticket prefix).
fn office_code(value: Option<String>) -> Result<String, ConfigError> {
    let code = required(value, "code")?.to_ascii_uppercase();
    if !(2..=8).contains(&code.len()) || !code.chars().all(|c| c.is_ascii_alphanumeric()) {
        return Err(invalid("code", "must be 2-8 letters or digits, e.g. MEL"));
    }
    Ok(code)
}

fn validate(
    raw: RawConfig,
    path: &Path,
    base: &Path,
    env: &BTreeMap<String, String>,
) -> Result<Config, ConfigError> {
    let o = raw.office;
    let code = office_code(o.code).map_err(|e| match e {
        ConfigError::Invalid { message, .. } => invalid("office.code", message),
        other => other,
    })?;
    let timezone_name = o.timezone.unwrap_or_else(|| "Asia/Dhaka".into());
    let timezone = jiff::tz::db().get(&timezone_name).map_err(|_| {
        invalid(
            "office.timezone",
            format!("unknown time zone {timezone_name:?}"),
        )
    })?;
    let office = OfficeConfig {
        code,
        name_bn: required(o.name_bn, "office.name_bn")?,
        name_en: required(o.name_en, "office.name_en")?,
        address: email(o.address, "office.address")?,
        officer_name: o.officer_name.unwrap_or_default(),
        officer_email: email(o.officer_email, "office.officer_email")?,
        officer_phone: o.officer_phone.unwrap_or_default(),
        timezone,
        timezone_name,
        primary: true,
    };
    check_officer_is_not_the_office(&office, "office.officer_email")?;

    for (k, present) in [
        ("imap.timeout", raw.imap.timeout.is_some()),
        ("imap.concurrency", raw.imap.concurrency.is_some()),
        ("smtp.mailbox", raw.smtp.mailbox.is_some()),
        ("smtp.processed_folder", raw.smtp.processed_folder.is_some()),
        ("smtp.poll_interval", raw.smtp.poll_interval.is_some()),
        ("smtp.idle", raw.smtp.idle.is_some()),
        ("smtp.max_message_size", raw.smtp.max_message_size.is_some()),
    ] {
        if present {
            return Err(invalid(k, "unknown key"));
        }
    }
    let imap = ImapConfig {
        server: server(&raw.imap, "imap", base)?,
        mailbox: raw
            .imap
            .mailbox
            .clone()
            .filter(|m| !m.trim().is_empty())
            .unwrap_or_else(|| "INBOX".into()),
        processed_folder: raw
            .imap
            .processed_folder
            .clone()
            .filter(|f| !f.trim().is_empty()),
        poll_interval: Duration::from_secs(positive(
            raw.imap.poll_interval,
            60,
            "imap.poll_interval",
        )?),
        idle: raw.imap.idle.unwrap_or(true),
        max_message_size: positive(
            raw.imap.max_message_size,
            25 * 1024 * 1024,
            "imap.max_message_size",
        )?,
    };
    check_folders(&imap, "imap")?;
    let smtp = SmtpConfig {
        server: server(&raw.smtp, "smtp", base)?,
        timeout: Duration::from_secs(positive(raw.smtp.timeout, 30, "smtp.timeout")?),
        concurrency: positive(raw.smtp.concurrency, 4, "smtp.concurrency")?.min(32) as u32,
    };

    let url = raw
        .database
        .url
        .unwrap_or_else(|| "sqlite://sebadesk.db?mode=rwc".into());
    if !(url.starts_with("sqlite:")
        || url.starts_with("postgres://")
        || url.starts_with("postgresql://"))
    {
        return Err(invalid(
            "database.url",
            "must start with sqlite: or postgres://",
        ));
    }
    let database = DatabaseConfig {
        url,
        max_connections: positive(raw.database.max_connections, 5, "database.max_connections")?
            as u32,
    };

    let sla = SlaConfig {
        office_open: clock_time(raw.sla.office_open, "09:00", "sla.office_open")?,
        office_close: clock_time(raw.sla.office_close, "17:00", "sla.office_close")?,
        weekend: raw
            .sla
            .weekend
            .unwrap_or_else(|| vec!["fri".into(), "sat".into()])
            .iter()
            .map(|d| weekday(d, "sla.weekend"))
            .collect::<Result<_, _>>()?,
        holidays: crate::sla::holidays::load_dir(&resolve(
            base,
            raw.sla.holidays.as_deref().unwrap_or("holidays"),
        ))
        .map_err(|e| invalid("sla.holidays", e.to_string()))?,
    };
    if sla.office_open >= sla.office_close {
        return Err(invalid(
            "sla.office_close",
            "must be later than sla.office_open",
        ));
    }
    if sla.weekend.len() >= 7 {
        return Err(invalid("sla.weekend", "leaves no working day"));
    }

    let charter_path = resolve(
        base,
        o.charter.as_deref().unwrap_or("charter/services.toml"),
    );
    let charter = Charter::load(&charter_path)?;

    let hygiene = HygieneConfig {
        ack_limit_per_day: positive(
            raw.hygiene.ack_limit_per_day,
            40,
            "hygiene.ack_limit_per_day",
        )? as u32,
        ack_limit_per_window: positive(
            raw.hygiene.ack_limit_per_window,
            10,
            "hygiene.ack_limit_per_window",
        )? as u32,
        ack_window: Duration::from_secs(positive(
            raw.hygiene.ack_window,
            3 * 3600,
            "hygiene.ack_window",
        )?),
        ack_limit_per_hour: positive(
            raw.hygiene.ack_limit_per_hour,
            200,
            "hygiene.ack_limit_per_hour",
        )? as u32,
        notice_limit_per_sender: positive(
            raw.hygiene.notice_limit_per_sender,
            3,
            "hygiene.notice_limit_per_sender",
        )? as u32,
        notice_limit_per_hour: positive(
            raw.hygiene.notice_limit_per_hour,
            60,
            "hygiene.notice_limit_per_hour",
        )? as u32,
        trusted_authserv_ids: raw
            .hygiene
            .trusted_authserv_ids
            .clone()
            .unwrap_or_default()
            .into_iter()
            .map(|id| id.trim().to_ascii_lowercase())
            .filter(|id| !id.is_empty())
            .collect(),
    };

    let reminders = RemindersConfig {
        digest_time: clock_time(raw.reminders.digest_time, "09:00", "reminders.digest_time")?,
        notify_new: raw.reminders.notify_new.unwrap_or(true),
        escalate_after: match raw.reminders.escalate_after.unwrap_or(2) {
            v if v >= 0 => v as u32,
            v => {
                return Err(invalid(
                    "reminders.escalate_after",
                    format!("must be 0 or more, got {v}"),
                ));
            }
        },
        supervisor_email: match raw
            .reminders
            .supervisor_email
            .filter(|s| !s.trim().is_empty())
        {
            Some(s) => Some(email(Some(s), "reminders.supervisor_email")?),
            None => None,
        },
        interval: Duration::from_secs(positive(raw.reminders.interval, 60, "reminders.interval")?),
    };
    let reopen_window_days =
        positive(raw.tickets.reopen_window, 14, "tickets.reopen_window")? as u32;

    let keywords_path = resolve(
        base,
        raw.classifier
            .keywords
            .as_deref()
            .unwrap_or("classifier/keywords.toml"),
    );
    let keywords_text = crate::small_file::read_to_string(&keywords_path).map_err(|e| {
        invalid(
            "classifier.keywords",
            format!("cannot read {}: {e}", keywords_path.display()),
        )
    })?;
    let keywords: KeywordConfig = toml::from_str(&keywords_text).map_err(|e| {
        invalid(
            "classifier.keywords",
            format!("{}: {}", keywords_path.display(), one_line(&e.to_string())),
        )
    })?;
    let codes: Vec<&str> = charter.services().iter().map(|s| s.code.as_str()).collect();
    crate::classify::Classifier::new(&keywords, &codes)
        .map_err(|e| invalid("classifier.keywords", e.to_string()))?;
    let examples_path = resolve(
        base,
        raw.classifier
            .examples
            .as_deref()
            .unwrap_or("classifier/examples.toml"),
    );
    let examples_text = crate::small_file::read_to_string(&examples_path).map_err(|e| {
        invalid(
            "classifier.examples",
            format!("cannot read {}: {e}", examples_path.display()),
        )
    })?;
    let seed_examples = crate::classify::parse_examples(&examples_text).map_err(|e| {
        invalid(
            "classifier.examples",
            format!("{}: {e}", examples_path.display()),
        )
    })?;
    crate::classify::Classifier::with_examples(&keywords, &codes, &seed_examples)
        .map_err(|e| invalid("classifier.examples", e.to_string()))?;

    let d = raw.deployment;
    let deployment = DeploymentConfig {
        offices_dir: d
            .offices_dir
            .as_deref()
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .map(|p| resolve(base, p)),
        max_parallel_intake: positive(d.max_parallel_intake, 16, "deployment.max_parallel_intake")?
            .min(1024) as u32,
        lease_ttl: Duration::from_secs(positive(d.lease_ttl, 20, "deployment.lease_ttl")?),
        heartbeat: Duration::from_secs(positive(d.heartbeat, 5, "deployment.heartbeat")?),
        replica_id: d
            .replica_id
            .map(|r| r.trim().to_string())
            .filter(|r| !r.is_empty()),
    };
    if deployment.heartbeat * 2 > deployment.lease_ttl {
        return Err(invalid(
            "deployment.heartbeat",
            "must be at most half of deployment.lease_ttl (a lease is renewed twice before it can expire)",
        ));
    }
    let extra_offices = match &deployment.offices_dir {
        Some(dir) => offices::load_dir(dir, &office, &imap, &smtp, env)?,
        None => Vec::new(),
    };

    Ok(Config {
        path: path.to_path_buf(),
        office,
        imap,
        smtp,
        database,
        sla,
        charter,
        keywords: Arc::new(keywords),
        seed_examples: Arc::new(seed_examples),
        deployment,
        extra_offices,
        hygiene,
        reminders,
        reopen_window_days,
        health_alert_after: Duration::from_secs(positive(
            raw.health.alert_after,
            900,
            "health.alert_after",
        )?),
    })
}

impl Config {
    /// The office's calendar: its weekend, its closing time, and every listed holiday that
    /// closes the office (optional holidays do not stop the clock).
    pub fn calendar(&self) -> crate::sla::Calendar {
        self.sla.holidays.iter().filter(|h| h.closes_office()).fold(
            crate::sla::Calendar::new(
                self.office.timezone.clone(),
                self.sla.weekend.clone(),
                self.sla.office_close,
            ),
            |cal, h| cal.with_holiday(h.date, format!("{} / {}", h.name_bn, h.name_en)),
        )
    }
}

/// The health row of one of this office's components (`imap`, `smtp`): the main office's
/// keep their plain names, the other offices' carry their code (`imap:ISL`).
pub fn health_component(config: &Config, kind: &str) -> String {
    if config.office.primary {
        kind.to_string()
    } else {
        format!("{kind}:{}", config.office.code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    fn example() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("config/sebadesk.toml")
    }

    #[test]
    fn example_config_is_valid() {
        let c = Config::load_with_env(&example(), &env(&[])).unwrap();
        assert_eq!(c.office.code, "MEL");
        assert_eq!(c.charter.services().len(), 5);
        assert_eq!(c.imap.mailbox, "INBOX");
    }

    #[test]
    fn environment_overrides_every_kind_of_key() {
        let c = Config::load_with_env(
            &example(),
            &env(&[
                ("SEBADESK_IMAP_PORT", "10993"),
                ("SEBADESK_IMAP_PASSWORD", "12345"),
                ("SEBADESK_IMAP_IDLE", "false"),
                ("SEBADESK_SLA_WEEKEND", "sat, sun"),
                ("SEBADESK_DATABASE_URL", "sqlite:///tmp/x.db"),
            ]),
        )
        .unwrap();
        assert_eq!(c.imap.server.port, 10993);
        assert_eq!(c.imap.server.password.expose(), "12345");
        assert!(!c.imap.idle);
        assert_eq!(c.sla.weekend, vec![Weekday::Saturday, Weekday::Sunday]);
        assert_eq!(c.database.url, "sqlite:///tmp/x.db");
        assert!(!format!("{c:?}").contains("12345"), "secrets never print");
    }

    #[test]
    fn errors_name_the_key() {
        let e = Config::load_with_env(&example(), &env(&[("SEBADESK_IMAP_PORT", "99999")]))
            .unwrap_err();
        assert_eq!(
            e.to_string(),
            "config key imap.port: 99999 is not a TCP port"
        );
        let e =
            Config::load_with_env(&example(), &env(&[("SEBADESK_IMAP_PORTT", "1")])).unwrap_err();
        assert!(
            e.to_string()
                .starts_with("environment variable SEBADESK_IMAP_PORTT")
        );
        let e = Config::load_with_env(
            &example(),
            &env(&[
                ("SEBADESK_SMTP_HOST", "mail.example.org"),
                ("SEBADESK_SMTP_SECURITY", "plain"),
            ]),
        )
        .unwrap_err();
        assert!(
            e.to_string().starts_with("config key smtp.security: plain"),
            "{e}"
        );
        let e = Config::load_with_env(&example(), &env(&[("SEBADESK_OFFICE_ADDRESS", "x")]))
            .unwrap_err();
        assert!(
            e.to_string().starts_with("config key office.address"),
            "{e}"
        );
    }

    /// Operator mistakes that once passed `config check` and failed later, or never worked.
    #[test]
    fn config_check_catches_operator_mistakes_by_key() {
        let dir = tempfile::tempdir().unwrap();
        let not_pem = dir.path().join("ca.pem");
        std::fs::write(&not_pem, "this is not a certificate\n").unwrap();
        let bad_pem = dir.path().join("bad.pem");
        std::fs::write(
            &bad_pem,
            "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n",
        )
        .unwrap();
        let not_pem = not_pem.display().to_string();
        let bad_pem = bad_pem.display().to_string();
        let cases: &[(&[(&str, &str)], &str)] = &[
            (
                &[("SEBADESK_IMAP_CA_FILE", &not_pem)],
                "config key imap.ca_file: cannot read CA file",
            ),
            (
                &[("SEBADESK_SMTP_CA_FILE", &bad_pem)],
                "config key smtp.ca_file: cannot read CA file",
            ),
            (
                &[("SEBADESK_SMTP_CA_FILE", "/dev/zero")],
                "config key smtp.ca_file",
            ),
            (
                &[("SEBADESK_IMAP_MAILBOX", "INBOX\r\nA1 DELETE INBOX")],
                "config key imap.mailbox: must not contain control characters",
            ),
            (
                &[("SEBADESK_IMAP_PROCESSED_FOLDER", "Done\n")],
                "config key imap.processed_folder: must not contain control characters",
            ),
            (
                &[("SEBADESK_IMAP_USERNAME", "ict@office.test\r\nA2 LOGOUT")],
                "config key imap.username: must not contain control characters",
            ),
            (
                &[
                    ("SEBADESK_OFFICE_ADDRESS", "ict.melandaha@office.test"),
                    ("SEBADESK_OFFICE_OFFICER_EMAIL", "ICT.Melandaha@office.test"),
                ],
                "config key office.officer_email: is the office's own address",
            ),
        ];
        for (vars, expected) in cases {
            let e = Config::load_with_env(&example(), &env(vars))
                .err()
                .unwrap_or_else(|| panic!("{vars:?} accepted"));
            assert!(e.to_string().starts_with(expected), "{vars:?}: {e}");
        }
    }

    #[test]
    fn an_endless_config_file_is_an_error() {
        let e = Config::load_with_env(Path::new("/dev/zero"), &env(&[])).unwrap_err();
        assert!(
            matches!(e, ConfigError::Read { .. }) && e.to_string().contains("larger than"),
            "{e}"
        );
    }
}

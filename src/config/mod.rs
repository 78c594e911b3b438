//! The configuration: one TOML file (default `config/sebadesk.toml`), the charter and
//! keyword files it names, and `SEBADESK_<SECTION>_<KEY>` environment overrides for every key.
//!
//! Raw values are read once, validated once, and turned into the typed [`Config`] that the
//! rest of the program receives; nothing downstream sees strings it must re-check.

pub mod charter;
pub mod server_tls;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use jiff::civil::{Time, Weekday};
use jiff::tz::TimeZone;

use crate::classify::KeywordConfig;
use crate::config::charter::{Charter, one_line};
use crate::domain::EmailAddress;
pub use crate::net::Secret;
pub use crate::net::tls;

mod env;
mod keys;
mod oauth2;
mod offices;
mod raw;
mod validate;

pub use keys::{KEYS, Kind};
use keys::{NON_KEY_VARS, SECRET_VAR_PREFIX};
pub use offices::{OfficeSite, default_secret_var, mailbox_name};
use raw::RawConfig;
use raw::RawServer;
use validate::{
    check_folders, check_officer_is_not_the_office, email, office_code, required, resolve, server,
    validate,
};

/// Where a config problem is, and what is wrong: printed as one line, exit code 2.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// A file the configuration names could not be read (missing, unreadable, too large).
    #[error("cannot read config file {path}: {source}")]
    Read {
        /// The file, as named in the config or on the command line.
        path: String,
        /// Why it could not be read.
        source: std::io::Error,
    },
    /// A file is not valid TOML (or not the shape its section expects).
    #[error("config file {path}: {message}")]
    Syntax {
        /// The file.
        path: String,
        /// The parser's message, on one line.
        message: String,
    },
    /// A key's value is wrong, missing, or contradicts another key.
    #[error("config key {key}: {message}")]
    Invalid {
        /// The key as `section.key` (an office file's keys carry the file's name).
        key: String,
        /// What is wrong and what would be right.
        message: String,
    },
    /// A `SEBADESK_…` variable names no key or cannot be read as its key's [`Kind`].
    #[error("environment variable {var}: {message}")]
    Env {
        /// The variable's name.
        var: String,
        /// What is wrong with it.
        message: String,
    },
    /// The charter file (services and their SLA) is wrong.
    #[error(transparent)]
    Charter(#[from] crate::config::charter::CharterError),
    /// A mail template does not compile.
    #[error(transparent)]
    Template(#[from] crate::templates::TemplateError),
}

fn invalid(key: &str, message: impl Into<String>) -> ConfigError {
    ConfigError::Invalid {
        key: key.to_string(),
        message: message.into(),
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

/// One mail server connection (`[imap]` or `[smtp]`): where, how protected, and who signs in.
#[derive(Debug, Clone)]
pub struct ServerConfig {
    /// Host name or IP address (`host`).
    pub host: String,
    /// Port (`port`); the default follows `security` (993/143 for IMAP, 465/587/25 for SMTP).
    pub port: u16,
    /// `security`: plain is accepted only for a loopback host.
    pub security: Security,
    /// Login name (`username`); for SMTP, empty means no AUTH.
    pub username: String,
    /// `password`, used when `auth` is the password.
    pub password: Secret,
    /// `ca_file`: an extra CA certificate (PEM) trusted besides the public roots; certificates are
    /// always verified.
    pub ca_file: Option<PathBuf>,
    /// `auth`: how the desk signs in (the password above, or an OAuth2 access token).
    pub auth: ServerAuth,
}

/// How the desk signs in to a mail server (`[imap] auth`, `[smtp] auth`).
#[derive(Debug, Clone, Default)]
pub enum ServerAuth {
    /// The username and password (IMAP LOGIN; SMTP AUTH PLAIN or LOGIN).
    #[default]
    Password,
    /// An access token of the `[oauth2]` account (IMAP: XOAUTH2 or OAUTHBEARER; SMTP:
    /// XOAUTH2). IMAP and SMTP share the account, so one refresh serves both.
    OAuth2(crate::oauth::Account),
}

/// A loopback host (`localhost`, 127.0.0.0/8, ::1): where plain connections are allowed.
pub use crate::net::is_loopback_host;

/// The office a desk serves (`[office]`, or an office file): its names, mailbox and officer.
#[derive(Debug, Clone)]
pub struct OfficeConfig {
    /// Ticket prefix, 2–8 letters or digits (`MEL` gives `MEL-2026-000001`).
    pub code: String,
    /// The office's name in Bangla, for the Bangla half of a mail.
    pub name_bn: String,
    /// The office's name in English.
    pub name_en: String,
    /// The desk mailbox citizens write to; our mail comes from it, and its domain names our
    /// Message-IDs.
    pub address: EmailAddress,
    /// The officer's name and title in English, signing the English half of citizens' mails (may be
    /// empty).
    pub officer_name: String,
    /// The officer's name and title in Bangla, for the Bangla half of a mail.
    pub officer_name_bn: String,
    /// The officer: gets new-ticket notices, the digest and reminders, and may send e-mail
    /// commands.
    pub officer_email: EmailAddress,
    /// Shown in acknowledgements (in Bengali digits in the Bangla half); may be empty.
    pub officer_phone: String,
    /// The zone of deadlines, office hours and every date shown (`timezone`).
    pub timezone: TimeZone,
    /// The IANA name of `timezone` (`Asia/Dhaka`), for templates and reports that print it.
    pub timezone_name: String,
    /// The main file's office (true), or one added by an office file. The main office's
    /// health rows keep their plain names (`imap`, `smtp`), as before offices existed.
    pub primary: bool,
    /// The words of the mails (`[templates] dir`, shared by every office; an office's own
    /// folder overrides single templates). Compiled when the config is read.
    pub templates: Arc<crate::templates::Templates>,
}

/// Where citizens' mail is taken in (`[imap]`).
#[derive(Debug, Clone)]
pub struct ImapConfig {
    /// The IMAP server and login.
    pub server: ServerConfig,
    /// The folder watched for new mail (default `INBOX`).
    pub mailbox: String,
    /// Handled mail is moved there (created if missing); `None`: it stays, marked `\Seen`.
    pub processed_folder: Option<String>,
    /// Time between polls when the server has no IDLE or `idle` is off.
    pub poll_interval: Duration,
    /// Whether to wait with IMAP IDLE when the server offers it (polling otherwise).
    pub idle: bool,
    /// Bytes; a larger message is fetched by its header only and quarantined for the officer.
    pub max_message_size: u64,
    /// Bodies are fetched in batches of at most this many bytes (by RFC822.SIZE; a larger
    /// message alone); at most two batches are in memory at once (one fetched and prepared
    /// while the one before commits).
    pub max_batch_bytes: u64,
}

/// Where our mail is sent (`[smtp]`).
#[derive(Debug, Clone)]
pub struct SmtpConfig {
    /// The submission server and login.
    pub server: ServerConfig,
    /// The longest one SMTP conversation (connect, send, quit) may take.
    pub timeout: Duration,
    /// How many mails are handed to the server at once (pooled connections).
    pub concurrency: u32,
}

/// The database (`[database]`).
#[derive(Debug, Clone)]
pub struct DatabaseConfig {
    /// `sqlite://PATH` or `postgres://…`; the driver is chosen by the scheme.
    pub url: String,
    /// Pool size.
    pub max_connections: u32,
    /// SQLite's page cache per pooled connection, in KiB (`PRAGMA cache_size = -N`);
    /// ignored on PostgreSQL.
    pub sqlite_cache_kib: u32,
}

/// The office hours and holidays that deadlines count in (`[sla]`).
#[derive(Debug, Clone)]
pub struct SlaConfig {
    /// Start of office hours, local time.
    pub office_open: Time,
    /// Closing time: mail after it counts from the next working day, and deadlines fall at it.
    pub office_close: Time,
    /// Days that are never working days (Friday and Saturday by default).
    pub weekend: Vec<Weekday>,
    /// Public holidays from the `sla.holidays` folder, sorted by date (all kinds; the
    /// calendar uses those that close the office).
    pub holidays: Vec<crate::sla::holidays::Holiday>,
    /// Whether a ticket's deadline moves by the working days it waited for the citizen
    /// (issue 16): the deployment's default; an office's charter file may say otherwise
    /// (see [`Config::pause_while_waiting`]).
    pub pause_while_waiting: bool,
}

/// The whole validated configuration, built once at start and passed down.
#[derive(Debug, Clone)]
pub struct Config {
    /// The main config file, as given (its folder is where relative paths in it were resolved
    /// from).
    pub path: PathBuf,
    /// The main file's office; the others are in `extra_offices`.
    pub office: OfficeConfig,
    /// The main office's mailbox.
    pub imap: ImapConfig,
    /// The main office's SMTP identity.
    pub smtp: SmtpConfig,
    /// The database shared by every office.
    pub database: DatabaseConfig,
    /// Office hours, weekend and holidays.
    pub sla: SlaConfig,
    /// The charter: the services the office offers and their SLA in working days.
    pub charter: Charter,
    /// Shared (not copied) by every office of a deployment.
    pub keywords: Arc<KeywordConfig>,
    /// Labelled seed examples for the statistical model (the office's corrections are added
    /// from the database at start and whenever they change).
    pub seed_examples: Arc<Vec<crate::classify::Example>>,
    /// Seed examples of the scam stage's learnt spam model (`classifier.spam_examples`;
    /// empty: no model, the rules alone decide).
    pub spam_examples: Arc<Vec<crate::classify::SpamExample>>,
    /// Caps on acknowledgements and notices, and whose sender verification is believed.
    pub hygiene: HygieneConfig,
    /// When the officer and the supervisor are reminded.
    pub reminders: RemindersConfig,
    /// A citizen's reply within this many days of resolution reopens the ticket; later, it
    /// opens a new one.
    pub reopen_window_days: u32,
    /// Tell the officer when intake or sending has been failing this long.
    pub health_alert_after: Duration,
    /// `[metrics] listen`: where `GET /metrics`, `/healthz` and `/readyz` are served (off
    /// when unset).
    pub metrics_listen: Option<std::net::SocketAddr>,
    /// Several offices in one process, and several processes sharing them (`[deployment]`).
    pub deployment: DeploymentConfig,
    /// How long citizens' mail is kept (`[retention]`).
    pub retention: RetentionConfig,
    /// The offices added by `deployment.offices_dir` (empty for a single office). Use
    /// [`Config::offices`] for one whole configuration per office.
    pub extra_offices: Vec<OfficeSite>,
    /// The web desk (`[web]`): off unless `web.listen` is set.
    pub web: WebConfig,
    /// `[oauth2]`, when set: the account `auth = "oauth2"` signs in with, and what
    /// `sebadesk oauth login` asks the provider for.
    pub oauth2: Option<crate::oauth::Account>,
    /// What is kept of citizens' attachments and what the officer's notice carries.
    pub attachments: AttachmentsConfig,
}

/// The web desk (see `crate::web`).
#[derive(Debug, Clone, Default)]
pub struct WebConfig {
    /// Where the daemon serves HTTP; `None`: no web desk.
    pub listen: Option<std::net::SocketAddr>,
    /// The address users reach (links in mails), without a trailing slash. Cookies are
    /// `Secure` when it is https. Default: `http://` + `listen`.
    pub base_url: String,
    /// Who may read every office of the deployment (besides the officers and supervisors).
    pub admins: Vec<EmailAddress>,
    /// TLS served by the daemon itself (`web.tls_cert` + `web.tls_key`); `None`: plain HTTP
    /// (behind a reverse proxy that does TLS, or on loopback).
    pub tls: Option<WebTls>,
}

/// The PEM files of the desk's own TLS (checked when the configuration is loaded).
#[derive(Debug, Clone)]
pub struct WebTls {
    /// The certificate, then its chain (PEM).
    pub cert: std::path::PathBuf,
    /// Its private key (PEM).
    pub key: std::path::PathBuf,
}

/// `[attachments]`: citizens' attachments are stored in the database (content-addressed by
/// SHA-256); these bound what one message stores and what a notice carries.
#[derive(Debug, Clone)]
pub struct AttachmentsConfig {
    /// At most this many attachments of one message are stored; the rest are counted.
    pub max_per_message: usize,
    /// At most this many bytes of one message's attachments are stored.
    pub max_bytes_per_message: u64,
    /// The officer's new-ticket notice carries attachments up to this many bytes in all;
    /// the others are listed with the command that fetches them.
    pub forward_max_bytes: u64,
}

impl AttachmentsConfig {
    /// The bounds intake applies when it keeps a message's attachments.
    pub fn limits(&self) -> crate::mail::attachments::Limits {
        crate::mail::attachments::Limits {
            max_count: self.max_per_message,
            max_bytes: self.max_bytes_per_message,
        }
    }
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
            if let Some(account) = &site.oauth2 {
                c.oauth2 = Some(account.clone());
            }
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

/// How long the desk keeps citizens' mail (issue 20). The tickets themselves (service, dates,
/// status, events) are kept for reports; what goes is the mail's content.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetentionConfig {
    /// The raw mail (and the rendered mail we sent) of a resolved or closed ticket is purged
    /// this many days after its resolution; mail that opened no ticket (spam, bulk mail,
    /// automatic replies, bounces) this many days after it arrived.
    pub mail_days: u32,
    /// A quarantined message's bytes are purged this many days after it arrived.
    pub quarantine_days: u32,
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
    /// Where overdue tickets are escalated; `None`: no escalation.
    pub supervisor_email: Option<EmailAddress>,
    /// How often each office's reminders, health alerts and corrections are looked at.
    pub interval: Duration,
    /// Who gets the district-wide monthly report besides `web.admins` (issue 19).
    pub report_recipients: Vec<EmailAddress>,
}

/// Limits that keep an auto-acknowledger from flooding one address (a loop, a script, a
/// citizen who writes twenty times). Capped mail still becomes a ticket.
#[derive(Debug, Clone)]
pub struct HygieneConfig {
    /// At most this many acknowledgements to one address in any 24 hours.
    pub ack_limit_per_day: u32,
    /// At most this many within `ack_window`; and no second one for the same subject in it.
    pub ack_limit_per_window: u32,
    /// The window of `ack_limit_per_window`; within it a second request with the same subject from
    /// the same address gets no acknowledgement.
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

impl Config {
    /// Reads `path`, applies the process environment's overrides and validates everything.
    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        let env: BTreeMap<String, String> = std::env::vars()
            .filter(|(k, _)| k.starts_with("SEBADESK_"))
            .collect();
        Self::load_with_env(path, &env)
    }

    /// As [`Config::load`], with the `SEBADESK_*` variables given instead of read from the
    /// process: tests use it, since changing the process environment races other threads.
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
        env::apply_env_overrides(&mut table, env)?;
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

impl Config {
    /// Whether waiting for the citizen pauses this office's charter clock: the charter
    /// file's `pause_while_waiting` when it has one (an office file can name its own
    /// charter), else `sla.pause_while_waiting`. Default off.
    pub fn pause_while_waiting(&self) -> bool {
        self.charter
            .pause_while_waiting()
            .unwrap_or(self.sla.pause_while_waiting)
    }

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
mod tests;

//! Raw values into the typed [`Config`], one function per section, in the order a
//! reader meets them in the file; each error names its key.

use super::raw::*;
use super::*;

pub(super) fn required(value: Option<String>, key: &str) -> Result<String, ConfigError> {
    match value {
        Some(v) if !v.trim().is_empty() => Ok(v.trim().to_string()),
        _ => Err(invalid(key, "is required")),
    }
}

pub(super) fn email(value: Option<String>, key: &str) -> Result<EmailAddress, ConfigError> {
    let v = required(value, key)?;
    EmailAddress::parse(&v).map_err(|e| invalid(key, e.to_string()))
}

pub(super) fn server(
    raw: &RawServer,
    section: &str,
    base: &Path,
) -> Result<ServerConfig, ConfigError> {
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
    if security == Security::Plain && !crate::net::is_loopback_host(&host) {
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
            crate::net::tls::ca_certificates(&path)
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
        password: Secret::new(raw.password.clone().unwrap_or_default()),
        ca_file,
        auth: ServerAuth::Password,
    })
}

/// A value that goes into a protocol line (an IMAP folder, a login name): a CR or LF in it
/// would end the command early and start another, so no control character is allowed.
pub(super) fn no_control_characters(value: &str, key: &str) -> Result<(), ConfigError> {
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
pub(super) fn check_folders(imap: &ImapConfig, section: &str) -> Result<(), ConfigError> {
    no_control_characters(&imap.mailbox, &format!("{section}.mailbox"))?;
    if let Some(folder) = &imap.processed_folder {
        no_control_characters(folder, &format!("{section}.processed_folder"))?;
    }
    Ok(())
}

/// The office's own address cannot be its officer's: the officer's commands are told apart
/// from citizens' mail by the sender, and mail from the office's own address is ignored as
/// our own, so no command could ever work.
pub(super) fn check_officer_is_not_the_office(
    office: &OfficeConfig,
    key: &str,
) -> Result<(), ConfigError> {
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

pub(super) fn resolve(base: &Path, p: &str) -> PathBuf {
    let path = Path::new(p);
    if path.is_absolute() {
        path.to_path_buf()
    } else {
        base.join(path)
    }
}

pub(super) fn positive(value: Option<i64>, default: i64, key: &str) -> Result<u64, ConfigError> {
    match value.unwrap_or(default) {
        v if v > 0 => Ok(v as u64),
        v => Err(invalid(key, format!("must be greater than 0, got {v}"))),
    }
}

/// `[retention]`: whole days, at least 1 and at most a century (beyond that nothing is ever
/// purged anyway, and the date arithmetic stays in range).
fn retention_section(
    raw: &super::raw::RawRetention,
) -> Result<super::RetentionConfig, ConfigError> {
    let days = |value: Option<i64>, default: i64, key: &str| -> Result<u32, ConfigError> {
        match positive(value, default, key)? {
            d if d <= 36_500 => Ok(d as u32),
            d => Err(invalid(key, format!("at most 36500 days, got {d}"))),
        }
    };
    Ok(super::RetentionConfig {
        mail_days: days(raw.mail_days, 365, "retention.mail_days")?,
        quarantine_days: days(raw.quarantine_days, 90, "retention.quarantine_days")?,
    })
}

pub(super) fn clock_time(
    value: Option<String>,
    default: &str,
    key: &str,
) -> Result<Time, ConfigError> {
    let v = value.unwrap_or_else(|| default.to_string());
    v.trim()
        .parse::<Time>()
        .map_err(|_| invalid(key, format!("expected HH:MM, got {v:?}")))
}

pub(super) fn weekday(name: &str, key: &str) -> Result<Weekday, ConfigError> {
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
pub(super) fn office_code(value: Option<String>) -> Result<String, ConfigError> {
    let code = required(value, "code")?.to_ascii_uppercase();
    if !(2..=8).contains(&code.len()) || !code.chars().all(|c| c.is_ascii_alphanumeric()) {
        return Err(invalid("code", "must be 2-8 letters or digits, e.g. MEL"));
    }
    Ok(code)
}

pub(super) fn validate(
    raw: RawConfig,
    path: &Path,
    base: &Path,
    env: &BTreeMap<String, String>,
) -> Result<Config, ConfigError> {
    let templates = templates_section(raw.templates.dir.as_deref(), base)?;
    let office = office_section(&raw.office, templates)?;
    no_misplaced_keys(&raw)?;
    let mut imap = imap_section(&raw.imap, base)?;
    let mut smtp = smtp_section(&raw.smtp, base)?;
    let oauth2 = super::oauth2::section(&raw.oauth2, base)?;
    super::oauth2::apply_auth(&raw.imap, "imap", &mut imap.server, oauth2.as_ref())?;
    super::oauth2::apply_auth(&raw.smtp, "smtp", &mut smtp.server, oauth2.as_ref())?;
    let database = database_section(raw.database)?;
    let sla = sla_section(raw.sla, base)?;
    let charter_path = resolve(
        base,
        raw.office
            .charter
            .as_deref()
            .unwrap_or("charter/services.toml"),
    );
    let charter = Charter::load(&charter_path)?;

    let hygiene = hygiene_section(&raw.hygiene)?;
    let reminders = reminders_section(raw.reminders)?;
    let reopen_window_days =
        positive(raw.tickets.reopen_window, 14, "tickets.reopen_window")? as u32;

    let (keywords, seed_examples) = classifier_section(&raw.classifier, base, &charter)?;
    let spam_examples = spam_examples(&raw.classifier, base)?;
    let deployment = deployment_section(raw.deployment, base)?;
    let web = web_section(raw.web, base)?;
    let retention = retention_section(&raw.retention)?;
    let attachments = attachments_section(&raw.attachments, &imap)?;
    let extra_offices = match &deployment.offices_dir {
        Some(dir) => offices::load_dir(dir, &office, &imap, &smtp, env)?,
        None => Vec::new(),
    };

    let config = Config {
        path: path.to_path_buf(),
        office,
        imap,
        smtp,
        database,
        sla,
        charter,
        keywords: Arc::new(keywords),
        seed_examples: Arc::new(seed_examples),
        spam_examples: Arc::new(spam_examples),
        deployment,
        retention,
        extra_offices,
        web,
        oauth2,
        attachments,
        hygiene,
        reminders,
        reopen_window_days,
        health_alert_after: Duration::from_secs(positive(
            raw.health.alert_after,
            900,
            "health.alert_after",
        )?),
        metrics_listen: metrics_listen(raw.metrics.listen.as_deref())?,
    };
    check_template_offices(&config)?;
    Ok(config)
}

/// `[attachments]`: limits on what one message stores and what a notice carries. Default
/// per-message total: `imap.max_message_size` (a message's attachments never exceed it).
fn attachments_section(
    raw: &RawAttachments,
    imap: &ImapConfig,
) -> Result<crate::config::AttachmentsConfig, ConfigError> {
    let max_message = i64::try_from(imap.max_message_size).unwrap_or(i64::MAX);
    Ok(crate::config::AttachmentsConfig {
        max_per_message: positive(raw.max_per_message, 50, "attachments.max_per_message")? as usize,
        max_bytes_per_message: positive(
            raw.max_bytes_per_message,
            max_message,
            "attachments.max_bytes_per_message",
        )?,
        forward_max_bytes: match raw.forward_max_bytes {
            // 0: list the attachments, never attach them.
            Some(0) => 0,
            v => positive(v, 7_000_000, "attachments.forward_max_bytes")?,
        },
    })
}

/// `[metrics] listen`: `HOST:PORT` with an IP address (e.g. `127.0.0.1:9464`); empty is off.
fn metrics_listen(v: Option<&str>) -> Result<Option<std::net::SocketAddr>, ConfigError> {
    match v.map(str::trim) {
        None | Some("") => Ok(None),
        Some(s) => s.parse().map(Some).map_err(|_| {
            invalid(
                "metrics.listen",
                format!("{s:?} is not an IP address and port, e.g. 127.0.0.1:9464"),
            )
        }),
    }
}

/// `[templates] dir`: the mail templates (default `templates` next to the config file). A
/// folder named explicitly must exist; without the key and without the default folder, the
/// templates built into the binary (the shipped ones) are used.
fn templates_section(
    dir: Option<&str>,
    base: &Path,
) -> Result<Arc<crate::templates::Templates>, ConfigError> {
    use crate::templates::Templates;
    let (path, explicit) = match dir.map(str::trim).filter(|d| !d.is_empty()) {
        Some(d) => (resolve(base, d), true),
        None => (base.join("templates"), false),
    };
    if !explicit && !path.is_dir() {
        return Ok(Templates::shipped());
    }
    if !path.is_dir() {
        return Err(invalid(
            "templates.dir",
            format!("{} is not a folder", path.display()),
        ));
    }
    Ok(Arc::new(Templates::load(&path)?))
}

/// An office override folder (`<templates dir>/CODE/`) names a configured office: a folder
/// for an office that does not exist is a typo whose overrides would never apply.
pub(super) fn check_template_offices(config: &Config) -> Result<(), ConfigError> {
    let templates = &config.office.templates;
    for code in templates.override_offices() {
        let known = config.office.code == *code
            || config.extra_offices.iter().any(|o| o.office.code == *code);
        if !known {
            return Err(invalid(
                "templates.dir",
                format!(
                    "{}/{code}: no office {code} is configured (an override folder is named by an office code)",
                    templates
                        .dir()
                        .map(|d| d.display().to_string())
                        .unwrap_or_default()
                ),
            ));
        }
    }
    Ok(())
}

/// The Bangla name and title: as written, else the usual title when an English name is set
/// (so that the Bangla half is not signed in English), else none.
pub(super) fn officer_name_bn(en: Option<&str>, bn: Option<&str>) -> String {
    match (bn.map(str::trim), en.map(str::trim)) {
        (Some(bn), _) => bn.to_string(),
        (None, Some(en)) if !en.is_empty() => DEFAULT_OFFICER_NAME_BN.to_string(),
        _ => String::new(),
    }
}

/// `office.officer_name_bn` when only `officer_name` is written.
pub const DEFAULT_OFFICER_NAME_BN: &str = "উপজেলা আইসিটি অফিসার";

/// `[office]`: who the office is.
fn office_section(
    o: &RawOffice,
    templates: Arc<crate::templates::Templates>,
) -> Result<OfficeConfig, ConfigError> {
    let code = office_code(o.code.clone()).map_err(|e| match e {
        ConfigError::Invalid { message, .. } => invalid("office.code", message),
        other => other,
    })?;
    let timezone_name = o.timezone.clone().unwrap_or_else(|| "Asia/Dhaka".into());
    let timezone = jiff::tz::db().get(&timezone_name).map_err(|_| {
        invalid(
            "office.timezone",
            format!("unknown time zone {timezone_name:?}"),
        )
    })?;
    let office = OfficeConfig {
        code,
        name_bn: required(o.name_bn.clone(), "office.name_bn")?,
        name_en: required(o.name_en.clone(), "office.name_en")?,
        address: email(o.address.clone(), "office.address")?,
        officer_name: o.officer_name.clone().unwrap_or_default(),
        officer_name_bn: officer_name_bn(o.officer_name.as_deref(), o.officer_name_bn.as_deref()),
        officer_email: email(o.officer_email.clone(), "office.officer_email")?,
        officer_phone: o.officer_phone.clone().unwrap_or_default(),
        timezone,
        timezone_name,
        primary: true,
        templates,
    };
    check_officer_is_not_the_office(&office, "office.officer_email")?;
    Ok(office)
}

/// The IMAP-only keys written in `[smtp]` and the SMTP-only keys written in `[imap]`.
fn no_misplaced_keys(raw: &RawConfig) -> Result<(), ConfigError> {
    for (k, present) in [
        ("imap.timeout", raw.imap.timeout.is_some()),
        ("imap.concurrency", raw.imap.concurrency.is_some()),
        ("smtp.mailbox", raw.smtp.mailbox.is_some()),
        ("smtp.processed_folder", raw.smtp.processed_folder.is_some()),
        ("smtp.poll_interval", raw.smtp.poll_interval.is_some()),
        ("smtp.idle", raw.smtp.idle.is_some()),
        ("smtp.max_message_size", raw.smtp.max_message_size.is_some()),
        ("smtp.max_batch_bytes", raw.smtp.max_batch_bytes.is_some()),
    ] {
        if present {
            return Err(invalid(k, "unknown key"));
        }
    }
    Ok(())
}

/// `[imap]`: the mailbox watched.
fn imap_section(raw: &RawServer, base: &Path) -> Result<ImapConfig, ConfigError> {
    let imap = ImapConfig {
        server: server(raw, "imap", base)?,
        mailbox: raw
            .mailbox
            .clone()
            .filter(|m| !m.trim().is_empty())
            .unwrap_or_else(|| "INBOX".into()),
        processed_folder: raw
            .processed_folder
            .clone()
            .filter(|f| !f.trim().is_empty()),
        poll_interval: Duration::from_secs(positive(raw.poll_interval, 60, "imap.poll_interval")?),
        idle: raw.idle.unwrap_or(true),
        max_message_size: positive(
            raw.max_message_size,
            25 * 1024 * 1024,
            "imap.max_message_size",
        )?,
        max_batch_bytes: positive(
            raw.max_batch_bytes,
            16 * 1024 * 1024,
            "imap.max_batch_bytes",
        )?,
    };
    check_folders(&imap, "imap")?;
    Ok(imap)
}

/// `[smtp]`: the sending server.
fn smtp_section(raw: &RawServer, base: &Path) -> Result<SmtpConfig, ConfigError> {
    let smtp = SmtpConfig {
        server: server(raw, "smtp", base)?,
        timeout: Duration::from_secs(positive(raw.timeout, 30, "smtp.timeout")?),
        concurrency: positive(raw.concurrency, 4, "smtp.concurrency")?.min(32) as u32,
    };
    Ok(smtp)
}

/// `[database]`.
fn database_section(raw: RawDatabase) -> Result<DatabaseConfig, ConfigError> {
    let url = raw
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
        max_connections: positive(raw.max_connections, 5, "database.max_connections")? as u32,
    };
    Ok(database)
}

/// `[sla]`: the working week, closing time and holidays.
fn sla_section(raw: RawSla, base: &Path) -> Result<SlaConfig, ConfigError> {
    let sla = SlaConfig {
        office_open: clock_time(raw.office_open, "09:00", "sla.office_open")?,
        office_close: clock_time(raw.office_close, "17:00", "sla.office_close")?,
        weekend: raw
            .weekend
            .unwrap_or_else(|| vec!["fri".into(), "sat".into()])
            .iter()
            .map(|d| weekday(d, "sla.weekend"))
            .collect::<Result<_, _>>()?,
        holidays: crate::sla::holidays::load_dir(&resolve(
            base,
            raw.holidays.as_deref().unwrap_or("holidays"),
        ))
        .map_err(|e| invalid("sla.holidays", e.to_string()))?,
        pause_while_waiting: raw.pause_while_waiting.unwrap_or(false),
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
    Ok(sla)
}

/// `[hygiene]`: the limits on what the desk mails, and whose authentication results count.
fn hygiene_section(raw: &RawHygiene) -> Result<HygieneConfig, ConfigError> {
    let hygiene = HygieneConfig {
        ack_limit_per_day: positive(raw.ack_limit_per_day, 40, "hygiene.ack_limit_per_day")? as u32,
        ack_limit_per_window: positive(
            raw.ack_limit_per_window,
            10,
            "hygiene.ack_limit_per_window",
        )? as u32,
        ack_window: Duration::from_secs(positive(raw.ack_window, 3 * 3600, "hygiene.ack_window")?),
        ack_limit_per_hour: positive(raw.ack_limit_per_hour, 200, "hygiene.ack_limit_per_hour")?
            as u32,
        notice_limit_per_sender: positive(
            raw.notice_limit_per_sender,
            3,
            "hygiene.notice_limit_per_sender",
        )? as u32,
        notice_limit_per_hour: positive(
            raw.notice_limit_per_hour,
            60,
            "hygiene.notice_limit_per_hour",
        )? as u32,
        trusted_authserv_ids: raw
            .trusted_authserv_ids
            .clone()
            .unwrap_or_default()
            .into_iter()
            .map(|id| id.trim().to_ascii_lowercase())
            .filter(|id| !id.is_empty())
            .collect(),
    };
    Ok(hygiene)
}

/// `[reminders]`.
fn reminders_section(raw: RawReminders) -> Result<RemindersConfig, ConfigError> {
    let reminders = RemindersConfig {
        digest_time: clock_time(raw.digest_time, "09:00", "reminders.digest_time")?,
        notify_new: raw.notify_new.unwrap_or(true),
        escalate_after: match raw.escalate_after.unwrap_or(2) {
            v if v >= 0 => v as u32,
            v => {
                return Err(invalid(
                    "reminders.escalate_after",
                    format!("must be 0 or more, got {v}"),
                ));
            }
        },
        supervisor_email: match raw.supervisor_email.filter(|s| !s.trim().is_empty()) {
            Some(s) => Some(email(Some(s), "reminders.supervisor_email")?),
            None => None,
        },
        interval: Duration::from_secs(positive(raw.interval, 60, "reminders.interval")?),
        report_recipients: raw
            .report_recipients
            .clone()
            .unwrap_or_default()
            .into_iter()
            .map(|a| a.trim().to_string())
            .filter(|a| !a.is_empty())
            .map(|a| {
                EmailAddress::parse(&a)
                    .map_err(|e| invalid("reminders.report_recipients", e.to_string()))
            })
            .collect::<Result<Vec<_>, _>>()?,
    };
    Ok(reminders)
}

/// `[classifier]`: the keyword file and the seed examples, checked against the charter.
fn classifier_section(
    raw: &RawClassifier,
    base: &Path,
    charter: &Charter,
) -> Result<(KeywordConfig, Vec<crate::classify::Example>), ConfigError> {
    let keywords_path = resolve(
        base,
        raw.keywords
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
        raw.examples
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
    Ok((keywords, seed_examples))
}

/// `classifier.spam_examples`: the learnt spam model's seed examples. Unset, the shipped
/// `classifier/spam-examples.toml` beside the config if it is there (a config directory
/// from before the model has none: the rules alone decide, as they did); set, the file
/// must be readable; set to "", no model.
fn spam_examples(
    raw: &RawClassifier,
    base: &Path,
) -> Result<Vec<crate::classify::SpamExample>, ConfigError> {
    let (path, required) = match raw.spam_examples.as_deref().map(str::trim) {
        Some("") => return Ok(Vec::new()),
        Some(p) => (resolve(base, p), true),
        None => (resolve(base, "classifier/spam-examples.toml"), false),
    };
    if !required && !path.exists() {
        return Ok(Vec::new());
    }
    let text = crate::small_file::read_to_string(&path).map_err(|e| {
        invalid(
            "classifier.spam_examples",
            format!("cannot read {}: {e}", path.display()),
        )
    })?;
    crate::classify::parse_spam_examples(&text).map_err(|e| {
        invalid(
            "classifier.spam_examples",
            format!("{}: {}", path.display(), one_line(&e.to_string())),
        )
    })
}

/// `[deployment]`: the other offices' folder and the replicas' timing.
fn deployment_section(d: RawDeployment, base: &Path) -> Result<DeploymentConfig, ConfigError> {
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
    Ok(deployment)
}

/// `[web]`: the web desk. Off without `listen` (an empty value counts as unset).
fn web_section(w: RawWeb, base: &Path) -> Result<WebConfig, ConfigError> {
    let listen = match w.listen.as_deref().map(str::trim).filter(|l| !l.is_empty()) {
        None => None,
        Some(l) => Some(l.parse::<std::net::SocketAddr>().map_err(|_| {
            invalid(
                "web.listen",
                format!("{l:?} is not an address and port such as 127.0.0.1:8080"),
            )
        })?),
    };
    let base_url = match w
        .base_url
        .as_deref()
        .map(str::trim)
        .filter(|u| !u.is_empty())
    {
        Some(u) => {
            let rest = u
                .strip_prefix("https://")
                .or_else(|| u.strip_prefix("http://"))
                .ok_or_else(|| invalid("web.base_url", "must start with https:// or http://"))?;
            if rest.is_empty()
                || rest
                    .chars()
                    .any(|c| c.is_whitespace() || c.is_control() || "<>\"'\\".contains(c))
            {
                return Err(invalid("web.base_url", format!("{u:?} is not a URL")));
            }
            u.trim_end_matches('/').to_string()
        }
        None => listen.map(|l| format!("http://{l}")).unwrap_or_default(),
    };
    let admins = w
        .admins
        .unwrap_or_default()
        .into_iter()
        .map(|a| a.trim().to_string())
        .filter(|a| !a.is_empty())
        .map(|a| EmailAddress::parse(&a).map_err(|e| invalid("web.admins", e.to_string())))
        .collect::<Result<Vec<_>, _>>()?;
    let set = |v: &Option<String>| {
        v.as_deref()
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .map(|p| resolve(base, p))
    };
    let tls = match (set(&w.tls_cert), set(&w.tls_key)) {
        (None, None) => None,
        (Some(_), None) => {
            return Err(invalid(
                "web.tls_key",
                "web.tls_cert is set: give its private key too (or neither, for plain HTTP)",
            ));
        }
        (None, Some(_)) => {
            return Err(invalid(
                "web.tls_cert",
                "web.tls_key is set: give the certificate too (or neither, for plain HTTP)",
            ));
        }
        (Some(cert), Some(key)) => {
            // Read and paired now: a bad file is a config error (exit 2), not a desk that
            // fails on its first connection.
            use crate::config::server_tls::{TlsError, server_config};
            match server_config(&cert, &key) {
                Ok(_) => {}
                Err(TlsError::File { key, path, message }) => {
                    return Err(invalid(key, format!("{}: {message}", path.display())));
                }
                Err(TlsError::Pair(message)) => {
                    return Err(invalid(
                        "web.tls_key",
                        format!("not the private key of web.tls_cert ({message})"),
                    ));
                }
            }
            Some(crate::config::WebTls { cert, key })
        }
    };
    // Served over TLS, the address users reach defaults to https.
    let base_url = match (&tls, listen) {
        (Some(_), Some(l))
            if w.base_url
                .as_deref()
                .map(str::trim)
                .unwrap_or("")
                .is_empty() =>
        {
            format!("https://{l}")
        }
        _ => base_url,
    };
    Ok(WebConfig {
        listen,
        base_url,
        admins,
        tls,
    })
}

//! The sections that are not about who the office is or its mail servers: database, SLA,
//! hygiene, reminders, classifier, deployment, web, attachments, metrics, templates and
//! retention; one function each.

use super::super::raw::*;
use super::super::*;
use super::*;

/// `[retention]`: whole days, at least 1 and at most a century (beyond that nothing is ever
/// purged anyway, and the date arithmetic stays in range).
pub(in crate::config) fn retention_section(
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

/// `[attachments]`: limits on what one message stores and what a notice carries. Default
/// per-message total: `imap.max_message_size` (a message's attachments never exceed it).
pub(in crate::config) fn attachments_section(
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
pub(in crate::config) fn metrics_listen(
    v: Option<&str>,
) -> Result<Option<std::net::SocketAddr>, ConfigError> {
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
pub(in crate::config) fn templates_section(
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

/// `[database]`.
pub(in crate::config) fn database_section(raw: RawDatabase) -> Result<DatabaseConfig, ConfigError> {
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
        sqlite_cache_kib: positive(
            raw.sqlite_cache_kib,
            i64::from(crate::store::SQLITE_CACHE_KIB),
            "database.sqlite_cache_kib",
        )?
        .min(u64::from(u32::MAX)) as u32,
    };
    Ok(database)
}

/// `[sla]`: the working week, closing time and holidays.
pub(in crate::config) fn sla_section(raw: RawSla, base: &Path) -> Result<SlaConfig, ConfigError> {
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
pub(in crate::config) fn hygiene_section(raw: &RawHygiene) -> Result<HygieneConfig, ConfigError> {
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
pub(in crate::config) fn reminders_section(
    raw: RawReminders,
) -> Result<RemindersConfig, ConfigError> {
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
pub(in crate::config) fn classifier_section(
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
pub(in crate::config) fn spam_examples(
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
pub(in crate::config) fn deployment_section(
    d: RawDeployment,
    base: &Path,
) -> Result<DeploymentConfig, ConfigError> {
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
pub(in crate::config) fn web_section(w: RawWeb, base: &Path) -> Result<WebConfig, ConfigError> {
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
        .iter()
        .flatten()
        .map(|a| a.trim().to_string())
        .filter(|a| !a.is_empty())
        .map(|a| EmailAddress::parse(&a).map_err(|e| invalid("web.admins", e.to_string())))
        .collect::<Result<Vec<_>, _>>()?;
    let tls = web_tls(&w, base)?;
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

/// `web.tls_cert` and `web.tls_key`: both or neither; read and paired now, so a bad file is a
/// config error (exit 2), not a desk that fails on its first connection.
fn web_tls(w: &RawWeb, base: &Path) -> Result<Option<crate::config::WebTls>, ConfigError> {
    let set = |v: &Option<String>| {
        v.as_deref()
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .map(|p| resolve(base, p))
    };
    Ok(match (set(&w.tls_cert), set(&w.tls_key)) {
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
    })
}

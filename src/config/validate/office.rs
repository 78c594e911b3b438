//! Who the office is and its mail servers: `[office]`, `[imap]`, `[smtp]`, and the checks
//! shared with office files (folders, the officer not being the office).

use super::super::raw::*;
use super::super::*;
use super::*;

pub(in crate::config) fn server(
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
pub(in crate::config) fn no_control_characters(value: &str, key: &str) -> Result<(), ConfigError> {
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
pub(in crate::config) fn check_folders(
    imap: &ImapConfig,
    section: &str,
) -> Result<(), ConfigError> {
    no_control_characters(&imap.mailbox, &format!("{section}.mailbox"))?;
    if let Some(folder) = &imap.processed_folder {
        no_control_characters(folder, &format!("{section}.processed_folder"))?;
    }
    Ok(())
}

/// The office's own address cannot be its officer's: the officer's commands are told apart
/// from citizens' mail by the sender, and mail from the office's own address is ignored as
/// our own, so no command could ever work.
pub(in crate::config) fn check_officer_is_not_the_office(
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

/// The Bangla name and title: as written, else the usual title when an English name is set
/// (so that the Bangla half is not signed in English), else none.
pub(in crate::config) fn officer_name_bn(en: Option<&str>, bn: Option<&str>) -> String {
    match (bn.map(str::trim), en.map(str::trim)) {
        (Some(bn), _) => bn.to_string(),
        (None, Some(en)) if !en.is_empty() => DEFAULT_OFFICER_NAME_BN.to_string(),
        _ => String::new(),
    }
}

/// `[office]`: who the office is.
pub(in crate::config) fn office_section(
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
pub(in crate::config) fn no_misplaced_keys(raw: &RawConfig) -> Result<(), ConfigError> {
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
pub(in crate::config) fn imap_section(
    raw: &RawServer,
    base: &Path,
) -> Result<ImapConfig, ConfigError> {
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
pub(in crate::config) fn smtp_section(
    raw: &RawServer,
    base: &Path,
) -> Result<SmtpConfig, ConfigError> {
    let smtp = SmtpConfig {
        server: server(raw, "smtp", base)?,
        timeout: Duration::from_secs(positive(raw.timeout, 30, "smtp.timeout")?),
        concurrency: positive(raw.concurrency, 4, "smtp.concurrency")?.min(32) as u32,
    };
    Ok(smtp)
}

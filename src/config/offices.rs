//! More offices in one deployment: `[deployment] offices_dir` names a folder of office files,
//! one `*.toml` per office, each adding an office to the one in the main file.
//!
//! An office file holds what differs between offices — code, names, mailbox, officer and
//! supervisor, SMTP identity, optionally its own charter and holidays — and takes everything
//! else (servers, database, SLA hours, classifier, hygiene, reminder times) from the main
//! file. Secrets are never written in it: a password comes from `password_file`, from the
//! environment variable named by `password_env`, or by default from
//! `SEBADESK_SECRET_<CODE>_IMAP_PASSWORD` / `SEBADESK_SECRET_<CODE>_SMTP_PASSWORD`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::{
    ConfigError, ImapConfig, OfficeConfig, Secret, ServerConfig, SmtpConfig,
    check_officer_is_not_the_office, email, invalid, office_code, required, resolve,
};
use crate::config::charter::{Charter, one_line};
use crate::domain::EmailAddress;

/// One office added by an office file, validated. [`super::Config::offices`] turns it into a
/// whole per-office configuration.
#[derive(Debug, Clone)]
pub struct OfficeSite {
    /// The office file it came from (for messages).
    pub source: PathBuf,
    /// The office: its code, names, mailbox address and officer.
    pub office: OfficeConfig,
    /// The office's own mailbox and IMAP login.
    pub imap: ImapConfig,
    /// The office's own SMTP identity.
    pub smtp: SmtpConfig,
    /// The office's own charter, when it has one; else the main file's.
    pub charter: Option<Charter>,
    /// The office's own holiday folder, when it has one (it replaces the main one).
    pub holidays: Option<Vec<crate::sla::holidays::Holiday>>,
    /// The office's own supervisor, when it has one; else the main file's.
    pub supervisor_email: Option<EmailAddress>,
    /// The office's own OAuth2 sign-in, when its file has an `[oauth2]` section.
    pub oauth2: Option<crate::oauth::Account>,
}

#[derive(serde::Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
struct RawOfficeFile {
    code: Option<String>,
    name_bn: Option<String>,
    name_en: Option<String>,
    address: Option<String>,
    officer_name: Option<String>,
    officer_name_bn: Option<String>,
    officer_email: Option<String>,
    officer_phone: Option<String>,
    supervisor_email: Option<String>,
    charter: Option<String>,
    holidays: Option<String>,
    imap: RawSiteServer,
    smtp: Option<RawSiteServer>,
    /// The office's own OAuth2 sign-in (`imap.auth`/`smtp.auth = "oauth2"`): its client and
    /// its refresh token file; secrets come from the environment, never from the file.
    oauth2: Option<super::raw::RawOAuth2>,
}

/// A server's settings in an office file: any key left out is the main file's.
#[derive(serde::Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
struct RawSiteServer {
    host: Option<String>,
    port: Option<i64>,
    security: Option<String>,
    username: Option<String>,
    /// Refused with a clear message: secrets do not belong in a shared file.
    password: Option<String>,
    password_env: Option<String>,
    password_file: Option<String>,
    ca_file: Option<String>,
    mailbox: Option<String>,
    processed_folder: Option<String>,
    /// "password" (default) or "oauth2" (the office file's `[oauth2]`).
    auth: Option<String>,
}

/// Reads every `*.toml` in `dir` (sorted by name). `main` is the main file's validated
/// office, IMAP and SMTP settings, the defaults of every office file.
pub(super) fn load_dir(
    dir: &Path,
    main_office: &OfficeConfig,
    main_imap: &ImapConfig,
    main_smtp: &SmtpConfig,
    env: &BTreeMap<String, String>,
) -> Result<Vec<OfficeSite>, ConfigError> {
    let key = "deployment.offices_dir";
    let entries = std::fs::read_dir(dir)
        .map_err(|e| invalid(key, format!("cannot read {}: {e}", dir.display())))?;
    let mut files: Vec<PathBuf> = Vec::new();
    for entry in entries {
        let path = entry
            .map_err(|e| invalid(key, format!("{}: {e}", dir.display())))?
            .path();
        if path.extension().is_some_and(|x| x == "toml") && path.is_file() {
            files.push(path);
        }
    }
    files.sort();
    let mut sites: Vec<OfficeSite> = Vec::with_capacity(files.len());
    let mut codes: BTreeMap<String, PathBuf> = BTreeMap::new();
    codes.insert(main_office.code.clone(), PathBuf::from("[office]"));
    let mut mailboxes: BTreeMap<String, String> = BTreeMap::new();
    mailboxes.insert(mailbox_identity(main_imap), main_office.code.clone());
    // One address, one office: mail to it could not tell which office's request it is, and
    // each office would take the other's acknowledgements for its own mail.
    let mut addresses: BTreeMap<String, String> = BTreeMap::new();
    addresses.insert(
        main_office.address.as_str().to_ascii_lowercase(),
        main_office.code.clone(),
    );
    for path in files {
        let site = load_file(&path, main_office, main_imap, main_smtp, env)?;
        if let Some(first) = codes.insert(site.office.code.clone(), path.clone()) {
            return Err(at(
                &path,
                "code",
                format!(
                    "office {} is also defined in {}",
                    site.office.code,
                    first.display()
                ),
            ));
        }
        if let Some(other) =
            mailboxes.insert(mailbox_identity(&site.imap), site.office.code.clone())
        {
            return Err(at(
                &path,
                "imap.username",
                format!(
                    "the mailbox {} is also office {other}'s",
                    mailbox_name(&site.imap)
                ),
            ));
        }
        if let Some(other) = addresses.insert(
            site.office.address.as_str().to_ascii_lowercase(),
            site.office.code.clone(),
        ) {
            return Err(at(
                &path,
                "address",
                format!("{} is also office {other}'s address", site.office.address),
            ));
        }
        sites.push(site);
    }
    Ok(sites)
}

/// The stable name of a mailbox: `user@host/FOLDER` (the intake journal's key).
pub fn mailbox_name(imap: &ImapConfig) -> String {
    format!(
        "{}@{}/{}",
        imap.server.username, imap.server.host, imap.mailbox
    )
}

/// Which mailbox on the server an office watches, whatever the spelling: user names and host
/// names compare without case (Dovecot and most servers fold the login), and so does INBOX
/// (RFC 3501); other folder names keep theirs. Two offices with the same identity would be
/// two desks, two leases and two IMAP sessions on one mailbox, so the config refuses them.
fn mailbox_identity(imap: &ImapConfig) -> String {
    let folder = if imap.mailbox.eq_ignore_ascii_case("INBOX") {
        "INBOX"
    } else {
        imap.mailbox.as_str()
    };
    format!(
        "{}@{}/{folder}",
        imap.server.username.to_lowercase(),
        imap.server.host.to_lowercase()
    )
}

fn at(path: &Path, key: &str, message: impl Into<String>) -> ConfigError {
    invalid(&format!("{} {key}", path.display()), message)
}

fn load_file(
    path: &Path,
    main_office: &OfficeConfig,
    main_imap: &ImapConfig,
    main_smtp: &SmtpConfig,
    env: &BTreeMap<String, String>,
) -> Result<OfficeSite, ConfigError> {
    let shown = path.display().to_string();
    let text = crate::small_file::read_to_string(path).map_err(|source| ConfigError::Read {
        path: shown.clone(),
        source,
    })?;
    let raw: RawOfficeFile = toml::from_str(&text).map_err(|e| ConfigError::Syntax {
        path: shown.clone(),
        message: one_line(&e.to_string()),
    })?;
    let base = path.parent().unwrap_or(Path::new("."));
    let wrap = |e: ConfigError| match e {
        ConfigError::Invalid { key, message } => at(path, &key, message),
        other => other,
    };
    let code = office_code(raw.code.clone()).map_err(wrap)?;
    let office = site_office(&raw, main_office, &code).map_err(wrap)?;
    if raw
        .imap
        .username
        .as_deref()
        .is_none_or(|u| u.trim().is_empty())
    {
        return Err(at(
            path,
            "imap.username",
            "is required (each office has its own mailbox)",
        ));
    }
    let oauth2 = site_oauth2(raw.oauth2.as_ref(), &code, base, env).map_err(wrap)?;
    let imap = site_imap(&raw.imap, main_imap, &code, base, env, oauth2.as_ref()).map_err(wrap)?;
    let smtp = match &raw.smtp {
        // The main file's SMTP identity sends for this office too.
        None => main_smtp.clone(),
        Some(s) => site_smtp(s, main_smtp, &code, base, env, oauth2.as_ref()).map_err(wrap)?,
    };
    let charter = match raw.charter.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(p) => Some(Charter::load(&resolve(base, p))?),
    };
    let holidays = match raw.holidays.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(p) => Some(
            crate::sla::holidays::load_dir(&resolve(base, p))
                .map_err(|e| at(path, "holidays", e.to_string()))?,
        ),
    };
    let supervisor_email = match raw.supervisor_email.filter(|s| !s.trim().is_empty()) {
        Some(s) => Some(email(Some(s), "supervisor_email").map_err(wrap)?),
        None => None,
    };
    Ok(OfficeSite {
        source: path.to_path_buf(),
        office,
        imap,
        smtp,
        charter,
        holidays,
        supervisor_email,
        oauth2,
    })
}

/// Who the office is: its names and officer from the file; time zone and templates are the
/// main file's.
fn site_office(
    raw: &RawOfficeFile,
    main_office: &OfficeConfig,
    code: &str,
) -> Result<OfficeConfig, ConfigError> {
    let office = OfficeConfig {
        name_bn: required(raw.name_bn.clone(), "name_bn")?,
        name_en: required(raw.name_en.clone(), "name_en")?,
        address: email(raw.address.clone(), "address")?,
        officer_name_bn: super::validate::officer_name_bn(
            raw.officer_name.as_deref(),
            raw.officer_name_bn.as_deref(),
        ),
        officer_name: raw.officer_name.clone().unwrap_or_default(),
        officer_email: email(raw.officer_email.clone(), "officer_email")?,
        officer_phone: raw.officer_phone.clone().unwrap_or_default(),
        timezone: main_office.timezone.clone(),
        timezone_name: main_office.timezone_name.clone(),
        code: code.to_string(),
        primary: false,
        templates: main_office.templates.clone(),
    };
    check_officer_is_not_the_office(&office, "officer_email")?;
    Ok(office)
}

/// The office's mailbox: its own server keys and login over the main file's, its folders
/// (the main file's unless given; an empty `processed_folder` turns moving off).
fn site_imap(
    raw: &RawSiteServer,
    main_imap: &ImapConfig,
    code: &str,
    base: &Path,
    env: &BTreeMap<String, String>,
    oauth2: Option<&crate::oauth::Account>,
) -> Result<ImapConfig, ConfigError> {
    let mut server = site_server(raw, &main_imap.server, "imap", code, base, env)?;
    site_auth(raw, "imap", &mut server, oauth2)?;
    let imap = ImapConfig {
        server,
        mailbox: raw
            .mailbox
            .clone()
            .filter(|m| !m.trim().is_empty())
            .unwrap_or_else(|| main_imap.mailbox.clone()),
        processed_folder: match raw.processed_folder.as_deref().map(str::trim) {
            None => main_imap.processed_folder.clone(),
            Some("") => None,
            Some(f) => Some(f.to_string()),
        },
        ..main_imap.clone()
    };
    super::check_folders(&imap, "imap")?;
    Ok(imap)
}

/// The office's own sending server (`[smtp]` in its file), over the main file's; the
/// mailbox keys belong to `[imap]` only.
fn site_smtp(
    raw: &RawSiteServer,
    main_smtp: &SmtpConfig,
    code: &str,
    base: &Path,
    env: &BTreeMap<String, String>,
    oauth2: Option<&crate::oauth::Account>,
) -> Result<SmtpConfig, ConfigError> {
    for (k, present) in [
        ("smtp.mailbox", raw.mailbox.is_some()),
        ("smtp.processed_folder", raw.processed_folder.is_some()),
    ] {
        if present {
            return Err(invalid(k, "unknown key"));
        }
    }
    let mut server = site_server(raw, &main_smtp.server, "smtp", code, base, env)?;
    site_auth(raw, "smtp", &mut server, oauth2)?;
    Ok(SmtpConfig {
        server,
        ..main_smtp.clone()
    })
}

/// A server for one office: its own keys over the main file's, and its password from a file
/// or the environment (never from the office file itself).
fn site_server(
    raw: &RawSiteServer,
    main: &ServerConfig,
    section: &str,
    code: &str,
    base: &Path,
    env: &BTreeMap<String, String>,
) -> Result<ServerConfig, ConfigError> {
    let key = |k: &str| format!("{section}.{k}");
    if raw.password.is_some() {
        return Err(invalid(
            &key("password"),
            format!(
                "office files are shared: keep secrets out of them (password_file, password_env, or SEBADESK_SECRET_{code}_{}_PASSWORD)",
                section.to_ascii_uppercase()
            ),
        ));
    }
    let merged = super::RawServer {
        host: raw.host.clone().or_else(|| Some(main.host.clone())),
        port: raw
            .port
            .or(if raw.host.is_none() && raw.security.is_none() {
                Some(main.port as i64)
            } else {
                None
            }),
        security: raw.security.clone().or_else(|| {
            Some(
                match main.security {
                    super::Security::Tls => "tls",
                    super::Security::Starttls => "starttls",
                    super::Security::Plain => "plain",
                }
                .to_string(),
            )
        }),
        username: raw.username.clone(),
        password: None,
        ca_file: match &raw.ca_file {
            Some(p) => Some(p.clone()),
            None => main.ca_file.as_ref().map(|p| p.display().to_string()),
        },
        ..Default::default()
    };
    let mut server = super::server(&merged, section, base)?;
    let username_given = raw
        .username
        .as_deref()
        .is_some_and(|u| !u.trim().is_empty());
    if !username_given {
        // The main file's identity (SMTP only: IMAP requires a username of its own).
        server.username = main.username.clone();
        server.password = main.password.clone();
        server.auth = main.auth.clone();
        return Ok(server);
    }
    if is_oauth2(raw) {
        // The sign-in is the office's `[oauth2]` (see `site_auth`): no password to find.
        return Ok(server);
    }
    server.password = Secret::new(secret(raw, section, code, base, env)?);
    Ok(server)
}

fn is_oauth2(raw: &RawSiteServer) -> bool {
    raw.auth
        .as_deref()
        .is_some_and(|a| a.trim().eq_ignore_ascii_case("oauth2"))
}

/// An office file's `[oauth2]`: like the main file's, but its secrets never in the file (it
/// is shared): the client secret from `SEBADESK_SECRET_<CODE>_OAUTH2_CLIENT_SECRET`, the
/// refresh token from `refresh_token_file` (what `sebadesk oauth login --office CODE`
/// writes).
fn site_oauth2(
    raw: Option<&super::raw::RawOAuth2>,
    code: &str,
    base: &Path,
    env: &BTreeMap<String, String>,
) -> Result<Option<crate::oauth::Account>, ConfigError> {
    let Some(raw) = raw else { return Ok(None) };
    for (value, key) in [
        (&raw.client_secret, "oauth2.client_secret"),
        (&raw.refresh_token, "oauth2.refresh_token"),
    ] {
        if value.as_deref().is_some_and(|v| !v.trim().is_empty()) {
            return Err(invalid(
                key,
                format!(
                    "office files are shared: keep secrets out of them (oauth2.refresh_token_file, SEBADESK_SECRET_{code}_OAUTH2_CLIENT_SECRET)"
                ),
            ));
        }
    }
    let var = format!("SEBADESK_SECRET_{code}_OAUTH2_CLIENT_SECRET");
    let client_secret = env.get(&var).cloned().or_else(|| std::env::var(&var).ok());
    let raw = super::raw::RawOAuth2 {
        client_secret,
        ..raw.clone()
    };
    super::oauth2::section(&raw, base)
}

/// `auth` of an office file's `[imap]`/`[smtp]`: "password" (default) or "oauth2" (needs the
/// file's own `[oauth2]`: an office never signs in with another office's account).
fn site_auth(
    raw: &RawSiteServer,
    section: &str,
    server: &mut ServerConfig,
    account: Option<&crate::oauth::Account>,
) -> Result<(), ConfigError> {
    let merged = super::RawServer {
        auth: raw.auth.clone(),
        ..Default::default()
    };
    if raw.auth.is_none() && matches!(server.auth, super::ServerAuth::OAuth2(_)) {
        // The main file's identity (SMTP without a username of its own) keeps its sign-in.
        return Ok(());
    }
    super::oauth2::apply_auth(&merged, section, server, account)
}

fn secret(
    raw: &RawSiteServer,
    section: &str,
    code: &str,
    base: &Path,
    env: &BTreeMap<String, String>,
) -> Result<String, ConfigError> {
    let key = |k: &str| format!("{section}.{k}");
    if let Some(file) = raw
        .password_file
        .as_deref()
        .filter(|f| !f.trim().is_empty())
    {
        let path = resolve(base, file.trim());
        private_secret_file(&path, &key("password_file"))?;
        let text = crate::small_file::read_to_string(&path).map_err(|e| {
            invalid(
                &key("password_file"),
                format!("cannot read {}: {e}", path.display()),
            )
        })?;
        // One line; a trailing newline (echo > file) is not part of the password.
        return Ok(text.trim_end_matches(['\n', '\r']).to_string());
    }
    let var = raw
        .password_env
        .as_deref()
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .map(str::to_string)
        .unwrap_or_else(|| default_secret_var(code, section));
    let value = env.get(&var).cloned().or_else(|| std::env::var(&var).ok());
    value.ok_or_else(|| {
        invalid(
            &key("password_env"),
            format!("environment variable {var} is not set (the office's {section} password)"),
        )
    })
}

/// A password file that every user of the machine can read is a leaked password: refused
/// (owner-only 600, or 640 for a group such as the service's, is what it should be).
pub(super) fn private_secret_file(path: &Path, key: &str) -> Result<(), ConfigError> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        if let Ok(meta) = std::fs::metadata(path) {
            let mode = meta.permissions().mode() & 0o777;
            if mode & 0o007 != 0 {
                return Err(invalid(
                    key,
                    format!(
                        "{} is open to every user of this machine (mode {mode:o}): chmod 600 it (or 640 for the service's group)",
                        path.display()
                    ),
                ));
            }
        }
    }
    Ok(())
}

/// `SEBADESK_SECRET_ISL_IMAP_PASSWORD`: where an office's password is looked for by default.
pub fn default_secret_var(code: &str, section: &str) -> String {
    format!(
        "SEBADESK_SECRET_{}_{}_PASSWORD",
        code.to_ascii_uppercase(),
        section.to_ascii_uppercase()
    )
}

#[cfg(test)]
#[path = "offices_tests.rs"]
mod tests;

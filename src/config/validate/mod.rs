//! Raw values into the typed [`Config`], one function per section, in the order a
//! reader meets them in the file; each error names its key.

mod office;
mod sections;

use super::raw::*;
use super::*;
pub(super) use office::{
    check_folders, check_officer_is_not_the_office, no_control_characters, officer_name_bn, server,
};
use office::{imap_section, no_misplaced_keys, office_section, smtp_section};
use sections::*;

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

/// `office.officer_name_bn` when only `officer_name` is written.
pub const DEFAULT_OFFICER_NAME_BN: &str = "উপজেলা আইসিটি অফিসার";

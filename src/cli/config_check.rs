//! `sebadesk config check`: the same loading and validation as the daemon, then a summary.

use super::*;

pub(crate) fn check(
    deployment: &Config,
    config: &Config,
    office_filter: Option<&str>,
) -> anyhow::Result<()> {
    let offices_all = deployment.offices();
    let (rendered, failures) =
        sebadesk::outbox::samples::check(offices_all.iter().map(|c| &c.office));
    if let Some(f) = failures.first() {
        return Err(UsageError(format!(
            "mail templates: {} (office {})",
            f.message, f.office
        ))
        .into());
    }
    println!("config {} is valid", config.path.display());
    println!(
        "templates {}: {rendered} sample mails rendered",
        deployment
            .office
            .templates
            .dir()
            .map(|d| d.display().to_string())
            .unwrap_or_else(|| "(built in)".into())
    );
    let offices = deployment.offices();
    if offices.len() > 1 && office_filter.is_none() {
        println!("{} offices:", offices.len());
        for c in &offices {
            println!(
                "  office {} <{}>, officer <{}>, mailbox {}",
                c.office.code,
                c.office.address,
                c.office.officer_email,
                sebadesk::config::mailbox_name(&c.imap)
            );
        }
        println!("the main office:");
    }
    println!(
        "office {} <{}>, officer <{}>",
        config.office.code, config.office.address, config.office.officer_email
    );
    println!(
        "imap {}:{} ({:?}) mailbox {}, smtp {}:{} ({:?})",
        config.imap.server.host,
        config.imap.server.port,
        config.imap.server.security,
        config.imap.mailbox,
        config.smtp.server.host,
        config.smtp.server.port,
        config.smtp.server.security
    );
    if let Some(account) = &config.oauth2 {
        let how = |auth: &sebadesk::config::ServerAuth| match auth {
            sebadesk::config::ServerAuth::Password => "password",
            sebadesk::config::ServerAuth::OAuth2(_) => "oauth2",
        };
        let s = account.settings();
        let token = match s.refresh_token() {
            Ok(_) => "present".to_string(),
            Err(e) => e.to_string(),
        };
        println!(
            "sign-in: imap {} ({}), smtp {}; oauth2 token endpoint {}, refresh token: {}",
            how(&config.imap.server.auth),
            s.mechanism.imap_name(),
            how(&config.smtp.server.auth),
            s.token_url.url,
            token
        );
    }
    for s in config.charter.services() {
        println!(
            "service {} ({} working days): {} / {}",
            s.code, s.sla_working_days, s.name_bn, s.name_en
        );
    }
    Ok(())
}

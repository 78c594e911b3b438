//! `sebadesk templates check` and `templates preview NAME`: the mail templates rendered with
//! sample data (README, "Mail templates").

use super::*;
use sebadesk::outbox::samples;

/// Renders every sample for every office (the shared templates and every office's
/// overrides). A failure prints the file, line and engine message and exits 2.
pub(crate) fn check(deployment: &Config, format: Format) -> anyhow::Result<()> {
    let offices = deployment.offices();
    let (rendered, failures) = samples::check(offices.iter().map(|c| &c.office));
    let templates = &deployment.office.templates;
    let dir = templates
        .dir()
        .map(|d| d.display().to_string())
        .unwrap_or_else(|| "(built in)".into());
    if format == Format::Json {
        println!(
            "{}",
            serde_json::json!({
                "dir": dir,
                "offices": offices.iter().map(|c| c.office.code.clone()).collect::<Vec<_>>(),
                "overrides": templates.override_offices(),
                "rendered": rendered,
                "errors": failures,
            })
        );
    } else {
        for f in &failures {
            println!(
                "office {} {} ({}): {}",
                f.office,
                f.template,
                f.sample,
                shown(&f.message)
            );
        }
        println!(
            "templates {dir}: {rendered} sample mails rendered for {} office(s), {} error(s)",
            offices.len(),
            failures.len()
        );
    }
    match failures.first() {
        None => Ok(()),
        Some(f) => Err(UsageError(format!("templates check failed: {}", f.message)).into()),
    }
}

/// Prints one sample mail (a template's name such as `acknowledgement`, or a sample's name
/// such as `acknowledgement-no-service`) as the office given by `--office` would send it.
pub(crate) fn preview(config: &Config, name: &str, format: Format) -> anyhow::Result<()> {
    let all = samples::all(&config.office);
    let Some(sample) = all
        .iter()
        .find(|s| s.name == name)
        .or_else(|| all.iter().find(|s| s.template == name))
    else {
        let names: Vec<&str> = all.iter().map(|s| s.name).collect();
        return Err(UsageError(format!(
            "no template or sample {name:?} (known: {})",
            names.join(", ")
        ))
        .into());
    };
    let mail = match &sample.mail {
        Ok(mail) => mail,
        Err(e) => return Err(UsageError(format!("templates preview: {}", e.message)).into()),
    };
    let templates = &config.office.templates;
    let file = templates.file(&config.office.code, &format!("{}.txt", sample.template));
    if format == Format::Json {
        println!(
            "{}",
            serde_json::json!({
                "name": sample.name,
                "template": sample.template,
                "office": config.office.code,
                "file": file,
                "subject": mail.subject,
                "text": mail.text,
            })
        );
    } else {
        print!(
            "Subject: {}\n\n{}",
            shown(&mail.subject),
            shown_block(&mail.text)
        );
    }
    Ok(())
}

/// Mail text for the terminal: line breaks kept, every other unsafe character escaped.
fn shown_block(text: &str) -> String {
    text.split('\n')
        .map(|l| shown(l).into_owned())
        .collect::<Vec<_>>()
        .join("\n")
}

/// The same check at `run`'s start: a template that does not render is a config error.
pub(crate) fn check_at_start(deployment: &Config) -> Result<(), UsageError> {
    let offices = deployment.offices();
    let (_, failures) = samples::check(offices.iter().map(|c| &c.office));
    match failures.first() {
        None => Ok(()),
        Some(f) => Err(UsageError(format!(
            "mail templates: {} (office {}, run `sebadesk templates check`)",
            f.message, f.office
        ))),
    }
}

//! `sebadesk classify`: triage and classification of mail files, as the daemon would do.

use super::*;

pub(crate) fn classify(config: &Config, format: Format, files: &[PathBuf]) -> anyhow::Result<()> {
    use sebadesk::triage::Disposition;
    let codes: Vec<&str> = config
        .charter
        .services()
        .iter()
        .map(|s| s.code.as_str())
        .collect();
    let classifier = sebadesk::classify::Classifier::with_examples(
        &config.keywords,
        &codes,
        &config.seed_examples,
    )?
    .with_spam_model(&config.spam_examples, &config.seed_examples, &[]);
    let identity = sebadesk::tickets::desk::identity(config);
    for file in files {
        let raw = std::fs::read(file).with_context(|| format!("reading {}", file.display()))?;
        let line = match sebadesk::mail::parse::parse(&raw) {
            None => serde_json::json!({
                "file": file.display().to_string(), "disposition": "quarantined", "service": null,
                "ack": false, "confidence": 0.0, "ticket_ref": null, "why": ["unparseable"],
            }),
            Some(mail) => {
                let a = sebadesk::pipeline::assess(&identity, &classifier, &mail);
                let c = a.classification.as_ref();
                let mut why = a.triage.reasons.clone();
                if let Some(c) = c {
                    why.extend(c.reasons.iter().cloned());
                }
                serde_json::json!({
                    "file": file.display().to_string(),
                    "disposition": a.triage.disposition.as_str(),
                    "service": c.and_then(|c| c.service.clone()),
                    "ack": a.triage.disposition == Disposition::New && a.triage.hold_ack.is_none(),
                    "confidence": c.map(|c| c.confidence).unwrap_or(0.0),
                    "ticket_ref": a.triage.ticket_ref.as_ref().map(|r| r.to_string()),
                    "why": why,
                    "hold_ack": a.triage.hold_ack,
                    "spam_probability": classifier.spam_probability(&mail.subject, &mail.text),
                })
            }
        };
        match format {
            Format::Json => println!("{line}"),
            Format::Text => println!(
                "{}\t{}\t{}\tack={}\t{:.2}",
                line["file"].as_str().unwrap_or(""),
                line["disposition"].as_str().unwrap_or(""),
                line["service"].as_str().unwrap_or("-"),
                line["ack"],
                line["confidence"].as_f64().unwrap_or(0.0)
            ),
        }
    }
    Ok(())
}

//! `sebadesk tickets`: list, show, and the officer's actions (the same functions the
//! e-mail commands call).

use super::*;

pub(crate) async fn tickets(
    deployment: &Config,
    office: Option<&str>,
    action: TicketsAction,
) -> anyhow::Result<()> {
    let main_office = office_config(deployment, office)?;
    let store = open_store(&main_office).await?;
    let officer = Officer {
        deployment,
        office,
        store: store.clone(),
        by: format!(
            "cli:{}",
            std::env::var("USER").unwrap_or_else(|_| "officer".into())
        ),
    };
    let by = officer.by.as_str();
    match action {
        TicketsAction::Resolve { reference, note } => {
            let (r, desk) = officer.desk_for(&reference)?;
            print_done(&actions::resolve(&desk, &r, note.as_deref(), by).await?);
        }
        TicketsAction::Reclassify { reference, service } => {
            let r = parse_ref(&reference)?;
            let office_config = officer.config_of(&r)?;
            if service != "none" && office_config.charter.get(&service).is_none() {
                return Err(UsageError(format!("no charter service {service:?} (or none)")).into());
            }
            let desk = officer.desk(office_config)?;
            print_done(&actions::reclassify(&desk, &r, &service, by).await?);
        }
        TicketsAction::Reply {
            reference,
            text,
            file,
            wait,
        } => {
            let r = parse_ref(&reference)?;
            let text = match (text, file) {
                (Some(text), _) => text,
                (None, Some(path)) => read_reply_file(&path)?,
                (None, None) => return Err(UsageError("give TEXT or --file PATH".into()).into()),
            };
            let desk = officer.desk(officer.config_of(&r)?)?;
            print_done(&bad_input_is_usage(
                actions::reply(&desk, &r, &text, wait, by).await,
            )?);
        }
        TicketsAction::Note { reference, text } => {
            let (r, desk) = officer.desk_for(&reference)?;
            print_done(&actions::note(&desk, &r, &text, by).await?);
        }
        TicketsAction::Release { reference } => {
            let (r, desk) = officer.desk_for(&reference)?;
            print_done(&actions::release_ack(&desk, &r, by).await?);
        }
        TicketsAction::Reopen { reference } => {
            let (r, desk) = officer.desk_for(&reference)?;
            print_done(&actions::reopen(&desk, &r, by).await?);
        }
        TicketsAction::Escalate {
            reference,
            reason,
            format,
        } => escalate(&officer, &reference, &reason, format).await?,
        TicketsAction::List { status, format } => {
            list(&store, &main_office, office, status.as_deref(), format).await?
        }
        TicketsAction::Show { reference, format } => {
            show(&store, &main_office, &reference, format).await?
        }
        TicketsAction::Attachments { reference, format } => {
            super::attachments::list(&store, &parse_ref(&reference)?, format).await?
        }
        TicketsAction::Attachment {
            reference,
            n,
            out,
            force,
        } => super::attachments::write(&store, &parse_ref(&reference)?, n, &out, force).await?,
    }
    Ok(())
}

/// Who acts from the command line, and on which deployment: an action on a ticket uses its
/// office's configuration (the reference names the office).
struct Officer<'a> {
    deployment: &'a Config,
    /// `--office`, when given: only that office's tickets.
    office: Option<&'a str>,
    store: Store,
    /// The events' `by`: `cli:` and the user's login name.
    by: String,
}

impl Officer<'_> {
    /// The configuration of the reference's office.
    fn config_of(&self, r: &TicketRef) -> Result<Config, UsageError> {
        if let Some(code) = self.office
            && !code.eq_ignore_ascii_case(&r.office)
        {
            return Err(UsageError(format!("{r} is not a ticket of office {code}")));
        }
        self.deployment
            .office(&r.office)
            .ok_or_else(|| UsageError(format!("{r}: no office {} in this deployment", r.office)))
    }

    /// The desk of an office, on the system clock.
    fn desk(&self, config: Config) -> anyhow::Result<Desk> {
        let clock: std::sync::Arc<dyn sebadesk::sla::Clock> =
            std::sync::Arc::new(sebadesk::sla::SystemClock);
        Ok(Desk::new(
            std::sync::Arc::new(config),
            self.store.clone(),
            clock,
        )?)
    }

    /// The ticket a reference names, and its office's desk.
    fn desk_for(&self, reference: &str) -> anyhow::Result<(TicketRef, Desk)> {
        let r = parse_ref(reference)?;
        let desk = self.desk(self.config_of(&r)?)?;
        Ok((r, desk))
    }
}

fn parse_ref(reference: &str) -> Result<TicketRef, UsageError> {
    TicketRef::parse(reference)
        .ok_or_else(|| UsageError(format!("not a ticket reference: {reference:?}")))
}

/// What an action did, Bangla first.
fn print_done(done: &actions::Done) {
    println!("{}\n{}", done.bn, done.en);
}

/// An action's refusal of its input (too long, empty, not allowed) is a usage error (exit 2).
fn bad_input_is_usage<T>(result: Result<T, actions::ActionError>) -> anyhow::Result<T> {
    match result {
        Err(e) if e.is_bad_input() => Err(UsageError(e.to_string()).into()),
        other => Ok(other?),
    }
}

/// `tickets escalate`: the operator acts for the office's supervisor, the one address allowed.
async fn escalate(
    officer: &Officer<'_>,
    reference: &str,
    reason: &str,
    format: Format,
) -> anyhow::Result<()> {
    let r = parse_ref(reference)?;
    let office_config = officer.config_of(&r)?;
    let Some(supervisor) = office_config.reminders.supervisor_email.clone() else {
        return Err(UsageError(format!(
            "{r}: office {} has no reminders.supervisor_email to escalate to",
            r.office
        ))
        .into());
    };
    let desk = officer.desk(office_config)?;
    let e = bad_input_is_usage(
        actions::escalate(&desk, &r, supervisor.as_str(), reason, &officer.by).await,
    )?;
    match format {
        Format::Json => println!(
            "{}",
            serde_json::json!({
                "reference": r.to_string(),
                "escalated_to": e.supervisor,
                "changed": e.changed,
                "bn": e.done.bn,
                "en": e.done.en,
            })
        ),
        Format::Text => println!("{}\n{}", e.done.bn, e.done.en),
    }
    Ok(())
}

/// The reply text of `tickets reply --file`: UTF-8, read no further than a little past the
/// longest reply (a wrong path to a big file is refused at once, not read whole).
fn read_reply_file(path: &std::path::Path) -> anyhow::Result<String> {
    use std::io::Read;
    let limit = (actions::MAX_REPLY_CHARS * 4 + 1) as u64;
    let mut bytes = Vec::new();
    let shown = path.display();
    if path.as_os_str() == "-" {
        std::io::stdin().take(limit).read_to_end(&mut bytes)
    } else {
        std::fs::File::open(path)
            .map_err(|e| UsageError(format!("--file {shown}: {e}")))?
            .take(limit)
            .read_to_end(&mut bytes)
    }
    .map_err(|e| UsageError(format!("--file {shown}: {e}")))?;
    if bytes.len() as u64 >= limit {
        return Err(UsageError(format!(
            "--file {shown}: longer than a reply may be (at most {} characters)",
            actions::MAX_REPLY_CHARS
        ))
        .into());
    }
    Ok(String::from_utf8(bytes)
        .map_err(|_| UsageError(format!("--file {shown}: not UTF-8 text")))?)
}

/// `tickets list`: one line (or one JSON object) per ticket.
async fn list(
    store: &Store,
    config: &Config,
    office: Option<&str>,
    status: Option<&str>,
    format: Format,
) -> anyhow::Result<()> {
    let list = store.office_tickets(office, status).await?;
    match format {
        Format::Json => {
            for t in &list {
                println!("{}", serde_json::to_string(t)?);
            }
        }
        Format::Text => {
            println!(
                "{:<16} {:<8} {:<12} {:<26} {:<30} subject",
                "ticket", "status", "service", "due", "citizen"
            );
            for t in &list {
                println!(
                    "{:<16} {:<8} {:<12} {:<26} {:<30} {}",
                    t.reference,
                    shown(t.status.as_str()),
                    shown(t.service.as_deref().unwrap_or("(triage)")),
                    t.due_at
                        .as_deref()
                        .map(|d| local(config, d))
                        .unwrap_or_else(|| "-".into()),
                    shown(&t.citizen_email),
                    shown(&t.subject)
                );
            }
        }
    }
    Ok(())
}

/// `tickets show`: a ticket with its events and its mail.
async fn show(
    store: &Store,
    config: &Config,
    reference: &str,
    format: Format,
) -> anyhow::Result<()> {
    let r = TicketRef::parse(reference)
        .ok_or_else(|| UsageError(format!("not a ticket reference: {reference:?}")))?;
    let t = store
        .ticket(&r)
        .await?
        .ok_or_else(|| anyhow::anyhow!("no ticket {r}"))?;
    let events = store.events(t.id).await?;
    let outbox = store.outbox_for_ticket(t.id).await?;
    match format {
        Format::Json => {
            let mut v = serde_json::to_value(&t)?;
            v["events"] = serde_json::to_value(&events)?;
            v["outbox"] = serde_json::to_value(&outbox)?;
            println!("{v}");
        }
        Format::Text => {
            println!(
                "{}  [{}]  {}",
                t.reference,
                shown(t.status.as_str()),
                shown(&t.subject)
            );
            println!(
                "citizen: {} <{}>",
                shown(t.citizen_name.as_deref().unwrap_or("")),
                shown(&t.citizen_email)
            );
            println!(
                "service: {}  confidence {:.2}",
                shown(t.service.as_deref().unwrap_or("(triage)")),
                t.confidence.unwrap_or(0.0)
            );
            println!(
                "received {}  due {}",
                local(config, &t.received_at),
                t.due_at
                    .as_deref()
                    .map(|d| local(config, d))
                    .unwrap_or_else(|| "-".into())
            );
            for e in events {
                println!(
                    "  {} {} {}",
                    local(config, &e.at),
                    shown(&e.kind),
                    shown(&e.detail.to_string())
                );
            }
            for o in outbox {
                println!(
                    "  mail {} to {}: {} after {} attempt(s){}",
                    shown(&o.kind),
                    shown(&o.rcpt_to),
                    shown(&o.status),
                    o.attempts,
                    o.last_error
                        .map(|e| format!(" ({})", shown(&e)))
                        .unwrap_or_default()
                );
            }
        }
    }
    Ok(())
}

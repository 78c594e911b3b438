//! The SLA clock's voice: the morning digest, "due today" reminders, overdue alerts and
//! escalations, all through the outbox.
//!
//! [`run_once`] looks at the clock and the open tickets and queues whatever is due *now*;
//! the daemon calls it every minute. Every mail has a unique key per (ticket, kind, local
//! day) — `overdue:MEL-2026-000001:2026-12-08` — so however often it runs, across restarts
//! and with several daemons, each reminder is queued once. Nothing is sent on weekends or
//! holidays: the first run of the next working morning catches up.

use jiff::civil::Date;
use jiff::{Timestamp, ZonedDateTime};

use super::{Desk, WorkError};
use crate::outbox::officer_mail::{self, Notice, TicketLine};
use crate::outbox::render::RenderedMail;
use crate::sla::Calendar;
use crate::store::outbox::{NewOutboxMail, enqueue};
use crate::store::tickets::Ticket;

/// Working days after `due` up to and including `today` (0 on the due day itself).
fn working_days_between(calendar: &Calendar, due: Date, today: Date) -> u32 {
    let mut n = 0;
    let mut d = due;
    while d < today {
        d = d.tomorrow().expect("a date within the charter's range");
        if calendar.is_working_day(d) {
            n += 1;
        }
    }
    n
}

fn next_working_day(calendar: &Calendar, from: Date) -> Date {
    let mut d = from.tomorrow().expect("a date within the charter's range");
    while !calendar.is_working_day(d) {
        d = d.tomorrow().expect("a date within the charter's range");
    }
    d
}

/// Queues the reminders due at the clock's current time. Returns how many were new.
pub async fn run_once(p: &Desk) -> Result<usize, WorkError> {
    let config = &p.config;
    let office = &config.office;
    let now = p.clock.now();
    let local = now.to_zoned_datetime(office.timezone.clone());
    let today = local.date();
    if !p.calendar.is_working_day(today) {
        return Ok(0);
    }
    let morning = local.time() >= config.reminders.digest_time;
    let tomorrow = next_working_day(&p.calendar, today);

    let tickets = p
        .store
        .office_tickets(Some(&office.code), Some("open"))
        .await?;
    let line = |t: &Ticket| -> (TicketLine, Option<ZonedDateTime>) {
        let service = t.service.as_deref().and_then(|c| config.charter.get(c));
        let due = t
            .due_at
            .as_deref()
            .and_then(|d| d.parse::<Timestamp>().ok())
            .map(|d| d.to_zoned_datetime(office.timezone.clone()));
        (
            TicketLine {
                reference: crate::domain::TicketRef::parse(&t.reference)
                    .expect("stored references parse"),
                token: t.officer_token.clone().unwrap_or_default(),
                service_bn: service.map(|s| s.name_bn.clone()),
                service_en: service.map(|s| s.name_en.clone()),
                citizen: t.citizen_email.clone(),
                subject: t.subject.clone(),
                due: due.clone(),
            },
            due,
        )
    };

    // First the plan — (kind, dedup key, recipient, what, ticket) — then render only what was
    // not queued before: this runs every minute over every open ticket.
    enum What {
        Notice(Box<TicketLine>, Notice),
        Digest,
    }
    let mut plan: Vec<(
        &str,
        String,
        &crate::domain::EmailAddress,
        What,
        Option<i64>,
    )> = Vec::new();
    let (mut overdue, mut due_today, mut due_tomorrow, mut later) =
        (vec![], vec![], vec![], vec![]);
    for t in &tickets {
        let (l, due) = line(t);
        let Some(due) = due else {
            later.push(l);
            continue;
        };
        let due_date = due.date();
        let is_overdue = now > due.timestamp();
        let reference = l.reference.clone();
        if is_overdue && (morning || due_date == today) {
            let days = working_days_between(&p.calendar, due_date, today);
            let notice = Notice::Overdue { working_days: days };
            plan.push((
                "officer-overdue",
                format!("overdue:{reference}:{today}"),
                &office.officer_email,
                What::Notice(Box::new(l.clone()), notice),
                Some(t.id),
            ));
            if let Some(supervisor) = &config.reminders.supervisor_email
                && morning
                && days > config.reminders.escalate_after
            {
                let notice = Notice::Escalation { working_days: days };
                plan.push((
                    "escalation",
                    format!("escalation:{reference}:{today}"),
                    supervisor,
                    What::Notice(Box::new(l.clone()), notice),
                    Some(t.id),
                ));
            }
        } else if morning && due_date == today {
            plan.push((
                "officer-due-today",
                format!("due-today:{reference}:{today}"),
                &office.officer_email,
                What::Notice(Box::new(l.clone()), Notice::DueToday),
                Some(t.id),
            ));
        }
        match () {
            _ if is_overdue => overdue.push(l),
            _ if due_date == today => due_today.push(l),
            _ if due_date == tomorrow => due_tomorrow.push(l),
            _ => later.push(l),
        }
    }
    // The main office's key predates offices: kept, so an upgrade sends no second one.
    let digest_key = if office.primary {
        format!("digest:{today}")
    } else {
        format!("digest:{}:{today}", office.code)
    };
    if morning && !tickets.is_empty() {
        plan.push((
            "officer-digest",
            digest_key,
            &office.officer_email,
            What::Digest,
            None,
        ));
    } else if morning {
        // The day's digest is decided at the first look on or after digest time: with
        // nothing open there is none, and that is recorded, so tickets that arrive later in
        // the day (each with its own notice) do not make a "morning" digest at noon — or
        // after a restart, as a mail the restart seemed to send.
        let from = office.address.as_str();
        let to = office.officer_email.as_str();
        p.store
            .record_skipped("officer-digest-skipped", &digest_key, from, to, now)
            .await?;
    }
    if plan.is_empty() {
        return Ok(0);
    }
    let keys: Vec<String> = plan.iter().map(|(_, key, ..)| key.clone()).collect();
    let done = p.store.existing_outbox_keys(&keys).await?;
    let mut mails: Vec<(&str, String, String, RenderedMail, Option<i64>)> = Vec::new();
    for (kind, key, to, what, ticket_id) in plan {
        if done.contains(&key) {
            continue;
        }
        let mail = match what {
            What::Notice(l, notice) => officer_mail::notice(office, to, &l, &notice, now)?,
            What::Digest => officer_mail::digest(
                office,
                to,
                today,
                &overdue,
                &due_today,
                &due_tomorrow,
                &later,
                now,
            )?,
        };
        mails.push((kind, key, to.to_string(), mail, ticket_id));
    }
    if mails.is_empty() {
        return Ok(0);
    }
    let mut tx = p.store.begin().await?;
    let mut queued = 0;
    for (kind, key, to, mail, ticket_id) in &mails {
        let new = enqueue(
            &mut tx,
            &NewOutboxMail {
                ticket_id: *ticket_id,
                kind,
                dedup_key: key,
                mail_from: office.address.as_str(),
                rcpt_to: to,
                message_id: &mail.message_id,
                raw: &mail.raw,
            },
            now,
        )
        .await?;
        queued += new as usize;
    }
    tx.commit().await?;
    if queued > 0 {
        tracing::info!(queued, "reminders queued");
    }
    Ok(queued)
}

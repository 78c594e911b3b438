//! The SLA clock's voice: the morning digest, "due today" reminders, overdue alerts and
//! escalations, all through the outbox.
//!
//! [`run_once`] looks at the clock and the open tickets and queues whatever is due *now*;
//! the daemon calls it every minute. Every mail has a unique key per (ticket, kind, local
//! day) — `overdue:MEL-2026-000001:2026-12-08` — so however often it runs, across restarts
//! and with several daemons, each reminder is queued once. Nothing is sent on weekends or
//! holidays: the first run of the next working morning catches up.

use crate::domain::OutboxKind;
use jiff::civil::Date;
use jiff::{Timestamp, ZonedDateTime};

use super::{Desk, WorkError};
use crate::config::Config;
use crate::domain::{EmailAddress, TicketStatus};
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

/// What a reminder mail says: a notice about one ticket, or the digest of them all.
#[derive(Debug, Clone)]
pub enum What {
    /// A notice about one ticket (due today, overdue, an escalation).
    Notice(Box<TicketLine>, Notice),
    /// The morning digest of every open ticket.
    Digest,
}

/// One mail the clock asks for now, before it is rendered.
#[derive(Debug, Clone)]
pub struct Reminder {
    /// The outbox kind (`officer-overdue`, `escalation`, `officer-due-today`, `officer-digest`).
    pub kind: OutboxKind,
    /// Unique per (ticket, kind, local day): the outbox's dedup key.
    pub key: String,
    /// The officer, or the supervisor for an escalation.
    pub to: EmailAddress,
    /// What the mail will say.
    pub what: What,
    /// The ticket the mail is about (its outbox row is tied to it); `None` for the digest.
    pub ticket_id: Option<i64>,
}

/// The open tickets by deadline, for the digest.
#[derive(Debug, Default)]
pub struct Digest {
    /// Past their deadline.
    pub overdue: Vec<TicketLine>,
    /// Due at closing time today.
    pub due_today: Vec<TicketLine>,
    /// Due on the next working day.
    pub due_tomorrow: Vec<TicketLine>,
    /// Due later, or without a deadline (no service yet).
    pub later: Vec<TicketLine>,
}

/// What is due at `now` for these open tickets: pure (no clock, no database), so the rules
/// read in one place. Empty on a day that is not a working day.
pub fn plan(
    config: &Config,
    calendar: &Calendar,
    now: Timestamp,
    tickets: &[Ticket],
) -> (Vec<Reminder>, Digest) {
    let office = &config.office;
    let local = now.to_zoned_datetime(office.timezone.clone());
    let today = local.date();
    let mut reminders = Vec::new();
    let mut digest = Digest::default();
    if !calendar.is_working_day(today) {
        return (reminders, digest);
    }
    let morning = local.time() >= config.reminders.digest_time;
    let tomorrow = next_working_day(calendar, today);
    for t in tickets {
        let (l, due) = line(config, t);
        let Some(due) = due else {
            digest.later.push(l);
            continue;
        };
        let due_date = due.date();
        let is_overdue = now > due.timestamp();
        let reference = l.reference.clone();
        if is_overdue && (morning || due_date == today) {
            let days = working_days_between(calendar, due_date, today);
            let notice = Notice::Overdue { working_days: days };
            reminders.push(Reminder {
                kind: OutboxKind::OfficerOverdue,
                key: format!("overdue:{reference}:{today}"),
                to: office.officer_email.clone(),
                what: What::Notice(Box::new(l.clone()), notice),
                ticket_id: Some(t.id),
            });
            if let Some(supervisor) = &config.reminders.supervisor_email
                && morning
                && days > config.reminders.escalate_after
            {
                let notice = Notice::Escalation { working_days: days };
                reminders.push(Reminder {
                    kind: OutboxKind::Escalation,
                    key: format!("escalation:{reference}:{today}"),
                    to: supervisor.clone(),
                    what: What::Notice(Box::new(l.clone()), notice),
                    ticket_id: Some(t.id),
                });
            }
        } else if morning && due_date == today {
            reminders.push(Reminder {
                kind: OutboxKind::OfficerDueToday,
                key: format!("due-today:{reference}:{today}"),
                to: office.officer_email.clone(),
                what: What::Notice(Box::new(l.clone()), Notice::DueToday),
                ticket_id: Some(t.id),
            });
        }
        match () {
            _ if is_overdue => digest.overdue.push(l),
            _ if due_date == today => digest.due_today.push(l),
            _ if due_date == tomorrow => digest.due_tomorrow.push(l),
            _ => digest.later.push(l),
        }
    }
    if morning && waiting_at_digest_time(config, &local, now, tickets) {
        reminders.push(Reminder {
            kind: OutboxKind::OfficerDigest,
            key: digest_key(config, today),
            to: office.officer_email.clone(),
            what: What::Digest,
            ticket_id: None,
        });
    }
    (reminders, digest)
}

/// The digest's outbox key for the day. The main office's key predates offices: kept, so an
/// upgrade sends no second one.
fn digest_key(config: &Config, today: jiff::civil::Date) -> String {
    if config.office.primary {
        format!("digest:{today}")
    } else {
        format!("digest:{}:{today}", config.office.code)
    }
}

/// Whether any ticket was waiting at today's digest time. The morning digest lists what was
/// waiting then: tickets that arrived later today each had their own new-ticket notice and
/// lead tomorrow's digest; without this, a restart in the afternoon sent a "morning" digest
/// of tickets the officer heard of an hour before. A receipt time that does not parse counts
/// as waiting (send rather than miss).
fn waiting_at_digest_time(
    config: &Config,
    local: &ZonedDateTime,
    now: Timestamp,
    tickets: &[Ticket],
) -> bool {
    let digest_moment = local
        .with()
        .time(config.reminders.digest_time)
        .build()
        .map(|z| z.timestamp())
        .unwrap_or(now);
    tickets.iter().any(|t| {
        t.received_at
            .parse::<Timestamp>()
            .map_or(true, |received| received < digest_moment)
    })
}

/// A ticket's line in a notice or the digest, and its deadline in the office's time zone.
pub(crate) fn line(config: &Config, t: &Ticket) -> (TicketLine, Option<ZonedDateTime>) {
    let office = &config.office;
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
}

/// Queues the reminders due at the clock's current time. Returns how many were new.
///
/// First the [`plan`], then render only what was not queued before: this runs every minute
/// over every open ticket.
pub async fn run_once(p: &Desk) -> Result<usize, WorkError> {
    let config = &p.config;
    let office = &config.office;
    let now = p.clock.now();
    let today = now.to_zoned_datetime(office.timezone.clone()).date();
    if !p.calendar.is_working_day(today) {
        return Ok(0);
    }
    let mut tickets = p
        .store
        .office_tickets(Some(&office.code), Some(TicketStatus::Open.as_str()))
        .await?;
    // A ticket waiting for its citizen is still the office's to serve, unless the charter
    // pauses its clock while it waits (then its deadline is not running: no reminders).
    if !config.pause_while_waiting() {
        tickets.extend(
            p.store
                .office_tickets(Some(&office.code), Some(TicketStatus::Waiting.as_str()))
                .await?,
        );
        tickets.sort_by_key(|t| t.id);
    }
    let (reminders, digest) = plan(config, &p.calendar, now, &tickets);
    if reminders.is_empty() {
        return Ok(0);
    }
    let keys: Vec<String> = reminders.iter().map(|r| r.key.clone()).collect();
    let done = p.store.existing_outbox_keys(&keys).await?;
    let mut mails: Vec<(Reminder, RenderedMail)> = Vec::new();
    for r in reminders {
        if done.contains(&r.key) {
            continue;
        }
        let mail = match &r.what {
            What::Notice(l, notice) => officer_mail::notice(office, &r.to, l, notice, now)?,
            What::Digest => officer_mail::digest(
                office,
                &r.to,
                today,
                &digest.overdue,
                &digest.due_today,
                &digest.due_tomorrow,
                &digest.later,
                now,
            )?,
        };
        mails.push((r, mail));
    }
    if mails.is_empty() {
        return Ok(0);
    }
    let mut tx = p.store.begin().await?;
    let mut queued = 0;
    for (r, mail) in &mails {
        let new = enqueue(
            &mut tx,
            &NewOutboxMail {
                ticket_id: r.ticket_id,
                kind: r.kind.as_str(),
                dedup_key: &r.key,
                mail_from: office.address.as_str(),
                rcpt_to: r.to.as_str(),
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

#[cfg(test)]
mod tests {
    use super::*;

    use crate::test_support::example_config as config;

    fn ticket(id: i64, due_at: Option<&str>) -> Ticket {
        Ticket {
            id,
            reference: format!("{}-2026-{id:06}", config().office.code),
            office: config().office.code,
            service: None,
            confidence: None,
            status: TicketStatus::Open,
            citizen_email: "citizen@example.test".into(),
            citizen_name: None,
            subject: "lab computers".into(),
            received_at: "2026-12-01T04:00:00Z".into(),
            receipt_day: None,
            due_at: due_at.map(str::to_string),
            resolved_at: None,
            created_at: "2026-12-01T04:00:00Z".into(),
            officer_token: None,
            original_message_id: None,
            escalated_to: None,
        }
    }

    #[test]
    fn a_working_morning_plans_overdue_and_due_today_notices_and_one_digest() {
        let config = config();
        let calendar = config.calendar();
        // Tuesday 8 Dec 2026, 10:00 in Dhaka (after the digest time).
        let now: Timestamp = "2026-12-08T04:00:00Z".parse().unwrap();
        let tickets = [
            ticket(1, Some("2026-12-07T11:00:00Z")), // due yesterday: overdue
            ticket(2, Some("2026-12-08T11:00:00Z")), // due today
            ticket(3, None),                         // no service, no deadline
        ];
        let (reminders, digest) = plan(&config, &calendar, now, &tickets);
        let kinds: Vec<&str> = reminders.iter().map(|r| r.kind.as_str()).collect();
        assert_eq!(
            kinds,
            ["officer-overdue", "officer-due-today", "officer-digest"]
        );
        assert!(
            reminders[0].key.starts_with("overdue:") && reminders[0].key.ends_with(":2026-12-08")
        );
        assert_eq!(reminders[0].ticket_id, Some(1));
        assert_eq!(
            (
                digest.overdue.len(),
                digest.due_today.len(),
                digest.later.len()
            ),
            (1, 1, 1)
        );
    }

    #[test]
    fn tickets_that_arrived_after_the_digest_time_wait_for_tomorrows_digest() {
        let config = config();
        let calendar = config.calendar();
        // Tuesday 8 Dec 2026, 15:00 in Dhaka; the digest time is 09:00.
        let now: Timestamp = "2026-12-08T09:00:00Z".parse().unwrap();
        let mut fresh = ticket(1, Some("2026-12-10T11:00:00Z"));
        fresh.received_at = "2026-12-08T05:00:00Z".into(); // 11:00 today
        let (reminders, _) = plan(&config, &calendar, now, std::slice::from_ref(&fresh));
        assert!(
            reminders.is_empty(),
            "no digest for a ticket that arrived after 09:00: {:?}",
            reminders
                .iter()
                .map(|r| r.kind.as_str())
                .collect::<Vec<_>>()
        );
        let mut waiting = ticket(2, Some("2026-12-10T11:00:00Z"));
        waiting.received_at = "2026-12-08T02:59:00Z".into(); // 08:59 today
        let (reminders, digest) = plan(&config, &calendar, now, &[fresh, waiting]);
        let kinds: Vec<&str> = reminders.iter().map(|r| r.kind.as_str()).collect();
        assert_eq!(kinds, ["officer-digest"]);
        // The digest, once due, lists every open ticket, the fresh one too.
        assert_eq!(digest.later.len() + digest.due_tomorrow.len(), 2);
    }

    #[test]
    fn a_weekend_plans_nothing() {
        let config = config();
        // Friday 11 Dec 2026, 10:00 in Dhaka: the default weekend.
        let now: Timestamp = "2026-12-11T04:00:00Z".parse().unwrap();
        let (reminders, _) = plan(
            &config,
            &config.calendar(),
            now,
            &[ticket(1, Some("2026-12-07T11:00:00Z"))],
        );
        assert!(reminders.is_empty());
    }
}

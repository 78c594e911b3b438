//! Citizens ask where their request stands by e-mail (issue 16). A follow-up from the
//! ticket's own citizen whose new text is only a status question (see
//! [`crate::classify::status_question`]) gets an automatic answer: service, status, deadline
//! (Bangla with Bengali digits, then English) and the last action — never a note or a token.
//!
//! Limits: at most one answer per ticket per office-local day (outbox key
//! `status:REF:DATE`, so also across replicas and restarts); only to the ticket's citizen
//! address (the sender must be that address; anyone else's question is an ordinary
//! follow-up, recorded `status-not-answered`); never to automatic mail (auto-replies, bounces
//! and bulk mail are triaged away before a follow-up is taken).

use jiff::Timestamp;

use super::{Desk, WorkError};
use crate::domain::{EmailAddress, EventKind, OutboxKind, TicketRef, normal_form};
use crate::mail::ParsedMail;
use crate::outbox::conversation::{StatusView, status_answer};
use crate::store::Tx;
use crate::store::conversation::events_of;
use crate::store::outbox::{NewOutboxMail, enqueue};
use crate::store::tickets::{Ticket, add_event};

/// Whether `mail` is a status request this desk answers for ticket `t`: a status question
/// from the ticket's citizen address.
pub fn is_citizens_status_request(t: &Ticket, mail: &ParsedMail) -> bool {
    mail.from_address
        .as_deref()
        .is_some_and(|f| normal_form(f) == normal_form(&t.citizen_email))
        && crate::classify::status_question::is_status_question(&mail.text)
}

/// What happened to a status question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Asked {
    /// Not a status question (or not from the ticket's citizen, recorded): an ordinary
    /// follow-up.
    No,
    /// The citizen's status request: answered, or not (once a day), and recorded.
    Handled,
}

/// Answers `mail` if it is the citizen's status request about `t` (inside the message's
/// transaction), recording the outcome on the ticket.
pub(crate) async fn answer_in(
    desk: &Desk,
    tx: &mut Tx,
    t: &Ticket,
    mail: &ParsedMail,
    dedup_id: &str,
    now: Timestamp,
) -> Result<Asked, WorkError> {
    if !crate::classify::status_question::is_status_question(&mail.text) {
        return Ok(Asked::No);
    }
    if !is_citizens_status_request(t, mail) {
        let detail = serde_json::json!({
            "from": mail.from_address, "message_id": dedup_id,
            "reason": "not from the ticket's citizen address",
        });
        add_event(tx, t.id, EventKind::StatusNotAnswered, &detail, now).await?;
        return Ok(Asked::No);
    }
    let Ok(citizen) = EmailAddress::parse(&t.citizen_email) else {
        let detail = serde_json::json!({
            "message_id": dedup_id, "reason": "no valid citizen address",
        });
        add_event(tx, t.id, EventKind::StatusNotAnswered, &detail, now).await?;
        return Ok(Asked::Handled);
    };
    let reference =
        TicketRef::parse(&t.reference).ok_or_else(|| crate::store::StoreError::Corrupt {
            what: "tickets.reference",
            value: t.reference.clone(),
        })?;
    let tz = desk.config.office.timezone.clone();
    let today = now.to_zoned_datetime(tz.clone()).date();
    let key = format!("status:{reference}:{today}");
    let view = view(desk, tx, t).await?;
    let rendered = status_answer(
        &desk.config.office,
        &reference,
        &citizen,
        &t.subject,
        &view,
        mail.message_id.as_deref(),
        &mail.references,
        now,
    )?;
    let queued = enqueue(
        tx,
        &NewOutboxMail {
            ticket_id: Some(t.id),
            kind: OutboxKind::StatusAnswer.as_str(),
            dedup_key: &key,
            mail_from: desk.config.office.address.as_str(),
            rcpt_to: citizen.as_str(),
            message_id: &rendered.message_id,
            raw: &rendered.raw,
        },
        now,
    )
    .await?;
    if queued {
        let detail = serde_json::json!({ "to": citizen.as_str(), "message_id": dedup_id });
        add_event(tx, t.id, EventKind::StatusAnswered, &detail, now).await?;
        tracing::info!(ticket = %reference, "status request answered");
    } else {
        let detail = serde_json::json!({
            "message_id": dedup_id, "reason": format!("answered already today ({today})"),
        });
        add_event(tx, t.id, EventKind::StatusNotAnswered, &detail, now).await?;
        tracing::info!(ticket = %reference, "status request: answered already today");
    }
    Ok(Asked::Handled)
}

/// The public facts of a ticket: no notes, no commands, no tokens.
async fn view(desk: &Desk, tx: &mut Tx, t: &Ticket) -> Result<StatusView, WorkError> {
    let tz = desk.config.office.timezone.clone();
    let service = t
        .service
        .as_deref()
        .and_then(|c| desk.config.charter.get(c));
    let due = t
        .due_at
        .as_deref()
        .and_then(|d| d.parse::<Timestamp>().ok())
        .map(|d| d.to_zoned_datetime(tz.clone()));
    let public = [
        EventKind::Opened,
        EventKind::Replied,
        EventKind::Reclassified,
        EventKind::Resolved,
        EventKind::Reopened,
        EventKind::DeadlineChanged,
        EventKind::WaitingEnded,
    ];
    let last_action = events_of(tx, t.id, &public).await?.pop().and_then(|e| {
        let at =
            e.at.parse::<Timestamp>()
                .ok()?
                .to_zoned_datetime(tz.clone());
        let (bn, en) = last_action_words(&e.kind);
        Some((at, bn.to_string(), en.to_string()))
    });
    Ok(StatusView {
        service_bn: service.map(|s| s.name_bn.clone()),
        service_en: service.map(|s| s.name_en.clone()),
        status: t.status,
        due,
        last_action,
    })
}

/// A public event in words for the citizen.
fn last_action_words(kind: &str) -> (&'static str, &'static str) {
    match kind {
        "replied" => ("কর্মকর্তা আপনাকে ই-মেইলে লিখেছেন", "the officer wrote to you"),
        "reclassified" => ("সেবা নির্ধারণ করা হয়েছে", "the service was set"),
        "resolved" => ("নিষ্পত্তি করা হয়েছে", "resolved"),
        "reopened" => ("আবার খোলা হয়েছে", "reopened"),
        "deadline-changed" => ("সময়সীমা হালনাগাদ করা হয়েছে", "the deadline was updated"),
        "waiting-ended" => ("আপনার উত্তর পাওয়া গেছে", "your answer was received"),
        _ => ("আবেদন গৃহীত হয়েছে", "request received"),
    }
}

//! The officer's actions on a ticket — resolve, reclassify, note, reopen, release a held
//! acknowledgement — shared by the CLI
//! (`sebadesk tickets resolve …`) and the officer's e-mail commands. Each is one transaction:
//! the change, its event, and any mail it causes (the citizen's resolution notice).
//!
//! Free functions over the office's [`Desk`]: `resolve` opens and commits its own transaction,
//! `resolve_in` works inside the caller's (an e-mail command's, see [`super::commands`]).

use super::desk::Desk;
use crate::domain::OutboxKind;
use crate::domain::{EmailAddress, TicketRef};
use crate::domain::{EventKind, TicketStatus};
use crate::outbox::render;
use crate::store::outbox::{NewOutboxMail, enqueue};
use crate::store::tickets::{
    Ticket, add_event, count_events, set_service, set_status, ticket_in_tx,
};
use crate::store::{StoreError, Tx, db_time, parse_db_time};

#[derive(Debug, thiserror::Error)]
pub enum ActionError {
    #[error("no ticket {0}")]
    NoSuchTicket(String),
    #[error("no charter service {0:?}")]
    UnknownService(String),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Render(#[from] render::RenderError),
}

impl From<sqlx::Error> for ActionError {
    fn from(e: sqlx::Error) -> Self {
        ActionError::Store(StoreError::Sqlx(e))
    }
}

/// What happened, in both languages (for the officer's confirmation and the CLI).
#[derive(Debug, Clone, PartialEq)]
pub struct Done {
    pub bn: String,
    pub en: String,
}

pub(super) async fn load(tx: &mut Tx, reference: &TicketRef) -> Result<Ticket, ActionError> {
    ticket_in_tx(tx, reference)
        .await?
        .ok_or_else(|| ActionError::NoSuchTicket(reference.to_string()))
}

/// Resolves a ticket and sends the citizen a resolution notice (with the note, if any).
pub async fn resolve(
    desk: &Desk,
    reference: &TicketRef,
    note: Option<&str>,
    by: &str,
) -> Result<Done, ActionError> {
    let mut tx = desk.store.begin().await?;
    let done = resolve_in(desk, &mut tx, reference, note, by).await?;
    tx.commit().await?;
    Ok(done)
}

pub(crate) async fn resolve_in(
    desk: &Desk,
    tx: &mut Tx,
    reference: &TicketRef,
    note: Option<&str>,
    by: &str,
) -> Result<Done, ActionError> {
    let now = desk.clock.now();
    let t = load(tx, reference).await?;
    if t.status.is_done() {
        return Ok(Done {
            bn: format!("{reference}: আগেই নিষ্পত্তি করা হয়েছে"),
            en: format!("{reference}: already resolved"),
        });
    }
    set_status(tx, t.id, TicketStatus::Resolved, Some(now)).await?;
    let round = count_events(tx, t.id, EventKind::Resolved).await? + 1;
    add_event(
        tx,
        t.id,
        EventKind::Resolved,
        &serde_json::json!({ "by": by, "note": note }),
        now,
    )
    .await?;
    match EmailAddress::parse(&t.citizen_email) {
        Ok(citizen) => {
            let mail = render::resolution(
                &desk.config.office,
                reference,
                &citizen,
                t.citizen_name.as_deref(),
                &t.subject,
                t.original_message_id.as_deref(),
                note,
                now,
            )?;
            enqueue(
                tx,
                &NewOutboxMail {
                    ticket_id: Some(t.id),
                    kind: OutboxKind::Resolution.as_str(),
                    dedup_key: &format!("resolution:{reference}:{round}"),
                    mail_from: desk.config.office.address.as_str(),
                    rcpt_to: citizen.as_str(),
                    message_id: &mail.message_id,
                    raw: &mail.raw,
                },
                now,
            )
            .await?;
        }
        Err(_) => {
            let detail = serde_json::json!({ "reason": "no valid citizen address for the resolution notice" });
            add_event(tx, t.id, EventKind::NotNotified, &detail, now).await?;
        }
    }
    tracing::info!(ticket = %reference, by, "ticket resolved");
    Ok(Done {
        bn: format!("{reference}: নিষ্পত্তি করা হয়েছে; সেবাপ্রার্থীকে জানানো হচ্ছে"),
        en: format!("{reference}: resolved; the citizen is being notified"),
    })
}

/// Changes a ticket's service; the deadline follows the new service's SLA. The correction
/// is kept (a `reclassified` event) and teaches the classifier.
pub async fn reclassify(
    desk: &Desk,
    reference: &TicketRef,
    service: &str,
    by: &str,
) -> Result<Done, ActionError> {
    let mut tx = desk.store.begin().await?;
    let done = reclassify_in(desk, &mut tx, reference, service, by).await?;
    tx.commit().await?;
    Ok(done)
}

pub(crate) async fn reclassify_in(
    desk: &Desk,
    tx: &mut Tx,
    reference: &TicketRef,
    service: &str,
    by: &str,
) -> Result<Done, ActionError> {
    // "none": outside the charter's services; the ticket waits for the officer, no deadline.
    let s = match service {
        "none" => None,
        code => Some(
            desk.config
                .charter
                .get(code)
                .ok_or_else(|| ActionError::UnknownService(code.to_string()))?,
        ),
    };
    let now = desk.clock.now();
    let t = load(tx, reference).await?;
    let received = parse_db_time(&t.received_at, "tickets.received_at")?;
    let deadline = s.map(|s| desk.calendar.deadline(received, s.sla_working_days));
    let due = deadline.as_ref().map(|d| db_time(d.due.timestamp()));
    let receipt_day = deadline.as_ref().map(|d| d.receipt_day.to_string());
    set_service(
        tx,
        t.id,
        s.map(|s| s.code.as_str()),
        receipt_day.as_deref(),
        due.as_deref(),
    )
    .await?;
    let detail = serde_json::json!({
        "by": by, "old": t.service, "new": s.map(|s| &s.code), "old_due": t.due_at, "new_due": due,
    });
    add_event(tx, t.id, EventKind::Reclassified, &detail, now).await?;
    tracing::info!(ticket = %reference, old = ?t.service, new = service, by, "ticket reclassified");
    Ok(match s {
        Some(s) => Done {
            bn: format!("{reference}: সেবা বদলে {} করা হয়েছে", s.name_bn),
            en: format!("{reference}: service changed to {} ({})", s.name_en, s.code),
        },
        None => Done {
            bn: format!("{reference}: চার্টারের সেবার বাইরে চিহ্নিত করা হয়েছে"),
            en: format!("{reference}: marked as outside the charter's services"),
        },
    })
}

pub async fn note(
    desk: &Desk,
    reference: &TicketRef,
    text: &str,
    by: &str,
) -> Result<Done, ActionError> {
    let mut tx = desk.store.begin().await?;
    let done = note_in(desk, &mut tx, reference, text, by).await?;
    tx.commit().await?;
    Ok(done)
}

pub(crate) async fn note_in(
    desk: &Desk,
    tx: &mut Tx,
    reference: &TicketRef,
    text: &str,
    by: &str,
) -> Result<Done, ActionError> {
    let now = desk.clock.now();
    let t = load(tx, reference).await?;
    add_event(
        tx,
        t.id,
        EventKind::Note,
        &serde_json::json!({ "by": by, "text": text }),
        now,
    )
    .await?;
    Ok(Done {
        bn: format!("{reference}: নোট যোগ করা হয়েছে"),
        en: format!("{reference}: note added"),
    })
}

pub async fn reopen(desk: &Desk, reference: &TicketRef, by: &str) -> Result<Done, ActionError> {
    let mut tx = desk.store.begin().await?;
    let done = reopen_in(desk, &mut tx, reference, by).await?;
    tx.commit().await?;
    Ok(done)
}

pub(crate) async fn reopen_in(
    desk: &Desk,
    tx: &mut Tx,
    reference: &TicketRef,
    by: &str,
) -> Result<Done, ActionError> {
    let now = desk.clock.now();
    let t = load(tx, reference).await?;
    if t.status == TicketStatus::Open {
        return Ok(Done {
            bn: format!("{reference}: আবেদনটি খোলাই আছে"),
            en: format!("{reference}: already open"),
        });
    }
    set_status(tx, t.id, TicketStatus::Open, None).await?;
    add_event(
        tx,
        t.id,
        EventKind::Reopened,
        &serde_json::json!({ "by": by }),
        now,
    )
    .await?;
    Ok(Done {
        bn: format!("{reference}: আবার খোলা হয়েছে"),
        en: format!("{reference}: reopened"),
    })
}

/// Sends a doubtful request's held acknowledgement (see `EventKind::AckHeld`): the officer
/// has looked and the sender is a real citizen.
pub async fn release_ack(
    desk: &Desk,
    reference: &TicketRef,
    by: &str,
) -> Result<Done, ActionError> {
    let mut tx = desk.store.begin().await?;
    let now = desk.clock.now();
    let t = load(&mut tx, reference).await?;
    let released =
        crate::store::outbox::release_held(&mut tx, &format!("ack:{reference}"), now).await?;
    if released {
        add_event(
            &mut tx,
            t.id,
            EventKind::AckReleased,
            &serde_json::json!({ "by": by }),
            now,
        )
        .await?;
    }
    tx.commit().await?;
    Ok(if released {
        Done {
            bn: format!("{reference}: প্রাপ্তিস্বীকারপত্র পাঠানো হচ্ছে"),
            en: format!("{reference}: acknowledgement released"),
        }
    } else {
        Done {
            bn: format!("{reference}: কোনো স্থগিত প্রাপ্তিস্বীকারপত্র নেই"),
            en: format!("{reference}: no acknowledgement is held"),
        }
    })
}

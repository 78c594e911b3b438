//! The officer's actions on a ticket — resolve, reply to the citizen, reclassify, note,
//! reopen, release a held acknowledgement — shared by the CLI
//! (`sebadesk tickets resolve …`) and the officer's e-mail commands. Each is one transaction:
//! the change, its event, and any mail it causes (the citizen's resolution notice).
//!
//! Free functions over the office's [`Desk`]: `resolve` opens and commits its own transaction,
//! `resolve_in` works inside the caller's (an e-mail command's, see [`super::commands`]).

mod escalate;

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
pub use escalate::{Escalation, escalate};

/// Why a ticket action (resolve, reply, reclassify, note, reopen…) was refused or failed;
/// nothing of it was committed. [`ActionError::is_bad_input`] tells the officer's mistakes apart.
#[derive(Debug, thiserror::Error)]
pub enum ActionError {
    /// No ticket with this reference (as given).
    #[error("no ticket {0}")]
    NoSuchTicket(String),
    /// The service code given is not in the office's charter.
    #[error("no charter service {0:?}")]
    UnknownService(String),
    /// The database failed.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The mail to the citizen could not be rendered.
    #[error(transparent)]
    Render(#[from] render::RenderError),
    /// A reply with nothing to say (empty, or only blanks and control characters).
    #[error("the reply text is empty")]
    EmptyReply,
    /// A reply longer than [`MAX_REPLY_CHARS`]: refused whole rather than cut unseen.
    #[error("the reply text has {chars} characters; at most {max} are sent (shorten it)")]
    ReplyTooLong {
        /// Characters in the reply given.
        chars: usize,
        /// The limit, [`MAX_REPLY_CHARS`].
        max: usize,
    },
    /// The ticket's citizen address cannot be written to (a ticket opened without one).
    #[error("{0}: the ticket has no valid citizen address to reply to")]
    NoCitizenAddress(String),
    /// Escalation to someone who is not the office's supervisor (`reminders.supervisor_email`),
    /// or an office without one; the officer cannot escalate to themself.
    #[error("{0}: only the office's supervisor may take the ticket over")]
    NotSupervisor(String),
    /// An escalation without a reason (empty, or only blanks and control characters).
    #[error("the reason for the escalation is empty")]
    EmptyReason,
    /// A reason longer than [`MAX_REASON_CHARS`].
    #[error("the reason has {0} characters; at most {max} are kept", max = MAX_REASON_CHARS)]
    ReasonTooLong(usize),
    /// The action needs a ticket that is not done (resolved or closed).
    #[error("{0}: the ticket is already resolved")]
    AlreadyDone(String),
}

impl ActionError {
    /// Whether the officer's input was refused (a usage error), not the desk failing.
    pub fn is_bad_input(&self) -> bool {
        matches!(
            self,
            ActionError::EmptyReply
                | ActionError::ReplyTooLong { .. }
                | ActionError::UnknownService(_)
                | ActionError::NoSuchTicket(_)
                | ActionError::NoCitizenAddress(_)
                | ActionError::NotSupervisor(_)
                | ActionError::EmptyReason
                | ActionError::ReasonTooLong(_)
                | ActionError::AlreadyDone(_)
        )
    }
}

impl From<sqlx::Error> for ActionError {
    fn from(e: sqlx::Error) -> Self {
        ActionError::Store(StoreError::Sqlx(e))
    }
}

/// What happened, in both languages (for the officer's confirmation and the CLI).
#[derive(Debug, Clone, PartialEq)]
pub struct Done {
    /// The Bangla sentence (shown first).
    pub bn: String,
    /// The English sentence.
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

/// The most characters a reply to a citizen may have (a long letter is ~5,000): a
/// megabyte pasted by mistake is refused with this number, not sent nor cut unseen.
pub const MAX_REPLY_CHARS: usize = 20_000;

/// The reply text as it will be sent: line breaks kept (CR/LF as LF), other control and
/// bidi characters dropped (see [`crate::text::safety::block`]), outer blanks trimmed.
/// Header-like lines ("Bcc: …") stay text: the body cannot add a header (the headers are
/// built apart, see `render::build`).
pub fn reply_text(text: &str) -> Result<String, ActionError> {
    let chars = text.chars().count();
    if chars > MAX_REPLY_CHARS {
        return Err(ActionError::ReplyTooLong {
            chars,
            max: MAX_REPLY_CHARS,
        });
    }
    let clean = crate::text::safety::block(text);
    let clean = clean.trim();
    if clean.is_empty() {
        return Err(ActionError::EmptyReply);
    }
    Ok(clean.to_string())
}

/// Writes to the ticket's citizen through the desk: the text in a Bangla-first frame with
/// the ticket number, from the office address, threaded to the citizen's latest mail, sent
/// by the outbox (retried, once). The ticket records a `replied` event (text, who, when).
/// `wait`: the ticket becomes `waiting` until the citizen's next mail (see
/// [`super::waiting`]).
pub async fn reply(
    desk: &Desk,
    reference: &TicketRef,
    text: &str,
    wait: bool,
    by: &str,
) -> Result<Done, ActionError> {
    let text = reply_text(text)?;
    let mut tx = desk.store.begin_write().await?;
    let done = reply_in(desk, &mut tx, reference, &text, wait, by).await?;
    tx.commit().await?;
    Ok(done)
}

pub(crate) async fn reply_in(
    desk: &Desk,
    tx: &mut Tx,
    reference: &TicketRef,
    text: &str,
    wait: bool,
    by: &str,
) -> Result<Done, ActionError> {
    use crate::store::conversation::{latest_citizen_mail, start_waiting};
    let text = reply_text(text)?;
    let now = desk.clock.now();
    let t = load(tx, reference).await?;
    let citizen = EmailAddress::parse(&t.citizen_email)
        .map_err(|_| ActionError::NoCitizenAddress(reference.to_string()))?;
    // Threaded to the citizen's latest mail (its References too), else to their first.
    let officer = desk.config.office.officer_email.as_str();
    let latest = latest_citizen_mail(tx, t.id, officer)
        .await?
        .and_then(|raw| crate::mail::parse::parse(&raw))
        .filter(|m| m.message_id.is_some());
    let (in_reply_to, references) = match latest {
        Some(m) => (m.message_id, m.references),
        None => (t.original_message_id.clone(), Vec::new()),
    };
    let mail = crate::outbox::conversation::reply(
        &crate::outbox::conversation::Reply {
            office: &desk.config.office,
            reference,
            citizen: &citizen,
            citizen_name: t.citizen_name.as_deref(),
            subject: &t.subject,
            text: &text,
            wait,
            in_reply_to: in_reply_to.as_deref(),
            references: &references,
        },
        now,
    )?;
    let round = count_events(tx, t.id, EventKind::Replied).await? + 1;
    enqueue(
        tx,
        &NewOutboxMail {
            ticket_id: Some(t.id),
            kind: OutboxKind::Reply.as_str(),
            dedup_key: &format!("reply:{reference}:{round}"),
            mail_from: desk.config.office.address.as_str(),
            rcpt_to: citizen.as_str(),
            message_id: &mail.message_id,
            raw: &mail.raw,
        },
        now,
    )
    .await?;
    let waits = wait && t.status != TicketStatus::Waiting;
    if waits {
        start_waiting(tx, t.id, now).await?;
    }
    let status = if wait {
        TicketStatus::Waiting
    } else {
        t.status
    };
    let detail = serde_json::json!({
        "by": by, "text": text, "wait": wait, "to": citizen.as_str(),
        "message_id": mail.message_id, "status": status.as_str(),
    });
    add_event(tx, t.id, EventKind::Replied, &detail, now).await?;
    tracing::info!(ticket = %reference, by, wait, "reply to the citizen queued");
    Ok(if wait {
        Done {
            bn: format!("{reference}: সেবাপ্রার্থীকে উত্তর পাঠানো হচ্ছে; তাঁর উত্তরের অপেক্ষায় রাখা হলো"),
            en: format!(
                "{reference}: reply to the citizen queued; the ticket waits for their answer"
            ),
        }
    } else {
        Done {
            bn: format!("{reference}: সেবাপ্রার্থীকে উত্তর পাঠানো হচ্ছে"),
            en: format!("{reference}: reply to the citizen queued"),
        }
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
    // Working days the ticket waited for its citizen still count (pause_while_waiting).
    let paused = crate::store::conversation::waiting(tx, t.id)
        .await?
        .paused_working_days;
    let deadline = s.map(|s| {
        desk.calendar
            .deadline(received, s.sla_working_days + paused.max(0) as u32)
    });
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

/// Adds the officer's internal note (`by`: who) to the ticket's log; the citizen never sees it.
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

/// Makes a resolved, closed or waiting ticket open again (`by`: who), recording it on the ticket; an
/// open ticket is left as it is (the answer says so).
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

/// The most characters of an escalation's reason (a paragraph; it goes into the officer's mail).
pub const MAX_REASON_CHARS: usize = 1000;

#[cfg(test)]
#[path = "actions_tests.rs"]
mod tests;

//! A supervisor takes a ticket over (`tickets escalate`, the web desk's "take over"): only the
//! office's configured supervisor, with a reason; the officer is told by mail.

use super::*;

/// What an escalation did.
#[derive(Debug, Clone, PartialEq)]
pub struct Escalation {
    /// The sentences for the user.
    pub done: Done,
    /// False when the ticket was already escalated to this supervisor (nothing changed,
    /// nobody was told again).
    pub changed: bool,
    /// The supervisor's address, as the configuration writes it.
    pub supervisor: String,
}

/// A supervisor takes a ticket over ("escalate to self", issue 17): the ticket records
/// `escalated_to`, an `escalated` event says who acted and why, and the officer is told by
/// mail through the outbox. `supervisor` must be the office's `reminders.supervisor_email`
/// (the web desk passes the signed-in supervisor, the CLI the configured one); the officer
/// cannot escalate to themself. Escalating a ticket already escalated to the same
/// supervisor changes nothing and sends nothing.
pub async fn escalate(
    desk: &Desk,
    reference: &TicketRef,
    supervisor: &str,
    reason: &str,
    by: &str,
) -> Result<Escalation, ActionError> {
    let (configured, reason) = escalation_checked(desk, reference, supervisor, reason)?;
    let supervisor = configured.as_str().to_string();
    let now = desk.clock.now();
    let mut tx = desk.store.begin_write().await?;
    let t = load(&mut tx, reference).await?;
    if t.status.is_done() {
        return Err(ActionError::AlreadyDone(reference.to_string()));
    }
    let round = count_events(&mut tx, t.id, EventKind::Escalated).await? + 1;
    if !crate::store::tickets::set_escalated(&mut tx, t.id, &supervisor).await? {
        return Ok(Escalation {
            done: Done {
                bn: format!("{reference}: আগেই ঊর্ধ্বতন কর্মকর্তা {supervisor}-এর কাছে আছে"),
                en: format!("{reference}: already escalated to supervisor {supervisor}"),
            },
            changed: false,
            supervisor,
        });
    }
    add_event(
        &mut tx,
        t.id,
        EventKind::Escalated,
        &serde_json::json!({ "by": by, "supervisor": supervisor, "reason": reason }),
        now,
    )
    .await?;
    tell_officer_of_escalation(desk, &mut tx, &t, round, &supervisor, &reason, now).await?;
    tx.commit().await?;
    tracing::info!(ticket = %reference, by, supervisor = %supervisor, "ticket escalated to its supervisor");
    Ok(Escalation {
        done: Done {
            bn: format!(
                "{reference}: ঊর্ধ্বতন কর্মকর্তা {supervisor}-এর কাছে নেওয়া হয়েছে; কর্মকর্তাকে জানানো হচ্ছে"
            ),
            en: format!(
                "{reference}: escalated to supervisor {supervisor}; the officer is being told"
            ),
        },
        changed: true,
        supervisor,
    })
}

/// Who may escalate (the office's configured supervisor, never the officer) and the reason
/// (not empty, not too long), made safe to show.
fn escalation_checked<'d>(
    desk: &'d Desk,
    reference: &TicketRef,
    supervisor: &str,
    reason: &str,
) -> Result<(&'d EmailAddress, String), ActionError> {
    let configured = desk
        .config
        .reminders
        .supervisor_email
        .as_ref()
        .filter(|s| s.same_as(supervisor))
        .filter(|s| !desk.config.office.officer_email.same_as(s.as_str()))
        .ok_or_else(|| ActionError::NotSupervisor(reference.to_string()))?;
    let chars = reason.chars().count();
    if chars > MAX_REASON_CHARS {
        return Err(ActionError::ReasonTooLong(chars));
    }
    let reason = crate::text::safety::block(reason).trim().to_string();
    if reason.is_empty() {
        return Err(ActionError::EmptyReason);
    }
    Ok((configured, reason))
}

/// The officer's mail saying the supervisor took the ticket over (once per escalation
/// round: its key carries the round).
async fn tell_officer_of_escalation(
    desk: &Desk,
    tx: &mut Tx,
    t: &Ticket,
    round: i64,
    supervisor: &str,
    reason: &str,
    now: jiff::Timestamp,
) -> Result<(), ActionError> {
    let officer = &desk.config.office.officer_email;
    let (line, _) = crate::tickets::reminders::line(&desk.config, t);
    let mail = crate::outbox::officer_mail::escalated(
        &desk.config.office,
        officer,
        &line,
        supervisor,
        reason,
        now,
    )?;
    enqueue(
        tx,
        &NewOutboxMail {
            ticket_id: Some(t.id),
            kind: OutboxKind::OfficerEscalated.as_str(),
            dedup_key: &format!("officer-escalated:{}:{round}", t.reference),
            mail_from: desk.config.office.address.as_str(),
            rcpt_to: officer.as_str(),
            message_id: &mail.message_id,
            raw: &mail.raw,
        },
        now,
    )
    .await?;
    Ok(())
}

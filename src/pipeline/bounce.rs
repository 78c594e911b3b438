//! Bounce and auto-reply recording: a bounce of one of our mails, or an automatic answer to
//! one, is filed with its ticket and recorded as an event, never answered.

use super::*;

impl Pipeline {
    /// A bounce is not answered; if it returns one of our mails, the failure is recorded on
    /// that ticket (and the bounce message is filed with it) instead of opening a new one.
    /// `report`: the bounce as read before the transaction (read here only if it was not).
    pub(super) async fn record_bounce(
        &self,
        tx: &mut crate::store::Tx,
        msg: &InboundMessage,
        report: Option<&crate::triage::bounce::BounceReport>,
        message_row: i64,
        now: Timestamp,
    ) -> Result<(), PipelineError> {
        let read_here;
        let report = match report {
            Some(r) => r,
            None => {
                read_here = crate::triage::bounce::read(&msg.raw);
                &read_here
            }
        };
        let Some(reference) = report.ticket() else {
            tracing::info!(recipients = ?report.recipients, "bounce for no ticket of ours: not answered");
            return Ok(());
        };
        let Some(ticket) = ticket_id(tx, &reference).await? else {
            tracing::info!(ticket = %reference, "bounce names an unknown ticket: not answered");
            return Ok(());
        };
        link_ticket(tx, message_row, ticket).await?;
        let kind = if report.is_permanent() {
            EventKind::MailBounced
        } else {
            EventKind::MailDelayed
        };
        let mut detail = serde_json::json!({ "recipients": report.recipients, "message_ids": report.our_message_ids });
        if report.truncated {
            // More recipients or Message-IDs than kept: the officer should know the list is cut.
            detail["truncated"] = true.into();
        }
        add_event(tx, ticket, kind, &detail, now).await?;
        tracing::warn!(ticket = %reference, kind = kind.as_str(), recipients = ?report.recipients, "our mail bounced");
        Ok(())
    }
}

impl Pipeline {
    /// Files an automatic answer on the ticket whose mail it answers (its In-Reply-To or
    /// References name a mail we sent for that ticket): the officer sees that the citizen is
    /// away or the address is dead. Nothing is sent and the ticket's status does not change.
    pub(super) async fn record_auto_reply(
        &self,
        tx: &mut crate::store::Tx,
        mail: &ParsedMail,
        dedup_id: &str,
        message_row: i64,
        now: Timestamp,
    ) -> Result<(), PipelineError> {
        use crate::store::tickets::is_our_mail_of;
        for id in mail.in_reply_to.iter().chain(&mail.references) {
            let Some(reference) = crate::domain::ticket_of_our_message_id(id) else {
                continue;
            };
            let Some(ticket) = ticket_id(tx, &reference).await? else {
                continue;
            };
            if !is_our_mail_of(tx, ticket, id).await? {
                continue;
            }
            link_ticket(tx, message_row, ticket).await?;
            let detail = serde_json::json!({
                "message_id": dedup_id, "from": mail.from_address, "subject": mail.subject,
            });
            add_event(tx, ticket, EventKind::AutoReply, &detail, now).await?;
            tracing::info!(ticket = %reference, "auto-reply filed on its ticket");
            return Ok(());
        }
        Ok(())
    }
}

//! Bounce recording: a bounce of one of our mails is filed with its ticket and recorded as
//! an event, never answered.

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

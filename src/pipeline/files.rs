//! Citizens' attachments on the message's path: stored on its ticket inside the message's
//! transaction (a new ticket's and a follow-up's alike), listed on the officer's new-ticket
//! notice, and marked for the sender to attach (see [`crate::outbox::attachments`]).

use super::*;
use crate::mail::attachments::Extracted;
use crate::outbox::attachments::Listing;

impl Pipeline {
    /// A request's attachments: read ahead by the [`Preparer`], or now (a message assessed
    /// inside its transaction). `None` when it has none.
    pub(super) fn attachments_of(
        &self,
        msg: &InboundMessage,
        a: &Assessment,
    ) -> Option<Arc<Extracted>> {
        a.attachments
            .clone()
            .or_else(|| super::assess::read_attachments(msg, a, &self.config.attachments.limits()))
            .filter(|x| !x.is_empty())
    }

    /// How the officer's notice lists a new ticket's attachments (numbered from 1, as
    /// [`Pipeline::store_files`] numbers them on a new ticket).
    pub(super) fn listing(&self, reference: &TicketRef, files: Option<&Extracted>) -> Listing {
        let Some(files) = files else {
            return Listing::default();
        };
        Listing::plan(
            &reference.to_string(),
            files
                .kept
                .iter()
                .enumerate()
                .map(|(i, a)| (i as i64 + 1, a.name.clone(), a.content_type.clone(), a.size)),
            files.left_out,
            self.config.attachments.forward_max_bytes,
        )
    }

    /// Stores a message's attachments on its ticket in the caller's transaction: a new
    /// ticket's are numbered from 1 (`new_ticket`), a follow-up's after the ticket's last.
    /// Returns the `attachments` event to record (what was stored, what the limits left
    /// out), which the caller adds (the batch path adds its events together).
    #[allow(clippy::too_many_arguments)]
    pub(super) async fn store_files(
        &self,
        tx: &mut crate::store::Tx,
        ticket_id: i64,
        message_row: i64,
        dedup_id: &str,
        files: &Extracted,
        new_ticket: bool,
        now: Timestamp,
    ) -> Result<(EventKind, serde_json::Value), PipelineError> {
        use crate::store::attachments::{next_number, store_attachments};
        let first = if new_ticket {
            1
        } else {
            next_number(tx, ticket_id).await?
        };
        let numbered =
            store_attachments(tx, ticket_id, message_row, first, &files.kept, now).await?;
        let bytes: u64 = files.kept.iter().map(|a| a.size).sum();
        if files.left_out > 0 {
            tracing::warn!(
                ticket_id,
                stored = numbered.len(),
                left_out = files.left_out,
                "attachments over the per-message limits were not stored"
            );
        } else {
            tracing::info!(
                ticket_id,
                stored = numbered.len(),
                bytes,
                "attachments stored"
            );
        }
        let detail = serde_json::json!({
            "message_id": dedup_id,
            "stored": numbered.len(),
            "numbers": numbered.iter().map(|x| x.n).collect::<Vec<_>>(),
            "bytes": bytes,
            "left_out": files.left_out,
            "left_out_bytes": files.left_out_bytes,
        });
        Ok((EventKind::Attachments, detail))
    }

    /// Marks the attachments the notice listed as attached, for the sender to add (the notice
    /// `dedup_key` was queued in this transaction; a notice held by a limit has no row and
    /// nothing is marked).
    pub(super) async fn forward_files(
        &self,
        tx: &mut crate::store::Tx,
        dedup_key: &str,
        ticket_id: i64,
        listing: &Listing,
    ) -> Result<(), PipelineError> {
        let attached = listing.attached();
        if !attached.is_empty() {
            crate::store::attachments::forward_with(tx, dedup_key, ticket_id, &attached).await?;
        }
        Ok(())
    }
}

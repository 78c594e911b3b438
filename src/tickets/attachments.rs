//! A ticket's attachments for every caller (the CLI now, the web desk next): the list, and
//! one attachment's bytes exactly as the citizen sent them.

use crate::domain::{EventKind, TicketRef};
use crate::store::Store;
use crate::store::attachments::StoredAttachment;

use super::actions::ActionError;

/// A ticket's stored attachments, by number, and how many its messages had beyond the
/// per-message limits (not stored; the original mail keeps them).
pub async fn list(
    store: &Store,
    reference: &TicketRef,
) -> Result<(Vec<StoredAttachment>, u64), ActionError> {
    let t = store
        .ticket(reference)
        .await?
        .ok_or_else(|| ActionError::NoSuchTicket(reference.to_string()))?;
    let stored = store.attachments(t.id).await?;
    let left_out = store
        .events(t.id)
        .await?
        .iter()
        .filter(|e| e.kind == EventKind::Attachments.as_str())
        .filter_map(|e| e.detail.get("left_out").and_then(serde_json::Value::as_u64))
        .sum();
    Ok((stored, left_out))
}

/// Attachment `n` of a ticket with its bytes; `Ok(None)` when the ticket has no such one.
pub async fn fetch(
    store: &Store,
    reference: &TicketRef,
    n: i64,
) -> Result<Option<(StoredAttachment, Vec<u8>)>, ActionError> {
    let t = store
        .ticket(reference)
        .await?
        .ok_or_else(|| ActionError::NoSuchTicket(reference.to_string()))?;
    Ok(store.attachment_bytes(t.id, n).await?)
}

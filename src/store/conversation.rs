//! The conversation on a ticket (issue 16): waiting for the citizen, the working days a
//! deadline was paused by, the citizen's latest mail to thread a reply to, and the look-ups
//! of the follow-up notices and status answers.

use jiff::Timestamp;
use sqlx::Row;

use super::{Store, StoreError, Tx, db_time};
use crate::domain::{EventKind, OutboxKind, TicketStatus};

/// Whether (since when, as stored) a ticket waits for its citizen, and the working days its
/// deadline has been moved by waiting so far.
#[derive(Debug, Clone, PartialEq)]
pub struct Waiting {
    /// When the ticket started waiting (RFC 3339 UTC text); `None` when it is not waiting.
    pub since: Option<String>,
    /// Working days the deadline has been moved on by waiting so far (a charter that pauses).
    pub paused_working_days: i64,
}

/// The ticket's waiting state. Errs (`RowNotFound`) when the ticket id does not exist.
pub async fn waiting(tx: &mut Tx, ticket_id: i64) -> Result<Waiting, StoreError> {
    let row = sqlx::query("SELECT waiting_since, paused_working_days FROM tickets WHERE id = $1")
        .bind(ticket_id)
        .fetch_one(&mut **tx)
        .await?;
    Ok(Waiting {
        since: row.try_get(0)?,
        paused_working_days: row.try_get(1)?,
    })
}

/// Sets the ticket waiting for its citizen since `since` (clears a resolution time).
pub async fn start_waiting(
    tx: &mut Tx,
    ticket_id: i64,
    since: Timestamp,
) -> Result<(), StoreError> {
    sqlx::query(
        "UPDATE tickets SET status = $1, resolved_at = NULL, waiting_since = $2 WHERE id = $3",
    )
    .bind(TicketStatus::Waiting.as_str())
    .bind(db_time(since))
    .bind(ticket_id)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Opens a waiting ticket again, if it is still waiting. Returns whether it was (a second
/// mail in the same moment, or another replica, finds it open already).
pub async fn end_waiting(tx: &mut Tx, ticket_id: i64) -> Result<bool, StoreError> {
    let done = sqlx::query(
        "UPDATE tickets SET status = $1, waiting_since = NULL WHERE id = $2 AND status = $3",
    )
    .bind(TicketStatus::Open.as_str())
    .bind(ticket_id)
    .bind(TicketStatus::Waiting.as_str())
    .execute(&mut **tx)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Moves a ticket's deadline by `days` more paused working days, to `due_at`.
pub async fn add_pause(
    tx: &mut Tx,
    ticket_id: i64,
    days: i64,
    receipt_day: &str,
    due_at: &str,
) -> Result<(), StoreError> {
    sqlx::query(
        "UPDATE tickets SET paused_working_days = paused_working_days + $1, receipt_day = $2,
                            due_at = $3
         WHERE id = $4",
    )
    .bind(days)
    .bind(receipt_day)
    .bind(due_at)
    .bind(ticket_id)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// The raw bytes of the ticket's latest mail not written by `officer` (the citizen's latest,
/// to thread a reply to), if any is kept.
pub async fn latest_citizen_mail(
    tx: &mut Tx,
    ticket_id: i64,
    officer: &str,
) -> Result<Option<Vec<u8>>, StoreError> {
    let rows = sqlx::query(
        "SELECT m.id, m.from_address FROM messages m JOIN message_raw r ON r.message_id = m.id
         WHERE m.ticket_id = $1 ORDER BY m.id DESC LIMIT 50",
    )
    .bind(ticket_id)
    .fetch_all(&mut **tx)
    .await?;
    let mut chosen = None;
    for r in &rows {
        let from: Option<String> = r.try_get(1)?;
        if !from.is_some_and(|f| f.trim().eq_ignore_ascii_case(officer)) {
            chosen = Some(r.try_get::<i64, _>(0)?);
            break;
        }
    }
    let Some(id) = chosen else {
        return Ok(None);
    };
    let row = sqlx::query("SELECT raw FROM message_raw WHERE message_id = $1")
        .bind(id)
        .fetch_one(&mut **tx)
        .await?;
    Ok(row.try_get(0)?)
}

/// When the last mail of `kind` was queued for the ticket (as stored), if ever.
pub async fn last_mail_at(
    tx: &mut Tx,
    ticket_id: i64,
    kind: OutboxKind,
) -> Result<Option<String>, StoreError> {
    let row = sqlx::query("SELECT MAX(created_at) FROM outbox WHERE ticket_id = $1 AND kind = $2")
        .bind(ticket_id)
        .bind(kind.as_str())
        .fetch_one(&mut **tx)
        .await?;
    Ok(row.try_get(0)?)
}

/// How many mails of `kind` the office (by its address) queued since `since`.
pub async fn office_mails_since(
    tx: &mut Tx,
    office_address: &str,
    kind: OutboxKind,
    since: Timestamp,
) -> Result<i64, StoreError> {
    let row = sqlx::query(
        "SELECT COUNT(*) FROM outbox WHERE mail_from = $1 AND kind = $2 AND created_at >= $3",
    )
    .bind(office_address)
    .bind(kind.as_str())
    .bind(db_time(since))
    .fetch_one(&mut **tx)
    .await?;
    Ok(row.try_get(0)?)
}

/// The ticket's follow-up events the officer has been told of.
pub async fn notified_followups(
    tx: &mut Tx,
    ticket_id: i64,
) -> Result<std::collections::HashSet<i64>, StoreError> {
    let rows = sqlx::query("SELECT event_id FROM followup_notices WHERE ticket_id = $1")
        .bind(ticket_id)
        .fetch_all(&mut **tx)
        .await?;
    rows.iter()
        .map(|r| r.try_get::<i64, _>(0).map_err(StoreError::from))
        .collect()
}

/// Records that the notice `key` told the officer of these follow-up events.
pub async fn mark_notified(
    tx: &mut Tx,
    ticket_id: i64,
    events: &[i64],
    key: &str,
) -> Result<(), StoreError> {
    for id in events {
        sqlx::query(
            "INSERT INTO followup_notices (event_id, ticket_id, notice_key) VALUES ($1, $2, $3)
             ON CONFLICT (event_id) DO NOTHING",
        )
        .bind(id)
        .bind(ticket_id)
        .bind(key)
        .execute(&mut **tx)
        .await?;
    }
    Ok(())
}

/// One stored event with its row id.
#[derive(Debug, Clone)]
pub struct StoredEvent {
    /// The event's row id (orders events; newer rows have larger ids).
    pub id: i64,
    /// When it happened (RFC 3339 UTC text).
    pub at: String,
    /// An [`EventKind`] word.
    pub kind: String,
    /// The event's particulars as JSON.
    pub detail: serde_json::Value,
}

/// The ticket's events of these kinds, in order.
pub async fn events_of(
    tx: &mut Tx,
    ticket_id: i64,
    kinds: &[EventKind],
) -> Result<Vec<StoredEvent>, StoreError> {
    let rows = sqlx::query(
        "SELECT id, at, kind, detail FROM ticket_events WHERE ticket_id = $1 ORDER BY id",
    )
    .bind(ticket_id)
    .fetch_all(&mut **tx)
    .await?;
    let mut out = Vec::new();
    for r in &rows {
        let kind: String = r.try_get(2)?;
        if !kinds.iter().any(|k| k.as_str() == kind) {
            continue;
        }
        let detail: String = r.try_get(3)?;
        out.push(StoredEvent {
            id: r.try_get(0)?,
            at: r.try_get(1)?,
            kind,
            detail: serde_json::from_str(&detail).unwrap_or(serde_json::Value::String(detail)),
        });
    }
    Ok(out)
}

impl Store {
    /// The references of `office`'s tickets with a follow-up recorded since `since` (the
    /// candidates for a batched follow-up notice).
    pub async fn tickets_with_followups_since(
        &self,
        office: &str,
        since: Timestamp,
    ) -> Result<Vec<String>, StoreError> {
        let rows = sqlx::query(
            "SELECT DISTINCT t.reference FROM ticket_events e JOIN tickets t ON t.id = e.ticket_id
             WHERE e.kind = $1 AND e.at >= $2 AND t.office = $3 ORDER BY t.reference",
        )
        .bind(EventKind::Followup.as_str())
        .bind(db_time(since))
        .bind(office)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| r.try_get::<String, _>(0).map_err(StoreError::from))
            .collect()
    }

    /// The working days by which waiting moved each of `office`'s tickets' deadlines (only
    /// tickets with some), so that a recomputed deadline keeps them.
    pub async fn paused_working_days(
        &self,
        office: &str,
    ) -> Result<std::collections::HashMap<i64, i64>, StoreError> {
        let rows = sqlx::query(
            "SELECT id, paused_working_days FROM tickets
             WHERE office = $1 AND paused_working_days > 0",
        )
        .bind(office)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| Ok((r.try_get(0)?, r.try_get(1)?)))
            .collect()
    }
}

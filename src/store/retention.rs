//! Data retention's SQL (issue 20): which mail is past its days, and purging it.
//!
//! A purge removes content, never rows: a message's `raw` becomes NULL (its content
//! fingerprint is kept, see [`super::messages::journaled_fingerprint`]), the bodies of the
//! mail we sent for a settled ticket are deleted (`outbox_bodies`; the outbox rows with their
//! Message-IDs stay, so replies still thread), and the ticket row is marked. Each purge is
//! guarded by a conditional update (`… WHERE mail_purged_at IS NULL`, `… WHERE purged_at IS
//! NULL`), so two replicas purging at once purge — and record — each thing once.

use jiff::Timestamp;
use sqlx::Row;

use super::{Store, StoreError, Tx, db_time};

/// A resolved or closed ticket whose mail is past its days.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct DueTicket {
    #[serde(skip)]
    /// The ticket's row id (internal).
    pub id: i64,
    /// Its public reference, `OFFICE-YYYY-NNNNNN`.
    pub reference: String,
    /// The office code that owns it.
    pub office: String,
    /// `resolved` or `closed`, as stored.
    pub status: String,
    /// When it was resolved (RFC 3339 UTC text); the retention clock starts there (at the
    /// receipt when it has none).
    pub resolved_at: Option<String>,
}

/// How much mail a purge removes (or would remove).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Amount {
    /// Journaled messages whose bytes go.
    pub messages: i64,
    /// Mails we sent whose rendered bodies go.
    pub outbox_mails: i64,
    /// Bytes freed: raw message bytes plus rendered outbox bodies.
    pub bytes: i64,
}

impl std::ops::AddAssign for Amount {
    fn add_assign(&mut self, o: Amount) {
        self.messages += o.messages;
        self.outbox_mails += o.outbox_mails;
        self.bytes += o.bytes;
    }
}

/// Mail that belongs to no ticket, by why it was kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Untracked {
    /// Set aside for the officer (unparseable, oversize, a stage failed): `quarantine_days`.
    Quarantine,
    /// Spam, bulk mail, automatic replies, bounces, our own mail: `mail_days`.
    UntrackedMail,
}

impl Untracked {
    /// The word stored in `purge_log.kind` and shown by `sebadesk purge`.
    pub fn as_str(self) -> &'static str {
        match self {
            Untracked::Quarantine => "quarantine",
            Untracked::UntrackedMail => "untracked-mail",
        }
    }

    fn condition(self) -> &'static str {
        match self {
            Untracked::Quarantine => "quarantine_reason IS NOT NULL",
            Untracked::UntrackedMail => "quarantine_reason IS NULL",
        }
    }
}

/// The sent or failed mails of a ticket whose bodies a purge removes (queued or held mail
/// is still to be sent and keeps its body).
const DONE_OUTBOX: &str =
    "SELECT id FROM outbox WHERE ticket_id = $1 AND status IN ('sent', 'failed')";

impl Store {
    /// Resolved or closed tickets (of `office`, or every office) settled before `cutoff`
    /// whose mail is still here, oldest first, at most `limit`. A closed ticket without a
    /// resolution time counts from its arrival.
    pub async fn tickets_due_for_purge(
        &self,
        office: Option<&str>,
        cutoff: Timestamp,
        limit: i64,
    ) -> Result<Vec<DueTicket>, StoreError> {
        let rows = sqlx::query(
            "SELECT id, reference, office, status, resolved_at FROM tickets
             WHERE ($1 = '' OR office = $1) AND status IN ('resolved', 'closed')
               AND mail_purged_at IS NULL AND COALESCE(resolved_at, received_at) < $2
             ORDER BY id LIMIT $3",
        )
        .bind(office.unwrap_or(""))
        .bind(db_time(cutoff))
        .bind(limit)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| {
                Ok(DueTicket {
                    id: r.try_get(0)?,
                    reference: r.try_get(1)?,
                    office: r.try_get(2)?,
                    status: r.try_get(3)?,
                    resolved_at: r.try_get(4)?,
                })
            })
            .collect()
    }

    /// What purging ticket `id`'s mail would remove now.
    pub async fn ticket_mail_amount(&self, id: i64) -> Result<Amount, StoreError> {
        let m = sqlx::query(
            "SELECT COUNT(*), COALESCE(SUM(LENGTH(r.raw)), 0)
             FROM messages m JOIN message_raw r ON r.message_id = m.id
             WHERE m.ticket_id = $1",
        )
        .bind(id)
        .fetch_one(self.pool())
        .await?;
        let o = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT COUNT(*), COALESCE(SUM(LENGTH(raw)), 0) FROM outbox_bodies
             WHERE outbox_id IN ({DONE_OUTBOX})"
        )))
        .bind(id)
        .fetch_one(self.pool())
        .await?;
        Ok(Amount {
            messages: m.try_get(0)?,
            outbox_mails: o.try_get(0)?,
            bytes: m.try_get::<i64, _>(1)? + o.try_get::<i64, _>(1)?,
        })
    }

    /// What purging `mailbox`'s `kind` of ticketless mail journaled before `cutoff` would
    /// remove now.
    pub async fn untracked_amount(
        &self,
        mailbox: &str,
        kind: Untracked,
        cutoff: Timestamp,
    ) -> Result<Amount, StoreError> {
        let row = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT COUNT(*), COALESCE(SUM(LENGTH(r.raw)), 0)
             FROM messages m JOIN message_raw r ON r.message_id = m.id
             WHERE m.mailbox = $1 AND m.purged_at IS NULL AND m.created_at < $2
               AND m.ticket_id IS NULL AND {}",
            kind.condition()
        )))
        .bind(mailbox)
        .bind(db_time(cutoff))
        .fetch_one(self.pool())
        .await?;
        Ok(Amount {
            messages: row.try_get(0)?,
            outbox_mails: 0,
            bytes: row.try_get(1)?,
        })
    }
}

/// Empties the bytes of journaled messages `rows` (id, raw), keeping each one's fingerprint.
async fn empty_messages(
    tx: &mut Tx,
    rows: &[(i64, Vec<u8>)],
    now: &str,
) -> Result<i64, StoreError> {
    let mut bytes = 0;
    for (id, raw) in rows {
        let fingerprint = crate::mail::content_fingerprint(raw);
        sqlx::query("DELETE FROM message_raw WHERE message_id = $1")
            .bind(id)
            .execute(&mut **tx)
            .await?;
        sqlx::query(
            "UPDATE messages SET purged_at = $1, purged_fingerprint = $2
             WHERE id = $3 AND purged_at IS NULL",
        )
        .bind(now)
        .bind(fingerprint)
        .bind(id)
        .execute(&mut **tx)
        .await?;
        bytes += raw.len() as i64;
    }
    Ok(bytes)
}

/// Purges ticket `id`'s mail in `tx`: its journaled messages' bytes and the bodies of the
/// mail sent for it. `None` when there was nothing to do: the ticket is no longer settled, or
/// its mail was purged already (by another replica, a moment ago).
pub async fn purge_ticket_mail(
    tx: &mut Tx,
    id: i64,
    now: Timestamp,
) -> Result<Option<Amount>, StoreError> {
    let at = db_time(now);
    let claimed = sqlx::query(
        "UPDATE tickets SET mail_purged_at = $1
         WHERE id = $2 AND mail_purged_at IS NULL AND status IN ('resolved', 'closed')",
    )
    .bind(&at)
    .bind(id)
    .execute(&mut **tx)
    .await?;
    if claimed.rows_affected() == 0 {
        return Ok(None);
    }
    let rows: Vec<(i64, Vec<u8>)> = sqlx::query_as(
        "SELECT m.id, r.raw FROM messages m JOIN message_raw r ON r.message_id = m.id
         WHERE m.ticket_id = $1 ORDER BY m.id",
    )
    .bind(id)
    .fetch_all(&mut **tx)
    .await?;
    let mut amount = Amount {
        messages: rows.len() as i64,
        bytes: empty_messages(tx, &rows, &at).await?,
        ..Amount::default()
    };
    let bodies = sqlx::query(sqlx::AssertSqlSafe(format!(
        "SELECT COUNT(*), COALESCE(SUM(LENGTH(raw)), 0) FROM outbox_bodies
         WHERE outbox_id IN ({DONE_OUTBOX})"
    )))
    .bind(id)
    .fetch_one(&mut **tx)
    .await?;
    amount.outbox_mails = bodies.try_get(0)?;
    amount.bytes += bodies.try_get::<i64, _>(1)?;
    sqlx::query(sqlx::AssertSqlSafe(format!(
        "DELETE FROM outbox_bodies WHERE outbox_id IN ({DONE_OUTBOX})"
    )))
    .bind(id)
    .execute(&mut **tx)
    .await?;
    Ok(Some(amount))
}

/// Purges at most `limit` of `mailbox`'s ticketless messages of `kind` journaled before
/// `cutoff`, and records the purge in `purge_log` (office `office`). Returns what went
/// (zero when nothing was due).
#[allow(clippy::too_many_arguments)]
pub async fn purge_untracked(
    tx: &mut Tx,
    office: &str,
    mailbox: &str,
    kind: Untracked,
    cutoff: Timestamp,
    now: Timestamp,
    limit: i64,
) -> Result<Amount, StoreError> {
    let rows: Vec<(i64, Vec<u8>)> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT m.id, r.raw FROM messages m JOIN message_raw r ON r.message_id = m.id
         WHERE m.mailbox = $1 AND m.purged_at IS NULL AND m.created_at < $2
           AND m.ticket_id IS NULL AND {}
         ORDER BY m.id LIMIT $3",
        kind.condition()
    )))
    .bind(mailbox)
    .bind(db_time(cutoff))
    .bind(limit)
    .fetch_all(&mut **tx)
    .await?;
    if rows.is_empty() {
        return Ok(Amount::default());
    }
    let at = db_time(now);
    let amount = Amount {
        messages: rows.len() as i64,
        bytes: empty_messages(tx, &rows, &at).await?,
        outbox_mails: 0,
    };
    sqlx::query(
        "INSERT INTO purge_log (at, office, kind, messages, bytes, older_than)
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(&at)
    .bind(office)
    .bind(kind.as_str())
    .bind(amount.messages)
    .bind(amount.bytes)
    .bind(db_time(cutoff))
    .execute(&mut **tx)
    .await?;
    Ok(amount)
}

/// One row of `purge_log`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct PurgeLogEntry {
    /// When the purge ran (RFC 3339 UTC text).
    pub at: String,
    /// The office whose mailbox was purged.
    pub office: String,
    /// What was purged: an [`Untracked`] word.
    pub kind: String,
    /// Journaled messages whose bytes were removed.
    pub messages: i64,
    /// Bytes removed.
    pub bytes: i64,
    /// The cutoff: mail received before this (RFC 3339 UTC text) was past its days.
    pub older_than: String,
}

impl Store {
    /// The record of purges of ticketless mail, oldest first.
    pub async fn purge_log(&self) -> Result<Vec<PurgeLogEntry>, StoreError> {
        let rows = sqlx::query(
            "SELECT at, office, kind, messages, bytes, older_than FROM purge_log ORDER BY id",
        )
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| {
                Ok(PurgeLogEntry {
                    at: r.try_get(0)?,
                    office: r.try_get(1)?,
                    kind: r.try_get(2)?,
                    messages: r.try_get(3)?,
                    bytes: r.try_get(4)?,
                    older_than: r.try_get(5)?,
                })
            })
            .collect()
    }
}

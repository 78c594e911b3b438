//! The intake journal: per-mailbox cursors and one row per message taken in.

use jiff::Timestamp;
use std::collections::HashSet;

use sqlx::Row;

use super::{Store, StoreError, Tx, db_time, parse_db_time};

#[derive(Debug, Clone, PartialEq)]
/// Where intake stands in one mailbox: the UID epoch and the next UID to fetch.
pub struct Cursor {
    /// The server's UIDVALIDITY; when it changes, every UID below is meaningless and the cursor restarts.
    pub uidvalidity: u32,
    /// The lowest UID not yet taken in (IMAP UIDs grow; everything below is journaled or skipped).
    pub next_uid: u32,
    /// Mail that reached the mailbox before this predates sebadesk and is never acknowledged.
    pub baseline_at: Timestamp,
}

/// A message to journal.
#[derive(Debug, Clone)]
pub struct NewMessage<'a> {
    /// The mailbox's stable name (`user@imap.host/INBOX`), as in [`crate::mail::MailboxPosition`].
    pub mailbox: &'a str,
    /// The mailbox's UIDVALIDITY at fetch time; with `uid` the message's position.
    pub uidvalidity: u32,
    /// The message's IMAP UID in `mailbox` under `uidvalidity`.
    pub uid: u32,
    /// Message-ID header, or `sha256:<32 hex>` of the raw bytes when it has none; unique per mailbox.
    pub dedup_id: &'a str,
    /// What became of it, as stored: a triage word (`new`, `followup`, `bounce`, …), or
    /// `quarantined` or `officer-command`.
    pub disposition: &'a str,
    /// When the server received it (INTERNALDATE), not when we fetched it.
    pub received_at: Timestamp,
    /// The bare sender address, when the From header parsed.
    pub from_address: Option<&'a str>,
    /// The decoded Subject, when it has one.
    pub subject: Option<&'a str>,
    /// Size in bytes of the whole message on the server (even when only the header is kept).
    pub size: u64,
    /// The bytes kept: the whole message, or only its header when oversize. Shared, so that
    /// SQLite can take a big one in pieces (see [`super::blob_stream`]).
    pub raw: &'a bytes::Bytes,
    /// Why it was quarantined (`None` when it was processed normally); shown to the operator.
    pub quarantine_reason: Option<&'a str>,
    /// The ticket this message opened or was added to, if any.
    pub ticket_id: Option<i64>,
}

/// A quarantined message's bytes and position, to process it again.
#[derive(Debug, Clone)]
pub struct QuarantinedRaw {
    /// The mailbox's stable name (`user@imap.host/INBOX`).
    pub mailbox: String,
    /// The mailbox's UIDVALIDITY when the message was journaled.
    pub uidvalidity: u32,
    /// The message's IMAP UID.
    pub uid: u32,
    /// When the server received it.
    pub received_at: Timestamp,
    /// Size in bytes of the whole message on the server.
    pub size: u64,
    /// The stored bytes (the header alone when `header_only`).
    pub raw: Vec<u8>,
    /// Only the header was stored (an oversize message).
    pub header_only: bool,
}

#[derive(Debug, Clone, serde::Serialize)]
/// One quarantined message as listed to the operator (`sebadesk quarantine`, web desk); no body.
pub struct QuarantinedMessage {
    /// The journal row id, used to release or reprocess it.
    pub id: i64,
    /// The mailbox's stable name (`user@imap.host/INBOX`) it came from.
    pub mailbox: String,
    /// Its IMAP UID (under the mailbox's UIDVALIDITY at the time).
    pub uid: i64,
    /// The bare sender address, when the From header parsed.
    pub from_address: Option<String>,
    /// The decoded Subject, when it had one.
    pub subject: Option<String>,
    /// Why it was quarantined, as recorded by the pipeline.
    pub reason: String,
    /// When the server received it, as stored (RFC 3339 UTC text).
    pub received_at: String,
}

impl Store {
    /// The mailbox's cursor, or `None` before intake ever ran on it. Errs on an unreadable row.
    pub async fn cursor(&self, mailbox: &str) -> Result<Option<Cursor>, StoreError> {
        let row = sqlx::query(
            "SELECT uidvalidity, next_uid, baseline_at FROM mailbox_cursors WHERE mailbox = $1",
        )
        .bind(mailbox)
        .fetch_optional(self.pool())
        .await?;
        row.map(|r| {
            Ok(Cursor {
                uidvalidity: r.try_get::<i64, _>(0)? as u32,
                next_uid: r.try_get::<i64, _>(1)? as u32,
                baseline_at: parse_db_time(
                    &r.try_get::<String, _>(2)?,
                    "mailbox_cursors.baseline_at",
                )?,
            })
        })
        .transpose()
    }

    /// Creates or replaces a mailbox's cursor (first start, or a UIDVALIDITY change).
    pub async fn set_cursor(
        &self,
        mailbox: &str,
        cursor: &Cursor,
        now: Timestamp,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO mailbox_cursors (mailbox, uidvalidity, next_uid, baseline_at, updated_at)
             VALUES ($1, $2, $3, $4, $5)
             ON CONFLICT (mailbox) DO UPDATE SET uidvalidity = $2, next_uid = $3, baseline_at = $4, updated_at = $5",
        )
        .bind(mailbox)
        .bind(cursor.uidvalidity as i64)
        .bind(cursor.next_uid as i64)
        .bind(db_time(cursor.baseline_at))
        .bind(db_time(now))
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// Moves the cursor forward past `uid` (never backward), outside any ticket transaction:
    /// for messages that are skipped without a journal row (mail older than the baseline).
    pub async fn advance_cursor(
        &self,
        mailbox: &str,
        uidvalidity: u32,
        uid: u32,
        now: Timestamp,
    ) -> Result<(), StoreError> {
        let mut tx = self.begin().await?;
        advance_cursor(&mut tx, mailbox, uidvalidity, uid, now).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Messages committed but not yet flagged/moved on the server (a crash or a lost
    /// connection came in between): intake retries them.
    pub async fn unmarked_uids(
        &self,
        mailbox: &str,
        uidvalidity: u32,
    ) -> Result<Vec<u32>, StoreError> {
        let rows = sqlx::query(
            "SELECT uid FROM messages WHERE mailbox = $1 AND uidvalidity = $2 AND marked_on_server = 0 ORDER BY uid",
        )
        .bind(mailbox)
        .bind(uidvalidity as i64)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| Ok(r.try_get::<i64, _>(0)? as u32))
            .collect()
    }

    /// Records that these UIDs were flagged/moved on the server, so [`Store::unmarked_uids`]
    /// stops returning them. One transaction for the whole batch; an empty list is a no-op.
    pub async fn set_marked(
        &self,
        mailbox: &str,
        uidvalidity: u32,
        uids: &[u32],
    ) -> Result<(), StoreError> {
        if uids.is_empty() {
            return Ok(());
        }
        // One transaction for the batch: on SQLite every commit costs a sync.
        let _gate = self.write_gate().await;
        let mut tx = self.begin().await?;
        // And few statements: each one is a round trip to the database's thread.
        for chunk in uids.chunks(100) {
            let placeholders: Vec<String> = (3..3 + chunk.len()).map(|i| format!("${i}")).collect();
            let sql = format!(
                "UPDATE messages SET marked_on_server = 1 WHERE mailbox = $1 AND uidvalidity = $2 AND uid IN ({})",
                placeholders.join(", ")
            );
            let mut query = sqlx::query(sqlx::AssertSqlSafe(sql))
                .bind(mailbox)
                .bind(uidvalidity as i64);
            for uid in chunk {
                query = query.bind(*uid as i64);
            }
            query.execute(&mut *tx).await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// A quarantined message's stored bytes, to run it through the pipeline again; `None` when the
    /// id is unknown, not quarantined, already linked to a ticket, or purged.
    pub async fn quarantined_raw(&self, id: i64) -> Result<Option<QuarantinedRaw>, StoreError> {
        let row = sqlx::query(
            "SELECT m.mailbox, m.uidvalidity, m.uid, m.received_at, m.size, r.raw, m.quarantine_reason
             FROM messages m LEFT JOIN message_raw r ON r.message_id = m.id
             WHERE m.id = $1 AND m.quarantine_reason IS NOT NULL AND m.ticket_id IS NULL
               AND m.purged_at IS NULL",
        )
        .bind(id)
        .fetch_optional(self.pool())
        .await?;
        row.map(|r| {
            let reason: String = r.try_get(6)?;
            Ok(QuarantinedRaw {
                mailbox: r.try_get(0)?,
                uidvalidity: r.try_get::<i64, _>(1)? as u32,
                uid: r.try_get::<i64, _>(2)? as u32,
                received_at: parse_db_time(&r.try_get::<String, _>(3)?, "messages.received_at")?,
                size: r.try_get::<i64, _>(4)? as u64,
                raw: r.try_get::<Option<Vec<u8>>, _>(5)?.unwrap_or_default(),
                header_only: reason.starts_with("oversize"),
            })
        })
        .transpose()
    }

    /// Every quarantined message still waiting (not linked to a ticket, not purged), oldest first.
    pub async fn quarantined(&self) -> Result<Vec<QuarantinedMessage>, StoreError> {
        let rows = sqlx::query(
            "SELECT id, mailbox, uid, from_address, subject, quarantine_reason, received_at
             FROM messages WHERE quarantine_reason IS NOT NULL AND ticket_id IS NULL
               AND purged_at IS NULL ORDER BY id",
        )
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| {
                Ok(QuarantinedMessage {
                    id: r.try_get(0)?,
                    mailbox: r.try_get(1)?,
                    uid: r.try_get(2)?,
                    from_address: r.try_get(3)?,
                    subject: r.try_get(4)?,
                    reason: r.try_get(5)?,
                    received_at: r.try_get(6)?,
                })
            })
            .collect()
    }
}

/// Moves the cursor past `uid` inside `tx`, so the cursor and the journal row commit together.
/// Never moves it backward; a changed UIDVALIDITY leaves it untouched.
pub async fn advance_cursor(
    tx: &mut Tx,
    mailbox: &str,
    uidvalidity: u32,
    uid: u32,
    now: Timestamp,
) -> Result<(), StoreError> {
    sqlx::query(
        "UPDATE mailbox_cursors SET next_uid = $3, updated_at = $4
         WHERE mailbox = $1 AND uidvalidity = $2 AND next_uid < $3",
    )
    .bind(mailbox)
    .bind(uidvalidity as i64)
    .bind(uid as i64 + 1)
    .bind(db_time(now))
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Journals a message. Returns its row id, or `None` when this message (same UID, or same
/// Message-ID in this mailbox) is already journaled: the caller then does nothing more.
///
/// This is the first write of the ingest transaction on purpose: on SQLite it takes the write
/// lock at once, so the transaction never has to upgrade a read lock (which can fail).
pub async fn insert_message(
    tx: &mut Tx,
    m: &NewMessage<'_>,
    now: Timestamp,
) -> Result<Option<i64>, StoreError> {
    let row = sqlx::query(
        "INSERT INTO messages (mailbox, uidvalidity, uid, dedup_id, ticket_id, disposition, received_at,
                               from_address, subject, size, quarantine_reason, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
         ON CONFLICT DO NOTHING
         RETURNING id",
    )
    .bind(m.mailbox)
    .bind(m.uidvalidity as i64)
    .bind(m.uid as i64)
    .bind(m.dedup_id)
    .bind(m.ticket_id)
    .bind(m.disposition)
    .bind(db_time(m.received_at))
    .bind(m.from_address)
    .bind(m.subject)
    .bind(m.size as i64)
    .bind(m.quarantine_reason)
    .bind(db_time(now))
    .fetch_optional(&mut **tx)
    .await?;
    let id = row.map(|r| r.try_get::<i64, _>(0)).transpose()?;
    if let Some(id) = id {
        if streamed(tx, m.raw) {
            fill_raw(tx, id, m.raw).await?;
        } else {
            sqlx::query("INSERT INTO message_raw (message_id, raw) VALUES ($1, $2)")
                .bind(id)
                .bind(&m.raw[..])
                .execute(&mut **tx)
                .await?;
        }
    }
    Ok(id)
}

/// Whether a mail's bytes go into `message_raw` in pieces ([`fill_raw`]): a big mail on
/// SQLite, instead of being copied three times over by the bind (issue 20). Others are
/// bound whole.
fn streamed(tx: &Tx, raw: &bytes::Bytes) -> bool {
    super::is_sqlite(tx) && raw.len() >= super::blob_stream::STREAM_FROM
}

/// Writes a big mail's bytes as its `message_raw` row, on SQLite: a `zeroblob` (the row's
/// last column, so SQLite holds none of its bytes: migrations/sqlite/0021) filled in pieces.
async fn fill_raw(tx: &mut Tx, id: i64, raw: &bytes::Bytes) -> Result<(), StoreError> {
    sqlx::query("INSERT INTO message_raw (message_id, raw) VALUES ($1, zeroblob($2))")
        .bind(id)
        .bind(raw.len() as i64)
        .execute(&mut **tx)
        .await?;
    // message_id is the INTEGER PRIMARY KEY: the rowid.
    super::blob_stream::fill(tx, "message_raw", "raw", id, Box::new(raw.clone())).await
}

/// Which of a batch's messages are journaled already in `mailbox`: the UIDs (under
/// `uidvalidity`) and the dedup ids found. Inside the batch's transaction, before it writes
/// them with [`insert_messages`].
pub async fn journaled(
    tx: &mut Tx,
    mailbox: &str,
    uidvalidity: u32,
    uids: &[u32],
    dedup_ids: &[&str],
) -> Result<(HashSet<u32>, HashSet<String>), StoreError> {
    let mut found_uids = HashSet::new();
    let mut found_ids = HashSet::new();
    for (uids, ids) in uids.chunks(100).zip(dedup_ids.chunks(100)) {
        let list = |from: usize, n: usize| {
            (from..from + n)
                .map(|i| format!("${i}"))
                .collect::<Vec<_>>()
                .join(", ")
        };
        // Two look-ups, each on its own UNIQUE index (one query with OR took ~50 µs per
        // message on SQLite).
        let sql = format!(
            "SELECT uidvalidity, uid, dedup_id FROM messages
             WHERE mailbox = $1 AND uidvalidity = $2 AND uid IN ({})
             UNION ALL
             SELECT uidvalidity, uid, dedup_id FROM messages
             WHERE mailbox = $1 AND dedup_id IN ({})",
            list(3, uids.len()),
            list(3 + uids.len(), ids.len())
        );
        let mut query = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(mailbox)
            .bind(uidvalidity as i64);
        for uid in uids {
            query = query.bind(*uid as i64);
        }
        for id in ids {
            query = query.bind(*id);
        }
        for row in query.fetch_all(&mut **tx).await? {
            if row.try_get::<i64, _>(0)? == uidvalidity as i64 {
                found_uids.insert(row.try_get::<i64, _>(1)? as u32);
            }
            found_ids.insert(row.try_get::<String, _>(2)?);
        }
    }
    Ok((found_uids, found_ids))
}

/// Journals messages known to be new (see [`journaled`]) with few statements. Returns how
/// many rows went in: fewer than given means one was journaled meanwhile (by another process
/// on the same database) and the caller must roll back.
pub async fn insert_messages(
    tx: &mut Tx,
    msgs: &[NewMessage<'_>],
    now: Timestamp,
) -> Result<u64, StoreError> {
    let created = db_time(now);
    let mut inserted = 0;
    for chunk in msgs.chunks(50) {
        let sql = format!(
            "INSERT INTO messages (mailbox, uidvalidity, uid, dedup_id, ticket_id, disposition, received_at,
                                   from_address, subject, size, quarantine_reason, created_at)
             VALUES {}
             ON CONFLICT DO NOTHING",
            super::Placeholders::for_tx(tx).rows(chunk.len(), 12)
        );
        let mut query = sqlx::query(sqlx::AssertSqlSafe(sql));
        for m in chunk {
            query = query
                .bind(m.mailbox)
                .bind(m.uidvalidity as i64)
                .bind(m.uid as i64)
                .bind(m.dedup_id)
                .bind(m.ticket_id)
                .bind(m.disposition)
                .bind(db_time(m.received_at))
                .bind(m.from_address)
                .bind(m.subject)
                .bind(m.size as i64)
                .bind(m.quarantine_reason)
                .bind(created.as_str());
        }
        let rows = query.execute(&mut **tx).await?.rows_affected();
        inserted += rows;
        if rows < chunk.len() as u64 {
            // One was journaled meanwhile: the caller rolls back, nothing to fill.
            continue;
        }
        // The bytes, in one statement for those bound whole (each row finds its message by
        // position: the multi-row insert returns no ids)...
        let bound: Vec<&NewMessage<'_>> = chunk.iter().filter(|m| !streamed(tx, m.raw)).collect();
        if !bound.is_empty() {
            let mut p = super::Placeholders::for_tx(tx);
            let rows: Vec<String> = bound
                .iter()
                .map(|_| {
                    let (mailbox, uidvalidity, uid, raw) = (p.next(), p.next(), p.next(), p.next());
                    format!(
                        "((SELECT id FROM messages WHERE mailbox = {mailbox} AND uidvalidity = {uidvalidity} AND uid = {uid}), {raw})"
                    )
                })
                .collect();
            let sql = format!(
                "INSERT INTO message_raw (message_id, raw) VALUES {}",
                rows.join(", ")
            );
            let mut query = sqlx::query(sqlx::AssertSqlSafe(sql));
            for m in &bound {
                query = query
                    .bind(m.mailbox)
                    .bind(m.uidvalidity as i64)
                    .bind(m.uid as i64)
                    .bind(&m.raw[..]);
            }
            query.execute(&mut **tx).await?;
        }
        // ...and in pieces for the big ones.
        let big: Vec<&NewMessage<'_>> = chunk.iter().filter(|m| streamed(tx, m.raw)).collect();
        for m in big {
            let id: i64 = sqlx::query_scalar(
                "SELECT id FROM messages WHERE mailbox = $1 AND uidvalidity = $2 AND uid = $3",
            )
            .bind(m.mailbox)
            .bind(m.uidvalidity as i64)
            .bind(m.uid as i64)
            .fetch_one(&mut **tx)
            .await?;
            fill_raw(tx, id, m.raw).await?;
        }
    }
    Ok(inserted)
}

/// Removes a quarantine row so that its message can be processed again (same transaction).
pub async fn delete_quarantined(tx: &mut Tx, id: i64) -> Result<(), StoreError> {
    sqlx::query(
        "DELETE FROM message_raw WHERE message_id IN
           (SELECT id FROM messages WHERE id = $1 AND quarantine_reason IS NOT NULL AND ticket_id IS NULL)",
    )
    .bind(id)
    .execute(&mut **tx)
    .await?;
    sqlx::query("DELETE FROM messages WHERE id = $1 AND quarantine_reason IS NOT NULL AND ticket_id IS NULL")
        .bind(id)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// Links a journaled message to the ticket it opened or joined, inside the ingest transaction.
pub async fn link_ticket(tx: &mut Tx, message_id: i64, ticket_id: i64) -> Result<(), StoreError> {
    sqlx::query("UPDATE messages SET ticket_id = $1 WHERE id = $2")
        .bind(ticket_id)
        .bind(message_id)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// Whether a message already has a journal row at this UID position.
pub async fn uid_journaled(
    tx: &mut Tx,
    mailbox: &str,
    uidvalidity: u32,
    uid: u32,
) -> Result<bool, StoreError> {
    let row =
        sqlx::query("SELECT 1 FROM messages WHERE mailbox = $1 AND uidvalidity = $2 AND uid = $3")
            .bind(mailbox)
            .bind(uidvalidity as i64)
            .bind(uid as i64)
            .fetch_optional(&mut **tx)
            .await?;
    Ok(row.is_some())
}

/// The content fingerprint ([`crate::mail::content_fingerprint`]) of the journal row that
/// holds `dedup_id` in `mailbox`, if any: to tell the same mail delivered again from a
/// different mail that reuses its Message-ID. From the row's bytes, or — once retention has
/// purged them — as recorded at the purge, so a purge never makes a new mail look like a
/// redelivery.
pub async fn journaled_fingerprint(
    tx: &mut Tx,
    mailbox: &str,
    dedup_id: &str,
) -> Result<Option<String>, StoreError> {
    let row = sqlx::query(
        "SELECT r.raw, m.purged_fingerprint
         FROM messages m LEFT JOIN message_raw r ON r.message_id = m.id
         WHERE m.mailbox = $1 AND m.dedup_id = $2",
    )
    .bind(mailbox)
    .bind(dedup_id)
    .fetch_optional(&mut **tx)
    .await?;
    let Some(row) = row else { return Ok(None) };
    let raw: Option<Vec<u8>> = row.try_get(0)?;
    let purged: Option<String> = row.try_get(1)?;
    Ok(match raw {
        Some(raw) => Some(crate::mail::content_fingerprint(&raw)),
        None => purged,
    })
}

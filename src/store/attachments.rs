//! Citizens' attachments: the bytes once per SHA-256 (`attachment_blobs`), a row per
//! (ticket, message, attachment) (`attachments`, numbered per ticket from 1), and which of
//! them an outbox mail carries (`outbox_attachments`, added to the mail when it is sent so
//! the outbox holds no second copy).
//!
//! Written inside the transaction that takes the message in: a rolled-back message leaves
//! no attachment behind, and a message taken in once stores its attachments once.

use jiff::Timestamp;
use sqlx::Row;

use super::{Store, StoreError, Tx, db_time};
use crate::mail::attachments::Attachment;

/// An attachment as listed (`sebadesk tickets attachments`). Field names are part of the
/// JSON interface: keep them.
#[derive(Debug, Clone, serde::Serialize)]
pub struct StoredAttachment {
    /// The attachment's number on its ticket, from 1 (what `tickets attachment REF N` names).
    pub n: i64,
    /// The sanitised file name.
    pub name: String,
    /// `type/subtype`, lower case, as the mail declared it.
    pub content_type: String,
    /// Size in bytes.
    pub size: i64,
    /// Lower-case hex SHA-256 of the bytes (the blob's key).
    pub sha256: String,
    /// The journaled message it came with (its `messages.dedup_id`: the Message-ID).
    pub message: String,
    /// When it was stored (RFC 3339 UTC text).
    pub stored_at: String,
}

/// One attachment's place on its ticket once stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Numbered {
    /// Its number on the ticket, from 1.
    pub n: i64,
    /// Its place among the message's attachments ([`Attachment::part`]).
    pub part: usize,
}

/// What an outbox mail carries, read when it is sent.
#[derive(Debug, Clone)]
pub struct ForwardedAttachment {
    /// Its number on the ticket.
    pub n: i64,
    /// The sanitised file name to give it in the mail.
    pub name: String,
    /// `type/subtype` to give it in the mail.
    pub content_type: String,
    /// The bytes as the citizen sent them.
    pub data: Vec<u8>,
}

/// The next number for a new attachment of `ticket_id` (1 for a ticket without any).
pub async fn next_number(tx: &mut Tx, ticket_id: i64) -> Result<i64, StoreError> {
    let row = sqlx::query("SELECT COALESCE(MAX(n), 0) FROM attachments WHERE ticket_id = $1")
        .bind(ticket_id)
        .fetch_one(&mut **tx)
        .await?;
    Ok(row.try_get::<i64, _>(0)? + 1)
}

/// Stores a message's attachments on its ticket, numbered from `first_n`: each blob once
/// (an existing SHA-256 is not written again), then one row per attachment. Returns each
/// attachment's number, in order.
pub async fn store_attachments(
    tx: &mut Tx,
    ticket_id: i64,
    message_row: i64,
    first_n: i64,
    kept: &[Attachment],
    now: Timestamp,
) -> Result<Vec<Numbered>, StoreError> {
    let now = db_time(now);
    // One blob per distinct hash: a message may carry the same file twice.
    let mut seen = std::collections::HashSet::new();
    for a in kept {
        if !seen.insert(a.sha256.as_str()) {
            continue;
        }
        // Look before writing: re-sending megabytes to have them ignored by ON CONFLICT
        // would cost the bind and the transfer.
        let known = sqlx::query("SELECT 1 FROM attachment_blobs WHERE sha256 = $1")
            .bind(&a.sha256)
            .fetch_optional(&mut **tx)
            .await?
            .is_some();
        if !known {
            store_blob(tx, a, &now).await?;
        }
    }
    let mut numbered = Vec::with_capacity(kept.len());
    for (chunk_start, chunk) in (0..).step_by(50).zip(kept.chunks(50)) {
        let sql = format!(
            "INSERT INTO attachments (ticket_id, message_id, n, part, name, content_type, size, sha256, created_at)
             VALUES {}",
            super::Placeholders::for_tx(tx).rows(chunk.len(), 9)
        );
        let mut query = sqlx::query(sqlx::AssertSqlSafe(sql));
        for (i, a) in chunk.iter().enumerate() {
            let n = first_n + chunk_start + i as i64;
            query = query
                .bind(ticket_id)
                .bind(message_row)
                .bind(n)
                .bind(a.part as i64)
                .bind(a.name.as_str())
                .bind(a.content_type.as_str())
                .bind(a.size as i64)
                .bind(a.sha256.as_str())
                .bind(now.as_str());
            numbered.push(Numbered { n, part: a.part });
        }
        query.execute(&mut **tx).await?;
    }
    Ok(numbered)
}

/// Writes one attachment's bytes as a blob. On SQLite a big one is written in pieces as it
/// is decoded from the mail (see [`super::blob_stream`]); otherwise its bytes are decoded
/// whole for the bind, one attachment at a time.
///
/// The bytes go into `attachment_data`, where they are the row's last column: SQLite then
/// writes the `zeroblob` without holding its bytes (migrations/sqlite/0021).
async fn store_blob(tx: &mut Tx, a: &Attachment, now: &str) -> Result<(), StoreError> {
    let inserted = sqlx::query(
        "INSERT INTO attachment_blobs (sha256, size, created_at) VALUES ($1, $2, $3)
         ON CONFLICT (sha256) DO NOTHING",
    )
    .bind(&a.sha256)
    .bind(a.size as i64)
    .bind(now)
    .execute(&mut **tx)
    .await?
    .rows_affected();
    if inserted == 0 {
        return Ok(());
    }
    let content = a.content();
    if super::is_sqlite(tx) && content.len() >= super::blob_stream::STREAM_FROM as u64 {
        let rowid: i64 = sqlx::query_scalar(
            "INSERT INTO attachment_data (sha256, data) VALUES ($1, zeroblob($2)) RETURNING rowid",
        )
        .bind(&a.sha256)
        .bind(content.len() as i64)
        .fetch_one(&mut **tx)
        .await?;
        return super::blob_stream::fill(
            tx,
            "attachment_data",
            "data",
            rowid,
            Box::new(content.clone()),
        )
        .await;
    }
    sqlx::query("INSERT INTO attachment_data (sha256, data) VALUES ($1, $2)")
        .bind(&a.sha256)
        .bind(content.to_vec())
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// An attachment's bytes, decoded from the mail as SQLite takes them.
impl super::blob_stream::BlobSource for crate::mail::attachments::Content {
    fn len(&self) -> u64 {
        crate::mail::attachments::Content::len(self)
    }

    fn write_to(&self, sink: &mut dyn FnMut(&[u8]) -> Result<(), String>) -> Result<(), String> {
        crate::mail::attachments::Content::write_to(self, sink)
    }
}

/// The journal rows of messages by position (mailbox, UIDVALIDITY, UID): for a batch, whose
/// multi-row insert returns no ids, only when some of its messages have attachments.
pub async fn message_rows(
    tx: &mut Tx,
    mailbox: &str,
    uidvalidity: u32,
    uids: &[u32],
) -> Result<std::collections::HashMap<u32, i64>, StoreError> {
    let mut found = std::collections::HashMap::new();
    for chunk in uids.chunks(100) {
        let list: Vec<String> = (3..3 + chunk.len()).map(|i| format!("${i}")).collect();
        let sql = format!(
            "SELECT uid, id FROM messages WHERE mailbox = $1 AND uidvalidity = $2 AND uid IN ({})",
            list.join(", ")
        );
        let mut q = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(mailbox)
            .bind(uidvalidity as i64);
        for uid in chunk {
            q = q.bind(*uid as i64);
        }
        for row in q.fetch_all(&mut **tx).await? {
            found.insert(row.try_get::<i64, _>(0)? as u32, row.try_get::<i64, _>(1)?);
        }
    }
    Ok(found)
}

/// Marks attachments `ns` of `ticket_id` to be carried by the outbox mail `dedup_key`
/// (queued in the same transaction); the sender adds them from the store.
pub async fn forward_with(
    tx: &mut Tx,
    dedup_key: &str,
    ticket_id: i64,
    ns: &[i64],
) -> Result<(), StoreError> {
    for n in ns {
        sqlx::query(
            "INSERT INTO outbox_attachments (outbox_id, ticket_id, n)
             SELECT id, $2, $3 FROM outbox WHERE dedup_key = $1
             ON CONFLICT DO NOTHING",
        )
        .bind(dedup_key)
        .bind(ticket_id)
        .bind(*n)
        .execute(&mut **tx)
        .await?;
    }
    Ok(())
}

/// Attachments `ns` of `ticket_id` as a notice lists them — (number, name, content type,
/// size), by number — for the officer's follow-up notice. Numbers without a row (purged)
/// are left out.
pub async fn listed(
    tx: &mut Tx,
    ticket_id: i64,
    ns: &[i64],
) -> Result<Vec<(i64, String, String, u64)>, StoreError> {
    if ns.is_empty() {
        return Ok(Vec::new());
    }
    let rows = sqlx::query(
        "SELECT n, name, content_type, size FROM attachments WHERE ticket_id = $1 ORDER BY n",
    )
    .bind(ticket_id)
    .fetch_all(&mut **tx)
    .await?;
    let mut found = Vec::with_capacity(ns.len());
    for r in &rows {
        let n = r.try_get::<i64, _>(0)?;
        if ns.contains(&n) {
            found.push((
                n,
                r.try_get(1)?,
                r.try_get(2)?,
                r.try_get::<i64, _>(3)?.max(0) as u64,
            ));
        }
    }
    Ok(found)
}

/// For retention (old closed tickets): removes a ticket's attachment rows, what its outbox
/// mails were to carry, and every blob no other ticket's attachment still uses. Returns
/// (attachment rows, blobs) removed. Run it in the transaction that purges the ticket.
pub async fn delete_attachments_of_ticket(
    tx: &mut Tx,
    ticket_id: i64,
) -> Result<(u64, u64), StoreError> {
    let hashes: Vec<String> =
        sqlx::query("SELECT DISTINCT sha256 FROM attachments WHERE ticket_id = $1")
            .bind(ticket_id)
            .fetch_all(&mut **tx)
            .await?
            .iter()
            .map(|r| r.try_get::<String, _>(0))
            .collect::<Result<_, _>>()?;
    sqlx::query("DELETE FROM outbox_attachments WHERE ticket_id = $1")
        .bind(ticket_id)
        .execute(&mut **tx)
        .await?;
    let rows = sqlx::query("DELETE FROM attachments WHERE ticket_id = $1")
        .bind(ticket_id)
        .execute(&mut **tx)
        .await?
        .rows_affected();
    let mut blobs = 0;
    for h in &hashes {
        sqlx::query(
            "DELETE FROM attachment_data WHERE sha256 = $1
             AND NOT EXISTS (SELECT 1 FROM attachments WHERE sha256 = $1)",
        )
        .bind(h)
        .execute(&mut **tx)
        .await?;
        blobs += sqlx::query(
            "DELETE FROM attachment_blobs WHERE sha256 = $1
             AND NOT EXISTS (SELECT 1 FROM attachments WHERE sha256 = $1)",
        )
        .bind(h)
        .execute(&mut **tx)
        .await?
        .rows_affected();
    }
    Ok((rows, blobs))
}

impl Store {
    /// A ticket's attachments, by number.
    pub async fn attachments(&self, ticket_id: i64) -> Result<Vec<StoredAttachment>, StoreError> {
        let rows = sqlx::query(
            "SELECT a.n, a.name, a.content_type, a.size, a.sha256, m.dedup_id, a.created_at
             FROM attachments a JOIN messages m ON m.id = a.message_id
             WHERE a.ticket_id = $1 ORDER BY a.n",
        )
        .bind(ticket_id)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| {
                Ok(StoredAttachment {
                    n: r.try_get::<i64, _>(0)?,
                    name: r.try_get(1)?,
                    content_type: r.try_get(2)?,
                    size: r.try_get::<i64, _>(3)?,
                    sha256: r.try_get(4)?,
                    message: r.try_get(5)?,
                    stored_at: r.try_get(6)?,
                })
            })
            .collect()
    }

    /// The bytes of attachment `n` of a ticket, with its row; `None` when there is no such
    /// attachment (or its bytes were purged).
    pub async fn attachment_bytes(
        &self,
        ticket_id: i64,
        n: i64,
    ) -> Result<Option<(StoredAttachment, Vec<u8>)>, StoreError> {
        let row = sqlx::query(
            "SELECT a.n, a.name, a.content_type, a.size, a.sha256, m.dedup_id, a.created_at, b.data
             FROM attachments a JOIN messages m ON m.id = a.message_id
             JOIN attachment_data b ON b.sha256 = a.sha256
             WHERE a.ticket_id = $1 AND a.n = $2",
        )
        .bind(ticket_id)
        .bind(n)
        .fetch_optional(self.pool())
        .await?;
        row.map(|r| {
            Ok((
                StoredAttachment {
                    n: r.try_get::<i64, _>(0)?,
                    name: r.try_get(1)?,
                    content_type: r.try_get(2)?,
                    size: r.try_get::<i64, _>(3)?,
                    sha256: r.try_get(4)?,
                    message: r.try_get(5)?,
                    stored_at: r.try_get(6)?,
                },
                r.try_get::<Vec<u8>, _>(7)?,
            ))
        })
        .transpose()
    }

    /// The attachments an outbox mail carries, in number order (read when it is sent).
    pub async fn outbox_attachments(
        &self,
        outbox_id: i64,
    ) -> Result<Vec<ForwardedAttachment>, StoreError> {
        let rows = sqlx::query(
            "SELECT a.n, a.name, a.content_type, b.data
             FROM outbox_attachments o
             JOIN attachments a ON a.ticket_id = o.ticket_id AND a.n = o.n
             JOIN attachment_data b ON b.sha256 = a.sha256
             WHERE o.outbox_id = $1 ORDER BY a.n",
        )
        .bind(outbox_id)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| {
                Ok(ForwardedAttachment {
                    n: r.try_get::<i64, _>(0)?,
                    name: r.try_get(1)?,
                    content_type: r.try_get(2)?,
                    data: r.try_get(3)?,
                })
            })
            .collect()
    }

    /// How many blobs hold how many bytes (for tests and `status`-like tools).
    pub async fn attachment_blob_stats(&self) -> Result<(i64, i64), StoreError> {
        let row = sqlx::query(
            "SELECT COUNT(*), CAST(COALESCE(SUM(size), 0) AS BIGINT) FROM attachment_blobs",
        )
        .fetch_one(self.pool())
        .await?;
        Ok((row.try_get::<i64, _>(0)?, row.try_get::<i64, _>(1)?))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::TicketRef;
    use crate::mail::attachments::Attachment;
    use crate::store::messages::{NewMessage, insert_message};
    use crate::store::tickets::{NewTicket, insert_ticket};

    fn file(part: usize, name: &str, data: &[u8]) -> Attachment {
        Attachment::new(part, name, "application/pdf", data.to_vec())
    }

    async fn ticket_with(tx: &mut Tx, seq: u32, files: &[Attachment], now: Timestamp) -> i64 {
        let reference = TicketRef {
            office: "MEL".into(),
            year: 2026,
            seq: seq as i64,
        };
        let id = insert_ticket(
            tx,
            &reference,
            &NewTicket {
                office: "MEL",
                service: None,
                confidence: None,
                classification: "{}",
                citizen_email: "c@example.test",
                citizen_name: None,
                subject: "s",
                subject_key: "s",
                received_at: now,
                receipt_day: None,
                due_at: None,
                officer_token: "t",
                original_message_id: None,
            },
            now,
        )
        .await
        .unwrap();
        let dedup = format!("m{seq}@example.test");
        let row = insert_message(
            tx,
            &NewMessage {
                mailbox: "desk/INBOX",
                uidvalidity: 1,
                uid: seq,
                dedup_id: &dedup,
                disposition: "new",
                received_at: now,
                from_address: None,
                subject: None,
                size: 1,
                raw: &bytes::Bytes::from_static(b"x"),
                quarantine_reason: None,
                ticket_id: Some(id),
            },
            now,
        )
        .await
        .unwrap()
        .unwrap();
        let numbered = store_attachments(tx, id, row, 1, files, now).await.unwrap();
        assert_eq!(numbered.len(), files.len());
        id
    }

    /// What retention calls: a ticket's rows and references go, and each blob goes with the
    /// last ticket that uses it — never one another ticket still has.
    #[tokio::test]
    async fn deleting_a_tickets_attachments_keeps_blobs_other_tickets_use() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::connect(&format!("sqlite://{}/t.db", dir.path().display()), 2)
            .await
            .unwrap();
        store.migrate().await.unwrap();
        let now: Timestamp = "2026-12-01T04:00:00Z".parse().unwrap();
        let mut tx = store.begin().await.unwrap();
        let shared = file(0, "shared.pdf", b"the same letter");
        let own = file(1, "own.pdf", b"only on the first ticket");
        let first = ticket_with(
            &mut tx,
            1,
            &[
                shared.clone(),
                own.clone(),
                file(2, "copy.pdf", b"the same letter"),
            ],
            now,
        )
        .await;
        let second =
            ticket_with(&mut tx, 2, &[file(0, "again.pdf", b"the same letter")], now).await;
        tx.commit().await.unwrap();
        assert_eq!(
            store.attachment_blob_stats().await.unwrap().0,
            2,
            "stored once by content"
        );
        assert_eq!(store.attachments(first).await.unwrap().len(), 3);

        let mut tx = store.begin().await.unwrap();
        assert_eq!(
            delete_attachments_of_ticket(&mut tx, first).await.unwrap(),
            (3, 1)
        );
        tx.commit().await.unwrap();
        assert!(store.attachments(first).await.unwrap().is_empty());
        let (blobs, bytes) = store.attachment_blob_stats().await.unwrap();
        assert_eq!((blobs, bytes), (1, b"the same letter".len() as i64));
        let (a, data) = store.attachment_bytes(second, 1).await.unwrap().unwrap();
        assert_eq!(
            (a.name.as_str(), data.as_slice()),
            ("again.pdf", &b"the same letter"[..])
        );

        let mut tx = store.begin().await.unwrap();
        assert_eq!(
            delete_attachments_of_ticket(&mut tx, second).await.unwrap(),
            (1, 1)
        );
        tx.commit().await.unwrap();
        assert_eq!(store.attachment_blob_stats().await.unwrap(), (0, 0));
        store.close().await;
    }
}

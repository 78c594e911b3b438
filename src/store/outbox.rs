//! The outbox: mail written with the ticket, sent later by the worker.
//!
//! Rows are claimed a few at a time by one UPDATE that sets a lease and the claimer's id
//! (`FOR UPDATE SKIP LOCKED` on PostgreSQL, a conditional UPDATE on SQLite, which has no
//! `SKIP LOCKED`); a worker that dies mid-send leaves the lease to expire and the row is
//! claimed again. No transaction is held open across the network.
//!
//! The rendered mail itself is in `outbox_bodies`, written once with its row: claims and
//! results rewrite only the small `outbox` row.

use jiff::{SignedDuration, Timestamp};
use sqlx::Row;

use super::{Store, StoreError, Tx, db_time, parse_db_time};

#[derive(Debug, Clone)]
/// A mail to queue, fully rendered, written in the same transaction as what caused it.
pub struct NewOutboxMail<'a> {
    /// The ticket the mail is about (`None` for health alerts, sign-in links and reports).
    pub ticket_id: Option<i64>,
    /// What the mail is for, as stored ([`crate::domain::OutboxKind`] text, e.g. `ack`).
    pub kind: &'a str,
    /// Purpose key, unique over the outbox (e.g. `health:<component>:<since>`): a second enqueue with
    /// the same key is refused, so each purpose is mailed at most once.
    pub dedup_key: &'a str,
    /// SMTP envelope sender (MAIL FROM): the office's own address.
    pub mail_from: &'a str,
    /// SMTP envelope recipient (RCPT TO); one recipient per row.
    pub rcpt_to: &'a str,
    /// Our Message-ID of the mail, without angle brackets, so replies can be matched to it.
    pub message_id: &'a str,
    /// The complete RFC 5322 message as rendered (attachments are added at send time).
    pub raw: &'a [u8],
}

#[derive(Debug, Clone)]
/// A queued mail claimed by this worker for one send attempt (its lease is held).
pub struct OutboxMail {
    /// The outbox row id.
    pub id: i64,
    /// The ticket the mail is about, if any.
    pub ticket_id: Option<i64>,
    /// What the mail is for ([`crate::domain::OutboxKind`] text).
    pub kind: String,
    /// SMTP envelope sender.
    pub mail_from: String,
    /// SMTP envelope recipient.
    pub rcpt_to: String,
    /// The rendered message (from `outbox_bodies`).
    pub raw: Vec<u8>,
    /// Attempts including this one.
    pub attempts: i64,
    /// How many stored attachments the sender adds to `raw` (see
    /// [`crate::outbox::attachments::attach`]); 0 for almost every mail.
    pub attachments: i64,
}

#[derive(Debug, Clone, serde::Serialize)]
/// One outbox row as shown on a ticket (CLI `status`, web desk): what was sent and how it went.
pub struct OutboxStatus {
    /// What the mail was for ([`crate::domain::OutboxKind`] text).
    pub kind: String,
    /// The recipient address.
    pub rcpt_to: String,
    /// `queued`, `sent`, `failed` or `held`.
    pub status: String,
    /// Send attempts made so far.
    pub attempts: i64,
    /// The last SMTP error, if the last attempt failed (cleared on success).
    pub last_error: Option<String>,
    /// When the server accepted it (RFC 3339 UTC text); `None` until sent.
    pub sent_at: Option<String>,
}

/// Queues a mail. Returns false when a mail with the same `dedup_key` exists (already queued
/// or sent): each purpose is served once.
pub async fn enqueue(
    tx: &mut Tx,
    m: &NewOutboxMail<'_>,
    now: Timestamp,
) -> Result<bool, StoreError> {
    let inserted = sqlx::query(
        "INSERT INTO outbox (ticket_id, kind, dedup_key, mail_from, rcpt_to, message_id, status,
                             attempts, next_attempt_at, created_at, rcpt_key)
         VALUES ($1, $2, $3, $4, $5, $6, 'queued', 0, $7, $7, $8)
         ON CONFLICT (dedup_key) DO NOTHING
         RETURNING id",
    )
    .bind(m.ticket_id)
    .bind(m.kind)
    .bind(m.dedup_key)
    .bind(m.mail_from)
    .bind(m.rcpt_to)
    .bind(m.message_id)
    .bind(db_time(now))
    .bind(crate::domain::normal_form(m.rcpt_to))
    .fetch_optional(&mut **tx)
    .await?;
    let Some(row) = inserted else {
        return Ok(false);
    };
    sqlx::query("INSERT INTO outbox_bodies (outbox_id, raw) VALUES ($1, $2)")
        .bind(row.try_get::<i64, _>(0)?)
        .bind(m.raw)
        .execute(&mut **tx)
        .await?;
    Ok(true)
}

/// Queues several mails with few statements, in the order given (which is the order they
/// are claimed in). A mail whose `dedup_key` exists already is skipped, as by [`enqueue`].
pub async fn enqueue_many(
    tx: &mut Tx,
    mails: &[NewOutboxMail<'_>],
    now: Timestamp,
) -> Result<(), StoreError> {
    let now = db_time(now);
    for chunk in mails.chunks(50) {
        let mut p = super::Placeholders::for_tx(tx);
        let rows: Vec<String> = (0..chunk.len())
            .map(|_| {
                let cells: Vec<String> = (0..9).map(|_| p.next()).collect();
                // status and attempts are literals, in their columns' places.
                format!(
                    "({}, 'queued', 0, {})",
                    cells[..6].join(", "),
                    cells[6..].join(", ")
                )
            })
            .collect();
        let sql = format!(
            "INSERT INTO outbox (ticket_id, kind, dedup_key, mail_from, rcpt_to, message_id, status,
                                 attempts, next_attempt_at, created_at, rcpt_key)
             VALUES {}
             ON CONFLICT (dedup_key) DO NOTHING
             RETURNING id, dedup_key",
            rows.join(", ")
        );
        let mut query = sqlx::query(sqlx::AssertSqlSafe(sql));
        for m in chunk {
            query = query
                .bind(m.ticket_id)
                .bind(m.kind)
                .bind(m.dedup_key)
                .bind(m.mail_from)
                .bind(m.rcpt_to)
                .bind(m.message_id)
                .bind(now.as_str())
                .bind(now.as_str())
                .bind(crate::domain::normal_form(m.rcpt_to));
        }
        // RETURNING gives no order, and skips the keys that were there already.
        let mut ids = std::collections::HashMap::with_capacity(chunk.len());
        for row in query.fetch_all(&mut **tx).await? {
            ids.insert(row.try_get::<String, _>(1)?, row.try_get::<i64, _>(0)?);
        }
        let bodies: Vec<(i64, &[u8])> = chunk
            .iter()
            .filter_map(|m| ids.get(m.dedup_key).map(|&id| (id, m.raw)))
            .collect();
        if bodies.is_empty() {
            continue;
        }
        let sql = format!(
            "INSERT INTO outbox_bodies (outbox_id, raw) VALUES {}",
            super::Placeholders::for_tx(tx).rows(bodies.len(), 2)
        );
        let mut query = sqlx::query(sqlx::AssertSqlSafe(sql));
        for (id, raw) in bodies {
            query = query.bind(id).bind(raw);
        }
        query.execute(&mut **tx).await?;
    }
    Ok(())
}

impl Store {
    /// Claims up to `limit` of the oldest due mails for `lease` on behalf of `owner` (an
    /// opaque claimer id, one per sending process), counting the attempt before sending so
    /// that a mail which crashes the sender still runs out of attempts. Oldest first.
    ///
    /// One statement either way. PostgreSQL: the inner SELECT locks the rows it picks and
    /// skips rows another transaction holds (`FOR UPDATE SKIP LOCKED`), so processes sharing
    /// the database never wait on each other's claims nor claim the same row. SQLite has no
    /// `SKIP LOCKED` (and one writer at a time): the outer WHERE repeats the conditions, so
    /// the UPDATE only takes rows that are still unclaimed.
    pub async fn claim_outbox(
        &self,
        now: Timestamp,
        lease: SignedDuration,
        owner: &str,
        limit: usize,
    ) -> Result<Vec<OutboxMail>, StoreError> {
        if limit == 0 {
            return Ok(Vec::new());
        }
        let sql = match self.backend() {
            // The picked ids are materialized first: as `id IN (SELECT … LIMIT n FOR UPDATE
            // SKIP LOCKED)` the planner may run the subquery more than once and the UPDATE
            // then takes more than `limit` rows (seen in the PostgreSQL test run).
            super::Backend::Postgres => {
                "WITH picked AS MATERIALIZED (
                   SELECT id FROM outbox
                   WHERE status = 'queued' AND next_attempt_at <= $2
                     AND (lease_until IS NULL OR lease_until <= $2)
                   ORDER BY next_attempt_at, id LIMIT $4
                   FOR UPDATE SKIP LOCKED)
                 UPDATE outbox SET lease_until = $1, attempts = outbox.attempts + 1, claimed_by = $3
                 FROM picked WHERE outbox.id = picked.id
                 RETURNING outbox.id, outbox.ticket_id, outbox.kind, outbox.mail_from, outbox.rcpt_to,
                           outbox.attempts, outbox.next_attempt_at"
            }
            super::Backend::Sqlite => {
                "UPDATE outbox SET lease_until = $1, attempts = attempts + 1, claimed_by = $3
                 WHERE id IN (SELECT id FROM outbox
                              WHERE status = 'queued' AND next_attempt_at <= $2
                                AND (lease_until IS NULL OR lease_until <= $2)
                              ORDER BY next_attempt_at, id LIMIT $4)
                   AND status = 'queued' AND (lease_until IS NULL OR lease_until <= $2)
                 RETURNING id, ticket_id, kind, mail_from, rcpt_to, attempts, next_attempt_at"
            }
        };
        let now_s = db_time(now);
        let _gate = self.write_gate().await;
        let rows = sqlx::query(sql)
            .bind(db_time(now + lease))
            .bind(&now_s)
            .bind(owner)
            .bind(i64::try_from(limit).unwrap_or(i64::MAX))
            .fetch_all(self.pool())
            .await?;
        drop(_gate);
        let mut claimed = rows
            .iter()
            .map(|r| {
                let due: String = r.try_get(6)?;
                let mail = OutboxMail {
                    id: r.try_get(0)?,
                    ticket_id: r.try_get(1)?,
                    kind: r.try_get(2)?,
                    mail_from: r.try_get(3)?,
                    rcpt_to: r.try_get(4)?,
                    raw: Vec::new(),
                    attempts: r.try_get::<i64, _>(5)?,
                    attachments: 0,
                };
                Ok((due, mail))
            })
            .collect::<Result<Vec<_>, StoreError>>()?;
        // The bodies: written once with their rows and never changed, so read after the
        // claim, outside the write gate.
        if !claimed.is_empty() {
            claimed = self.with_bodies(claimed, now).await?;
        }
        // RETURNING gives no order: put them back in the order they were picked in.
        claimed.sort_by(|(a, x), (b, y)| a.cmp(b).then(x.id.cmp(&y.id)));
        Ok(claimed.into_iter().map(|(_, mail)| mail).collect())
    }

    /// Reads the claimed mails' bodies (with the count of attachments each carries: one
    /// index probe per mail; the bytes themselves are read only when the mail is sent). A
    /// mail without a body is marked failed and left out.
    async fn with_bodies(
        &self,
        claimed: Vec<(String, OutboxMail)>,
        now: Timestamp,
    ) -> Result<Vec<(String, OutboxMail)>, StoreError> {
        let placeholders: Vec<String> = (1..=claimed.len()).map(|i| format!("${i}")).collect();
        // With the count of attachments each carries (one index probe per mail; the
        // bytes themselves are read only when the mail is sent).
        let sql = format!(
            "SELECT b.outbox_id, b.raw,
                    (SELECT COUNT(*) FROM outbox_attachments a WHERE a.outbox_id = b.outbox_id)
             FROM outbox_bodies b WHERE b.outbox_id IN ({})",
            placeholders.join(", ")
        );
        let mut query = sqlx::query(sqlx::AssertSqlSafe(sql));
        for (_, mail) in &claimed {
            query = query.bind(mail.id);
        }
        let mut bodies = std::collections::HashMap::with_capacity(claimed.len());
        for row in query.fetch_all(self.pool()).await? {
            bodies.insert(
                row.try_get::<i64, _>(0)?,
                (row.try_get::<Vec<u8>, _>(1)?, row.try_get::<i64, _>(2)?),
            );
        }
        let mut whole = Vec::with_capacity(claimed.len());
        for (due, mut mail) in claimed {
            match bodies.remove(&mail.id) {
                Some((raw, attachments)) => {
                    mail.raw = raw;
                    mail.attachments = attachments;
                    whole.push((due, mail));
                }
                // Only a hand-edited database gets here. Failing the mail keeps it from
                // being claimed (and failing) again at the head of the queue forever.
                None => {
                    tracing::error!(
                        outbox_id = mail.id,
                        "outbox mail without a body: marked failed"
                    );
                    self.outbox_failed(&mail, now, "its body is missing from outbox_bodies")
                        .await?;
                }
            }
        }
        Ok(whole)
    }

    /// Which of `keys` are already in the outbox (queued, sent or failed).
    pub async fn existing_outbox_keys(
        &self,
        keys: &[String],
    ) -> Result<std::collections::HashSet<String>, StoreError> {
        let mut found = std::collections::HashSet::new();
        // Portable and bounded: chunks of placeholders rather than a backend-specific array.
        for chunk in keys.chunks(100) {
            let placeholders: Vec<String> = (1..=chunk.len()).map(|i| format!("${i}")).collect();
            let sql = format!(
                "SELECT dedup_key FROM outbox WHERE dedup_key IN ({})",
                placeholders.join(", ")
            );
            let mut q = sqlx::query(sqlx::AssertSqlSafe(sql));
            for k in chunk {
                q = q.bind(k.as_str());
            }
            for row in q.fetch_all(self.pool()).await? {
                found.insert(row.try_get::<String, _>(0)?);
            }
        }
        Ok(found)
    }

    /// Releases the claims left by a daemon that died mid-send, so its mail goes out now
    /// rather than when the lease expires. Only for a single daemon per database: with
    /// several, a live one's claim would be released too (at worst one duplicate).
    pub async fn release_leases(&self) -> Result<u64, StoreError> {
        let done = sqlx::query("UPDATE outbox SET lease_until = NULL WHERE status = 'queued' AND lease_until IS NOT NULL")
            .execute(self.pool())
            .await?;
        Ok(done.rows_affected())
    }

    /// Gives back claims that were not used (claimed ahead, then shutdown came, or the head
    /// start ran long): the mail is due again at once. Only while the claim is still ours:
    /// every claim counts an attempt, so an unchanged count means nobody claimed it since.
    /// (That is also why the unused attempt is not taken back: the count must only grow.)
    ///
    /// Several claims go in one statement (a claimer gives back what it holds on shutdown).
    pub async fn release_claims(
        &self,
        mails: &[OutboxMail],
        owner: &str,
    ) -> Result<(), StoreError> {
        if mails.is_empty() {
            return Ok(());
        }
        let _gate = self.write_gate().await;
        for chunk in mails.chunks(100) {
            let pairs: Vec<String> = (0..chunk.len())
                .map(|i| format!("(id = ${} AND attempts = ${})", 2 + 2 * i, 3 + 2 * i))
                .collect();
            let sql = format!(
                "UPDATE outbox SET lease_until = NULL
                 WHERE status = 'queued' AND claimed_by = $1 AND ({})",
                pairs.join(" OR ")
            );
            let mut query = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(owner);
            for mail in chunk {
                query = query.bind(mail.id).bind(mail.attempts);
            }
            query.execute(self.pool()).await?;
        }
        Ok(())
    }

    /// The earliest time a queued mail becomes due, to sleep until then.
    pub async fn next_outbox_due(&self) -> Result<Option<String>, StoreError> {
        let row = sqlx::query("SELECT MIN(next_attempt_at) FROM outbox WHERE status = 'queued'")
            .fetch_one(self.pool())
            .await?;
        Ok(row.try_get(0)?)
    }

    /// Marks a claimed mail sent; for a ticket's first acknowledgement also records `ack_sent_at`
    /// (the acknowledgement delay in charter reports). Clears the lease and the last error.
    pub async fn outbox_sent(&self, mail: &OutboxMail, now: Timestamp) -> Result<(), StoreError> {
        let _gate = self.write_gate().await;
        let mut tx = self.begin().await?;
        sqlx::query("UPDATE outbox SET status = 'sent', sent_at = $1, lease_until = NULL, last_error = NULL WHERE id = $2")
            .bind(db_time(now))
            .bind(mail.id)
            .execute(&mut *tx)
            .await?;
        if let Some(ticket) = mail.ticket_id {
            // The acknowledgement delay of the charter reports (migration 0013): the first
            // acknowledgement the server accepted.
            if mail.kind == crate::domain::OutboxKind::Ack.as_str() {
                let first = sqlx::query(
                    "UPDATE tickets SET ack_sent_at = $1 WHERE id = $2 AND ack_sent_at IS NULL
                     RETURNING office, received_at",
                )
                .bind(db_time(now))
                .bind(ticket)
                .fetch_optional(&mut *tx)
                .await?;
                // The acknowledgement latency of GET /metrics (mail reached the mailbox →
                // acknowledgement accepted), once per ticket.
                if let Some(row) = first {
                    let office: String = row.try_get(0)?;
                    let received: String = row.try_get(1)?;
                    if let Ok(received) = received.parse::<Timestamp>() {
                        let secs = (now - received).as_secs_f64().max(0.0);
                        ::metrics::histogram!("sebadesk_ack_latency_seconds", "office" => office)
                            .record(secs);
                        // The reports' acknowledgement delay as an integer (migration 0018),
                        // from the stored whole seconds, as a report would compute it.
                        let sent = parse_db_time(&db_time(now), "outbox.sent_at")?;
                        sqlx::query("UPDATE tickets SET ack_delay_secs = $1 WHERE id = $2")
                            .bind((sent - received).as_secs())
                            .bind(ticket)
                            .execute(&mut *tx)
                            .await?;
                    }
                }
            }
            let detail =
                serde_json::json!({ "outbox_id": mail.id, "kind": mail.kind, "to": mail.rcpt_to });
            super::tickets::add_event_word(
                &mut tx,
                ticket,
                &format!("{}-sent", mail.kind),
                &detail,
                now,
            )
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// Gives up this attempt and schedules the next at `at`, keeping `error` for the operator;
    /// releases the lease so any worker can claim it then.
    pub async fn outbox_retry(
        &self,
        mail: &OutboxMail,
        at: Timestamp,
        error: &str,
    ) -> Result<(), StoreError> {
        let _gate = self.write_gate().await;
        sqlx::query("UPDATE outbox SET next_attempt_at = $1, lease_until = NULL, last_error = $2 WHERE id = $3")
            .bind(db_time(at))
            .bind(error)
            .bind(mail.id)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    /// Marks a mail permanently failed (no more attempts) and records a `<kind>-failed` event on
    /// its ticket, so the desk sees the citizen was not reached.
    pub async fn outbox_failed(
        &self,
        mail: &OutboxMail,
        now: Timestamp,
        error: &str,
    ) -> Result<(), StoreError> {
        let _gate = self.write_gate().await;
        let mut tx = self.begin().await?;
        sqlx::query("UPDATE outbox SET status = 'failed', lease_until = NULL, last_error = $1 WHERE id = $2")
            .bind(error)
            .bind(mail.id)
            .execute(&mut *tx)
            .await?;
        if let Some(ticket) = mail.ticket_id {
            let detail = serde_json::json!({ "outbox_id": mail.id, "kind": mail.kind, "to": mail.rcpt_to, "error": error });
            super::tickets::add_event_word(
                &mut tx,
                ticket,
                &format!("{}-failed", mail.kind),
                &detail,
                now,
            )
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// Every outbox row of a ticket, oldest first.
    pub async fn outbox_for_ticket(&self, ticket_id: i64) -> Result<Vec<OutboxStatus>, StoreError> {
        let rows = sqlx::query(
            "SELECT kind, rcpt_to, status, attempts, last_error, sent_at FROM outbox WHERE ticket_id = $1 ORDER BY id",
        )
        .bind(ticket_id)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| {
                Ok(OutboxStatus {
                    kind: r.try_get(0)?,
                    rcpt_to: r.try_get(1)?,
                    status: r.try_get(2)?,
                    attempts: r.try_get::<i64, _>(3)?,
                    last_error: r.try_get(4)?,
                    sent_at: r.try_get(5)?,
                })
            })
            .collect()
    }
}

/// Keeps a queued mail unsent (status `held`) until [`release_held`]: a doubtful request's
/// acknowledgement, rendered with its ticket, waits for the officer.
pub async fn hold(tx: &mut Tx, dedup_key: &str) -> Result<(), StoreError> {
    sqlx::query("UPDATE outbox SET status = 'held' WHERE dedup_key = $1 AND status = 'queued'")
        .bind(dedup_key)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// Queues a held mail now. Returns whether one was held.
pub async fn release_held(
    tx: &mut Tx,
    dedup_key: &str,
    now: Timestamp,
) -> Result<bool, StoreError> {
    let done = sqlx::query(
        "UPDATE outbox SET status = 'queued', next_attempt_at = $2
         WHERE dedup_key = $1 AND status = 'held'",
    )
    .bind(dedup_key)
    .bind(db_time(now))
    .execute(&mut **tx)
    .await?;
    Ok(done.rows_affected() == 1)
}

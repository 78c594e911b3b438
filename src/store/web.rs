//! The web desk's rows (migration 0012): sign-in links, sessions, rate-limit attempts, user
//! preferences and the search text; and the reads its pages need (the queue, a ticket's
//! thread). Ticket *changes* are not here: the web desk calls `tickets::actions` like every
//! other caller.

use jiff::Timestamp;
use sqlx::Row;

use super::tickets::{TICKET_COLUMNS_T, ticket_from_row};
use super::{Backend, Store, StoreError, db_time};
use crate::domain::Ticket;

mod queue;
mod search;
mod sql;
#[cfg(test)]
mod tests;

pub use queue::{COUNT_CAP, QueueFilter, QueueKey, QueuePage, SEARCH_COUNT_CAP};

/// A journaled message of a ticket (the citizen's mail, a follow-up, a command).
#[derive(Debug, Clone)]
pub struct ThreadMessage {
    /// The message's row id (`messages.id`).
    pub id: i64,
    /// When it arrived, as stored.
    pub received_at: String,
    /// The envelope or `From:` address; `None` when the mail had none we could read.
    pub from_address: Option<String>,
    /// What the pipeline did with it: the stored disposition word (a new ticket, a follow-up,
    /// `dismissed`…).
    pub disposition: String,
    /// The mail's bytes; `None` once retention has purged them.
    pub raw: Option<Vec<u8>>,
}

/// A mail we queued for a ticket, with its bytes.
#[derive(Debug, Clone)]
pub struct ThreadMail {
    /// Which mail it is (the stored kind word: acknowledgement, resolution notice, reminder…).
    pub kind: String,
    /// The recipient address.
    pub rcpt_to: String,
    /// Where it stands in the outbox (queued, sent, failed…), as stored.
    pub status: String,
    /// When it was queued, as stored.
    pub created_at: String,
    /// When SMTP accepted it; `None` while not (yet) sent.
    pub sent_at: Option<String>,
    /// The rendered mail's bytes; `None` when not stored (or purged).
    pub raw: Option<Vec<u8>>,
}

impl Store {
    /// Stores a sign-in link by the hash of its token (the token itself is only in the mail),
    /// valid until `expires`.
    pub async fn insert_web_link(
        &self,
        token_hash: &str,
        email: &str,
        now: Timestamp,
        expires: Timestamp,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO web_links (token_hash, email, created_at, expires_at) VALUES ($1, $2, $3, $4)",
        )
        .bind(token_hash)
        .bind(email)
        .bind(db_time(now))
        .bind(db_time(expires))
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// Spends a sign-in link: its address if it exists, is unused and unexpired; one UPDATE,
    /// so two POSTs of the same token cannot both succeed.
    pub async fn spend_web_link(
        &self,
        token_hash: &str,
        now: Timestamp,
    ) -> Result<Option<String>, StoreError> {
        let row = sqlx::query(
            "UPDATE web_links SET used_at = $1
             WHERE token_hash = $2 AND used_at IS NULL AND expires_at > $1
             RETURNING email",
        )
        .bind(db_time(now))
        .bind(token_hash)
        .fetch_optional(self.pool())
        .await?;
        Ok(row.map(|r| r.try_get(0)).transpose()?)
    }

    /// Whether a sign-in link exists and may still be spent (the landing page says so).
    pub async fn web_link_usable(
        &self,
        token_hash: &str,
        now: Timestamp,
    ) -> Result<bool, StoreError> {
        let row = sqlx::query(
            "SELECT 1 FROM web_links WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2",
        )
        .bind(token_hash)
        .bind(db_time(now))
        .fetch_optional(self.pool())
        .await?;
        Ok(row.is_some())
    }

    /// Starts a session stored by the hash of its cookie value, valid until `expires`.
    pub async fn insert_web_session(
        &self,
        id_hash: &str,
        email: &str,
        now: Timestamp,
        expires: Timestamp,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO web_sessions (id_hash, email, created_at, expires_at) VALUES ($1, $2, $3, $4)",
        )
        .bind(id_hash)
        .bind(email)
        .bind(db_time(now))
        .bind(db_time(expires))
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// The address of a live session.
    pub async fn web_session(
        &self,
        id_hash: &str,
        now: Timestamp,
    ) -> Result<Option<String>, StoreError> {
        let row =
            sqlx::query("SELECT email FROM web_sessions WHERE id_hash = $1 AND expires_at > $2")
                .bind(id_hash)
                .bind(db_time(now))
                .fetch_optional(self.pool())
                .await?;
        Ok(row.map(|r| r.try_get(0)).transpose()?)
    }

    /// The address of a live session and the user's chosen language, in one statement (every
    /// page asks both; on PostgreSQL each statement is a round trip).
    pub async fn web_session_and_lang(
        &self,
        id_hash: &str,
        now: Timestamp,
    ) -> Result<Option<(String, Option<String>)>, StoreError> {
        let row = sqlx::query(
            "SELECT s.email, u.lang FROM web_sessions s
             LEFT JOIN web_users u ON u.email = LOWER(TRIM(s.email))
             WHERE s.id_hash = $1 AND s.expires_at > $2",
        )
        .bind(id_hash)
        .bind(db_time(now))
        .fetch_optional(self.pool())
        .await?;
        row.map(|r| Ok((r.try_get(0)?, r.try_get(1)?))).transpose()
    }

    /// Signs a session out (deletes it); an unknown id is not an error.
    pub async fn end_web_session(&self, id_hash: &str) -> Result<(), StoreError> {
        sqlx::query("DELETE FROM web_sessions WHERE id_hash = $1")
            .bind(id_hash)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    /// Forgets expired sessions and links and attempts older than `attempts_before`.
    pub async fn purge_web(
        &self,
        now: Timestamp,
        attempts_before: Timestamp,
    ) -> Result<(), StoreError> {
        let now = db_time(now);
        sqlx::query("DELETE FROM web_sessions WHERE expires_at <= $1")
            .bind(&now)
            .execute(self.pool())
            .await?;
        sqlx::query("DELETE FROM web_links WHERE expires_at <= $1")
            .bind(&now)
            .execute(self.pool())
            .await?;
        sqlx::query("DELETE FROM web_attempts WHERE at < $1")
            .bind(db_time(attempts_before))
            .execute(self.pool())
            .await?;
        Ok(())
    }

    /// Records an attempt under each scope and returns, per scope, how many there were since
    /// `since` including this one. One transaction: concurrent requests each see the other.
    pub async fn web_attempt(
        &self,
        scopes: &[&str],
        now: Timestamp,
        since: Timestamp,
    ) -> Result<Vec<i64>, StoreError> {
        let mut tx = self.begin_write().await?;
        let mut counts = Vec::with_capacity(scopes.len());
        for scope in scopes {
            sqlx::query("INSERT INTO web_attempts (scope, at) VALUES ($1, $2)")
                .bind(*scope)
                .bind(db_time(now))
                .execute(&mut *tx)
                .await?;
            let row =
                sqlx::query("SELECT COUNT(*) FROM web_attempts WHERE scope = $1 AND at >= $2")
                    .bind(*scope)
                    .bind(db_time(since))
                    .fetch_one(&mut *tx)
                    .await?;
            counts.push(row.try_get(0)?);
        }
        tx.commit().await?;
        Ok(counts)
    }

    /// The language the user chose for the desk (`bn`/`en`); `None`: not chosen, the default applies.
    pub async fn web_user_lang(&self, email: &str) -> Result<Option<String>, StoreError> {
        let row = sqlx::query("SELECT lang FROM web_users WHERE email = $1")
            .bind(email)
            .fetch_optional(self.pool())
            .await?;
        Ok(row.map(|r| r.try_get(0)).transpose()?)
    }

    /// Remembers the user's language for the desk (replacing any earlier choice).
    pub async fn set_web_user_lang(&self, email: &str, lang: &str) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO web_users (email, lang) VALUES ($1, $2)
             ON CONFLICT (email) DO UPDATE SET lang = $2",
        )
        .bind(email)
        .bind(lang)
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// The journaled messages of a ticket, oldest first (at most `limit`).
    pub async fn web_thread_messages(
        &self,
        ticket_id: i64,
        limit: i64,
    ) -> Result<Vec<ThreadMessage>, StoreError> {
        let rows = sqlx::query(
            "SELECT m.id, m.received_at, m.from_address, m.disposition, r.raw
             FROM messages m LEFT JOIN message_raw r ON r.message_id = m.id
             WHERE m.ticket_id = $1 ORDER BY m.id LIMIT $2",
        )
        .bind(ticket_id)
        .bind(limit)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| {
                Ok(ThreadMessage {
                    id: r.try_get(0)?,
                    received_at: r.try_get(1)?,
                    from_address: r.try_get(2)?,
                    disposition: r.try_get(3)?,
                    raw: r.try_get(4)?,
                })
            })
            .collect()
    }

    /// The mails queued for a ticket, oldest first (at most `limit`), with their bytes.
    pub async fn web_thread_mails(
        &self,
        ticket_id: i64,
        limit: i64,
    ) -> Result<Vec<ThreadMail>, StoreError> {
        let rows = sqlx::query(
            "SELECT o.kind, o.rcpt_to, o.status, o.created_at, o.sent_at, b.raw
             FROM outbox o LEFT JOIN outbox_bodies b ON b.outbox_id = o.id
             WHERE o.ticket_id = $1 ORDER BY o.id LIMIT $2",
        )
        .bind(ticket_id)
        .bind(limit)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| {
                Ok(ThreadMail {
                    kind: r.try_get(0)?,
                    rcpt_to: r.try_get(1)?,
                    status: r.try_get(2)?,
                    created_at: r.try_get(3)?,
                    sent_at: r.try_get(4)?,
                    raw: r.try_get(5)?,
                })
            })
            .collect()
    }

    /// Journaled messages filed on tickets that the search text does not have yet (after the
    /// highest indexed message id), the next ones in id order: at most `limit`, and no more
    /// than `max_bytes` of mail unless the first alone is bigger (issue 20: 500 mails of up
    /// to 25 MB each must not be read at once). (message id, ticket id, raw).
    pub async fn web_unindexed(
        &self,
        limit: i64,
        max_bytes: u64,
    ) -> Result<Vec<(i64, i64, Option<Vec<u8>>)>, StoreError> {
        // The sizes first (SQLite reads a blob's length from its row's header, not its pages).
        let sizes = sqlx::query(
            "SELECT m.id, CAST(COALESCE(LENGTH(r.raw), 0) AS BIGINT)
             FROM messages m LEFT JOIN message_raw r ON r.message_id = m.id
             WHERE m.ticket_id IS NOT NULL
               AND m.id > (SELECT COALESCE(MAX(message_id), 0) FROM web_search)
             ORDER BY m.id LIMIT $1",
        )
        .bind(limit)
        .fetch_all(self.pool())
        .await?;
        let (Some(first), mut last, mut total) = (sizes.first(), None, 0u64) else {
            return Ok(Vec::new());
        };
        for r in &sizes {
            let bytes = r.try_get::<i64, _>(1)?.max(0) as u64;
            if last.is_some() && total + bytes > max_bytes {
                break;
            }
            total += bytes;
            last = Some(r.try_get::<i64, _>(0)?);
        }
        let rows = sqlx::query(
            "SELECT m.id, m.ticket_id, r.raw
             FROM messages m LEFT JOIN message_raw r ON r.message_id = m.id
             WHERE m.ticket_id IS NOT NULL AND m.id >= $1 AND m.id <= $2
             ORDER BY m.id",
        )
        .bind(first.try_get::<i64, _>(0)?)
        .bind(last)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| Ok((r.try_get(0)?, r.try_get(1)?, r.try_get(2)?)))
            .collect()
    }

    /// Stores the search text of messages (lower case), in one transaction.
    pub async fn web_index(&self, rows: &[(i64, i64, String)]) -> Result<(), StoreError> {
        if rows.is_empty() {
            return Ok(());
        }
        let mut tx = self.begin_write().await?;
        for (message_id, ticket_id, body) in rows {
            sqlx::query(
                "INSERT INTO web_search (message_id, ticket_id, body) VALUES ($1, $2, $3)
                 ON CONFLICT (message_id) DO NOTHING",
            )
            .bind(*message_id)
            .bind(*ticket_id)
            .bind(body.to_lowercase())
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }
}

/// One office's line of the overview.
#[derive(Debug, Clone, Default)]
pub struct OfficeFigures {
    /// The office code.
    pub office: String,
    /// Open tickets (including those waiting for the citizen).
    pub open: i64,
    /// Open tickets whose deadline has passed at `now`.
    pub overdue: i64,
    /// Open tickets due before the end of today (office time).
    pub due_today: i64,
    /// Resolved since the start of the month (with a deadline), and of those on time.
    pub resolved_this_month: i64,
    /// Of `resolved_this_month`, those resolved by their deadline.
    pub on_time_this_month: i64,
}

impl Store {
    /// Per office of `offices`: open (and waiting), overdue at `now`, due before
    /// `end_of_today`, and resolved since `month_start` in all and on time.
    pub async fn web_overview(
        &self,
        offices: &[String],
        now: Timestamp,
        end_of_today: Timestamp,
        month_start: Timestamp,
    ) -> Result<Vec<OfficeFigures>, StoreError> {
        if offices.is_empty() {
            return Ok(Vec::new());
        }
        let list = (4..4 + offices.len())
            .map(|i| format!("${i}"))
            .collect::<Vec<_>>()
            .join(", ");
        let sql = format!(
            "SELECT office,
               COALESCE(SUM(CASE WHEN status IN ('open', 'waiting') THEN 1 ELSE 0 END), 0),
               COALESCE(SUM(CASE WHEN status IN ('open', 'waiting') AND due_at IS NOT NULL AND due_at < $1 THEN 1 ELSE 0 END), 0),
               COALESCE(SUM(CASE WHEN status IN ('open', 'waiting') AND due_at >= $1 AND due_at < $2 THEN 1 ELSE 0 END), 0),
               COALESCE(SUM(CASE WHEN resolved_at >= $3 AND due_at IS NOT NULL THEN 1 ELSE 0 END), 0),
               COALESCE(SUM(CASE WHEN resolved_at >= $3 AND due_at IS NOT NULL AND resolved_at <= due_at THEN 1 ELSE 0 END), 0)
             FROM tickets WHERE office IN ({list}) GROUP BY office"
        );
        let mut q = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(db_time(now))
            .bind(db_time(end_of_today))
            .bind(db_time(month_start));
        for o in offices {
            q = q.bind(o.clone());
        }
        let rows = q.fetch_all(self.pool()).await?;
        let mut out: Vec<OfficeFigures> = offices
            .iter()
            .map(|o| OfficeFigures {
                office: o.clone(),
                ..Default::default()
            })
            .collect();
        for r in rows {
            let office: String = r.try_get(0)?;
            if let Some(f) = out.iter_mut().find(|f| f.office == office) {
                f.open = r.try_get(1)?;
                f.overdue = r.try_get(2)?;
                f.due_today = r.try_get(3)?;
                f.resolved_this_month = r.try_get(4)?;
                f.on_time_this_month = r.try_get(5)?;
            }
        }
        Ok(out)
    }

    /// Sets a quarantined message aside for good (the officer has looked at it): it leaves
    /// the quarantine list, and the journal keeps it (disposition `dismissed`) so that intake
    /// never takes it in again. False when it is not (or no longer) in quarantine.
    pub async fn dismiss_quarantined(&self, id: i64) -> Result<bool, StoreError> {
        let done = sqlx::query(
            "UPDATE messages SET disposition = 'dismissed', quarantine_reason = NULL
             WHERE id = $1 AND quarantine_reason IS NOT NULL AND ticket_id IS NULL",
        )
        .bind(id)
        .execute(self.pool())
        .await?;
        Ok(done.rows_affected() == 1)
    }
}

//! The web desk's rows (migration 0012): sign-in links, sessions, rate-limit attempts, user
//! preferences and the search text; and the reads its pages need (the queue, a ticket's
//! thread). Ticket *changes* are not here: the web desk calls `tickets::actions` like every
//! other caller.

use jiff::Timestamp;
use sqlx::Row;

use super::tickets::{TICKET_COLUMNS_T, ticket_from_row};
use super::{Store, StoreError, db_time};
use crate::domain::Ticket;

/// Which tickets the queue shows.
#[derive(Debug, Clone, Default)]
pub struct QueueFilter {
    /// The offices the user may see (never empty for a signed-in user).
    pub offices: Vec<String>,
    /// One of them, or all.
    pub office: Option<String>,
    /// A service code, `none` (outside the charter), or all.
    pub service: Option<String>,
    /// The stored status words to show.
    pub statuses: Vec<String>,
    /// Reference, citizen, subject or mail text (case-insensitive substring).
    pub search: Option<String>,
    pub limit: i64,
    pub offset: i64,
}

/// One page of the queue, and how many match in all.
#[derive(Debug, Clone)]
pub struct QueuePage {
    pub tickets: Vec<Ticket>,
    pub total: i64,
}

/// A journaled message of a ticket (the citizen's mail, a follow-up, a command).
#[derive(Debug, Clone)]
pub struct ThreadMessage {
    pub id: i64,
    pub received_at: String,
    pub from_address: Option<String>,
    pub disposition: String,
    pub raw: Option<Vec<u8>>,
}

/// A mail we queued for a ticket, with its bytes.
#[derive(Debug, Clone)]
pub struct ThreadMail {
    pub kind: String,
    pub rcpt_to: String,
    pub status: String,
    pub created_at: String,
    pub sent_at: Option<String>,
    pub raw: Option<Vec<u8>>,
}

/// `%text%` for LIKE, lower case, with the wildcards of `text` escaped (`ESCAPE '\'`).
fn like_pattern(text: &str) -> String {
    let mut out = String::from("%");
    for c in text.to_lowercase().chars() {
        if matches!(c, '%' | '_' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('%');
    out
}

impl Store {
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

    pub async fn web_user_lang(&self, email: &str) -> Result<Option<String>, StoreError> {
        let row = sqlx::query("SELECT lang FROM web_users WHERE email = $1")
            .bind(email)
            .fetch_optional(self.pool())
            .await?;
        Ok(row.map(|r| r.try_get(0)).transpose()?)
    }

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

    /// One page of the queue (see [`QueueFilter`]), ordered by deadline (tickets without one
    /// last), and the number of tickets that match.
    pub async fn web_queue(&self, f: &QueueFilter) -> Result<QueuePage, StoreError> {
        if f.offices.is_empty() || f.statuses.is_empty() {
            return Ok(QueuePage {
                tickets: Vec::new(),
                total: 0,
            });
        }
        let (condition, binds) = queue_condition(f);
        let total_sql = format!("SELECT COUNT(*) FROM tickets t WHERE {condition}");
        let mut q = sqlx::query(sqlx::AssertSqlSafe(total_sql));
        for b in &binds {
            q = q.bind(b.clone());
        }
        let total: i64 = q.fetch_one(self.pool()).await?.try_get(0)?;
        let n = binds.len();
        let sql = format!(
            "SELECT {TICKET_COLUMNS_T} FROM tickets t WHERE {condition}
             ORDER BY CASE WHEN t.due_at IS NULL THEN 1 ELSE 0 END, t.due_at, t.id
             LIMIT ${} OFFSET ${}",
            n + 1,
            n + 2
        );
        let mut q = sqlx::query(sqlx::AssertSqlSafe(sql));
        for b in &binds {
            q = q.bind(b.clone());
        }
        let rows = q
            .bind(f.limit)
            .bind(f.offset)
            .fetch_all(self.pool())
            .await?;
        Ok(QueuePage {
            tickets: rows.iter().map(ticket_from_row).collect::<Result<_, _>>()?,
            total,
        })
    }

    /// How many open and waiting tickets `offices` (and `office`, if given) have, per status,
    /// and how many of them are past their deadline at `now`. Only the active statuses: they
    /// are read through the (office, status) index, where counting the resolved ones too
    /// scanned every ticket on every queue page.
    pub async fn web_counts(
        &self,
        offices: &[String],
        office: Option<&str>,
        now: Timestamp,
    ) -> Result<(Vec<(String, i64)>, i64), StoreError> {
        if offices.is_empty() {
            return Ok((Vec::new(), 0));
        }
        let list = (1..=offices.len())
            .map(|i| format!("${i}"))
            .collect::<Vec<_>>()
            .join(", ");
        let n = offices.len();
        let sql = format!(
            "SELECT status, COUNT(*),
                    COALESCE(SUM(CASE WHEN due_at IS NOT NULL AND due_at < ${} THEN 1 ELSE 0 END), 0)
             FROM tickets WHERE office IN ({list}) AND (${} = '' OR office = ${})
               AND status IN ('open', 'waiting')
             GROUP BY status ORDER BY status",
            n + 1,
            n + 2,
            n + 2
        );
        let mut q = sqlx::query(sqlx::AssertSqlSafe(sql));
        for o in offices {
            q = q.bind(o.clone());
        }
        let rows = q
            .bind(db_time(now))
            .bind(office.unwrap_or("").to_string())
            .fetch_all(self.pool())
            .await?;
        let mut counts = Vec::new();
        let mut overdue = 0;
        for r in rows {
            let status: String = r.try_get(0)?;
            if status == "open" || status == "waiting" {
                overdue += r.try_get::<i64, _>(2)?;
            }
            counts.push((status, r.try_get(1)?));
        }
        Ok((counts, overdue))
    }

    /// The journaled messages of a ticket, oldest first (at most `limit`).
    pub async fn web_thread_messages(
        &self,
        ticket_id: i64,
        limit: i64,
    ) -> Result<Vec<ThreadMessage>, StoreError> {
        let rows = sqlx::query(
            "SELECT id, received_at, from_address, disposition, raw FROM messages
             WHERE ticket_id = $1 ORDER BY id LIMIT $2",
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
    /// highest indexed message id), at most `limit`: (message id, ticket id, raw).
    pub async fn web_unindexed(
        &self,
        limit: i64,
    ) -> Result<Vec<(i64, i64, Option<Vec<u8>>)>, StoreError> {
        let rows = sqlx::query(
            "SELECT id, ticket_id, raw FROM messages
             WHERE ticket_id IS NOT NULL
               AND id > (SELECT COALESCE(MAX(message_id), 0) FROM web_search)
             ORDER BY id LIMIT $1",
        )
        .bind(limit)
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

/// The WHERE clause of the queue and its bound values, all text, numbered from `$1`.
fn queue_condition(f: &QueueFilter) -> (String, Vec<String>) {
    let mut binds: Vec<String> = Vec::new();
    let next = |v: String, binds: &mut Vec<String>| {
        binds.push(v);
        format!("${}", binds.len())
    };
    let offices: Vec<String> = f
        .offices
        .iter()
        .map(|o| next(o.clone(), &mut binds))
        .collect();
    let statuses: Vec<String> = f
        .statuses
        .iter()
        .map(|s| next(s.clone(), &mut binds))
        .collect();
    let mut parts = vec![
        format!("t.office IN ({})", offices.join(", ")),
        format!("t.status IN ({})", statuses.join(", ")),
    ];
    if let Some(o) = &f.office {
        parts.push(format!("t.office = {}", next(o.clone(), &mut binds)));
    }
    match f.service.as_deref() {
        None => {}
        Some("none") => parts.push("t.service IS NULL".into()),
        Some(s) => parts.push(format!("t.service = {}", next(s.to_string(), &mut binds))),
    }
    if let Some(q) = f.search.as_deref().map(str::trim).filter(|q| !q.is_empty()) {
        // References are also written with Bengali digits.
        let folded = crate::text::bangla::fold_digits(q);
        let p = next(like_pattern(&folded), &mut binds);
        let raw = next(like_pattern(q), &mut binds);
        parts.push(format!(
            "(LOWER(t.reference) LIKE {p} ESCAPE '\\' OR LOWER(t.citizen_email) LIKE {raw} ESCAPE '\\'
              OR LOWER(COALESCE(t.citizen_name, '')) LIKE {raw} ESCAPE '\\'
              OR LOWER(t.subject) LIKE {raw} ESCAPE '\\'
              OR t.id IN (SELECT ticket_id FROM web_search WHERE body LIKE {raw} ESCAPE '\\'))"
        ));
    }
    (parts.join(" AND "), binds)
}

#[cfg(test)]
mod tests {
    use super::like_pattern;

    #[test]
    fn like_patterns_escape_wildcards() {
        assert_eq!(like_pattern("A_b%c\\"), "%a\\_b\\%c\\\\%");
        assert_eq!(like_pattern("প্রজেক্টর"), "%প্রজেক্টর%");
    }
}

/// One office's line of the overview.
#[derive(Debug, Clone, Default)]
pub struct OfficeFigures {
    pub office: String,
    pub open: i64,
    pub overdue: i64,
    pub due_today: i64,
    /// Resolved since the start of the month (with a deadline), and of those on time.
    pub resolved_this_month: i64,
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

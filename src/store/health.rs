//! The daemon's health rows: last success and ongoing failure per component.

use jiff::Timestamp;
use sqlx::Row;

use super::{Store, StoreError, db_time};

#[derive(Debug, Clone, serde::Serialize)]
/// One component's health row, as `sebadesk status`, `/readyz` and the health alerts read it.
pub struct Health {
    /// Which component: a kind such as `imap` or `smtp`, suffixed `:OFFICE` for a non-primary
    /// office (see [`crate::config::health_component`]).
    pub component: String,
    /// Its last success (RFC 3339 UTC text); `None` if it never succeeded.
    pub ok_at: Option<String>,
    /// When the ongoing failure began (RFC 3339 UTC text); `None` while healthy.
    pub failing_since: Option<String>,
    /// The latest error text while failing (no secrets: errors are written to be shown).
    pub last_error: Option<String>,
}

impl Store {
    /// Records a success: sets `ok_at` and clears the failure.
    pub async fn health_ok(&self, component: &str, now: Timestamp) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO health (component, ok_at, failing_since, last_error, updated_at) VALUES ($1, $2, NULL, NULL, $2)
             ON CONFLICT (component) DO UPDATE SET ok_at = $2, failing_since = NULL, last_error = NULL, updated_at = $2",
        )
        .bind(component)
        .bind(db_time(now))
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// Records a failure; the failure's start is kept from its first occurrence.
    pub async fn health_failed(
        &self,
        component: &str,
        now: Timestamp,
        error: &str,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO health (component, ok_at, failing_since, last_error, updated_at) VALUES ($1, NULL, $2, $3, $2)
             ON CONFLICT (component) DO UPDATE SET
               failing_since = COALESCE(health.failing_since, $2), last_error = $3, updated_at = $2",
        )
        .bind(component)
        .bind(db_time(now))
        .bind(error)
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// Every component's health row, by component name.
    pub async fn health(&self) -> Result<Vec<Health>, StoreError> {
        self.health_of(&[]).await
    }

    /// The rows of these components only (all with an empty list): each office of a large
    /// deployment looks at its own two rows every minute, not at every office's.
    pub async fn health_of(&self, components: &[String]) -> Result<Vec<Health>, StoreError> {
        let filter = if components.is_empty() {
            String::new()
        } else {
            let placeholders: Vec<String> =
                (1..=components.len()).map(|i| format!("${i}")).collect();
            format!("WHERE component IN ({})", placeholders.join(", "))
        };
        let mut query = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT component, ok_at, failing_since, last_error FROM health {filter} ORDER BY component"
        )));
        for c in components {
            query = query.bind(c.as_str());
        }
        let rows = query.fetch_all(self.pool()).await?;
        rows.iter()
            .map(|r| {
                Ok(Health {
                    component: r.try_get(0)?,
                    ok_at: r.try_get(1)?,
                    failing_since: r.try_get(2)?,
                    last_error: r.try_get(3)?,
                })
            })
            .collect()
    }

    /// Counts for `sebadesk status`: (queued mail, oldest queued, failed mail, quarantined,
    /// open tickets, overdue tickets).
    pub async fn backlog(&self, now: Timestamp) -> Result<Backlog, StoreError> {
        let row = sqlx::query(
            "SELECT
               (SELECT COUNT(*) FROM outbox WHERE status = 'queued'),
               (SELECT MIN(created_at) FROM outbox WHERE status = 'queued'),
               (SELECT COUNT(*) FROM outbox WHERE status = 'failed'),
               (SELECT COUNT(*) FROM messages WHERE quarantine_reason IS NOT NULL AND ticket_id IS NULL AND purged_at IS NULL),
               (SELECT COUNT(*) FROM tickets WHERE status = 'open'),
               (SELECT COUNT(*) FROM tickets WHERE status = 'open' AND due_at IS NOT NULL AND due_at < $1)",
        )
        .bind(db_time(now))
        .fetch_one(self.pool())
        .await?;
        Ok(Backlog {
            queued_mail: row.try_get(0)?,
            oldest_queued: row.try_get(1)?,
            failed_mail: row.try_get(2)?,
            quarantined: row.try_get(3)?,
            open_tickets: row.try_get(4)?,
            overdue_tickets: row.try_get(5)?,
        })
    }
}

#[derive(Debug, Clone, serde::Serialize)]
/// Counts for `sebadesk status` (see [`Store::backlog`]).
pub struct Backlog {
    /// Outbox mail waiting to be sent.
    pub queued_mail: i64,
    /// When the oldest waiting mail was queued (RFC 3339 UTC text); `None` when none waits.
    pub oldest_queued: Option<String>,
    /// Outbox mail that failed permanently.
    pub failed_mail: i64,
    /// Quarantined messages not yet released or purged.
    pub quarantined: i64,
    /// Tickets in status `open` (not counting `waiting`).
    pub open_tickets: i64,
    /// Open tickets past their deadline at `now`.
    pub overdue_tickets: i64,
}

//! The database side of `GET /metrics`: a few grouped counts per scrape (see
//! `crate::metrics`), each on an index or a small table.

use std::collections::BTreeMap;

use jiff::Timestamp;
use sqlx::Row;

use super::health::Health;
use super::{Store, StoreError, db_time};
use crate::domain::TicketStatus;

/// What one scrape reads.
#[derive(Debug, Default)]
pub struct Gauges {
    /// office → (open tickets, overdue among them)
    pub open_tickets: BTreeMap<String, (i64, i64)>,
    /// (mail_from, queued, oldest queued created_at, failed)
    pub outbox: Vec<(String, i64, Option<String>, i64)>,
    /// (mailbox, quarantined messages)
    pub quarantined: Vec<(String, i64)>,
    /// Every component's last reported health.
    pub health: Vec<Health>,
    /// Replicas whose heartbeat has not expired.
    pub live_replicas: i64,
    /// replica id → mailbox leases held
    pub leases: BTreeMap<String, i64>,
}

impl Store {
    /// Reads every database gauge of one scrape; `now` decides what is overdue and which
    /// replicas are live.
    pub async fn metrics_gauges(&self, now: Timestamp) -> Result<Gauges, StoreError> {
        let mut g = Gauges::default();
        // Open = any status that is not done (a status added later counts as open).
        let rows = sqlx::query(
            "SELECT office, status, COUNT(*),
                    SUM(CASE WHEN due_at IS NOT NULL AND due_at < $1 THEN 1 ELSE 0 END)
             FROM tickets WHERE status <> $2 AND status <> $3 GROUP BY office, status",
        )
        .bind(db_time(now))
        .bind(TicketStatus::Resolved.as_str())
        .bind(TicketStatus::Closed.as_str())
        .fetch_all(self.pool())
        .await?;
        for r in rows {
            let e = g.open_tickets.entry(r.try_get(0)?).or_default();
            e.0 += r.try_get::<i64, _>(2)?;
            e.1 += r.try_get::<Option<i64>, _>(3)?.unwrap_or(0);
        }
        let rows = sqlx::query(
            "SELECT mail_from,
                    SUM(CASE WHEN status = 'queued' THEN 1 ELSE 0 END),
                    MIN(CASE WHEN status = 'queued' THEN created_at END),
                    SUM(CASE WHEN status = 'failed' THEN 1 ELSE 0 END)
             FROM outbox WHERE status IN ('queued', 'failed') GROUP BY mail_from",
        )
        .fetch_all(self.pool())
        .await?;
        for r in rows {
            g.outbox.push((
                r.try_get(0)?,
                r.try_get::<Option<i64>, _>(1)?.unwrap_or(0),
                r.try_get(2)?,
                r.try_get::<Option<i64>, _>(3)?.unwrap_or(0),
            ));
        }
        let rows = sqlx::query(
            "SELECT mailbox, COUNT(*) FROM messages
             WHERE quarantine_reason IS NOT NULL AND ticket_id IS NULL GROUP BY mailbox",
        )
        .fetch_all(self.pool())
        .await?;
        for r in rows {
            g.quarantined.push((r.try_get(0)?, r.try_get::<i64, _>(1)?));
        }
        g.health = self.health().await?;
        g.live_replicas = i64::from(self.live_replicas(now).await?);
        for l in self.leases().await? {
            *g.leases.entry(l.owner).or_default() += 1;
        }
        Ok(g)
    }
}

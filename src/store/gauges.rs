//! The database side of `GET /metrics`: a few grouped counts per scrape (see
//! `crate::metrics`), each on an index or a small table.

use std::collections::BTreeMap;

use jiff::Timestamp;
use sqlx::Row;

use super::health::Health;
use super::{Store, StoreError, db_time};
use crate::domain::TicketStatus;

/// office → (open tickets, overdue among them)
pub type OpenTickets = BTreeMap<String, (i64, i64)>;

/// What one scrape reads besides the open tickets (small tables and index ranges).
#[derive(Debug, Default)]
pub struct Gauges {
    /// (mail_from, queued, oldest queued created_at, failed)
    pub outbox: Vec<(String, i64, Option<String>, i64)>,
    /// (mailbox, quarantined messages)
    pub quarantined: Vec<(String, i64)>,
    /// Every health row (each office's IMAP and SMTP), for the up and last-success gauges.
    pub health: Vec<Health>,
    /// Replicas whose registration has not expired; at least 1 (the one asking).
    pub live_replicas: i64,
    /// replica id → mailbox leases held
    pub leases: BTreeMap<String, i64>,
}

impl Store {
    /// Open and overdue tickets per office: an index range over every open ticket, the
    /// costly part of a scrape (cached by `crate::metrics`).
    pub async fn open_ticket_gauges(&self, now: Timestamp) -> Result<OpenTickets, StoreError> {
        let mut open_tickets = OpenTickets::new();
        // Open = the statuses this version knows that are not done, named so that the
        // (office, status, due_at) index answers both counts (migration 0018); `<> 'resolved'`
        // read every ticket ever opened.
        let open: Vec<String> = [
            TicketStatus::Open,
            TicketStatus::Waiting,
            TicketStatus::Resolved,
            TicketStatus::Closed,
        ]
        .into_iter()
        .filter(|s| !s.is_done())
        .map(|s| format!("'{}'", s.as_str()))
        .collect();
        let sql = format!(
            "SELECT office, status, COUNT(*),
                    SUM(CASE WHEN due_at IS NOT NULL AND due_at < $1 THEN 1 ELSE 0 END)
             FROM tickets WHERE status IN ({}) GROUP BY office, status",
            open.join(", ")
        );
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(db_time(now))
            .fetch_all(self.pool())
            .await?;
        for r in rows {
            let e = open_tickets.entry(r.try_get(0)?).or_default();
            e.0 += r.try_get::<i64, _>(2)?;
            e.1 += r.try_get::<Option<i64>, _>(3)?.unwrap_or(0);
        }
        Ok(open_tickets)
    }

    /// The small gauges, read at every scrape: five independent reads, made concurrently
    /// (a scrape waits for one round trip, not five).
    pub async fn metrics_gauges(&self, now: Timestamp) -> Result<Gauges, StoreError> {
        let outbox = sqlx::query(
            "SELECT mail_from,
                    SUM(CASE WHEN status = 'queued' THEN 1 ELSE 0 END),
                    MIN(CASE WHEN status = 'queued' THEN created_at END),
                    SUM(CASE WHEN status = 'failed' THEN 1 ELSE 0 END)
             FROM outbox WHERE status IN ('queued', 'failed') GROUP BY mail_from",
        )
        .fetch_all(self.pool());
        let quarantined = sqlx::query(
            "SELECT mailbox, COUNT(*) FROM messages
             WHERE quarantine_reason IS NOT NULL AND ticket_id IS NULL GROUP BY mailbox",
        )
        .fetch_all(self.pool());
        let (outbox, quarantined, health, live, leases) = tokio::join!(
            outbox,
            quarantined,
            self.health(),
            self.live_replicas(now),
            self.leases()
        );
        let mut g = Gauges::default();
        for r in outbox? {
            g.outbox.push((
                r.try_get(0)?,
                r.try_get::<Option<i64>, _>(1)?.unwrap_or(0),
                r.try_get(2)?,
                r.try_get::<Option<i64>, _>(3)?.unwrap_or(0),
            ));
        }
        for r in quarantined? {
            g.quarantined.push((r.try_get(0)?, r.try_get::<i64, _>(1)?));
        }
        g.health = health?;
        g.live_replicas = i64::from(live?);
        for l in leases? {
            *g.leases.entry(l.owner).or_default() += 1;
        }
        Ok(g)
    }
}

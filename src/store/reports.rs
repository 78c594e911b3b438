//! What the charter reports read: one row of facts per ticket received in a period, each
//! recorded on the ticket when it happened (migration 0013), so one indexed scan of `tickets`
//! serves a whole report.

use jiff::Timestamp;
use sqlx::Row;

use super::{Placeholders, Store, StoreError, db_time, parse_db_time};
use crate::domain::TicketStatus;

/// A ticket as a report sees it.
#[derive(Debug, Clone, PartialEq)]
pub struct TicketFacts {
    pub office: String,
    /// The service now (after any reclassification); `None` outside the charter.
    pub service: Option<String>,
    /// Resolved or closed (a status this version does not know counts as not done).
    pub done: bool,
    pub received_at: Timestamp,
    /// The receipt day (office time zone), stored for tickets with a service.
    pub receipt_day: Option<jiff::civil::Date>,
    /// The final deadline: after reclassification and holiday changes.
    pub due_at: Option<Timestamp>,
    /// The last resolution, when done.
    pub resolved_at: Option<Timestamp>,
    pub ack_sent_at: Option<Timestamp>,
    pub reopened: i64,
    pub ack_held: bool,
}

fn time(s: Option<String>, what: &'static str) -> Result<Option<Timestamp>, StoreError> {
    s.map(|s| parse_db_time(&s, what)).transpose()
}

impl Store {
    /// The facts of `offices`' tickets received in `[from, to)`, oldest first.
    pub async fn report_facts(
        &self,
        offices: &[String],
        from: Timestamp,
        to: Timestamp,
    ) -> Result<Vec<TicketFacts>, StoreError> {
        if offices.is_empty() {
            return Ok(Vec::new());
        }
        // $1, $2 … for every backend (a SELECT binds few parameters).
        let mut p = Placeholders {
            anonymous: false,
            next: 1,
        };
        let (a, b) = (p.next(), p.next());
        let list: Vec<String> = offices.iter().map(|_| p.next()).collect();
        let sql = format!(
            "SELECT office, service, status, received_at, receipt_day, due_at, resolved_at,
                    ack_sent_at, reopened, ack_held
             FROM tickets
             WHERE received_at >= {a} AND received_at < {b} AND office IN ({})
             ORDER BY received_at, id",
            list.join(", ")
        );
        let mut q = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(db_time(from))
            .bind(db_time(to));
        for o in offices {
            q = q.bind(o.clone());
        }
        let rows = q.fetch_all(self.pool()).await?;
        rows.into_iter()
            .map(|r| {
                let status: String = r.try_get(2)?;
                let receipt_day: Option<String> = r.try_get(4)?;
                let receipt_day = receipt_day
                    .map(|d| {
                        d.parse::<jiff::civil::Date>()
                            .map_err(|_| StoreError::Corrupt {
                                what: "tickets.receipt_day",
                                value: d.clone(),
                            })
                    })
                    .transpose()?;
                Ok(TicketFacts {
                    office: r.try_get(0)?,
                    service: r.try_get(1)?,
                    done: TicketStatus::parse(&status).is_some_and(|s| s.is_done()),
                    received_at: parse_db_time(&r.try_get::<String, _>(3)?, "tickets.received_at")?,
                    receipt_day,
                    due_at: time(r.try_get(5)?, "tickets.due_at")?,
                    resolved_at: time(r.try_get(6)?, "tickets.resolved_at")?,
                    ack_sent_at: time(r.try_get(7)?, "tickets.ack_sent_at")?,
                    reopened: r.try_get::<i64, _>(8)?,
                    ack_held: r.try_get::<i64, _>(9)? != 0,
                })
            })
            .collect()
    }
}

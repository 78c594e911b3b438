//! What the charter reports read, each fact recorded on the ticket when it happened
//! (migrations 0013, 0018), so one scan of `tickets` serves a whole report.
//!
//! Two ways: [`Store::report_counts`] lets the database count the period's tickets by the
//! few keys the figures need (a few thousand rows for a fiscal year of 495 offices), with
//! working days as comparisons against [`crate::report::day_index`] lists; and
//! [`Store::report_facts`] fetches one row per ticket, for the figures to be computed in
//! Rust (`report::compute`, the reference the counting path is tested against, and the
//! fallback when a ticket's dates fall outside the lists' range). Fetching 2.4 million rows
//! and parsing their timestamps took 33 s; counting takes a scan (BENCHMARKS.md).

use jiff::Timestamp;
use sqlx::Row;

use super::{Backend, Placeholders, Store, StoreError, db_time, parse_db_time};
use crate::domain::TicketStatus;

mod cache;
mod counts;

pub use cache::{CacheSet, CachedRow, Refreshed};
pub use counts::{CalendarKeys, CountPart, CountQuery, CountRow};

/// A ticket as a report sees it.
#[derive(Debug, Clone, PartialEq)]
pub struct TicketFacts {
    /// The office code the ticket belongs to.
    pub office: String,
    /// The service now (after any reclassification); `None` outside the charter.
    pub service: Option<String>,
    /// Resolved or closed (a status this version does not know counts as not done).
    pub done: bool,
    /// When the request arrived (the SLA clock starts here).
    pub received_at: Timestamp,
    /// The receipt day (office time zone), stored for tickets with a service.
    pub receipt_day: Option<jiff::civil::Date>,
    /// The final deadline: after reclassification and holiday changes.
    pub due_at: Option<Timestamp>,
    /// The last resolution, when done.
    pub resolved_at: Option<Timestamp>,
    /// When the acknowledgement was sent; `None`: not (yet) sent, e.g. held or still queued.
    pub ack_sent_at: Option<Timestamp>,
    /// How many times the ticket was reopened (by the officer or a citizen's reply).
    pub reopened: i64,
    /// The acknowledgement was held as doubtful (possible spam or scam).
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

/// Where a counted ticket stands (the report's columns).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TicketClass {
    /// In the charter, done, resolved at or before the final deadline.
    OnTime,
    /// In the charter, done, resolved after the deadline.
    Late,
    /// In the charter, done, without a resolution time (neither on time nor late).
    DoneUntimed,
    /// In the charter, open, deadline not passed at the report's time.
    OpenNotDue,
    /// In the charter, open, deadline passed at the report's time.
    OpenOverdue,
    /// No service or no deadline, done.
    OutsideDone,
    /// No service or no deadline, still open.
    OutsideOpen,
}

impl TicketClass {
    const ALL: [TicketClass; 7] = [
        TicketClass::OnTime,
        TicketClass::Late,
        TicketClass::DoneUntimed,
        TicketClass::OpenNotDue,
        TicketClass::OpenOverdue,
        TicketClass::OutsideDone,
        TicketClass::OutsideOpen,
    ];

    fn code(self) -> i64 {
        TicketClass::ALL
            .iter()
            .position(|c| *c == self)
            .unwrap_or(0) as i64
    }

    /// Resolved or closed, whether on time, late or outside the charter.
    pub fn is_done(self) -> bool {
        matches!(
            self,
            TicketClass::OnTime
                | TicketClass::Late
                | TicketClass::DoneUntimed
                | TicketClass::OutsideDone
        )
    }
}

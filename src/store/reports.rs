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

/// One calendar's offices and working-day lists (`report::day_index`), as stored text.
#[derive(Debug, Clone)]
pub struct CalendarKeys {
    /// The office codes this calendar serves.
    pub offices: Vec<String>,
    /// `YYYY-MM-DD`, ascending.
    pub working_dates: Vec<String>,
    /// Local midnight of each working date, as stored timestamps.
    pub day_starts: Vec<String>,
    /// Closing time of each working date.
    pub closes: Vec<String>,
    /// The number of the report's day (its local date's count of working dates).
    pub as_of_number: i64,
    /// The first working date in the lists (`YYYY-MM-DD`): with `last_day` and `end`, the
    /// lists' range (a stored date outside it cannot be counted by these lists).
    pub first_day: String,
    /// The last working date in the lists (`YYYY-MM-DD`).
    pub last_day: String,
    /// The first instant after the lists' range, as a stored timestamp.
    pub end: String,
}

/// Which of the period's tickets a count reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum CountPart {
    /// Every ticket of the period.
    #[default]
    All,
    /// Not resolved or closed: the tickets whose figures depend on the report's time.
    Open,
    /// Resolved or closed: the figures kept in `report_month_counts`.
    Done,
}

/// The done statuses as SQL (the same words as `TicketStatus::is_done`; a unit test holds
/// them together). The open one is the predicate of migration 0019's partial index
/// `tickets_open_received`, written the same way so that the planner uses it.
const DONE_PREDICATE: &str = "status IN ('resolved', 'closed')";
const OPEN_PREDICATE: &str = "status NOT IN ('resolved', 'closed')";

/// What [`Store::report_counts`] counts.
#[derive(Debug, Clone)]
pub struct CountQuery {
    /// All the period's tickets, or only its open or done ones.
    pub part: CountPart,
    /// The office codes whose tickets are counted.
    pub offices: Vec<String>,
    /// Start of the period (inclusive), by receipt time.
    pub from: Timestamp,
    /// End of the period (exclusive), by receipt time.
    pub to: Timestamp,
    /// The first instant of each trend month; empty: no trend.
    pub month_starts: Vec<String>,
    /// The report's time rounded up to a whole second, as stored: a deadline before it has
    /// passed (deadlines are whole seconds).
    pub as_of_ceil: String,
    /// The first calendar serves every office not listed in another.
    pub calendars: Vec<CalendarKeys>,
    /// Upper bounds of the open tickets' age buckets but the last: a bucket is the number of
    /// bounds below the age.
    pub age_bucket_tops: Vec<i64>,
}

/// A group of tickets with the same keys.
#[derive(Debug, Clone, PartialEq)]
pub struct CountRow {
    /// The office code.
    pub office: String,
    /// The service, `None` outside the charter (no service or no deadline).
    pub service: Option<String>,
    /// The trend month, 1-based (0 without a trend).
    pub month: i64,
    /// Where these tickets stand.
    pub class: TicketClass,
    /// Working days from receipt day to resolution day for `OnTime` and `Late` (may be
    /// negative: a resolution before the receipt day, which counts 0); the age bucket for
    /// open tickets; `None` otherwise.
    pub key: Option<i64>,
    /// Seconds from receipt to acknowledgement (may be negative: counts 0).
    pub ack_secs: Option<i64>,
    /// Reopened at least once.
    pub reopened: bool,
    /// The acknowledgement was held as doubtful (possible spam or scam).
    pub held: bool,
    /// A stored date lies outside the working-day lists: the counts cannot be trusted and
    /// the report is computed from the tickets' facts instead.
    pub out_of_range: bool,
    /// How many tickets share these keys.
    pub count: u64,
}

/// `CASE` tree over sorted `thresholds`: evaluates to `leaf(i)` where `i` is how many
/// thresholds are ≤ `column` (a binary search of text comparisons, which the database does
/// without parsing anything). `leaf` is monotone, so a subtree whose ends agree is constant.
fn count_tree(
    out: &mut String,
    column: &str,
    thresholds: &[String],
    lo: usize,
    hi: usize,
    leaf: &dyn Fn(usize) -> i64,
) {
    if leaf(lo) == leaf(hi) {
        out.push_str(&leaf(lo).to_string());
        return;
    }
    let mid = (lo + hi) / 2;
    out.push_str(&format!("CASE WHEN {column} < '{}' THEN ", thresholds[mid]));
    count_tree(out, column, thresholds, lo, mid, leaf);
    out.push_str(" ELSE ");
    count_tree(out, column, thresholds, mid + 1, hi, leaf);
    out.push_str(" END");
}

fn tree(column: &str, thresholds: &[String], leaf: &dyn Fn(usize) -> i64) -> String {
    let mut out = String::new();
    count_tree(&mut out, column, thresholds, 0, thresholds.len(), leaf);
    out
}

/// The literals of the lists are dates and timestamps this program formatted.
fn checked_literals(q: &CountQuery) -> bool {
    let ok = |s: &String| {
        s.bytes()
            .all(|b| b.is_ascii_digit() || matches!(b, b'-' | b':' | b'T' | b'Z'))
    };
    q.month_starts.iter().all(ok)
        && ok(&q.as_of_ceil)
        && q.calendars.iter().all(|c| {
            c.working_dates.iter().all(ok)
                && c.day_starts.iter().all(ok)
                && c.closes.iter().all(ok)
                && ok(&c.first_day)
                && ok(&c.last_day)
                && ok(&c.end)
        })
}

impl Store {
    /// The inner `SELECT` of a count: one row per ticket with its keys (`office, svc, mon,
    /// cls, k, ack, ro, hd, oor, um`), binding `$1` `$2` (the period) and `$3…` (the offices);
    /// `extra` is ANDed to its `WHERE`.
    fn count_select(&self, q: &CountQuery, extra: &str) -> Result<String, StoreError> {
        if !checked_literals(q) {
            return Err(StoreError::Corrupt {
                what: "report day lists",
                value: q.as_of_ceil.clone(),
            });
        }
        // PostgreSQL compares text by the database's collation unless told: byte order is
        // what these fixed-width strings need, and several times faster.
        let c = match self.backend {
            Backend::Postgres => " COLLATE \"C\"",
            Backend::Sqlite => "",
        };
        let col = |name: &str| format!("{name}{c}");
        let done_words: Vec<String> = [
            TicketStatus::Open,
            TicketStatus::Waiting,
            TicketStatus::Resolved,
            TicketStatus::Closed,
        ]
        .into_iter()
        .filter(|s| s.is_done())
        .map(|s| format!("'{}'", s.as_str()))
        .collect();
        let done = format!("{} IN ({})", col("status"), done_words.join(", "));
        let charter = "service IS NOT NULL AND due_at IS NOT NULL";
        let month = if q.month_starts.is_empty() {
            "0".to_string()
        } else {
            tree(&col("received_at"), &q.month_starts, &|i| i as i64)
        };
        let class = |cl: TicketClass| cl.code().to_string();
        let class_expr = format!(
            "CASE WHEN NOT ({charter}) THEN (CASE WHEN {done} THEN {} ELSE {} END)
                  WHEN {done} THEN (CASE WHEN resolved_at IS NULL THEN {}
                                         WHEN {} <= due_at THEN {} ELSE {} END)
                  WHEN {} >= '{}' THEN {} ELSE {} END",
            class(TicketClass::OutsideDone),
            class(TicketClass::OutsideOpen),
            class(TicketClass::DoneUntimed),
            col("resolved_at"),
            class(TicketClass::OnTime),
            class(TicketClass::Late),
            col("due_at"),
            q.as_of_ceil,
            class(TicketClass::OpenNotDue),
            class(TicketClass::OpenOverdue),
        );
        let tops = &q.age_bucket_tops;
        let bucket = move |age: i64| tops.iter().filter(|t| **t < age.max(0)).count() as i64;
        let key_of = |k: &CalendarKeys| {
            let a = k.as_of_number;
            let receipt = format!(
                "CASE WHEN receipt_day IS NOT NULL THEN {} ELSE {} END",
                tree(&col("receipt_day"), &k.working_dates, &|i| i as i64),
                tree(&col("received_at"), &k.closes, &|i| i as i64 + 1),
            );
            let age = format!(
                "CASE WHEN receipt_day IS NOT NULL THEN {} ELSE {} END",
                tree(&col("receipt_day"), &k.working_dates, &|i| bucket(
                    a - i as i64
                )),
                tree(&col("received_at"), &k.closes, &|i| bucket(
                    a - i as i64 - 1
                )),
            );
            let resolution = tree(&col("resolved_at"), &k.day_starts, &|i| i as i64);
            format!(
                "CASE WHEN {charter} AND {done} AND resolved_at IS NOT NULL
                      THEN ({resolution}) - ({receipt})
                      WHEN NOT ({done}) THEN {age} END"
            )
        };
        let (first, others) = q.calendars.split_first().expect("checked above");
        let key = if others.is_empty() {
            key_of(first)
        } else {
            let mut key = String::from("CASE ");
            for k in others {
                let list: Vec<String> = k
                    .offices
                    .iter()
                    .map(|o| format!("'{}'", o.replace('\'', "''")))
                    .collect();
                key.push_str(&format!(
                    "WHEN office IN ({}) THEN {} ",
                    list.join(", "),
                    key_of(k)
                ));
            }
            key.push_str(&format!("ELSE {} END", key_of(first)));
            key
        };
        // Dates beyond the lists would be counted at the lists' ends: flagged instead.
        let (lo, hi) = (
            q.calendars
                .iter()
                .map(|k| k.first_day.as_str())
                .max()
                .unwrap_or(""),
            q.calendars
                .iter()
                .map(|k| k.last_day.as_str())
                .min()
                .unwrap_or(""),
        );
        let end = q
            .calendars
            .iter()
            .map(|k| k.end.as_str())
            .min()
            .unwrap_or("");
        let out_of_range = format!(
            "CASE WHEN (receipt_day IS NOT NULL AND ({rd} < '{lo}' OR {rd} > '{hi}'))
                    OR {res} >= '{end}' THEN 1 ELSE 0 END",
            rd = col("receipt_day"),
            res = col("resolved_at"),
        );
        let ack_parse = match self.backend {
            Backend::Postgres => {
                "CAST(EXTRACT(EPOCH FROM CAST(ack_sent_at AS TIMESTAMPTZ) - CAST(received_at AS TIMESTAMPTZ)) AS BIGINT)"
            }
            Backend::Sqlite => {
                "CAST(strftime('%s', ack_sent_at) AS INTEGER) - CAST(strftime('%s', received_at) AS INTEGER)"
            }
        };
        let mut p = Placeholders {
            anonymous: false,
            next: 1,
        };
        let (a, b) = (p.next(), p.next());
        let list: Vec<String> = q.offices.iter().map(|_| p.next()).collect();
        let part = match q.part {
            CountPart::All => String::new(),
            CountPart::Open => format!("AND {OPEN_PREDICATE}"),
            CountPart::Done => format!("AND {DONE_PREDICATE}"),
        };
        Ok(format!(
            "SELECT office,
                          CASE WHEN {charter} THEN service END AS svc,
                          {month} AS mon,
                          {class_expr} AS cls,
                          {key} AS k,
                          CASE WHEN ack_sent_at IS NULL THEN NULL
                               ELSE COALESCE(ack_delay_secs, {ack_parse}) END AS ack,
                          CASE WHEN reopened > 0 THEN 1 ELSE 0 END AS ro,
                          CASE WHEN ack_held <> 0 THEN 1 ELSE 0 END AS hd,
                          {out_of_range} AS oor,
                          substr(received_at, 1, 7) AS um
                   FROM tickets
                   WHERE received_at >= {a} AND received_at < {b} AND office IN ({}) {part} {extra}",
            list.join(", ")
        ))
    }

    /// The period's tickets (or its open ones: [`CountQuery::part`]) counted by
    /// [`CountRow`]'s keys (one scan; see the module doc).
    pub async fn report_counts(&self, q: &CountQuery) -> Result<Vec<CountRow>, StoreError> {
        if q.offices.is_empty() || q.calendars.is_empty() {
            return Ok(Vec::new());
        }
        let inner = self.count_select(q, "")?;
        let sql = format!(
            "SELECT office, svc, CAST(mon AS BIGINT), CAST(cls AS BIGINT), CAST(k AS BIGINT),
                    CAST(ack AS BIGINT), CAST(ro AS BIGINT), CAST(hd AS BIGINT),
                    CAST(oor AS BIGINT), COUNT(*)
             FROM ({inner}) AS t
             GROUP BY office, svc, mon, cls, k, ack, ro, hd, oor"
        );
        let mut query = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(db_time(q.from))
            .bind(db_time(q.to));
        for o in &q.offices {
            query = query.bind(o.clone());
        }
        let mut tx = self.pool().begin().await?;
        if self.backend == Backend::Postgres {
            // The expression is large and runs once per row: compiling it costs more than
            // it saves.
            sqlx::query("SET LOCAL jit = off").execute(&mut *tx).await?;
        }
        let rows = query.fetch_all(&mut *tx).await?;
        tx.commit().await?;
        rows.into_iter()
            .map(|r| {
                let code: i64 = r.try_get(3)?;
                let class = usize::try_from(code)
                    .ok()
                    .and_then(|i| TicketClass::ALL.get(i).copied())
                    .ok_or_else(|| StoreError::Corrupt {
                        what: "report class",
                        value: code.to_string(),
                    })?;
                Ok(CountRow {
                    office: r.try_get(0)?,
                    service: r.try_get(1)?,
                    month: r.try_get(2)?,
                    class,
                    key: r.try_get(4)?,
                    ack_secs: r.try_get(5)?,
                    reopened: r.try_get::<i64, _>(6)? != 0,
                    held: r.try_get::<i64, _>(7)? != 0,
                    out_of_range: r.try_get::<i64, _>(8)? != 0,
                    count: u64::try_from(r.try_get::<i64, _>(9)?).unwrap_or(0),
                })
            })
            .collect()
    }
}

/// Which rows of the report a [`CachedRow`] adds to (the grouping sets of
/// [`Store::report_cache_read`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CacheSet {
    /// Summed per office.
    Office,
    /// Summed per service.
    Service,
    /// Summed per trend month.
    Month,
    /// Summed over everything: the report's total row.
    Total,
}

/// Done tickets from `report_month_counts`, summed over one grouping of the report.
#[derive(Debug, Clone, PartialEq)]
pub struct CachedRow {
    /// Which grouping this row belongs to.
    pub set: CacheSet,
    /// The office, for [`CacheSet::Office`].
    pub office: Option<String>,
    /// The service, for [`CacheSet::Service`] (`None` there: outside the charter).
    pub service: Option<String>,
    /// The local month `YYYY-MM`, for [`CacheSet::Month`].
    pub month: Option<String>,
    /// Where these tickets stand.
    pub class: TicketClass,
    /// Working days to resolution (on time and late).
    pub key: Option<i64>,
    /// Seconds from receipt to acknowledgement; `None` when not acknowledged.
    pub ack_secs: Option<i64>,
    /// Reopened at least once.
    pub reopened: bool,
    /// The acknowledgement was held as doubtful (possible spam or scam).
    pub held: bool,
    /// How many tickets share these keys.
    pub count: u64,
}

/// What [`Store::report_cache_refresh`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refreshed {
    /// This many stale (office, month) pairs were counted again.
    Pairs(usize),
    /// A ticket's dates lie outside the day lists: nothing was written.
    OutOfRange,
}

/// Text the refresh puts into SQL as literals: month labels `YYYY-MM`.
fn month_label_ok(s: &str) -> bool {
    s.len() == 7 && s.bytes().all(|b| b.is_ascii_digit() || b == b'-')
}

fn class_of(code: i64) -> Result<TicketClass, StoreError> {
    usize::try_from(code)
        .ok()
        .and_then(|i| TicketClass::ALL.get(i).copied())
        .ok_or_else(|| StoreError::Corrupt {
            what: "report class",
            value: code.to_string(),
        })
}

impl Store {
    /// Makes every month of an office stale whose stored calendar fingerprint is not the
    /// one given (a holiday declared later, another time zone or closing time): its cached
    /// counts are dropped and counted again at the next report.
    pub async fn report_cache_calendars(
        &self,
        fingerprints: &[(String, String)],
    ) -> Result<(), StoreError> {
        if fingerprints.is_empty() {
            return Ok(());
        }
        let mut p = Placeholders {
            anonymous: false,
            next: 1,
        };
        let list: Vec<String> = fingerprints.iter().map(|_| p.next()).collect();
        let sql = format!(
            "SELECT office, fingerprint FROM report_calendars WHERE office IN ({})",
            list.join(", ")
        );
        let mut q = sqlx::query(sqlx::AssertSqlSafe(sql));
        for (o, _) in fingerprints {
            q = q.bind(o.clone());
        }
        let stored: std::collections::HashMap<String, String> = q
            .fetch_all(self.pool())
            .await?
            .into_iter()
            .map(|r| Ok((r.try_get(0)?, r.try_get(1)?)))
            .collect::<Result<_, StoreError>>()?;
        let changed: Vec<&(String, String)> = fingerprints
            .iter()
            .filter(|(o, f)| stored.get(o) != Some(f))
            .collect();
        if changed.is_empty() {
            return Ok(());
        }
        let mut tx = self.begin_write().await?;
        for chunk in changed.chunks(200) {
            let mut p = Placeholders {
                anonymous: false,
                next: 1,
            };
            let list: Vec<String> = chunk.iter().map(|_| p.next()).collect();
            let list = list.join(", ");
            for sql in [
                format!("DELETE FROM report_month_counts WHERE office IN ({list})"),
                format!(
                    "INSERT INTO report_stale (office, utc_month, version)
                     SELECT office, substr(received_at, 1, 7), 1 FROM tickets
                     WHERE office IN ({list})
                     GROUP BY office, substr(received_at, 1, 7)
                     ON CONFLICT (office, utc_month) DO UPDATE SET version = report_stale.version + 1"
                ),
            ] {
                let mut q = sqlx::query(sqlx::AssertSqlSafe(sql));
                for (o, _) in chunk {
                    q = q.bind(o.clone());
                }
                q.execute(&mut *tx).await?;
            }
            for (o, f) in chunk {
                sqlx::query(
                    "INSERT INTO report_calendars (office, fingerprint) VALUES ($1, $2)
                     ON CONFLICT (office) DO UPDATE SET fingerprint = excluded.fingerprint",
                )
                .bind(o.clone())
                .bind(f.clone())
                .execute(&mut *tx)
                .await?;
            }
        }
        tx.commit().await?;
        Ok(())
    }

    /// Counts again the done tickets of `q.offices`' stale (office, UTC month) pairs with
    /// months in `utc_first..=utc_last` and stores the counts in `report_month_counts`, in
    /// one transaction. `q` reads the done tickets of those UTC months (`q.part` is set to
    /// [`CountPart::Done`]); `month_labels` names its month numbers 1, 2 … (local months).
    /// A mark is cleared only if no change bumped its version meanwhile.
    pub async fn report_cache_refresh(
        &self,
        q: &CountQuery,
        month_labels: &[String],
        utc_first: &str,
        utc_last: &str,
    ) -> Result<Refreshed, StoreError> {
        if q.offices.is_empty() || q.calendars.is_empty() {
            return Ok(Refreshed::Pairs(0));
        }
        if !month_labels.iter().all(|m| month_label_ok(m))
            || !month_label_ok(utc_first)
            || !month_label_ok(utc_last)
        {
            return Err(StoreError::Corrupt {
                what: "report months",
                value: utc_first.to_string(),
            });
        }
        let mut q = q.clone();
        q.part = CountPart::Done;
        let mut tx = self.begin_write().await?;
        if self.backend == Backend::Postgres {
            // One refresher at a time (two replicas' reports): the second finds the marks
            // the first cleared. Ticket writers are not held up by it.
            sqlx::query("SELECT pg_advisory_xact_lock(19019)")
                .execute(&mut *tx)
                .await?;
            sqlx::query("SET LOCAL jit = off").execute(&mut *tx).await?;
        }
        let mut p = Placeholders {
            anonymous: false,
            next: 1,
        };
        let (a, b) = (p.next(), p.next());
        let list: Vec<String> = q.offices.iter().map(|_| p.next()).collect();
        let sql = format!(
            "SELECT office, utc_month, version FROM report_stale
             WHERE utc_month >= {a} AND utc_month <= {b} AND office IN ({})",
            list.join(", ")
        );
        let mut query = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(utc_first.to_string())
            .bind(utc_last.to_string());
        for o in &q.offices {
            query = query.bind(o.clone());
        }
        let marks: Vec<(String, String, i64)> = query
            .fetch_all(&mut *tx)
            .await?
            .into_iter()
            .map(|r| Ok((r.try_get(0)?, r.try_get(1)?, r.try_get(2)?)))
            .collect::<Result<_, StoreError>>()?;
        if marks.is_empty() {
            tx.commit().await?;
            return Ok(Refreshed::Pairs(0));
        }
        let pairs: Vec<String> = marks.iter().map(|(o, m, _)| format!("{o}|{m}")).collect();
        // The count's own binds are $1 $2 (the UTC months' bounds) and the offices.
        let first_pair = 3 + q.offices.len();
        let mut p = Placeholders {
            anonymous: false,
            next: first_pair,
        };
        let pair_list: Vec<String> = pairs.iter().map(|_| p.next()).collect();
        let extra = format!(
            "AND office || '|' || substr(received_at, 1, 7) IN ({})",
            pair_list.join(", ")
        );
        let inner = self.count_select(&q, &extra)?;
        let bind_count = |sql: String| {
            let mut query = sqlx::query(sqlx::AssertSqlSafe(sql))
                .bind(db_time(q.from))
                .bind(db_time(q.to));
            for o in &q.offices {
                query = query.bind(o.clone());
            }
            for pair in &pairs {
                query = query.bind(pair.clone());
            }
            query
        };
        // Dates beyond the lists (or before the first month) would be counted wrongly.
        let bad: i64 = bind_count(format!(
            "SELECT COUNT(*) FROM ({inner}) AS t WHERE t.oor <> 0 OR t.mon = 0"
        ))
        .fetch_one(&mut *tx)
        .await?
        .try_get(0)?;
        if bad > 0 {
            return Ok(Refreshed::OutOfRange);
        }
        let mut p = Placeholders {
            anonymous: false,
            next: 1,
        };
        let del_list: Vec<String> = pairs.iter().map(|_| p.next()).collect();
        let mut del = sqlx::query(sqlx::AssertSqlSafe(format!(
            "DELETE FROM report_month_counts WHERE office || '|' || utc_month IN ({})",
            del_list.join(", ")
        )));
        for pair in &pairs {
            del = del.bind(pair.clone());
        }
        del.execute(&mut *tx).await?;
        let label = {
            let mut case = String::from("CASE mon");
            for (i, m) in month_labels.iter().enumerate() {
                case.push_str(&format!(" WHEN {} THEN '{m}'", i + 1));
            }
            case.push_str(" END");
            case
        };
        bind_count(format!(
            "INSERT INTO report_month_counts
                 (office, utc_month, local_month, service, class, days, ack_secs, reopened, held, n)
             SELECT office, um, {label}, svc, CAST(cls AS BIGINT), CAST(k AS BIGINT),
                    CAST(ack AS BIGINT), CAST(ro AS BIGINT), CAST(hd AS BIGINT), COUNT(*)
             FROM ({inner}) AS t
             GROUP BY office, um, mon, svc, cls, k, ack, ro, hd"
        ))
        .execute(&mut *tx)
        .await?;
        let mut p = Placeholders {
            anonymous: false,
            next: 1,
        };
        let marks_list: Vec<String> = marks.iter().map(|_| p.next()).collect();
        let mut clear = sqlx::query(sqlx::AssertSqlSafe(format!(
            "DELETE FROM report_stale
             WHERE office || '|' || utc_month || '|' || CAST(version AS TEXT) IN ({})",
            marks_list.join(", ")
        )));
        for (o, m, v) in &marks {
            clear = clear.bind(format!("{o}|{m}|{v}"));
        }
        clear.execute(&mut *tx).await?;
        tx.commit().await?;
        Ok(Refreshed::Pairs(marks.len()))
    }

    /// The cached done tickets of `offices` received in the local months
    /// `first..=last` (`YYYY-MM`), summed per office, per service, per month and in total.
    pub async fn report_cache_read(
        &self,
        offices: &[String],
        first: &str,
        last: &str,
    ) -> Result<Vec<CachedRow>, StoreError> {
        if offices.is_empty() {
            return Ok(Vec::new());
        }
        let mut p = Placeholders {
            anonymous: false,
            next: 1,
        };
        let (a, b) = (p.next(), p.next());
        let list: Vec<String> = offices.iter().map(|_| p.next()).collect();
        let filter = format!(
            "FROM report_month_counts
             WHERE local_month >= {a} AND local_month <= {b} AND office IN ({})",
            list.join(", ")
        );
        let keys = "class, days, ack_secs, reopened, held";
        let sql = match self.backend {
            // One pass over the rows, four hash tables.
            Backend::Postgres => format!(
                "SELECT CAST(GROUPING(office, service, local_month) AS BIGINT), office, service,
                        local_month, {keys}, CAST(SUM(n) AS BIGINT)
                 {filter}
                 GROUP BY GROUPING SETS ((office, {keys}), (service, {keys}),
                                         (local_month, {keys}), ({keys}))"
            ),
            Backend::Sqlite => format!(
                "SELECT 3, office, NULL, NULL, {keys}, SUM(n) {filter} GROUP BY office, {keys}
                 UNION ALL
                 SELECT 5, NULL, service, NULL, {keys}, SUM(n) {filter} GROUP BY service, {keys}
                 UNION ALL
                 SELECT 6, NULL, NULL, local_month, {keys}, SUM(n) {filter} GROUP BY local_month, {keys}
                 UNION ALL
                 SELECT 7, NULL, NULL, NULL, {keys}, SUM(n) {filter} GROUP BY {keys}"
            ),
        };
        let mut q = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(first.to_string())
            .bind(last.to_string());
        for o in offices {
            q = q.bind(o.clone());
        }
        let mut tx = self.pool().begin().await?;
        if self.backend == Backend::Postgres {
            sqlx::query("SET LOCAL jit = off").execute(&mut *tx).await?;
            // Every grouping set in memory: the rows are narrow and few.
            sqlx::query("SET LOCAL work_mem = '64MB'")
                .execute(&mut *tx)
                .await?;
        }
        let rows = q.fetch_all(&mut *tx).await?;
        tx.commit().await?;
        rows.into_iter()
            .map(|r| {
                let set = match r.try_get::<i64, _>(0)? {
                    3 => CacheSet::Office,
                    5 => CacheSet::Service,
                    6 => CacheSet::Month,
                    7 => CacheSet::Total,
                    other => {
                        return Err(StoreError::Corrupt {
                            what: "report grouping set",
                            value: other.to_string(),
                        });
                    }
                };
                Ok(CachedRow {
                    set,
                    office: r.try_get(1)?,
                    service: r.try_get(2)?,
                    month: r.try_get(3)?,
                    class: class_of(r.try_get(4)?)?,
                    key: r.try_get(5)?,
                    ack_secs: r.try_get(6)?,
                    reopened: r.try_get::<i64, _>(7)? != 0,
                    held: r.try_get::<i64, _>(8)? != 0,
                    count: u64::try_from(r.try_get::<i64, _>(9)?).unwrap_or(0),
                })
            })
            .collect()
    }
}

impl Store {
    /// The UTC months `first..=last` (`YYYY-MM`) in which one of `offices` has a stale mark.
    pub async fn report_stale_months(
        &self,
        offices: &[String],
        first: &str,
        last: &str,
    ) -> Result<Vec<String>, StoreError> {
        if offices.is_empty() {
            return Ok(Vec::new());
        }
        let mut p = Placeholders {
            anonymous: false,
            next: 1,
        };
        let (a, b) = (p.next(), p.next());
        let list: Vec<String> = offices.iter().map(|_| p.next()).collect();
        let sql = format!(
            "SELECT DISTINCT utc_month FROM report_stale
             WHERE utc_month >= {a} AND utc_month <= {b} AND office IN ({})
             ORDER BY utc_month",
            list.join(", ")
        );
        let mut q = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(first.to_string())
            .bind(last.to_string());
        for o in offices {
            q = q.bind(o.clone());
        }
        q.fetch_all(self.pool())
            .await?
            .into_iter()
            .map(|r| Ok(r.try_get(0)?))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The SQL words for done and open are the statuses `TicketStatus::is_done` names.
    #[test]
    fn done_predicate_names_the_done_statuses() {
        let done: Vec<String> = [
            TicketStatus::Open,
            TicketStatus::Waiting,
            TicketStatus::Resolved,
            TicketStatus::Closed,
        ]
        .into_iter()
        .filter(|s| s.is_done())
        .map(|s| format!("'{}'", s.as_str()))
        .collect();
        let list = done.join(", ");
        assert_eq!(DONE_PREDICATE, format!("status IN ({list})"));
        assert_eq!(OPEN_PREDICATE, format!("status NOT IN ({list})"));
    }
}

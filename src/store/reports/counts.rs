//! Counting a period's tickets in the database by the few keys the figures need.

use super::*;

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
pub(super) const DONE_PREDICATE: &str = "status IN ('resolved', 'closed')";
pub(super) const OPEN_PREDICATE: &str = "status NOT IN ('resolved', 'closed')";

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

/// The ticket's [`TicketClass`] code: outside the charter (done or open), done without a
/// resolution time, on time or late, or open and due or overdue at `q.as_of_ceil`.
fn class_expr(q: &CountQuery, col: &dyn Fn(&str) -> String, charter: &str, done: &str) -> String {
    let class = |cl: TicketClass| cl.code().to_string();
    format!(
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
    )
}

/// The ticket's day key `k`, in its office's calendar: working days from receipt to
/// resolution for a charter ticket done, the age bucket for one open.
fn day_key(q: &CountQuery, col: &dyn Fn(&str) -> String, charter: &str, done: &str) -> String {
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
    if others.is_empty() {
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
    }
}

/// 1 when the ticket's dates fall beyond the day lists (they would be counted at the lists'
/// ends): flagged instead.
fn out_of_range(q: &CountQuery, col: &dyn Fn(&str) -> String) -> String {
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
    format!(
        "CASE WHEN (receipt_day IS NOT NULL AND ({rd} < '{lo}' OR {rd} > '{hi}'))
                    OR {res} >= '{end}' THEN 1 ELSE 0 END",
        rd = col("receipt_day"),
        res = col("resolved_at"),
    )
}

impl Store {
    /// The inner `SELECT` of a count: one row per ticket with its keys (`office, svc, mon,
    /// cls, k, ack, ro, hd, oor, um`), binding `$1` `$2` (the period) and `$3…` (the offices);
    /// `extra` is ANDed to its `WHERE`.
    pub(super) fn count_select(&self, q: &CountQuery, extra: &str) -> Result<String, StoreError> {
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
        let class_expr = class_expr(q, &col, charter, &done);
        let key = day_key(q, &col, charter, &done);
        let out_of_range = out_of_range(q, &col);
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

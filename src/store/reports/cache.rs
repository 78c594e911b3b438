//! The report cache: per office and month, the counted rows, refreshed when their months change.

use super::counts::{CountPart, CountQuery};
use super::*;
use crate::store::Tx;

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
        let marks = stale_marks(&mut tx, &q.offices, utc_first, utc_last).await?;
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
        delete_counts(&mut tx, &pairs).await?;
        let label = month_label_case(month_labels);
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
        clear_marks(&mut tx, &marks).await?;
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

/// The stale marks (office, UTC month, version) of `offices` with months in
/// `utc_first..=utc_last`.
async fn stale_marks(
    tx: &mut Tx,
    offices: &[String],
    utc_first: &str,
    utc_last: &str,
) -> Result<Vec<(String, String, i64)>, StoreError> {
    let mut p = Placeholders {
        anonymous: false,
        next: 1,
    };
    let (a, b) = (p.next(), p.next());
    let list: Vec<String> = offices.iter().map(|_| p.next()).collect();
    let sql = format!(
        "SELECT office, utc_month, version FROM report_stale
             WHERE utc_month >= {a} AND utc_month <= {b} AND office IN ({})",
        list.join(", ")
    );
    let mut query = sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(utc_first.to_string())
        .bind(utc_last.to_string());
    for o in offices {
        query = query.bind(o.clone());
    }
    query
        .fetch_all(&mut **tx)
        .await?
        .into_iter()
        .map(|r| Ok((r.try_get(0)?, r.try_get(1)?, r.try_get(2)?)))
        .collect::<Result<_, StoreError>>()
}

/// Deletes the cached counts of the (`office|utc_month`) `pairs`.
async fn delete_counts(tx: &mut Tx, pairs: &[String]) -> Result<(), StoreError> {
    let mut p = Placeholders {
        anonymous: false,
        next: 1,
    };
    let del_list: Vec<String> = pairs.iter().map(|_| p.next()).collect();
    let mut del = sqlx::query(sqlx::AssertSqlSafe(format!(
        "DELETE FROM report_month_counts WHERE office || '|' || utc_month IN ({})",
        del_list.join(", ")
    )));
    for pair in pairs {
        del = del.bind(pair.clone());
    }
    del.execute(&mut **tx).await?;
    Ok(())
}

/// `CASE mon WHEN 1 THEN '…' …`: a count's month number as its local month's label.
fn month_label_case(month_labels: &[String]) -> String {
    let mut case = String::from("CASE mon");
    for (i, m) in month_labels.iter().enumerate() {
        case.push_str(&format!(" WHEN {} THEN '{m}'", i + 1));
    }
    case.push_str(" END");
    case
}

/// Clears the stale `marks` whose version is still the one read: a change meanwhile bumped
/// it and keeps its mark.
async fn clear_marks(tx: &mut Tx, marks: &[(String, String, i64)]) -> Result<(), StoreError> {
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
    for (o, m, v) in marks {
        clear = clear.bind(format!("{o}|{m}|{v}"));
    }
    clear.execute(&mut **tx).await?;
    Ok(())
}

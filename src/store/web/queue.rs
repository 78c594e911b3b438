//! The queue page's reads: the filter, the page in deadline order with keyset paging, and the
//! counts per status.

use super::search::search_text;
use super::sql::{Sql, service_condition};
use super::*;

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
    /// Reference, citizen, subject or mail text (case-insensitive substring; a reference
    /// also by its beginning, with Bengali or ASCII digits).
    pub search: Option<String>,
    /// Rows per page (at least 1 is used).
    pub limit: i64,
    /// Where the page starts: after this ticket in the queue's order (keyset paging).
    pub after: Option<QueueKey>,
}

/// A ticket's place in the queue's order: by deadline, tickets without one after all the
/// others, the ticket id breaking ties. The next page starts after the last row's key, so
/// every page costs the same however deep (no `OFFSET`).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct QueueKey {
    /// `false` before `true`: the dated tickets come first.
    pub(super) undated: bool,
    pub(super) due_at: String,
    pub(super) id: i64,
}

impl QueueKey {
    /// The key of `t`'s place in the queue, for the next page to start after it.
    pub fn of(t: &Ticket) -> QueueKey {
        QueueKey {
            undated: t.due_at.is_none(),
            due_at: t.due_at.clone().unwrap_or_default(),
            id: t.id,
        }
    }

    /// As a URL carries it: `DUE_ID` (`_ID` for a ticket without a deadline).
    pub fn to_param(&self) -> String {
        format!("{}_{}", self.due_at, self.id)
    }

    /// The key a URL carries, if it is one (a hostile value is no key: the first page).
    pub fn parse(param: &str) -> Option<QueueKey> {
        let (due, id) = param.rsplit_once('_')?;
        let id: i64 = id.parse().ok().filter(|i| *i >= 0)?;
        if due.is_empty() {
            return Some(QueueKey {
                undated: true,
                due_at: String::new(),
                id,
            });
        }
        let due_at = db_time(due.parse::<Timestamp>().ok()?);
        Some(QueueKey {
            undated: false,
            due_at,
            id,
        })
    }
}

/// How deep a search walks each (office, status) list in deadline order before it leaves a
/// rare word to the text indexes (see `Store::queue_search_walk`).
pub(super) const SEARCH_WALK_ROWS: i64 = 300;

/// How deep a second walk goes when the first saw a page's worth of matches in all but fell
/// short in a list: a word common overall but absent from one list's most urgent tickets (in
/// the bench, "প্রিন্টার" is in a third of the tickets and in none of the first 300 resolved
/// ones by deadline; its 51st there is the 623rd).
pub(super) const SEARCH_DEEP_WALK_ROWS: i64 = 1000;

/// How deep the count of a broad search walks each (office, status) list (see
/// `Store::search_count_walk`) before it leaves the count to the text indexes.
pub(super) const SEARCH_COUNT_WALK_ROWS: i64 = 1000;

/// Counts above this are shown as "more than" (counting every match of a broad filter would
/// read every row).
pub const COUNT_CAP: i64 = 1000;

/// A search's count stops here and shows "২০০+" / "200+", as mail clients and helpdesks
/// (Zammad, FreeScout) show big result sets: counting further costs a broad word every match
/// it has (BENCHMARKS.md, "Web desk page times"), where 201 matches are a short walk.
pub const SEARCH_COUNT_CAP: i64 = 200;

/// One page of the queue, how many match, and where the next page starts.
#[derive(Debug, Clone)]
pub struct QueuePage {
    /// The page's tickets, in queue order.
    pub tickets: Vec<Ticket>,
    /// How many tickets match, at most the cap: [`COUNT_CAP`], or [`SEARCH_COUNT_CAP`] for a
    /// search (more than the cap: see `capped`).
    pub total: i64,
    /// More tickets than the cap match: `total` is the cap, shown as "more than" ("1,000+",
    /// "200+").
    pub capped: bool,
    /// Where the next page starts; `None`: this is the last page.
    pub next: Option<QueueKey>,
}

impl Store {
    /// One page of the queue (see [`QueueFilter`]) in deadline order (tickets without one
    /// last), how many tickets match (up to [`COUNT_CAP`]), and where the next page starts.
    ///
    /// Without a search, each (office, status) is read through the `(office, status,
    /// due_at)` index from the page's start for one page's worth, and the few lists are merged
    /// here: no sort of all matches, no `OFFSET`. A search first finds its tickets through
    /// the text indexes (FTS5 trigram on SQLite, `pg_trgm` GIN on PostgreSQL; a reference by
    /// its beginning through the reference index), then sorts only those.
    pub async fn web_queue(&self, f: &QueueFilter) -> Result<QueuePage, StoreError> {
        let offices: Vec<&String> = f
            .offices
            .iter()
            .filter(|o| {
                f.office
                    .as_ref()
                    .is_none_or(|one| one.eq_ignore_ascii_case(o))
            })
            .collect();
        if offices.is_empty() || f.statuses.is_empty() {
            return Ok(QueuePage {
                tickets: Vec::new(),
                total: 0,
                capped: false,
                next: None,
            });
        }
        let search = f
            .search
            .as_deref()
            .map(search_text)
            .filter(|q| !q.is_empty());
        let limit = f.limit.max(1);
        let cap = match search {
            Some(_) => SEARCH_COUNT_CAP,
            None => COUNT_CAP,
        };
        let postgres = self.backend == Backend::Postgres;
        // The rows, and on PostgreSQL the count at once on a second connection where the
        // count is needed anyway: the page waits for the slower of the two, not their sum.
        // SQLite is in-process: two statements at once only contend for its lock.
        let (mut tickets, counted) = match &search {
            None if postgres => {
                let (rows, n) = tokio::try_join!(
                    self.queue_walk(f, &offices, limit + 1),
                    self.queue_count(f, &offices, None, cap)
                )?;
                (rows, Some(n))
            }
            None => (self.queue_walk(f, &offices, limit + 1).await?, None),
            Some(q) => match self.queue_search_walks(f, &offices, q, limit + 1).await? {
                // A word found within a short walk: its count walks too, if it is needed.
                Some(found) => (found, None),
                None if postgres => {
                    let (rows, n) = tokio::try_join!(
                        self.queue_search(f, &offices, q, limit + 1),
                        self.queue_count(f, &offices, Some(q), cap)
                    )?;
                    (rows, Some(n))
                }
                None => (self.queue_search(f, &offices, q, limit + 1).await?, None),
            },
        };
        let next = (tickets.len() as i64 > limit).then(|| {
            tickets.truncate(limit as usize);
            tickets.last().map(QueueKey::of)
        });
        // A first page that holds every match is its own count.
        let total = match (&f.after, &next, counted) {
            (None, None, _) => tickets.len() as i64,
            (_, _, Some(n)) => n,
            _ => match search.as_deref() {
                Some(q) if postgres => match self.search_count_walk(f, &offices, q).await? {
                    Some(n) => n,
                    None => self.queue_count(f, &offices, Some(q), cap).await?,
                },
                q => self.queue_count(f, &offices, q, cap).await?,
            },
        };
        Ok(QueuePage {
            tickets,
            total: total.min(cap),
            capped: total > cap,
            next: next.flatten(),
        })
    }

    /// The queue without a search: per (office, status), the tickets after `f.after`, first
    /// those with a deadline, then those without; each list one index range, up to
    /// [`LISTS_PER_STATEMENT`] of them in one statement (one round trip: on PostgreSQL each
    /// is a wait for another process). An admin of a district has more lists than SQLite
    /// allows in one compound SELECT (500): they go in several statements, one after another.
    async fn queue_walk(
        &self,
        f: &QueueFilter,
        offices: &[&String],
        want: i64,
    ) -> Result<Vec<Ticket>, StoreError> {
        let start = f.after.as_ref();
        let mut lists = Vec::new();
        for undated in [false, true] {
            if start.is_some_and(|k| k.undated && !undated) {
                continue; // the page starts among the undated tickets
            }
            for office in offices {
                for status in &f.statuses {
                    lists.push((undated, office.as_str(), status.as_str()));
                }
            }
        }
        let mut found = Vec::new();
        for chunk in lists.chunks(LISTS_PER_STATEMENT) {
            let mut q = Sql::default();
            let selects: Vec<String> = chunk
                .iter()
                .enumerate()
                .map(|(n, &(undated, office, status))| {
                    let start = start.filter(|k| k.undated == undated);
                    let sql = walk_list_sql(f, office, status, undated, start, want, &mut q);
                    format!("SELECT * FROM ({sql}) l{n}")
                })
                .collect();
            found.extend(q.fetch_tickets(self, selects.join(" UNION ALL ")).await?);
        }
        found.sort_by_key(QueueKey::of);
        found.truncate(want as usize);
        Ok(found)
    }
}

/// The most lists of [`Store::queue_walk`] in one statement: well under SQLite's limit of
/// 500 terms in a compound SELECT.
const LISTS_PER_STATEMENT: usize = 200;

/// One list of the queue walk: an office's tickets of one status after `start`, dated (in
/// deadline order) or undated (in id order), at most `want`.
fn walk_list_sql(
    f: &QueueFilter,
    office: &str,
    status: &str,
    undated: bool,
    start: Option<&QueueKey>,
    want: i64,
    q: &mut Sql,
) -> String {
    let mut sql = format!(
        "SELECT {TICKET_COLUMNS_T} FROM tickets t WHERE t.office = {} AND t.status = {}",
        q.text(office),
        q.text(status)
    );
    sql.push_str(&service_condition(f, q));
    if undated {
        sql.push_str(" AND t.due_at IS NULL");
        if let Some(k) = start {
            sql.push_str(&format!(" AND t.id > {}", q.int(k.id)));
        }
        sql.push_str(" ORDER BY t.id");
    } else {
        sql.push_str(" AND t.due_at IS NOT NULL");
        if let Some(k) = start {
            // `>=` bounds the index range; the OR breaks the tie by id.
            let d = q.text(&k.due_at);
            sql.push_str(&format!(
                " AND t.due_at >= {d} AND (t.due_at > {d} OR t.id > {})",
                q.int(k.id)
            ));
        }
        sql.push_str(" ORDER BY t.due_at, t.id");
    }
    sql.push_str(&format!(" LIMIT {}", q.int(want)));
    sql
}

impl Store {
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
}

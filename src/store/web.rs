//! The web desk's rows (migration 0012): sign-in links, sessions, rate-limit attempts, user
//! preferences and the search text; and the reads its pages need (the queue, a ticket's
//! thread). Ticket *changes* are not here: the web desk calls `tickets::actions` like every
//! other caller.

use jiff::Timestamp;
use sqlx::Row;

use super::tickets::{TICKET_COLUMNS_T, ticket_from_row};
use super::{Backend, Store, StoreError, db_time};
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
    undated: bool,
    due_at: String,
    id: i64,
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
const SEARCH_WALK_ROWS: i64 = 300;

/// How deep a second walk goes when the first saw a page's worth of matches in all but fell
/// short in a list: a word common overall but absent from one list's most urgent tickets (in
/// the bench, "প্রিন্টার" is in a third of the tickets and in none of the first 300 resolved
/// ones by deadline; its 51st there is the 623rd).
const SEARCH_DEEP_WALK_ROWS: i64 = 1000;

/// How deep the count of a broad search walks each (office, status) list (see
/// `Store::search_count_walk`) before it leaves the count to the text indexes.
const SEARCH_COUNT_WALK_ROWS: i64 = 1000;

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

/// A journaled message of a ticket (the citizen's mail, a follow-up, a command).
#[derive(Debug, Clone)]
pub struct ThreadMessage {
    /// The message's row id (`messages.id`).
    pub id: i64,
    /// When it arrived, as stored.
    pub received_at: String,
    /// The envelope or `From:` address; `None` when the mail had none we could read.
    pub from_address: Option<String>,
    /// What the pipeline did with it: the stored disposition word (a new ticket, a follow-up,
    /// `dismissed`…).
    pub disposition: String,
    /// The mail's bytes; `None` once retention has purged them.
    pub raw: Option<Vec<u8>>,
}

/// A mail we queued for a ticket, with its bytes.
#[derive(Debug, Clone)]
pub struct ThreadMail {
    /// Which mail it is (the stored kind word: acknowledgement, resolution notice, reminder…).
    pub kind: String,
    /// The recipient address.
    pub rcpt_to: String,
    /// Where it stands in the outbox (queued, sent, failed…), as stored.
    pub status: String,
    /// When it was queued, as stored.
    pub created_at: String,
    /// When SMTP accepted it; `None` while not (yet) sent.
    pub sent_at: Option<String>,
    /// The rendered mail's bytes; `None` when not stored (or purged).
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
    /// Stores a sign-in link by the hash of its token (the token itself is only in the mail),
    /// valid until `expires`.
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

    /// Starts a session stored by the hash of its cookie value, valid until `expires`.
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

    /// The address of a live session and the user's chosen language, in one statement (every
    /// page asks both; on PostgreSQL each statement is a round trip).
    pub async fn web_session_and_lang(
        &self,
        id_hash: &str,
        now: Timestamp,
    ) -> Result<Option<(String, Option<String>)>, StoreError> {
        let row = sqlx::query(
            "SELECT s.email, u.lang FROM web_sessions s
             LEFT JOIN web_users u ON u.email = LOWER(TRIM(s.email))
             WHERE s.id_hash = $1 AND s.expires_at > $2",
        )
        .bind(id_hash)
        .bind(db_time(now))
        .fetch_optional(self.pool())
        .await?;
        row.map(|r| Ok((r.try_get(0)?, r.try_get(1)?))).transpose()
    }

    /// Signs a session out (deletes it); an unknown id is not an error.
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

    /// The language the user chose for the desk (`bn`/`en`); `None`: not chosen, the default applies.
    pub async fn web_user_lang(&self, email: &str) -> Result<Option<String>, StoreError> {
        let row = sqlx::query("SELECT lang FROM web_users WHERE email = $1")
            .bind(email)
            .fetch_optional(self.pool())
            .await?;
        Ok(row.map(|r| r.try_get(0)).transpose()?)
    }

    /// Remembers the user's language for the desk (replacing any earlier choice).
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
    /// those with a deadline, then those without; each list one index range, all of them in
    /// one statement (one round trip: on PostgreSQL each is a wait for another process).
    async fn queue_walk(
        &self,
        f: &QueueFilter,
        offices: &[&String],
        want: i64,
    ) -> Result<Vec<Ticket>, StoreError> {
        let mut q = Sql::default();
        let mut lists = Vec::new();
        let start = f.after.as_ref();
        for undated in [false, true] {
            if start.is_some_and(|k| k.undated && !undated) {
                continue; // the page starts among the undated tickets
            }
            let start = start.filter(|k| k.undated == undated);
            for office in offices {
                for status in &f.statuses {
                    let mut sql = format!(
                        "SELECT {TICKET_COLUMNS_T} FROM tickets t WHERE t.office = {} AND t.status = {}",
                        q.text(office),
                        q.text(status)
                    );
                    sql.push_str(&service_condition(f, &mut q));
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
                    lists.push(format!("SELECT * FROM ({sql}) l{}", lists.len()));
                }
            }
        }
        let mut found = q.fetch_tickets(self, lists.join(" UNION ALL ")).await?;
        found.sort_by_key(QueueKey::of);
        found.truncate(want as usize);
        Ok(found)
    }

    /// The queue with a search, for a word that many tickets have: each (office, status)
    /// list is walked in deadline order through the `(office, status, due_at, id)` index,
    /// each ticket tested (its search text, its reference's beginning, its mail's text
    /// through `web_search_ticket`: [`Store::row_matches_sql`]), and the walk stops at a
    /// page's worth of matches. The bench's broad word (in over a quarter of 100,000 tickets'
    /// subject or mail) is found in ~200 rows, where the text indexes give ~30,000 candidates
    /// to read and sort (BENCHMARKS.md, "Web desk page times"). A list walked `depth_rows`
    /// deep without a page's worth of matches means a rarer word: `None` (see
    /// [`Self::queue_search_walks`] for the second, deeper walk), and the caller asks the text
    /// indexes instead ([`Self::queue_search`]), which are quick
    /// for it. The depth bounds what a rare word pays for the attempt (~15 ms a list on the
    /// loaded bench machine). `None` too when the walk could find other tickets than the
    /// indexes ([`walk_fits`]) or the filter has too many lists for one statement.
    ///
    /// Returns the page, or `None` and how many matches the walk saw in all its lists.
    async fn queue_search_walk(
        &self,
        f: &QueueFilter,
        offices: &[&String],
        search: &str,
        want: i64,
        depth_rows: i64,
    ) -> Result<(Option<Vec<Ticket>>, i64), StoreError> {
        if !self.walk_fits(search, offices, f) {
            return Ok((None, 0));
        }
        let mut q = Sql::default();
        let matches = self.row_matches_sql(search, &mut q);
        let start = f.after.as_ref();
        let mut lists = Vec::new();
        for (office, status, undated) in walk_lists(f, offices) {
            if start.is_some_and(|k| k.undated && !undated) {
                continue; // the page starts among the undated tickets
            }
            let start = start.filter(|k| k.undated == undated);
            let (order, outer) = if undated {
                ("t.id", "p.id")
            } else {
                ("t.due_at, t.id", "p.due_at, p.id")
            };
            let depth = q.int(depth_rows);
            let counted = list_condition(f, office, status, undated, start, &mut q);
            let walked = list_condition(f, office, status, undated, start, &mut q);
            let depth2 = q.int(depth_rows);
            let take = q.int(want);
            // Not LATERAL (SQLite has none): `h` does not depend on `s`.
            lists.push(format!(
                "SELECT CAST({n} AS BIGINT) AS list, s.n AS list_len, h.* FROM
                   (SELECT COUNT(*) AS n FROM (SELECT 1 AS one FROM tickets t WHERE {counted} LIMIT {depth}) c) s
                 LEFT JOIN (
                   SELECT p.* FROM (
                     SELECT {TICKET_COLUMNS_T}, ({matches}) AS hit FROM tickets t
                     WHERE {walked} ORDER BY {order} LIMIT {depth2}) p
                   WHERE p.hit ORDER BY {outer} LIMIT {take}) h ON 1 = 1",
                n = lists.len()
            ));
        }
        if lists.is_empty() {
            return Ok((None, 0));
        }
        let mut query = sqlx::query(sqlx::AssertSqlSafe(lists.join(" UNION ALL ")));
        for b in q.binds {
            query = b.bind_to(query);
        }
        let rows = query.fetch_all(self.pool()).await?;
        let mut hits = vec![0i64; lists.len()];
        let mut lengths = vec![0i64; lists.len()];
        let mut found = Vec::new();
        for r in &rows {
            let list = usize::try_from(r.try_get::<i64, _>("list")?).unwrap_or(0);
            if let Some(len) = lengths.get_mut(list) {
                *len = r.try_get("list_len")?;
            }
            if r.try_get::<Option<i64>, _>("id")?.is_some() {
                if let Some(h) = hits.get_mut(list) {
                    *h += 1;
                }
                found.push(ticket_from_row(r)?);
            }
        }
        // A list is settled when it gave a page's worth, or was walked to its end.
        let settled = hits
            .iter()
            .zip(&lengths)
            .all(|(h, len)| *h >= want || *len < depth_rows);
        if !settled {
            return Ok((None, hits.iter().sum()));
        }
        found.sort_by_key(QueueKey::of);
        found.truncate(want as usize);
        Ok((Some(found), want))
    }

    /// [`Self::queue_search_walk`] [`SEARCH_WALK_ROWS`] deep; when a list fell short but the
    /// walk saw a page's worth of matches in all (which a rare word does not give), once more
    /// [`SEARCH_DEEP_WALK_ROWS`] deep (the lists that gave a page stop where they did).
    async fn queue_search_walks(
        &self,
        f: &QueueFilter,
        offices: &[&String],
        search: &str,
        want: i64,
    ) -> Result<Option<Vec<Ticket>>, StoreError> {
        match self
            .queue_search_walk(f, offices, search, want, SEARCH_WALK_ROWS)
            .await?
        {
            (None, seen) if seen >= want => Ok(self
                .queue_search_walk(f, offices, search, want, SEARCH_DEEP_WALK_ROWS)
                .await?
                .0),
            (found, _) => Ok(found),
        }
    }

    /// How many tickets a search finds, by the walk of [`Self::queue_search_walk`] from the
    /// start of each list, stopping as soon as one more than [`SEARCH_COUNT_CAP`] matched (in
    /// any of the lists: one `LIMIT` over all of them). For a broad word that is a few hundred
    /// rows (~20 ms), where the text indexes read and sort every candidate (~180 ms for the
    /// bench's word on an idle machine). `None` when a list was walked
    /// [`SEARCH_COUNT_WALK_ROWS`] deep and the matches stayed under the cap: the count is
    /// then the text indexes' ([`Self::queue_count`]).
    async fn search_count_walk(
        &self,
        f: &QueueFilter,
        offices: &[&String],
        search: &str,
    ) -> Result<Option<i64>, StoreError> {
        if !self.walk_fits(search, offices, f) {
            return Ok(None);
        }
        let mut q = Sql::default();
        let matches = self.row_matches_sql(search, &mut q);
        let mut arms = Vec::new();
        let mut lengths = Vec::new();
        for (office, status, undated) in walk_lists(f, offices) {
            let order = if undated { "t.id" } else { "t.due_at, t.id" };
            let walked = list_condition(f, office, status, undated, None, &mut q);
            let depth = q.int(SEARCH_COUNT_WALK_ROWS);
            arms.push(format!(
                "SELECT 1 AS one FROM (SELECT ({matches}) AS hit FROM tickets t
                   WHERE {walked} ORDER BY {order} LIMIT {depth}) p WHERE p.hit"
            ));
            let counted = list_condition(f, office, status, undated, None, &mut q);
            let depth = q.int(SEARCH_COUNT_WALK_ROWS);
            lengths.push(format!(
                "SELECT COUNT(*) AS n FROM (SELECT 1 AS one FROM tickets t WHERE {counted} LIMIT {depth}) c"
            ));
        }
        if arms.is_empty() {
            return Ok(Some(0));
        }
        let sql = format!(
            "SELECT (SELECT COUNT(*) FROM ({} LIMIT {}) h) AS hits,
                    (SELECT MAX(n) FROM ({}) l) AS longest",
            arms.join(" UNION ALL "),
            q.int(SEARCH_COUNT_CAP + 1),
            lengths.join(" UNION ALL ")
        );
        let mut query = sqlx::query(sqlx::AssertSqlSafe(sql));
        for b in q.binds {
            query = b.bind_to(query);
        }
        let row = query.fetch_one(self.pool()).await?;
        let hits: i64 = row.try_get("hits")?;
        let longest: i64 = row.try_get("longest")?;
        Ok((hits > SEARCH_COUNT_CAP || longest < SEARCH_COUNT_WALK_ROWS).then_some(hits))
    }

    /// Whether the walks may answer this search: at most [`MAX_WALK_LISTS`] lists, and on
    /// SQLite only a search whose letters are ASCII or caseless (Bangla): SQLite's `LOWER`
    /// and `LIKE` fold ASCII only, where its FTS5 index folds other scripts' case too, so a
    /// walk could miss "É" in a ticket that the index finds for "é". Such a search goes
    /// through the index (as before the walk).
    fn walk_fits(&self, search: &str, offices: &[&String], f: &QueueFilter) -> bool {
        let lists = 2 * offices.len() * f.statuses.len();
        let caseless = |c: char| {
            c.is_ascii()
                || (c.to_lowercase().eq(std::iter::once(c))
                    && c.to_uppercase().eq(std::iter::once(c)))
        };
        lists <= MAX_WALK_LISTS
            && (self.backend == Backend::Postgres || search.chars().all(caseless))
    }

    /// Whether the ticket `t` is found by `search`, tested on the row (for the walks): the
    /// same as [`Self::matches_sql`] finds through the indexes. The mail text is looked up
    /// per ticket through `web_search_ticket` by a scalar subquery with `LIMIT 1` (on
    /// PostgreSQL an `EXISTS` was planned as a hash of every matching mail first, 106 ms).
    fn row_matches_sql(&self, search: &str, q: &mut Sql) -> String {
        let folded = crate::text::bangla::fold_digits(search);
        let prefix = folded.to_uppercase();
        let any = like_any(search, &folded, q);
        let (hay, reference) = match self.backend {
            // The trigram index's expression on `t` (PG_HAY names the bare columns).
            Backend::Postgres => (PG_HAY, "t.reference COLLATE \"C\""),
            Backend::Sqlite => (SQLITE_HAY, "t.reference"),
        };
        let hay = hay
            .replace("reference", "t.reference")
            .replace("subject", "t.subject")
            .replace("citizen_email", "t.citizen_email")
            .replace("citizen_name", "t.citizen_name");
        format!(
            "({}) OR ({reference} >= {} AND {reference} < {})
               OR (SELECT 1 FROM web_search w WHERE w.ticket_id = t.id AND ({}) LIMIT 1) IS NOT NULL",
            any(&hay),
            q.text(&prefix),
            q.text(&format!("{prefix}{}", char::MAX)),
            any("w.body")
        )
    }

    /// The queue with a search: the matching tickets (see [`matches_sql`]) after `f.after`.
    async fn queue_search(
        &self,
        f: &QueueFilter,
        offices: &[&String],
        search: &str,
        want: i64,
    ) -> Result<Vec<Ticket>, StoreError> {
        let mut q = Sql::default();
        let matches = self.matches_sql(search, &mut q);
        let mut sql = format!(
            "SELECT {TICKET_COLUMNS_T} FROM ({matches}) m CROSS JOIN tickets t WHERE t.id = m.id AND {}",
            base_condition(f, offices, &mut q)
        );
        match &f.after {
            None => {}
            Some(k) if k.undated => {
                sql.push_str(&format!(" AND t.due_at IS NULL AND t.id > {}", q.int(k.id)))
            }
            Some(k) => {
                let d = q.text(&k.due_at);
                sql.push_str(&format!(
                    " AND (t.due_at IS NULL OR t.due_at > {d} OR (t.due_at = {d} AND t.id > {}))",
                    q.int(k.id)
                ));
            }
        }
        sql.push_str(&format!(
            " ORDER BY CASE WHEN t.due_at IS NULL THEN 1 ELSE 0 END, t.due_at, t.id LIMIT {}",
            q.int(want)
        ));
        q.fetch_tickets(self, sql).await
    }

    /// How many tickets match, counting no further than one past `cap`.
    async fn queue_count(
        &self,
        f: &QueueFilter,
        offices: &[&String],
        search: Option<&str>,
        cap: i64,
    ) -> Result<i64, StoreError> {
        let mut q = Sql::default();
        let from = match search {
            None => "tickets t WHERE ".to_string(),
            // UNION ALL and DISTINCT here: the matches stream in and counting stops at the
            // cap, where a UNION would first collect every match.
            Some(s) => format!(
                "({}) m CROSS JOIN tickets t WHERE t.id = m.id AND ",
                self.matches_sql(s, &mut q)
                    .replace("UNION SELECT", "UNION ALL SELECT")
            ),
        };
        let distinct = if search.is_some() { "DISTINCT " } else { "" };
        let sql = format!(
            "SELECT COUNT(*) FROM (SELECT {distinct}t.id FROM {from}{} LIMIT {}) c",
            base_condition(f, offices, &mut q),
            q.int(cap + 1)
        );
        let mut query = sqlx::query(sqlx::AssertSqlSafe(sql));
        for b in q.binds {
            query = b.bind_to(query);
        }
        Ok(query.fetch_one(self.pool()).await?.try_get(0)?)
    }

    /// A subquery of the ids of the tickets a search finds: the reference by its beginning
    /// (through the reference index; Bengali digits read as ASCII), and the substring in the
    /// reference, subject, citizen's address or name, or the text of the ticket's mail.
    ///
    /// SQLite: FTS5 trigram tables (migration 0017) for three characters or more; a shorter
    /// text has no trigram, and is looked for row by row (LIKE), as before the index.
    /// PostgreSQL: LIKE, which the `pg_trgm` GIN indexes serve from three characters on.
    fn matches_sql(&self, search: &str, q: &mut Sql) -> String {
        let folded = crate::text::bangla::fold_digits(search);
        let prefix = folded.to_uppercase();
        match self.backend {
            Backend::Sqlite if search.chars().count() >= 3 => {
                let mut phrase = fts_phrase(search);
                if folded != search {
                    phrase = format!("{phrase} OR {}", fts_phrase(&folded));
                }
                let m = q.text(&phrase);
                format!(
                    "SELECT rowid AS id FROM tickets_search WHERE tickets_search MATCH {m}
                     UNION SELECT w.ticket_id FROM web_search_text x
                       JOIN web_search w ON w.message_id = x.rowid WHERE web_search_text MATCH {m}
                     UNION SELECT id FROM tickets WHERE reference >= {} AND reference < {}",
                    q.text(&prefix),
                    q.text(&format!("{prefix}{}", char::MAX))
                )
            }
            Backend::Sqlite => {
                let raw = q.text(&like_pattern(search));
                let fold = q.text(&like_pattern(&folded));
                format!(
                    "SELECT id FROM tickets WHERE {SQLITE_HAY} LIKE {raw} ESCAPE '\\'
                       OR {SQLITE_HAY} LIKE {fold} ESCAPE '\\'
                     UNION SELECT ticket_id FROM web_search
                       WHERE body LIKE {raw} ESCAPE '\\' OR body LIKE {fold} ESCAPE '\\'"
                )
            }
            Backend::Postgres => {
                // Each pattern is one more pass over the GIN index: the folded one only when
                // the digits made it different.
                let any = like_any(search, &folded, q);
                format!(
                    "SELECT id FROM tickets WHERE {}
                     UNION SELECT ticket_id FROM web_search WHERE {}
                     UNION SELECT id FROM tickets
                       WHERE reference COLLATE \"C\" >= {} AND reference COLLATE \"C\" < {}",
                    any(PG_HAY),
                    any("body"),
                    q.text(&prefix),
                    q.text(&format!("{prefix}{}", char::MAX))
                )
            }
        }
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
            "SELECT m.id, m.received_at, m.from_address, m.disposition, r.raw
             FROM messages m LEFT JOIN message_raw r ON r.message_id = m.id
             WHERE m.ticket_id = $1 ORDER BY m.id LIMIT $2",
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
    /// highest indexed message id), the next ones in id order: at most `limit`, and no more
    /// than `max_bytes` of mail unless the first alone is bigger (issue 20: 500 mails of up
    /// to 25 MB each must not be read at once). (message id, ticket id, raw).
    pub async fn web_unindexed(
        &self,
        limit: i64,
        max_bytes: u64,
    ) -> Result<Vec<(i64, i64, Option<Vec<u8>>)>, StoreError> {
        // The sizes first (SQLite reads a blob's length from its row's header, not its pages).
        let sizes = sqlx::query(
            "SELECT m.id, CAST(COALESCE(LENGTH(r.raw), 0) AS BIGINT)
             FROM messages m LEFT JOIN message_raw r ON r.message_id = m.id
             WHERE m.ticket_id IS NOT NULL
               AND m.id > (SELECT COALESCE(MAX(message_id), 0) FROM web_search)
             ORDER BY m.id LIMIT $1",
        )
        .bind(limit)
        .fetch_all(self.pool())
        .await?;
        let (Some(first), mut last, mut total) = (sizes.first(), None, 0u64) else {
            return Ok(Vec::new());
        };
        for r in &sizes {
            let bytes = r.try_get::<i64, _>(1)?.max(0) as u64;
            if last.is_some() && total + bytes > max_bytes {
                break;
            }
            total += bytes;
            last = Some(r.try_get::<i64, _>(0)?);
        }
        let rows = sqlx::query(
            "SELECT m.id, m.ticket_id, r.raw
             FROM messages m LEFT JOIN message_raw r ON r.message_id = m.id
             WHERE m.ticket_id IS NOT NULL AND m.id >= $1 AND m.id <= $2
             ORDER BY m.id",
        )
        .bind(first.try_get::<i64, _>(0)?)
        .bind(last)
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

/// PostgreSQL's search text of a ticket: the expression of the `tickets_search_trgm` index
/// (migrations/postgres/0017), which a query must repeat exactly for the index to serve it.
const PG_HAY: &str = "lower(reference || E'\\n' || subject || E'\\n' || citizen_email || E'\\n' || COALESCE(citizen_name, ''))";

/// SQLite's search text of a ticket for a search too short for the trigram index (read row
/// by row): what `tickets_search` holds (migrations/sqlite/0017).
const SQLITE_HAY: &str = "LOWER(reference || char(10) || subject || char(10) || citizen_email || char(10) || COALESCE(citizen_name, ''))";

/// The search as typed, on one line (a line break could otherwise match across the fields
/// of the search text), at most 200 characters.
fn search_text(typed: &str) -> String {
    typed
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .take(200)
        .collect::<String>()
        .trim()
        .to_string()
}

/// An FTS5 query for `text` as one phrase: with the trigram tokenizer, `text` anywhere.
fn fts_phrase(text: &str) -> String {
    format!("\"{}\"", text.replace('"', "\"\""))
}

/// A value bound to a statement built at run time.
#[derive(Debug, Clone)]
enum Arg {
    Text(String),
    Int(i64),
}

impl Arg {
    fn bind_to<'q>(
        self,
        q: sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments>,
    ) -> sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments> {
        match self {
            Arg::Text(v) => q.bind(v),
            Arg::Int(v) => q.bind(v),
        }
    }
}

/// The bound values of a statement built at run time, numbered `$1`, `$2`… as they are added.
#[derive(Debug, Default)]
struct Sql {
    binds: Vec<Arg>,
}

impl Sql {
    fn text(&mut self, v: &str) -> String {
        self.binds.push(Arg::Text(v.to_string()));
        format!("${}", self.binds.len())
    }

    fn int(&mut self, v: i64) -> String {
        self.binds.push(Arg::Int(v));
        format!("${}", self.binds.len())
    }

    async fn fetch_tickets(self, store: &Store, sql: String) -> Result<Vec<Ticket>, StoreError> {
        let mut query = sqlx::query(sqlx::AssertSqlSafe(sql));
        for b in self.binds {
            query = b.bind_to(query);
        }
        let rows = query.fetch_all(store.pool()).await?;
        rows.iter().map(ticket_from_row).collect()
    }
}

/// ` AND …` for the service filter, or nothing.
fn service_condition(f: &QueueFilter, q: &mut Sql) -> String {
    match f.service.as_deref() {
        None => String::new(),
        Some("none") => " AND t.service IS NULL".into(),
        Some(s) => format!(" AND t.service = {}", q.text(s)),
    }
}

/// The most (office, status) lists a walk reads in one statement (a dated and an undated
/// list per office and status); a filter with more (an admin of many offices) is searched
/// through the indexes.
const MAX_WALK_LISTS: usize = 64;

/// The lists a walk reads: per office and status, first the dated tickets (`false`), then
/// the undated (`true`).
fn walk_lists<'a>(
    f: &'a QueueFilter,
    offices: &'a [&'a String],
) -> impl Iterator<Item = (&'a str, &'a str, bool)> + 'a {
    [false, true].into_iter().flat_map(move |undated| {
        offices.iter().flat_map(move |office| {
            f.statuses
                .iter()
                .map(move |status| (office.as_str(), status.as_str(), undated))
        })
    })
}

/// One list's condition: its office and status, the service filter, dated or not, and after
/// `start` (a key among the list's own kind: dated or undated).
fn list_condition(
    f: &QueueFilter,
    office: &str,
    status: &str,
    undated: bool,
    start: Option<&QueueKey>,
    q: &mut Sql,
) -> String {
    let mut c = format!(
        "t.office = {} AND t.status = {}",
        q.text(office),
        q.text(status)
    );
    c.push_str(&service_condition(f, q));
    if undated {
        c.push_str(" AND t.due_at IS NULL");
        if let Some(k) = start {
            c.push_str(&format!(" AND t.id > {}", q.int(k.id)));
        }
    } else {
        c.push_str(" AND t.due_at IS NOT NULL");
        if let Some(k) = start {
            // `>=` bounds the index range; the OR breaks the tie by id.
            let d = q.text(&k.due_at);
            c.push_str(&format!(
                " AND t.due_at >= {d} AND (t.due_at > {d} OR t.id > {})",
                q.int(k.id)
            ));
        }
    }
    c
}

/// The queue's filters but the search: offices, statuses, service.
fn base_condition(f: &QueueFilter, offices: &[&String], q: &mut Sql) -> String {
    let offices: Vec<String> = offices.iter().map(|o| q.text(o)).collect();
    let statuses: Vec<String> = f.statuses.iter().map(|s| q.text(s)).collect();
    format!(
        "t.office IN ({}) AND t.status IN ({}){}",
        offices.join(", "),
        statuses.join(", "),
        service_condition(f, q)
    )
}

#[cfg(test)]
mod tests {
    use super::like_pattern;

    #[test]
    fn like_patterns_escape_wildcards() {
        assert_eq!(like_pattern("A_b%c\\"), "%a\\_b\\%c\\\\%");
        assert_eq!(like_pattern("প্রজেক্টর"), "%প্রজেক্টর%");
    }

    /// The search indexer reads the next unindexed mails in id order up to its byte budget,
    /// always at least one (a mail bigger than the budget alone), at most `limit`.
    #[tokio::test]
    async fn unindexed_mail_is_read_by_bytes() {
        use crate::store::Store;
        use crate::store::messages::{NewMessage, insert_message};
        let dir = tempfile::tempdir().unwrap();
        let store = Store::connect(&format!("sqlite://{}/t.db", dir.path().display()), 2)
            .await
            .unwrap();
        store.migrate().await.unwrap();
        let now: jiff::Timestamp = "2026-12-01T04:00:00Z".parse().unwrap();
        let sizes = [100_000usize, 200_000, 300_000, 10];
        let raws: Vec<bytes::Bytes> = sizes.iter().map(|&n| vec![b'x'; n].into()).collect();
        let mut tx = store.begin_write().await.unwrap();
        for (i, raw) in raws.iter().enumerate() {
            let dedup = format!("<{i}@example.test>");
            let m = NewMessage {
                mailbox: "desk/INBOX",
                uidvalidity: 1,
                uid: i as u32 + 1,
                dedup_id: &dedup,
                disposition: "new",
                received_at: now,
                from_address: None,
                subject: None,
                size: raw.len() as u64,
                raw,
                quarantine_reason: None,
                ticket_id: Some(1),
            };
            insert_message(&mut tx, &m, now).await.unwrap().unwrap();
        }
        tx.commit().await.unwrap();
        let lens = |rows: Vec<(i64, i64, Option<Vec<u8>>)>| -> Vec<usize> {
            rows.iter().map(|r| r.2.as_ref().unwrap().len()).collect()
        };
        assert_eq!(
            lens(store.web_unindexed(500, 350_000).await.unwrap()),
            vec![100_000, 200_000]
        );
        assert_eq!(
            lens(store.web_unindexed(500, 10).await.unwrap()),
            vec![100_000]
        );
        assert_eq!(
            lens(store.web_unindexed(2, 1 << 30).await.unwrap()),
            vec![100_000, 200_000]
        );
        assert_eq!(
            lens(store.web_unindexed(500, 1 << 30).await.unwrap()),
            sizes.to_vec()
        );
        store
            .web_index(&[(1, 1, "a".into()), (2, 1, "b".into())])
            .await
            .unwrap();
        assert_eq!(
            lens(store.web_unindexed(500, 10).await.unwrap()),
            vec![300_000]
        );
        store.close().await;
    }
}

/// One office's line of the overview.
#[derive(Debug, Clone, Default)]
pub struct OfficeFigures {
    /// The office code.
    pub office: String,
    /// Open tickets (including those waiting for the citizen).
    pub open: i64,
    /// Open tickets whose deadline has passed at `now`.
    pub overdue: i64,
    /// Open tickets due before the end of today (office time).
    pub due_today: i64,
    /// Resolved since the start of the month (with a deadline), and of those on time.
    pub resolved_this_month: i64,
    /// Of `resolved_this_month`, those resolved by their deadline.
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

/// `column LIKE p OR …` for the search as typed and, when folding its Bengali digits changed
/// it, as folded: the patterns are bound once, the closure names them for each column.
fn like_any(search: &str, folded: &str, q: &mut Sql) -> impl Fn(&str) -> String + use<> {
    let mut patterns = vec![q.text(&like_pattern(search))];
    if folded != search {
        patterns.push(q.text(&like_pattern(folded)));
    }
    move |column: &str| {
        patterns
            .iter()
            .map(|p| format!("{column} LIKE {p} ESCAPE '\\'"))
            .collect::<Vec<_>>()
            .join(" OR ")
    }
}

//! The queue with a search: walks of the (office, status) lists for common words, the text indexes
//! for rare ones, and the count.

use super::queue::{
    QueueFilter, QueueKey, SEARCH_COUNT_CAP, SEARCH_COUNT_WALK_ROWS, SEARCH_DEEP_WALK_ROWS,
    SEARCH_WALK_ROWS,
};
use super::sql::{MAX_WALK_LISTS, Sql, base_condition, list_condition, walk_lists};
use super::*;

/// `%text%` for LIKE, lower case, with the wildcards of `text` escaped (`ESCAPE '\'`).
pub(super) fn like_pattern(text: &str) -> String {
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
    pub(super) async fn queue_search_walks(
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
    pub(super) async fn search_count_walk(
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
    pub(super) async fn queue_search(
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
    pub(super) async fn queue_count(
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
}

/// PostgreSQL's search text of a ticket: the expression of the `tickets_search_trgm` index
/// (migrations/postgres/0017), which a query must repeat exactly for the index to serve it.
const PG_HAY: &str = "lower(reference || E'\\n' || subject || E'\\n' || citizen_email || E'\\n' || COALESCE(citizen_name, ''))";

/// SQLite's search text of a ticket for a search too short for the trigram index (read row
/// by row): what `tickets_search` holds (migrations/sqlite/0017).
const SQLITE_HAY: &str = "LOWER(reference || char(10) || subject || char(10) || citizen_email || char(10) || COALESCE(citizen_name, ''))";

/// The search as typed, on one line (a line break could otherwise match across the fields
/// of the search text), at most 200 characters.
pub(super) fn search_text(typed: &str) -> String {
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

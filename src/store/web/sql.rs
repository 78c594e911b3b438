//! A statement built at run time with its bound values, and the filter's conditions.

use super::queue::{QueueFilter, QueueKey};
use super::*;

/// A value bound to a statement built at run time.
#[derive(Debug, Clone)]
pub(super) enum Arg {
    Text(String),
    Int(i64),
}

impl Arg {
    pub(super) fn bind_to<'q>(
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
pub(super) struct Sql {
    pub(super) binds: Vec<Arg>,
}

impl Sql {
    pub(super) fn text(&mut self, v: &str) -> String {
        self.binds.push(Arg::Text(v.to_string()));
        format!("${}", self.binds.len())
    }

    pub(super) fn int(&mut self, v: i64) -> String {
        self.binds.push(Arg::Int(v));
        format!("${}", self.binds.len())
    }

    pub(super) async fn fetch_tickets(
        self,
        store: &Store,
        sql: String,
    ) -> Result<Vec<Ticket>, StoreError> {
        let mut query = sqlx::query(sqlx::AssertSqlSafe(sql));
        for b in self.binds {
            query = b.bind_to(query);
        }
        let rows = query.fetch_all(store.pool()).await?;
        rows.iter().map(ticket_from_row).collect()
    }
}

/// ` AND …` for the service filter, or nothing.
pub(super) fn service_condition(f: &QueueFilter, q: &mut Sql) -> String {
    match f.service.as_deref() {
        None => String::new(),
        Some("none") => " AND t.service IS NULL".into(),
        Some(s) => format!(" AND t.service = {}", q.text(s)),
    }
}

/// The most (office, status) lists a walk reads in one statement (a dated and an undated
/// list per office and status); a filter with more (an admin of many offices) is searched
/// through the indexes.
pub(super) const MAX_WALK_LISTS: usize = 64;

/// The lists a walk reads: per office and status, first the dated tickets (`false`), then
/// the undated (`true`).
pub(super) fn walk_lists<'a>(
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
pub(super) fn list_condition(
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
pub(super) fn base_condition(f: &QueueFilter, offices: &[&String], q: &mut Sql) -> String {
    let offices: Vec<String> = offices.iter().map(|o| q.text(o)).collect();
    let statuses: Vec<String> = f.statuses.iter().map(|s| q.text(s)).collect();
    format!(
        "t.office IN ({}) AND t.status IN ({}){}",
        offices.join(", "),
        statuses.join(", "),
        service_condition(f, q)
    )
}

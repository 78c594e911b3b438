//! The queue, the desk's home page: open and waiting tickets by deadline, marked by how
//! close it is; filters by office, service and status; search; counts; paging.

use std::sync::Arc;

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{OriginalUri, Query, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};

use super::{Chrome, WebError, signed_in, to_sign_in};
use crate::domain::Ticket;
use crate::store::web::{QueueFilter, QueueKey, QueuePage as StoredQueuePage};
use crate::text::safety::one_line;
use crate::web::WebDesk;
use crate::web::auth::User;
use crate::web::view::{Lang, Mark, status_label};

/// Tickets per page.
pub const PAGE_SIZE: i64 = 50;

/// The queue's query string: filters, search words and the page's start.
#[derive(serde::Deserialize, Default)]
pub struct QueueQuery {
    #[serde(default)]
    office: String,
    #[serde(default)]
    service: String,
    #[serde(default)]
    status: String,
    #[serde(default)]
    q: String,
    /// Where the page starts: after this ticket (`QueueKey::to_param`), as the "next page"
    /// link says; none for the first page.
    #[serde(default)]
    after: String,
    /// The number of the page's first row, only to show it (the link carries it).
    #[serde(default)]
    from: Option<i64>,
}

/// One line of the queue, ready to show.
pub struct Row {
    /// The ticket's reference, as its link names it.
    pub reference: String,
    /// The office code.
    pub office: String,
    /// The service's name in the user's language (or a label for outside the charter).
    pub service: String,
    /// The citizen's name, else address, on one line (cut at 60 characters).
    pub citizen: String,
    /// The subject on one line (cut at 140 characters).
    pub subject: String,
    /// The status in the user's language.
    pub status: &'static str,
    /// The deadline in the office's time zone and the user's language; empty without one.
    pub due: String,
    /// The deadline mark's CSS class (`overdue`, `today`, `none`, `done`…), for its colour.
    pub mark_class: &'static str,
    /// The deadline mark's words in the user's language (the colour is never the only sign).
    pub mark: &'static str,
    /// "Escalated to supervisor X" (a supervisor took the ticket over), or empty.
    pub escalated: String,
}

/// One option of a filter's list (office, service or status).
pub struct Choice {
    /// The value the query string carries.
    pub value: String,
    /// The option's words in the user's language.
    pub label: String,
    /// The filter's current value.
    pub selected: bool,
}

/// `GET /`: the queue page.
#[derive(Template, WebTemplate)]
#[template(path = "queue.html")]
pub struct QueuePage {
    c: Chrome,
    rows: Vec<Row>,
    offices: Vec<Choice>,
    services: Vec<Choice>,
    statuses: Vec<Choice>,
    q: String,
    counts: Vec<(String, String)>,
    shown: String,
    /// The queue's first page, from any later one (keyset paging goes forward; the
    /// browser's Back goes back a page).
    first_page: Option<String>,
    next: Option<String>,
}

/// The status filter's choices: what each shows.
const STATUS_CHOICES: &[(&str, &[&str])] = &[
    ("active", &["open", "waiting"]),
    ("open", &["open"]),
    ("waiting", &["waiting"]),
    ("resolved", &["resolved"]),
    ("closed", &["closed"]),
    ("all", &["open", "waiting", "resolved", "closed"]),
];

fn status_choice_label(value: &str, l: Lang) -> &'static str {
    match value {
        "active" => l.t("খোলা ও অপেক্ষমাণ", "Open and waiting"),
        "all" => l.t("সব", "All"),
        other => status_label(other, l),
    }
}

/// `GET /`: the queue of the offices the signed-in user may see, filtered and searched, one
/// page of [`PAGE_SIZE`] in deadline order.
pub async fn page(
    State(web): State<Arc<WebDesk>>,
    OriginalUri(uri): OriginalUri,
    headers: HeaderMap,
    Query(query): Query<QueueQuery>,
) -> Result<Response, WebError> {
    let Some((user, mut c)) = signed_in(&web, &headers).await? else {
        return Ok(to_sign_in());
    };
    c.here = uri.to_string();
    let l = c.l;
    let offices = user.access.offices();
    let office = offices
        .iter()
        .find(|o| o.eq_ignore_ascii_case(&query.office))
        .cloned();
    let status = STATUS_CHOICES
        .iter()
        .find(|(v, _)| *v == query.status)
        .unwrap_or(&STATUS_CHOICES[0]);
    let services = service_choices(&web, &user, &query.service, l);
    let service = services
        .iter()
        .any(|s| !s.value.is_empty() && s.value == query.service)
        .then(|| query.service.clone());
    let after = QueueKey::parse(&query.after);
    let from = match after {
        Some(_) => query.from.unwrap_or(1).clamp(1, 10_000_000),
        None => 1,
    };
    let search = query.q.trim().chars().take(200).collect::<String>();
    let filter = QueueFilter {
        offices: offices.clone(),
        office: office.clone(),
        service,
        statuses: status.1.iter().map(|s| s.to_string()).collect(),
        search: (!search.is_empty()).then(|| search.clone()),
        limit: PAGE_SIZE,
        after,
    };
    if filter.search.is_some() {
        super::ticket::index_search_text(&web).await?;
    }
    let now = web.clock.now();
    // The page and the counts line at once, on two connections: on PostgreSQL each statement
    // is a round trip to another process, and the page waits for the slower, not the sum.
    let (found, (by_status, overdue)) = tokio::try_join!(
        web.store.web_queue(&filter),
        web.store.web_counts(&offices, office.as_deref(), now)
    )?;
    let rows = found
        .tickets
        .iter()
        .map(|t| Row::of(t, &web, now, l))
        .collect();
    let mut counts: Vec<(String, String)> = by_status
        .iter()
        .map(|(s, n)| (status_label(s, l).to_string(), l.num(n)))
        .collect();
    counts.insert(0, (Mark::Overdue.label(l).to_string(), l.num(overdue)));
    let link = |start: Option<(&QueueKey, i64)>| {
        page_link(
            status.0,
            start,
            &[
                ("office", office.as_deref().unwrap_or_default()),
                ("service", &query.service),
                ("q", &search),
            ],
        )
    };
    let last = from + found.tickets.len() as i64 - 1;
    let shown = shown_line(&found, from, last, l);
    let office_choices = office_choices(&offices, office.as_deref(), l);
    Ok(QueuePage {
        rows,
        offices: office_choices,
        services,
        statuses: status_choices(status.0, l),
        q: search.clone(),
        counts,
        shown,
        first_page: filter.after.is_some().then(|| link(None)),
        next: found.next.as_ref().map(|k| link(Some((k, last + 1)))),
        c,
    }
    .into_response())
}

/// A link to a page of the queue: the status filter, where the page starts (a key and its
/// number), and the other filters that are set.
fn page_link(status: &str, start: Option<(&QueueKey, i64)>, filters: &[(&str, &str)]) -> String {
    let mut u = format!("/?status={status}");
    if let Some((key, from)) = start {
        u.push_str(&format!(
            "&after={}&from={from}",
            url_encode(&key.to_param())
        ));
    }
    for (k, v) in filters {
        if !v.is_empty() {
            u.push_str(&format!("&{k}={}", url_encode(v)));
        }
    }
    u
}

/// The status filter's choices, the current one selected.
fn status_choices(current: &str, l: Lang) -> Vec<Choice> {
    STATUS_CHOICES
        .iter()
        .map(|(v, _)| Choice {
            value: v.to_string(),
            label: status_choice_label(v, l).into(),
            selected: *v == current,
        })
        .collect()
}

/// The services of the offices the user sees (offices may have their own charters), after
/// "all services" and before "outside the charter".
fn service_choices(web: &WebDesk, user: &User, chosen: &str, l: Lang) -> Vec<Choice> {
    let mut services: Vec<Choice> = vec![Choice {
        value: String::new(),
        label: l.t("সব সেবা", "All services").into(),
        selected: chosen.is_empty(),
    }];
    for desk in web
        .desks
        .iter()
        .filter(|d| user.access.role(&d.config.office.code).is_some())
    {
        for s in desk.config.charter.services() {
            if !services.iter().any(|c| c.value == s.code) {
                services.push(Choice {
                    value: s.code.clone(),
                    label: l.t(&s.name_bn, &s.name_en).to_string(),
                    selected: chosen == s.code,
                });
            }
        }
    }
    services.push(Choice {
        value: "none".into(),
        label: l
            .t(
                "চার্টারের বাইরে / সেবা নির্ধারিত হয়নি",
                "Outside the charter / no service",
            )
            .into(),
        selected: chosen == "none",
    });
    services
}

impl Row {
    /// One ticket of the queue, in its office's time zone and the user's language.
    fn of(t: &Ticket, web: &WebDesk, now: jiff::Timestamp, l: Lang) -> Row {
        let desk = web.desk(&t.office);
        let cal = desk.map(|d| &d.calendar).unwrap_or(&web.desks[0].calendar);
        let mark = Mark::of(t.due_at.as_deref(), t.status.is_done(), now, cal);
        let service = t
            .service
            .as_deref()
            .and_then(|code| desk.and_then(|d| d.config.charter.get(code)))
            .map(|s| l.t(&s.name_bn, &s.name_en).to_string())
            .unwrap_or_else(|| l.t("সেবা নির্ধারিত হয়নি", "No service").into());
        Row {
            reference: t.reference.clone(),
            office: t.office.clone(),
            service,
            citizen: one_line(t.citizen_name.as_deref().unwrap_or(&t.citizen_email), 60),
            subject: one_line(&t.subject, 140),
            status: status_label(t.status.as_str(), l),
            due: t
                .due_at
                .as_deref()
                .map(|d| l.time(d, cal))
                .unwrap_or_default(),
            mark_class: mark.class(),
            mark: mark.label(l),
            escalated: t
                .escalated_to
                .as_deref()
                .map(|s| {
                    let s = one_line(s, 80);
                    match l {
                        Lang::Bn => format!("ঊর্ধ্বতন কর্মকর্তার কাছে: {s}"),
                        Lang::En => format!("Escalated to supervisor {s}"),
                    }
                })
                .unwrap_or_default(),
        }
    }
}

/// "1–50 of 1,234" (Bangla first in its own words). A capped count reads "1,000+":
/// counting every match of a broad filter would read every ticket on every page.
fn shown_line(found: &StoredQueuePage, first: i64, last: i64, l: Lang) -> String {
    let total = match found.capped {
        true => format!("{}+", l.num_grouped(found.total)),
        false => l.num_grouped(found.total),
    };
    if found.tickets.is_empty() {
        return l.t("কোনো আবেদন নেই", "No tickets").to_string();
    }
    match l {
        Lang::Bn => format!(
            "{total}টির মধ্যে {}–{}",
            l.num_grouped(first),
            l.num_grouped(last)
        ),
        Lang::En => format!(
            "{}–{} of {total}",
            l.num_grouped(first),
            l.num_grouped(last)
        ),
    }
}

/// The office filter's choices, for a user who sees more than one office.
fn office_choices(offices: &[String], chosen: Option<&str>, l: Lang) -> Vec<Choice> {
    if offices.len() <= 1 {
        return Vec::new();
    }
    std::iter::once(Choice {
        value: String::new(),
        label: l.t("সব অফিস", "All offices").into(),
        selected: chosen.is_none(),
    })
    .chain(offices.iter().map(|o| Choice {
        value: o.clone(),
        label: o.clone(),
        selected: chosen == Some(o.as_str()),
    }))
    .collect()
}

/// Percent-encoding for a query value (everything but unreserved ASCII).
pub fn url_encode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

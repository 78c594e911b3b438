//! One ticket at `/tickets/REF`: the thread (citizens' mail as plain text, our mail, internal
//! notes set apart), the event history, the deadline and how it was counted, and the
//! actions the user's role allows — each a call to `tickets::actions`.

mod parts;

use std::sync::Arc;

use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::{OriginalUri, Path, Query, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Redirect, Response};

use super::{Chrome, WebError, signed_in, signed_in_post, to_sign_in};
use crate::domain::{Ticket, TicketRef};
use crate::tickets::actions::{self, ActionError};
use crate::web::WebDesk;
use crate::web::access::Act;
use crate::web::auth::User;
use crate::web::view::{Mark, status_label};
use parts::{
    AttachmentLine, Entry, EventLine, ServiceChoice, done_message, how_counted, service_choices,
    thread,
};

/// Longest note or resolution note accepted.
const MAX_NOTE_CHARS: usize = 10_000;

/// `GET /tickets/REF`: the ticket page.
#[derive(Template, WebTemplate)]
#[template(path = "ticket.html")]
pub struct TicketPage {
    c: Chrome,
    reference: String,
    office: String,
    status: &'static str,
    done: bool,
    subject: String,
    citizen: String,
    service: String,
    mark_class: &'static str,
    mark: &'static str,
    due: String,
    received: String,
    how_counted: Vec<String>,
    thread: Vec<Entry>,
    attachments: Vec<AttachmentLine>,
    /// Attachments are links for the officer and the supervisor, names only for admins.
    may_download: bool,
    events: Vec<EventLine>,
    may_note: bool,
    may_handle: bool,
    /// The supervisor's "take over" form (not shown once the ticket is theirs or done).
    may_escalate: bool,
    /// "Escalated to supervisor X", when a supervisor took the ticket over.
    escalated_to: String,
    services: Vec<ServiceChoice>,
    message: String,
}

/// The ticket named by the path if the user may read it; `NotFound` otherwise (another
/// office's ticket is not even admitted to exist).
async fn visible(
    web: &WebDesk,
    user: &User,
    reference: &str,
) -> Result<(TicketRef, Ticket), WebError> {
    let r = TicketRef::parse(reference).ok_or(WebError::NotFound)?;
    if !user.access.may(&r.office, Act::Read) {
        return Err(WebError::NotFound);
    }
    let t = web.store.ticket(&r).await?.ok_or(WebError::NotFound)?;
    if !user.access.may(&t.office, Act::Read) {
        return Err(WebError::NotFound);
    }
    Ok((r, t))
}

/// `?done=ACTION` after a form's redirect: which action to confirm on the page.
#[derive(serde::Deserialize, Default)]
pub struct TicketQuery {
    #[serde(default)]
    done: String,
}

/// `GET /tickets/REF`: the ticket page, if the signed-in user may read the ticket's office
/// (otherwise 404, so another office's ticket is not even admitted to exist).
pub async fn page(
    State(web): State<Arc<WebDesk>>,
    OriginalUri(uri): OriginalUri,
    Path(reference): Path<String>,
    Query(query): Query<TicketQuery>,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    let Some((user, mut c)) = signed_in(&web, &headers).await? else {
        return Ok(to_sign_in());
    };
    c.here = uri.to_string();
    let l = c.l;
    let (_, t) = visible(&web, &user, &reference).await?;
    let desk = web.desk(&t.office).ok_or(WebError::NotFound)?;
    let cal = &desk.calendar;
    let now = web.clock.now();
    let mark = Mark::of(t.due_at.as_deref(), t.status.is_done(), now, cal);
    let service = t
        .service
        .as_deref()
        .and_then(|s| desk.config.charter.get(s));

    let how_counted = service
        .zip(t.received_at.parse::<jiff::Timestamp>().ok())
        .map(|(s, received)| how_counted(l, cal, s, received))
        .unwrap_or_default();
    let events = web.store.events(t.id).await?;
    let thread = thread(&web, &t, l, cal, &events).await?;
    let attachments = web
        .store
        .attachments(t.id)
        .await?
        .iter()
        .map(|a| AttachmentLine::of(a, l))
        .collect();
    let events = events.iter().map(|e| EventLine::of(e, l, cal)).collect();
    let message = done_message(&query.done, l).to_string();
    let services = service_choices(&desk.config.charter, t.service.as_deref(), l);
    Ok(TicketPage {
        reference: t.reference.clone(),
        office: t.office.clone(),
        status: status_label(t.status.as_str(), l),
        done: t.status.is_done(),
        subject: crate::text::safety::one_line(&t.subject, 300),
        citizen: crate::text::safety::one_line(
            &match &t.citizen_name {
                Some(n) => format!("{n} <{}>", t.citizen_email),
                None => t.citizen_email.clone(),
            },
            300,
        ),
        service: service
            .map(|s| l.t(&s.name_bn, &s.name_en).to_string())
            .unwrap_or_else(|| l.t("সেবা নির্ধারিত হয়নি", "No service").into()),
        mark_class: mark.class(),
        mark: mark.label(l),
        due: t
            .due_at
            .as_deref()
            .map(|d| l.time(d, cal))
            .unwrap_or_default(),
        received: l.time(&t.received_at, cal),
        how_counted,
        thread,
        attachments,
        may_download: user.access.may(&t.office, Act::Attachments),
        events,
        may_note: user.access.may(&t.office, Act::Note),
        may_handle: user.access.may(&t.office, Act::Handle),
        may_escalate: user.access.may(&t.office, Act::Escalate)
            && !t.status.is_done()
            && !t
                .escalated_to
                .as_deref()
                .is_some_and(|s| s.eq_ignore_ascii_case(&user.access.email)),
        escalated_to: t
            .escalated_to
            .as_deref()
            .map(|s| crate::text::safety::one_line(s, 200))
            .unwrap_or_default(),
        services,
        message,
        c,
    }
    .into_response())
}

/// The fields of every action form on the ticket page (each action reads the ones it needs).
#[derive(serde::Deserialize, Default)]
pub struct ActionForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    text: String,
    #[serde(default)]
    service: String,
    /// The reply form's two buttons: `1` replies and waits for the citizen.
    #[serde(default)]
    wait: String,
}

/// `POST /tickets/REF/ACTION`: note, resolve, reopen, reply, service, escalate.
pub async fn act(
    State(web): State<Arc<WebDesk>>,
    Path((reference, action)): Path<(String, String)>,
    headers: HeaderMap,
    Form(form): Form<ActionForm>,
) -> Result<Response, WebError> {
    let (user, _) = signed_in_post(&web, &headers, &form.csrf).await?;
    let (r, t) = visible(&web, &user, &reference).await?;
    let desk = web.desk(&t.office).ok_or(WebError::NotFound)?;
    let needs = match action.as_str() {
        "note" => Act::Note,
        "escalate" => Act::Escalate,
        _ => Act::Handle,
    };
    if needs == Act::Escalate && !user.access.may(&t.office, needs) {
        // Only the office's supervisor has this action: for everyone else it does not exist.
        return Err(WebError::NotFound);
    }
    if !user.access.may(&t.office, needs) {
        return Err(WebError::Forbidden);
    }
    let by = format!("web:{}", user.access.email);
    let text = crate::text::safety::block(form.text.trim());
    if action != "reply" && text.chars().count() > MAX_NOTE_CHARS {
        return Err(WebError::BadRequest);
    }
    if action == "escalate" {
        let done = match actions::escalate(desk, &r, &user.access.email, &form.text, &by).await {
            Ok(done) => done,
            Err(ActionError::NoSuchTicket(_) | ActionError::NotSupervisor(_)) => {
                return Err(WebError::NotFound);
            }
            Err(e) if e.is_bad_input() => return Err(WebError::BadRequest),
            Err(e) => return Err(WebError::Internal(e.to_string())),
        };
        tracing::info!(ticket = %r, changed = done.changed, "web desk escalation");
        let shown = if done.changed {
            "escalate"
        } else {
            "escalate-again"
        };
        return Ok(Redirect::to(&format!("/tickets/{r}?done={shown}")).into_response());
    }
    let result = match action.as_str() {
        "note" if !text.is_empty() => actions::note(desk, &r, &text, &by).await,
        "resolve" => {
            let note = (!text.is_empty()).then_some(text.as_str());
            actions::resolve(desk, &r, note, &by).await
        }
        "reopen" => actions::reopen(desk, &r, &by).await,
        // The action checks and cleans the text itself (empty, too long).
        "reply" => actions::reply(desk, &r, &form.text, form.wait == "1", &by).await,
        "service" => actions::reclassify(desk, &r, form.service.trim(), &by).await,
        _ => return Err(WebError::BadRequest),
    };
    match result {
        Ok(_) => {}
        Err(ActionError::NoSuchTicket(_)) => return Err(WebError::NotFound),
        Err(e) if e.is_bad_input() => return Err(WebError::BadRequest),
        Err(e) => return Err(WebError::Internal(e.to_string())),
    }
    if action == "service" {
        // The classifier learns from the correction at once (as for an e-mail command).
        if let Err(e) = desk.learner().retrain_if_changed(&desk.store).await {
            tracing::warn!(error.message = %e, "retraining after a web correction failed");
        }
    }
    tracing::info!(ticket = %r, action = %action, "web desk action");
    Ok(Redirect::to(&format!("/tickets/{r}?done={action}")).into_response())
}

/// Mail read at once to bring the search text up to date (issue 20: memory bounded by
/// bytes): a batch is at most 500 messages and this many bytes (one bigger mail alone).
const INDEX_BATCH_BYTES: u64 = 8 << 20;

/// Brings the search text up to date with the journal (new messages since the last
/// search), a batch at a time.
pub async fn index_search_text(web: &WebDesk) -> Result<(), WebError> {
    for _ in 0..20 {
        let batch = web.store.web_unindexed(500, INDEX_BATCH_BYTES).await?;
        if batch.is_empty() {
            break;
        }
        let rows: Vec<(i64, i64, String)> = tokio::task::spawn_blocking(move || {
            batch
                .into_iter()
                .map(|(id, ticket, raw)| {
                    let text = raw
                        .as_deref()
                        .and_then(crate::mail::parse::parse)
                        .map(|p| crate::text::safety::cut(&p.text, 100_000))
                        .unwrap_or_default();
                    (id, ticket, text)
                })
                .collect()
        })
        .await
        .map_err(|e| WebError::Internal(e.to_string()))?;
        web.store.web_index(&rows).await?;
    }
    Ok(())
}

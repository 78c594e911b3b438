//! One ticket at `/tickets/REF`: the thread (citizens' mail as plain text, our mail, internal
//! notes set apart), the event history, the deadline and how it was counted, and the
//! actions the user's role allows — each a call to `tickets::actions`.

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
use crate::web::view::{Lang, Mark, status_label};

/// Longest text shown of one mail (the rest is cut with an ellipsis).
const MAX_MAIL_CHARS: usize = 20_000;
/// Longest note or resolution note accepted.
const MAX_NOTE_CHARS: usize = 10_000;
/// Messages and mails shown per ticket.
const MAX_THREAD: i64 = 200;

/// One entry of the thread, oldest first.
pub struct Entry {
    /// The stored timestamp, by which the thread is sorted (never shown).
    pub at_sort: String,
    /// When, in the office's time zone and the user's language.
    pub at: String,
    /// `citizen`, `ours`, `note`: the CSS class (and the label says it in words).
    pub class: &'static str,
    /// What the entry is, in the user's language (the citizen's request, our mail, a note).
    pub label: String,
    /// Who: the citizen's address, `→ recipient` for our mail, or the note's author.
    pub from: String,
    /// The mail's subject, on one line; empty for a note.
    pub subject: String,
    /// The mail's plain text (cut at 20,000 characters) or the note.
    pub text: String,
}

/// One line of the ticket's event history.
pub struct EventLine {
    /// When, in the office's time zone and the user's language.
    pub at: String,
    /// The stored event kind (`created`, `resolved`, `reopened`…).
    pub kind: String,
    /// The event's detail, on one line (cut at 400 characters).
    pub detail: String,
}

/// A citizen's attachment as the ticket page lists it.
pub struct AttachmentLine {
    /// The attachment's number within the ticket, as its download URL names it.
    pub n: i64,
    /// The file name as the citizen's mail gave it, on one line.
    pub name: String,
    /// The declared content type, on one line.
    pub content_type: String,
    /// The size in KB, in the user's language and digits.
    pub size: String,
}

/// One option of the reclassify form's service list.
pub struct ServiceChoice {
    /// The charter service code, or `none` for outside the charter.
    pub code: String,
    /// The service's name in the user's language.
    pub label: String,
    /// The ticket's current service.
    pub selected: bool,
}

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

    let mut how_counted = Vec::new();
    if let (Some(s), Ok(received)) = (service, t.received_at.parse::<jiff::Timestamp>()) {
        let d = cal.deadline(received, s.sla_working_days);
        let n = i64::from(d.working_days);
        how_counted.push(match l {
            Lang::Bn => format!(
                "প্রাপ্তির দিন {}; সেবার সময় {} কর্মদিবস; শেষ সময় {} (অফিস বন্ধের সময়)।",
                l.date(d.receipt_day),
                l.num(n),
                l.time(&crate::store::db_time(d.due.timestamp()), cal)
            ),
            Lang::En => format!(
                "Receipt day {}; the service takes {n} working days; due {} (closing time).",
                l.date(d.receipt_day),
                l.time(&crate::store::db_time(d.due.timestamp()), cal)
            ),
        });
        for skipped in &d.skipped {
            how_counted.push(format!(
                "{}: {} — {}",
                l.t("বাদ", "Skipped"),
                l.date(skipped.date),
                skipped.reason
            ));
        }
    }

    let mut thread = Vec::new();
    for m in web.store.web_thread_messages(t.id, MAX_THREAD).await? {
        let parsed = m.raw.as_deref().and_then(crate::mail::parse::parse);
        let (subject, text) = parsed.map(|p| (p.subject, p.text)).unwrap_or_default();
        thread.push(Entry {
            at: l.time(&m.received_at, cal),
            at_sort: m.received_at.clone(),
            class: "citizen",
            label: match m.disposition.as_str() {
                "new" => l.t("নাগরিকের আবেদন", "The citizen's request").into(),
                "followup" => l.t("নাগরিকের পরের ই-মেইল", "The citizen's follow-up").into(),
                other => format!("{} ({other})", l.t("প্রাপ্ত ই-মেইল", "Mail received")),
            },
            from: crate::text::safety::one_line(m.from_address.as_deref().unwrap_or(""), 200),
            subject: crate::text::safety::one_line(&subject, 300),
            text: crate::text::safety::cut(&crate::text::safety::block(&text), MAX_MAIL_CHARS),
        });
    }
    // The mails to the citizen only: the officer's notices carry the ticket's command
    // token, which a supervisor or admin must not read here.
    let citizen_mails = web
        .store
        .web_thread_mails(t.id, MAX_THREAD)
        .await?
        .into_iter()
        .filter(|m| m.rcpt_to.eq_ignore_ascii_case(t.citizen_email.trim()));
    for m in citizen_mails {
        let parsed = m.raw.as_deref().and_then(crate::mail::parse::parse);
        let (subject, text) = parsed.map(|p| (p.subject, p.text)).unwrap_or_default();
        let at = m.sent_at.clone().unwrap_or_else(|| m.created_at.clone());
        thread.push(Entry {
            at: l.time(&at, cal),
            at_sort: at,
            class: "ours",
            label: format!(
                "{} ({}, {})",
                l.t("আমাদের ই-মেইল", "Our mail"),
                m.kind,
                m.status
            ),
            from: format!("→ {}", m.rcpt_to),
            subject: crate::text::safety::one_line(&subject, 300),
            text: crate::text::safety::cut(&crate::text::safety::block(&text), MAX_MAIL_CHARS),
        });
    }
    let attachments = web
        .store
        .attachments(t.id)
        .await?
        .into_iter()
        .map(|a| AttachmentLine {
            n: a.n,
            name: crate::text::safety::one_line(&a.name, 120),
            content_type: crate::text::safety::one_line(&a.content_type, 80),
            size: match l {
                Lang::Bn => format!(
                    "{} কেবি",
                    l.num_grouped((a.size.max(0) as u64).div_ceil(1024) as i64)
                ),
                Lang::En => format!(
                    "{} KB",
                    l.num_grouped((a.size.max(0) as u64).div_ceil(1024) as i64)
                ),
            },
        })
        .collect();
    let events = web.store.events(t.id).await?;
    for e in events.iter().filter(|e| e.kind == "note") {
        thread.push(Entry {
            at: l.time(&e.at, cal),
            at_sort: e.at.clone(),
            class: "note",
            label: l
                .t(
                    "অভ্যন্তরীণ নোট — নাগরিককে পাঠানো হয়নি",
                    "Internal note — not sent to the citizen",
                )
                .into(),
            from: e.detail["by"].as_str().unwrap_or("").to_string(),
            subject: String::new(),
            text: crate::text::safety::block(e.detail["text"].as_str().unwrap_or("")),
        });
    }
    thread.sort_by(|a, b| a.at_sort.cmp(&b.at_sort));
    let events = events
        .iter()
        .map(|e| EventLine {
            at: l.time(&e.at, cal),
            kind: e.kind.clone(),
            detail: crate::text::safety::one_line(&e.detail.to_string(), 400),
        })
        .collect();

    let message = match query.done.as_str() {
        "note" => l.t("নোট যোগ করা হয়েছে।", "Note added."),
        "resolve" => l.t(
            "নিষ্পত্তি করা হয়েছে; নাগরিককে জানানো হচ্ছে।",
            "Resolved; the citizen is being notified.",
        ),
        "reopen" => l.t("আবার খোলা হয়েছে।", "Reopened."),
        "reply" => l.t(
            "উত্তর নাগরিককে পাঠানো হচ্ছে।",
            "The reply is being sent to the citizen.",
        ),
        "service" => l.t(
            "সেবা বদলানো হয়েছে; সময়সীমা নতুন করে গোনা হয়েছে।",
            "Service changed; the deadline was counted again.",
        ),
        "escalate" => l.t(
            "আবেদনটির দায়িত্ব আপনি নিয়েছেন; কর্মকর্তাকে ই-মেইলে জানানো হচ্ছে।",
            "You have taken the ticket over; the officer is being told by e-mail.",
        ),
        "escalate-again" => l.t(
            "আবেদনটি আগেই আপনার কাছে আছে; কিছু বদলায়নি।",
            "The ticket was already escalated to you; nothing changed.",
        ),
        _ => "",
    }
    .to_string();
    let mut services: Vec<ServiceChoice> = desk
        .config
        .charter
        .services()
        .iter()
        .map(|s| ServiceChoice {
            code: s.code.clone(),
            label: l.t(&s.name_bn, &s.name_en).to_string(),
            selected: t.service.as_deref() == Some(s.code.as_str()),
        })
        .collect();
    services.push(ServiceChoice {
        code: "none".into(),
        label: l
            .t("চার্টারের সেবার বাইরে", "Outside the charter's services")
            .into(),
        selected: t.service.is_none(),
    });
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

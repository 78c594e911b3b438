//! Quarantine: the messages set aside (unparseable, oversize, a stage failed) of the
//! offices the user may read, with the reason and the headers; the officer may run one
//! through the pipeline again or dismiss it.

use std::sync::Arc;

use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::{OriginalUri, Path, Query, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Redirect, Response};

use super::{Chrome, WebError, signed_in, signed_in_post, to_sign_in};
use crate::web::WebDesk;
use crate::web::access::Act;

/// Most messages listed (the oldest first); the CLI lists them all.
const MAX_LISTED: usize = 100;
/// How much of a message's header block is shown.
const MAX_HEADER_CHARS: usize = 4_000;

/// One quarantined message as the page lists it.
pub struct Item {
    /// The message's row id, as the action URLs name it.
    pub id: i64,
    /// The office whose mailbox it came from.
    pub office: String,
    /// When it arrived, in the office's time zone and the user's language.
    pub received: String,
    /// The `From:` address on one line; empty when none could be read.
    pub from: String,
    /// The subject on one line; empty when none could be read.
    pub subject: String,
    /// Why it was set aside, on one line.
    pub reason: String,
    /// The message's header block as plain text (cut at 4,000 characters); never the body.
    pub headers: String,
    /// The user is the office's officer: the reprocess and dismiss buttons are shown.
    pub may_handle: bool,
}

/// `GET /quarantine`: the quarantine page.
#[derive(Template, WebTemplate)]
#[template(path = "quarantine.html")]
pub struct QuarantinePage {
    c: Chrome,
    items: Vec<Item>,
    message: String,
}

/// The office whose mailbox a journal row came from.
fn office_of(web: &WebDesk, mailbox: &str) -> Option<String> {
    web.desks
        .iter()
        .find(|d| crate::config::mailbox_name(&d.config.imap) == mailbox)
        .map(|d| d.config.office.code.clone())
}

/// `?done=ACTION` after a form's redirect: which outcome to report on the page.
#[derive(serde::Deserialize, Default)]
pub struct DoneQuery {
    #[serde(default)]
    done: String,
}

/// `GET /quarantine`: the quarantined messages (up to 100, oldest first) of the offices the
/// signed-in user may read.
pub async fn page(
    State(web): State<Arc<WebDesk>>,
    OriginalUri(uri): OriginalUri,
    Query(query): Query<DoneQuery>,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    let Some((user, mut c)) = signed_in(&web, &headers).await? else {
        return Ok(to_sign_in());
    };
    c.here = uri.to_string();
    let l = c.l;
    let mut items = Vec::new();
    for m in web.store.quarantined().await? {
        let Some(office) = office_of(&web, &m.mailbox) else {
            continue;
        };
        if !user.access.may(&office, Act::Read) {
            continue;
        }
        if items.len() == MAX_LISTED {
            break;
        }
        let headers = web
            .store
            .quarantined_raw(m.id)
            .await?
            .map(|q| {
                let text = String::from_utf8_lossy(&q.raw);
                let end = text
                    .find("\r\n\r\n")
                    .or_else(|| text.find("\n\n"))
                    .unwrap_or(text.len());
                crate::text::safety::cut(
                    &crate::text::safety::block(&text[..end]),
                    MAX_HEADER_CHARS,
                )
            })
            .unwrap_or_default();
        let cal = &web.desk(&office).ok_or(WebError::NotFound)?.calendar;
        items.push(Item {
            id: m.id,
            may_handle: user.access.may(&office, Act::Handle),
            office,
            received: l.time(&m.received_at, cal),
            from: crate::text::safety::one_line(m.from_address.as_deref().unwrap_or(""), 200),
            subject: crate::text::safety::one_line(m.subject.as_deref().unwrap_or(""), 300),
            reason: crate::text::safety::one_line(&m.reason, 500),
            headers,
        });
    }
    let message = match query.done.as_str() {
        "dismiss" => l.t("বার্তাটি সরিয়ে রাখা হয়েছে।", "The message was dismissed."),
        "reprocess" => l.t(
            "বার্তাটি আবার প্রক্রিয়া করা হয়েছে।",
            "The message was processed again.",
        ),
        "failed" => l.t(
            "আবার প্রক্রিয়া করা যায়নি; বার্তাটি কোয়ারেন্টিনে আছে।",
            "Processing failed again; the message stays in quarantine.",
        ),
        _ => "",
    }
    .to_string();
    Ok(QuarantinePage { c, items, message }.into_response())
}

/// The reprocess and dismiss forms: only the CSRF token.
#[derive(serde::Deserialize, Default)]
pub struct ActForm {
    #[serde(default)]
    csrf: String,
}

/// `POST /quarantine/ID/reprocess` or `/dismiss`: the office's officer only.
pub async fn act(
    State(web): State<Arc<WebDesk>>,
    Path((id, action)): Path<(i64, String)>,
    headers: HeaderMap,
    Form(form): Form<ActForm>,
) -> Result<Response, WebError> {
    let (user, _) = signed_in_post(&web, &headers, &form.csrf).await?;
    let q = web
        .store
        .quarantined_raw(id)
        .await?
        .ok_or(WebError::NotFound)?;
    let office = office_of(&web, &q.mailbox).ok_or(WebError::NotFound)?;
    if !user.access.may(&office, Act::Read) {
        return Err(WebError::NotFound);
    }
    if !user.access.may(&office, Act::Handle) {
        return Err(WebError::Forbidden);
    }
    let desk = web.desk(&office).ok_or(WebError::NotFound)?;
    let done = match action.as_str() {
        "dismiss" => {
            web.store.dismiss_quarantined(id).await?;
            "dismiss"
        }
        "reprocess" => {
            let pipeline = crate::pipeline::Pipeline::with_learner(
                desk.config.clone(),
                web.store.clone(),
                web.clock.clone(),
                desk.learner().clone(),
            );
            match pipeline.reprocess(id).await {
                Ok(outcome) => {
                    tracing::info!(
                        message = id,
                        ?outcome,
                        "web desk: quarantined message processed again"
                    );
                    "reprocess"
                }
                Err(e) => {
                    tracing::warn!(message = id, error.message = %e, "web desk: reprocessing failed");
                    "failed"
                }
            }
        }
        _ => return Err(WebError::BadRequest),
    };
    tracing::info!(message = id, action = %action, "web desk quarantine action");
    Ok(Redirect::to(&format!("/quarantine?done={done}")).into_response())
}

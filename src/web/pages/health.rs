//! Health: what `sebadesk status` shows, for the offices the user may read — IMAP and SMTP
//! per office, the outbox backlog, the replicas and who holds each mailbox.

use std::sync::Arc;

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{OriginalUri, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};

use super::{Chrome, WebError, signed_in, to_sign_in};
use crate::sla::Calendar;
use crate::store::health::{Backlog, Health};
use crate::web::WebDesk;
use crate::web::access::Act;
use crate::web::view::Lang;

/// One connection's health (an office's IMAP or SMTP), as `sebadesk status` shows it.
pub struct Component {
    /// The component's name (office and `imap`/`smtp`).
    pub name: String,
    /// Not failing now.
    pub ok: bool,
    /// When it last worked, in the user's language; empty if never.
    pub ok_at: String,
    /// Since when it has been failing, in the user's language; empty while it works.
    pub failing_since: String,
    /// The last error, on one line (cut at 300 characters); empty if none.
    pub last_error: String,
}

/// Who holds an office's mailbox lease.
pub struct LeaseLine {
    /// The office code.
    pub office: String,
    /// The replica holding the lease.
    pub owner: String,
    /// When the lease runs out unless renewed, in the user's language.
    pub expires: String,
    /// How many times the lease was taken (each a new session), in the user's digits.
    pub sessions: String,
}

/// `GET /health`: the health page.
#[derive(Template, WebTemplate)]
#[template(path = "health.html")]
pub struct HealthPage {
    c: Chrome,
    components: Vec<Component>,
    backlog: Vec<(String, String)>,
    replicas: Vec<(String, String)>,
    leases: Vec<LeaseLine>,
}

impl Component {
    /// One mail-server connection's health row, in the user's language and time zone.
    fn of(h: Health, l: Lang, cal: &Calendar) -> Component {
        let time = |t: Option<&str>| t.map(|t| l.time(t, cal)).unwrap_or_default();
        Component {
            ok: h.failing_since.is_none(),
            ok_at: time(h.ok_at.as_deref()),
            failing_since: time(h.failing_since.as_deref()),
            last_error: crate::text::safety::one_line(h.last_error.as_deref().unwrap_or(""), 300),
            name: h.component,
        }
    }
}

/// The backlog table: mail waiting and failed, quarantine, open and overdue tickets.
fn backlog_lines(b: &Backlog, l: Lang, cal: &Calendar) -> Vec<(String, String)> {
    vec![
        (
            l.t("পাঠানোর অপেক্ষায় ই-মেইল", "Mail waiting to be sent")
                .to_string(),
            l.num(b.queued_mail),
        ),
        (
            l.t("সবচেয়ে পুরোনো অপেক্ষমাণ", "Oldest waiting").to_string(),
            b.oldest_queued
                .as_deref()
                .map(|t| l.time(t, cal))
                .unwrap_or_else(|| "—".into()),
        ),
        (
            l.t("পাঠানো যায়নি", "Failed mail").to_string(),
            l.num(b.failed_mail),
        ),
        (
            l.t("কোয়ারেন্টিনে", "Quarantined").to_string(),
            l.num(b.quarantined),
        ),
        (
            l.t("খোলা আবেদন", "Open tickets").to_string(),
            l.num(b.open_tickets),
        ),
        (
            l.t("সময় পেরিয়েছে", "Overdue").to_string(),
            l.num(b.overdue_tickets),
        ),
    ]
}

/// `GET /health`: the connections, outbox backlog, replicas and mailbox leases of the offices
/// the signed-in user may read.
pub async fn page(
    State(web): State<Arc<WebDesk>>,
    OriginalUri(uri): OriginalUri,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    let Some((user, mut c)) = signed_in(&web, &headers).await? else {
        return Ok(to_sign_in());
    };
    c.here = uri.to_string();
    let l = c.l;
    let cal = &web.desks[0].calendar;
    let now = web.clock.now();
    let mine: Vec<&Arc<crate::tickets::Desk>> = web
        .desks
        .iter()
        .filter(|d| user.access.may(&d.config.office.code, Act::Read))
        .collect();
    let names: Vec<String> = mine
        .iter()
        .flat_map(|d| ["imap", "smtp"].map(|k| crate::config::health_component(&d.config, k)))
        .collect();
    let components = web
        .store
        .health_of(&names)
        .await?
        .into_iter()
        .map(|h| Component::of(h, l, cal))
        .collect();
    let backlog = backlog_lines(&web.store.backlog(now).await?, l, cal);
    let replicas = web
        .store
        .replicas()
        .await?
        .into_iter()
        .map(|r| {
            (
                crate::text::safety::one_line(&r.id, 100),
                l.time(&r.heartbeat_at, cal),
            )
        })
        .collect();
    let leases = web
        .store
        .leases()
        .await?
        .into_iter()
        .filter(|le| user.access.may(&le.office, Act::Read))
        .map(|le| LeaseLine {
            office: le.office,
            owner: crate::text::safety::one_line(&le.owner, 100),
            expires: l.time(&le.expires_at, cal),
            sessions: l.num(le.sessions),
        })
        .collect();
    Ok(HealthPage {
        c,
        components,
        backlog,
        replicas,
        leases,
    }
    .into_response())
}

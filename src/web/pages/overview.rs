//! Overview, for supervisors and admins (and officers: their own office): per office open,
//! overdue, due today and the on-time rate this month; each office links to its queue.

use std::sync::Arc;

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{OriginalUri, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};

use super::{Chrome, WebError, signed_in, to_sign_in};
use crate::web::WebDesk;
use crate::web::view::Lang;

/// One office's line of the overview; figures in the user's digits.
pub struct Line {
    /// The office code (its link opens the office's queue).
    pub office: String,
    /// The office's name in the user's language.
    pub name: String,
    /// Open tickets, including those waiting for the citizen.
    pub open: String,
    /// Open tickets past their deadline.
    pub overdue: String,
    /// Open tickets due before the end of today.
    pub due_today: String,
    /// This month's on-time rate with its counts (`80% (4 of 5)`), `—` when none resolved.
    pub on_time: String,
}

/// `GET /overview`: the overview page.
#[derive(Template, WebTemplate)]
#[template(path = "overview.html")]
pub struct OverviewPage {
    c: Chrome,
    lines: Vec<Line>,
}

/// `GET /overview`: one line per office the signed-in user may read.
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
    let now = web.clock.now();
    let tz = web.desks[0].calendar.time_zone().clone();
    let today = now.to_zoned_datetime(tz.clone()).date();
    let at_midnight = |d: jiff::civil::Date| {
        d.to_zoned_datetime(tz.clone())
            .map(|z| z.timestamp())
            .map_err(|e| WebError::Internal(e.to_string()))
    };
    let end_of_today = at_midnight(
        today
            .tomorrow()
            .map_err(|e| WebError::Internal(e.to_string()))?,
    )?;
    let month_start = at_midnight(today.first_of_month())?;
    let figures = web
        .store
        .web_overview(&user.access.offices(), now, end_of_today, month_start)
        .await?;
    let lines = figures
        .into_iter()
        .map(|f| {
            let name = web
                .desk(&f.office)
                .map(|d| {
                    l.t(&d.config.office.name_bn, &d.config.office.name_en)
                        .to_string()
                })
                .unwrap_or_default();
            let on_time = if f.resolved_this_month == 0 {
                "—".to_string()
            } else {
                let pct = (f.on_time_this_month * 100 + f.resolved_this_month / 2)
                    / f.resolved_this_month;
                match l {
                    Lang::Bn => format!(
                        "{}% ({}টির মধ্যে {}টি)",
                        l.num(pct),
                        l.num(f.resolved_this_month),
                        l.num(f.on_time_this_month)
                    ),
                    Lang::En => format!(
                        "{pct}% ({} of {})",
                        f.on_time_this_month, f.resolved_this_month
                    ),
                }
            };
            Line {
                name,
                open: l.num(f.open),
                overdue: l.num(f.overdue),
                due_today: l.num(f.due_today),
                on_time,
                office: f.office,
            }
        })
        .collect();
    Ok(OverviewPage { c, lines }.into_response())
}

//! The charter report on the desk (issue 19): the same `report::build` as `sebadesk report`,
//! for a period and an office the user may read (or all of them), shown as figures per
//! service, with the downloads — the self-contained HTML report (its charts, print to A4),
//! XLSX, CSV and JSON.
//!
//! Who sees what follows the queue: an officer their office, a supervisor the offices that
//! name them, an admin every office. Another office's code answers 404, like a ticket.

use std::sync::Arc;

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{OriginalUri, Query, State};
use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::{IntoResponse, Response};

use super::{Chrome, WebError, signed_in, to_sign_in};
use crate::config::Config;
use crate::report::{self, Figures, Period, Report};
use crate::web::WebDesk;
use crate::web::view::Lang;

/// `?period=2026-11&office=MEL` (both optional: this month, the user's first office).
#[derive(serde::Deserialize, Default)]
pub struct ReportQuery {
    #[serde(default)]
    period: String,
    /// An office code, or `all` (every office the user may read).
    #[serde(default)]
    office: String,
    #[serde(default)]
    format: String,
}

/// The report's file formats offered for download.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Download {
    Html,
    Xlsx,
    Csv,
    Json,
}

impl Download {
    fn parse(s: &str) -> Option<Download> {
        match s {
            "html" => Some(Download::Html),
            "xlsx" => Some(Download::Xlsx),
            "csv" => Some(Download::Csv),
            "json" => Some(Download::Json),
            _ => None,
        }
    }

    fn extension(self) -> &'static str {
        match self {
            Download::Html => "html",
            Download::Xlsx => "xlsx",
            Download::Csv => "csv",
            Download::Json => "json",
        }
    }

    fn content_type(self) -> &'static str {
        match self {
            Download::Html => "text/html; charset=utf-8",
            Download::Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            Download::Csv => "text/csv; charset=utf-8",
            Download::Json => "application/json",
        }
    }
}

/// A period as the form takes it, by its shape: `2026-11` (month), `2026Q4` (quarter),
/// `2026-27` (fiscal year, July–June). A month is tried first: `2026-12` is December.
fn parse_period(value: &str) -> Option<Period> {
    let v = value.trim();
    Period::month(v)
        .or_else(|_| Period::quarter(v))
        .or_else(|_| Period::fiscal_year(v))
        .ok()
}

/// One figure row as the page shows it.
pub struct Line {
    /// The service's or office's name in the user's language, or the total's label.
    pub name: String,
    /// Requests received in the period, in the user's digits.
    pub received: String,
    /// Resolved by the deadline.
    pub on_time: String,
    /// Resolved after the deadline.
    pub late: String,
    /// Open with the deadline passed.
    pub open_overdue: String,
    /// Open, deadline not yet passed.
    pub open_not_due: String,
    /// The on-time rate as a whole percentage, `—` when there is nothing to rate.
    pub rate: String,
    /// The total row (set apart on the page).
    pub total: bool,
}

fn line(l: Lang, name: String, f: &Figures, total: bool) -> Line {
    let n = |v: u64| l.num(i64::try_from(v).unwrap_or(i64::MAX));
    let rate = match f.on_time_rate {
        None => "—".to_string(),
        Some(r) => {
            let pct = (r * 100.0).round() as i64;
            format!("{}%", l.num(pct))
        }
    };
    Line {
        name,
        received: n(f.received),
        on_time: n(f.resolved_on_time),
        late: n(f.resolved_late),
        open_overdue: n(f.open_overdue),
        open_not_due: n(f.open_not_due),
        rate,
        total,
    }
}

/// `GET /report`: a compliance report on the page, with the downloads' links.
#[derive(Template, WebTemplate)]
#[template(path = "report.html")]
pub struct ReportPage {
    c: Chrome,
    period: String,
    office: String,
    /// (value, label) of the office choices: the user's offices, then `all` when several.
    choices: Vec<(String, String)>,
    period_label: String,
    services: Vec<Line>,
    offices: Vec<Line>,
    /// The query string of the downloads (`period=…&office=…`).
    query: String,
}

/// The period and office configs a request asks for, after the access check.
struct Asked {
    period: Period,
    office: String,
    configs: Vec<Config>,
    by_office: bool,
}

fn asked(web: &WebDesk, readable: &[String], q: &ReportQuery) -> Result<Asked, WebError> {
    let period = if q.period.trim().is_empty() {
        let tz = web.desks[0].calendar.time_zone().clone();
        let today = web.clock.now().to_zoned_datetime(tz).date();
        Period::month(&today.strftime("%Y-%m").to_string())
            .map_err(|e| WebError::Internal(e.to_string()))?
    } else {
        parse_period(&q.period).ok_or(WebError::BadRequest)?
    };
    let office = if q.office.is_empty() {
        readable.first().cloned().ok_or(WebError::NotFound)?
    } else {
        q.office.clone()
    };
    let codes: Vec<&String> = if office.eq_ignore_ascii_case("all") {
        readable.iter().collect()
    } else {
        // Not the user's office: the same answer as an office that does not exist.
        let code = readable
            .iter()
            .find(|c| c.eq_ignore_ascii_case(&office))
            .ok_or(WebError::NotFound)?;
        vec![code]
    };
    let configs: Vec<Config> = codes
        .iter()
        .filter_map(|c| web.desk(c).map(|d| (*d.config).clone()))
        .collect();
    if configs.is_empty() {
        return Err(WebError::NotFound);
    }
    let by_office = configs.len() > 1;
    let office = if by_office {
        "all".to_string()
    } else {
        configs[0].office.code.clone()
    };
    Ok(Asked {
        period,
        office,
        configs,
        by_office,
    })
}

async fn build(web: &WebDesk, a: &Asked) -> Result<Report, WebError> {
    report::build(
        &web.store,
        &a.configs,
        &a.period,
        web.clock.now(),
        a.by_office,
    )
    .await
    .map_err(|e| WebError::Internal(e.to_string()))
}

/// `GET /report`: the form, the figures per service (and per office with several), links
/// to the files.
pub async fn page(
    State(web): State<Arc<WebDesk>>,
    OriginalUri(uri): OriginalUri,
    Query(q): Query<ReportQuery>,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    let Some((user, mut c)) = signed_in(&web, &headers).await? else {
        return Ok(to_sign_in());
    };
    c.here = uri.to_string();
    let l = c.l;
    let readable = user.access.offices();
    let a = asked(&web, &readable, &q)?;
    let r = build(&web, &a).await?;
    let mut services: Vec<Line> = r
        .services
        .iter()
        .map(|s| {
            line(
                l,
                l.t(&s.name_bn, &s.name_en).to_string(),
                &s.figures,
                false,
            )
        })
        .collect();
    services.push(line(l, l.t("মোট", "Total").to_string(), &r.total, true));
    let offices = r
        .by_office
        .iter()
        .map(|o| {
            let name = format!("{} {}", o.office, l.t(&o.name_bn, &o.name_en));
            line(l, name, &o.figures, false)
        })
        .collect();
    let mut choices: Vec<(String, String)> = readable
        .iter()
        .map(|code| {
            let name = web
                .desk(code)
                .map(|d| {
                    l.t(&d.config.office.name_bn, &d.config.office.name_en)
                        .to_string()
                })
                .unwrap_or_default();
            (code.clone(), format!("{code} — {name}"))
        })
        .collect();
    if readable.len() > 1 {
        choices.push((
            "all".to_string(),
            l.t("আমার সব অফিস", "All my offices").to_string(),
        ));
    }
    let period_label = match l {
        Lang::Bn => crate::text::bangla::digits(&a.period.label),
        Lang::En => a.period.label.clone(),
    };
    let query = format!("period={}&office={}", a.period.label, a.office);
    Ok(ReportPage {
        c,
        period: a.period.label.clone(),
        office: a.office.clone(),
        choices,
        period_label,
        services,
        offices,
        query,
    }
    .into_response())
}

/// `GET /report/file?period=…&office=…&format=html|xlsx|csv|json`: the report as a file.
/// The HTML report is shown in the browser (charts, print stylesheet) under its own, still
/// script-free, content policy: it is one self-contained document whose only styles are
/// inline, and its text is the desk's own figures and the configured office names — never a
/// citizen's words. The others are downloads.
pub async fn file(
    State(web): State<Arc<WebDesk>>,
    Query(q): Query<ReportQuery>,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    let Some((user, _)) = signed_in(&web, &headers).await? else {
        return Ok(to_sign_in());
    };
    let format = Download::parse(&q.format).ok_or(WebError::BadRequest)?;
    let a = asked(&web, &user.access.offices(), &q)?;
    let r = build(&web, &a).await?;
    let body = match format {
        Download::Html => report::html::html(&r).into_bytes(),
        Download::Xlsx => report::xlsx::xlsx(&r).map_err(|e| WebError::Internal(e.to_string()))?,
        Download::Csv => report::render::csv(&r).map_err(|e| WebError::Internal(e.to_string()))?,
        Download::Json => (report::render::json(&r) + "\n").into_bytes(),
    };
    // Only ASCII letters, digits and '-' reach the file name: the period label and office
    // code are validated already, this is the second fence.
    let stem: String = format!("sebadesk-report-{}-{}", a.office, a.period.label)
        .chars()
        .map(|ch| {
            if ch.is_ascii_alphanumeric() || ch == '-' {
                ch
            } else {
                '-'
            }
        })
        .collect();
    let disposition = match format {
        Download::Html => format!("inline; filename=\"{stem}.html\""),
        _ => format!("attachment; filename=\"{stem}.{}\"", format.extension()),
    };
    let mut response = body.into_response();
    let h = response.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(format.content_type()),
    );
    h.insert(
        header::CONTENT_DISPOSITION,
        HeaderValue::from_str(&disposition).map_err(|e| WebError::Internal(e.to_string()))?,
    );
    if format == Download::Html {
        h.insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(REPORT_CSP),
        );
    }
    Ok(response)
}

/// The HTML report's policy: its inline `<style>` and SVG, nothing else (no script, no
/// request to anywhere, not framed). The desk's guard keeps a policy a handler has set.
pub const REPORT_CSP: &str = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; \
     form-action 'none'; base-uri 'none'; frame-ancestors 'none'";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_period_is_read_by_its_shape() {
        assert_eq!(
            parse_period("2026-11").unwrap().kind,
            report::PeriodKind::Month
        );
        assert_eq!(
            parse_period("2026-12").unwrap().kind,
            report::PeriodKind::Month
        );
        assert_eq!(
            parse_period("2026Q4").unwrap().kind,
            report::PeriodKind::Quarter
        );
        assert_eq!(
            parse_period("2026-27").unwrap().kind,
            report::PeriodKind::FiscalYear
        );
        for bad in ["", "2026", "2026-13-01", "<script>", "2026Q5", "2026-29"] {
            assert!(parse_period(bad).is_none(), "{bad}");
        }
    }
}

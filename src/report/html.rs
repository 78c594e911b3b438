//! A report as one self-contained HTML page for screens, phones and A4 paper: Bangla first
//! (Bengali digits), English beside it, three inline SVG charts (on-time rate by service, the
//! monthly trend, open tickets by age), a print stylesheet and a signature block. No external
//! resource of any kind (fonts fall back to the Bangla fonts installed on the reader's
//! machine), and well-formed XML, so that any parser reads it.

use std::fmt::Write;

use super::{Figures, PeriodKind, Report};
use crate::text::bangla;

/// Escapes text for an element or an attribute.
fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if c.is_control() && c != '\n' => {}
            c => out.push(c),
        }
    }
    out
}

/// A number in Bengali digits.
fn bn(n: impl ToString) -> String {
    bangla::digits(&n.to_string())
}

fn pct(rate: Option<f64>) -> (String, String) {
    match rate {
        Some(r) => {
            let s = format!("{:.1}%", r * 100.0);
            (bangla::digits(&s), s)
        }
        None => ("–".into(), "–".into()),
    }
}

const STYLE: &str = r#"
:root { --ok: #1b7f3b; --late: #b3261e; --ink: #1d1d1d; --muted: #5f6368; --line: #d0d4d9; }
* { box-sizing: border-box; }
body { font-family: "Noto Sans Bengali", "Noto Serif Bengali", "Lohit Bengali", "Kalpurush",
       "SolaimanLipi", "Nirmala UI", "Vrinda", sans-serif; color: var(--ink); margin: 0 auto;
       max-width: 60rem; padding: 1rem; line-height: 1.45; }
h1 { font-size: 1.35rem; margin: 0 0 .25rem; }
h2 { font-size: 1.1rem; margin: 1.5rem 0 .5rem; border-bottom: 1px solid var(--line); }
.en { color: var(--muted); font-size: .85em; }
.lead { font-size: 1.05rem; }
.big { font-size: 2rem; font-weight: bold; color: var(--ok); }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: .85rem; }
th, td { border: 1px solid var(--line); padding: .3rem .4rem; text-align: right; vertical-align: top; }
th { background: #f1f3f4; font-weight: 600; }
th:first-child, td:first-child { text-align: left; }
tr.total td { font-weight: bold; background: #fafafa; }
td small, th small { display: block; color: var(--muted); font-weight: normal; }
svg { width: 100%; height: auto; max-width: 40rem; display: block; margin: .5rem 0; }
svg text { font-family: inherit; font-size: 13px; fill: var(--ink); }
svg text.s { font-size: 10px; fill: var(--muted); }
svg text.xs { font-size: 9px; fill: var(--muted); }
.charts figure { margin: 0 0 1rem; }
figcaption { font-size: .9rem; }
.sign { display: flex; gap: 3rem; margin-top: 3rem; flex-wrap: wrap; }
.sign div { border-top: 1px solid var(--ink); padding-top: .25rem; min-width: 14rem; }
.defs { font-size: .8rem; color: var(--muted); }
@page { size: A4; margin: 14mm 12mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  .scroll { overflow: visible; }
  table { font-size: 8pt; page-break-inside: auto; }
  tr { page-break-inside: avoid; }
  h2 { page-break-after: avoid; }
  figure { page-break-inside: avoid; }
  svg { max-width: 16cm; }
}
"#;

/// The figure columns of the tables: (Bangla, English).
const HEADS: [(&str, &str); 11] = [
    ("গৃহীত আবেদন", "Received"),
    ("চার্টার-বহির্ভূত", "Outside the charter"),
    ("সময়মতো নিষ্পত্তি", "Resolved on time"),
    ("বিলম্বে নিষ্পত্তি", "Resolved late"),
    ("চলমান, সময় আছে", "Open, not yet due"),
    ("চলমান, মেয়াদোত্তীর্ণ", "Open, overdue"),
    ("সময়মতো নিষ্পত্তির হার", "On-time rate"),
    (
        "নিষ্পত্তিতে কার্যদিবস (মধ্যমা / ৯০%)",
        "Working days to resolve (median / p90)",
    ),
    (
        "প্রাপ্তিস্বীকারে সময় (মধ্যমা / ৯০%)",
        "Acknowledgement delay (median / p90)",
    ),
    ("পুনরায় খোলা", "Reopened"),
    ("স্প্যাম সন্দেহে স্থগিত", "Held as spam"),
];

fn head_row(first: (&str, &str)) -> String {
    let mut s = format!(
        "<tr><th>{}<small>{}</small></th>",
        esc(first.0),
        esc(first.1)
    );
    for (b, e) in HEADS {
        let _ = write!(s, "<th>{}<small>{}</small></th>", esc(b), esc(e));
    }
    s + "</tr>"
}

fn pair(a: Option<i64>, b: Option<i64>, f: fn(i64) -> String) -> String {
    match (a, b) {
        (Some(a), Some(b)) => format!("{} / {}", f(a), f(b)),
        _ => "–".into(),
    }
}

fn figure_cells(f: &Figures) -> String {
    let (rate_bn, _) = pct(f.on_time_rate);
    let cells = [
        bn(f.received),
        bn(f.out_of_charter),
        bn(f.resolved_on_time),
        bn(f.resolved_late),
        bn(f.open_not_due),
        bn(f.open_overdue),
        rate_bn,
        pair(f.resolution_days_median, f.resolution_days_p90, bn),
        pair(f.ack_delay_median_secs, f.ack_delay_p90_secs, duration_bn),
        bn(f.reopened),
        bn(f.held_as_spam),
    ];
    cells
        .iter()
        .map(|c| format!("<td>{}</td>", esc(c)))
        .collect()
}

/// `১ঘ ০৫মি`, `১২মি`, `৪০সে`.
fn duration_bn(secs: i64) -> String {
    let s = match secs {
        s if s >= 3600 => format!("{}ঘ {:02}মি", s / 3600, (s % 3600) / 60),
        s if s >= 60 => format!("{}মি", s / 60),
        s => format!("{s}সে"),
    };
    bangla::digits(&s)
}

fn month_label(ym: &str) -> (String, String) {
    let (y, m) = ym.split_once('-').unwrap_or((ym, "1"));
    let m: i8 = m.parse().unwrap_or(1);
    (
        format!("{} {}", bangla::month_name(m), bn(y)),
        ym.to_string(),
    )
}

/// One bar chart: (Bangla label, English label, value, shown value); `max` is the scale.
fn bar_chart(
    title_bn: &str,
    title_en: &str,
    bars: &[(String, String, f64, String)],
    max: f64,
    class: &str,
) -> String {
    let row_h = 34.0;
    let label_w = 220.0;
    let chart_w = 360.0;
    let height = 20.0 + row_h * bars.len().max(1) as f64;
    let mut s = format!(
        "<svg class=\"{class}\" viewBox=\"0 0 640 {height}\" role=\"img\" aria-label=\"{}\"><title>{} / {}</title>",
        esc(title_en),
        esc(title_bn),
        esc(title_en)
    );
    let max = if max > 0.0 { max } else { 1.0 };
    for (i, (lb, le, v, shown)) in bars.iter().enumerate() {
        let y = 10.0 + row_h * i as f64;
        let w = (v / max).clamp(0.0, 1.0) * chart_w;
        let _ = write!(
            s,
            "<text x=\"0\" y=\"{:.1}\">{}</text><text x=\"0\" y=\"{:.1}\" class=\"s\">{}</text>\
<rect x=\"{label_w}\" y=\"{:.1}\" width=\"{w:.1}\" height=\"18\" fill=\"#1b7f3b\"/>\
<text x=\"{:.1}\" y=\"{:.1}\">{}</text>",
            y + 12.0,
            esc(lb),
            y + 25.0,
            esc(le),
            y + 2.0,
            label_w + w + 6.0,
            y + 16.0,
            esc(shown)
        );
    }
    let _ = write!(
        s,
        "<line x1=\"{label_w}\" y1=\"4\" x2=\"{label_w}\" y2=\"{:.1}\" stroke=\"#5f6368\"/></svg>",
        height - 6.0
    );
    s
}

/// Vertical bars per month: on-time rate (green) with the number received above.
fn trend_chart(r: &Report) -> String {
    let rows: Vec<(String, &Figures)> = if r.trend.is_empty() {
        vec![(r.period.label.clone(), &r.total)]
    } else {
        r.trend
            .iter()
            .map(|m| (m.month.clone(), &m.figures))
            .collect()
    };
    let n = rows.len().max(1) as f64;
    let plot_h = 160.0;
    let top = 24.0;
    let step = 600.0 / n;
    let bar_w = (step * 0.6).min(60.0);
    let mut s = String::from(
        "<svg class=\"trend\" viewBox=\"0 0 640 240\" role=\"img\" aria-label=\"Monthly trend\"><title>মাসভিত্তিক প্রবণতা / Monthly trend</title>",
    );
    let _ = write!(
        s,
        "<line x1=\"30\" y1=\"{:.1}\" x2=\"630\" y2=\"{:.1}\" stroke=\"#5f6368\"/>",
        top + plot_h,
        top + plot_h
    );
    // the GRS target of 90 %
    let target_y = top + plot_h * 0.1;
    let _ = write!(
        s,
        "<line x1=\"30\" y1=\"{target_y:.1}\" x2=\"630\" y2=\"{target_y:.1}\" stroke=\"#b3261e\" stroke-dasharray=\"4 3\"/>\
<text x=\"32\" y=\"{:.1}\" class=\"s\">৯০% লক্ষ্য / 90% target</text>",
        target_y - 3.0
    );
    for (i, (label, f)) in rows.iter().enumerate() {
        let x = 30.0 + step * i as f64 + (step - bar_w) / 2.0;
        let rate = f.on_time_rate.unwrap_or(0.0);
        let h = plot_h * rate;
        let (mb, me) = month_label(label);
        let (rb, _) = pct(f.on_time_rate);
        let _ = write!(
            s,
            "<rect x=\"{x:.1}\" y=\"{:.1}\" width=\"{bar_w:.1}\" height=\"{h:.1}\" fill=\"#1b7f3b\"/>\
<text x=\"{x:.1}\" y=\"{:.1}\" class=\"s\">{} ({})</text>\
<text x=\"{x:.1}\" y=\"{:.1}\" class=\"s\">{}</text><text x=\"{x:.1}\" y=\"{:.1}\" class=\"xs\">{}</text>",
            top + plot_h - h,
            top + plot_h - h - 4.0,
            esc(&rb),
            esc(&bn(f.received)),
            top + plot_h + 14.0,
            esc(&mb),
            top + plot_h + 27.0,
            esc(&me)
        );
    }
    s + "</svg>"
}

fn period_text(r: &Report) -> (String, String) {
    let p = &r.period;
    let range_bn = format!("{} – {}", bangla::date(p.first), bangla::date(p.last));
    let range_en = format!("{} to {}", p.first, p.last);
    match p.kind {
        PeriodKind::Month => {
            let (b, _) = month_label(&p.label);
            (
                format!("মাস: {b} ({range_bn})"),
                format!("Month {} ({range_en})", p.label),
            )
        }
        PeriodKind::Quarter => (
            format!("ত্রৈমাসিক: {} ({range_bn})", bn(&p.label)),
            format!("Quarter {} ({range_en})", p.label),
        ),
        PeriodKind::FiscalYear => (
            format!("অর্থবছর: {} ({range_bn})", bn(&p.label)),
            format!("Fiscal year {} ({range_en})", p.label),
        ),
        PeriodKind::Range => (format!("সময়কাল: {range_bn}"), format!("Period {range_en}")),
    }
}

fn table(
    first: (&str, &str),
    rows: &[(String, String, &Figures)],
    total: Option<&Figures>,
) -> String {
    let mut s = format!(
        "<div class=\"scroll\"><table><thead>{}</thead><tbody>",
        head_row(first)
    );
    for (b, e, f) in rows {
        let _ = write!(
            s,
            "<tr><td>{}<small>{}</small></td>{}</tr>",
            esc(b),
            esc(e),
            figure_cells(f)
        );
    }
    if let Some(t) = total {
        let _ = write!(
            s,
            "<tr class=\"total\"><td>মোট<small>Total</small></td>{}</tr>",
            figure_cells(t)
        );
    }
    s + "</tbody></table></div>"
}

/// The page. Every text from the database or the config is escaped.
pub fn html(r: &Report) -> String {
    let mut s = String::with_capacity(32 * 1024);
    header(&mut s, r);
    tables(&mut s, r);
    charts(&mut s, r);
    s.push_str(
        "<p class=\"defs\">প্রতিটি আবেদন যে সময়কালে এসেছে সেই সময়কালে গণনা করা হয়েছে; হার = সময়মতো নিষ্পত্তি ÷ (নিষ্পত্তি + মেয়াদোত্তীর্ণ চলমান)। \
Each request counts in the period it reached the mailbox; on-time rate = resolved on time ÷ (resolved + open overdue); deadlines in working days (Sunday–Thursday, minus public holidays).</p>\
<div class=\"sign\"><div>প্রস্তুতকারী <span class=\"en\">Prepared by</span></div><div>অনুমোদনকারী <span class=\"en\">Approved by</span></div></div>\
</body></html>\n",
    );
    s
}

/// The document's head and the report's header: whose, which period, the on-time rate.
fn header(s: &mut String, r: &Report) {
    let (period_bn, period_en) = period_text(r);
    let offices = if r.offices.len() == 1 {
        (r.office_name_bn.clone(), r.office_name_en.clone())
    } else {
        (
            format!("{}টি অফিস", bn(r.offices.len())),
            format!("{} offices", r.offices.len()),
        )
    };
    let (rate_bn, rate_en) = pct(r.total.on_time_rate);
    let _ = write!(
        s,
        "<!DOCTYPE html>\n<html lang=\"bn\"><head><meta charset=\"utf-8\"/>\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\
<title>সিটিজেন চার্টার প্রতিবেদন / Citizen charter report — {} {}</title><style>{STYLE}</style></head><body>",
        esc(&r.offices.join(", ")),
        esc(&r.period.label)
    );
    let _ = write!(
        s,
        "<header><h1>সিটিজেন চার্টার বাস্তবায়ন প্রতিবেদন <span class=\"en\">Citizen charter compliance report</span></h1>\
<p class=\"lead\">{} <span class=\"en\">{}</span><br/>{} <span class=\"en\">{}</span></p>\
<p>সময়মতো নিষ্পত্তির হার <span class=\"en\">On-time rate</span>: <span class=\"big\">{}</span> <span class=\"en\">({})</span> — \
গৃহীত আবেদন {}টি <span class=\"en\">({} requests received)</span></p>\
<p class=\"en\">অবস্থা {} পর্যন্ত / Status as of {} (UTC)</p></header>",
        esc(&offices.0),
        esc(&offices.1),
        esc(&period_bn),
        esc(&period_en),
        esc(&rate_bn),
        esc(&rate_en),
        bn(r.total.received),
        r.total.received,
        esc(&bangla::digits(&r.as_of.replace(['T', 'Z'], " "))),
        esc(&r.as_of)
    );
}

/// The tables: by service (with the total), by office when several, month by month.
fn tables(s: &mut String, r: &Report) {
    s.push_str("<h2>সেবাভিত্তিক হিসাব <span class=\"en\">By service</span></h2>");
    let service_rows: Vec<(String, String, &Figures)> = r
        .services
        .iter()
        .map(|x| {
            let sla = x
                .sla_working_days
                .map(|d| {
                    (
                        format!(" ({} কার্যদিবস)", bn(d)),
                        format!(" ({d} working days)"),
                    )
                })
                .unwrap_or_default();
            (
                format!("{}{}", x.name_bn, sla.0),
                format!("{}{}", x.name_en, sla.1),
                &x.figures,
            )
        })
        .collect();
    s.push_str(&table(("সেবা", "Service"), &service_rows, Some(&r.total)));
    if !r.by_office.is_empty() {
        s.push_str("<h2>অফিসভিত্তিক হিসাব <span class=\"en\">By office (best on-time rate first)</span></h2>");
        let rows: Vec<(String, String, &Figures)> = r
            .by_office
            .iter()
            .map(|o| {
                (
                    o.name_bn.clone(),
                    format!("{} ({})", o.name_en, o.office),
                    &o.figures,
                )
            })
            .collect();
        s.push_str(&table(("অফিস", "Office"), &rows, Some(&r.total)));
    }
    if !r.trend.is_empty() {
        s.push_str("<h2>মাসভিত্তিক হিসাব <span class=\"en\">Month by month</span></h2>");
        let rows: Vec<(String, String, &Figures)> = r
            .trend
            .iter()
            .map(|m| {
                let (b, e) = month_label(&m.month);
                (b, e, &m.figures)
            })
            .collect();
        s.push_str(&table(("মাস", "Month"), &rows, None));
    }
}

/// The charts: on-time rate by service, the monthly trend, open tickets by age.
fn charts(s: &mut String, r: &Report) {
    s.push_str("<h2>চিত্র <span class=\"en\">Charts</span></h2><div class=\"charts\">");
    let rate_bars: Vec<(String, String, f64, String)> = r
        .services
        .iter()
        .filter(|x| x.service.is_some())
        .map(|x| {
            let (b, _) = pct(x.figures.on_time_rate);
            (
                x.name_bn.chars().take(28).collect(),
                x.name_en.chars().take(40).collect(),
                x.figures.on_time_rate.unwrap_or(0.0),
                b,
            )
        })
        .collect();
    let _ = write!(
        s,
        "<figure>{}<figcaption>সেবাভিত্তিক সময়মতো নিষ্পত্তির হার <span class=\"en\">On-time rate by service</span></figcaption></figure>",
        bar_chart(
            "সেবাভিত্তিক সময়মতো নিষ্পত্তির হার",
            "On-time rate by service",
            &rate_bars,
            1.0,
            "rate-by-service"
        )
    );
    let _ = write!(
        s,
        "<figure>{}<figcaption>মাসভিত্তিক সময়মতো নিষ্পত্তির হার (বন্ধনীতে গৃহীত আবেদন) <span class=\"en\">Monthly on-time rate (requests received in brackets)</span></figcaption></figure>",
        trend_chart(r)
    );
    let max_open = r.open_by_age.iter().map(|a| a.open).max().unwrap_or(0) as f64;
    let age_bars: Vec<(String, String, f64, String)> = r
        .open_by_age
        .iter()
        .map(|a| {
            (
                format!("{} কার্যদিবস", bn(&a.age)),
                format!("{} working days", a.age),
                a.open as f64,
                bn(a.open),
            )
        })
        .collect();
    let _ = write!(
        s,
        "<figure>{}<figcaption>চলমান আবেদনের বয়স (কার্যদিবস) <span class=\"en\">Open tickets by age in working days</span></figcaption></figure></div>",
        bar_chart(
            "চলমান আবেদনের বয়স",
            "Open tickets by age",
            &age_bars,
            max_open,
            "open-by-age"
        )
    );
}

//! A report as text (a terminal table), JSON (the [`Report`] object, one line) and CSV (one
//! header row; one row per service, office, month and the total, told apart by `table`).

use super::{Figures, Report};

/// The figure columns, in order, as CSV headers and XLSX column titles (JSON field names).
pub const FIGURE_COLUMNS: [&str; 13] = [
    "received",
    "out_of_charter",
    "resolved_on_time",
    "resolved_late",
    "open_not_due",
    "open_overdue",
    "on_time_rate",
    "resolution_days_median",
    "resolution_days_p90",
    "ack_delay_median_secs",
    "ack_delay_p90_secs",
    "reopened",
    "held_as_spam",
];

/// One figure cell: a count, a ratio, or nothing.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Cell {
    /// A number of tickets.
    Count(u64),
    /// A ratio 0–1 (the on-time rate).
    Ratio(f64),
    /// Working days or seconds (a median or 90th percentile).
    Int(i64),
    /// No value: the figure has nothing to be computed from.
    Empty,
}

impl Cell {
    /// The cell as CSV writes it: the number, or an empty field.
    pub fn csv(self) -> String {
        match self {
            Cell::Count(n) => n.to_string(),
            Cell::Ratio(r) => r.to_string(),
            Cell::Int(n) => n.to_string(),
            Cell::Empty => String::new(),
        }
    }
}

/// The cells of [`FIGURE_COLUMNS`] for one row.
pub fn cells(f: &Figures) -> [Cell; 13] {
    let opt = |v: Option<i64>| v.map(Cell::Int).unwrap_or(Cell::Empty);
    [
        Cell::Count(f.received),
        Cell::Count(f.out_of_charter),
        Cell::Count(f.resolved_on_time),
        Cell::Count(f.resolved_late),
        Cell::Count(f.open_not_due),
        Cell::Count(f.open_overdue),
        f.on_time_rate.map(Cell::Ratio).unwrap_or(Cell::Empty),
        opt(f.resolution_days_median),
        opt(f.resolution_days_p90),
        opt(f.ack_delay_median_secs),
        opt(f.ack_delay_p90_secs),
        Cell::Count(f.reopened),
        Cell::Count(f.held_as_spam),
    ]
}

/// Every figure row of the report: (table, key, Bangla name, English name, figures). The
/// tables are `service` (key: the code, empty outside the charter), `office`, `month`
/// and `total`.
pub fn rows(r: &Report) -> Vec<(&'static str, String, String, String, &Figures)> {
    let mut out = Vec::new();
    for s in &r.services {
        out.push((
            "service",
            s.service.clone().unwrap_or_default(),
            s.name_bn.clone(),
            s.name_en.clone(),
            &s.figures,
        ));
    }
    out.push((
        "total",
        String::new(),
        "মোট".to_string(),
        "Total".to_string(),
        &r.total,
    ));
    for o in &r.by_office {
        out.push((
            "office",
            o.office.clone(),
            o.name_bn.clone(),
            o.name_en.clone(),
            &o.figures,
        ));
    }
    for m in &r.trend {
        out.push((
            "month",
            m.month.clone(),
            crate::text::bangla::digits(&m.month),
            m.month.clone(),
            &m.figures,
        ));
    }
    out
}

/// The report as JSON: the [`Report`] object, one line (an interface: add, never change).
pub fn json(r: &Report) -> String {
    serde_json::to_string(r).expect("a report serialises")
}

/// The report as CSV (UTF-8): one header row, then one row per service, office, month and the
/// total, told apart by the `table` column.
pub fn csv(r: &Report) -> Result<Vec<u8>, super::ReportError> {
    let err = |e: csv::Error| super::ReportError::Csv(e.to_string());
    let mut w = csv::Writer::from_writer(Vec::new());
    let mut header = vec!["table", "key", "name_bn", "name_en"];
    header.extend(FIGURE_COLUMNS);
    w.write_record(&header).map_err(err)?;
    for (table, key, bn, en, f) in rows(r) {
        let mut rec = vec![table.to_string(), key, bn, en];
        rec.extend(cells(f).iter().map(|c| c.csv()));
        w.write_record(&rec).map_err(err)?;
    }
    w.into_inner()
        .map_err(|e| super::ReportError::Csv(e.to_string()))
}

fn rate(f: &Figures) -> String {
    f.on_time_rate
        .map(|r| format!("{:.1}%", r * 100.0))
        .unwrap_or_else(|| "-".into())
}

fn pair(a: Option<i64>, b: Option<i64>, unit: fn(i64) -> String) -> String {
    match (a, b) {
        (Some(a), Some(b)) => format!("{}/{}", unit(a), unit(b)),
        _ => "-".into(),
    }
}

/// A duration in seconds as `1h05m`, `12m`, `40s`.
pub fn short_duration(secs: i64) -> String {
    match secs {
        s if s >= 3600 => format!("{}h{:02}m", s / 3600, (s % 3600) / 60),
        s if s >= 60 => format!("{}m", s / 60),
        s => format!("{s}s"),
    }
}

fn line(name: &str, f: &Figures) -> String {
    format!(
        "{name:<22} {:>6} {:>5} {:>7} {:>5} {:>6} {:>7} {:>7} {:>9} {:>13} {:>8} {:>5}",
        f.received,
        f.out_of_charter,
        f.resolved_on_time,
        f.resolved_late,
        f.open_not_due,
        f.open_overdue,
        rate(f),
        pair(f.resolution_days_median, f.resolution_days_p90, |d| d
            .to_string()),
        pair(
            f.ack_delay_median_secs,
            f.ack_delay_p90_secs,
            short_duration
        ),
        f.reopened,
        f.held_as_spam,
    )
}

/// The report as plain text for a terminal (the CLI's default output).
pub fn text(r: &Report) -> String {
    use std::fmt::Write;
    let mut s = String::new();
    let _ = writeln!(
        s,
        "Charter report {} ({} to {}) — {} — as of {}",
        r.period.label,
        r.period.first,
        r.period.last,
        if r.offices.len() == 1 {
            format!("{} {}", r.offices[0], r.office_name_en)
        } else {
            format!("{} offices", r.offices.len())
        },
        r.as_of
    );
    let head = format!(
        "{:<22} {:>6} {:>5} {:>7} {:>5} {:>6} {:>7} {:>7} {:>9} {:>13} {:>8} {:>5}",
        "",
        "recv",
        "out",
        "on-time",
        "late",
        "open",
        "overdue",
        "rate",
        "days p50/90",
        "ack p50/90",
        "reopened",
        "held"
    );
    let _ = writeln!(s, "\n{head}");
    for row in &r.services {
        let name = row.service.as_deref().unwrap_or("(outside the charter)");
        let _ = writeln!(s, "{}", line(name, &row.figures));
    }
    let _ = writeln!(s, "{}", line("TOTAL", &r.total));
    if !r.by_office.is_empty() {
        let _ = writeln!(s, "\nBy office (best on-time rate first)\n{head}");
        for o in &r.by_office {
            let _ = writeln!(s, "{}", line(&o.office, &o.figures));
        }
        let _ = writeln!(s, "{}", line("TOTAL", &r.total));
    }
    if !r.trend.is_empty() {
        let _ = writeln!(s, "\nMonth by month\n{head}");
        for m in &r.trend {
            let _ = writeln!(s, "{}", line(&m.month, &m.figures));
        }
    }
    let ages: Vec<String> = r
        .open_by_age
        .iter()
        .map(|a| format!("{}: {}", a.age, a.open))
        .collect();
    let _ = writeln!(
        s,
        "\nOpen tickets by age in working days: {}",
        ages.join(", ")
    );
    s
}

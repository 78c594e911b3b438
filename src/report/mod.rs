//! Charter compliance reports (issue 19): per service and in total, how many requests an
//! office received in a period and how many it kept on time, for the APA and GRS reviews.
//!
//! [`build`] reads the facts of the period's tickets ([`crate::store::reports`]) and
//! [`compute`] turns them into a [`Report`] (pure: the unit tests call it directly); the
//! formats are in [`render`] (text, JSON, CSV), [`xlsx`] and [`html`]. Every figure is
//! defined in README ("Charter reports"); the definitions are repeated on [`Figures`].

pub mod html;
pub mod monthly;
pub mod period;
pub mod render;
pub mod xlsx;

use std::collections::BTreeMap;

use jiff::Timestamp;
use jiff::civil::Date;

use crate::config::Config;
use crate::sla::Calendar;
use crate::store::reports::TicketFacts;
use crate::store::{Store, StoreError};

pub use period::{Period, PeriodError, PeriodKind};

/// The figures of one row (a service, an office, a month, or the total). Every ticket
/// counted was received in the period; statuses are as they stand at the report's `as_of`.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
pub struct Figures {
    /// New requests that became tickets (not machine mail, not follow-ups).
    pub received: u64,
    /// Of those, tickets with no charter service (none of the SLA figures count them).
    pub out_of_charter: u64,
    /// Resolved (or closed) at or before the final deadline.
    pub resolved_on_time: u64,
    /// Resolved after the final deadline.
    pub resolved_late: u64,
    /// Open (any status not done), deadline not yet passed at `as_of`.
    pub open_not_due: u64,
    /// Open, deadline passed at `as_of`.
    pub open_overdue: u64,
    /// resolved_on_time ÷ (resolved_on_time + resolved_late + open_overdue); `null` when
    /// that is 0. A ratio 0–1.
    pub on_time_rate: Option<f64>,
    /// Working days from the receipt day to the day of resolution (nearest rank).
    pub resolution_days_median: Option<i64>,
    pub resolution_days_p90: Option<i64>,
    /// Seconds from the mail reaching the mailbox to the acknowledgement accepted by the
    /// SMTP server (nearest rank; tickets without a sent acknowledgement are left out).
    pub ack_delay_median_secs: Option<i64>,
    pub ack_delay_p90_secs: Option<i64>,
    /// Tickets reopened at least once.
    pub reopened: u64,
    /// Tickets whose acknowledgement was held as doubtful (possible spam or scam).
    pub held_as_spam: u64,
}

/// A service's row; `service` is `None` for requests outside the charter.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct ServiceRow {
    pub service: Option<String>,
    pub name_bn: String,
    pub name_en: String,
    pub sla_working_days: Option<u32>,
    pub figures: Figures,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct OfficeRow {
    pub office: String,
    pub name_bn: String,
    pub name_en: String,
    pub figures: Figures,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct MonthRow {
    /// `2026-11`
    pub month: String,
    pub figures: Figures,
}

/// Open tickets (of the period) by age in working days since their receipt day.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct AgeBucket {
    /// `0-1`, `2-3`, `4-5`, `6-10`, `11+`
    pub age: String,
    pub open: u64,
}

/// A whole report. The JSON output is this object (an interface: add, never change).
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Report {
    pub period: Period,
    /// When the statuses were read (RFC 3339 UTC).
    pub as_of: String,
    /// Office codes covered.
    pub offices: Vec<String>,
    /// The first office's names (the only one without `--all`).
    pub office_name_bn: String,
    pub office_name_en: String,
    pub services: Vec<ServiceRow>,
    pub total: Figures,
    /// With `--all`: one row per office, best on-time rate first (no rate last), then by code.
    pub by_office: Vec<OfficeRow>,
    /// Quarter, year or a range of several months: one row per month.
    pub trend: Vec<MonthRow>,
    pub open_by_age: Vec<AgeBucket>,
}

#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("no office to report on")]
    NoOffice,
    #[error("xlsx: {0}")]
    Xlsx(String),
    #[error("csv: {0}")]
    Csv(String),
}

/// The report of `offices` (one office's config each; the first names the report) over
/// `period`, statuses as they stand at `as_of`.
pub async fn build(
    store: &Store,
    offices: &[Config],
    period: &Period,
    as_of: Timestamp,
    by_office: bool,
) -> Result<Report, ReportError> {
    let first = offices.first().ok_or(ReportError::NoOffice)?;
    let (from, to) = period.bounds(&first.office.timezone);
    let codes: Vec<String> = offices.iter().map(|c| c.office.code.clone()).collect();
    let facts = store.report_facts(&codes, from, to).await?;
    Ok(compute(&facts, offices, period, as_of, by_office))
}

/// Nearest-rank percentile (`p` in 1..=100) of sorted values: the value at rank ⌈p·n/100⌉.
pub fn percentile(sorted: &[i64], p: u32) -> Option<i64> {
    if sorted.is_empty() {
        return None;
    }
    let rank = (p as usize * sorted.len()).div_ceil(100).max(1);
    Some(sorted[rank - 1])
}

/// Adds up one row's tickets.
#[derive(Default)]
struct Tally {
    f: Figures,
    days: Vec<i64>,
    ack: Vec<i64>,
}

/// One ticket's place in the figures, worked out once and added to every row it belongs to.
struct Judged {
    out_of_charter: bool,
    on_time: bool,
    late: bool,
    open_not_due: bool,
    open_overdue: bool,
    days: Option<i64>,
    ack: Option<i64>,
    reopened: bool,
    held: bool,
}

impl Tally {
    fn add(&mut self, j: &Judged) {
        let f = &mut self.f;
        f.received += 1;
        f.out_of_charter += u64::from(j.out_of_charter);
        f.resolved_on_time += u64::from(j.on_time);
        f.resolved_late += u64::from(j.late);
        f.open_not_due += u64::from(j.open_not_due);
        f.open_overdue += u64::from(j.open_overdue);
        f.reopened += u64::from(j.reopened);
        f.held_as_spam += u64::from(j.held);
        self.days.extend(j.days);
        self.ack.extend(j.ack);
    }

    fn finish(mut self) -> Figures {
        let mut f = self.f;
        let judged = f.resolved_on_time + f.resolved_late + f.open_overdue;
        f.on_time_rate = (judged > 0).then(|| f.resolved_on_time as f64 / judged as f64);
        self.days.sort_unstable();
        self.ack.sort_unstable();
        f.resolution_days_median = percentile(&self.days, 50);
        f.resolution_days_p90 = percentile(&self.days, 90);
        f.ack_delay_median_secs = percentile(&self.ack, 50);
        f.ack_delay_p90_secs = percentile(&self.ack, 90);
        f
    }
}

fn local_date(t: Timestamp, cal: &Calendar) -> Date {
    t.to_zoned_datetime(cal.time_zone().clone()).date()
}

fn judge(t: &TicketFacts, cal: &Calendar, as_of: Timestamp) -> Judged {
    let receipt_day = t
        .receipt_day
        .unwrap_or_else(|| cal.deadline(t.received_at, 0).receipt_day);
    let charter = t.service.is_some() && t.due_at.is_some();
    let due = t.due_at.unwrap_or(Timestamp::MAX);
    let resolved = if t.done { t.resolved_at } else { None };
    let (on_time, late) = match resolved {
        Some(at) if charter => (at <= due, at > due),
        _ => (false, false),
    };
    let open = !t.done;
    Judged {
        out_of_charter: !charter,
        on_time,
        late,
        open_not_due: charter && open && as_of <= due,
        open_overdue: charter && open && as_of > due,
        days: resolved
            .filter(|_| charter)
            .map(|at| cal.working_days_between(receipt_day, local_date(at, cal))),
        ack: t
            .ack_sent_at
            .map(|at| (at - t.received_at).as_secs().max(0)),
        reopened: t.reopened > 0,
        held: t.ack_held,
    }
}

const AGE_BUCKETS: [(&str, i64, i64); 5] = [
    ("0-1", 0, 1),
    ("2-3", 2, 3),
    ("4-5", 4, 5),
    ("6-10", 6, 10),
    ("11+", 11, i64::MAX),
];

/// The report from the tickets' facts (pure).
pub fn compute(
    facts: &[TicketFacts],
    offices: &[Config],
    period: &Period,
    as_of: Timestamp,
    by_office: bool,
) -> Report {
    let first = &offices[0];
    let calendars: BTreeMap<&str, Calendar> = offices
        .iter()
        .map(|c| (c.office.code.as_str(), c.calendar()))
        .collect();
    let default_cal = first.calendar();
    // Services in charter order (the first office's, then any others' extra codes).
    let mut services: Vec<(String, String, String, u32)> = Vec::new();
    for c in offices {
        for s in c.charter.services() {
            if !services.iter().any(|(code, ..)| code == &s.code) {
                services.push((
                    s.code.clone(),
                    s.name_bn.clone(),
                    s.name_en.clone(),
                    s.sla_working_days,
                ));
            }
        }
    }
    let months = if period.has_trend() {
        period.months()
    } else {
        Vec::new()
    };
    let tz = first.office.timezone.clone();
    let mut by_service: BTreeMap<Option<String>, Tally> = BTreeMap::new();
    let mut offices_tally: BTreeMap<String, Tally> = BTreeMap::new();
    let mut month_tally: Vec<Tally> = months.iter().map(|_| Tally::default()).collect();
    let mut total = Tally::default();
    let mut ages = [0u64; AGE_BUCKETS.len()];
    // Open tickets' ages by (office, receipt day): a year's report has thousands of open
    // tickets per receipt day, each a walk over up to a year of days.
    let mut age_of: std::collections::HashMap<(&str, Date), i64> = Default::default();
    for t in facts {
        let cal = calendars.get(t.office.as_str()).unwrap_or(&default_cal);
        let j = judge(t, cal, as_of);
        // A service the charter no longer lists keeps its own row (its code as its name).
        let key = if j.out_of_charter {
            None
        } else {
            t.service.clone()
        };
        by_service.entry(key).or_default().add(&j);
        offices_tally.entry(t.office.clone()).or_default().add(&j);
        total.add(&j);
        let day = t.received_at.to_zoned_datetime(tz.clone()).date();
        if let Some(i) = months.iter().position(|m| m.first <= day && day <= m.last) {
            month_tally[i].add(&j);
        }
        if !t.done {
            let receipt = t
                .receipt_day
                .unwrap_or_else(|| cal.deadline(t.received_at, 0).receipt_day);
            let age = *age_of
                .entry((t.office.as_str(), receipt))
                .or_insert_with(|| cal.working_days_between(receipt, local_date(as_of, cal)));
            if let Some(i) = AGE_BUCKETS
                .iter()
                .position(|(_, lo, hi)| *lo <= age && age <= *hi)
            {
                ages[i] += 1;
            }
        }
    }
    let mut service_rows: Vec<ServiceRow> = services
        .iter()
        .map(|(code, bn, en, sla)| ServiceRow {
            service: Some(code.clone()),
            name_bn: bn.clone(),
            name_en: en.clone(),
            sla_working_days: Some(*sla),
            figures: by_service
                .remove(&Some(code.clone()))
                .unwrap_or_default()
                .finish(),
        })
        .collect();
    let outside = by_service.remove(&None).unwrap_or_default().finish();
    for (code, tally) in by_service {
        let code = code.unwrap_or_default();
        service_rows.push(ServiceRow {
            service: Some(code.clone()),
            name_bn: code.clone(),
            name_en: code,
            sla_working_days: None,
            figures: tally.finish(),
        });
    }
    service_rows.push(ServiceRow {
        service: None,
        name_bn: "চার্টারের সেবার বাইরে".into(),
        name_en: "Outside the charter".into(),
        sla_working_days: None,
        figures: outside,
    });
    let mut office_rows: Vec<OfficeRow> = if by_office {
        offices
            .iter()
            .map(|c| OfficeRow {
                office: c.office.code.clone(),
                name_bn: c.office.name_bn.clone(),
                name_en: c.office.name_en.clone(),
                figures: offices_tally
                    .remove(&c.office.code)
                    .unwrap_or_default()
                    .finish(),
            })
            .collect()
    } else {
        Vec::new()
    };
    office_rows.sort_by(|a, b| {
        let (ra, rb) = (a.figures.on_time_rate, b.figures.on_time_rate);
        match (ra, rb) {
            (Some(x), Some(y)) => y.total_cmp(&x),
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, Some(_)) => std::cmp::Ordering::Greater,
            (None, None) => std::cmp::Ordering::Equal,
        }
        .then_with(|| a.office.cmp(&b.office))
    });
    Report {
        period: period.clone(),
        as_of: crate::store::db_time(as_of),
        offices: offices.iter().map(|c| c.office.code.clone()).collect(),
        office_name_bn: first.office.name_bn.clone(),
        office_name_en: first.office.name_en.clone(),
        services: service_rows,
        total: total.finish(),
        by_office: office_rows,
        trend: months
            .iter()
            .zip(month_tally)
            .map(|(m, t)| MonthRow {
                month: m.label.clone(),
                figures: t.finish(),
            })
            .collect(),
        open_by_age: AGE_BUCKETS
            .iter()
            .zip(ages)
            .map(|((label, ..), open)| AgeBucket {
                age: label.to_string(),
                open,
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nearest_rank_percentiles() {
        assert_eq!(percentile(&[], 50), None);
        assert_eq!(percentile(&[7], 90), Some(7));
        assert_eq!(percentile(&[1, 2, 3, 4], 50), Some(2));
        assert_eq!(percentile(&[1, 2, 3, 4], 90), Some(4));
        let v: Vec<i64> = (1..=10).collect();
        assert_eq!(percentile(&v, 50), Some(5));
        assert_eq!(percentile(&v, 90), Some(9));
        assert_eq!(percentile(&v, 100), Some(10));
    }
}

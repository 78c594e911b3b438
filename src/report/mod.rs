//! Charter compliance reports (issue 19): per service and in total, how many requests an
//! office received in a period and how many it kept on time, for the APA and GRS reviews.
//!
//! [`build`] has the database count the period's tickets by the keys the figures need
//! ([`crate::store::reports`], working days numbered by [`day_index`]) and [`from_counts`]
//! adds the counts up into a [`Report`]. [`compute`] does the same from one row of facts per
//! ticket: it is the reference (a test holds both to the same figures) and the fallback when
//! a ticket's dates fall outside the day lists or the offices have too many calendars. Both
//! are pure. The formats are in [`render`] (text, JSON, CSV), [`xlsx`] and [`html`]. Every
//! figure is defined in README ("Charter reports"); the definitions are repeated on
//! [`Figures`].

pub mod cache;
pub mod day_index;
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
use crate::store::reports::{
    CacheSet, CachedRow, CalendarKeys, CountPart, CountQuery, CountRow, TicketClass, TicketFacts,
};
use crate::store::{Store, StoreError, db_time};
use day_index::DayIndex;

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
    /// The 90th percentile of the same working days (nearest rank).
    pub resolution_days_p90: Option<i64>,
    /// Seconds from the mail reaching the mailbox to the acknowledgement accepted by the
    /// SMTP server (nearest rank; tickets without a sent acknowledgement are left out).
    pub ack_delay_median_secs: Option<i64>,
    /// The 90th percentile of the same delay, in seconds (nearest rank).
    pub ack_delay_p90_secs: Option<i64>,
    /// Tickets reopened at least once.
    pub reopened: u64,
    /// Tickets whose acknowledgement was held as doubtful (possible spam or scam).
    pub held_as_spam: u64,
}

impl Figures {
    /// The figures the monthly report mail's text part names (the outbox renders them).
    pub fn headline(&self) -> crate::outbox::report_mail::Headline {
        crate::outbox::report_mail::Headline {
            received: self.received,
            out_of_charter: self.out_of_charter,
            resolved_on_time: self.resolved_on_time,
            resolved_late: self.resolved_late,
            open_not_due: self.open_not_due,
            open_overdue: self.open_overdue,
            on_time_rate: self.on_time_rate,
        }
    }
}

/// A service's row; `service` is `None` for requests outside the charter.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct ServiceRow {
    /// The charter service code.
    pub service: Option<String>,
    /// The service's Bangla name (for requests outside the charter, a Bangla label saying so).
    pub name_bn: String,
    /// The service's English name.
    pub name_en: String,
    /// The charter's deadline for the service in working days; `None` outside the charter or
    /// for a code the charter no longer lists (its names are then the code).
    pub sla_working_days: Option<u32>,
    /// The service's figures.
    pub figures: Figures,
}

/// One office's row of a report over several offices (`--all`).
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct OfficeRow {
    /// The office code.
    pub office: String,
    /// The office's Bangla name.
    pub name_bn: String,
    /// The office's English name.
    pub name_en: String,
    /// The office's figures.
    pub figures: Figures,
}

/// One month's row of the trend.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct MonthRow {
    /// `2026-11`
    pub month: String,
    /// The figures of the tickets received in that month.
    pub figures: Figures,
}

/// Open tickets (of the period) by age in working days since their receipt day.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct AgeBucket {
    /// `0-1`, `2-3`, `4-5`, `6-10`, `11+`
    pub age: String,
    /// How many open tickets are that old.
    pub open: u64,
}

/// A whole report. The JSON output is this object (an interface: add, never change).
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Report {
    /// The period reported on.
    pub period: Period,
    /// When the statuses were read (RFC 3339 UTC).
    pub as_of: String,
    /// Office codes covered.
    pub offices: Vec<String>,
    /// The first office's names (the only one without `--all`).
    pub office_name_bn: String,
    /// The first office's English name.
    pub office_name_en: String,
    /// One row per service in charter order, then requests outside the charter.
    pub services: Vec<ServiceRow>,
    /// All the offices and services together.
    pub total: Figures,
    /// With `--all`: one row per office, best on-time rate first (no rate last), then by code.
    pub by_office: Vec<OfficeRow>,
    /// Quarter, year or a range of several months: one row per month.
    pub trend: Vec<MonthRow>,
    /// The period's open tickets by age (working days since the receipt day).
    pub open_by_age: Vec<AgeBucket>,
}

/// Why a report could not be built or written.
#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    /// Reading the tickets failed.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The report names no office.
    #[error("no office to report on")]
    NoOffice,
    /// The spreadsheet could not be written.
    #[error("xlsx: {0}")]
    Xlsx(String),
    /// The CSV could not be written.
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
    if let Some(report) = cache::build(store, offices, period, as_of, by_office).await? {
        return Ok(report);
    }
    if let Some(query) = count_query(offices, period, as_of, from, to) {
        let rows = store.report_counts(&query).await?;
        if !rows.iter().any(|r| r.out_of_range) {
            return Ok(from_counts(&rows, offices, period, as_of, by_office));
        }
        tracing::info!(
            period = %period.label,
            "report: a ticket's dates lie outside the working-day lists; computed ticket by ticket"
        );
    }
    let facts = store.report_facts(&codes, from, to).await?;
    Ok(compute(&facts, offices, period, as_of, by_office))
}

/// More distinct calendars than this (offices with their own holidays) and the counting
/// query would repeat its day lists too often: the report is computed ticket by ticket.
const MAX_CALENDARS: usize = 8;

/// Days before the period and after the later of its end and `as_of` that the day lists
/// cover (a receipt day after a long holiday, a resolution after the report's time).
const LIST_MARGIN_DAYS: i64 = 60;

/// The counting query of a report, or `None` when it is computed ticket by ticket.
pub fn count_query(
    offices: &[Config],
    period: &Period,
    as_of: Timestamp,
    from: Timestamp,
    to: Timestamp,
) -> Option<CountQuery> {
    let first = offices.first()?;
    let mut calendars: Vec<(Calendar, Vec<String>)> = Vec::new();
    for c in offices {
        let cal = c.calendar();
        match calendars.iter().position(|(k, _)| *k == cal) {
            Some(i) => calendars[i].1.push(c.office.code.clone()),
            None if calendars.len() < MAX_CALENDARS => {
                calendars.push((cal, vec![c.office.code.clone()]))
            }
            None => return None,
        }
    }
    let margin = jiff::Span::new().days(LIST_MARGIN_DAYS);
    let first_day = period.first.checked_sub(margin).ok()?;
    let as_of_ceil =
        Timestamp::from_second(as_of.as_second() + i64::from(as_of.subsec_nanosecond() > 0))
            .ok()?;
    let keys = calendars
        .into_iter()
        .map(|(cal, codes)| {
            let as_of_day = local_date(as_of, &cal);
            let last_day = period.last.max(as_of_day).checked_add(margin).ok()?;
            let index = DayIndex::new(&cal, first_day, last_day);
            Some(CalendarKeys {
                offices: codes,
                working_dates: index.working_dates.iter().map(|d| d.to_string()).collect(),
                day_starts: index.day_starts.iter().copied().map(db_time).collect(),
                closes: index.closes.iter().copied().map(db_time).collect(),
                as_of_number: index.number(as_of_day),
                first_day: first_day.to_string(),
                last_day: last_day.to_string(),
                end: db_time(index.end),
            })
        })
        .collect::<Option<Vec<_>>>()?;
    let tz = &first.office.timezone;
    let month_starts = if period.has_trend() {
        period
            .months()
            .iter()
            .map(|m| db_time(m.bounds(tz).0))
            .collect()
    } else {
        Vec::new()
    };
    Some(CountQuery {
        part: CountPart::All,
        offices: offices.iter().map(|c| c.office.code.clone()).collect(),
        from,
        to,
        month_starts,
        as_of_ceil: db_time(as_of_ceil),
        calendars: keys,
        age_bucket_tops: AGE_BUCKETS[..AGE_BUCKETS.len() - 1]
            .iter()
            .map(|(_, _, hi)| *hi)
            .collect(),
    })
}

/// Nearest-rank percentile (`p` in 1..=100) of sorted values: the value at rank ⌈p·n/100⌉.
pub fn percentile(sorted: &[i64], p: u32) -> Option<i64> {
    if sorted.is_empty() {
        return None;
    }
    let rank = (p as usize * sorted.len()).div_ceil(100).max(1);
    Some(sorted[rank - 1])
}

/// Nearest-rank percentile of `(value, count)` pairs sorted by value.
fn weighted_percentile(sorted: &[(i64, u64)], p: u32) -> Option<i64> {
    let n: u64 = sorted.iter().map(|(_, c)| c).sum();
    if n == 0 {
        return None;
    }
    let rank = (u64::from(p) * n).div_ceil(100).max(1);
    let mut seen = 0;
    sorted.iter().find_map(|(v, c)| {
        seen += c;
        (seen >= rank).then_some(*v)
    })
}

/// Adds up one row's tickets: counts, and the values of the percentiles with how many
/// tickets had each.
#[derive(Default)]
struct Tally {
    f: Figures,
    days: Vec<(i64, u64)>,
    ack: Vec<(i64, u64)>,
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
    /// Adds `n` tickets judged `j`.
    fn add(&mut self, j: &Judged, n: u64) {
        let f = &mut self.f;
        let count = |b: bool| if b { n } else { 0 };
        f.received += n;
        f.out_of_charter += count(j.out_of_charter);
        f.resolved_on_time += count(j.on_time);
        f.resolved_late += count(j.late);
        f.open_not_due += count(j.open_not_due);
        f.open_overdue += count(j.open_overdue);
        f.reopened += count(j.reopened);
        f.held_as_spam += count(j.held);
        self.days.extend(j.days.map(|d| (d, n)));
        self.ack.extend(j.ack.map(|a| (a, n)));
    }

    fn finish(mut self) -> Figures {
        let mut f = self.f;
        let judged = f.resolved_on_time + f.resolved_late + f.open_overdue;
        f.on_time_rate = (judged > 0).then(|| f.resolved_on_time as f64 / judged as f64);
        self.days.sort_unstable();
        self.ack.sort_unstable();
        f.resolution_days_median = weighted_percentile(&self.days, 50);
        f.resolution_days_p90 = weighted_percentile(&self.days, 90);
        f.ack_delay_median_secs = weighted_percentile(&self.ack, 50);
        f.ack_delay_p90_secs = weighted_percentile(&self.ack, 90);
        f
    }
}

/// Every row's tally while tickets are added.
struct Tallies {
    by_service: BTreeMap<Option<String>, Tally>,
    by_office: BTreeMap<String, Tally>,
    months: Vec<Tally>,
    total: Tally,
    ages: [u64; AGE_BUCKETS.len()],
}

impl Tallies {
    fn new(months: usize) -> Self {
        Tallies {
            by_service: BTreeMap::new(),
            by_office: BTreeMap::new(),
            months: (0..months).map(|_| Tally::default()).collect(),
            total: Tally::default(),
            ages: [0; AGE_BUCKETS.len()],
        }
    }

    /// `n` tickets of `office` judged `j`; `service` is the row key (`None` outside the
    /// charter), `month` the trend row, `age` the open tickets' age bucket.
    fn add(
        &mut self,
        office: &str,
        service: Option<&str>,
        month: Option<usize>,
        age: Option<usize>,
        j: &Judged,
        n: u64,
    ) {
        self.by_service
            .entry(service.map(str::to_string))
            .or_default()
            .add(j, n);
        match self.by_office.get_mut(office) {
            Some(t) => t.add(j, n),
            None => self
                .by_office
                .entry(office.to_string())
                .or_default()
                .add(j, n),
        }
        self.total.add(j, n);
        if let Some(t) = month.and_then(|m| self.months.get_mut(m)) {
            t.add(j, n);
        }
        if let Some(a) = age.and_then(|a| self.ages.get_mut(a)) {
            *a += n;
        }
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

/// The report from the tickets' facts (pure): the reference computation, ticket by ticket.
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
    let months = trend_months(period);
    let tz = first.office.timezone.clone();
    let mut tallies = Tallies::new(months.len());
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
            t.service.as_deref()
        };
        let day = t.received_at.to_zoned_datetime(tz.clone()).date();
        let month = months.iter().position(|m| m.first <= day && day <= m.last);
        let age = (!t.done).then(|| {
            let receipt = t
                .receipt_day
                .unwrap_or_else(|| cal.deadline(t.received_at, 0).receipt_day);
            let age = *age_of
                .entry((t.office.as_str(), receipt))
                .or_insert_with(|| cal.working_days_between(receipt, local_date(as_of, cal)));
            age_bucket(age)
        });
        tallies.add(&t.office, key, month, age, &j, 1);
    }
    assemble(tallies, offices, period, as_of, by_office)
}

/// How a counted group of tickets adds to the figures.
fn judged_count(
    class: TicketClass,
    outside: bool,
    key: Option<i64>,
    ack: Option<i64>,
    reopened: bool,
    held: bool,
) -> Judged {
    let timed = matches!(class, TicketClass::OnTime | TicketClass::Late);
    Judged {
        out_of_charter: outside,
        on_time: class == TicketClass::OnTime,
        late: class == TicketClass::Late,
        open_not_due: class == TicketClass::OpenNotDue,
        open_overdue: class == TicketClass::OpenOverdue,
        days: key.filter(|_| timed).map(|d| d.max(0)),
        ack: ack.map(|a| a.max(0)),
        reopened,
        held,
    }
}

/// The report from the database's counts ([`Store::report_counts`]; pure).
pub fn from_counts(
    rows: &[CountRow],
    offices: &[Config],
    period: &Period,
    as_of: Timestamp,
    by_office: bool,
) -> Report {
    from_parts(rows, &[], offices, period, as_of, by_office)
}

/// The report from live counts (`rows`: every row added to each of its groupings) and
/// cached ones (`cached`: each added to the one grouping it was summed over; pure).
pub fn from_parts(
    rows: &[CountRow],
    cached: &[CachedRow],
    offices: &[Config],
    period: &Period,
    as_of: Timestamp,
    by_office: bool,
) -> Report {
    let months = trend_months(period);
    let mut tallies = Tallies::new(months.len());
    for r in cached {
        // The grouping may not be by service: outside the charter is the class's word.
        let outside = matches!(r.class, TicketClass::OutsideDone | TicketClass::OutsideOpen);
        let j = judged_count(r.class, outside, r.key, r.ack_secs, r.reopened, r.held);
        let tally = match r.set {
            CacheSet::Total => Some(&mut tallies.total),
            CacheSet::Service => Some(tallies.by_service.entry(r.service.clone()).or_default()),
            CacheSet::Office => r
                .office
                .clone()
                .map(|o| tallies.by_office.entry(o).or_default()),
            CacheSet::Month => months
                .iter()
                .position(|m| r.month.as_deref() == Some(m.label.as_str()))
                .and_then(|i| tallies.months.get_mut(i)),
        };
        if let Some(t) = tally {
            t.add(&j, r.count);
        }
    }
    for r in rows {
        let class = r.class;
        let j = judged_count(
            class,
            r.service.is_none(),
            r.key,
            r.ack_secs,
            r.reopened,
            r.held,
        );
        let month = usize::try_from(r.month - 1).ok();
        let age = r
            .key
            .filter(|_| !class.is_done())
            .and_then(|b| usize::try_from(b).ok());
        tallies.add(&r.office, r.service.as_deref(), month, age, &j, r.count);
    }
    assemble(tallies, offices, period, as_of, by_office)
}

fn trend_months(period: &Period) -> Vec<Period> {
    if period.has_trend() {
        period.months()
    } else {
        Vec::new()
    }
}

fn age_bucket(age: i64) -> usize {
    AGE_BUCKETS
        .iter()
        .position(|(_, lo, hi)| *lo <= age && age <= *hi)
        .unwrap_or(0)
}

/// The rows of the report from the tallies.
fn assemble(
    mut t: Tallies,
    offices: &[Config],
    period: &Period,
    as_of: Timestamp,
    by_office: bool,
) -> Report {
    let first = &offices[0];
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
    let months = trend_months(period);
    let mut service_rows: Vec<ServiceRow> = services
        .iter()
        .map(|(code, bn, en, sla)| ServiceRow {
            service: Some(code.clone()),
            name_bn: bn.clone(),
            name_en: en.clone(),
            sla_working_days: Some(*sla),
            figures: t
                .by_service
                .remove(&Some(code.clone()))
                .unwrap_or_default()
                .finish(),
        })
        .collect();
    let outside = t.by_service.remove(&None).unwrap_or_default().finish();
    for (code, tally) in t.by_service {
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
                figures: t
                    .by_office
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
        total: t.total.finish(),
        by_office: office_rows,
        trend: months
            .iter()
            .zip(t.months)
            .map(|(m, t)| MonthRow {
                month: m.label.clone(),
                figures: t.finish(),
            })
            .collect(),
        open_by_age: AGE_BUCKETS
            .iter()
            .zip(t.ages)
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

    /// The counting path's percentiles over (value, count) pairs equal the same values
    /// spelt out one by one.
    #[test]
    fn weighted_percentiles_equal_the_spelt_out_ones() {
        let pairs = [(0, 3), (1, 1), (2, 5), (7, 2), (30, 1)];
        let mut flat: Vec<i64> = Vec::new();
        for (v, n) in pairs {
            flat.extend(std::iter::repeat_n(v, n as usize));
        }
        for p in [1, 10, 50, 90, 99, 100] {
            assert_eq!(weighted_percentile(&pairs, p), percentile(&flat, p), "p{p}");
        }
        assert_eq!(weighted_percentile(&[], 50), None);
        assert_eq!(weighted_percentile(&[(4, 0)], 50), None);
    }
}

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
mod tally;
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
use tally::{AGE_BUCKETS, local_date};
pub use tally::{compute, from_counts, from_parts, percentile};

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

#[cfg(test)]
mod tests {
    use super::tally::weighted_percentile;
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

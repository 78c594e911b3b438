//! The charter report from cached counts (issue 19, performance; migration 0019).
//!
//! A resolved or closed ticket's place in the figures does not depend on the report's time:
//! its class (on time, late …), working days to resolution, acknowledgement delay and the
//! reopened and held flags change only when the ticket changes, or when the office's
//! calendar does. So those tickets are counted once per (office, UTC month) into
//! `report_month_counts`, by the same counting query as the live path
//! ([`crate::store::reports`]), and a report sums those rows (a few per office and month)
//! instead of reading every ticket. Open tickets are counted live at each report (overdue
//! and age depend on its time); migration 0019's partial index holds just them.
//!
//! Freshness: the database's triggers mark an (office, UTC month) stale in the same
//! transaction as any change to a ticket column a figure reads, whatever code or hand-written
//! SQL makes it (opening, resolving, reopening, reclassifying, a recomputed deadline …). A
//! report first counts again its stale months ([`Store::report_cache_refresh`]); an office
//! whose calendar changed (a holiday declared later) has every month counted again
//! ([`fingerprint`]). The figures are therefore exactly those of the live count, which a test
//! holds to the ticket-by-ticket computation.
//!
//! Used when every office shares the first office's time zone (months are that zone's) and
//! the period is whole months (a month, a quarter, a fiscal year, or a range of whole months);
//! otherwise, or when a ticket's dates lie outside the day lists, `report::build` counts live.

use jiff::civil::Date;
use jiff::tz::TimeZone;
use jiff::{Span, Timestamp};

use super::{Period, Report, ReportError, count_query, from_parts};
use crate::config::Config;
use crate::sla::Calendar;
use crate::store::Store;
use crate::store::reports::{CountPart, Refreshed};

/// Bumped when the cached counts' meaning changes: every office's months are counted again.
const CACHE_VERSION: u32 = 1;

/// A stable digest of everything the cached counts of an office depend on besides its
/// tickets: its calendar (time zone, weekend, holidays, closing time) and [`CACHE_VERSION`].
pub fn fingerprint(cal: &Calendar) -> String {
    let text = format!("v{CACHE_VERSION} {cal:?}");
    // FNV-1a: stable across builds (std's hasher promises nothing).
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{CACHE_VERSION}-{h:016x}-{}", text.len())
}

fn whole_months(period: &Period) -> bool {
    let months = period.months();
    months.first().is_some_and(|m| m.first.day() == 1)
        && months
            .last()
            .is_some_and(|m| m.last == m.last.last_of_month())
}

fn month_start(d: Date) -> Date {
    d.first_of_month()
}

fn next_month(d: Date) -> Option<Date> {
    d.first_of_month().checked_add(Span::new().months(1)).ok()
}

fn utc(d: Date) -> Option<Timestamp> {
    d.to_zoned_datetime(TimeZone::UTC)
        .ok()
        .map(|z| z.timestamp())
}

fn label(d: Date) -> String {
    format!("{:04}-{:02}", d.year(), d.month())
}

/// The report from the cache, its stale months counted first; `None` when the cache does not
/// apply (see the module doc) and the report is to be counted live.
pub async fn build(
    store: &Store,
    offices: &[Config],
    period: &Period,
    as_of: Timestamp,
    by_office: bool,
) -> Result<Option<Report>, ReportError> {
    let Some(first) = offices.first() else {
        return Ok(None);
    };
    let tz = &first.office.timezone;
    if !whole_months(period) || offices.iter().any(|c| c.office.timezone != *tz) {
        return Ok(None);
    }
    let (from, to) = period.bounds(tz);
    let Some(mut open) = count_query(offices, period, as_of, from, to) else {
        return Ok(None);
    };
    open.part = CountPart::Open;
    let codes: Vec<String> = offices.iter().map(|c| c.office.code.clone()).collect();
    let fingerprints: Vec<(String, String)> = offices
        .iter()
        .map(|c| (c.office.code.clone(), fingerprint(&c.calendar())))
        .collect();
    store.report_cache_calendars(&fingerprints).await?;

    // The UTC months holding the period's tickets; each stale one counted again on its own
    // (its tickets lie together in the table).
    let utc_first = from
        .to_zoned_datetime(TimeZone::UTC)
        .date()
        .first_of_month();
    let utc_last = (to - jiff::SignedDuration::from_secs(1))
        .to_zoned_datetime(TimeZone::UTC)
        .date()
        .first_of_month();
    let stale = store
        .report_stale_months(&codes, &label(utc_first), &label(utc_last))
        .await?;
    for m in stale {
        let Ok(month) = format!("{m}-01").parse::<Date>() else {
            continue;
        };
        let month = month_start(month);
        // Local months around it (a UTC month's tickets fall in its local month or the one
        // either side), numbered 1, 2, 3 by the count's month tree.
        let (Some(before), Some(after)) = (
            month.checked_sub(Span::new().months(1)).ok(),
            next_month(month).and_then(|d| d.last_of_month().into()),
        ) else {
            return Ok(None);
        };
        let Ok(around) = Period::range(before, after) else {
            return Ok(None);
        };
        let (Some(m_from), Some(m_to)) = (utc(month), next_month(month).and_then(utc)) else {
            return Ok(None);
        };
        let Some(q) = count_query(offices, &around, as_of, m_from, m_to) else {
            return Ok(None);
        };
        let labels: Vec<String> = around.months().iter().map(|p| p.label.clone()).collect();
        let m_label = label(month);
        match store
            .report_cache_refresh(&q, &labels, &m_label, &m_label)
            .await?
        {
            Refreshed::Pairs(n) => {
                tracing::debug!(month = %m_label, pairs = n, "report: stale months counted")
            }
            Refreshed::OutOfRange => return Ok(None),
        }
    }
    let months = period.months();
    let (Some(a), Some(b)) = (months.first(), months.last()) else {
        return Ok(None);
    };
    let cached = store.report_cache_read(&codes, &a.label, &b.label).await?;
    let rows = store.report_counts(&open).await?;
    if rows.iter().any(|r| r.out_of_range) {
        return Ok(None);
    }
    Ok(Some(from_parts(
        &rows, &cached, offices, period, as_of, by_office,
    )))
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::{Weekday, date, time};

    fn dhaka() -> Calendar {
        Calendar::new(
            jiff::tz::db().get("Asia/Dhaka").unwrap(),
            vec![Weekday::Friday, Weekday::Saturday],
            time(17, 0, 0, 0),
        )
    }

    /// The fingerprint changes with a holiday declared later, and only with a change.
    #[test]
    fn a_declared_holiday_changes_the_fingerprint() {
        let cal = dhaka();
        assert_eq!(fingerprint(&cal), fingerprint(&dhaka()));
        let later = dhaka().with_holiday(date(2026, 12, 3), "election day");
        assert_ne!(fingerprint(&cal), fingerprint(&later));
    }

    #[test]
    fn whole_months_only() {
        assert!(whole_months(&Period::month("2026-11").unwrap()));
        assert!(whole_months(&Period::fiscal_year("2026-27").unwrap()));
        assert!(whole_months(
            &Period::range(date(2026, 11, 1), date(2027, 1, 31)).unwrap()
        ));
        assert!(!whole_months(
            &Period::range(date(2026, 12, 10), date(2027, 2, 3)).unwrap()
        ));
    }
}

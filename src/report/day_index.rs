//! Working-day numbers for the database to aggregate with (issue 19, performance).
//!
//! A report needs, per ticket, the working days from its receipt day to its resolution and
//! the age of an open ticket: `Calendar::working_days_between`, a walk over the calendar.
//! Number the working days of a range 1, 2, 3 …; a day's number is then how many working
//! days of the range fall on or before it, and the walk becomes a subtraction. The store
//! turns these sorted lists into comparisons (`store::reports`), so the database counts
//! tickets by working days without parsing a timestamp:
//!
//! - a date `D` (a stored receipt day) has number *#working dates ≤ D*;
//! - an instant `t` (a resolution) has its local date's number: *#working days whose local
//!   midnight is ≤ t*;
//! - the receipt day of a mail received at `t` (`Calendar::deadline(t, 0).receipt_day`)
//!   has number *#working-day closing times ≤ t, plus one*: before closing on a working day
//!   it is that day, after it (or on a day off) the next working day.
//!
//! `working_days_between(a, b)` = max(0, number(b) − number(a)) for `a`, `b` in the range.

use jiff::Timestamp;
use jiff::civil::Date;

use crate::sla::Calendar;

/// One calendar's working days over `first..=last` (dates in the calendar's time zone).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DayIndex {
    /// The first date of the range.
    pub first: Date,
    /// The last date of the range, included.
    pub last: Date,
    /// Every working date of the range, ascending.
    pub working_dates: Vec<Date>,
    /// The first instant of each of those dates (local midnight), ascending.
    pub day_starts: Vec<Timestamp>,
    /// Closing time on each of those dates, ascending.
    pub closes: Vec<Timestamp>,
    /// The first instant after the range (midnight after `last`).
    pub end: Timestamp,
}

impl DayIndex {
    /// The lists of `cal`'s working days over `first..=last`.
    pub fn new(cal: &Calendar, first: Date, last: Date) -> DayIndex {
        let tz = cal.time_zone();
        let start_of = |d: Date| {
            d.to_zoned_datetime(tz.clone())
                .expect("a charter date exists in the office time zone")
                .timestamp()
        };
        let mut index = DayIndex {
            first,
            last,
            working_dates: Vec::new(),
            day_starts: Vec::new(),
            closes: Vec::new(),
            end: start_of(last.tomorrow().expect("a charter date has a next day")),
        };
        let mut day = first;
        while day <= last {
            if cal.is_working_day(day) {
                index.working_dates.push(day);
                index.day_starts.push(start_of(day));
                index.closes.push(cal.closing_time(day));
            }
            day = day.tomorrow().expect("a charter date has a next day");
        }
        index
    }

    /// The number of a date of the range (0 before its first working day).
    pub fn number(&self, day: Date) -> i64 {
        self.working_dates.partition_point(|d| *d <= day) as i64
    }
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
        .with_holiday(date(2026, 12, 16), "Victory Day")
    }

    fn number_at(index: &DayIndex, t: Timestamp) -> i64 {
        index.day_starts.partition_point(|s| *s <= t) as i64
    }

    fn receipt_number(index: &DayIndex, t: Timestamp) -> i64 {
        index.closes.partition_point(|c| *c <= t) as i64 + 1
    }

    /// The subtraction equals the calendar's walk, and the receipt-day rule equals
    /// `Calendar::deadline`, for every pair of days and for instants around closing time.
    #[test]
    fn numbers_agree_with_the_calendar_walk() {
        let cal = dhaka();
        let index = DayIndex::new(&cal, date(2026, 11, 20), date(2027, 1, 20));
        let mut day = date(2026, 11, 25);
        while day <= date(2026, 12, 31) {
            let mut other = date(2026, 11, 25);
            while other <= date(2027, 1, 5) {
                assert_eq!(
                    (index.number(other) - index.number(day)).max(0),
                    cal.working_days_between(day, other),
                    "{day} → {other}"
                );
                other = other.tomorrow().unwrap();
            }
            for (h, m, s) in [
                (0, 0, 0),
                (9, 30, 0),
                (16, 59, 59),
                (17, 0, 0),
                (23, 59, 59),
            ] {
                let t = day
                    .at(h, m, s, 0)
                    .to_zoned_datetime(cal.time_zone().clone())
                    .unwrap()
                    .timestamp();
                let receipt = cal.deadline(t, 0).receipt_day;
                assert_eq!(receipt_number(&index, t), index.number(receipt), "{t}");
                assert_eq!(number_at(&index, t), index.number(day), "{t}");
            }
            day = day.tomorrow().unwrap();
        }
    }
}

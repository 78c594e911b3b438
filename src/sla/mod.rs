//! The SLA clock: working days and charter deadlines.
//!
//! The rule (also in README):
//! - A working day is a day that is not a weekend day (Friday and Saturday by default) and not
//!   a public holiday, in the office's time zone (Asia/Dhaka).
//! - The receipt time is when the mail reached the mailbox (IMAP INTERNALDATE).
//! - A request received on a working day before closing time counts that day as its receipt
//!   day; otherwise the receipt day is the next working day.
//! - The deadline is closing time on the N-th working day after the receipt day, where N is
//!   the service's SLA.
//!
//! Pure: no I/O; the current time comes from a [`Clock`] so tests can move it.

pub mod holidays;

use std::collections::BTreeMap;

use jiff::civil::{Date, Time, Weekday};
use jiff::tz::TimeZone;
use jiff::{Timestamp, ZonedDateTime};

/// Where "now" comes from. The daemon uses [`SystemClock`]; tests use a fixed or moved clock.
pub trait Clock: Send + Sync {
    /// The current instant.
    fn now(&self) -> Timestamp;
}

#[derive(Debug, Default, Clone, Copy)]
/// The real wall clock ([`Timestamp::now`]).
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> Timestamp {
        Timestamp::now()
    }
}

/// A clock that only moves when told: simulated time for tests and dry runs.
#[derive(Debug)]
pub struct ManualClock(std::sync::Mutex<Timestamp>);

impl ManualClock {
    /// A clock stopped at `at`.
    pub fn new(at: Timestamp) -> Self {
        ManualClock(std::sync::Mutex::new(at))
    }

    /// Moves the clock to `at` (backward too).
    pub fn set(&self, at: Timestamp) {
        *self.0.lock().unwrap_or_else(|e| e.into_inner()) = at;
    }

    /// Moves the clock forward by `by` (a negative duration moves it back).
    pub fn advance(&self, by: jiff::SignedDuration) {
        let mut t = self.0.lock().unwrap_or_else(|e| e.into_inner());
        *t += by;
    }
}

impl Clock for ManualClock {
    fn now(&self) -> Timestamp {
        *self.0.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// A day that is not worked, with the reason shown to the officer.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct SkippedDay {
    /// The day, in the office's calendar.
    pub date: Date,
    /// Why it is not worked, e.g. `holiday: Victory Day` or `weekend: Friday`.
    pub reason: String,
}

/// An office's working-day calendar: time zone, weekend days, public holidays, closing time.
/// Built once per office from its config and holiday files; cheap to query, no I/O.
#[derive(Debug, Clone, PartialEq)]
pub struct Calendar {
    tz: TimeZone,
    weekend: Vec<Weekday>,
    /// date → holiday name (Bangla / English)
    holidays: BTreeMap<Date, String>,
    close: Time,
}

/// A computed deadline and how it was reached.
#[derive(Debug, Clone, PartialEq)]
pub struct Deadline {
    /// The day the request counts as received: the mail's day if it is a working day and it
    /// arrived before closing time, else the next working day.
    pub receipt_day: Date,
    /// Closing time on the `working_days`-th working day after `receipt_day`, office time zone.
    pub due: ZonedDateTime,
    /// The service's SLA in working days, as counted.
    pub working_days: u32,
    /// Non-working days between the receipt and the due date, with reasons.
    pub skipped: Vec<SkippedDay>,
}

impl Calendar {
    /// A calendar with no holidays yet; `close` is the office's closing time (local).
    pub fn new(tz: TimeZone, weekend: Vec<Weekday>, close: Time) -> Self {
        Calendar {
            tz,
            weekend,
            holidays: BTreeMap::new(),
            close,
        }
    }

    /// Adds a public holiday; `name` is what the officer sees (a later call for the same date wins).
    pub fn with_holiday(mut self, date: Date, name: impl Into<String>) -> Self {
        self.holidays.insert(date, name.into());
        self
    }

    /// The office's time zone, in which days and closing time are read.
    pub fn time_zone(&self) -> &TimeZone {
        &self.tz
    }

    /// Why `date` is not a working day, or `None` when it is one.
    pub fn non_working_reason(&self, date: Date) -> Option<String> {
        if let Some(name) = self.holidays.get(&date) {
            return Some(format!("holiday: {name}"));
        }
        if self.weekend.contains(&date.weekday()) {
            return Some(format!("weekend: {:?}", date.weekday()));
        }
        None
    }

    /// Whether `date` is neither a weekend day nor a holiday.
    pub fn is_working_day(&self, date: Date) -> bool {
        self.non_working_reason(date).is_none()
    }

    /// Working days after `from` up to and including `to` (0 when `to` is not after
    /// `from`): a request resolved on its receipt day took 0 working days, one resolved on
    /// the next working day 1. The charter reports' "working days to resolution" and the
    /// open tickets' age.
    pub fn working_days_between(&self, from: Date, to: Date) -> i64 {
        let mut n = 0;
        let mut day = from;
        while day < to {
            day = Self::next_day(day);
            if self.is_working_day(day) {
                n += 1;
            }
        }
        n
    }

    /// Closing time on `date`, as an instant: a request received before it on a working
    /// day counts that day as its receipt day.
    pub fn closing_time(&self, date: Date) -> Timestamp {
        date.to_datetime(self.close)
            .to_zoned_datetime(self.tz.clone())
            .expect("closing time exists in the office time zone")
            .timestamp()
    }

    fn next_day(date: Date) -> Date {
        date.tomorrow()
            .expect("dates this far in the future are not charter dates")
    }

    /// The charter deadline for a request that reached the mailbox at `received`.
    pub fn deadline(&self, received: Timestamp, working_days: u32) -> Deadline {
        let local = received.to_zoned_datetime(self.tz.clone());
        let mut skipped = Vec::new();
        let mut day = local.date();
        if !(self.is_working_day(day) && local.time() < self.close) {
            if let Some(reason) = self.non_working_reason(day) {
                skipped.push(SkippedDay { date: day, reason });
            }
            day = Self::next_day(day);
            while let Some(reason) = self.non_working_reason(day) {
                skipped.push(SkippedDay { date: day, reason });
                day = Self::next_day(day);
            }
        }
        let receipt_day = day;
        let mut counted = 0;
        while counted < working_days {
            day = Self::next_day(day);
            match self.non_working_reason(day) {
                Some(reason) => skipped.push(SkippedDay { date: day, reason }),
                None => counted += 1,
            }
        }
        let due = day
            .to_datetime(self.close)
            .to_zoned_datetime(self.tz.clone())
            .expect("closing time exists in the office time zone");
        Deadline {
            receipt_day,
            due,
            working_days,
            skipped,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::{date, time};

    fn dhaka() -> Calendar {
        Calendar::new(
            jiff::tz::db().get("Asia/Dhaka").unwrap(),
            vec![Weekday::Friday, Weekday::Saturday],
            time(17, 0, 0, 0),
        )
    }

    fn at(s: &str) -> Timestamp {
        s.parse().unwrap()
    }

    #[test]
    fn received_on_a_working_morning_counts_that_day() {
        // Sunday 2026-11-29 10:00 Dhaka; 3 working days after Sunday: Mon, Tue, Wed.
        let d = dhaka().deadline(at("2026-11-29T10:00:00+06:00"), 3);
        assert_eq!(d.receipt_day, date(2026, 11, 29));
        assert_eq!(d.due.to_string(), "2026-12-02T17:00:00+06:00[Asia/Dhaka]");
        assert!(d.skipped.is_empty());
    }

    #[test]
    fn after_closing_time_counts_from_the_next_working_day() {
        // Thursday 2026-12-03 17:30: receipt day is Sunday 6 Dec; 2 working days → Tue 8 Dec.
        let d = dhaka().deadline(at("2026-12-03T17:30:00+06:00"), 2);
        assert_eq!(d.receipt_day, date(2026, 12, 6));
        assert_eq!(d.due.to_string(), "2026-12-08T17:00:00+06:00[Asia/Dhaka]");
        assert_eq!(d.skipped.len(), 2, "Friday and Saturday: {:?}", d.skipped);
    }

    #[test]
    fn weekend_receipt_and_a_week_long_sla() {
        // Friday 2026-11-27 12:00: receipt day Sunday 29 Nov; 7 working days:
        // Mon 30, Tue 1, Wed 2, Thu 3, (Fri, Sat), Sun 6, Mon 7, Tue 8.
        let d = dhaka().deadline(at("2026-11-27T06:00:00Z"), 7);
        assert_eq!(d.receipt_day, date(2026, 11, 29));
        assert_eq!(d.due.date(), date(2026, 12, 8));
    }

    #[test]
    fn time_zone_decides_the_day_not_utc() {
        // 2026-11-28T20:00Z is Sunday 02:00 in Dhaka: a working day, before closing.
        let d = dhaka().deadline(at("2026-11-28T20:00:00Z"), 2);
        assert_eq!(d.receipt_day, date(2026, 11, 29));
        assert_eq!(d.due.date(), date(2026, 12, 1));
    }

    /// The rule, case by case: (received, SLA days, receipt day, due date).
    #[test]
    fn deadline_table() {
        let cal = dhaka().with_holiday(date(2026, 12, 16), "Victory Day");
        let cases = [
            // a working morning counts that day
            (
                "2026-11-29T10:00:00+06:00",
                3,
                date(2026, 11, 29),
                date(2026, 12, 2),
            ),
            // before opening time still counts that day
            (
                "2026-11-29T07:15:00+06:00",
                2,
                date(2026, 11, 29),
                date(2026, 12, 1),
            ),
            // exactly at closing time is after hours
            (
                "2026-11-29T17:00:00+06:00",
                2,
                date(2026, 11, 30),
                date(2026, 12, 2),
            ),
            // Friday and Saturday arrivals count from Sunday
            (
                "2026-12-04T11:00:00+06:00",
                3,
                date(2026, 12, 6),
                date(2026, 12, 9),
            ),
            (
                "2026-12-05T23:59:00+06:00",
                3,
                date(2026, 12, 6),
                date(2026, 12, 9),
            ),
            // a holiday inside the count is skipped; one as the arrival day moves the receipt day
            (
                "2026-12-15T09:30:00+06:00",
                3,
                date(2026, 12, 15),
                date(2026, 12, 21),
            ),
            (
                "2026-12-16T09:30:00+06:00",
                2,
                date(2026, 12, 17),
                date(2026, 12, 21),
            ),
            // UTC input: 2026-12-02T18:30Z is Thursday 00:30 in Dhaka
            (
                "2026-12-02T18:30:00Z",
                2,
                date(2026, 12, 3),
                date(2026, 12, 7),
            ),
            // year boundary
            (
                "2026-12-31T16:00:00+06:00",
                3,
                date(2026, 12, 31),
                date(2027, 1, 5),
            ),
        ];
        for (received, days, receipt, due) in cases {
            let d = cal.deadline(at(received), days);
            assert_eq!(
                (d.receipt_day, d.due.date()),
                (receipt, due),
                "{received} + {days}"
            );
            assert_eq!(d.due.time(), time(17, 0, 0, 0));
            assert_eq!(d.due.offset().seconds(), 6 * 3600, "always +06:00");
        }
    }

    #[test]
    fn working_days_between_skip_weekends_and_holidays() {
        let cal = dhaka().with_holiday(date(2026, 12, 16), "Victory Day");
        // Tue 15 → Thu 17: Wed 16 is a holiday, Thu 17 counts.
        assert_eq!(
            cal.working_days_between(date(2026, 12, 15), date(2026, 12, 17)),
            1
        );
        // Thu 3 → Sun 6: Fri and Sat skipped.
        assert_eq!(
            cal.working_days_between(date(2026, 12, 3), date(2026, 12, 6)),
            1
        );
        assert_eq!(
            cal.working_days_between(date(2026, 12, 6), date(2026, 12, 6)),
            0
        );
        assert_eq!(
            cal.working_days_between(date(2026, 12, 8), date(2026, 12, 6)),
            0
        );
        // Sun 6 → Sun 13: Mon–Thu and Sun.
        assert_eq!(
            cal.working_days_between(date(2026, 12, 6), date(2026, 12, 13)),
            5
        );
    }

    #[test]
    fn holidays_are_skipped_with_their_reason() {
        let cal = dhaka().with_holiday(date(2026, 12, 16), "বিজয় দিবস / Victory Day");
        // Tuesday 15 Dec 2026 10:00, 2 working days: Wed 16 is a holiday → Thu 17, Sun 20.
        let d = cal.deadline(at("2026-12-15T10:00:00+06:00"), 2);
        assert_eq!(d.due.date(), date(2026, 12, 20));
        assert_eq!(d.skipped[0].date, date(2026, 12, 16));
        assert!(d.skipped[0].reason.contains("Victory Day"));
    }
}

//! A report's period: a month, a calendar quarter, a Bangladesh fiscal year (1 July – 30 June)
//! or a range of dates, always whole days in the office time zone.

use jiff::Timestamp;
use jiff::civil::{Date, date};
use jiff::tz::TimeZone;

/// What kind of period a report covers (it decides whether a monthly trend is shown).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum PeriodKind {
    /// One calendar month (`2026-11`).
    Month,
    /// One calendar quarter (`2026Q4`).
    Quarter,
    /// A Bangladesh fiscal year, 1 July to 30 June (`2026-27`).
    FiscalYear,
    /// Any whole days `first..last`.
    Range,
}

/// Whole days `first..=last` in the office time zone.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Period {
    /// Which kind of period it is.
    pub kind: PeriodKind,
    /// As given: `2026-11`, `2026Q4`, `2026-27`, or `2026-11-01..2026-11-15`.
    pub label: String,
    /// The first day (office time zone).
    pub first: Date,
    /// The last day, included.
    pub last: Date,
}

/// A period that cannot be read, with the form expected.
#[derive(Debug, thiserror::Error, PartialEq)]
#[error("{0}")]
pub struct PeriodError(pub String);

fn bad(what: &str, value: &str, form: &str) -> PeriodError {
    PeriodError(format!("{what} {value:?}: expected {form}"))
}

fn year(s: &str, what: &str, value: &str, form: &str) -> Result<i16, PeriodError> {
    match s.parse::<i16>() {
        Ok(y) if s.len() == 4 && (2000..=2200).contains(&y) => Ok(y),
        _ => Err(bad(what, value, form)),
    }
}

fn last_of_month(y: i16, m: i8) -> Date {
    date(y, m, 1).last_of_month()
}

impl Period {
    /// `2026-11`.
    pub fn month(value: &str) -> Result<Period, PeriodError> {
        let form = "YYYY-MM, e.g. 2026-11";
        let (y, m) = value
            .split_once('-')
            .ok_or_else(|| bad("--month", value, form))?;
        let y = year(y, "--month", value, form)?;
        let m = match m.parse::<i8>() {
            Ok(n) if m.len() == 2 && (1..=12).contains(&n) => n,
            _ => return Err(bad("--month", value, form)),
        };
        Ok(Period {
            kind: PeriodKind::Month,
            label: format!("{y:04}-{m:02}"),
            first: date(y, m, 1),
            last: last_of_month(y, m),
        })
    }

    /// `2026Q4`: a calendar quarter (Q1 January–March … Q4 October–December).
    pub fn quarter(value: &str) -> Result<Period, PeriodError> {
        let form = "YYYYQn, e.g. 2026Q4";
        let upper = value.to_ascii_uppercase();
        let (y, q) = upper
            .split_once('Q')
            .ok_or_else(|| bad("--quarter", value, form))?;
        let y = year(y, "--quarter", value, form)?;
        let q = match q.parse::<i8>() {
            Ok(q) if (1..=4).contains(&q) && q.to_string() == q_str(&upper) => q,
            _ => return Err(bad("--quarter", value, form)),
        };
        let first_month = (q - 1) * 3 + 1;
        Ok(Period {
            kind: PeriodKind::Quarter,
            label: format!("{y:04}Q{q}"),
            first: date(y, first_month, 1),
            last: last_of_month(y, first_month + 2),
        })
    }

    /// `2026-27`: the Bangladesh fiscal year 1 July 2026 – 30 June 2027.
    pub fn fiscal_year(value: &str) -> Result<Period, PeriodError> {
        let form = "YYYY-YY, e.g. 2026-27 (July 2026 to June 2027)";
        let (y, next) = value
            .split_once('-')
            .ok_or_else(|| bad("--fy", value, form))?;
        let y = year(y, "--fy", value, form)?;
        if next.len() != 2 || next.parse::<i16>().ok() != Some((y + 1) % 100) {
            return Err(bad("--fy", value, form));
        }
        Ok(Period {
            kind: PeriodKind::FiscalYear,
            label: format!("{y:04}-{:02}", (y + 1) % 100),
            first: date(y, 7, 1),
            last: date(y + 1, 6, 30),
        })
    }

    /// `--from 2026-11-01 --to 2026-11-15`, both days included.
    pub fn range(first: Date, last: Date) -> Result<Period, PeriodError> {
        if last < first {
            return Err(PeriodError(format!("--to {last} is before --from {first}")));
        }
        Ok(Period {
            kind: PeriodKind::Range,
            label: format!("{first}..{last}"),
            first,
            last,
        })
    }

    /// `[start, end)`: midnight of the first day to midnight after the last, in `tz`.
    pub fn bounds(&self, tz: &TimeZone) -> (Timestamp, Timestamp) {
        let start = self
            .first
            .to_zoned_datetime(tz.clone())
            .expect("a charter date exists in the office time zone")
            .timestamp();
        let end = self
            .last
            .tomorrow()
            .expect("a charter date has a next day")
            .to_zoned_datetime(tz.clone())
            .expect("a charter date exists in the office time zone")
            .timestamp();
        (start, end)
    }

    /// The calendar months the period touches, each clipped to the period (the trend's rows).
    pub fn months(&self) -> Vec<Period> {
        let mut out = Vec::new();
        let mut first = self.first;
        while first <= self.last {
            let last = first.last_of_month().min(self.last);
            out.push(Period {
                kind: PeriodKind::Month,
                label: format!("{:04}-{:02}", first.year(), first.month()),
                first,
                last,
            });
            first = first.last_of_month().tomorrow().expect("next month exists");
        }
        out
    }

    /// Whether the report shows a month-by-month trend: quarters, years and ranges longer
    /// than one month.
    pub fn has_trend(&self) -> bool {
        self.kind != PeriodKind::Month && self.months().len() > 1
    }

    /// The month before the one containing `day` (the monthly report's period).
    pub fn previous_month(day: Date) -> Period {
        let first = day
            .first_of_month()
            .yesterday()
            .expect("a previous day exists");
        Period::month(&format!("{:04}-{:02}", first.year(), first.month()))
            .expect("a computed month is valid")
    }
}

fn q_str(upper: &str) -> &str {
    upper.split_once('Q').map(|(_, q)| q).unwrap_or("")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods_parse_to_whole_days() {
        let m = Period::month("2026-11").unwrap();
        assert_eq!((m.first, m.last), (date(2026, 11, 1), date(2026, 11, 30)));
        let q = Period::quarter("2026Q4").unwrap();
        assert_eq!((q.first, q.last), (date(2026, 10, 1), date(2026, 12, 31)));
        assert_eq!(Period::quarter("2027q1").unwrap().last, date(2027, 3, 31));
        let fy = Period::fiscal_year("2026-27").unwrap();
        assert_eq!((fy.first, fy.last), (date(2026, 7, 1), date(2027, 6, 30)));
        assert_eq!(fy.months().len(), 12);
        assert_eq!(
            Period::fiscal_year("2099-00").unwrap().last,
            date(2100, 6, 30)
        );
        let r = Period::range(date(2026, 11, 20), date(2026, 12, 5)).unwrap();
        let months: Vec<_> = r.months().iter().map(|m| (m.first, m.last)).collect();
        assert_eq!(
            months,
            [
                (date(2026, 11, 20), date(2026, 11, 30)),
                (date(2026, 12, 1), date(2026, 12, 5))
            ]
        );
        assert!(r.has_trend() && q.has_trend() && !m.has_trend());
        assert_eq!(
            Period::previous_month(date(2027, 1, 3)).label,
            "2026-12".to_string()
        );
    }

    #[test]
    fn bad_periods_are_refused() {
        for v in ["2026-13", "2026-0", "26-11", "2026", "2026-11-01", "x"] {
            assert!(Period::month(v).is_err(), "{v}");
        }
        for v in ["2026Q5", "2026Q0", "2026-4", "Q4", "2026Q04"] {
            assert!(Period::quarter(v).is_err(), "{v}");
        }
        for v in ["2026-28", "2026-2027", "2026", "2026-7"] {
            assert!(Period::fiscal_year(v).is_err(), "{v}");
        }
        assert!(Period::range(date(2026, 11, 2), date(2026, 11, 1)).is_err());
    }

    #[test]
    fn bounds_are_local_midnights() {
        let tz = jiff::tz::db().get("Asia/Dhaka").unwrap();
        let (a, b) = Period::month("2026-11").unwrap().bounds(&tz);
        assert_eq!(a.to_string(), "2026-10-31T18:00:00Z");
        assert_eq!(b.to_string(), "2026-11-30T18:00:00Z");
    }
}

//! What the pages show, computed once per request: the user's language, dates and numbers
//! in it (Bengali digits in Bangla), and the deadline mark of a ticket (text, not colour
//! alone).

use jiff::Timestamp;
use jiff::civil::Date;

use crate::sla::Calendar;
use crate::text::bangla;

/// The page language: Bangla by default, English by the user's choice (remembered per user).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    /// Bangla (the default).
    Bn,
    /// English.
    En,
}

impl Lang {
    /// The language a stored or submitted code names (`bn`, `en`); `None` for anything else.
    pub fn parse(word: &str) -> Option<Lang> {
        match word {
            "bn" => Some(Lang::Bn),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The language's code, as stored and as the page's `lang` attribute.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Bn => "bn",
            Lang::En => "en",
        }
    }

    /// The other language (the switch's target).
    pub fn other(self) -> Lang {
        match self {
            Lang::Bn => Lang::En,
            Lang::En => Lang::Bn,
        }
    }

    /// One text in the page's language (templates: `l.t("…", "…")`).
    pub fn t<'a>(&self, bn: &'a str, en: &'a str) -> &'a str {
        match self {
            Lang::Bn => bn,
            Lang::En => en,
        }
    }

    /// A number as the language writes it.
    pub fn num(&self, n: impl std::borrow::Borrow<i64>) -> String {
        let n = *n.borrow();
        match self {
            Lang::Bn => bangla::digits(&n.to_string()),
            Lang::En => n.to_string(),
        }
    }

    /// A count with its thousands marked: `1,000` in English, `১,০০০` (and `১,০০,০০০`, the
    /// lakh) in Bangla.
    pub fn num_grouped(&self, n: i64) -> String {
        let digits = n.unsigned_abs().to_string();
        let mut groups: Vec<&str> = Vec::new();
        let mut rest = digits.as_str();
        // The last three digits, then threes (English) or twos (Bangla, South Asian style).
        let step = match self {
            Lang::Bn => 2,
            Lang::En => 3,
        };
        if rest.len() > 3 {
            let (head, tail) = rest.split_at(rest.len() - 3);
            groups.push(tail);
            rest = head;
            while rest.len() > step {
                let (head, tail) = rest.split_at(rest.len() - step);
                groups.push(tail);
                rest = head;
            }
        }
        groups.push(rest);
        groups.reverse();
        let sign = if n < 0 { "-" } else { "" };
        let text = format!("{sign}{}", groups.join(","));
        match self {
            Lang::Bn => bangla::digits(&text),
            Lang::En => text,
        }
    }

    /// A stored UTC time in the office's zone.
    pub fn time(&self, utc: &str, cal: &Calendar) -> String {
        let Ok(t) = utc.parse::<Timestamp>() else {
            return utc.to_string();
        };
        let z = t.to_zoned_datetime(cal.time_zone().clone());
        match self {
            Lang::Bn => format!(
                "{} {}",
                bangla::date(z.date()),
                bangla::digits(&z.strftime("%H:%M").to_string())
            ),
            Lang::En => z.strftime("%a %-d %b %Y %H:%M").to_string(),
        }
    }

    /// A date as the language writes it (Bangla month names and digits, or `Mon 7 Dec 2026`).
    pub fn date(&self, d: Date) -> String {
        match self {
            Lang::Bn => bangla::date(d),
            Lang::En => d.strftime("%a %-d %b %Y").to_string(),
        }
    }
}

/// How close a ticket's deadline is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    /// The deadline has passed.
    Overdue,
    /// Due before the end of today (office time).
    DueToday,
    /// Due on the next working day.
    NextWorkingDay,
    /// Due after the next working day.
    Later,
    /// No deadline (outside the charter, waiting for the officer's service).
    NoDeadline,
    /// Resolved or closed: the clock stopped.
    Done,
}

impl Mark {
    /// The mark of a ticket due at `due_at` (a stored UTC time) at `now`, working days counted by
    /// `cal`; an unreadable deadline counts as none.
    pub fn of(due_at: Option<&str>, done: bool, now: Timestamp, cal: &Calendar) -> Mark {
        if done {
            return Mark::Done;
        }
        let Some(due) = due_at.and_then(|d| d.parse::<Timestamp>().ok()) else {
            return Mark::NoDeadline;
        };
        if due <= now {
            return Mark::Overdue;
        }
        let tz = cal.time_zone().clone();
        let today = now.to_zoned_datetime(tz.clone()).date();
        let due_day = due.to_zoned_datetime(tz).date();
        if due_day <= today {
            return Mark::DueToday;
        }
        let mut next = today;
        for _ in 0..60 {
            match next.tomorrow() {
                Ok(d) => next = d,
                Err(_) => break,
            }
            if cal.is_working_day(next) {
                break;
            }
        }
        if due_day <= next {
            Mark::NextWorkingDay
        } else {
            Mark::Later
        }
    }

    /// The CSS class (colour) — always shown with [`Mark::label`] (text).
    pub fn class(self) -> &'static str {
        match self {
            Mark::Overdue => "overdue",
            Mark::DueToday => "today",
            Mark::NextWorkingDay => "next",
            Mark::Later => "later",
            Mark::NoDeadline => "none",
            Mark::Done => "done",
        }
    }

    /// The mark's words in `l`, shown with its colour.
    pub fn label(self, l: Lang) -> &'static str {
        match self {
            Mark::Overdue => l.t("সময় পেরিয়েছে", "Overdue"),
            Mark::DueToday => l.t("আজ শেষ দিন", "Due today"),
            Mark::NextWorkingDay => l.t("পরের কর্মদিবসে", "Due next working day"),
            Mark::Later => l.t("পরে", "Later"),
            Mark::NoDeadline => l.t("সময়সীমা নেই", "No deadline"),
            Mark::Done => l.t("নিষ্পন্ন", "Done"),
        }
    }
}

/// A stored status word in the page's language.
pub fn status_label(status: &str, l: Lang) -> &'static str {
    match status {
        "open" => l.t("খোলা", "Open"),
        "waiting" => l.t("নাগরিকের উত্তরের অপেক্ষায়", "Waiting for the citizen"),
        "resolved" => l.t("নিষ্পত্তি হয়েছে", "Resolved"),
        "closed" => l.t("বন্ধ", "Closed"),
        _ => l.t("অজানা", "Unknown"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::{Time, Weekday};

    fn cal() -> Calendar {
        Calendar::new(
            jiff::tz::db().get("Asia/Dhaka").unwrap(),
            vec![Weekday::Friday, Weekday::Saturday],
            Time::constant(17, 0, 0, 0),
        )
    }

    #[test]
    fn marks_follow_the_working_days() {
        let c = cal();
        // Thursday 3 Dec 2026, 10:00 Dhaka (04:00 UTC).
        let now: Timestamp = "2026-12-03T04:00:00Z".parse().unwrap();
        let m = |due: &str| Mark::of(Some(due), false, now, &c);
        assert_eq!(m("2026-12-02T11:00:00Z"), Mark::Overdue);
        assert_eq!(m("2026-12-03T11:00:00Z"), Mark::DueToday);
        // The next working day after Thursday is Sunday (Friday, Saturday: weekend).
        assert_eq!(m("2026-12-06T11:00:00Z"), Mark::NextWorkingDay);
        assert_eq!(m("2026-12-07T11:00:00Z"), Mark::Later);
        assert_eq!(Mark::of(None, false, now, &c), Mark::NoDeadline);
        assert_eq!(
            Mark::of(Some("2026-12-02T11:00:00Z"), true, now, &c),
            Mark::Done
        );
        assert_eq!(Mark::Overdue.label(Lang::En), "Overdue");
    }

    #[test]
    fn bangla_pages_write_bengali_digits() {
        assert_eq!(Lang::Bn.num(2026), "২০২৬");
        assert_eq!(Lang::En.num(2026), "2026");
        let t = Lang::Bn.time("2026-12-03T04:00:00Z", &cal());
        assert!(t.contains("৩ ডিসেম্বর ২০২৬") && t.contains("১০:০০"), "{t}");
    }

    #[test]
    fn counts_mark_their_thousands() {
        assert_eq!(Lang::En.num_grouped(0), "0");
        assert_eq!(Lang::En.num_grouped(999), "999");
        assert_eq!(Lang::En.num_grouped(1000), "1,000");
        assert_eq!(Lang::En.num_grouped(1_234_567), "1,234,567");
        assert_eq!(Lang::Bn.num_grouped(1000), "১,০০০");
        assert_eq!(Lang::Bn.num_grouped(100_000), "১,০০,০০০");
        assert_eq!(Lang::Bn.num_grouped(12_345_678), "১,২৩,৪৫,৬৭৮");
    }
}

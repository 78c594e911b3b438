//! Bangla text helpers for user-facing output: Bengali digits and dates written in Bangla.

use jiff::civil::{Date, Time, Weekday};

const DIGITS: [char; 10] = ['০', '১', '২', '৩', '৪', '৫', '৬', '৭', '৮', '৯'];

/// Writes every ASCII digit as a Bengali digit (for numbers inside Bangla sentences).
pub fn digits(text: &str) -> String {
    text.chars()
        .map(|c| match c.to_digit(10) {
            Some(d) if c.is_ascii_digit() => DIGITS[d as usize],
            _ => c,
        })
        .collect()
}

/// Writes every Bengali digit as an ASCII digit (to parse what citizens type).
pub fn fold_digits(text: &str) -> String {
    text.chars()
        .map(|c| match DIGITS.iter().position(|d| *d == c) {
            Some(i) => char::from(b'0' + i as u8),
            None => c,
        })
        .collect()
}

const MONTHS: [&str; 12] = [
    "জানুয়ারি",
    "ফেব্রুয়ারি",
    "মার্চ",
    "এপ্রিল",
    "মে",
    "জুন",
    "জুলাই",
    "আগস্ট",
    "সেপ্টেম্বর",
    "অক্টোবর",
    "নভেম্বর",
    "ডিসেম্বর",
];

/// The Bangla name of a month (1–12) of the Gregorian calendar.
pub fn month_name(month: i8) -> &'static str {
    MONTHS[(month.clamp(1, 12) - 1) as usize]
}

/// The Bangla name of a weekday (`রবিবার` for Sunday …), for dates in Bangla sentences.
pub fn weekday(day: Weekday) -> &'static str {
    match day {
        Weekday::Sunday => "রবিবার",
        Weekday::Monday => "সোমবার",
        Weekday::Tuesday => "মঙ্গলবার",
        Weekday::Wednesday => "বুধবার",
        Weekday::Thursday => "বৃহস্পতিবার",
        Weekday::Friday => "শুক্রবার",
        Weekday::Saturday => "শনিবার",
    }
}

/// `৩ ডিসেম্বর ২০২৬, বৃহস্পতিবার`
pub fn date(d: Date) -> String {
    format!(
        "{} {} {}, {}",
        digits(&d.day().to_string()),
        MONTHS[d.month() as usize - 1],
        digits(&d.year().to_string()),
        weekday(d.weekday())
    )
}

/// `বিকাল ৫টা`, `সকাল ৯টা ৩০ মিনিট`: the way an office letter names a time of day.
pub fn time_of_day(t: Time) -> String {
    let hour = t.hour();
    let period = match hour {
        4..=5 => "ভোর",
        6..=11 => "সকাল",
        12..=14 => "দুপুর",
        15..=17 => "বিকাল",
        18..=19 => "সন্ধ্যা",
        _ => "রাত",
    };
    let h12 = match hour % 12 {
        0 => 12,
        h => h,
    };
    let mut s = format!("{period} {}টা", digits(&h12.to_string()));
    if t.minute() != 0 {
        s.push_str(&format!(" {} মিনিট", digits(&t.minute().to_string())));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::{date as d, time};

    #[test]
    fn digits_both_ways() {
        assert_eq!(digits("MEL-2026 ৭"), "MEL-২০২৬ ৭");
        assert_eq!(fold_digits("২০২৬-০০১"), "2026-001");
    }

    #[test]
    fn dates_in_bangla() {
        assert_eq!(date(d(2026, 12, 3)), "৩ ডিসেম্বর ২০২৬, বৃহস্পতিবার");
        assert_eq!(time_of_day(time(17, 0, 0, 0)), "বিকাল ৫টা");
        assert_eq!(time_of_day(time(9, 30, 0, 0)), "সকাল ৯টা ৩০ মিনিট");
    }
}

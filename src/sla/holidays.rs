//! Public holiday calendar: loads `config/holidays/*.toml`.
//!
//! # Format
//!
//! Each file holds one calendar year (by convention it is named `YYYY.toml`):
//!
//! ```toml
//! year = 2026
//!
//! [[holiday]]
//! date = "2026-02-21"          # YYYY-MM-DD, must fall in `year`
//! name_bn = "শহীদ দিবস ও আন্তর্জাতিক মাতৃভাষা দিবস"   # must contain Bengali script
//! name_en = "Shaheed Day and International Mother Language Day"
//! kind = "general"             # general | executive-order | optional
//! lunar = true                 # optional, default false: the date depends on the moon
//! declared = "2026-01-25"      # optional: when the government declared it
//! ```
//!
//! A date may appear only once across all files. A day that carries two holidays
//! (say May Day and Buddha Purnima) is one entry with both names. Unknown keys are
//! rejected, so a misspelt `lunr = true` is an error rather than silently ignored.
//!
//! # The rule
//!
//! The office is closed on a listed date whose kind is `general` (সাধারণ ছুটি) or
//! `executive-order` (নির্বাহী আদেশে ছুটি). An `optional` holiday (ঐচ্ছিক ছুটি) is one
//! that an individual officer may take; the office stays open, so it must not stop the
//! charter (SLA) clock: always filter with [`HolidayKind::closes_office`]. The weekly
//! days off (Friday and Saturday) are not listed in these files; they are a separate rule
//! of the working-day calculation.
//!
//! # Why effective dating (`declared`)
//!
//! The annual list is notified before the year begins, but the government also declares
//! holidays during the year (election days, an extra day of Eid leave), and the moon can
//! move a lunar holiday. A ticket's charter deadline is computed, and told to the
//! citizen, on the day the application arrives. If a holiday declared later were applied
//! to it, re-computing that deadline would give a different answer from the one on
//! record. The `declared` date lets the SLA code choose: count only what was known when
//! the deadline was set ([`Holiday::known_on`]), or apply every holiday, and
//! still explain a moved deadline in an audit. Entries from the annual list have no
//! `declared` date and count as known from the start.
//!
//! This module only reads and checks the files. It does not count working days.

use std::collections::BTreeMap;
use std::path::Path;

use jiff::civil::Date;

/// One holiday, from one `[[holiday]]` entry of a file.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Holiday {
    /// The civil date (Asia/Dhaka) of the holiday.
    pub date: Date,
    /// Name in Bangla, as in the government notification.
    pub name_bn: String,
    /// Name in English.
    pub name_en: String,
    /// General, executive-order or optional.
    pub kind: HolidayKind,
    /// The date depends on the moon (moon sighting or almanac) and may move.
    pub lunar: bool,
    /// When the government declared it, for holidays added during the year.
    pub declared: Option<Date>,
}

impl Holiday {
    /// True if the office is closed on this holiday (see [`HolidayKind::closes_office`]).
    #[must_use]
    pub fn closes_office(&self) -> bool {
        self.kind.closes_office()
    }

    /// True if the holiday had been declared by `day`. Holidays without a `declared`
    /// date come from the annual list and are always known.
    #[must_use]
    pub fn known_on(&self, day: Date) -> bool {
        self.declared.is_none_or(|declared| declared <= day)
    }
}

/// How the government grants the holiday.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum HolidayKind {
    /// সাধারণ ছুটি: general (public) holiday. The office is closed.
    General,
    /// নির্বাহী আদেশে ছুটি: holiday by executive order. The office is closed.
    ExecutiveOrder,
    /// ঐচ্ছিক ছুটি: optional holiday an officer may take. The office stays open.
    Optional,
}

impl HolidayKind {
    /// The spellings accepted in the files, in the order of the variants.
    const NAMES: [(&'static str, HolidayKind); 3] = [
        ("general", HolidayKind::General),
        ("executive-order", HolidayKind::ExecutiveOrder),
        ("optional", HolidayKind::Optional),
    ];

    /// True for general and executive-order holidays; false for optional ones, which do
    /// not close the office and so do not stop the charter clock.
    #[must_use]
    pub fn closes_office(self) -> bool {
        match self {
            HolidayKind::General | HolidayKind::ExecutiveOrder => true,
            HolidayKind::Optional => false,
        }
    }

    /// The spelling used in the files: `general`, `executive-order` or `optional`.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            HolidayKind::General => "general",
            HolidayKind::ExecutiveOrder => "executive-order",
            HolidayKind::Optional => "optional",
        }
    }

    fn from_name(name: &str) -> Option<Self> {
        Self::NAMES
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, kind)| *kind)
    }
}

/// Why a holiday folder or file could not be loaded. Every message is one line and
/// names the file (and, where it can, the line) to fix.
#[derive(Debug, thiserror::Error)]
pub enum HolidayError {
    /// The folder or a file could not be read (missing, permissions, not UTF-8).
    #[error("cannot read {path}: {source}")]
    Read {
        /// The folder or file that could not be read.
        path: String,
        /// The I/O error from the operating system.
        #[source]
        source: std::io::Error,
    },
    /// The file is not valid TOML, or a key has the wrong type or is unknown.
    #[error("{path}: {message}")]
    Parse {
        /// The holiday file.
        path: String,
        /// The TOML parser's message, with the line where it can tell.
        message: String,
    },
    /// The file parses but its content is wrong: a date outside `year`, a date listed
    /// twice, an unknown kind, a missing Bangla name, and so on.
    #[error("{path}: {message}")]
    Invalid {
        /// The holiday file.
        path: String,
        /// What is wrong, naming the date or key.
        message: String,
    },
}

/// Loads every `*.toml` file in `dir` (in file-name order), validates each, and returns
/// all holidays sorted by date.
///
/// Other files (such as `README.md`) and subfolders are ignored.
///
/// # Errors
///
/// The folder is missing or unreadable ([`HolidayError::Read`]); it holds no `*.toml`
/// file; a file fails [`parse_file`]; a file named like a year (`2026.toml`) declares
/// another `year`; or a date is listed in two files (the error names both files).
pub fn load_dir(dir: &Path) -> Result<Vec<Holiday>, HolidayError> {
    let read_err = |path: &Path, source| HolidayError::Read {
        path: path.display().to_string(),
        source,
    };
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(|e| read_err(dir, e))? {
        let path = entry.map_err(|e| read_err(dir, e))?.path();
        if path.extension().is_some_and(|ext| ext == "toml") && path.is_file() {
            files.push(path);
        }
    }
    if files.is_empty() {
        return Err(HolidayError::Invalid {
            path: dir.display().to_string(),
            message: "no *.toml holiday files in this folder".to_owned(),
        });
    }
    files.sort_by(|a, b| a.file_name().cmp(&b.file_name()));

    // date -> file that listed it first
    let mut seen: BTreeMap<Date, String> = BTreeMap::new();
    let mut all = Vec::new();
    for path in &files {
        let shown = path.display().to_string();
        let text = crate::small_file::read_to_string(path).map_err(|e| read_err(path, e))?;
        let holidays = parse_file(&text, &shown)?;

        // A file named like a year must hold that year.
        let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
        if let (Ok(named), Some(first)) = (stem.parse::<i16>(), holidays.first())
            && first.date.year() != named
        {
            return Err(HolidayError::Invalid {
                path: shown,
                message: format!(
                    "the file is named for {named} but holds year {}",
                    first.date.year()
                ),
            });
        }

        for holiday in &holidays {
            if let Some(other) = seen.get(&holiday.date) {
                return Err(HolidayError::Invalid {
                    path: shown,
                    message: format!("{} is also listed in {other}", holiday.date),
                });
            }
            seen.insert(holiday.date, shown.clone());
        }
        all.extend(holidays);
    }
    all.sort_by_key(|h| h.date);
    Ok(all)
}

/// Parses and validates the text of one holiday file; returns its holidays sorted by
/// date. `path_for_errors` only labels error messages.
///
/// # Errors
///
/// [`HolidayError::Parse`] if the text is not TOML of the expected shape,
/// [`HolidayError::Invalid`] if a check fails. Checks: valid TOML with only the known keys; `year` present; at least one
/// `[[holiday]]`; each `date` (and `declared`) a real `YYYY-MM-DD` date (a quoted string
/// or a bare TOML date); each `date` inside `year`; no date twice; `kind` one of
/// `general`, `executive-order`, `optional`; both names non-empty; `name_bn` written in
/// Bengali script; `declared` not after `date`.
pub fn parse_file(text: &str, path_for_errors: &str) -> Result<Vec<Holiday>, HolidayError> {
    let raw: RawFile = toml::from_str(text).map_err(|e| HolidayError::Parse {
        path: path_for_errors.to_owned(),
        message: one_line_toml_error(text, &e),
    })?;
    let invalid = |span: std::ops::Range<usize>, message: String| HolidayError::Invalid {
        path: path_for_errors.to_owned(),
        message: format!("line {}: {message}", line_of(text, span.start)),
    };

    let year = i16::try_from(*raw.year.get_ref())
        .ok()
        .filter(|y| (1..=9999).contains(y))
        .ok_or_else(|| {
            invalid(
                raw.year.span(),
                format!("year {} is out of range", raw.year.get_ref()),
            )
        })?;
    if raw.holiday.is_empty() {
        return Err(HolidayError::Invalid {
            path: path_for_errors.to_owned(),
            message: format!("no [[holiday]] entries for {year}"),
        });
    }

    let mut first_line: BTreeMap<Date, usize> = BTreeMap::new();
    let mut holidays = Vec::with_capacity(raw.holiday.len());
    for entry in raw.holiday {
        let date_span = entry.date.span();
        let date = toml_date(entry.date.get_ref()).map_err(|m| invalid(date_span.clone(), m))?;
        let what = format!("holiday on {date}");
        if date.year() != year {
            return Err(invalid(date_span, format!("{what} is not in year {year}")));
        }
        let line = line_of(text, date_span.start);
        if let Some(first) = first_line.insert(date, line) {
            return Err(invalid(
                date_span,
                format!("{date} is listed twice (first at line {first})"),
            ));
        }

        holidays.push(entry_checked(entry, date, &what, &invalid)?);
    }
    holidays.sort_by_key(|h| h.date);
    Ok(holidays)
}

/// One `[[holiday]]` entry whose date is checked already: its kind, its names (the Bangla
/// one in Bengali script) and the date it was declared (not after the holiday).
fn entry_checked(
    entry: RawHoliday,
    date: Date,
    what: &str,
    invalid: &impl Fn(std::ops::Range<usize>, String) -> HolidayError,
) -> Result<Holiday, HolidayError> {
    let kind = HolidayKind::from_name(entry.kind.get_ref()).ok_or_else(|| {
        let names: Vec<&str> = HolidayKind::NAMES.iter().map(|(n, _)| *n).collect();
        invalid(
            entry.kind.span(),
            format!(
                "{what}: unknown kind {:?} (expected {})",
                entry.kind.get_ref(),
                names.join(", ")
            ),
        )
    })?;

    let name_bn = entry.name_bn.get_ref().trim().to_owned();
    if !name_bn.chars().any(is_bengali) {
        return Err(invalid(
            entry.name_bn.span(),
            format!("{what}: name_bn must be written in Bengali script"),
        ));
    }
    let name_en = entry.name_en.get_ref().trim().to_owned();
    if name_en.is_empty() {
        return Err(invalid(
            entry.name_en.span(),
            format!("{what}: name_en is empty"),
        ));
    }

    let declared = match entry.declared {
        None => None,
        Some(spanned) => {
            let d = toml_date(spanned.get_ref())
                .map_err(|m| invalid(spanned.span(), format!("declared: {m}")))?;
            if d > date {
                return Err(invalid(
                    spanned.span(),
                    format!("{what}: declared date {d} is after the holiday"),
                ));
            }
            Some(d)
        }
    };

    Ok(Holiday {
        date,
        name_bn,
        name_en,
        kind,
        lunar: entry.lunar,
        declared,
    })
}

/// The file as written; checked and converted by [`parse_file`].
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    year: toml::Spanned<i64>,
    #[serde(default)]
    holiday: Vec<RawHoliday>,
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct RawHoliday {
    date: toml::Spanned<toml::Value>,
    name_bn: toml::Spanned<String>,
    name_en: toml::Spanned<String>,
    kind: toml::Spanned<String>,
    #[serde(default)]
    lunar: bool,
    #[serde(default)]
    declared: Option<toml::Spanned<toml::Value>>,
}

/// A date written as `"2026-02-21"` or as a bare TOML local date `2026-02-21`.
fn toml_date(value: &toml::Value) -> Result<Date, String> {
    match value {
        toml::Value::String(s) => {
            let b = s.as_bytes();
            let shaped = b.len() == 10
                && b.iter().enumerate().all(|(i, c)| {
                    if i == 4 || i == 7 {
                        *c == b'-'
                    } else {
                        c.is_ascii_digit()
                    }
                });
            if !shaped {
                return Err(format!("{s:?} is not a date in YYYY-MM-DD form"));
            }
            s.parse::<Date>()
                .map_err(|e| format!("{s:?} is not a valid date ({e})"))
        }
        toml::Value::Datetime(dt) => match (dt.date, dt.time, dt.offset) {
            (Some(d), None, None) => i16::try_from(d.year)
                .ok()
                .and_then(|y| {
                    Date::new(y, i8::try_from(d.month).ok()?, i8::try_from(d.day).ok()?).ok()
                })
                .ok_or_else(|| format!("{dt} is not a valid date")),
            _ => Err(format!(
                "{dt} has a time; write only the date, like \"2026-02-21\""
            )),
        },
        other => Err(format!(
            "expected a date like \"2026-02-21\", found a {}",
            other.type_str()
        )),
    }
}

/// The Bengali Unicode block (U+0980..U+09FF).
fn is_bengali(c: char) -> bool {
    ('\u{0980}'..='\u{09FF}').contains(&c)
}

/// 1-based line number of a byte offset.
fn line_of(text: &str, offset: usize) -> usize {
    let end = offset.min(text.len());
    text.as_bytes()[..end]
        .iter()
        .filter(|b| **b == b'\n')
        .count()
        + 1
}

/// `line L, column C: message`, on one line (the toml crate's own `Display` spans
/// several lines with a source excerpt).
fn one_line_toml_error(text: &str, err: &toml::de::Error) -> String {
    let message = err
        .message()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    match err.span() {
        Some(span) => {
            let mut start = span.start.min(text.len());
            while !text.is_char_boundary(start) {
                start -= 1;
            }
            let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
            let column = text[line_start..start].chars().count() + 1;
            format!("line {}, column {column}: {message}", line_of(text, start))
        }
        None => message,
    }
}

#[cfg(test)]
#[path = "holidays_tests.rs"]
mod tests;

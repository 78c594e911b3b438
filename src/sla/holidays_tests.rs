//! Tests of the holiday files: parsing, validation and the calendar they make.

use super::*;
use jiff::civil::date;

const SAMPLE: &str = r#"
# comment
year = 2026

[[holiday]]
date = "2026-03-26"
name_bn = "স্বাধীনতা ও জাতীয় দিবস"
name_en = "Independence and National Day"
kind = "general"

[[holiday]]
date = 2026-02-11
name_bn = "নির্বাচন উপলক্ষে ছুটি"
name_en = "Election holiday"
kind = "executive-order"
declared = "2026-01-25"

[[holiday]]
date = "2026-03-21"
name_bn = "ঈদুল ফিতর"
name_en = "Eid-ul-Fitr"
kind = "general"
lunar = true

[[holiday]]
date = "2026-12-24"
name_bn = "বড়দিনের আগের দিন"
name_en = "Christmas Eve"
kind = "optional"
"#;

fn entry(date: &str, kind: &str) -> String {
    format!(
        "\n[[holiday]]\ndate = \"{date}\"\nname_bn = \"ছুটি\"\nname_en = \"Holiday\"\nkind = \"{kind}\"\n"
    )
}

fn invalid_message(result: Result<Vec<Holiday>, HolidayError>) -> String {
    match result {
        Err(HolidayError::Invalid { message, .. }) => message,
        other => panic!("expected Invalid, got {other:?}"),
    }
}

#[test]
fn parses_sample_sorted_with_all_fields() {
    let got = parse_file(SAMPLE, "sample.toml").unwrap();
    let dates: Vec<Date> = got.iter().map(|h| h.date).collect();
    assert_eq!(
        dates,
        [
            date(2026, 2, 11),
            date(2026, 3, 21),
            date(2026, 3, 26),
            date(2026, 12, 24)
        ]
    );
    assert_eq!(
        got[0],
        Holiday {
            date: date(2026, 2, 11),
            name_bn: "নির্বাচন উপলক্ষে ছুটি".into(),
            name_en: "Election holiday".into(),
            kind: HolidayKind::ExecutiveOrder,
            lunar: false,
            declared: Some(date(2026, 1, 25)),
        }
    );
    assert!(got[1].lunar);
    assert_eq!(got[1].kind, HolidayKind::General);
    assert_eq!(got[2].declared, None);
    assert_eq!(got[3].kind, HolidayKind::Optional);
}

#[test]
fn optional_holidays_do_not_close_the_office() {
    assert!(HolidayKind::General.closes_office());
    assert!(HolidayKind::ExecutiveOrder.closes_office());
    assert!(!HolidayKind::Optional.closes_office());
    let got = parse_file(SAMPLE, "sample.toml").unwrap();
    let closed: Vec<Date> = got
        .iter()
        .filter(|h| h.closes_office())
        .map(|h| h.date)
        .collect();
    assert!(!closed.contains(&date(2026, 12, 24)));
    assert_eq!(closed.len(), 3);
}

#[test]
fn known_on_follows_declared_date() {
    let got = parse_file(SAMPLE, "sample.toml").unwrap();
    let election = &got[0];
    assert!(!election.known_on(date(2026, 1, 24)));
    assert!(election.known_on(date(2026, 1, 25)));
    assert!(
        got[2].known_on(date(2020, 1, 1)),
        "annual-list holidays are always known"
    );
}

#[test]
fn rejects_date_outside_the_year() {
    let text = format!("year = 2026\n{}", entry("2025-12-31", "general"));
    let msg = invalid_message(parse_file(&text, "2026.toml"));
    assert!(
        msg.contains("2025-12-31") && msg.contains("not in year 2026"),
        "{msg}"
    );
    assert!(msg.starts_with("line 4:"), "{msg}");
}

#[test]
fn rejects_duplicate_date_in_one_file() {
    let text = format!(
        "year = 2026\n{}{}",
        entry("2026-02-21", "general"),
        entry("2026-02-21", "executive-order")
    );
    let msg = invalid_message(parse_file(&text, "2026.toml"));
    assert!(
        msg.contains("2026-02-21 is listed twice (first at line 4)"),
        "{msg}"
    );
}

#[test]
fn rejects_unknown_kind() {
    let text = format!("year = 2026\n{}", entry("2026-02-21", "genral"));
    let msg = invalid_message(parse_file(&text, "2026.toml"));
    assert!(msg.contains("unknown kind \"genral\""), "{msg}");
    assert!(msg.contains("general, executive-order, optional"), "{msg}");
}

#[test]
fn rejects_bad_dates_and_names() {
    for bad in ["2026-02-30", "2026-2-21", "21-02-2026", "2026-02-21T00:00"] {
        let text = format!("year = 2026\n{}", entry(bad, "general"));
        let msg = invalid_message(parse_file(&text, "f"));
        assert!(msg.contains(bad), "{bad}: {msg}");
    }
    let latin = "year = 2026\n[[holiday]]\ndate = \"2026-02-21\"\nname_bn = \"Shaheed Dibosh\"\nname_en = \"x\"\nkind = \"general\"\n";
    assert!(invalid_message(parse_file(latin, "f")).contains("Bengali script"));
    let late = format!(
        "year = 2026\n{}declared = \"2026-03-01\"\n",
        entry("2026-02-21", "general")
    );
    assert!(invalid_message(parse_file(&late, "f")).contains("after the holiday"));
    assert!(invalid_message(parse_file("year = 2026\n", "f")).contains("no [[holiday]]"));
}

#[test]
fn parse_errors_are_one_line_with_position() {
    for text in [
        "year = 2026\n[[holiday]]\ndate = \"2026-02-21\"\nname_bn = \"ক\"\nname_en = \"x\"\nkind = general\n",
        // unknown key (typo) is not silently ignored
        &format!(
            "year = 2026\n{}lunr = true\n",
            entry("2026-02-21", "general")
        ),
        // missing `year`
        &entry("2026-02-21", "general"),
    ] {
        match parse_file(text, "2026.toml") {
            Err(e @ HolidayError::Parse { .. }) => {
                let shown = e.to_string();
                assert!(!shown.contains('\n'), "{shown}");
                assert!(shown.starts_with("2026.toml: "), "{shown}");
            }
            other => panic!("expected Parse, got {other:?}"),
        }
    }
    let err = parse_file("year = 2026\nkind = = 1\n", "f")
        .unwrap_err()
        .to_string();
    assert!(err.contains("line 2, column"), "{err}");
}

#[test]
fn serializes_dates_and_kinds_as_in_the_files() {
    let got = parse_file(SAMPLE, "sample.toml").unwrap();
    let json = serde_json::to_value(&got[0]).unwrap();
    assert_eq!(json["date"], "2026-02-11");
    assert_eq!(json["kind"], "executive-order");
    assert_eq!(json["declared"], "2026-01-25");
}

#[test]
fn load_dir_merges_sorts_and_ignores_other_files() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path();
    std::fs::write(
        p.join("2027.toml"),
        format!("year = 2027\n{}", entry("2027-02-21", "general")),
    )
    .unwrap();
    std::fs::write(
        p.join("2026.toml"),
        format!("year = 2026\n{}", entry("2026-12-16", "general")),
    )
    .unwrap();
    std::fs::write(p.join("README.md"), "not toml").unwrap();
    std::fs::create_dir(p.join("old.toml")).unwrap();
    let got = load_dir(p).unwrap();
    let dates: Vec<Date> = got.iter().map(|h| h.date).collect();
    assert_eq!(dates, [date(2026, 12, 16), date(2027, 2, 21)]);
}

#[test]
fn load_dir_rejects_a_date_in_two_files_naming_both() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path();
    std::fs::write(
        p.join("2026.toml"),
        format!("year = 2026\n{}", entry("2026-08-05", "general")),
    )
    .unwrap();
    std::fs::write(
        p.join("2026-declared.toml"),
        format!("year = 2026\n{}", entry("2026-08-05", "executive-order")),
    )
    .unwrap();
    let err = load_dir(p).unwrap_err().to_string();
    assert!(
        err.contains("2026-declared.toml") && err.contains("2026.toml"),
        "{err}"
    );
    assert!(err.contains("2026-08-05 is also listed in"), "{err}");
}

#[test]
fn load_dir_checks_file_name_against_year() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("2027.toml"),
        format!("year = 2026\n{}", entry("2026-02-21", "general")),
    )
    .unwrap();
    let err = load_dir(dir.path()).unwrap_err().to_string();
    assert!(err.contains("named for 2027 but holds year 2026"), "{err}");
}

#[test]
fn load_dir_missing_or_empty_folder_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("nope");
    assert!(matches!(load_dir(&missing), Err(HolidayError::Read { .. })));
    assert!(matches!(
        load_dir(dir.path()),
        Err(HolidayError::Invalid { .. })
    ));
}

/// The shipped data in `config/holidays` loads and looks sane.
#[test]
fn shipped_holiday_files_load() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("config/holidays");
    let all = load_dir(&dir).unwrap_or_else(|e| panic!("{e}"));
    for year in [2026, 2027] {
        let of_year: Vec<&Holiday> = all.iter().filter(|h| h.date.year() == year).collect();
        for (m, d) in [(2, 21), (3, 26), (12, 16)] {
            let day = date(year, m, d);
            assert!(
                of_year.iter().any(|h| h.date == day && h.closes_office()),
                "{day} missing"
            );
        }
        let closed = of_year.iter().filter(|h| h.closes_office()).count();
        assert!(closed >= 14, "{year}: only {closed} closed days");
    }
    for h in &all {
        assert!(
            h.name_bn.chars().any(is_bengali),
            "{}: {}",
            h.date,
            h.name_bn
        );
        assert!(!h.name_en.is_empty());
    }
}

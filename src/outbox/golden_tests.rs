//! The golden mails: every kind of mail sebadesk sends, rendered with fixed sample data (a
//! fixed clock, fixed references and tokens), compared byte for byte with
//! `tests/fixtures/mails/NAME.txt` (the subject line, a blank line, then the text).
//!
//! The fixtures were written from the code as it was before the words moved into template
//! files (issue 16 point 7): the shipped templates must give the same mails. To rewrite them
//! after an intended change of wording: `SEBADESK_BLESS=1 cargo test --lib golden`, and let
//! the diff show the change.

use std::path::PathBuf;

use super::render::RenderedMail;
use crate::config::OfficeConfig;
use crate::domain::EmailAddress;

pub(crate) fn sample_office() -> OfficeConfig {
    OfficeConfig {
        code: "MEL".into(),
        name_bn: "উপজেলা আইসিটি অফিস, মেলান্দহ, জামালপুর".into(),
        name_en: "Upazila ICT Office, Melandaha, Jamalpur".into(),
        address: EmailAddress::parse("ict.melandaha@office.test").unwrap(),
        officer_name: "Upazila ICT Officer".into(),
        officer_name_bn: "উপজেলা আইসিটি অফিসার".into(),
        officer_email: EmailAddress::parse("officer@office.test").unwrap(),
        officer_phone: "+880 1000-000123".into(),
        timezone: jiff::tz::db().get("Asia/Dhaka").unwrap(),
        timezone_name: "Asia/Dhaka".into(),
        primary: true,
        templates: crate::templates::Templates::shipped(),
    }
}

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/mails")
        .join(format!("{name}.txt"))
}

fn shown(m: &RenderedMail) -> String {
    format!("Subject: {}\n\n{}", m.subject, m.text)
}

#[test]
fn golden_every_mail_kind_is_as_the_fixture() {
    let bless = std::env::var_os("SEBADESK_BLESS").is_some();
    let mut wrong = Vec::new();
    let samples = super::samples::all(&sample_office());
    assert_eq!(samples.len(), 24);
    for sample in samples {
        let name = sample.name;
        let got = shown(&sample.mail.unwrap());
        let path = fixture(name);
        if bless {
            std::fs::write(&path, &got).unwrap();
            continue;
        }
        let want =
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        if got != want {
            eprintln!("--- {name}: want\n{want}\n--- got\n{got}");
            wrong.push(name);
        }
    }
    assert!(
        wrong.is_empty(),
        "mails differ from their fixtures: {wrong:?}"
    );
}

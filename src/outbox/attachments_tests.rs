//! Tests of `attachments`.

use super::*;
use crate::store::attachments::ForwardedAttachment;

#[test]
fn programs_scripts_and_archives_are_never_forwarded() {
    for (name, t) in [
        ("setup.exe", "application/octet-stream"),
        ("invoice.pdf.exe", "application/pdf"),
        ("run.BAT", "text/plain"),
        ("x.cmd", "text/plain"),
        ("a.js", "text/plain"),
        ("a.vbs", "text/plain"),
        ("a.scr", "image/jpeg"),
        ("a.msi", "application/octet-stream"),
        ("bomb.zip", "application/octet-stream"),
        ("photos", "application/zip"),
        ("photos", "application/x-zip-compressed"),
        ("a.rar", "application/octet-stream"),
        ("a.7z", "application/octet-stream"),
        ("a.tar.gz", "application/octet-stream"),
        ("a", "application/gzip"),
        ("a", "application/x-tar"),
        ("a", "application/x-msdownload"),
        ("a", "text/javascript"),
        (
            "budget.xlsm",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ),
    ] {
        assert!(is_risky(name, t), "{name} {t}");
    }
    for (name, t) in [
        ("application.pdf", "application/pdf"),
        ("lab.jpg", "image/jpeg"),
        (
            "form.docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ),
        (
            "list.xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ),
        ("note.txt", "text/plain"),
        (
            "template.odt",
            "application/vnd.oasis.opendocument.text-template",
        ),
    ] {
        assert!(!is_risky(name, t), "{name} {t}");
    }
}

#[test]
fn the_forwarding_budget_is_kept_in_order() {
    let items = vec![
        (
            1,
            "a.pdf".to_string(),
            "application/pdf".to_string(),
            6_000_000,
        ),
        (2, "b.zip".to_string(), "application/zip".to_string(), 10),
        (3, "c.jpg".to_string(), "image/jpeg".to_string(), 5_000_000),
        (4, "d.jpg".to_string(), "image/jpeg".to_string(), 3_000_000),
    ];
    let l = Listing::plan("MEL-2026-000007", items, 2, 10_000_000);
    let fates: Vec<Fate> = l.items.iter().map(|i| i.fate).collect();
    assert_eq!(
        fates,
        [Fate::Attached, Fate::Risky, Fate::TooLarge, Fate::Attached]
    );
    assert_eq!(l.attached(), vec![1, 4]);
    let en = l.en();
    assert!(
        en.contains("Attachments: 4 (2 attached to this e-mail)"),
        "{en}"
    );
    assert!(en.contains("sebadesk tickets attachment MEL-2026-000007 N --out FILE"));
    assert!(en.contains("2 more attachments"));
    let bn = l.bn();
    assert!(bn.starts_with("সংযুক্তি: ৪টি (২টি এই ই-মেইলে সংযুক্ত)"), "{bn}");
    assert!(
        !bn.chars()
            .any(|c| c.is_ascii_digit() && !bn.contains("000007"))
    );
    // Nothing forwarded when the budget is 0, not even an empty file.
    let empty = Listing::plan("X", vec![(1, "e.txt".into(), "text/plain".into(), 0)], 0, 0);
    assert_eq!(empty.items[0].fate, Fate::TooLarge);
    let l = Listing::plan(
        "MEL-2026-000007",
        vec![(1, "a.pdf".into(), "application/pdf".into(), 1)],
        0,
        0,
    );
    assert!(l.attached().is_empty());
    assert!(Listing::plan("X", Vec::new(), 0, 10).bn().is_empty());
}

#[test]
fn attached_parts_arrive_byte_identical_and_the_text_stays() {
    let office = crate::config::OfficeConfig {
        code: "MEL".into(),
        name_bn: "অফিস".into(),
        name_en: "Office".into(),
        address: crate::domain::EmailAddress::parse("desk@office.test").unwrap(),
        officer_name: String::new(),
        officer_name_bn: String::new(),
        officer_email: crate::domain::EmailAddress::parse("officer@office.test").unwrap(),
        officer_phone: String::new(),
        timezone: jiff::tz::db().get("Asia/Dhaka").unwrap(),
        timezone_name: "Asia/Dhaka".into(),
        primary: true,
        templates: crate::templates::Templates::shipped(),
    };
    let now: jiff::Timestamp = "2026-11-29T04:00:00Z".parse().unwrap();
    let text = "নতুন আবেদন এসেছে।\n\nA new request has arrived.\n";
    let raw = super::super::render::build(
        &super::super::render::Outgoing {
            office: &office,
            to: &office.officer_email,
            to_name: None,
            subject: "[MEL-2026-000007/tok] নতুন আবেদন / New request",
            text,
            message_id: "sebadesk.x@office.test",
            in_reply_to: None,
            references: &[],
        },
        now,
    )
    .unwrap();
    let pdf: Vec<u8> = (0..2_000_000u32)
        .map(|i| (i.wrapping_mul(2654435761) >> 13) as u8)
        .collect();
    let parts = vec![
        ForwardedAttachment {
            n: 1,
            name: "আবেদন পত্র.pdf".into(),
            content_type: "application/pdf".into(),
            data: pdf.clone(),
        },
        ForwardedAttachment {
            n: 2,
            name: "ফাইল\r\nBcc: x@y".into(),
            content_type: "text/plain".into(),
            data: b"bare\nlines\n".to_vec(),
        },
    ];
    let out = attach(&raw, &parts).unwrap();
    let m = mail_parser::MessageParser::default().parse(&out).unwrap();
    assert_eq!(m.message_id(), Some("sebadesk.x@office.test"));
    assert!(m.header("Auto-Submitted").is_some());
    assert!(m.header("Bcc").is_none());
    assert_eq!(
        m.body_text(0).unwrap().replace("\r\n", "\n").trim_end(),
        text.trim_end()
    );
    let got: Vec<(Option<&str>, &[u8])> = m
        .attachments()
        .map(|a| (mail_parser::MimeHeaders::attachment_name(a), a.contents()))
        .collect();
    assert_eq!(got.len(), 2);
    assert_eq!(got[0].0, Some("আবেদন পত্র.pdf"));
    assert!(got[0].1 == pdf.as_slice(), "the PDF's bytes changed");
    assert_eq!(got[1].0, Some("ফাইল Bcc_ x@y"));
    assert_eq!(got[1].1, b"bare\nlines\n");
    assert_eq!(attach(&raw, &[]).unwrap(), raw);
}

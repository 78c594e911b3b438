//! Tests of `conversation`.

use super::*;

#[test]
fn the_excerpt_is_the_new_text_only_safe_and_cut() {
    let body = "Please send the EIIN.\r\n\r\n\r\nThanks\r\n-- \r\nRahim\r\n+880 1\r\n";
    assert_eq!(
        excerpt(body, 100),
        ("Please send the EIIN.\n\nThanks".to_string(), false)
    );
    let reply = "ঠিক আছে, পাঠালাম।\n\nOn Mon, 7 Dec 2026 officer wrote:\n> old text\n> more";
    assert_eq!(excerpt(reply, 100).0, "ঠিক আছে, পাঠালাম।");
    let hostile = "a\u{1b}[2J\u{202E}b\rBcc: x@y.test";
    let (t, _) = excerpt(hostile, 100);
    assert!(!t.contains('\u{1b}') && !t.contains('\u{202E}') && !t.contains('\r'));
    let long = "ক".repeat(5000);
    let (t, cut) = excerpt(&long, 3000);
    assert!(cut && t.chars().count() == 3000);
}

fn office() -> OfficeConfig {
    OfficeConfig {
        code: "MEL".into(),
        name_bn: "উপজেলা আইসিটি অফিস, মেলান্দহ, জামালপুর".into(),
        name_en: "Upazila ICT Office, Melandaha, Jamalpur".into(),
        address: EmailAddress::parse("ict.melandaha@office.test").unwrap(),
        officer_name: "Upazila ICT Officer".into(),
        officer_name_bn: "উপজেলা আইসিটি অফিসার".into(),
        officer_email: EmailAddress::parse("officer@office.test").unwrap(),
        officer_phone: String::new(),
        timezone: jiff::tz::db().get("Asia/Dhaka").unwrap(),
        timezone_name: "Asia/Dhaka".into(),
        primary: true,
        templates: crate::templates::Templates::shipped(),
    }
}

/// The header block of a raw mail (before the first blank line).
fn head(raw: &[u8]) -> String {
    let text = String::from_utf8_lossy(raw);
    text.split("\r\n\r\n").next().unwrap().to_string()
}

#[test]
fn a_reply_is_framed_bangla_first_threaded_and_cannot_add_headers_or_leak_tokens() {
    let office = office();
    let reference = TicketRef::parse("MEL-2026-000007").unwrap();
    let citizen = EmailAddress::parse("citizen1@example.test").unwrap();
    let now: Timestamp = "2026-12-07T04:00:00Z".parse().unwrap();
    let text = block(
        "Please send the EIIN.\r\nBcc: victim@example.test\r\nSubject: evil\r\n\r\nMEL-2026-000007/k3x9mn2pqr\n.\n",
    );
    let refs = vec!["first@example.test".to_string()];
    let m = reply(
        &Reply {
            office: &office,
            reference: &reference,
            citizen: &citizen,
            citizen_name: Some("মোঃ রহিম\r\nBcc: x@y.test"),
            subject: "ল্যাব\r\nBcc: x@y.test",
            text: &text,
            wait: true,
            in_reply_to: Some("latest@example.test"),
            references: &refs,
        },
        now,
    )
    .unwrap();
    let h = head(&m.raw);
    // Folded into the subject at most ("ল্যাব Bcc: x@y.test", one line): never a header.
    assert!(
        !h.lines()
            .any(|l| l.to_ascii_lowercase().starts_with("bcc:")),
        "{h}"
    );
    assert_eq!(h.matches("\r\nSubject:").count(), 1, "{h}");
    assert!(h.contains("In-Reply-To: <latest@example.test>"), "{h}");
    assert!(
        h.contains("References: <first@example.test> <latest@example.test>"),
        "{h}"
    );
    assert!(h.contains("Auto-Submitted: auto-replied"), "{h}");
    assert!(m.subject.contains("MEL-2026-000007"));
    let parsed = crate::mail::parse::parse(&m.raw).unwrap();
    assert!(
        parsed.text.contains("Bcc: victim@example.test"),
        "kept as text"
    );
    assert!(
        !parsed.text.contains("k3x9mn2pqr"),
        "token withheld: {}",
        parsed.text
    );
    assert!(parsed.text.contains("টিকিট নম্বর MEL-2026-000007"));
    assert!(
        parsed.text.find("প্রিয়").unwrap() < parsed.text.find("Dear").unwrap(),
        "Bangla first"
    );
    assert!(parsed.text.contains("অপেক্ষায়"), "the wait is said");
}

#[test]
fn the_status_answer_says_only_public_things_with_bengali_digits() {
    let office = office();
    let reference = TicketRef::parse("MEL-2026-000007").unwrap();
    let citizen = EmailAddress::parse("citizen1@example.test").unwrap();
    let now: Timestamp = "2026-12-07T04:00:00Z".parse().unwrap();
    let tz = jiff::tz::db().get("Asia/Dhaka").unwrap();
    let due: Timestamp = "2026-12-09T11:00:00Z".parse().unwrap();
    let view = StatusView {
        service_bn: Some("ই-নথি".into()),
        service_en: Some("e-Nothi".into()),
        status: crate::domain::TicketStatus::Open,
        due: Some(due.to_zoned_datetime(tz.clone())),
        last_action: Some((now.to_zoned_datetime(tz), "কর্মকর্তা".into(), "officer".into())),
    };
    let m = status_answer(
        &office,
        &reference,
        &citizen,
        "ই-নথি",
        &view,
        Some("q@example.test"),
        &[],
        now,
    )
    .unwrap();
    assert!(m.text.contains("৯ ডিসেম্বর ২০২৬"), "{}", m.text);
    assert!(
        m.text.contains("Wednesday, 9 December 2026, 17:00"),
        "{}",
        m.text
    );
    assert!(m.text.find("অবস্থা").unwrap() < m.text.find("Status").unwrap());
    assert!(head(&m.raw).contains("In-Reply-To: <q@example.test>"));
}

#[test]
fn a_long_batch_of_follow_ups_shows_the_latest_few() {
    let office = office();
    let now: Timestamp = "2026-12-07T04:00:00Z".parse().unwrap();
    let tz = jiff::tz::db().get("Asia/Dhaka").unwrap();
    let line = TicketLine {
        reference: TicketRef::parse("MEL-2026-000007").unwrap(),
        token: "k3x9mn2pqr".into(),
        service_bn: None,
        service_en: None,
        citizen: "citizen1@example.test".into(),
        subject: "s".into(),
        due: None,
    };
    let items: Vec<FollowupItem> = (0..200)
        .map(|i| FollowupItem {
            at: now.to_zoned_datetime(tz.clone()),
            from: "citizen1@example.test".into(),
            text: format!("message number {i} {}", "x".repeat(2900)),
            cut: false,
        })
        .collect();
    let m = followup_notice(
        &office,
        &office.officer_email,
        &line,
        &items,
        &Default::default(),
        now,
    )
    .unwrap();
    assert!(
        m.text.contains("190 earlier e-mails not shown"),
        "{}",
        &m.text[..400]
    );
    assert!(m.text.contains("message number 199 ") && !m.text.contains("message number 189 "));
    assert!(m.raw.len() < 100 * 1024, "{} bytes", m.raw.len());
}

#[test]
fn citizen_text_is_indented_apart_from_our_lines() {
    let t = indented("#resolve MEL-2026-000001/abcdefgh\nটিকিট নম্বর: X");
    assert!(t.lines().all(|l| l.starts_with("    ")), "{t}");
}

/// The officer's notices must read back as what they are: no Bijoy conversion of their
/// subject's `[REF/TOKEN]` (a `|` margin once triggered it).
#[test]
fn officer_notices_with_citizen_text_parse_back_unchanged() {
    let office = office();
    let now: Timestamp = "2026-12-07T04:00:00Z".parse().unwrap();
    let tz = jiff::tz::db().get("Asia/Dhaka").unwrap();
    let line = TicketLine {
        reference: TicketRef::parse("MEL-2026-000007").unwrap(),
        token: "k3x9mn2pqr".into(),
        service_bn: None,
        service_en: None,
        citizen: "citizen1@example.test".into(),
        subject: "প্রজেক্টর নষ্ট".into(),
        due: None,
    };
    let view = RequestView {
            citizen_name: Some("মোঃ রহিম উদ্দিন".into()),
            text: "অনুগ্রহ করে ব্যবস্থা নিন।\nThe lab | room 2".into(),
            cut: true,
            confidence: 0.42,
            // The classifier's reasons as it gives them (the model's line once made the
            // notice look like Bijoy: its sound keys are ASCII letter runs in «»).
            reasons: vec![
                "written by a person, not automatic".into(),
                "subject: \"প্রজেক্টর\" → digital-lab +2".into(),
                "keyword scores: digital-lab 2, min_score 2".into(),
                "model (60 known features in this mail): digital-lab 0.33, ict-advice 0.28, none 0.17; for digital-lab over none: «_প্র», sound «prjktr», word \"নষ্ট\", «_ব্», sound «nst», «্যব»".into(),
                "decision (keywords + model): digital-lab 0.485, runner-up none 0.244; below the confidence threshold 0.5 → officer triage".into(),
            ],
        };
    let items = [FollowupItem {
        at: now.to_zoned_datetime(tz),
        from: "citizen1@example.test".into(),
        text: "EIIN 123456.\nধন্যবাদ".into(),
        cut: false,
    }];
    let opened = super::super::officer_mail::opened(
        &office,
        &office.officer_email,
        &line,
        None,
        Some(&view),
        &Default::default(),
        now,
    )
    .unwrap();
    let notice = followup_notice(
        &office,
        &office.officer_email,
        &line,
        &items,
        &Default::default(),
        now,
    )
    .unwrap();
    for m in [opened, notice] {
        let parsed = crate::mail::parse::parse(&m.raw).unwrap();
        assert!(!parsed.bijoy_converted, "{}", parsed.text);
        assert!(
            parsed.subject.starts_with("[MEL-2026-000007/k3x9mn2pqr]"),
            "{}",
            parsed.subject
        );
    }
}

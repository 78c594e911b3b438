//! The golden mails: every kind of mail sebadesk sends, rendered with fixed sample data (a
//! fixed clock, fixed references and tokens), compared byte for byte with
//! `tests/fixtures/mails/NAME.txt` (the subject line, a blank line, then the text).
//!
//! The fixtures were written from the code as it was before the words moved into template
//! files (issue 16 point 7): the shipped templates must give the same mails. To rewrite them
//! after an intended change of wording: `SEBADESK_BLESS=1 cargo test --lib golden`, and let
//! the diff show the change.

use std::path::PathBuf;

use jiff::Timestamp;
use jiff::civil::{Weekday, time};

use super::attachments::Listing;
use super::conversation::{self, FollowupItem, Reply, RequestView, StatusView};
use super::officer_mail::{self, Flood, Notice, TicketLine};
use super::render::{self, Acknowledgement, RenderedMail};
use crate::config::OfficeConfig;
use crate::config::charter::Service;
use crate::domain::{EmailAddress, TicketRef, TicketStatus};
use crate::sla::Calendar;

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

fn bare_office() -> OfficeConfig {
    OfficeConfig {
        officer_name: String::new(),
        officer_name_bn: String::new(),
        officer_phone: String::new(),
        ..sample_office()
    }
}

fn now() -> Timestamp {
    "2026-11-29T04:00:00Z".parse().unwrap() // Sunday 10:00 in Dhaka
}

fn zoned(s: &str) -> jiff::ZonedDateTime {
    let t: Timestamp = s.parse().unwrap();
    t.to_zoned_datetime(jiff::tz::db().get("Asia/Dhaka").unwrap())
}

fn reference() -> TicketRef {
    TicketRef::parse("MEL-2026-000007").unwrap()
}

fn citizen() -> EmailAddress {
    EmailAddress::parse("citizen1@example.test").unwrap()
}

fn service() -> Service {
    Service {
        code: "web-portal".into(),
        name_bn: "ওয়েব পোর্টাল হালনাগাদ করার বিষয়ে সহায়তা প্রদান".into(),
        name_en: "Support for updating the office web portal".into(),
        sla_working_days: 3,
    }
}

fn line(with_service: bool) -> TicketLine {
    TicketLine {
        reference: reference(),
        token: "k3x9mn2pqr".into(),
        service_bn: with_service.then(|| service().name_bn),
        service_en: with_service.then(|| service().name_en),
        citizen: "citizen1@example.test".into(),
        subject: "ইউপি ওয়েব পোর্টাল হালনাগাদ".into(),
        due: with_service.then(|| zoned("2026-12-02T11:00:00Z")),
    }
}

fn listing() -> Listing {
    Listing::plan(
        "MEL-2026-000007",
        [
            (
                1,
                "আবেদন.pdf".to_string(),
                "application/pdf".to_string(),
                2_000_000,
            ),
            (
                2,
                "setup.exe".to_string(),
                "application/x-msdownload".to_string(),
                4_096,
            ),
        ],
        1,
        7_000_000,
    )
}

/// Every mail kind, by fixture name.
fn all_mails() -> Vec<(&'static str, RenderedMail)> {
    let office = sample_office();
    let bare = bare_office();
    let now = now();
    let cal = Calendar::new(
        office.timezone.clone(),
        vec![Weekday::Friday, Weekday::Saturday],
        time(17, 0, 0, 0),
    );
    let deadline = cal.deadline(now, 3);
    let (reference, citizen, service) = (reference(), citizen(), service());
    let refs = vec!["older@example.test".to_string()];
    let ack = |office: &OfficeConfig, with_service: bool, name: Option<&str>| {
        render::acknowledgement(
            &Acknowledgement {
                office,
                reference: &reference,
                service: with_service.then_some(&service),
                deadline: with_service.then_some(&deadline),
                citizen: &citizen,
                citizen_name: name,
                original_subject: "ইউপি ওয়েব পোর্টাল হালনাগাদ",
                original_message_id: Some("abc@example.test"),
                original_references: &refs,
            },
            now,
        )
        .unwrap()
    };
    let resolution = |note: Option<&str>| {
        render::resolution(
            &office,
            &reference,
            &citizen,
            Some("রহিম উদ্দিন"),
            "ইউপি ওয়েব পোর্টাল হালনাগাদ",
            Some("abc@example.test"),
            note,
            now,
        )
        .unwrap()
    };
    let reply = |wait: bool, office: &OfficeConfig| {
        conversation::reply(
            &Reply {
                office,
                reference: &reference,
                citizen: &citizen,
                citizen_name: wait.then_some("রহিম উদ্দিন"),
                subject: "ইউপি ওয়েব পোর্টাল হালনাগাদ",
                text: "অনুগ্রহ করে বিদ্যালয়ের EIIN পাঠান।\nPlease send the school's EIIN.",
                wait,
                in_reply_to: Some("latest@example.test"),
                references: &refs,
            },
            now,
        )
        .unwrap()
    };
    let status = |view: &StatusView, office: &OfficeConfig| {
        conversation::status_answer(
            office,
            &reference,
            &citizen,
            "কী অবস্থা?",
            view,
            Some("q@example.test"),
            &[],
            now,
        )
        .unwrap()
    };
    let status_full = StatusView {
        service_bn: Some(service.name_bn.clone()),
        service_en: Some(service.name_en.clone()),
        status: TicketStatus::Open,
        due: Some(zoned("2026-12-02T11:00:00Z")),
        last_action: Some((
            zoned("2026-11-30T05:00:00Z"),
            "কর্মকর্তা উত্তর দিয়েছেন".into(),
            "the officer replied".into(),
        )),
    };
    let status_unset = StatusView {
        service_bn: None,
        service_en: None,
        status: TicketStatus::Waiting,
        due: None,
        last_action: None,
    };
    let view = RequestView {
        citizen_name: Some("মোঃ রহিম উদ্দিন".into()),
        text: "আমাদের ইউনিয়নের ওয়েব পোর্টালে নতুন চেয়ারম্যানের নাম হালনাগাদ করা প্রয়োজন।\n\nধন্যবাদ".into(),
        cut: true,
        confidence: 0.87,
        reasons: vec![
            "subject: \"পোর্টাল\" → web-portal +2".into(),
            "keyword scores: web-portal 4, min_score 2".into(),
        ],
    };
    let to = &office.officer_email;
    let opened = |held: Option<&str>, request: Option<&RequestView>, files: &Listing| {
        officer_mail::opened(&office, to, &line(true), held, request, files, now).unwrap()
    };
    let notice = |n: Notice| officer_mail::notice(&office, to, &line(true), &n, now).unwrap();
    let supervisor = EmailAddress::parse("dc@office.test").unwrap();
    let mut later = line(false);
    later.reference = TicketRef::parse("MEL-2026-000009").unwrap();
    later.token = "p4q8r2s6t0".into();
    let day = jiff::civil::date(2026, 11, 29);
    let items = vec![
        FollowupItem {
            at: zoned("2026-11-29T03:10:00Z"),
            from: "citizen1@example.test".into(),
            text: "EIIN 123456.\nধন্যবাদ".into(),
            cut: false,
        },
        FollowupItem {
            at: zoned("2026-11-29T03:40:00Z"),
            from: "citizen1@example.test".into(),
            text: String::new(),
            cut: false,
        },
    ];
    let figures = crate::report::Figures {
        received: 42,
        resolved_on_time: 30,
        resolved_late: 5,
        open_overdue: 2,
        on_time_rate: Some(30.0 / 37.0),
        ..Default::default()
    };
    let (report_subject, report_text) = crate::report::monthly::words(
        &office,
        "2026-11",
        &office.name_bn,
        &office.name_en,
        &figures,
    )
    .unwrap();
    let report = RenderedMail {
        message_id: String::new(),
        subject: report_subject,
        text: report_text,
        raw: Vec::new(),
    };
    vec![
        ("acknowledgement", ack(&office, true, Some("রহিম উদ্দিন"))),
        ("acknowledgement-no-service", ack(&bare, false, None)),
        (
            "resolution",
            resolution(Some("পোর্টাল হালনাগাদ করা হয়েছে।\nThe portal is updated.")),
        ),
        ("resolution-no-note", resolution(None)),
        ("reply", reply(false, &bare)),
        ("reply-wait", reply(true, &office)),
        ("status-answer", status(&status_full, &office)),
        ("status-answer-unset", status(&status_unset, &bare)),
        ("opened", opened(None, None, &Listing::default())),
        (
            "opened-held-request-attachments",
            opened(
                Some("sender not verified (SPF fail)"),
                Some(&view),
                &listing(),
            ),
        ),
        ("due-today", notice(Notice::DueToday)),
        ("overdue", notice(Notice::Overdue { working_days: 2 })),
        (
            "escalation",
            officer_mail::notice(
                &office,
                &supervisor,
                &line(true),
                &Notice::Escalation { working_days: 3 },
                now,
            )
            .unwrap(),
        ),
        (
            "digest",
            officer_mail::digest(&office, to, day, &[line(true)], &[], &[], &[later], now).unwrap(),
        ),
        (
            "followup",
            conversation::followup_notice(&office, to, &line(true), &items, now).unwrap(),
        ),
        (
            "confirmation",
            officer_mail::confirmation(
                &office,
                to,
                Some((&reference, "n3wt0k3n00")),
                &[(
                    "MEL-২০২৬-০০০০০৭: নিষ্পত্তি করা হয়েছে".into(),
                    "MEL-2026-000007: resolved".into(),
                )],
                now,
            )
            .unwrap(),
        ),
        (
            "health-alert-imap",
            officer_mail::health_alert(
                &office,
                to,
                "imap",
                "2026-11-29 09:40",
                "connection refused",
                now,
            )
            .unwrap(),
        ),
        (
            "health-alert-smtp",
            officer_mail::health_alert(&office, to, "smtp:ISL", "2026-11-29 09:40", "timeout", now)
                .unwrap(),
        ),
        (
            "web-sign-in",
            officer_mail::web_sign_in(
                &office,
                to,
                "https://desk.office.test/login/abc123",
                15,
                now,
            )
            .unwrap(),
        ),
        (
            "flood-acknowledgements",
            officer_mail::flood_alert(&office, to, Flood::Acknowledgements { limit: 60 }, now)
                .unwrap(),
        ),
        (
            "flood-notices",
            officer_mail::flood_alert(&office, to, Flood::Notices { limit: 30 }, now).unwrap(),
        ),
        ("monthly-report", report),
    ]
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
    for (name, mail) in all_mails() {
        let got = shown(&mail);
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

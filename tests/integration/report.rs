//! Charter reports (issue 19) over a simulated December 2026 (Victory Day on Wednesday 16th,
//! Friday–Saturday weekends): the data is made by the real pipeline, the officer's actions and
//! the outbox's "sent" record at the moments they happen, and every figure of the report
//! equals the table written by hand below. JSON, CSV and XLSX agree.

use std::collections::BTreeMap;
use std::sync::Arc;

use jiff::{SignedDuration, Timestamp};
use sebadesk::config::Config;
use sebadesk::intake::{InboundMessage, MailboxPosition};
use sebadesk::pipeline::{Outcome, Pipeline};
use sebadesk::report::{self, Figures, Period};
use sebadesk::sla::{Clock, ManualClock};
use sebadesk::store::Store;

use crate::helpers::project_root;

pub struct Desk {
    pub p: Pipeline,
    pub clock: Arc<ManualClock>,
    uid: u32,
    pub config: Config,
    pub url: String,
    _dir: tempfile::TempDir,
}

fn at(s: &str) -> Timestamp {
    s.parse().unwrap()
}

impl Desk {
    pub async fn new(name: &str) -> Desk {
        let dir = tempfile::tempdir().unwrap();
        let url = crate::helpers::test_database_url(dir.path(), name);
        let env: BTreeMap<String, String> = [
            ("SEBADESK_DATABASE_URL".to_string(), url.clone()),
            (
                "SEBADESK_REMINDERS_SUPERVISOR_EMAIL".to_string(),
                "supervisor@office.test".to_string(),
            ),
        ]
        .into_iter()
        .collect();
        let config =
            Config::load_with_env(&project_root().join("config/sebadesk.toml"), &env).unwrap();
        let store = Store::connect(&config.database.url, 2).await.unwrap();
        store.migrate().await.unwrap();
        let clock = Arc::new(ManualClock::new(at("2026-11-30T12:00:00+06:00")));
        let p = Pipeline::new(Arc::new(config.clone()), store, clock.clone()).unwrap();
        Desk {
            p,
            clock,
            uid: 0,
            config,
            url,
            _dir: dir,
        }
    }

    /// A mail reaching the mailbox at `when` (the clock moves there).
    pub async fn mail(&mut self, when: &str, raw: String) -> Outcome {
        self.clock.set(at(when));
        self.uid += 1;
        let msg = InboundMessage::new(
            MailboxPosition {
                mailbox: "t/INBOX".into(),
                uidvalidity: 1,
                uid: self.uid,
            },
            self.clock.now(),
            raw.len() as u64,
            raw.into_bytes(),
            false,
        );
        self.p.process_message(&msg).await.unwrap()
    }

    /// A citizen's new request; returns its reference.
    pub async fn request(&mut self, when: &str, from: &str, subject: &str, body: &str) -> String {
        let n = self.uid + 1;
        let raw = format!(
            "From: <{from}>\r\nTo: ict.melandaha@office.test\r\nSubject: {subject}\r\n\
Message-ID: <rep-{n}@example.test>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n"
        );
        match self.mail(when, raw).await {
            Outcome::Opened { reference, .. } => reference.to_string(),
            other => panic!("{subject}: no ticket: {other:?}"),
        }
    }

    /// The outbox worker's turn `secs` after now: every due mail is recorded as sent then
    /// (the same store call the SMTP worker makes after the server accepted it).
    pub async fn send_after(&self, secs: i64) {
        self.clock.advance(SignedDuration::from_secs(secs));
        let now = self.clock.now();
        let mails = self
            .p
            .store
            .claim_outbox(now, SignedDuration::from_secs(60), "test", 1000)
            .await
            .unwrap();
        for m in &mails {
            self.p.store.outbox_sent(m, now).await.unwrap();
        }
    }

    pub fn set(&self, when: &str) {
        self.clock.set(at(when));
    }

    fn r(reference: &str) -> sebadesk::domain::TicketRef {
        sebadesk::domain::TicketRef::parse(reference).unwrap()
    }

    pub async fn resolve(&self, when: &str, reference: &str) {
        self.set(when);
        sebadesk::tickets::actions::resolve(&self.p, &Self::r(reference), None, "test")
            .await
            .unwrap();
    }
}

const ADVICE: (&str, &str) = (
    "Advice on antivirus for my home computer",
    "Which antivirus should I install on my home computer, and how do I keep it updated? Please advise.",
);
const PORTAL: (&str, &str) = (
    "Union parishad web portal update",
    "Please update the notice board of our union parishad web portal.",
);
const LAB: (&str, &str) = (
    "School digital lab computers not starting",
    "Our school digital lab computers do not start.",
);
const LAND: (&str, &str) = (
    "Land record mutation",
    "I need to correct my land record mutation khatian at the land office. What should I do?",
);

fn figures(
    counts: [u64; 6],
    rate: Option<f64>,
    days: Option<(i64, i64)>,
    ack: Option<(i64, i64)>,
    reopened: u64,
    held: u64,
) -> Figures {
    Figures {
        received: counts[0],
        out_of_charter: counts[1],
        resolved_on_time: counts[2],
        resolved_late: counts[3],
        open_not_due: counts[4],
        open_overdue: counts[5],
        on_time_rate: rate,
        resolution_days_median: days.map(|d| d.0),
        resolution_days_p90: days.map(|d| d.1),
        ack_delay_median_secs: ack.map(|a| a.0),
        ack_delay_p90_secs: ack.map(|a| a.1),
        reopened,
        held_as_spam: held,
    }
}

/// Builds December 2026 through the real pipeline. Returns the desk, the report time.
async fn december(name: &str) -> (Desk, Timestamp) {
    let mut d = Desk::new(name).await;
    // Monday 30 Nov 23:30 (after closing): November, outside the month's report.
    d.request(
        "2026-11-30T23:30:00+06:00",
        "c0@example.test",
        ADVICE.0,
        ADVICE.1,
    )
    .await;
    d.send_after(60).await;
    // T10, ict-advice: Tuesday 1 Dec 00:05 local (still 30 Nov in UTC): December.
    // Due Thursday 3 Dec 17:00; resolved Sunday 6 Dec 09:00 → late, 3 working days.
    let t10 = d
        .request(
            "2026-12-01T00:05:00+06:00",
            "c10@example.test",
            ADVICE.0,
            ADVICE.1,
        )
        .await;
    d.send_after(60).await;
    d.resolve("2026-12-06T09:00:00+06:00", &t10).await;
    // T1, T2, T3, ict-advice on Sunday 6 Dec: due Tuesday 8 Dec 17:00.
    let t1 = d
        .request(
            "2026-12-06T10:00:00+06:00",
            "c1@example.test",
            ADVICE.0,
            ADVICE.1,
        )
        .await;
    d.send_after(30).await;
    let t2 = d
        .request(
            "2026-12-06T10:01:00+06:00",
            "c2@example.test",
            ADVICE.0,
            ADVICE.1,
        )
        .await;
    d.send_after(120).await;
    let t3 = d
        .request(
            "2026-12-06T10:05:00+06:00",
            "c3@example.test",
            ADVICE.0,
            ADVICE.1,
        )
        .await;
    d.send_after(600).await;
    // T8: outside the charter, Monday 7 Dec, stays open.
    d.request(
        "2026-12-07T10:00:00+06:00",
        "c8@example.test",
        LAND.0,
        LAND.1,
    )
    .await;
    d.send_after(45).await;
    // Machine mail and a follow-up: no new request.
    let auto = "From: <c1@example.test>\r\nTo: ict.melandaha@office.test\r\nSubject: Automatic reply: away\r\n\
Auto-Submitted: auto-replied\r\nMessage-ID: <auto-1@example.test>\r\n\r\nI am out of office.\r\n";
    assert!(matches!(
        d.mail("2026-12-07T10:30:00+06:00", auto.to_string()).await,
        Outcome::Ignored { .. }
    ));
    let followup = format!(
        "From: <c1@example.test>\r\nTo: ict.melandaha@office.test\r\nSubject: Re: [{t1}] {}\r\n\
Message-ID: <fu-1@example.test>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nAny news? I still need the advice.\r\n",
        ADVICE.0
    );
    assert!(matches!(
        d.mail("2026-12-07T10:40:00+06:00", followup).await,
        Outcome::Appended { .. }
    ));
    d.send_after(5).await;
    // T1 resolved Monday 7 Dec 11:00: on time, 1 working day.
    d.resolve("2026-12-07T11:00:00+06:00", &t1).await;
    // T9: outside the charter, Tuesday 8 Dec, resolved later.
    let t9 = d
        .request(
            "2026-12-08T10:00:00+06:00",
            "c9@example.test",
            LAND.0,
            LAND.1,
        )
        .await;
    d.send_after(90).await;
    // T11: a doubtful request (a look-alike government domain): its acknowledgement is held.
    // web-portal, due Sunday 13 Dec 17:00, stays open: overdue.
    let held = "From: <secretary@nothi-gov-bd.example>\r\nTo: ict.melandaha@office.test\r\n\
Subject: web portal update\r\nMessage-ID: <doubtful-1@nothi-gov-bd.example>\r\n\
Content-Type: text/plain; charset=utf-8\r\n\r\nPlease update the notice board of our union web portal.\r\n";
    assert!(matches!(
        d.mail("2026-12-08T11:00:00+06:00", held.to_string()).await,
        Outcome::Opened { .. }
    ));
    d.send_after(30).await;
    // T2 exactly at its deadline (on time), T3 one minute after (late); 2 working days each.
    d.resolve("2026-12-08T17:00:00+06:00", &t2).await;
    d.resolve("2026-12-08T17:01:00+06:00", &t3).await;
    // T5, web-portal, Thursday 10 Dec 18:00 (after closing): receipt day Sunday 13, due
    // Thursday 17 Dec 17:00 (Wednesday 16 is Victory Day).
    let t5 = d
        .request(
            "2026-12-10T18:00:00+06:00",
            "c5@example.test",
            PORTAL.0,
            PORTAL.1,
        )
        .await;
    d.send_after(300).await;
    // T4, web-portal on Sunday 13 Dec (due Thursday 17), reclassified on Monday to
    // digital-lab (7 days: due Wednesday 23 Dec); resolved Sunday 20: on time only under the
    // new deadline, 4 working days.
    let t4 = d
        .request(
            "2026-12-13T10:00:00+06:00",
            "c4@example.test",
            PORTAL.0,
            PORTAL.1,
        )
        .await;
    d.send_after(20).await;
    // T6, ict-advice, Monday 14 Dec: due Thursday 17 Dec 17:00, stays open: overdue.
    d.request(
        "2026-12-14T10:00:00+06:00",
        "c6@example.test",
        ADVICE.0,
        ADVICE.1,
    )
    .await;
    d.send_after(3600).await;
    d.set("2026-12-14T12:00:00+06:00");
    sebadesk::tickets::actions::reclassify(&d.p, &Desk::r(&t4), "digital-lab", "test")
        .await
        .unwrap();
    // T5 resolved Tuesday 15 (on time then), reopened by the citizen's reply on the holiday,
    // resolved again Sunday 20 Dec 10:00: late, 4 working days, reopened.
    d.resolve("2026-12-15T12:00:00+06:00", &t5).await;
    d.resolve("2026-12-15T13:00:00+06:00", &t9).await;
    let reply = format!(
        "From: <c5@example.test>\r\nTo: ict.melandaha@office.test\r\nSubject: Re: [{t5}] {}\r\n\
Message-ID: <fu-5@example.test>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nThe notice board still shows the old notice.\r\n",
        PORTAL.0
    );
    assert!(matches!(
        d.mail("2026-12-16T10:00:00+06:00", reply).await,
        Outcome::Appended { .. }
    ));
    // T7, digital-lab, Sunday 20 Dec 09:00: open, not yet due.
    d.request("2026-12-20T09:00:00+06:00", "c7@example.test", LAB.0, LAB.1)
        .await;
    d.send_after(10).await;
    d.resolve("2026-12-20T10:00:00+06:00", &t5).await;
    d.resolve("2026-12-20T10:30:00+06:00", &t4).await;
    d.send_after(5).await;
    (d, at("2026-12-20T12:00:00+06:00"))
}

/// The table written by hand (see each ticket's comment in [`december`]).
fn expected_services() -> Vec<(Option<&'static str>, Figures)> {
    vec![
        // T11 only: open overdue, acknowledgement held (never sent).
        // T5: late, reopened, ack 300 s.
        (
            Some("web-portal"),
            figures(
                [2, 0, 0, 1, 0, 1],
                Some(0.0),
                Some((4, 4)),
                Some((300, 300)),
                1,
                1,
            ),
        ),
        (Some("e-nothi"), figures([0; 6], None, None, None, 0, 0)),
        // T4 on time (4 days, ack 20 s), T7 open not due (ack 10 s).
        (
            Some("digital-lab"),
            figures(
                [2, 0, 1, 0, 1, 0],
                Some(1.0),
                Some((4, 4)),
                Some((10, 20)),
                0,
                0,
            ),
        ),
        // T10 late (3 d, 60 s), T1 on time (1 d, 30 s), T2 on time (2 d, 120 s),
        // T3 late (2 d, 600 s), T6 open overdue (3600 s).
        // days [1,2,2,3]: median rank 2 → 2, p90 rank 4 → 3;
        // ack [30,60,120,600,3600]: median rank 3 → 120, p90 rank 5 → 3600.
        (
            Some("ict-advice"),
            figures(
                [5, 0, 2, 2, 0, 1],
                Some(0.4),
                Some((2, 3)),
                Some((120, 3600)),
                0,
                0,
            ),
        ),
        (Some("udc-advice"), figures([0; 6], None, None, None, 0, 0)),
        // T8 open, T9 resolved: no SLA figures; acks 45 s and 90 s.
        (
            None,
            figures([2, 2, 0, 0, 0, 0], None, None, Some((45, 90)), 0, 0),
        ),
    ]
}

fn expected_total() -> Figures {
    // 11 requests; on time T1 T2 T4, late T10 T3 T5, not due T7, overdue T6 T11:
    // rate 3 / 8; days [1,2,2,3,4,4] → 2 and 4; acks [10,20,30,45,60,90,120,300,600,3600]
    // → rank 5 = 60 and rank 9 = 600.
    figures(
        [11, 2, 3, 3, 1, 2],
        Some(0.375),
        Some((2, 4)),
        Some((60, 600)),
        1,
        1,
    )
}

#[tokio::test]
async fn a_simulated_december_reports_exactly_the_hand_made_table() {
    let (d, as_of) = december("report-month").await;
    let offices = vec![d.config.clone()];
    let period = Period::month("2026-12").unwrap();
    let r = report::build(&d.p.store, &offices, &period, as_of, false)
        .await
        .unwrap();
    let got: Vec<(Option<&str>, Figures)> = r
        .services
        .iter()
        .map(|s| (s.service.as_deref(), s.figures.clone()))
        .collect();
    assert_eq!(got, expected_services());
    assert_eq!(r.total, expected_total());
    let ages: Vec<(&str, u64)> = r
        .open_by_age
        .iter()
        .map(|a| (a.age.as_str(), a.open))
        .collect();
    // Open on Sunday 20 Dec: T7 (0 working days), T6 (received Monday 14: 3), T11 (Tuesday 8:
    // 7), T8 (Monday 7: 8).
    assert_eq!(
        ages,
        [("0-1", 1), ("2-3", 1), ("4-5", 0), ("6-10", 2), ("11+", 0)]
    );
    assert!(r.trend.is_empty() && r.by_office.is_empty());

    // JSON, CSV and XLSX say the same.
    let json: serde_json::Value = serde_json::from_str(&report::render::json(&r)).unwrap();
    assert_eq!(json["total"]["received"], 11);
    assert_eq!(json["total"]["on_time_rate"], 0.375);
    assert_eq!(json["services"][3]["service"], "ict-advice");
    assert_eq!(json["services"][3]["figures"]["ack_delay_p90_secs"], 3600);
    let csv = report::render::csv(&r).unwrap();
    let mut rd = csv::Reader::from_reader(csv.as_slice());
    let header: Vec<String> = rd.headers().unwrap().iter().map(String::from).collect();
    let records: Vec<csv::StringRecord> = rd.records().map(|x| x.unwrap()).collect();
    assert_eq!(records.len(), 7, "6 service rows and the total");
    let bytes = report::xlsx::xlsx(&r).unwrap();
    let sheet = xlsx_sheet(&bytes, "Services");
    assert_eq!(sheet.len(), 8, "header, 6 services, total");
    for (i, rec) in records.iter().enumerate() {
        let (table, key) = (&rec[0], &rec[1]);
        let figures = if table == "total" {
            &json["total"]
        } else {
            &json["services"][i]["figures"]
        };
        assert_eq!(sheet[i + 1][0], key, "row {i}");
        for (c, name) in header.iter().enumerate().skip(4) {
            let from_json = match &figures[name] {
                serde_json::Value::Null => String::new(),
                v => v.to_string(),
            };
            // Compared as numbers (JSON writes 0.0, CSV 0, XLSX floats).
            assert!(
                same_number(&rec[c], &from_json),
                "CSV {table} {key} {name}: {:?} vs {from_json:?}",
                &rec[c]
            );
            let cell = &sheet[i + 1][c - 1];
            assert!(
                same_number(cell, &from_json),
                "XLSX {table} {key} {name}: {cell:?} vs {from_json:?}"
            );
        }
    }

    let page = report::html::html(&r);
    check_html(&page, "১১");
    // For a look at the page (the README's picture): SDTEST_REPORT_HTML=/tmp/report.html
    if let Ok(path) = std::env::var("SDTEST_REPORT_HTML") {
        std::fs::write(path, &page).unwrap();
    }

    // A quarter: the month-by-month trend, November's late-night request included.
    let q = report::build(
        &d.p.store,
        &offices,
        &Period::quarter("2026Q4").unwrap(),
        as_of,
        true,
    )
    .await
    .unwrap();
    let trend: Vec<(&str, u64, u64)> = q
        .trend
        .iter()
        .map(|m| (m.month.as_str(), m.figures.received, m.figures.open_overdue))
        .collect();
    assert_eq!(
        trend,
        [("2026-10", 0, 0), ("2026-11", 1, 1), ("2026-12", 11, 2)]
    );
    assert_eq!(q.total.received, 12);
    assert_eq!(q.by_office.len(), 1);
    assert_eq!(q.by_office[0].figures, q.total);
    assert!(xlsx_sheet(&report::xlsx::xlsx(&q).unwrap(), "Trend").len() == 4);
    check_html(&report::html::html(&q), "১২");
}

/// The page parses as XML (well-formed), has the three charts as SVG, no external URL or
/// resource, Bangla first and the total in Bengali digits.
fn check_html(page: &str, received_bn: &str) {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_str(page);
    let mut svgs = Vec::new();
    let mut depth = 0i32;
    loop {
        match reader.read_event() {
            Ok(Event::Start(e)) => {
                depth += 1;
                if e.name().as_ref() == "svg" {
                    let class = e
                        .try_get_attribute("class")
                        .unwrap()
                        .map(|a| a.value.to_string());
                    svgs.push(class.unwrap_or_default());
                }
                for a in e.attributes() {
                    let a = a.unwrap();
                    let key = a.key.as_ref();
                    assert!(
                        key != "src" && key != "href" && key != "xmlns",
                        "an external reference: {key:?}"
                    );
                }
            }
            Ok(Event::End(_)) => depth -= 1,
            Ok(Event::Eof) => break,
            Ok(_) => {}
            Err(e) => panic!("not well-formed at {}: {e}", reader.buffer_position()),
        }
    }
    assert_eq!(depth, 0, "every element is closed");
    assert_eq!(svgs, ["rate-by-service", "trend", "open-by-age"]);
    let lower = page.to_lowercase();
    for bad in ["http://", "https://", "url(", "@import", "<script", "<link"] {
        assert!(!lower.contains(bad), "{bad} in the page");
    }
    let h1 = &page[page.find("<h1>").unwrap() + 4..];
    assert!(h1.starts_with("সিটিজেন"), "Bangla first: {}", &h1[..40]);
    assert!(page.contains("@page { size: A4"), "an A4 print stylesheet");
    assert!(
        page.contains(&format!("গৃহীত আবেদন {received_bn}টি")),
        "the total in Bengali digits"
    );
}

fn same_number(a: &str, b: &str) -> bool {
    match (a.parse::<f64>(), b.parse::<f64>()) {
        (Ok(x), Ok(y)) => (x - y).abs() < 1e-12,
        _ => a.is_empty() && b.is_empty(),
    }
}

/// The monthly mail: on the first working day of January 2027 (Sunday 3rd: Friday 1st and
/// Saturday 2nd are the weekend) at digest time, December's report goes to the officer and the
/// supervisor once, however often the office loop looks.
#[tokio::test]
async fn the_monthly_report_is_queued_once_on_the_first_working_day() {
    use mail_parser::MimeHeaders;
    use sebadesk::report::monthly;
    let (d, _) = december("report-monthly").await;
    let before = outbox_reports(&d).await.len();
    assert_eq!(before, 0);
    for (at_, want) in [
        ("2027-01-01T10:00:00+06:00", 0), // Friday
        ("2027-01-03T08:59:00+06:00", 0), // before the digest time
        ("2027-01-03T09:00:00+06:00", 2), // officer and supervisor
        ("2027-01-03T09:01:00+06:00", 0),
        ("2027-01-04T09:00:00+06:00", 0), // not the first working day
    ] {
        d.set(at_);
        assert_eq!(monthly::run_once(&d.p).await.unwrap(), want, "{at_}");
    }
    let mails = outbox_reports(&d).await;
    let to: Vec<&str> = mails.iter().map(|(to, _, _)| to.as_str()).collect();
    assert_eq!(to, ["officer@office.test", "supervisor@office.test"]);
    for (_, key, raw) in &mails {
        assert!(key.starts_with("report:MEL:2026-12:"), "{key}");
        let parsed = mail_parser::MessageParser::default().parse(raw).unwrap();
        assert_eq!(
            parsed.header("Auto-Submitted").and_then(|h| h.as_text()),
            Some("auto-generated")
        );
        assert!(parsed.subject().unwrap().contains("2026-12: 11 received"));
        let html = parsed.body_html(0).unwrap();
        check_html(&html, "১১");
        assert!(parsed.body_text(0).unwrap().starts_with("উপজেলা"));
        let attachment = parsed.attachment(0).expect("the XLSX");
        assert_eq!(
            attachment.attachment_name(),
            Some("charter-report-MEL-2026-12.xlsx")
        );
        let sheet = xlsx_sheet(attachment.contents(), "Services");
        assert_eq!(sheet.last().unwrap()[3], "11", "the total's received");
    }
}

async fn outbox_reports(d: &Desk) -> Vec<(String, String, Vec<u8>)> {
    use sqlx::Row;
    sqlx::query(
        "SELECT o.rcpt_to, o.dedup_key, b.raw FROM outbox o JOIN outbox_bodies b ON b.outbox_id = o.id
         WHERE o.kind = 'report' ORDER BY o.rcpt_to",
    )
    .fetch_all(d.p.store.pool())
    .await
    .unwrap()
    .iter()
    .map(|r| (r.get(0), r.get(1), r.get(2)))
    .collect()
}

/// `sebadesk report` on the command line, on the same database.
fn cli(url: &str, args: &[&str]) -> std::process::Output {
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_sebadesk"));
    cmd.current_dir(project_root())
        .arg("--config")
        .arg(project_root().join("config/sebadesk.toml"))
        .args(args)
        .env("SEBADESK_DATABASE_URL", url);
    for (k, _) in std::env::vars().filter(|(k, _)| k.starts_with("SEBADESK_")) {
        cmd.env_remove(k);
    }
    cmd.env("SEBADESK_DATABASE_URL", url);
    cmd.output().expect("run sebadesk")
}

#[tokio::test]
async fn the_report_command_prints_every_format_and_refuses_bad_periods() {
    let (d, _) = december("report-cli").await;
    let out = cli(
        &d.url,
        &["report", "--month", "2026-12", "--format", "json"],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["total"]["received"], 11);
    assert_eq!(json["total"]["out_of_charter"], 2);
    assert_eq!(json["period"]["first"], "2026-12-01");
    let out = cli(
        &d.url,
        &["report", "--fy", "2026-27", "--all", "--format", "csv"],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.starts_with("table,key,name_bn,name_en,received,"),
        "{text}"
    );
    assert_eq!(text.lines().filter(|l| l.starts_with("month,")).count(), 12);
    assert!(text.lines().any(|l| l.starts_with("office,MEL,")), "{text}");
    let out = cli(
        &d.url,
        &["report", "--month", "2026-12", "--format", "html"],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    check_html(&String::from_utf8(out.stdout).unwrap(), "১১");
    let out = cli(&d.url, &["report", "--quarter", "2026Q4"]);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("Month by month"));
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("r.xlsx");
    let out = cli(
        &d.url,
        &[
            "report",
            "--from",
            "2026-12-01",
            "--to",
            "2026-12-31",
            "--format",
            "xlsx",
            "--output",
        ],
    );
    assert_eq!(out.status.code(), Some(2), "--output needs a value");
    let out = cli(
        &d.url,
        &[
            "report",
            "--from",
            "2026-12-01",
            "--to",
            "2026-12-31",
            "--format",
            "xlsx",
            "--output",
            file.to_str().unwrap(),
        ],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let sheet = xlsx_sheet(&std::fs::read(&file).unwrap(), "Services");
    assert_eq!(sheet.last().unwrap()[3], "11", "the total's received");
    for bad in [
        &["report", "--month", "2026-13"][..],
        &["report", "--quarter", "2026Q5"],
        &["report", "--fy", "2026-28"],
        &["report", "--from", "2026-12-02", "--to", "2026-12-01"],
        &["report", "--from", "2026-12-02"],
        &["report"],
        &["report", "--month", "2026-12", "--quarter", "2026Q4"],
        &["--office", "MEL", "report", "--month", "2026-12", "--all"],
        &["--office", "NOPE", "report", "--month", "2026-12"],
    ] {
        let out = cli(&d.url, bad);
        assert_eq!(
            out.status.code(),
            Some(2),
            "{bad:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

/// Every cell of a sheet as text (numbers in Rust's float formatting).
fn xlsx_sheet(bytes: &[u8], name: &str) -> Vec<Vec<String>> {
    use calamine::{Reader, Xlsx};
    let mut wb: Xlsx<_> = Xlsx::new(std::io::Cursor::new(bytes.to_vec())).unwrap();
    let range = wb.worksheet_range(name).unwrap();
    range
        .rows()
        .map(|row| {
            row.iter()
                .map(|c| match c {
                    calamine::Data::Empty => String::new(),
                    calamine::Data::Float(f) => f.to_string(),
                    calamine::Data::Int(i) => i.to_string(),
                    other => other.to_string(),
                })
                .collect()
        })
        .collect()
}

/// A pseudo-random stream (the same every run).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) % n
    }
}

/// Tickets of every shape a report meets, written straight into the table for two offices
/// with different calendars (Dhaka, Friday–Saturday; Kolkata, +05:30, Sunday only):
/// statuses including one sebadesk never writes, no service, no deadline, no stored receipt
/// day, resolutions before receipt and around midnight and closing time, acknowledgements
/// with and without the stored delay (and one before the mail), reopened, held.
async fn varied_tickets(store: &Store, n: usize) {
    let mut rng = Lcg(19);
    let base: Timestamp = "2026-06-25T00:00:00Z".parse().unwrap();
    let mut tx = store.begin().await.unwrap();
    for i in 0..n {
        let office = if rng.next(3) == 0 { "KOL" } else { "MEL" };
        let received = base + SignedDuration::from_secs(rng.next(380 * 86_400) as i64);
        let service = match rng.next(7) {
            0 => None,
            1 => Some("gone-service"),
            k => Some(
                [
                    "web-portal",
                    "e-nothi",
                    "digital-lab",
                    "ict-advice",
                    "udc-advice",
                ][k as usize - 2],
            ),
        };
        let status = [
            "open", "waiting", "resolved", "resolved", "resolved", "closed", "archived",
        ][rng.next(7) as usize];
        let due = (rng.next(8) != 0)
            .then(|| received + SignedDuration::from_secs(rng.next(12 * 86_400) as i64));
        // Half the tickets keep their receipt day (a working day near the receipt).
        let receipt_day = (rng.next(2) == 0).then(|| {
            (received + SignedDuration::from_hours(rng.next(72) as i64))
                .to_zoned_datetime(jiff::tz::db().get("Asia/Dhaka").unwrap())
                .date()
                .to_string()
        });
        let resolved = (rng.next(6) != 0)
            .then(|| received + SignedDuration::from_secs(rng.next(30 * 86_400) as i64 - 3 * 3600));
        let ack = (rng.next(5) != 0)
            .then(|| received + SignedDuration::from_secs(rng.next(4000) as i64 - 10));
        let ack_delay = ack
            .filter(|_| rng.next(4) != 0)
            .map(|a| (a - received).as_secs());
        sqlx::query(
            "INSERT INTO tickets (reference, office, service, status, citizen_email, subject,
                received_at, receipt_day, due_at, resolved_at, created_at, ack_sent_at,
                ack_delay_secs, reopened, ack_held)
             VALUES ($1, $2, $3, $4, 'c@example.test', 'varied', $5, $6, $7, $8, $5, $9, $10, $11, $12)",
        )
        .bind(format!("{office}-2026-{i:06}"))
        .bind(office)
        .bind(service)
        .bind(status)
        .bind(sebadesk::store::db_time(received))
        .bind(receipt_day)
        .bind(due.map(sebadesk::store::db_time))
        .bind(resolved.map(sebadesk::store::db_time))
        .bind(ack.map(sebadesk::store::db_time))
        .bind(ack_delay)
        .bind(rng.next(9) as i64 / 7)
        .bind((rng.next(13) == 0) as i64)
        .execute(&mut *tx)
        .await
        .unwrap();
    }
    tx.commit().await.unwrap();
}

/// The database's counts (`report::from_counts`) give exactly the figures of the ticket by
/// ticket computation (`report::compute`) for months, a quarter, a fiscal year and a range,
/// one office and both, and `build` gives the same.
#[tokio::test]
async fn counting_in_the_database_equals_computing_ticket_by_ticket() {
    let d = Desk::new("report_counts").await;
    let store = &d.p.store;
    varied_tickets(store, 3000).await;
    let mel = d.config.clone();
    let mut kol = d.config.clone();
    kol.office.code = "KOL".into();
    kol.office.primary = false;
    kol.office.timezone = jiff::tz::db().get("Asia/Kolkata").unwrap();
    kol.sla.weekend = vec![jiff::civil::Weekday::Sunday];
    let both = vec![mel.clone(), kol];
    let periods = [
        Period::month("2026-11").unwrap(),
        Period::month("2026-12").unwrap(),
        Period::quarter("2026Q4").unwrap(),
        Period::fiscal_year("2026-27").unwrap(),
        Period::range(
            jiff::civil::date(2026, 12, 10),
            jiff::civil::date(2027, 2, 3),
        )
        .unwrap(),
    ];
    let as_of = at("2027-03-15T11:30:00.250+06:00");
    let mut compared = 0;
    for period in &periods {
        for (offices, all) in [(vec![mel.clone()], false), (both.clone(), true)] {
            let (from, to) = period.bounds(&offices[0].office.timezone);
            let codes: Vec<String> = offices.iter().map(|c| c.office.code.clone()).collect();
            let facts = store.report_facts(&codes, from, to).await.unwrap();
            let reference = report::compute(&facts, &offices, period, as_of, all);
            let query = report::count_query(&offices, period, as_of, from, to).unwrap();
            assert_eq!(query.calendars.len(), offices.len());
            let rows = store.report_counts(&query).await.unwrap();
            assert!(
                !rows.iter().any(|r| r.out_of_range),
                "{}: the lists cover the data",
                period.label
            );
            let counted = report::from_counts(&rows, &offices, period, as_of, all);
            assert!(reference.total.received > 100, "{}", period.label);
            assert_eq!(counted, reference, "{} all={all}", period.label);
            let built = report::build(store, &offices, period, as_of, all)
                .await
                .unwrap();
            assert_eq!(built, reference, "{} all={all}", period.label);
            compared += 1;
        }
    }
    assert_eq!(compared, 10);
    // A resolution recorded after the lists' end (a clock far ahead): the counts flag it and
    // `build` computes ticket by ticket, with the same figures.
    sqlx::query(
        "UPDATE tickets SET resolved_at = '2031-01-01T00:00:00Z'
         WHERE id = (SELECT MIN(id) FROM tickets WHERE office = 'MEL'
                     AND received_at > '2026-08-01T00:00:00Z' AND received_at < '2027-06-01T00:00:00Z')",
    )
    .execute(store.pool())
    .await
    .unwrap();
    let period = &periods[3];
    let (from, to) = period.bounds(&mel.office.timezone);
    let query = report::count_query(&both, period, as_of, from, to).unwrap();
    let rows = store.report_counts(&query).await.unwrap();
    assert!(
        rows.iter().any(|r| r.out_of_range),
        "the far resolution is flagged"
    );
    let facts = store
        .report_facts(&["MEL".to_string(), "KOL".to_string()], from, to)
        .await
        .unwrap();
    assert_eq!(
        report::build(store, &both, period, as_of, true)
            .await
            .unwrap(),
        report::compute(&facts, &both, period, as_of, true)
    );
}

/// How many (office, month) pairs wait to be counted again, and how many cached rows there
/// are: the report's cached path (migration 0019) leaves no mark in the months it read.
async fn cache_state(store: &Store) -> (i64, i64) {
    let stale: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM report_stale WHERE utc_month IN ('2026-11', '2026-12')",
    )
    .fetch_one(store.pool())
    .await
    .unwrap();
    let rows: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM report_month_counts")
        .fetch_one(store.pool())
        .await
        .unwrap();
    (stale, rows)
}

async fn reference_of(
    d: &Desk,
    offices: &[Config],
    period: &Period,
    as_of: Timestamp,
) -> report::Report {
    let (from, to) = period.bounds(&offices[0].office.timezone);
    let facts =
        d.p.store
            .report_facts(&[offices[0].office.code.clone()], from, to)
            .await
            .unwrap();
    report::compute(&facts, offices, period, as_of, false)
}

async fn reference_by_email(d: &Desk, email: &str) -> sebadesk::domain::TicketRef {
    let r: String = sqlx::query_scalar("SELECT reference FROM tickets WHERE citizen_email = $1")
        .bind(email)
        .fetch_one(d.p.store.pool())
        .await
        .unwrap();
    sebadesk::domain::TicketRef::parse(&r).unwrap()
}

/// The cached counts (report_month_counts) give the hand-made table, and stay exact after
/// changes made after the fact: a resolved ticket reclassified, a holiday declared later
/// (the working days to resolution change, the stored deadlines do not), a resolved ticket
/// reopened. Each time the report equals the hand-adjusted table and the ticket-by-ticket
/// computation, and the months it read are left counted (no stale mark).
#[tokio::test]
async fn cached_counts_follow_changes_made_after_the_fact() {
    let (d, as_of) = december("report-cache").await;
    let store = &d.p.store;
    let mut offices = vec![d.config.clone()];
    let period = Period::month("2026-12").unwrap();
    let (stale, rows) = cache_state(store).await;
    assert!(
        stale > 0 && rows == 0,
        "nothing counted yet: {stale} marks, {rows} rows"
    );
    let r = report::build(store, &offices, &period, as_of, false)
        .await
        .unwrap();
    let services = |r: &report::Report| -> Vec<(Option<String>, Figures)> {
        r.services
            .iter()
            .map(|s| (s.service.clone(), s.figures.clone()))
            .collect()
    };
    let hand = |v: Vec<(Option<&str>, Figures)>| -> Vec<(Option<String>, Figures)> {
        v.into_iter()
            .map(|(s, f)| (s.map(String::from), f))
            .collect()
    };
    assert_eq!(services(&r), hand(expected_services()));
    assert_eq!(r.total, expected_total());
    let (stale, rows) = cache_state(store).await;
    assert_eq!(stale, 0, "the months read were counted");
    assert!(rows > 0);
    // Counted again from the cache alone: the same.
    assert_eq!(
        report::build(store, &offices, &period, as_of, false)
            .await
            .unwrap(),
        r
    );

    // 1. T1 (ict-advice, resolved on time in 1 working day, ack 30 s) reclassified to
    //    web-portal after its resolution: it moves rows, still on time.
    let t1 = reference_by_email(&d, "c1@example.test").await;
    d.set("2026-12-20T11:00:00+06:00");
    sebadesk::tickets::actions::reclassify(&d.p, &t1, "web-portal", "test")
        .await
        .unwrap();
    assert!(
        cache_state(store).await.0 > 0,
        "the change marked its month"
    );
    let r = report::build(store, &offices, &period, as_of, false)
        .await
        .unwrap();
    let mut expected = hand(expected_services());
    // web-portal: T11 overdue, T5 late (4 d, 300 s), T1 on time (1 d, 30 s).
    expected[0].1 = figures(
        [3, 0, 1, 1, 0, 1],
        Some(1.0 / 3.0),
        Some((1, 4)),
        Some((30, 300)),
        1,
        1,
    );
    // ict-advice: T10 late (3 d, 60 s), T2 on time (2 d, 120 s), T3 late (2 d, 600 s),
    // T6 overdue (3600 s): days [2,2,3] → 2 and 3; acks [60,120,600,3600] → 120 and 3600.
    expected[3].1 = figures(
        [4, 0, 1, 2, 0, 1],
        Some(0.25),
        Some((2, 3)),
        Some((120, 3600)),
        0,
        0,
    );
    assert_eq!(services(&r), expected);
    assert_eq!(r.total, expected_total(), "the total does not move");
    assert_eq!(r, reference_of(&d, &offices, &period, as_of).await);
    assert_eq!(cache_state(store).await.0, 0);

    // 2. Wednesday 2 December declared a holiday afterwards (an executive order): T10
    //    (receipt Tuesday 1, resolved Sunday 6) took 2 working days, not 3. Its stored
    //    deadline stays (it was resolved); ict-advice days [2,2,2] → p90 2.
    offices[0]
        .sla
        .holidays
        .push(sebadesk::sla::holidays::Holiday {
            date: jiff::civil::date(2026, 12, 2),
            name_bn: "নির্বাহী আদেশে ছুটি".into(),
            name_en: "Executive order holiday".into(),
            kind: sebadesk::sla::holidays::HolidayKind::ExecutiveOrder,
            lunar: false,
            declared: Some(jiff::civil::date(2026, 12, 19)),
        });
    offices[0].sla.holidays.sort_by_key(|h| h.date);
    let r = report::build(store, &offices, &period, as_of, false)
        .await
        .unwrap();
    expected[3].1.resolution_days_median = Some(2);
    expected[3].1.resolution_days_p90 = Some(2);
    assert_eq!(services(&r), expected);
    // Total days [1,2,2,2,4,4]: rank 3 → 2, rank 6 → 4 (unchanged).
    assert_eq!(r.total, expected_total());
    assert_eq!(r, reference_of(&d, &offices, &period, as_of).await);
    assert_eq!(cache_state(store).await.0, 0);

    // 3. T2 (ict-advice, on time at its deadline) reopened by the officer: open and overdue
    //    now, reopened.
    let t2 = reference_by_email(&d, "c2@example.test").await;
    d.set("2026-12-20T11:30:00+06:00");
    sebadesk::tickets::actions::reopen(&d.p, &t2, "test")
        .await
        .unwrap();
    let r = report::build(store, &offices, &period, as_of, false)
        .await
        .unwrap();
    // ict-advice: T10 late (2 d), T3 late (2 d), T2 and T6 overdue: rate 0 / 4.
    expected[3].1 = figures(
        [4, 0, 0, 2, 0, 2],
        Some(0.0),
        Some((2, 2)),
        Some((120, 3600)),
        1,
        0,
    );
    assert_eq!(services(&r), expected);
    assert_eq!(r.total.resolved_on_time, 2);
    assert_eq!(r.total.open_overdue, 3);
    assert_eq!(r.total.reopened, 2);
    assert_eq!(r, reference_of(&d, &offices, &period, as_of).await);
    // And the live count (every ticket read) agrees.
    let (from, to) = period.bounds(&offices[0].office.timezone);
    let q = report::count_query(&offices, &period, as_of, from, to).unwrap();
    let live = report::from_counts(
        &store.report_counts(&q).await.unwrap(),
        &offices,
        &period,
        as_of,
        false,
    );
    assert_eq!(r, live);
}

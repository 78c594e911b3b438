//! The SLA clock driven by a simulated clock through three weeks in milliseconds: the right
//! reminders on the right local mornings, none on Fridays, Saturdays or holidays, none twice,
//! across a restart; resolving a ticket silences it.

use std::collections::BTreeMap;
use std::sync::Arc;

use jiff::{SignedDuration, Timestamp};
use sebadesk::config::Config;
use sebadesk::intake::{InboundMessage, MailboxPosition};
use sebadesk::pipeline::{Outcome, Pipeline};
use sebadesk::sla::{Clock, ManualClock};
use sebadesk::store::Store;
use sqlx::Row;

use crate::helpers::project_root;

/// `url` from [`crate::helpers::test_database_url`], once per test: a restart reuses it.
async fn pipeline(url: &str, clock: Arc<ManualClock>) -> Pipeline {
    let env: BTreeMap<String, String> = [
        ("SEBADESK_DATABASE_URL", url.to_string()),
        (
            "SEBADESK_REMINDERS_SUPERVISOR_EMAIL",
            "supervisor@office.test".into(),
        ),
        ("SEBADESK_REMINDERS_ESCALATE_AFTER", "2".into()),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v))
    .collect();
    let config = Config::load_with_env(&project_root().join("config/sebadesk.toml"), &env).unwrap();
    let store = Store::connect(&config.database.url, 2).await.unwrap();
    store.migrate().await.unwrap();
    Pipeline::new(Arc::new(config), store, clock).unwrap()
}

fn request(uid: u32, subject: &str, body: &str, at: Timestamp) -> InboundMessage {
    let raw = format!(
        "From: <citizen{uid}@example.test>\r\nTo: ict.melandaha@office.test\r\nSubject: {subject}\r\n\
Message-ID: <rem-{uid}@example.test>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n"
    );
    InboundMessage::new(
        MailboxPosition {
            mailbox: "t/INBOX".into(),
            uidvalidity: 1,
            uid,
        },
        at,
        raw.len() as u64,
        raw.into_bytes(),
        false,
    )
}

fn local_date(t: &str) -> jiff::civil::Date {
    t.parse::<Timestamp>()
        .unwrap()
        .to_zoned_datetime(jiff::tz::db().get("Asia/Dhaka").unwrap())
        .date()
}

#[tokio::test]
async fn three_simulated_weeks_of_reminders() {
    let dir = tempfile::tempdir().unwrap();
    let url = crate::helpers::test_database_url(dir.path(), "reminders");
    // Sunday 6 Dec 2026, 10:00 in Dhaka.
    let clock = Arc::new(ManualClock::new(
        "2026-12-06T10:00:00+06:00".parse().unwrap(),
    ));
    let mut p = pipeline(&url, clock.clone()).await;
    let now = clock.now();
    let mut refs = Vec::new();
    for (uid, subject, body) in [
        (
            1,
            "Advice on antivirus for my home computer",
            "Which antivirus should I install on my home computer, and how do I keep it updated? Please advise.",
        ),
        (
            2,
            "Union parishad web portal update",
            "Please update the notice board of our union parishad web portal.",
        ),
        (
            3,
            "School digital lab computers not starting",
            "Our school digital lab computers do not start.",
        ),
    ] {
        let Outcome::Opened { reference, .. } = p
            .process_message(&request(uid, subject, body, now))
            .await
            .unwrap()
        else {
            panic!("no ticket")
        };
        refs.push(reference);
    }
    let tickets = p.store.tickets(None).await.unwrap();
    let services: Vec<_> = tickets
        .iter()
        .map(|t| t.service.clone().unwrap_or_default())
        .collect();
    assert_eq!(services, ["ict-advice", "web-portal", "digital-lab"]);
    let dues: Vec<_> = tickets
        .iter()
        .map(|t| local_date(t.due_at.as_deref().unwrap()))
        .collect();
    use jiff::civil::date;
    // 2, 3 and 7 working days; 16 December (Victory Day) is a holiday.
    assert_eq!(
        dues,
        [date(2026, 12, 8), date(2026, 12, 9), date(2026, 12, 15)]
    );

    let end: Timestamp = "2026-12-27T23:59:00+06:00".parse().unwrap();
    let restart_at: Timestamp = "2026-12-12T00:00:00+06:00".parse().unwrap();
    let resolve_at: Timestamp = "2026-12-14T10:00:00+06:00".parse().unwrap();
    let (mut restarted, mut resolved) = (false, false);
    while clock.now() < end {
        sebadesk::tickets::reminders::run_once(&p).await.unwrap();
        // A run twice at the same instant changes nothing.
        assert_eq!(sebadesk::tickets::reminders::run_once(&p).await.unwrap(), 0);
        clock.advance(SignedDuration::from_mins(30));
        if !restarted && clock.now() >= restart_at {
            p = pipeline(&url, clock.clone()).await; // a daemon restart
            restarted = true;
        }
        if !resolved && clock.now() >= resolve_at {
            sebadesk::tickets::actions::resolve(&p, &refs[1], Some("portal updated"), "test")
                .await
                .unwrap();
            resolved = true;
        }
    }

    let rows = sqlx::query("SELECT kind, dedup_key, created_at, rcpt_to FROM outbox ORDER BY id")
        .fetch_all(p.store.pool())
        .await
        .unwrap();
    let mut by_kind: BTreeMap<String, Vec<(String, jiff::civil::Date)>> = BTreeMap::new();
    for r in &rows {
        let kind: String = r.try_get(0).unwrap();
        let created: String = r.try_get(2).unwrap();
        by_kind
            .entry(kind)
            .or_default()
            .push((r.try_get(1).unwrap(), local_date(&created)));
    }
    let calendar = &p.calendar;
    for (kind, list) in &by_kind {
        if kind.starts_with("officer-") || kind == "escalation" {
            for (key, day) in list {
                if kind != "officer-new" {
                    assert!(
                        calendar.is_working_day(*day),
                        "{kind} {key} on a non-working day {day}"
                    );
                }
            }
        }
    }
    let count = |kind: &str, reference: &str| {
        by_kind
            .get(kind)
            .map(|l| l.iter().filter(|(k, _)| k.contains(reference)).count())
            .unwrap_or(0)
    };
    let working = |from: jiff::civil::Date, to: jiff::civil::Date| {
        let mut n = 0;
        let mut d = from;
        while d <= to {
            n += calendar.is_working_day(d) as usize;
            d = d.tomorrow().unwrap();
        }
        n
    };
    let last = date(2026, 12, 27);
    let (ict, portal, lab) = (
        refs[0].to_string(),
        refs[1].to_string(),
        refs[2].to_string(),
    );
    // One digest each working morning, from Monday 7 Dec: the tickets arrived on Sunday at
    // 10:00, after that day's digest time (09:00), and each had its own new-ticket notice.
    assert_eq!(
        by_kind["officer-digest"].len(),
        working(date(2026, 12, 7), last)
    );
    assert!(
        by_kind["officer-digest"]
            .iter()
            .all(|(_, day)| *day != date(2026, 12, 6)),
        "no digest on the day the tickets arrived after the digest time"
    );
    // "Due today" exactly once, on the due day.
    assert_eq!(count("officer-due-today", &ict), 1);
    assert_eq!(count("officer-due-today", &lab), 1);
    // Overdue from the due day's closing time, then each working day; the resolved one stops.
    assert_eq!(count("officer-overdue", &ict), working(dues[0], last));
    assert_eq!(
        count("officer-overdue", &portal),
        working(dues[1], date(2026, 12, 14))
    );
    assert_eq!(count("officer-overdue", &lab), working(dues[2], last));
    // Escalated once more than 2 working days late, each working morning.
    let escalated_from = date(2026, 12, 13); // 8 Dec + 3 working days (9, 10, 13)
    assert_eq!(count("escalation", &ict), working(escalated_from, last));
    // The portal ticket (due 9 Dec) is 3 working days late on the morning of 14 Dec, just
    // before it is resolved at 10:00: escalated that once.
    assert_eq!(count("escalation", &portal), 1);
    // The resolution notice went to the citizen, once.
    assert_eq!(by_kind["resolution"].len(), 1);
    println!(
        "simulated 3 weeks: {} mails queued: {:?}",
        rows.len(),
        by_kind
            .iter()
            .map(|(k, v)| (k.as_str(), v.len()))
            .collect::<Vec<_>>()
    );
}

#[tokio::test]
async fn a_holiday_declared_later_moves_open_deadlines_and_says_why() {
    let dir = tempfile::tempdir().unwrap();
    let url = crate::helpers::test_database_url(dir.path(), "reminders");
    let clock = Arc::new(ManualClock::new(
        "2026-12-06T10:00:00+06:00".parse().unwrap(),
    ));
    let p = pipeline(&url, clock.clone()).await;
    let msg = request(
        1,
        "Union parishad web portal update",
        "Please update our union parishad web portal.",
        clock.now(),
    );
    let Outcome::Opened { reference, .. } = p.process_message(&msg).await.unwrap() else {
        panic!()
    };
    let before = p.store.ticket(&reference).await.unwrap().unwrap();
    assert_eq!(
        local_date(before.due_at.as_deref().unwrap()),
        jiff::civil::date(2026, 12, 9)
    );

    // Nothing changed: nothing recomputed.
    let same = sebadesk::tickets::deadlines::recompute_open(
        &p.store,
        &p.config.office.code,
        &p.config.charter,
        &p.calendar,
        clock.as_ref(),
    )
    .await
    .unwrap();
    assert_eq!(same, 0);
    // The government declares Tuesday 8 December a holiday; the office adds it and restarts.
    let calendar = p.calendar.clone().with_holiday(
        jiff::civil::date(2026, 12, 8),
        "সরকারি ছুটি / Government holiday",
    );
    let changed = sebadesk::tickets::deadlines::recompute_open(
        &p.store,
        &p.config.office.code,
        &p.config.charter,
        &calendar,
        clock.as_ref(),
    )
    .await
    .unwrap();
    assert_eq!(changed, 1);
    let after = p.store.ticket(&reference).await.unwrap().unwrap();
    assert_eq!(
        local_date(after.due_at.as_deref().unwrap()),
        jiff::civil::date(2026, 12, 10)
    );
    let events = p.store.events(after.id).await.unwrap();
    let e = events
        .iter()
        .find(|e| e.kind == "deadline-changed")
        .expect("the change is recorded");
    assert_eq!(e.detail["old_due"], before.due_at.unwrap().as_str());
    assert_eq!(e.detail["new_due"], after.due_at.unwrap().as_str());
    assert!(
        e.detail["skipped_days"]
            .to_string()
            .contains("Government holiday")
    );
}

#[tokio::test]
async fn a_long_failure_alerts_the_officer_once_per_episode() {
    let dir = tempfile::tempdir().unwrap();
    let url = crate::helpers::test_database_url(dir.path(), "reminders");
    let clock = Arc::new(ManualClock::new(
        "2026-12-06T10:00:00+06:00".parse().unwrap(),
    ));
    let p = pipeline(&url, clock.clone()).await;
    p.store.health_ok("imap", clock.now()).await.unwrap();
    p.store
        .health_failed(
            "imap",
            clock.now(),
            "connect to imap.example.org:993: timed out",
        )
        .await
        .unwrap();
    clock.advance(SignedDuration::from_mins(10));
    p.store
        .health_failed("imap", clock.now(), "still failing")
        .await
        .unwrap();
    assert_eq!(
        sebadesk::daemon::health::alert_if_failing(&p)
            .await
            .unwrap(),
        0,
        "not yet 15 minutes"
    );
    clock.advance(SignedDuration::from_mins(6));
    assert_eq!(
        sebadesk::daemon::health::alert_if_failing(&p)
            .await
            .unwrap(),
        1
    );
    clock.advance(SignedDuration::from_mins(30));
    assert_eq!(
        sebadesk::daemon::health::alert_if_failing(&p)
            .await
            .unwrap(),
        0,
        "one alert per episode"
    );
    // Recovery, then a new failure: a new episode, a new alert.
    p.store.health_ok("imap", clock.now()).await.unwrap();
    p.store
        .health_failed("imap", clock.now(), "again")
        .await
        .unwrap();
    clock.advance(SignedDuration::from_mins(16));
    assert_eq!(
        sebadesk::daemon::health::alert_if_failing(&p)
            .await
            .unwrap(),
        1
    );
    let h = p.store.health().await.unwrap();
    assert_eq!(h[0].last_error.as_deref(), Some("again"));
    let rows = sqlx::query("SELECT rcpt_to FROM outbox WHERE kind = 'health-alert'")
        .fetch_all(p.store.pool())
        .await
        .unwrap();
    assert_eq!(rows.len(), 2);
    assert_eq!(
        rows[0].try_get::<String, _>(0).unwrap(),
        "officer@office.test"
    );
}

//! The conversation on a ticket (issue 16), end to end on the real mail stack and, where a
//! clock must move (the 10-minute notice gap, waiting across a weekend and a holiday), in
//! process on a real database with a simulated clock:
//! - the officer answers the citizen by e-mail (`#উত্তর`), threaded, with the ticket number;
//!   a forged `#reply` changes nothing and is recorded;
//! - `tickets reply --wait` → waiting; the citizen's answer → open, the officer told once;
//! - follow-ups within the notice gap are batched into the next notice, sent once even with
//!   two replicas looking;
//! - `pause_while_waiting` moves the deadline by exactly the working days waited;
//! - a status request is answered once a day, and only to the ticket's citizen.

use std::time::Duration;

use crate::helpers::*;

fn parse(raw: &[u8]) -> sebadesk::intake::ParsedMail {
    sebadesk::intake::parse::parse(raw).expect("a parseable mail")
}

/// A plain-text UTF-8 mail (base64 body, RFC 2047 subject), optionally in reply to one.
fn mail(from: &str, id: &str, subject: &str, in_reply_to: Option<&str>, body: &str) -> Vec<u8> {
    use base64::Engine;
    let b64 = base64::engine::general_purpose::STANDARD;
    let irt = in_reply_to
        .map(|i| format!("In-Reply-To: <{i}>\r\nReferences: <{i}>\r\n"))
        .unwrap_or_default();
    format!(
        "From: {from}\r\nTo: ict.melandaha@office.test\r\nSubject: =?UTF-8?B?{}?=\r\n\
Message-ID: <{id}>\r\n{irt}MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n\
Content-Transfer-Encoding: base64\r\n\r\n{}\r\n",
        b64.encode(subject.as_bytes()),
        b64.encode(body.as_bytes())
    )
    .into_bytes()
}

fn kinds(t: &serde_json::Value) -> Vec<String> {
    event_kinds(t)
}

fn events_of<'a>(t: &'a serde_json::Value, kind: &str) -> Vec<&'a serde_json::Value> {
    t["events"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["kind"] == kind)
        .collect()
}

/// Opens a ticket for citizen1 and waits for its acknowledgement and the officer's notice.
/// Returns (reference, the notice's subject, the notice's Message-ID).
async fn open_ticket(
    desk: &mut Imap,
    citizen: &mut Imap,
    officer: &mut Imap,
    daemon: &Daemon,
    request_id: &str,
) -> (String, String, String) {
    desk.append(&bangla_request(
        "citizen1@example.test",
        request_id,
        "ডিজিটাল ল্যাবের প্রজেক্টর নষ্ট",
        "আমাদের স্কুলের ডিজিটাল ল্যাবের প্রজেক্টর চালু হচ্ছে না।\n\nধন্যবাদ\n-- \nমোঃ রহিম উদ্দিন\nপ্রধান শিক্ষক",
    ))
    .await;
    assert!(
        citizen.wait_for(1, Duration::from_secs(20)).await.is_some(),
        "no acknowledgement:\n{}",
        daemon.log_text()
    );
    assert!(
        officer.wait_for(1, Duration::from_secs(20)).await.is_some(),
        "no new-ticket notice:\n{}",
        daemon.log_text()
    );
    let notice = parse(&officer.messages().await[0].2);
    let reference = notice
        .subject
        .split_once('[')
        .and_then(|(_, r)| r.split_once('/'))
        .map(|(r, _)| r.to_string())
        .expect("[REF/TOKEN] in the notice's subject");
    (reference, notice.subject, notice.message_id.unwrap())
}

#[tokio::test(flavor = "multi_thread")]
async fn the_officer_replies_by_mail_threaded_and_a_forged_reply_changes_nothing() {
    let stack = MailStack::start();
    let mut daemon = Daemon::start(&stack, &[]);
    daemon.wait_watching().await;
    let mut desk = stack.imap("ict.melandaha@office.test").await;
    let mut citizen = stack.imap("citizen1@example.test").await;
    let mut officer = stack.imap("officer@office.test").await;
    let (reference, notice_subject, notice_id) = open_ticket(
        &mut desk,
        &mut citizen,
        &mut officer,
        &daemon,
        "conv-req@example.test",
    )
    .await;

    // The new-ticket notice carries the request: name, new text (no signature), why.
    let notice = parse(&officer.messages().await[0].2);
    assert!(notice.text.contains("মোঃ রহিম উদ্দিন"), "{}", notice.text);
    assert!(notice.text.contains("প্রজেক্টর চালু হচ্ছে না"), "{}", notice.text);
    assert!(
        !notice.text.contains("প্রধান শিক্ষক"),
        "signature: {}",
        notice.text
    );
    assert!(notice.text.contains("confidence"), "{}", notice.text);

    // Forged: the officer's From, a wrong token.
    desk.append(&mail(
        "Upazila ICT Officer <officer@office.test>",
        "conv-forged@example.test",
        &format!("Re: [{reference}/wrongtoken9] প্রজেক্টর"),
        None,
        "#reply Please send your password to this address.\n",
    ))
    .await;
    assert!(
        officer.wait_for(2, Duration::from_secs(20)).await.is_some(),
        "no answer to the forged mail:\n{}",
        daemon.log_text()
    );
    tokio::time::sleep(Duration::from_secs(2)).await;
    assert_eq!(
        citizen.count().await,
        1,
        "the forged reply reached the citizen"
    );
    let t = show(&stack, &reference);
    assert_eq!(t["status"], "open");
    let k = kinds(&t);
    assert!(k.contains(&"command-refused".to_string()), "{k:?}");
    assert!(!k.contains(&"replied".to_string()), "{k:?}");

    // Genuine: a reply to the notice, in Bangla, with quoted history below.
    desk.append(&mail(
        "Upazila ICT Officer <officer@office.test>",
        "conv-genuine@example.test",
        &format!("Re: {notice_subject}"),
        Some(&notice_id),
        "#উত্তর অনুগ্রহ করে স্কুলের EIIN নম্বর পাঠান\nএবং প্রজেক্টরের একটি ছবি।\n\nOn Mon, 7 Dec 2026 sebadesk wrote:\n> নতুন আবেদন এসেছে।\n> quoted notice text\n",
    ))
    .await;
    assert!(
        citizen.wait_for(2, Duration::from_secs(20)).await.is_some(),
        "no reply reached the citizen:\n{}",
        daemon.log_text()
    );
    let raw = citizen.messages().await[1].2.clone();
    let reply = parse(&raw);
    assert!(reply.subject.contains(&reference), "{}", reply.subject);
    assert_eq!(
        reply.in_reply_to,
        vec!["conv-req@example.test".to_string()],
        "threaded to the citizen's mail"
    );
    assert!(
        reply
            .references
            .contains(&"conv-req@example.test".to_string())
    );
    assert_eq!(
        reply.from_address.as_deref(),
        Some("ict.melandaha@office.test")
    );
    assert_eq!(reply.header("auto-submitted"), Some("auto-replied"));
    assert!(
        reply
            .text
            .replace("\r\n", "\n")
            .contains("অনুগ্রহ করে স্কুলের EIIN নম্বর পাঠান\nএবং প্রজেক্টরের একটি ছবি।"),
        "{}",
        reply.text
    );
    assert!(reply.text.contains(&format!("টিকিট নম্বর {reference}")));
    assert!(!reply.text.contains("quoted notice text"), "{}", reply.text);
    let token = notice_subject
        .split_once('/')
        .and_then(|(_, t)| t.split_once(']'))
        .map(|(t, _)| t.to_string())
        .unwrap();
    assert!(
        !String::from_utf8_lossy(&raw).contains(&token),
        "the token reached the citizen"
    );
    let t = show(&stack, &reference);
    let replied = events_of(&t, "replied");
    assert_eq!(replied.len(), 1, "{:?}", kinds(&t));
    assert_eq!(replied[0]["detail"]["by"], "officer@office.test");
    assert_eq!(replied[0]["detail"]["wait"], false);
    assert!(
        replied[0]["detail"]["text"]
            .as_str()
            .unwrap()
            .starts_with("অনুগ্রহ করে স্কুলের EIIN"),
        "{}",
        replied[0]
    );
    assert!(replied[0]["at"].as_str().is_some());
    assert_eq!(t["status"], "open");
    assert!(
        t["outbox"]
            .as_array()
            .unwrap()
            .iter()
            .any(|o| o["kind"] == "reply" && o["rcpt_to"] == "citizen1@example.test"),
        "{}",
        t["outbox"]
    );
    assert_eq!(daemon.stop(), Some(0));
}

#[tokio::test(flavor = "multi_thread")]
async fn reply_wait_then_the_citizen_answers_the_ticket_opens_and_the_officer_hears_once() {
    let stack = MailStack::start();
    let mut daemon = Daemon::start(&stack, &[]);
    daemon.wait_watching().await;
    let mut desk = stack.imap("ict.melandaha@office.test").await;
    let mut citizen = stack.imap("citizen1@example.test").await;
    let mut officer = stack.imap("officer@office.test").await;
    let (reference, _, _) = open_ticket(
        &mut desk,
        &mut citizen,
        &mut officer,
        &daemon,
        "wait-req@example.test",
    )
    .await;

    // Bad input first: a megabyte of text is refused whole, with the limit; nothing changes.
    let big = stack.dir.join("big.txt");
    std::fs::write(&big, "x".repeat(1024 * 1024)).unwrap();
    let out = sebadesk(
        &stack,
        &[],
        &[
            "tickets",
            "reply",
            &reference,
            "--file",
            big.to_str().unwrap(),
        ],
    );
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("20000"), "{err}");
    let long = "y".repeat(20_001);
    let out = sebadesk(&stack, &[], &["tickets", "reply", &reference, &long]);
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    assert!(String::from_utf8_lossy(&out.stderr).contains("20001 characters"));
    assert!(!kinds(&show(&stack, &reference)).contains(&"replied".to_string()));

    let text = stack.dir.join("reply.txt");
    std::fs::write(
        &text,
        "Please send the school's EIIN number.\r\nBcc: someone@example.test\r\n",
    )
    .unwrap();
    let out = sebadesk(
        &stack,
        &[],
        &[
            "tickets",
            "reply",
            &reference,
            "--wait",
            "--file",
            text.to_str().unwrap(),
        ],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(show(&stack, &reference)["status"], "waiting");
    assert!(
        citizen.wait_for(2, Duration::from_secs(20)).await.is_some(),
        "no reply:\n{}",
        daemon.log_text()
    );
    let reply_raw = citizen.messages().await[1].2.clone();
    let reply = parse(&reply_raw);
    assert_eq!(reply.in_reply_to, vec!["wait-req@example.test".to_string()]);
    let head = String::from_utf8_lossy(&reply_raw);
    let head = head.split("\r\n\r\n").next().unwrap();
    assert!(
        !head
            .lines()
            .any(|l| l.to_ascii_lowercase().starts_with("bcc")),
        "{head}"
    );
    assert!(
        reply.text.contains("Bcc: someone@example.test"),
        "kept as text"
    );
    // No one else got it: only the citizen's and the officer's mailboxes were written to.
    let mut someone = stack.imap("citizen2@example.test").await;
    assert_eq!(someone.count().await, 0);

    // The citizen answers in the thread, quoting our reply.
    let reply_id = reply.message_id.clone().unwrap();
    desk.append(&mail(
        "মোঃ রহিম উদ্দিন <citizen1@example.test>",
        "wait-answer-1@example.test",
        &format!("Re: {}", reply.subject),
        Some(&reply_id),
        "EIIN 123456.\n\nOn Mon, 7 Dec 2026 office wrote:\n> Please send the school's EIIN number.\n",
    ))
    .await;
    assert!(
        officer.wait_for(2, Duration::from_secs(20)).await.is_some(),
        "the officer was not told:\n{}",
        daemon.log_text()
    );
    let t = show(&stack, &reference);
    assert_eq!(t["status"], "open", "{:?}", kinds(&t));
    assert_eq!(events_of(&t, "waiting-ended").len(), 1, "{:?}", kinds(&t));
    let followup = events_of(&t, "followup");
    assert_eq!(followup.len(), 1);
    assert_eq!(followup[0]["detail"]["text"], "EIIN 123456.");
    let notice = parse(&officer.messages().await[1].2);
    assert!(
        notice.subject.starts_with(&format!("[{reference}/")),
        "{}",
        notice.subject
    );
    assert!(notice.text.contains("EIIN 123456."), "{}", notice.text);
    assert!(
        !notice.text.contains("Please send the school"),
        "quoted: {}",
        notice.text
    );

    // A second follow-up at once: within the gap, so no second notice now.
    desk.append(&mail(
        "<citizen1@example.test>",
        "wait-answer-2@example.test",
        &format!("Re: [{reference}] more"),
        None,
        "The lab has 20 computers.\n",
    ))
    .await;
    let t0 = std::time::Instant::now();
    while events_of(&show(&stack, &reference), "followup").len() < 2 {
        assert!(
            t0.elapsed() < Duration::from_secs(20),
            "{}",
            daemon.log_text()
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    tokio::time::sleep(Duration::from_secs(3)).await;
    assert_eq!(
        officer.count().await,
        2,
        "the officer was told twice within 10 minutes"
    );
    let t = show(&stack, &reference);
    assert_eq!(
        t["outbox"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|o| o["kind"] == "officer-followup")
            .count(),
        1,
        "{}",
        t["outbox"]
    );
    assert_eq!(daemon.stop(), Some(0));
}

#[tokio::test(flavor = "multi_thread")]
async fn a_status_request_is_answered_once_a_day_and_only_to_the_citizen() {
    let stack = MailStack::start();
    let mut daemon = Daemon::start(&stack, &[]);
    daemon.wait_watching().await;
    let mut desk = stack.imap("ict.melandaha@office.test").await;
    let mut citizen = stack.imap("citizen1@example.test").await;
    let mut officer = stack.imap("officer@office.test").await;
    let (reference, _, _) = open_ticket(
        &mut desk,
        &mut citizen,
        &mut officer,
        &daemon,
        "st-req@example.test",
    )
    .await;
    let ack_id = parse(&citizen.messages().await[0].2).message_id.unwrap();

    desk.append(&mail(
        "<citizen1@example.test>",
        "st-1@example.test",
        &format!("Re: [{reference}] আবেদন গৃহীত"),
        Some(&ack_id),
        "কী অবস্থা?\n\nOn Mon, 7 Dec 2026 office wrote:\n> আবেদন গৃহীত\n",
    ))
    .await;
    assert!(
        citizen.wait_for(2, Duration::from_secs(20)).await.is_some(),
        "no status answer:\n{}",
        daemon.log_text()
    );
    let answer = parse(&citizen.messages().await[1].2);
    assert!(answer.subject.contains(&reference), "{}", answer.subject);
    assert_eq!(answer.in_reply_to, vec!["st-1@example.test".to_string()]);
    assert_eq!(answer.header("auto-submitted"), Some("auto-replied"));
    for word in [
        "অবস্থা: প্রক্রিয়াধীন",
        "Status: in progress",
        "২০২৬",
        "Deadline:",
    ] {
        assert!(answer.text.contains(word), "{word}: {}", answer.text);
    }
    assert!(answer.text.find("সময়সীমা").unwrap() < answer.text.find("Deadline").unwrap());

    // The same day again: recorded, not answered.
    desk.append(&mail(
        "<citizen1@example.test>",
        "st-2@example.test",
        &format!("Re: [{reference}] আবেদন গৃহীত"),
        None,
        "#status\n",
    ))
    .await;
    // Someone else who replies to our mail (may join the ticket) asks too: not answered.
    desk.append(&mail(
        "<citizen2@example.test>",
        "st-3@example.test",
        &format!("Re: [{reference}] আবেদন গৃহীত"),
        Some(&ack_id),
        "status?\n",
    ))
    .await;
    let t0 = std::time::Instant::now();
    loop {
        let t = show(&stack, &reference);
        if events_of(&t, "status-not-answered").len() >= 2 {
            break;
        }
        assert!(
            t0.elapsed() < Duration::from_secs(20),
            "{:?}\n{}",
            kinds(&t),
            daemon.log_text()
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    tokio::time::sleep(Duration::from_secs(2)).await;
    assert_eq!(
        citizen.count().await,
        2,
        "a second status answer the same day"
    );
    let mut other = stack.imap("citizen2@example.test").await;
    assert_eq!(other.count().await, 0, "a stranger got the status");
    let t = show(&stack, &reference);
    assert_eq!(events_of(&t, "status-answered").len(), 1);
    let reasons: Vec<String> = events_of(&t, "status-not-answered")
        .iter()
        .map(|e| e["detail"]["reason"].as_str().unwrap().to_string())
        .collect();
    assert!(
        reasons.iter().any(|r| r.contains("answered already today")),
        "{reasons:?}"
    );
    assert!(
        reasons
            .iter()
            .any(|r| r.contains("not from the ticket's citizen")),
        "{reasons:?}"
    );
    assert_eq!(daemon.stop(), Some(0));
}

/// The desk in process on a real database, with a clock the test moves.
mod in_process {
    use std::collections::BTreeMap;
    use std::sync::Arc;

    use jiff::{SignedDuration, Timestamp};
    use sebadesk::config::Config;
    use sebadesk::domain::TicketRef;
    use sebadesk::intake::{InboundMessage, MailboxPosition};
    use sebadesk::pipeline::{Outcome, Pipeline};
    use sebadesk::sla::{Clock, ManualClock};
    use sebadesk::store::Store;
    use sqlx::Row;

    use crate::helpers::project_root;

    struct Desk {
        p: Pipeline,
        clock: Arc<ManualClock>,
        url: String,
        uid: u32,
        _dir: tempfile::TempDir,
    }

    async fn pipeline(url: &str, clock: Arc<ManualClock>, pause: bool) -> Pipeline {
        pipeline_with(url, clock, pause, &[]).await
    }

    async fn pipeline_with(
        url: &str,
        clock: Arc<ManualClock>,
        pause: bool,
        extra: &[(&str, &str)],
    ) -> Pipeline {
        let mut env: BTreeMap<String, String> = [
            ("SEBADESK_DATABASE_URL", url.to_string()),
            ("SEBADESK_SLA_PAUSE_WHILE_WAITING", pause.to_string()),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v))
        .collect();
        env.extend(extra.iter().map(|(k, v)| (k.to_string(), v.to_string())));
        let config =
            Config::load_with_env(&project_root().join("config/sebadesk.toml"), &env).unwrap();
        let store = Store::connect(&config.database.url, 2).await.unwrap();
        store.migrate().await.unwrap();
        Pipeline::new(Arc::new(config), store, clock).unwrap()
    }

    impl Desk {
        async fn new(name: &str, at: &str, pause: bool) -> Desk {
            Desk::with_env(name, at, pause, &[]).await
        }

        /// A desk whose config also has `env` (SEBADESK_* overrides).
        async fn with_env(name: &str, at: &str, pause: bool, env: &[(&str, &str)]) -> Desk {
            let dir = tempfile::tempdir().unwrap();
            let url = crate::helpers::test_database_url(dir.path(), name);
            let clock = Arc::new(ManualClock::new(at.parse().unwrap()));
            let p = pipeline_with(&url, clock.clone(), pause, env).await;
            Desk {
                p,
                clock,
                url,
                uid: 0,
                _dir: dir,
            }
        }

        async fn take(&mut self, raw: String) -> Outcome {
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

        /// A school's digital-lab request (7 working days).
        async fn open(&mut self) -> TicketRef {
            self.open_for(1).await
        }

        /// The same request from citizen `n`.
        async fn open_for(&mut self, n: u32) -> TicketRef {
            let raw = format!(
                "From: <citizen{n}@example.test>\r\nTo: ict.melandaha@office.test\r\n\
Subject: School digital lab computers not starting\r\nMessage-ID: <lab-{n}@example.test>\r\n\
Content-Type: text/plain; charset=utf-8\r\n\r\nOur school digital lab computers do not start.\r\n"
            );
            let Outcome::Opened { reference, .. } = self.take(raw).await else {
                panic!("no ticket")
            };
            reference
        }

        async fn citizen_writes(&mut self, reference: &TicketRef, n: u32, body: &str) {
            self.citizen_n_writes(1, reference, n, body).await
        }

        async fn citizen_n_writes(&mut self, who: u32, reference: &TicketRef, n: u32, body: &str) {
            let raw = format!(
                "From: <citizen{who}@example.test>\r\nTo: ict.melandaha@office.test\r\n\
Subject: Re: [{reference}] lab\r\nMessage-ID: <lab-followup-{who}-{n}@example.test>\r\n\
Content-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n"
            );
            let outcome = self.take(raw).await;
            assert!(matches!(outcome, Outcome::Appended { .. }), "{outcome:?}");
        }

        async fn ticket(&self, reference: &TicketRef) -> sebadesk::domain::Ticket {
            self.p.store.ticket(reference).await.unwrap().unwrap()
        }

        async fn events(&self, reference: &TicketRef, kind: &str) -> Vec<serde_json::Value> {
            let t = self.ticket(reference).await;
            self.p
                .store
                .events(t.id)
                .await
                .unwrap()
                .into_iter()
                .filter(|e| e.kind == kind)
                .map(|e| e.detail)
                .collect()
        }

        /// The follow-up notices queued, as their text.
        async fn notices(&self) -> Vec<String> {
            let rows = sqlx::query(
                "SELECT b.raw FROM outbox o JOIN outbox_bodies b ON b.outbox_id = o.id
                 WHERE o.kind = 'officer-followup' ORDER BY o.id",
            )
            .fetch_all(self.p.store.pool())
            .await
            .unwrap();
            rows.iter()
                .map(|r| {
                    let raw: Vec<u8> = r.get(0);
                    sebadesk::intake::parse::parse(&raw).unwrap().text
                })
                .collect()
        }

        fn advance(&self, by: SignedDuration) {
            self.clock.advance(by);
        }

        fn set(&self, at: &str) {
            self.clock.set(at.parse::<Timestamp>().unwrap());
        }
    }

    impl Drop for Desk {
        fn drop(&mut self) {
            crate::helpers::drop_test_database(&self.url);
        }
    }

    fn local_day(due: &str) -> String {
        due.parse::<Timestamp>()
            .unwrap()
            .to_zoned_datetime(jiff::tz::db().get("Asia/Dhaka").unwrap())
            .strftime("%Y-%m-%d %H:%M")
            .to_string()
    }

    /// Asked on Tuesday 15 December 2026, answered on Sunday 20 December: Wednesday 16 is
    /// Victory Day, Friday and Saturday the weekend, so two working days waited (Thursday 17
    /// and Sunday 20) and the deadline moves by exactly two working days.
    #[tokio::test(flavor = "multi_thread")]
    async fn pause_while_waiting_moves_the_deadline_by_the_working_days_waited() {
        // Sunday 13 December 2026, 10:00 in Dhaka.
        let mut d = Desk::new("pause", "2026-12-13T10:00:00+06:00", true).await;
        let r = d.open().await;
        let t = d.ticket(&r).await;
        assert_eq!(t.service.as_deref(), Some("digital-lab"));
        let due_before = t.due_at.clone().unwrap();
        // 7 working days from Sunday 13: 14, 15, 17, 20, 21, 22, 23 (16 Victory Day).
        assert_eq!(local_day(&due_before), "2026-12-23 17:00");

        d.set("2026-12-15T11:00:00+06:00");
        sebadesk::tickets::actions::reply(&d.p, &r, "Please send the school's EIIN.", true, "test")
            .await
            .unwrap();
        assert_eq!(d.ticket(&r).await.status.as_str(), "waiting");
        // Waiting pauses the reminders: nothing is planned for a waiting ticket.
        d.set("2026-12-20T12:00:00+06:00");
        d.citizen_writes(&r, 1, "EIIN 123456").await;
        let t = d.ticket(&r).await;
        assert_eq!(t.status.as_str(), "open");
        let due_after = t.due_at.clone().unwrap();
        // Two more working days: 24 and 27 (25, 26 are Friday and Saturday).
        assert_eq!(local_day(&due_after), "2026-12-27 17:00");
        let calendar = d.p.config.calendar();
        let received: Timestamp = t.received_at.parse().unwrap();
        assert_eq!(
            calendar.deadline(received, 7 + 2).due.timestamp(),
            due_after.parse::<Timestamp>().unwrap()
        );
        let ended = d.events(&r, "waiting-ended").await;
        assert_eq!(ended.len(), 1);
        assert_eq!(ended[0]["working_days"], 2);
        let changed = d.events(&r, "deadline-changed").await;
        assert_eq!(changed.len(), 1, "{changed:?}");
        assert_eq!(changed[0]["old_due"], due_before.as_str());
        assert_eq!(changed[0]["new_due"], due_after.as_str());
        assert!(
            changed[0]["reason"]
                .as_str()
                .unwrap()
                .contains("waiting for the citizen: 2 working day"),
            "{changed:?}"
        );

        // A recomputation of deadlines (a restart after a holiday change) keeps the pause.
        let n = sebadesk::tickets::deadlines::recompute_open(
            &d.p.store,
            &d.p.config.office.code,
            &d.p.config.charter,
            &d.p.calendar,
            d.clock.as_ref(),
        )
        .await
        .unwrap();
        assert_eq!(n, 0, "the recomputation undid the pause");
        assert_eq!(d.ticket(&r).await.due_at.unwrap(), due_after);
    }

    /// The default: waiting does not move the deadline.
    #[tokio::test(flavor = "multi_thread")]
    async fn without_pause_while_waiting_the_deadline_stays() {
        let mut d = Desk::new("nopause", "2026-12-13T10:00:00+06:00", false).await;
        let r = d.open().await;
        let due_before = d.ticket(&r).await.due_at.unwrap();
        d.set("2026-12-15T11:00:00+06:00");
        sebadesk::tickets::actions::reply(&d.p, &r, "EIIN?", true, "test")
            .await
            .unwrap();
        d.set("2026-12-20T12:00:00+06:00");
        d.citizen_writes(&r, 1, "EIIN 123456").await;
        let t = d.ticket(&r).await;
        assert_eq!(t.status.as_str(), "open");
        assert_eq!(t.due_at.unwrap(), due_before);
        assert!(d.events(&r, "deadline-changed").await.is_empty());
        assert_eq!(d.events(&r, "waiting-ended").await[0]["working_days"], 2);
    }

    /// Follow-ups within ten minutes of a notice wait; the office's periodic look sends them
    /// in one notice once the gap has passed, once, even with a second replica looking.
    #[tokio::test(flavor = "multi_thread")]
    async fn follow_ups_within_the_gap_are_batched_into_one_next_notice_sent_once() {
        let mut d = Desk::new("batch", "2026-12-07T10:00:00+06:00", false).await;
        let r = d.open().await;
        d.advance(SignedDuration::from_mins(1));
        d.citizen_writes(&r, 1, "first: the lab has 20 computers")
            .await;
        assert_eq!(
            d.notices().await.len(),
            1,
            "the first follow-up is told at once"
        );
        d.advance(SignedDuration::from_mins(2));
        d.citizen_writes(&r, 2, "second: 5 of them do not start\n\n> quoted old text")
            .await;
        d.advance(SignedDuration::from_mins(2));
        d.citizen_writes(&r, 3, "third: the UPS is broken").await;
        assert_eq!(d.notices().await.len(), 1, "told again within 10 minutes");
        let replica = pipeline(&d.url, d.clock.clone(), false).await;
        assert_eq!(sebadesk::tickets::followups::flush(&d.p).await.unwrap(), 0);

        // 11 minutes after the first notice: both replicas look at once.
        d.advance(SignedDuration::from_mins(7));
        let (a, b) = tokio::join!(
            sebadesk::tickets::followups::flush(&d.p),
            sebadesk::tickets::followups::flush(&replica)
        );
        assert_eq!(a.unwrap() + b.unwrap(), 1, "one notice for the batch");
        let notices = d.notices().await;
        assert_eq!(notices.len(), 2);
        assert!(
            notices[1].contains("second: 5 of them do not start"),
            "{}",
            notices[1]
        );
        assert!(
            notices[1].contains("third: the UPS is broken"),
            "{}",
            notices[1]
        );
        assert!(
            !notices[1].contains("first: the lab"),
            "told twice: {}",
            notices[1]
        );
        assert!(!notices[1].contains("quoted old text"), "{}", notices[1]);
        // Nothing left to tell, however often they look.
        d.advance(SignedDuration::from_mins(30));
        assert_eq!(sebadesk::tickets::followups::flush(&d.p).await.unwrap(), 0);
        assert_eq!(
            sebadesk::tickets::followups::flush(&replica).await.unwrap(),
            0
        );
        assert_eq!(d.notices().await.len(), 2);
        // An auto-reply naming the ticket is not a follow-up: no notice.
        let raw = format!(
            "From: <citizen1@example.test>\r\nTo: ict.melandaha@office.test\r\n\
Subject: Auto: Re: [{r}] lab\r\nAuto-Submitted: auto-replied\r\nMessage-ID: <auto-1@example.test>\r\n\
Content-Type: text/plain; charset=utf-8\r\n\r\nI am out of the office.\r\n"
        );
        d.take(raw).await;
        d.advance(SignedDuration::from_mins(30));
        assert_eq!(sebadesk::tickets::followups::flush(&d.p).await.unwrap(), 0);
        assert_eq!(d.notices().await.len(), 2);
    }

    /// A flood of follow-ups on many tickets (forged citizens' From lines, say) is bounded by
    /// `hygiene.notice_limit_per_hour` per office; the held ones go out when the hour allows.
    #[tokio::test(flavor = "multi_thread")]
    async fn follow_up_notices_are_capped_per_office_hour_and_held_ones_go_later() {
        let mut d = Desk::with_env(
            "flood",
            "2026-12-07T10:00:00+06:00",
            false,
            &[("SEBADESK_HYGIENE_NOTICE_LIMIT_PER_HOUR", "2")],
        )
        .await;
        let mut refs = Vec::new();
        for n in 1..=3 {
            refs.push(d.open_for(n).await);
        }
        for (i, r) in refs.iter().enumerate() {
            d.citizen_n_writes(i as u32 + 1, r, 1, "any progress on the lab computers")
                .await;
        }
        assert_eq!(d.notices().await.len(), 2, "the hour's cap");
        assert_eq!(sebadesk::tickets::followups::flush(&d.p).await.unwrap(), 0);
        d.advance(SignedDuration::from_mins(61));
        assert_eq!(sebadesk::tickets::followups::flush(&d.p).await.unwrap(), 1);
        let notices = d.notices().await;
        assert_eq!(notices.len(), 3);
        assert!(notices[2].contains(&refs[2].to_string()), "{}", notices[2]);
    }

    /// "Status?" about a resolved ticket is answered and does not reopen it.
    #[tokio::test(flavor = "multi_thread")]
    async fn a_status_question_about_a_resolved_ticket_is_answered_not_reopened() {
        let mut d = Desk::new("resolved-status", "2026-12-07T10:00:00+06:00", false).await;
        let r = d.open().await;
        sebadesk::tickets::actions::resolve(&d.p, &r, Some("fixed"), "test")
            .await
            .unwrap();
        d.advance(SignedDuration::from_hours(2));
        d.citizen_writes(&r, 1, "ki obostha?").await;
        assert_eq!(d.ticket(&r).await.status.as_str(), "resolved");
        assert!(d.events(&r, "reopened").await.is_empty());
        assert_eq!(d.events(&r, "status-answered").await.len(), 1);
        let rows = sqlx::query("SELECT b.raw FROM outbox o JOIN outbox_bodies b ON b.outbox_id = o.id WHERE o.kind = 'status-answer'")
            .fetch_all(d.p.store.pool())
            .await
            .unwrap();
        assert_eq!(rows.len(), 1);
        let raw: Vec<u8> = rows[0].get(0);
        let text = sebadesk::intake::parse::parse(&raw).unwrap().text;
        assert!(
            text.contains("নিষ্পত্তি হয়েছে") && text.contains("Status: resolved"),
            "{text}"
        );
        assert!(
            !text.contains("fixed"),
            "the note is not in the status answer: {text}"
        );
        assert!(
            d.notices().await.is_empty(),
            "the officer is not told of a status question"
        );
    }

    /// A follow-up with one attachment (base64, as a mail client sends it).
    fn followup_with_file(reference: &TicketRef, n: u32, name: &str, data: &[u8]) -> String {
        use base64::Engine;
        let b64 = base64::engine::general_purpose::STANDARD.encode(data);
        format!(
            "From: <citizen1@example.test>\r\nTo: ict.melandaha@office.test\r\n\
Subject: Re: [{reference}] lab\r\nMessage-ID: <lab-file-{n}@example.test>\r\nMIME-Version: 1.0\r\n\
Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n\
file {n} attached\r\n--b\r\nContent-Type: application/pdf\r\n\
Content-Disposition: attachment; filename=\"{name}\"\r\nContent-Transfer-Encoding: base64\r\n\r\n\
{b64}\r\n--b--\r\n"
        )
    }

    /// The attachment numbers each follow-up notice carries, in the order they were queued.
    async fn carried(d: &Desk) -> Vec<Vec<i64>> {
        let rows = sqlx::query(
            "SELECT o.id FROM outbox o WHERE o.kind = 'officer-followup' ORDER BY o.id",
        )
        .fetch_all(d.p.store.pool())
        .await
        .unwrap();
        let mut all = Vec::new();
        for r in rows {
            let parts = d.p.store.outbox_attachments(r.get(0)).await.unwrap();
            all.push(parts.iter().map(|a| a.n).collect());
        }
        all
    }

    /// A batched follow-up notice carries the attachments of every follow-up it tells of,
    /// within `attachments.forward_max_bytes` in all; the one over the budget is listed with
    /// the command that fetches it. An attachment already told is not carried again.
    #[tokio::test(flavor = "multi_thread")]
    async fn a_batched_follow_up_notice_carries_their_attachments_within_the_budget() {
        let mut d = Desk::with_env(
            "fufiles",
            "2026-12-07T10:00:00+06:00",
            false,
            &[("SEBADESK_ATTACHMENTS_FORWARD_MAX_BYTES", "3000")],
        )
        .await;
        let r = d.open().await;
        let file = |len: usize, seed: u8| -> Vec<u8> {
            (0..len)
                .map(|i| (i as u8).wrapping_mul(31) ^ seed)
                .collect()
        };
        d.advance(SignedDuration::from_mins(1));
        let raw = followup_with_file(&r, 1, "one.pdf", &file(1000, 1));
        assert!(matches!(d.take(raw).await, Outcome::Appended { .. }));
        assert_eq!(
            carried(&d).await,
            vec![vec![1]],
            "told at once, with its file"
        );
        d.advance(SignedDuration::from_mins(2));
        let raw = followup_with_file(&r, 2, "two.pdf", &file(2000, 2));
        assert!(matches!(d.take(raw).await, Outcome::Appended { .. }));
        d.advance(SignedDuration::from_mins(2));
        let raw = followup_with_file(&r, 3, "three.pdf", &file(2000, 3));
        assert!(matches!(d.take(raw).await, Outcome::Appended { .. }));
        assert_eq!(carried(&d).await.len(), 1, "within the gap");
        d.advance(SignedDuration::from_mins(7));
        assert_eq!(sebadesk::tickets::followups::flush(&d.p).await.unwrap(), 1);
        assert_eq!(
            carried(&d).await,
            vec![vec![1], vec![2]],
            "2000 + 2000 bytes over a budget of 3000: the second is listed only"
        );
        let notices = d.notices().await;
        let text = &notices[1];
        assert!(
            text.contains("Attachments: 2 (1 attached to this e-mail)"),
            "{text}"
        );
        assert!(
            text.contains("3. three.pdf — application/pdf, 2 KB — not attached: size limit"),
            "{text}"
        );
        assert!(
            text.contains(&format!(
                "To get the 1 not attached: sebadesk tickets attachment {r} N --out FILE"
            )),
            "{text}"
        );
        assert!(
            text.contains("সংযুক্তি: ২টি (১টি এই ই-মেইলে সংযুক্ত)"),
            "{text}"
        );
        assert!(!text.contains("one.pdf"), "told twice: {text}");
    }
}

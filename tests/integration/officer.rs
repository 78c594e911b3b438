//! The officer's e-mail commands end to end on the real mail stack: a reply to the new-ticket
//! notice resolves the ticket and the citizen receives the resolution notice; a forged
//! command (the officer's From, no token) changes nothing and is recorded on the ticket.

use std::time::Duration;

use crate::helpers::*;

fn header_of(raw: &[u8], name: &str) -> Option<String> {
    let parsed = sebadesk::intake::parse::parse(raw)?;
    match name {
        "subject" => Some(parsed.subject),
        _ => parsed.header(name).map(str::to_string),
    }
}

fn mail_from_officer(subject: &str, id: &str, in_reply_to: Option<&str>, body: &str) -> Vec<u8> {
    use base64::Engine;
    let b64 = base64::engine::general_purpose::STANDARD;
    let irt = in_reply_to
        .map(|i| format!("In-Reply-To: {i}\r\nReferences: {i}\r\n"))
        .unwrap_or_default();
    format!(
        "From: Upazila ICT Officer <officer@office.test>\r\nTo: ict.melandaha@office.test\r\n\
Subject: =?UTF-8?B?{}?=\r\nMessage-ID: <{id}>\r\n{irt}MIME-Version: 1.0\r\n\
Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n{}\r\n",
        b64.encode(subject.as_bytes()),
        b64.encode(body.as_bytes())
    )
    .into_bytes()
}

#[tokio::test(flavor = "multi_thread")]
async fn the_officer_resolves_by_reply_and_a_forged_command_changes_nothing() {
    let stack = MailStack::start();
    let mut daemon = Daemon::start(&stack, &[]);
    daemon.wait_watching().await;
    let mut desk = stack.imap("ict.melandaha@office.test").await;
    let mut citizen = stack.imap("citizen1@example.test").await;
    let mut officer = stack.imap("officer@office.test").await;

    desk.append(&bangla_request(
        "citizen1@example.test",
        "cmd-req@example.test",
        "ডিজিটাল ল্যাবের প্রজেক্টর নষ্ট",
        "আমাদের স্কুলের ডিজিটাল ল্যাবের প্রজেক্টর চালু হচ্ছে না।",
    ))
    .await;
    assert!(
        citizen.wait_for(1, Duration::from_secs(20)).await.is_some(),
        "{}",
        daemon.log_text()
    );
    assert!(
        officer.wait_for(1, Duration::from_secs(20)).await.is_some(),
        "no new-ticket notice:\n{}",
        daemon.log_text()
    );
    let reference = tickets_json(&stack)[0]["reference"]
        .as_str()
        .unwrap()
        .to_string();
    let notice = &officer.messages().await[0].2;
    let notice_subject = header_of(notice, "subject").unwrap();
    let notice_id = header_of(notice, "message-id").unwrap();
    assert!(
        notice_subject.starts_with(&format!("[{reference}/")),
        "the notice carries the token: {notice_subject}"
    );

    // Forged: the officer's From, the ticket named, but no token.
    desk.append(&mail_from_officer(
        &format!("Re: [{reference}] প্রজেক্টর"),
        "forged-1@example.test",
        None,
        "#resolve done\n",
    ))
    .await;
    assert!(
        officer.wait_for(2, Duration::from_secs(20)).await.is_some(),
        "no confirmation:\n{}",
        daemon.log_text()
    );
    let t = show(&stack, &reference);
    assert_eq!(t["status"], "open", "a forged command changed the ticket");
    let kinds: Vec<&str> = t["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["kind"].as_str().unwrap())
        .collect();
    assert!(kinds.contains(&"command-refused"), "{kinds:?}");

    // Genuine: a reply to the notice (its subject keeps the token), Bangla command.
    desk.append(&mail_from_officer(
        &format!("Re: {notice_subject}"),
        "genuine-1@example.test",
        Some(&notice_id),
        "#সমাধান প্রজেক্টরের ল্যাম্প বদলে দেওয়া হয়েছে\n\nধন্যবাদ\n",
    ))
    .await;
    assert!(
        citizen.wait_for(2, Duration::from_secs(20)).await.is_some(),
        "no resolution notice:\n{}",
        daemon.log_text()
    );
    let t = show(&stack, &reference);
    assert_eq!(t["status"], "resolved");
    let mails = citizen.messages().await;
    let resolution = sebadesk::intake::parse::parse(&mails[1].2).unwrap();
    assert!(
        resolution.subject.contains(&reference) && resolution.subject.contains("নিষ্পত্তি"),
        "{}",
        resolution.subject
    );
    assert!(
        resolution.text.contains("প্রজেক্টরের ল্যাম্প বদলে দেওয়া হয়েছে"),
        "{}",
        resolution.text
    );
    assert!(
        resolution.text.find("নিষ্পত্তি").unwrap() < resolution.text.find("resolved").unwrap(),
        "Bangla first"
    );
    assert_eq!(
        resolution.in_reply_to,
        vec!["cmd-req@example.test".to_string()],
        "threaded to the request"
    );
    // The officer got two confirmations (refused, then done) besides the notice.
    assert!(officer.wait_for(3, Duration::from_secs(20)).await.is_some());
    assert_eq!(daemon.stop(), Some(0));
}

/// The handle `REF/TOKEN` from a mail's subject `[REF/TOKEN] …`.
fn handle_in(subject: &str) -> (String, String) {
    let inner = subject
        .split_once('[')
        .and_then(|(_, rest)| rest.split_once(']'))
        .map(|(inner, _)| inner)
        .unwrap_or_else(|| panic!("no [REF/TOKEN] in {subject}"));
    let (reference, token) = inner.split_once('/').expect("REF/TOKEN");
    (reference.to_string(), token.to_string())
}

/// Issue 14 M1: the officer names the ticket in Bengali digits (as the digest invites); the
/// citizen's resolution notice must not carry the token, and the token, once used, acts no
/// more (a forger who learnt it changes nothing).
#[tokio::test(flavor = "multi_thread")]
async fn a_command_in_bengali_digits_leaks_no_token_and_a_forged_reuse_does_nothing() {
    let stack = MailStack::start();
    let mut daemon = Daemon::start(&stack, &[]);
    daemon.wait_watching().await;
    let mut desk = stack.imap("ict.melandaha@office.test").await;
    let mut citizen = stack.imap("citizen1@example.test").await;
    let mut officer = stack.imap("officer@office.test").await;
    desk.append(&bangla_request(
        "citizen1@example.test",
        "m1-req@example.test",
        "ডিজিটাল ল্যাবের প্রজেক্টর নষ্ট",
        "আমাদের স্কুলের ডিজিটাল ল্যাবের প্রজেক্টর চালু হচ্ছে না।",
    ))
    .await;
    assert!(citizen.wait_for(1, Duration::from_secs(20)).await.is_some());
    assert!(officer.wait_for(1, Duration::from_secs(20)).await.is_some());
    let notice = &officer.messages().await[0].2;
    let (reference, token) = handle_in(&header_of(notice, "subject").unwrap());

    // From the digest: no handle in the subject, the ticket in Bengali digits on the line.
    let bengali = sebadesk::text::bangla::digits(&reference);
    desk.append(&mail_from_officer(
        "Re: দৈনিক সারসংক্ষেপ / Daily digest",
        "m1-genuine@example.test",
        None,
        &format!("#resolve {bengali}/{token} প্রজেক্টরের ল্যাম্প বদলে দেওয়া হয়েছে\n"),
    ))
    .await;
    assert!(
        citizen.wait_for(2, Duration::from_secs(20)).await.is_some(),
        "no resolution notice:\n{}",
        daemon.log_text()
    );
    let raw = &citizen.messages().await[1].2;
    let resolution = sebadesk::intake::parse::parse(raw).unwrap();
    assert!(
        resolution.text.contains("প্রজেক্টরের ল্যাম্প বদলে দেওয়া হয়েছে"),
        "{}",
        resolution.text
    );
    for seen in [&resolution.subject, &resolution.text] {
        assert!(
            !seen.to_lowercase().contains(&token),
            "the citizen saw the token: {seen}"
        );
    }
    assert!(
        !String::from_utf8_lossy(raw).contains(&token),
        "token in the raw mail"
    );
    assert_eq!(show(&stack, &reference)["status"], "resolved");

    // A forger with the token (as a leaked notice would have given it) tries again.
    desk.append(&mail_from_officer(
        &format!("Re: [{reference}/{token}] প্রজেক্টর"),
        "m1-forged@example.test",
        None,
        &format!("#reopen {reference}/{token}\n#note forged\n#service none\n"),
    ))
    .await;
    assert!(
        officer.wait_for(3, Duration::from_secs(20)).await.is_some(),
        "no answer to the forged mail:\n{}",
        daemon.log_text()
    );
    let t = show(&stack, &reference);
    assert_eq!(
        t["status"], "resolved",
        "the spent token reopened the ticket"
    );
    let kinds = event_kinds(&t);
    for never in ["reopened", "note", "reclassified"] {
        assert!(!kinds.iter().any(|k| k == never), "{never}: {kinds:?}");
    }
    assert_eq!(
        kinds.iter().filter(|k| *k == "command-refused").count(),
        3,
        "{kinds:?}"
    );
    assert_eq!(daemon.stop(), Some(0));
}

/// Issue 14 L10: a reply to ticket 1's notice whose command names ticket 2 (no token) is
/// refused and recorded on ticket 1; neither ticket changes, no citizen is mailed.
#[tokio::test(flavor = "multi_thread")]
async fn a_command_naming_another_ticket_is_refused_not_applied_to_the_replys_ticket() {
    let stack = MailStack::start();
    let mut daemon = Daemon::start(&stack, &[]);
    daemon.wait_watching().await;
    let mut desk = stack.imap("ict.melandaha@office.test").await;
    let mut officer = stack.imap("officer@office.test").await;
    for (n, subject) in [(1, "প্রজেক্টর নষ্ট"), (2, "ওয়েব পোর্টাল হালনাগাদ")]
    {
        desk.append(&bangla_request(
            &format!("citizen{n}@example.test"),
            &format!("l10-req{n}@example.test"),
            subject,
            "অনুগ্রহ করে ব্যবস্থা নিন।",
        ))
        .await;
        assert!(officer.wait_for(n, Duration::from_secs(20)).await.is_some());
    }
    let notices = officer.messages().await;
    let subjects: Vec<String> = notices
        .iter()
        .map(|m| header_of(&m.2, "subject").unwrap())
        .collect();
    let handles: Vec<(String, String)> = subjects.iter().map(|s| handle_in(s)).collect();
    let (first, _) = &handles[0];
    let (second, _) = &handles[1];
    assert_ne!(first, second);
    let notice_id = header_of(&notices[0].2, "message-id").unwrap();

    let short = second
        .rsplit_once('-')
        .map(|(head, seq)| format!("{head}-{}", seq.trim_start_matches('0')));
    desk.append(&mail_from_officer(
        &format!("Re: {}", subjects[0]),
        "l10-cmd@example.test",
        Some(&notice_id),
        &format!("#resolve {} এই নোট দ্বিতীয় আবেদনের জন্য\n", short.unwrap()),
    ))
    .await;
    assert!(
        officer.wait_for(3, Duration::from_secs(20)).await.is_some(),
        "no answer:\n{}",
        daemon.log_text()
    );
    let one = show(&stack, first);
    let two = show(&stack, second);
    assert_eq!(one["status"], "open", "applied to the reply's ticket");
    assert_eq!(two["status"], "open", "applied without its token");
    let refused = one["events"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["kind"] == "command-refused")
        .unwrap_or_else(|| panic!("not recorded: {:?}", event_kinds(&one)));
    let reason = refused["detail"]["reason"].as_str().unwrap();
    assert!(
        reason.contains(second.as_str()) && reason.contains(first.as_str()),
        "{reason}"
    );
    let answer = sebadesk::intake::parse::parse(&officer.messages().await[2].2).unwrap();
    assert!(
        answer.text.contains(&format!("this mail is about {first}")),
        "{}",
        answer.text
    );
    assert_eq!(daemon.stop(), Some(0));
}

/// The pipeline in process on a real database, with a clock the test moves (the commands'
/// effects are rows: tickets, events, outbox).
mod in_process {
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

    pub struct Desk {
        pub p: Pipeline,
        pub clock: Arc<ManualClock>,
        uid: u32,
        _dir: tempfile::TempDir,
    }

    impl Desk {
        pub async fn new(name: &str) -> Desk {
            let dir = tempfile::tempdir().unwrap();
            let url = crate::helpers::test_database_url(dir.path(), name);
            let env: BTreeMap<String, String> = [
                ("SEBADESK_DATABASE_URL", url),
                (
                    "SEBADESK_REMINDERS_SUPERVISOR_EMAIL",
                    "supervisor@office.test".into(),
                ),
                ("SEBADESK_REMINDERS_ESCALATE_AFTER", "2".into()),
            ]
            .into_iter()
            .map(|(k, v)| (k.to_string(), v))
            .collect();
            let config =
                Config::load_with_env(&project_root().join("config/sebadesk.toml"), &env).unwrap();
            let store = Store::connect(&config.database.url, 2).await.unwrap();
            store.migrate().await.unwrap();
            // Sunday 6 Dec 2026, 10:00 in Dhaka.
            let clock = Arc::new(ManualClock::new(
                "2026-12-06T10:00:00+06:00".parse().unwrap(),
            ));
            let p = Pipeline::new(Arc::new(config), store, clock.clone()).unwrap();
            Desk {
                p,
                clock,
                uid: 0,
                _dir: dir,
            }
        }

        pub async fn take(&mut self, raw: String) -> Outcome {
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

        /// A citizen's request; returns the ticket's reference and current token.
        pub async fn open(&mut self, n: u32) -> (String, String) {
            let raw = format!(
                "From: <citizen{n}@example.test>\r\nTo: ict.melandaha@office.test\r\n\
Subject: Advice on antivirus for my home computer\r\nMessage-ID: <req-{n}@example.test>\r\n\
Content-Type: text/plain; charset=utf-8\r\n\r\nWhich antivirus should I install on my home computer? Please advise.\r\n"
            );
            let Outcome::Opened { reference, .. } = self.take(raw).await else {
                panic!("no ticket")
            };
            let reference = reference.to_string();
            let token = self.token(&reference).await;
            (reference, token)
        }

        pub async fn token(&self, reference: &str) -> String {
            let r = sebadesk::domain::TicketRef::parse(reference).unwrap();
            self.p
                .store
                .ticket(&r)
                .await
                .unwrap()
                .unwrap()
                .officer_token
                .unwrap()
        }

        /// A mail with the officer's From (genuine or forged: the header cannot tell).
        pub async fn officer(&mut self, id: &str, subject: &str, body: &str) -> Outcome {
            let raw = format!(
                "From: <officer@office.test>\r\nTo: ict.melandaha@office.test\r\nSubject: {subject}\r\n\
Message-ID: <{id}>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n"
            );
            self.take(raw).await
        }

        pub async fn event_count(&self, reference: &str, kind: &str) -> usize {
            let r = sebadesk::domain::TicketRef::parse(reference).unwrap();
            let t = self.p.store.ticket(&r).await.unwrap().unwrap();
            let events = self.p.store.events(t.id).await.unwrap();
            events.iter().filter(|e| e.kind == kind).count()
        }

        /// (kind, recipient, parsed mail) of every queued mail, oldest first.
        pub async fn outbox(&self) -> Vec<(String, String, sebadesk::intake::ParsedMail)> {
            let rows = sqlx::query(
                "SELECT o.kind, o.rcpt_to, b.raw FROM outbox o JOIN outbox_bodies b ON b.outbox_id = o.id ORDER BY o.id",
            )
            .fetch_all(self.p.store.pool())
            .await
            .unwrap();
            rows.iter()
                .map(|r| {
                    let raw: Vec<u8> = r.get(2);
                    (
                        r.get::<String, _>(0),
                        r.get::<String, _>(1),
                        sebadesk::intake::parse::parse(&raw).unwrap(),
                    )
                })
                .collect()
        }

        pub fn advance(&self, by: SignedDuration) {
            self.clock.advance(by);
        }

        pub fn now(&self) -> Timestamp {
            self.clock.now()
        }
    }
}

fn commands(outcome: &sebadesk::pipeline::Outcome) -> (usize, usize) {
    match outcome {
        sebadesk::pipeline::Outcome::Commands { applied, refused } => (*applied, *refused),
        other => panic!("not taken as commands: {other:?}"),
    }
}

/// Issue 14 L4: an officer command re-sent under a new Message-ID does nothing (the token it
/// quotes is spent); the answer to the first carries the next token, which works.
#[tokio::test]
async fn a_replayed_command_under_a_new_message_id_does_nothing() {
    let mut desk = in_process::Desk::new("replay").await;
    let (reference, token) = desk.open(1).await;
    let subject = format!("Re: [{reference}/{token}] Advice on antivirus");
    let body = "#note called the citizen\n#reopen";
    assert_eq!(
        commands(&desk.officer("cmd-1@office.test", &subject, body).await),
        (2, 0)
    );
    assert_eq!(desk.event_count(&reference, "note").await, 1);

    for replay in ["cmd-1-again@office.test", "cmd-1-third@forger.test"] {
        assert_eq!(
            commands(&desk.officer(replay, &subject, body).await),
            (0, 2)
        );
    }
    assert_eq!(
        desk.event_count(&reference, "note").await,
        1,
        "the replay ran again"
    );
    assert_eq!(desk.event_count(&reference, "command-refused").await, 4);

    // The genuine officer goes on by replying to the answer, which names the next token.
    let answers: Vec<_> = desk
        .outbox()
        .await
        .into_iter()
        .filter(|(kind, ..)| kind == "officer-confirm")
        .collect();
    assert_eq!(answers.len(), 1);
    let next = desk.token(&reference).await;
    assert_ne!(next, token);
    assert_eq!(
        handle_in(&answers[0].2.subject),
        (reference.clone(), next.clone())
    );
    assert!(answers[0].2.text.contains(&format!("{reference}/{next}")));
    let reply = format!("Re: {}", answers[0].2.subject);
    let outcome = desk
        .officer("cmd-2@office.test", &reply, "#resolve done")
        .await;
    assert_eq!(commands(&outcome), (1, 0));
    assert_eq!(desk.event_count(&reference, "resolved").await, 1);
}

/// Issue 14 L3: forged commands with a wrong token by the score: each refusal is recorded on
/// the ticket, but the officer is mailed about them at most once an hour.
#[tokio::test]
async fn forged_wrong_token_commands_are_recorded_and_mailed_about_once_an_hour() {
    const FORGED: usize = 20;
    let mut desk = in_process::Desk::new("refusals").await;
    let (reference, _) = desk.open(1).await;
    let refusals = |outbox: &[(String, String, sebadesk::intake::ParsedMail)]| {
        outbox
            .iter()
            .filter(|(kind, ..)| kind == "officer-refusal" || kind == "officer-confirm")
            .count()
    };
    for n in 0..FORGED {
        let subject = format!("Re: [{reference}/wrong{n:05}] x");
        let outcome = desk
            .officer(
                &format!("forged-{n}@forger.test"),
                &subject,
                "#resolve forged",
            )
            .await;
        assert_eq!(commands(&outcome), (0, 1));
        desk.advance(jiff::SignedDuration::from_secs(60));
    }
    assert_eq!(
        desk.event_count(&reference, "command-refused").await,
        FORGED
    );
    assert_eq!(desk.event_count(&reference, "resolved").await, 0);
    let outbox = desk.outbox().await;
    let mailed = refusals(&outbox);
    println!("{FORGED} forged commands within 20 minutes -> {mailed} refusal mail(s)");
    assert_eq!(mailed, 1, "one refusal mail per hour");
    // An hour on, the officer hears of refusals again.
    desk.advance(jiff::SignedDuration::from_hours(1));
    let outcome = desk
        .officer(
            "forged-late@forger.test",
            &format!("Re: [{reference}/wrong99999] x"),
            "#reopen",
        )
        .await;
    assert_eq!(commands(&outcome), (0, 1));
    assert_eq!(refusals(&desk.outbox().await), 2);
}

/// Issue 14 L5: the supervisor's escalation names the ticket but carries no token (the
/// supervisor does not act by token); the officer's own overdue notice still carries it.
#[tokio::test]
async fn the_supervisors_escalation_carries_no_token() {
    let mut desk = in_process::Desk::new("escalation").await;
    let (reference, token) = desk.open(1).await;
    // ict-advice is due in 2 working days (Tue 8 Dec); Mon 14 Dec is 4 working days past.
    let monday: jiff::Timestamp = "2026-12-14T10:00:00+06:00".parse().unwrap();
    desk.advance(monday - desk.now());
    sebadesk::tickets::reminders::run_once(&desk.p)
        .await
        .unwrap();
    let outbox = desk.outbox().await;
    let escalation = outbox
        .iter()
        .find(|(kind, ..)| kind == "escalation")
        .expect("an escalation");
    assert_eq!(escalation.1, "supervisor@office.test");
    assert!(
        escalation.2.subject.contains(&reference),
        "{}",
        escalation.2.subject
    );
    assert!(escalation.2.text.contains(&reference));
    for seen in [&escalation.2.subject, &escalation.2.text] {
        assert!(
            !seen.contains(&token),
            "the supervisor saw the token: {seen}"
        );
    }
    let overdue = outbox
        .iter()
        .find(|(kind, ..)| kind == "officer-overdue")
        .expect("the officer's overdue notice");
    assert_eq!(handle_in(&overdue.2.subject), (reference, token));
}

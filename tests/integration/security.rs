//! Attacks from the independent security review of `6ca6773` (issue 14), each reproduced on
//! the real mail stack and database: one mailbox written many ways must share its caps (M2),
//! forged senders must not get their words reflected nor a flood of acknowledgements (M3),
//! a stranger who writes a ticket's number must neither join nor reopen it (M4), a different
//! mail reusing a Message-ID must not vanish (M5), and one sender's flood must not become a
//! flood of officer notices (L3).

use std::time::{Duration, Instant};

use sqlx::Row;

use crate::helpers::*;

const DESK: &str = "ict.melandaha@office.test";

fn request(from: &str, message_id: &str, subject: &str, body: &str, extra: &str) -> Vec<u8> {
    format!(
        "{extra}From: {from}\r\nTo: {DESK}\r\nSubject: {subject}\r\nMessage-ID: <{message_id}>\r\n\
Date: Mon, 07 Dec 2026 10:00:00 +0600\r\nMIME-Version: 1.0\r\n\
Content-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n"
    )
    .into_bytes()
}

async fn count(db: &sqlx::AnyPool, sql: &str) -> i64 {
    sqlx::query(sqlx::AssertSqlSafe(sql.to_string()))
        .fetch_one(db)
        .await
        .unwrap()
        .try_get::<i64, _>(0)
        .unwrap()
}

/// Waits until the database holds `n` tickets (their mail is queued in the same commit).
async fn wait_tickets(db: &sqlx::AnyPool, n: i64, daemon: &Daemon) {
    let t0 = Instant::now();
    while t0.elapsed() < Duration::from_secs(30) {
        if count(db, "SELECT COUNT(*) FROM tickets").await >= n {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("fewer than {n} tickets after 30 s:\n{}", daemon.log_text());
}

/// Waits until every message appended so far is journaled (tickets or not).
async fn wait_messages(db: &sqlx::AnyPool, n: i64, daemon: &Daemon) {
    let t0 = Instant::now();
    while t0.elapsed() < Duration::from_secs(30) {
        if count(db, "SELECT COUNT(*) FROM messages").await >= n {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!(
        "fewer than {n} journaled messages after 30 s:\n{}",
        daemon.log_text()
    );
}

/// M2: 15 requests from one mailbox written 15 ways (case, +tags) get at most
/// `hygiene.ack_limit_per_window` (10) acknowledgements. Before: one per spelling.
#[tokio::test(flavor = "multi_thread")]
async fn one_mailbox_written_many_ways_shares_its_caps() {
    let stack = MailStack::start();
    let mut daemon = Daemon::start(&stack, &[]);
    daemon.wait_watching().await;
    let db = stack.db().await;
    let mut desk = stack.imap(DESK).await;
    let spellings = [
        "CapVictim@EXAMPLE.test",
        "capvictim@example.TEST",
        "CAPVICTIM@example.test",
        "Capvictim@Example.Test",
        "cApViCtIm@example.test",
        "capVictim@exAmple.test",
        "CAPvictim@EXAMPLE.TEST",
        "capvictim+1@example.test",
        "capvictim+2@example.test",
        "CapVictim+x@example.test",
        "caPvictim@example.test",
        "capviCtim@example.test",
        "capvictIm@example.test",
        "capvictiM@example.test",
        "CAPVICTIM+Z@EXAMPLE.TEST",
    ];
    for (i, from) in spellings.iter().enumerate() {
        desk.append(&request(
            &format!("<{from}>"),
            &format!("m2-{i}@example.test"),
            &format!("lab computer {i} broken"),
            &format!("Our school digital lab computer number {i} does not start."),
            "",
        ))
        .await;
    }
    wait_tickets(&db, spellings.len() as i64, &daemon).await;
    let acks = count(&db, "SELECT COUNT(*) FROM outbox WHERE kind = 'ack'").await;
    let suppressed = count(
        &db,
        "SELECT COUNT(*) FROM ticket_events WHERE kind = 'ack-suppressed'",
    )
    .await;
    println!(
        "M2: {} spellings of one address → {acks} acknowledgements, {suppressed} suppressed",
        spellings.len()
    );
    assert_eq!(
        acks, 10,
        "the per-window cap counts the mailbox, not its spelling"
    );
    assert_eq!(suppressed, 5);
    assert_eq!(daemon.stop(), Some(0));
}

/// M3: a forged sender's display name and subject are not repeated in the acknowledgement
/// (no reflection), unless the office's own MX verified the From domain.
#[tokio::test(flavor = "multi_thread")]
async fn an_unverified_senders_words_are_not_reflected() {
    let stack = MailStack::start();
    let mut daemon = Daemon::start(
        &stack,
        &[("SEBADESK_HYGIENE_TRUSTED_AUTHSERV_IDS", "mx.office.test")],
    );
    daemon.wait_watching().await;
    let mut desk = stack.imap(DESK).await;
    // Forged: the victim's address, the spammer's words; an Authentication-Results header the
    // sender wrote itself (another authserv-id) must not count.
    desk.append(&request(
        "Cheap pills at spam-shop.example <citizen2@example.test>",
        "m3-forged@example.test",
        "BUY NOW spam-shop.example lab computer",
        "Our school digital lab computer does not start.",
        "Authentication-Results: mx.spam-shop.example; dmarc=pass header.from=example.test\r\n",
    ))
    .await;
    // Verified by the office's MX: name and subject are echoed as before.
    desk.append(&request(
        "Rahim Uddin <citizen3@example.test>",
        "m3-verified@example.test",
        "Sheikh Russel lab projector",
        "Our school digital lab projector does not start.",
        "Authentication-Results: mx.office.test; spf=pass smtp.mailfrom=citizen3@example.test; dmarc=pass header.from=example.test\r\n",
    ))
    .await;
    let mut victim = stack.imap("citizen2@example.test").await;
    let mut verified = stack.imap("citizen3@example.test").await;
    assert!(
        victim.wait_for(1, Duration::from_secs(30)).await.is_some(),
        "{}",
        daemon.log_text()
    );
    assert!(
        verified
            .wait_for(1, Duration::from_secs(30))
            .await
            .is_some(),
        "{}",
        daemon.log_text()
    );
    let forged_ack = String::from_utf8_lossy(&victim.messages().await[0].2).to_string();
    let decoded = sebadesk::intake::parse::parse(forged_ack.as_bytes()).unwrap();
    for text in [&forged_ack, &decoded.text, &decoded.subject] {
        assert!(
            !text.to_lowercase().contains("spam-shop"),
            "reflected: {text}"
        );
        assert!(
            !text.contains("BUY NOW") && !text.contains("pills"),
            "reflected: {text}"
        );
    }
    assert!(decoded.text.contains("Dear citizen"), "{}", decoded.text);
    let good = sebadesk::intake::parse::parse(&verified.messages().await[0].2).unwrap();
    assert!(good.text.contains("Dear Rahim Uddin"), "{}", good.text);
    assert!(
        good.text.contains("Sheikh Russel lab projector"),
        "{}",
        good.text
    );
    assert_eq!(daemon.stop(), Some(0));
}

/// M3 and L3: an office's hourly limits. 9 requests (3 from one sender, 6 from others) with
/// at most 5 acknowledgements an hour, 2 notices per sender and 4 notices an hour: every
/// request is a ticket; 5 acknowledgements, 4 notices, the rest recorded as held, and one
/// alert of each kind to the officer. Before: 9 acknowledgements and 9 notices.
#[tokio::test(flavor = "multi_thread")]
async fn hourly_limits_bound_a_flood() {
    let stack = MailStack::start();
    let mut daemon = Daemon::start(
        &stack,
        &[
            ("SEBADESK_HYGIENE_ACK_LIMIT_PER_HOUR", "5"),
            ("SEBADESK_HYGIENE_NOTICE_LIMIT_PER_SENDER", "2"),
            ("SEBADESK_HYGIENE_NOTICE_LIMIT_PER_HOUR", "4"),
        ],
    );
    daemon.wait_watching().await;
    let db = stack.db().await;
    let mut desk = stack.imap(DESK).await;
    let senders = [
        "same@example.test",
        "Same@Example.test",
        "same+again@example.test",
        "s4@example.test",
        "s5@example.test",
        "s6@example.test",
        "s7@example.test",
        "s8@example.test",
        "s9@example.test",
    ];
    for (i, from) in senders.iter().enumerate() {
        desk.append(&request(
            &format!("<{from}>"),
            &format!("flood-{i}@example.test"),
            &format!("web portal update {i}"),
            &format!("Please update notice {i} on our union web portal."),
            "",
        ))
        .await;
    }
    wait_tickets(&db, senders.len() as i64, &daemon).await;
    let kind = |k: &str| format!("SELECT COUNT(*) FROM outbox WHERE kind = '{k}'");
    let event = |k: &str| format!("SELECT COUNT(*) FROM ticket_events WHERE kind = '{k}'");
    let acks = count(&db, &kind("ack")).await;
    let notices = count(&db, &kind("officer-new")).await;
    let ack_alerts = count(&db, &kind("limit-alert-ack")).await;
    let notice_alerts = count(&db, &kind("limit-alert-notice")).await;
    let suppressed = count(&db, &event("ack-suppressed")).await;
    let held = count(&db, &event("officer-notice-held")).await;
    println!(
        "limits: 9 requests → {acks} acks ({suppressed} suppressed), {notices} notices ({held} held), alerts {ack_alerts}+{notice_alerts}"
    );
    assert_eq!(acks, 5);
    assert_eq!(suppressed, 4);
    assert_eq!(
        notices, 4,
        "2 for the one sender, then 2 more up to the office's 4"
    );
    assert_eq!(held, 5);
    assert_eq!(
        (ack_alerts, notice_alerts),
        (1, 1),
        "one alert per limit per hour"
    );
    // A later flood in the same hour adds no second alert.
    desk.append(&request(
        "<s10@example.test>",
        "flood-10@example.test",
        "web portal update 10",
        "Please update notice 10 on our union web portal.",
        "",
    ))
    .await;
    wait_tickets(&db, 10, &daemon).await;
    assert_eq!(count(&db, &kind("limit-alert-ack")).await, 1);
    assert_eq!(count(&db, &kind("limit-alert-notice")).await, 1);
    let mut officer = stack.imap("officer@office.test").await;
    assert!(officer.wait_for(6, Duration::from_secs(30)).await.is_some());
    assert_eq!(daemon.stop(), Some(0));
}

/// M4: a stranger who writes a ticket's number in a subject neither reopens it nor writes
/// into its history: the mail becomes a new request and the named ticket gets a `mentioned`
/// event. The ticket's citizen, and anyone replying to our own mail for the ticket, still
/// join it.
#[tokio::test(flavor = "multi_thread")]
async fn a_stranger_naming_a_ticket_neither_joins_nor_reopens_it() {
    let stack = MailStack::start();
    let mut daemon = Daemon::start(&stack, &[]);
    daemon.wait_watching().await;
    let db = stack.db().await;
    let mut desk = stack.imap(DESK).await;
    let mut citizen = stack.imap("citizen1@example.test").await;
    desk.append(&request(
        "Rahim <citizen1@example.test>",
        "m4-first@example.test",
        "school lab projector",
        "Our school digital lab projector does not start.",
        "",
    ))
    .await;
    assert!(
        citizen.wait_for(1, Duration::from_secs(30)).await.is_some(),
        "{}",
        daemon.log_text()
    );
    let reference = tickets_json(&stack)[0]["reference"]
        .as_str()
        .unwrap()
        .to_string();
    let ack = citizen.messages().await.remove(0).2;
    let ack_id = sebadesk::intake::parse::parse(&ack)
        .unwrap()
        .message_id
        .unwrap();
    let out = sebadesk(
        &stack,
        &[],
        &["tickets", "resolve", &reference, "--note", "fixed"],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    // The stranger: a guessable number in the subject, nothing else.
    desk.append(&request(
        "<stranger@evil.test>",
        "m4-stranger@evil.test",
        &format!("Re: [{reference}] please reopen"),
        "This is not fixed, reopen it.",
        "",
    ))
    .await;
    wait_tickets(&db, 2, &daemon).await;
    let named = show(&stack, &reference);
    assert_eq!(
        named["status"], "resolved",
        "a stranger reopened it: {named}"
    );
    let kinds = event_kinds(&named);
    assert!(kinds.contains(&"mentioned".to_string()), "{kinds:?}");
    assert!(!kinds.contains(&"followup".to_string()), "{kinds:?}");
    assert!(!kinds.contains(&"reopened".to_string()), "{kinds:?}");
    let mention = named["events"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["kind"] == "mentioned")
        .unwrap();
    let opened_as = mention["detail"]["opened_as"].as_str().unwrap().to_string();
    assert_ne!(opened_as, reference);
    assert_eq!(
        show(&stack, &opened_as)["citizen_email"],
        "stranger@evil.test"
    );

    // Someone else replying to our acknowledgement's Message-ID saw our mail: joins.
    desk.append(&request(
        "<colleague@example.test>",
        "m4-colleague@example.test",
        "Re: projector",
        "I am the headmaster; the projector is still off.",
        &format!("In-Reply-To: <{ack_id}>\r\nReferences: <{ack_id}>\r\n"),
    ))
    .await;
    // A stranger who invents one of our Message-IDs for the ticket does not.
    let forged_id = format!("sebadesk.{reference}.ack.0123456789abcdef@office.test");
    desk.append(&request(
        "<stranger@evil.test>",
        "m4-forged-thread@evil.test",
        "Re: projector",
        "reopen please",
        &format!("In-Reply-To: <{forged_id}>\r\n"),
    ))
    .await;
    // The citizen, with a different spelling of the address: joins.
    desk.append(&request(
        "<Citizen1@Example.TEST>",
        "m4-citizen@example.test",
        &format!("Re: [{reference}] still broken"),
        "It stopped again this morning.",
        "",
    ))
    .await;
    wait_messages(&db, 5, &daemon).await;
    let named = show(&stack, &reference);
    let kinds = event_kinds(&named);
    println!("M4: {reference} events {kinds:?}");
    assert_eq!(
        kinds.iter().filter(|k| *k == "followup").count(),
        2,
        "{kinds:?}"
    );
    assert_eq!(
        kinds.iter().filter(|k| *k == "mentioned").count(),
        2,
        "{kinds:?}"
    );
    assert_eq!(
        named["status"], "open",
        "the citizen (or the reply to our mail) reopened it"
    );
    assert_eq!(count(&db, "SELECT COUNT(*) FROM tickets").await, 3);
    assert_eq!(daemon.stop(), Some(0));
}

/// M5: a different mail that reuses a Message-ID taken in before becomes a request of its
/// own (before: skipped with one INFO line, marked seen, no ticket); the same mail delivered
/// twice is still one ticket.
#[tokio::test(flavor = "multi_thread")]
async fn a_reused_message_id_does_not_make_a_mail_vanish() {
    let stack = MailStack::start();
    let mut daemon = Daemon::start(&stack, &[]);
    daemon.wait_watching().await;
    let db = stack.db().await;
    let mut desk = stack.imap(DESK).await;
    let first = request(
        "<citizen1@example.test>",
        "form@webform.example.test",
        "web portal notice",
        "Please put the union meeting notice on our web portal.",
        "",
    );
    let second = request(
        "<citizen2@example.test>",
        "form@webform.example.test",
        "e-Nothi login",
        "I cannot log in to e-Nothi since yesterday.",
        "",
    );
    // The first again by another route: only a trace header differs.
    let mut again = b"Received: from relay2.example.test by mx.office.test\r\n".to_vec();
    again.extend_from_slice(&first);
    desk.append(&first).await;
    desk.append(&second).await;
    desk.append(&again).await;
    wait_messages(&db, 2, &daemon).await;
    wait_tickets(&db, 2, &daemon).await;
    // Let the third be taken in (or not) as well: the desk marks all three as seen.
    let t0 = Instant::now();
    while t0.elapsed() < Duration::from_secs(20) {
        let seen = desk
            .messages()
            .await
            .iter()
            .filter(|(_, flags, _)| flags.iter().any(|f| f.contains("Seen")))
            .count();
        if seen == 3 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let tickets = tickets_json(&stack);
    let citizens: Vec<&str> = tickets
        .iter()
        .map(|t| t["citizen_email"].as_str().unwrap())
        .collect();
    println!("M5: 3 deliveries (2 mails, one Message-ID) → tickets for {citizens:?}");
    assert_eq!(tickets.len(), 2, "{citizens:?}\n{}", daemon.log_text());
    assert!(citizens.contains(&"citizen1@example.test"));
    assert!(citizens.contains(&"citizen2@example.test"));
    assert_eq!(
        count(&db, "SELECT COUNT(*) FROM outbox WHERE kind = 'ack'").await,
        2
    );
    assert_eq!(daemon.stop(), Some(0));
}

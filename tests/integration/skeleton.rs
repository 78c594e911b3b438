//! The walking skeleton, end to end: a Bangla request APPENDed into the office mailbox comes
//! back to the citizen as a bilingual acknowledgement; restarts, old mail and IDLE.

use std::time::Duration;

use crate::helpers::*;

const PORTAL_SUBJECT: &str = "ইউনিয়ন পরিষদের ওয়েব পোর্টাল হালনাগাদ";
const PORTAL_BODY: &str = "জনাব,\nআমাদের ইউনিয়ন পরিষদের ওয়েব পোর্টালে নতুন চেয়ারম্যানের নাম ও ছবি হালনাগাদ করা প্রয়োজন। \
                           পোর্টালে লগইন করতে পারছি না। অনুগ্রহ করে সহায়তা করবেন।\n\nসচিব, ১ নং ইউনিয়ন পরিষদ\n";

fn header<'a>(raw: &'a str, name: &str) -> Option<&'a str> {
    raw.split("\r\n\r\n").next()?.lines().find_map(|l| {
        let (k, v) = l.split_once(':')?;
        k.eq_ignore_ascii_case(name).then(|| v.trim())
    })
}

#[tokio::test(flavor = "multi_thread")]
async fn bangla_request_is_acknowledged_end_to_end_and_restart_is_idempotent() {
    let stack = MailStack::start();
    let mut daemon = Daemon::start(&stack, &[]);
    daemon.wait_watching().await;

    let mut office = stack.imap("ict.melandaha@office.test").await;
    let mut citizen = stack.imap("citizen1@example.test").await;
    let t0 = std::time::Instant::now();
    office
        .append(&bangla_request(
            "citizen1@example.test",
            "req-1@example.test",
            PORTAL_SUBJECT,
            PORTAL_BODY,
        ))
        .await;
    let waited = citizen.wait_for(1, Duration::from_secs(20)).await;
    assert!(
        waited.is_some(),
        "no acknowledgement arrived:\n{}",
        daemon.log_text()
    );
    println!(
        "APPEND -> acknowledgement in the citizen's INBOX: {:.3} s",
        t0.elapsed().as_secs_f64()
    );

    // The acknowledgement: threaded, automatic, Bangla first, the reference and the service.
    let acks = citizen.messages().await;
    assert_eq!(acks.len(), 1);
    let raw = String::from_utf8_lossy(&acks[0].2).to_string();
    assert_eq!(header(&raw, "In-Reply-To"), Some("<req-1@example.test>"));
    assert_eq!(header(&raw, "Auto-Submitted"), Some("auto-replied"));
    assert!(
        header(&raw, "Message-ID")
            .unwrap()
            .ends_with("@office.test>")
    );
    let parsed = sebadesk::intake::parse::parse(&acks[0].2).expect("the ack parses");
    let year = jiff::Timestamp::now()
        .to_zoned_datetime(jiff::tz::db().get("Asia/Dhaka").unwrap())
        .year();
    let reference = format!("MEL-{year}-000001");
    assert!(
        parsed.subject.contains(&reference),
        "subject: {}",
        parsed.subject
    );
    let text = &parsed.text;
    let bn = text
        .find(&format!("টিকিট নম্বর: {reference}"))
        .expect("Bangla reference line");
    let en = text
        .find(&format!("Ticket number: {reference}"))
        .expect("English reference line");
    assert!(bn < en, "Bangla first");
    assert!(
        text.contains("সেবা: ওয়েব পোর্টাল হালনাগাদ করার বিষয়ে সহায়তা প্রদান"),
        "{text}"
    );
    assert!(text.contains("সেবা প্রদানের সময়সীমা: ৩ কার্যদিবস"), "{text}");
    assert!(text.contains("Charter deadline: 3 working days"), "{text}");

    // The ticket, through the CLI's JSON.
    let tickets = tickets_json(&stack);
    assert_eq!(tickets.len(), 1);
    assert_eq!(tickets[0]["reference"], reference.as_str());
    assert_eq!(tickets[0]["service"], "web-portal");
    assert_eq!(tickets[0]["citizen_email"], "citizen1@example.test");
    assert!(tickets[0]["due_at"].as_str().is_some());

    // The original is \Seen on the server.
    let originals = office.messages().await;
    assert_eq!(originals.len(), 1);
    assert!(
        originals[0].1.iter().any(|f| f == "Seen"),
        "flags: {:?}",
        originals[0].1
    );

    // SIGTERM: clean exit. Restart: nothing new is opened or sent.
    assert_eq!(
        daemon.stop(),
        Some(0),
        "exit code on SIGTERM:\n{}",
        daemon.log_text()
    );
    let mut daemon = Daemon::start(&stack, &[]);
    daemon.wait_watching().await;
    tokio::time::sleep(Duration::from_secs(3)).await;
    assert_eq!(
        citizen.count().await,
        1,
        "a second acknowledgement after restart"
    );
    assert_eq!(
        tickets_json(&stack).len(),
        1,
        "a second ticket after restart"
    );
    assert_eq!(daemon.stop(), Some(0));
}

#[tokio::test(flavor = "multi_thread")]
async fn mail_already_in_the_mailbox_is_not_acknowledged() {
    let stack = MailStack::start();
    let mut office = stack.imap("ict.melandaha@office.test").await;
    office
        .append(&bangla_request(
            "citizen2@example.test",
            "old-1@example.test",
            PORTAL_SUBJECT,
            PORTAL_BODY,
        ))
        .await;
    office
        .append(&bangla_request(
            "citizen2@example.test",
            "old-2@example.test",
            "ই-নথি",
            "ই-নথিতে লগইন হচ্ছে না",
        ))
        .await;

    let mut daemon = Daemon::start(&stack, &[]);
    daemon.wait_watching().await;
    // A new request after the start is answered; the two old ones are not.
    office
        .append(&bangla_request(
            "citizen3@example.test",
            "new-1@example.test",
            PORTAL_SUBJECT,
            PORTAL_BODY,
        ))
        .await;
    let mut newcomer = stack.imap("citizen3@example.test").await;
    assert!(
        newcomer
            .wait_for(1, Duration::from_secs(20))
            .await
            .is_some(),
        "{}",
        daemon.log_text()
    );
    tokio::time::sleep(Duration::from_secs(2)).await;
    let mut old_sender = stack.imap("citizen2@example.test").await;
    assert_eq!(old_sender.count().await, 0, "old mail was acknowledged");
    assert_eq!(tickets_json(&stack).len(), 1);
    // The officer's old mail is left as it was: not marked \Seen.
    let msgs = office.messages().await;
    assert!(!msgs[0].1.iter().any(|f| f == "Seen"));
    assert!(msgs[2].1.iter().any(|f| f == "Seen"));
    assert_eq!(daemon.stop(), Some(0));
}

#[tokio::test(flavor = "multi_thread")]
async fn idle_wakes_the_daemon_without_waiting_for_a_poll() {
    // poll_interval is an hour in daemon_env: only IDLE can explain a quick answer.
    let stack = MailStack::start();
    let mut daemon = Daemon::start(&stack, &[]);
    daemon.wait_watching().await;
    // Let it settle into IDLE.
    tokio::time::sleep(Duration::from_secs(1)).await;
    let mut office = stack.imap("ict.melandaha@office.test").await;
    let mut citizen = stack.imap("citizen1@example.test").await;
    let t0 = std::time::Instant::now();
    office
        .append(&bangla_request(
            "citizen1@example.test",
            "idle-1@example.test",
            "ডিজিটাল ল্যাবের কম্পিউটার চালু হচ্ছে না",
            "আমাদের স্কুলের শেখ রাসেল ডিজিটাল ল্যাবের ৫টি কম্পিউটার চালু হচ্ছে না।",
        ))
        .await;
    let waited = citizen.wait_for(1, Duration::from_secs(15)).await;
    assert!(
        waited.is_some(),
        "IDLE did not wake the daemon:\n{}",
        daemon.log_text()
    );
    println!(
        "IDLE: APPEND -> acknowledgement {:.3} s",
        t0.elapsed().as_secs_f64()
    );
    assert_eq!(daemon.stop(), Some(0));
}

#[tokio::test(flavor = "multi_thread")]
async fn polling_works_when_idle_is_off_and_starttls_imap() {
    let stack = MailStack::start();
    let imap_port = stack.port("IMAP_PORT").to_string();
    let mut daemon = Daemon::start(
        &stack,
        &[
            ("SEBADESK_IMAP_IDLE", "false"),
            ("SEBADESK_IMAP_POLL_INTERVAL", "1"),
            ("SEBADESK_IMAP_SECURITY", "starttls"),
            ("SEBADESK_IMAP_PORT", &imap_port),
        ],
    );
    daemon.wait_watching().await;
    assert!(daemon.log_text().contains("idle=false"));
    let mut office = stack.imap("ict.melandaha@office.test").await;
    office
        .append(b"From: Karim <citizen2@example.test>\r\nTo: ict.melandaha@office.test\r\nSubject: e-Nothi login problem\r\n\
Message-ID: <poll-1@example.test>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n\
I cannot log in to e-Nothi since yesterday. Please help.\r\n")
        .await;
    let mut citizen = stack.imap("citizen2@example.test").await;
    assert!(
        citizen.wait_for(1, Duration::from_secs(15)).await.is_some(),
        "{}",
        daemon.log_text()
    );
    assert_eq!(daemon.stop(), Some(0));
}

#[tokio::test(flavor = "multi_thread")]
async fn a_bad_config_is_one_line_naming_the_key_and_exit_2() {
    let stack = MailStack::start();
    let out = sebadesk(
        &stack,
        &[("SEBADESK_IMAP_PORT", "99999")],
        &["config", "check"],
    );
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    assert!(err.contains("imap.port"), "{err}");
    let out = sebadesk(&stack, &[], &["config", "check"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

//! Mail loops on real servers: a citizen's mailbox runs a naive autoresponder (no RFC 3834
//! headers at all, the worst kind) that answers every mail sebadesk sends. After a burst of
//! requests the exchange must stop at one acknowledgement per request.

use std::time::{Duration, Instant};

use lettre::address::Envelope;
use lettre::transport::smtp::authentication::Credentials;
use lettre::transport::smtp::client::{Certificate, Tls, TlsParameters};
use lettre::{AsyncSmtpTransport, AsyncTransport, Tokio1Executor};

use crate::helpers::*;

fn smtp(stack: &MailStack, user: &str) -> AsyncSmtpTransport<Tokio1Executor> {
    let pem = std::fs::read(stack.ca()).unwrap();
    let tls = TlsParameters::builder("localhost".into())
        .add_root_certificate(Certificate::from_pem(&pem).unwrap())
        .build_rustls()
        .unwrap();
    AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous("localhost")
        .port(stack.port("SMTP_PORT"))
        .tls(Tls::Required(tls))
        .credentials(Credentials::new(
            user.into(),
            format!("{}-pass", user.split('@').next().unwrap()),
        ))
        .build()
}

fn header_of(raw: &[u8], name: &str) -> Option<String> {
    let text = String::from_utf8_lossy(raw);
    let head = text.split("\r\n\r\n").next()?.to_string();
    head.lines().find_map(|l| {
        let (k, v) = l.split_once(':')?;
        k.eq_ignore_ascii_case(name).then(|| v.trim().to_string())
    })
}

#[tokio::test(flavor = "multi_thread")]
async fn an_autoresponder_cannot_start_a_loop() {
    let stack = MailStack::start();
    let mut daemon = Daemon::start(&stack, &[]);
    daemon.wait_watching().await;

    let citizen = "citizen1@example.test";
    let transport = smtp(&stack, citizen);
    let requests = 5;
    for i in 0..requests {
        let raw = format!(
            "From: <{citizen}>\r\nTo: ict.melandaha@office.test\r\nSubject: lab computer problem {i}\r\n\
Message-ID: <loop-req-{i}@example.test>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n\
Our school digital lab computer number {i} does not start.\r\n"
        );
        let env = Envelope::new(
            Some(citizen.parse().unwrap()),
            vec!["ict.melandaha@office.test".parse().unwrap()],
        )
        .unwrap();
        transport.send_raw(&env, raw.as_bytes()).await.unwrap();
    }

    // The autoresponder: answers every new mail in the citizen's INBOX, as badly as possible —
    // no Auto-Submitted, no Precedence, a plain "Re:" subject, threaded to what it answers.
    let mut inbox = stack.imap(citizen).await;
    let mut answered = std::collections::HashSet::new();
    let mut replies_sent = 0;
    let t0 = Instant::now();
    let mut quiet_since = Instant::now();
    while t0.elapsed() < Duration::from_secs(60) && quiet_since.elapsed() < Duration::from_secs(8) {
        for (uid, _, raw) in inbox.messages().await {
            if !answered.insert(uid) {
                continue;
            }
            quiet_since = Instant::now();
            let subject = header_of(&raw, "Subject").unwrap_or_default();
            let id = header_of(&raw, "Message-ID").unwrap_or_default();
            let reply = format!(
                "From: <{citizen}>\r\nTo: ict.melandaha@office.test\r\nSubject: Re: {subject}\r\n\
Message-ID: <loop-auto-{uid}@example.test>\r\nIn-Reply-To: {id}\r\nReferences: {id}\r\n\
Content-Type: text/plain; charset=utf-8\r\n\r\nI am out of the office until Sunday.\r\n"
            );
            let env = Envelope::new(
                Some(citizen.parse().unwrap()),
                vec!["ict.melandaha@office.test".parse().unwrap()],
            )
            .unwrap();
            transport.send_raw(&env, reply.as_bytes()).await.unwrap();
            replies_sent += 1;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }

    let acks = inbox.count().await;
    let tickets = tickets_json(&stack);
    let mut office = stack.imap("ict.melandaha@office.test").await;
    let office_count = office.count().await;
    println!(
        "loop test: {requests} requests → {acks} acknowledgements, {replies_sent} autoresponder replies, \
         {office_count} mails in the office mailbox, {} tickets",
        tickets.len()
    );
    assert_eq!(
        acks,
        requests,
        "exactly one acknowledgement per request:\n{}",
        daemon.log_text()
    );
    assert_eq!(
        replies_sent, requests,
        "the autoresponder answered only the acknowledgements"
    );
    assert_eq!(
        tickets.len(),
        requests,
        "the auto-replies joined their tickets"
    );
    assert_eq!(office_count, 2 * requests);
    // Each auto-reply was filed on its ticket. Since issue 18 the naive autoresponder's words
    // ("out of the office until Sunday") are recognised, so it is filed as an auto-reply, not
    // taken for the citizen writing again (before: a `followup` event).
    for t in &tickets {
        let out = sebadesk(
            &stack,
            &[],
            &[
                "tickets",
                "show",
                t["reference"].as_str().unwrap(),
                "--format",
                "json",
            ],
        );
        let shown: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let kinds: Vec<&str> = shown["events"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["kind"].as_str().unwrap())
            .collect();
        assert_eq!(
            kinds.iter().filter(|k| **k == "auto-reply").count(),
            1,
            "{kinds:?}"
        );
        assert!(!kinds.contains(&"followup"), "{kinds:?}");
    }
    assert_eq!(daemon.stop(), Some(0));
}

#[tokio::test(flavor = "multi_thread")]
async fn an_oversize_mail_is_recorded_by_its_header_and_does_not_block_intake() {
    let stack = MailStack::start();
    let mut daemon = Daemon::start(&stack, &[("SEBADESK_IMAP_MAX_MESSAGE_SIZE", "100000")]);
    daemon.wait_watching().await;
    let mut office = stack.imap("ict.melandaha@office.test").await;
    let big = format!(
        "From: <citizen2@example.test>\r\nTo: ict.melandaha@office.test\r\nSubject: scanned documents\r\n\
Message-ID: <big-1@example.test>\r\nContent-Type: text/plain\r\n\r\n{}\r\n",
        "0123456789abcdef\r\n".repeat(20_000)
    );
    office.append(big.as_bytes()).await;
    office
        .append(&bangla_request(
            "citizen1@example.test",
            "after-big@example.test",
            "ই-নথি লগইন সমস্যা",
            "ই-নথিতে লগইন হচ্ছে না।",
        ))
        .await;
    let mut citizen = stack.imap("citizen1@example.test").await;
    assert!(
        citizen.wait_for(1, Duration::from_secs(20)).await.is_some(),
        "{}",
        daemon.log_text()
    );
    let out = sebadesk(&stack, &[], &["quarantine", "list", "--format", "json"]);
    let listed = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(listed.contains("oversize"), "{listed}");
    assert!(
        listed.contains("scanned documents"),
        "the header was kept: {listed}"
    );
    let mut big_sender = stack.imap("citizen2@example.test").await;
    assert_eq!(
        big_sender.count().await,
        0,
        "an oversize mail is not acknowledged"
    );
    let msgs = office.messages().await;
    assert!(
        msgs.iter().all(|m| m.1.iter().any(|f| f == "Seen")),
        "both marked on the server"
    );
    assert_eq!(daemon.stop(), Some(0));
}

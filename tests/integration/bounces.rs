//! Hostile bounces on the real stack (review issue 14, H1): a delivery report built to make
//! the reader work — 150,000 distinct recipients and 50,000 of our Message-IDs, 15.6 MB —
//! must neither stall intake nor the desk. It held the database's write lock for 150 s
//! (release) before: lease renewals failed and the next request was answered after 77.6 s.

use std::fmt::Write;
use std::time::{Duration, Instant};

use crate::helpers::*;

/// The review's bounce bomb, returning the acknowledgement of `reference`.
fn bounce_bomb(reference: &str, recipients: usize, ids: usize) -> Vec<u8> {
    let mut m = String::with_capacity(recipients * 80 + ids * 72 + 1024);
    m.push_str(
        "From: MAILER-DAEMON@mx.example.test\r\nTo: ict.melandaha@office.test\r\n\
Return-Path: <>\r\nMessage-ID: <bomb-1@mx.example.test>\r\n\
Subject: Undelivered Mail Returned to Sender\r\nMIME-Version: 1.0\r\n\
Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\r\n\r\n\
--b\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.example.test\r\n\r\n",
    );
    for i in 0..recipients {
        let _ = write!(
            m,
            "Final-Recipient: rfc822; user{i}@example.test\r\nAction: failed\r\nStatus: 5.1.1\r\n\r\n"
        );
    }
    m.push_str("--b\r\nContent-Type: text/rfc822-headers\r\n\r\n");
    for i in 0..ids {
        let _ = write!(
            m,
            "Message-ID: <sebadesk.{reference}.ack.{i:08x}@office.test>\r\n"
        );
    }
    m.push_str("--b--\r\n");
    m.into_bytes()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_bounce_bomb_does_not_hold_up_the_next_request() {
    let stack = MailStack::start();
    let mut daemon = Daemon::start(&stack, &[]);
    daemon.wait_watching().await;
    let mut office = stack.imap("ict.melandaha@office.test").await;
    let mut citizen = stack.imap("citizen1@example.test").await;

    // A ticket whose acknowledgement the bomb claims to return.
    office
        .append(&bangla_request(
            "citizen1@example.test",
            "before-bomb@example.test",
            "ই-নথি লগইন সমস্যা",
            "ই-নথিতে লগইন হচ্ছে না।",
        ))
        .await;
    assert!(
        citizen.wait_for(1, Duration::from_secs(20)).await.is_some(),
        "{}",
        daemon.log_text()
    );
    let reference = tickets_json(&stack)[0]["reference"]
        .as_str()
        .unwrap()
        .to_string();

    let bomb = bounce_bomb(&reference, 150_000, 50_000);
    let t0 = Instant::now();
    office.append(&bomb).await;
    println!(
        "APPEND of the {} byte bounce bomb: {:.3} s",
        bomb.len(),
        t0.elapsed().as_secs_f64()
    );
    let t1 = Instant::now();
    office
        .append(&bangla_request(
            "citizen1@example.test",
            "after-bomb@example.test",
            "জন্ম নিবন্ধন সংশোধন",
            "আমার জন্ম নিবন্ধনের তথ্য সংশোধন করতে চাই।",
        ))
        .await;
    // Generous for a debug build on a busy machine; the old reader needed minutes of CPU
    // for this bomb inside the transaction (over 6 min in a debug build's unit test).
    let waited = citizen.wait_for(2, Duration::from_secs(30)).await;
    println!(
        "APPEND of the next request -> its acknowledgement: {:.3} s (bomb APPEND -> ack {:.3} s)",
        t1.elapsed().as_secs_f64(),
        t0.elapsed().as_secs_f64()
    );
    assert!(
        waited.is_some(),
        "the request after the bomb was not acknowledged within 30 s:\n{}",
        tail(&daemon.log_text())
    );

    // The bomb is recorded on the ticket it names, cut to the first recipients and ids.
    let out = sebadesk(
        &stack,
        &[],
        &["tickets", "show", &reference, "--format", "json"],
    );
    let shown: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let bounced = shown["events"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["kind"] == "mail-bounced")
        .unwrap_or_else(|| panic!("no mail-bounced event: {shown}"));
    let detail = &bounced["detail"];
    assert_eq!(detail["recipients"].as_array().unwrap().len(), 100);
    assert_eq!(detail["message_ids"].as_array().unwrap().len(), 20);
    assert_eq!(detail["truncated"], true);
    assert_eq!(tickets_json(&stack).len(), 2, "no ticket for the bounce");
    assert_eq!(daemon.stop(), Some(0));
}

/// The end of a log: a failure message with 15 MB of context helps no one.
fn tail(log: &str) -> &str {
    let start = log.len().saturating_sub(4000);
    let start = (start..log.len())
        .find(|&i| log.is_char_boundary(i))
        .unwrap_or(0);
    &log[start..]
}

//! Unseen mail (issue 18) through the whole daemon: a doubtful request opens its ticket with
//! the acknowledgement held and the officer told; `tickets release` sends it.

use std::time::{Duration, Instant};

use sqlx::Row;

use crate::helpers::*;

#[tokio::test(flavor = "multi_thread")]
async fn a_doubtful_request_is_ticketed_its_ack_held_until_the_officer_releases_it() {
    let stack = MailStack::start();
    let mut daemon = Daemon::start(&stack, &[]);
    daemon.wait_watching().await;
    let db = stack.db().await;
    let mut desk = stack.imap("ict.melandaha@office.test").await;
    // A look-alike of a government domain and nothing else: doubtful, not spam.
    desk.append(
        b"From: <secretary@nothi-gov-bd.example>\r\nTo: ict.melandaha@office.test\r\n\
Subject: web portal update\r\nMessage-ID: <doubtful-1@nothi-gov-bd.example>\r\n\
Content-Type: text/plain; charset=utf-8\r\n\r\nPlease update the notice board of our union web portal.\r\n",
    )
    .await;
    let mut officer = stack.imap("officer@office.test").await;
    assert!(
        officer.wait_for(1, Duration::from_secs(30)).await.is_some(),
        "{}",
        daemon.log_text()
    );
    let tickets = tickets_json(&stack);
    assert_eq!(tickets.len(), 1, "the doubtful request is a ticket");
    let reference = tickets[0]["reference"].as_str().unwrap().to_string();
    let ack_status = |db: sqlx::AnyPool| async move {
        sqlx::query("SELECT status FROM outbox WHERE kind = 'ack'")
            .fetch_one(&db)
            .await
            .unwrap()
            .try_get::<String, _>(0)
            .unwrap()
    };
    assert_eq!(ack_status(db.clone()).await, "held");
    let notice = sebadesk::mail::parse::parse(&officer.messages().await[0].2).unwrap();
    assert!(
        notice
            .text
            .contains(&format!("sebadesk tickets release {reference}")),
        "{}",
        notice.text
    );
    let out = sebadesk(&stack, &[], &["tickets", "release", &reference]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let t0 = Instant::now();
    while ack_status(db.clone()).await == "held" && t0.elapsed() < Duration::from_secs(5) {
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_ne!(ack_status(db.clone()).await, "held", "released");
    let kinds = event_kinds(&show(&stack, &reference));
    assert!(
        kinds.iter().any(|k| k == "ack-held") && kinds.iter().any(|k| k == "ack-released"),
        "{kinds:?}"
    );
    // The release is the officer's "not spam" verdict: the learnt spam signal retrains on it.
    let store = sebadesk::store::Store::connect(&stack.database_url, 2)
        .await
        .unwrap();
    let released = store.released_requests().await.unwrap();
    assert_eq!(released.len(), 1);
    assert!(String::from_utf8_lossy(&released[0]).contains("notice board of our union web portal"));
    assert!(store.lesson_count().await.unwrap() >= 1);
    assert_eq!(daemon.stop(), Some(0));
}

/// A follow-up whose subject was rewritten and which does not thread to our mail names its
/// ticket only inside the quoted acknowledgement: from the ticket's citizen it joins the
/// ticket (no second acknowledgement); from anyone else it is a new request.
#[tokio::test(flavor = "multi_thread")]
async fn a_reference_only_in_the_quoted_text_joins_for_the_citizen_alone() {
    let stack = MailStack::start();
    let mut daemon = Daemon::start(&stack, &[]);
    daemon.wait_watching().await;
    let db = stack.db().await;
    let mut desk = stack.imap("ict.melandaha@office.test").await;
    let mail = |from: &str, id: &str, subject: &str, body: &str| {
        format!(
            "From: <{from}>\r\nTo: ict.melandaha@office.test\r\nSubject: {subject}\r\n\
Message-ID: <{id}>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n"
        )
        .into_bytes()
    };
    desk.append(&mail(
        "citizen1@example.test",
        "q-1@example.test",
        "school lab projector",
        "Our school digital lab projector does not start.",
    ))
    .await;
    let mut citizen = stack.imap("citizen1@example.test").await;
    assert!(citizen.wait_for(1, Duration::from_secs(30)).await.is_some());
    let reference = tickets_json(&stack)[0]["reference"]
        .as_str()
        .unwrap()
        .to_string();
    let quoted = format!(
        "It is still not working, the lamp is off.\r\n\r\nOn Mon, the office wrote:\r\n\
> Ticket number: {reference}\r\n> Your request has been received."
    );
    desk.append(&mail(
        "citizen1@example.test",
        "q-2@example.test",
        "still broken",
        &quoted,
    ))
    .await;
    desk.append(&mail(
        "other@example.test",
        "q-3@example.test",
        "my request",
        &quoted,
    ))
    .await;
    let t0 = Instant::now();
    while t0.elapsed() < Duration::from_secs(30) {
        let n: i64 = sqlx::query("SELECT COUNT(*) FROM messages")
            .fetch_one(&db)
            .await
            .unwrap()
            .try_get(0)
            .unwrap();
        if n >= 3 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let tickets = tickets_json(&stack);
    assert_eq!(tickets.len(), 2, "the stranger's mail is a new request");
    let kinds = event_kinds(&show(&stack, &reference));
    assert_eq!(
        kinds.iter().filter(|k| *k == "followup").count(),
        1,
        "{kinds:?}"
    );
    assert_eq!(
        kinds.iter().filter(|k| *k == "mentioned").count(),
        1,
        "{kinds:?}"
    );
    let acks: i64 = sqlx::query("SELECT COUNT(*) FROM outbox WHERE kind = 'ack'")
        .fetch_one(&db)
        .await
        .unwrap()
        .try_get(0)
        .unwrap();
    assert_eq!(
        acks, 2,
        "the citizen's follow-up got no second acknowledgement"
    );
    assert_eq!(daemon.stop(), Some(0));
}

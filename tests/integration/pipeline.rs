//! The pipeline on a real SQLite file, without the network: duplicates, quarantine,
//! follow-ups, automatic mail, and the real-world corpus (when `../shared` is present).

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;

use jiff::Timestamp;
use sebadesk::config::Config;
use sebadesk::intake::{InboundMessage, MailboxPosition};
use sebadesk::pipeline::{Outcome, Pipeline};
use sebadesk::sla::SystemClock;
use sebadesk::store::Store;
use sebadesk::triage::Disposition;

use crate::helpers::project_root;

pub async fn pipeline(dir: &Path) -> Pipeline {
    pipeline_with(dir, &[]).await
}

pub async fn pipeline_with(dir: &Path, overrides: &[(&str, &str)]) -> Pipeline {
    let mut env: BTreeMap<String, String> = [(
        "SEBADESK_DATABASE_URL".to_string(),
        crate::helpers::test_database_url(dir, "pipeline"),
    )]
    .into();
    env.extend(
        overrides
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string())),
    );
    let config = Config::load_with_env(&project_root().join("config/sebadesk.toml"), &env).unwrap();
    let store = Store::connect(&config.database.url, 2).await.unwrap();
    store.migrate().await.unwrap();
    Pipeline::new(Arc::new(config), store, Arc::new(SystemClock)).unwrap()
}

pub fn message(uid: u32, raw: &[u8]) -> InboundMessage {
    InboundMessage::new(
        MailboxPosition {
            mailbox: "test/INBOX".into(),
            uidvalidity: 1,
            uid,
        },
        Timestamp::now(),
        raw.len() as u64,
        raw.to_vec(),
        false,
    )
}

const REQUEST: &[u8] = b"From: Rahim <citizen1@example.test>\r\nTo: ict.melandaha@office.test\r\n\
Subject: school digital lab computers not starting\r\nMessage-ID: <dup-1@example.test>\r\n\
MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n\
Our Sheikh Russel digital lab computers do not start. Please help.\r\n";

async fn ack_count(p: &Pipeline) -> i64 {
    use sqlx::Row;
    sqlx::query("SELECT COUNT(*) FROM outbox WHERE kind = 'ack'")
        .fetch_one(p.store.pool())
        .await
        .unwrap()
        .try_get(0)
        .unwrap()
}

#[tokio::test]
async fn the_same_request_twice_is_one_ticket_and_one_ack() {
    let dir = tempfile::tempdir().unwrap();
    let p = pipeline(dir.path()).await;
    let first = p.process_message(&message(1, REQUEST)).await.unwrap();
    assert!(
        matches!(
            first,
            Outcome::Opened {
                acknowledged: true,
                ..
            }
        ),
        "{first:?}"
    );
    // Same UID again (a re-fetch), and the same Message-ID under another UID (a copy).
    assert_eq!(
        p.process_message(&message(1, REQUEST)).await.unwrap(),
        Outcome::Duplicate
    );
    assert_eq!(
        p.process_message(&message(2, REQUEST)).await.unwrap(),
        Outcome::Duplicate
    );
    assert_eq!(p.store.tickets(None).await.unwrap().len(), 1);
    assert_eq!(ack_count(&p).await, 1);
}

#[tokio::test]
async fn unparseable_and_automatic_mail_are_kept_but_never_answered() {
    let dir = tempfile::tempdir().unwrap();
    let p = pipeline(dir.path()).await;
    let garbage = p
        .process_message(&message(1, b"\x00\x01\x02 not a mail at all"))
        .await
        .unwrap();
    assert!(
        matches!(garbage, Outcome::Quarantined { .. }),
        "{garbage:?}"
    );
    let quarantined = p.store.quarantined().await.unwrap();
    assert_eq!(quarantined.len(), 1);
    assert!(quarantined[0].reason.starts_with("unparseable"));

    let vacation = b"From: Karim <citizen2@example.test>\r\nTo: ict.melandaha@office.test\r\n\
Subject: Out of Office: [MEL-2026-000001] lab\r\nAuto-Submitted: auto-replied\r\nMessage-ID: <ooo-1@example.test>\r\n\r\nI am away.\r\n";
    assert_eq!(
        p.process_message(&message(2, vacation)).await.unwrap(),
        Outcome::Ignored {
            disposition: Disposition::AutoReply
        }
    );
    let bounce = b"From: MAILER-DAEMON@mx.example.test\r\nTo: ict.melandaha@office.test\r\nReturn-Path: <>\r\n\
Subject: Undelivered Mail Returned to Sender\r\nMessage-ID: <b-1@mx.example.test>\r\n\r\nsorry\r\n";
    assert_eq!(
        p.process_message(&message(3, bounce)).await.unwrap(),
        Outcome::Ignored {
            disposition: Disposition::Bounce
        }
    );
    assert_eq!(ack_count(&p).await, 0);
    assert!(p.store.tickets(None).await.unwrap().is_empty());
}

#[tokio::test]
async fn a_follow_up_joins_its_ticket_without_a_new_ack() {
    let dir = tempfile::tempdir().unwrap();
    let p = pipeline(dir.path()).await;
    let Outcome::Opened { reference, .. } = p.process_message(&message(1, REQUEST)).await.unwrap()
    else {
        panic!("no ticket")
    };
    let reply = format!(
        "From: Rahim <citizen1@example.test>\r\nTo: ict.melandaha@office.test\r\nSubject: Re: [{reference}] lab\r\n\
Message-ID: <fu-1@example.test>\r\nIn-Reply-To: <dup-1@example.test>\r\n\r\nAny news?\r\n"
    );
    assert_eq!(
        p.process_message(&message(2, reply.as_bytes()))
            .await
            .unwrap(),
        Outcome::Appended {
            reference: reference.clone()
        }
    );
    // A reference to a ticket that does not exist is a new request.
    let unknown = b"From: Rahim <citizen1@example.test>\r\nTo: ict.melandaha@office.test\r\n\
Subject: Re: [MEL-2026-999999] e-Nothi login\r\nMessage-ID: <fu-2@example.test>\r\n\r\nI cannot log in to e-Nothi.\r\n";
    assert!(matches!(
        p.process_message(&message(3, unknown)).await.unwrap(),
        Outcome::Opened { .. }
    ));
    assert_eq!(p.store.tickets(None).await.unwrap().len(), 2);
    assert_eq!(ack_count(&p).await, 2);
    let t = p.store.ticket(&reference).await.unwrap().unwrap();
    let kinds: Vec<String> = p
        .store
        .events(t.id)
        .await
        .unwrap()
        .into_iter()
        .map(|e| e.kind)
        .collect();
    assert_eq!(kinds, ["opened", "followup"]);
}

fn request_from(citizen: &str, id: &str, subject: &str) -> Vec<u8> {
    format!(
        "From: <{citizen}>\r\nTo: ict.melandaha@office.test\r\nSubject: {subject}\r\nMessage-ID: <{id}>\r\n\
MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nOur school digital lab computers do not start.\r\n"
    )
    .into_bytes()
}

#[tokio::test]
async fn acknowledgements_per_sender_are_capped_but_tickets_still_open() {
    let dir = tempfile::tempdir().unwrap();
    let p = pipeline_with(
        dir.path(),
        &[("SEBADESK_HYGIENE_ACK_LIMIT_PER_WINDOW", "3")],
    )
    .await;
    // The same subject three times: one acknowledgement.
    for i in 1..=3 {
        let raw = request_from(
            "citizen1@example.test",
            &format!("same-{i}@example.test"),
            "Re: lab computers",
        );
        p.process_message(&message(i, &raw)).await.unwrap();
    }
    // Five different subjects from another address: three acknowledgements (the window cap).
    for i in 1..=5 {
        let raw = request_from(
            "citizen2@example.test",
            &format!("diff-{i}@example.test"),
            &format!("lab problem {i}"),
        );
        p.process_message(&message(10 + i, &raw)).await.unwrap();
    }
    assert_eq!(
        p.store.tickets(None).await.unwrap().len(),
        8,
        "capped mail still becomes a ticket"
    );
    assert_eq!(ack_count(&p).await, 1 + 3);
    let t = &p.store.tickets(None).await.unwrap()[1];
    let events = p.store.events(t.id).await.unwrap();
    assert_eq!(events.last().unwrap().kind, "ack-suppressed");
    assert!(
        events.last().unwrap().detail["reason"]
            .as_str()
            .unwrap()
            .contains("same subject")
    );
}

#[tokio::test]
async fn a_bounced_acknowledgement_is_recorded_on_its_ticket() {
    use sqlx::Row;
    let dir = tempfile::tempdir().unwrap();
    let p = pipeline(dir.path()).await;
    let Outcome::Opened { reference, .. } = p.process_message(&message(1, REQUEST)).await.unwrap()
    else {
        panic!("no ticket")
    };
    let ack_id: String = sqlx::query("SELECT message_id FROM outbox WHERE kind = 'ack'")
        .fetch_one(p.store.pool())
        .await
        .unwrap()
        .try_get(0)
        .unwrap();
    let dsn = format!(
        "From: MAILER-DAEMON@mx.example.test\r\nTo: ict.melandaha@office.test\r\nSubject: Undelivered Mail Returned to Sender\r\n\
Message-ID: <dsn-1@mx.example.test>\r\nMIME-Version: 1.0\r\n\
Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\r\n\r\n\
--b\r\nContent-Type: text/plain\r\n\r\nYour message could not be delivered.\r\n\
--b\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.example.test\r\n\r\n\
Final-Recipient: rfc822; citizen1@example.test\r\nAction: failed\r\nStatus: 5.2.2\r\n\
Diagnostic-Code: smtp; 552 5.2.2 mailbox full\r\n\
--b\r\nContent-Type: text/rfc822-headers\r\n\r\nMessage-ID: <{ack_id}>\r\nSubject: [{reference}] ...\r\n--b--\r\n"
    );
    assert_eq!(
        p.process_message(&message(2, dsn.as_bytes()))
            .await
            .unwrap(),
        Outcome::Ignored {
            disposition: Disposition::Bounce
        }
    );
    assert_eq!(
        p.store.tickets(None).await.unwrap().len(),
        1,
        "no ticket for the bounce"
    );
    assert_eq!(ack_count(&p).await, 1, "no answer to the bounce");
    let t = p.store.ticket(&reference).await.unwrap().unwrap();
    let events = p.store.events(t.id).await.unwrap();
    let bounced = events
        .iter()
        .find(|e| e.kind == "mail-bounced")
        .expect("bounce recorded");
    assert_eq!(
        bounced.detail["recipients"][0]["address"],
        "citizen1@example.test"
    );
    assert_eq!(bounced.detail["recipients"][0]["status"], "5.2.2");
}

#[tokio::test]
async fn a_quarantined_message_can_be_reprocessed() {
    let dir = tempfile::tempdir().unwrap();
    let p = pipeline(dir.path()).await;
    // As intake does when a stage fails: quarantine with the reason.
    let msg = message(1, REQUEST);
    p.quarantine(&msg, "processing failed: simulated")
        .await
        .unwrap();
    let q = p.store.quarantined().await.unwrap();
    assert_eq!(q.len(), 1);
    let outcome = p.reprocess(q[0].id).await.unwrap();
    assert!(
        matches!(
            outcome,
            Outcome::Opened {
                acknowledged: true,
                ..
            }
        ),
        "{outcome:?}"
    );
    assert!(p.store.quarantined().await.unwrap().is_empty());
    assert_eq!(ack_count(&p).await, 1);
    // Reprocessing again finds nothing to do.
    assert!(p.reprocess(q[0].id).await.is_err());
}

fn plain_request(id: &str, subject: &str, body: &str) -> Vec<u8> {
    format!(
        "From: <citizen3@example.test>\r\nTo: ict.melandaha@office.test\r\nSubject: {subject}\r\nMessage-ID: <{id}>\r\n\
Content-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n"
    )
    .into_bytes()
}

/// The officer's correction teaches the classifier: a similar mail afterwards gets the
/// corrected service.
#[tokio::test]
async fn a_correction_changes_the_next_decision_on_a_similar_mail() {
    let dir = tempfile::tempdir().unwrap();
    let p = pipeline(dir.path()).await;
    p.retrain_if_changed().await.unwrap();
    let first = plain_request(
        "toner-1@example.test",
        "Photocopier toner for the upazila office",
        "The photocopier toner of the upazila office is finished and the machine shows an error code. Please advise.",
    );
    let Outcome::Opened { reference, .. } = p.process_message(&message(1, &first)).await.unwrap()
    else {
        panic!()
    };
    let before = p.store.ticket(&reference).await.unwrap().unwrap();
    assert_ne!(
        before.service.as_deref(),
        Some("ict-advice"),
        "the test needs a mail the seed model gets wrong"
    );

    sebadesk::tickets::actions::reclassify(&p, &reference, "ict-advice", "test")
        .await
        .unwrap();
    assert!(
        p.retrain_if_changed().await.unwrap(),
        "a correction retrains"
    );
    assert!(
        !p.retrain_if_changed().await.unwrap(),
        "nothing new: no retraining"
    );

    let similar = plain_request(
        "toner-2@example.test",
        "Photocopier toner finished",
        "Our photocopier toner is finished and the photocopier shows an error code. What should we do?",
    );
    let Outcome::Opened {
        reference: second, ..
    } = p.process_message(&message(2, &similar)).await.unwrap()
    else {
        panic!()
    };
    let after = p.store.ticket(&second).await.unwrap().unwrap();
    println!(
        "before correction: {:?}; after: {:?}",
        before.service, after.service
    );
    assert_eq!(after.service.as_deref(), Some("ict-advice"));
}

/// The outbox claims mail ahead of sending it, several per query; a claim it does not use
/// (shutdown came, or the head start ran too long) is given back: due again at once, and only
/// if nobody has claimed the mail since, and only by the claimer that holds it.
#[tokio::test]
async fn an_unused_outbox_claim_is_given_back_only_while_it_is_ours() {
    let dir = tempfile::tempdir().unwrap();
    let p = pipeline(dir.path()).await;
    p.process_message(&message(1, REQUEST)).await.unwrap();
    let now = Timestamp::now();
    let lease = jiff::SignedDuration::from_mins(2);

    // The request queues its acknowledgement (and maybe other mail): claim them all at once.
    let claimed = p.store.claim_outbox(now, lease, "a", 10).await.unwrap();
    assert!(!claimed.is_empty() && claimed.len() < 10);
    assert!(
        p.store
            .claim_outbox(now, lease, "b", 10)
            .await
            .unwrap()
            .is_empty(),
        "a leased mail was claimed twice"
    );
    let mine = claimed
        .into_iter()
        .find(|m| m.kind == "ack")
        .expect("an ack queued");
    assert_eq!(mine.attempts, 1);
    p.store
        .release_claims(std::slice::from_ref(&mine), "b")
        .await
        .unwrap();
    assert!(
        p.store
            .claim_outbox(now, lease, "b", 10)
            .await
            .unwrap()
            .is_empty(),
        "another claimer gave back a claim that is not its own"
    );
    p.store
        .release_claims(std::slice::from_ref(&mine), "a")
        .await
        .unwrap();
    let again = p.store.claim_outbox(now, lease, "b", 10).await.unwrap();
    assert_eq!(again.len(), 1);
    assert_eq!(again[0].id, mine.id, "a released mail is due again at once");
    assert_eq!(
        again[0].attempts, 2,
        "each claim counts, so a claim can tell it is still ours"
    );

    // The first claim is stale now (the mail was claimed again): releasing it changes nothing.
    p.store
        .release_claims(std::slice::from_ref(&mine), "a")
        .await
        .unwrap();
    assert!(
        p.store
            .claim_outbox(now, lease, "a", 10)
            .await
            .unwrap()
            .is_empty(),
        "a stale release freed a claim that belongs to someone else"
    );
}

/// Several mails come out of one claim, oldest first, each counted once; a limit is kept.
#[tokio::test]
async fn outbox_claims_take_several_mails_in_order() {
    let dir = tempfile::tempdir().unwrap();
    let p = pipeline(dir.path()).await;
    for i in 1..=3 {
        let request = plain_request(
            &format!("claims-{i}@example.test"),
            &format!("Birth certificate copy {i}"),
            "I need a certified copy of my birth certificate. How do I apply?",
        );
        p.process_message(&message(i, &request)).await.unwrap();
    }
    let now = Timestamp::now();
    let lease = jiff::SignedDuration::from_mins(2);
    let first = p.store.claim_outbox(now, lease, "a", 2).await.unwrap();
    assert_eq!(first.len(), 2, "the limit is kept");
    let rest = p.store.claim_outbox(now, lease, "b", 100).await.unwrap();
    assert!(!rest.is_empty());
    let ids: Vec<i64> = first.iter().chain(&rest).map(|m| m.id).collect();
    let mut sorted = ids.clone();
    sorted.sort_unstable();
    sorted.dedup();
    assert_eq!(ids, sorted, "oldest first, and no mail claimed twice");
    assert!(first.iter().chain(&rest).all(|m| m.attempts == 1));
}

/// A queued mail's body lives in `outbox_bodies`: queued once with its row (also in a
/// multi-row enqueue where one key is there already, which must neither add a second body
/// nor touch the first), and handed back with the claim, byte for byte.
#[tokio::test]
async fn outbox_bodies_are_written_once_and_come_back_with_the_claim() {
    use sebadesk::store::outbox::{NewOutboxMail, enqueue, enqueue_many};
    let dir = tempfile::tempdir().unwrap();
    let p = pipeline(dir.path()).await;
    let now = Timestamp::now();
    let mail = |key: &'static str, raw: &'static [u8]| NewOutboxMail {
        ticket_id: None,
        kind: "test",
        dedup_key: key,
        mail_from: "ict.melandaha@office.test",
        rcpt_to: "citizen1@example.test",
        message_id: key,
        raw,
    };
    let mut tx = p.store.begin_write().await.unwrap();
    assert!(
        enqueue(&mut tx, &mail("k1", b"first body"), now)
            .await
            .unwrap()
    );
    assert!(
        !enqueue(&mut tx, &mail("k1", b"other body"), now)
            .await
            .unwrap()
    );
    enqueue_many(
        &mut tx,
        &[
            mail("k2", b"second body"),
            mail("k1", b"third body"),
            mail("k3", b"fourth body"),
        ],
        now,
    )
    .await
    .unwrap();
    tx.commit().await.unwrap();
    let bodies: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM outbox_bodies")
        .fetch_one(p.store.pool())
        .await
        .unwrap();
    assert_eq!(bodies, 3, "one body per queued mail");
    let claimed = p
        .store
        .claim_outbox(now, jiff::SignedDuration::from_mins(2), "a", 10)
        .await
        .unwrap();
    let got: Vec<String> = claimed
        .iter()
        .map(|m| String::from_utf8(m.raw.clone()).unwrap())
        .collect();
    assert_eq!(
        got,
        ["first body", "second body", "fourth body"],
        "each claim carries its own body, the first one untouched"
    );
}

/// What a database holds after intake, without times and generated values: tickets, their
/// events, the outbox rows in order, each message's disposition and ticket, the counter.
async fn intake_state(p: &Pipeline) -> Vec<String> {
    use sqlx::Row;
    let queries = [
        "SELECT reference || ' ' || COALESCE(service, '-') || ' ' || citizen_email || ' ' || subject || ' ' || status
           || ' ' || COALESCE(receipt_day, '-') || ' ' || COALESCE(due_at, '-') FROM tickets ORDER BY id",
        "SELECT t.reference || ' ' || e.kind || ' ' || e.detail FROM ticket_events e JOIN tickets t ON t.id = e.ticket_id
           ORDER BY e.ticket_id, e.id",
        "SELECT kind || ' ' || dedup_key || ' ' || rcpt_to || ' ' || status FROM outbox ORDER BY id",
        "SELECT o.dedup_key || CASE WHEN b.outbox_id IS NULL THEN ' without a body' ELSE ' with its body' END
           FROM outbox o LEFT JOIN outbox_bodies b ON b.outbox_id = o.id ORDER BY o.id",
        "SELECT CAST(m.uid AS TEXT) || ' ' || m.disposition || ' ' || m.dedup_id || ' ' || COALESCE(t.reference, '-')
           FROM messages m LEFT JOIN tickets t ON t.id = m.ticket_id ORDER BY m.uid",
        "SELECT office || ' ' || CAST(year AS TEXT) || ' ' || CAST(last_seq AS TEXT) FROM ticket_counters ORDER BY office, year",
    ];
    let mut out = Vec::new();
    for q in queries {
        for row in sqlx::query(q).fetch_all(p.store.pool()).await.unwrap() {
            out.push(row.try_get::<String, _>(0).unwrap());
        }
    }
    out
}

/// A batch (runs of new requests a few statements at a time, the rest one by one in the same
/// transaction) ends exactly as the same messages taken one by one: duplicates in the batch
/// and before it, the per-sender caps counting acknowledgements queued earlier in the batch,
/// a follow-up to a ticket opened earlier in the batch, automatic mail, no reply address.
#[tokio::test]
async fn a_batch_ends_as_the_same_messages_one_by_one() {
    let mut mails: Vec<(u32, Vec<u8>)> = vec![
        (1, REQUEST.to_vec()),
        (
            2,
            request_from("citizen2@example.test", "s-1@example.test", "lab problem"),
        ),
        // The same Message-ID as uid 1: a duplicate inside the batch.
        (3, REQUEST.to_vec()),
        // The same subject to the same address: the acknowledgement is suppressed.
        (
            4,
            request_from("citizen2@example.test", "s-2@example.test", "Re: lab problem"),
        ),
        (5, b"From: nobody\r\nTo: ict.melandaha@office.test\r\nSubject: lab computers\r\n\
Message-ID: <noaddr@example.test>\r\n\r\nOur school digital lab computers do not start.\r\n"
            .to_vec()),
        (6, b"From: Rahim <citizen1@example.test>\r\nTo: ict.melandaha@office.test\r\n\
Subject: Out of Office\r\nAuto-Submitted: auto-replied\r\nMessage-ID: <ooo-b@example.test>\r\n\r\nI am away.\r\n"
            .to_vec()),
        // Journaled before the batch (see below): a duplicate by UID.
        (
            7,
            request_from("citizen4@example.test", "early@example.test", "printer"),
        ),
    ];
    // Twelve subjects from one address: the window cap (10) stops the last two.
    for i in 0..12 {
        mails.push((
            20 + i,
            request_from(
                "citizen3@example.test",
                &format!("many-{i}@example.test"),
                &format!("lab problem number {i}"),
            ),
        ));
    }
    let mut results = Vec::new();
    for batched in [false, true] {
        let dir = tempfile::tempdir().unwrap();
        let p = pipeline(dir.path()).await;
        p.process_message(&message(7, &mails[6].1)).await.unwrap();
        let code = &p.config.office.code;
        let year = Timestamp::now()
            .to_zoned_datetime(p.config.office.timezone.clone())
            .year();
        let first = format!("{code}-{year}-000002");
        // A follow-up to the batch's first ticket, after it in the batch.
        let mut all = mails.clone();
        all.insert(
            4,
            (
                8,
                format!(
                    "From: Rahim <citizen1@example.test>\r\nTo: ict.melandaha@office.test\r\nSubject: Re: [{first}] lab\r\n\
Message-ID: <fu-b@example.test>\r\nIn-Reply-To: <dup-1@example.test>\r\n\r\nAny news?\r\n"
                )
                .into_bytes(),
            ),
        );
        all.sort_by_key(|(uid, _)| *uid);
        let outcomes: Vec<Outcome> = if batched {
            let preparer = p.preparer();
            let prepared: Vec<_> = all
                .iter()
                .map(|(uid, raw)| preparer.prepare(message(*uid, raw)))
                .collect();
            p.process_batch(&prepared)
                .await
                .into_iter()
                .map(Result::unwrap)
                .collect()
        } else {
            let mut o = Vec::new();
            for (uid, raw) in &all {
                o.push(p.process_message(&message(*uid, raw)).await.unwrap());
            }
            o
        };
        assert!(outcomes.contains(&Outcome::Appended {
            reference: sebadesk::domain::TicketRef::parse(&first).unwrap()
        }));
        assert_eq!(
            outcomes
                .iter()
                .filter(|o| **o == Outcome::Duplicate)
                .count(),
            2
        );
        results.push((outcomes, intake_state(&p).await));
    }
    let (one_by_one, batched) = (&results[0], &results[1]);
    assert_eq!(one_by_one.0, batched.0, "outcomes");
    assert_eq!(one_by_one.1, batched.1, "database");
    let suppressed = one_by_one
        .1
        .iter()
        .filter(|l| l.contains(" ack-suppressed "))
        .count();
    assert_eq!(suppressed, 3, "one same-subject, two over the window cap");
}

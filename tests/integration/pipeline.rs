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
    let env: BTreeMap<String, String> = [(
        "SEBADESK_DATABASE_URL".to_string(),
        format!("sqlite://{}/t.db", dir.display()),
    )]
    .into();
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

async fn outbox_count(p: &Pipeline) -> i64 {
    use sqlx::Row;
    sqlx::query("SELECT COUNT(*) FROM outbox")
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
    assert_eq!(outbox_count(&p).await, 1);
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
    assert_eq!(outbox_count(&p).await, 0);
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
    assert_eq!(outbox_count(&p).await, 2);
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

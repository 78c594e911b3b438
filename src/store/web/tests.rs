//! Tests of the search patterns and of reading unindexed mail by its bytes.

use super::search::like_pattern;

#[test]
fn like_patterns_escape_wildcards() {
    assert_eq!(like_pattern("A_b%c\\"), "%a\\_b\\%c\\\\%");
    assert_eq!(like_pattern("প্রজেক্টর"), "%প্রজেক্টর%");
}

/// The search indexer reads the next unindexed mails in id order up to its byte budget,
/// always at least one (a mail bigger than the budget alone), at most `limit`.
#[tokio::test]
async fn unindexed_mail_is_read_by_bytes() {
    use crate::store::Store;
    use crate::store::messages::{NewMessage, insert_message};
    let dir = tempfile::tempdir().unwrap();
    let store = Store::connect(&format!("sqlite://{}/t.db", dir.path().display()), 2)
        .await
        .unwrap();
    store.migrate().await.unwrap();
    let now: jiff::Timestamp = "2026-12-01T04:00:00Z".parse().unwrap();
    let sizes = [100_000usize, 200_000, 300_000, 10];
    let raws: Vec<bytes::Bytes> = sizes.iter().map(|&n| vec![b'x'; n].into()).collect();
    let mut tx = store.begin_write().await.unwrap();
    for (i, raw) in raws.iter().enumerate() {
        let dedup = format!("<{i}@example.test>");
        let m = NewMessage {
            mailbox: "desk/INBOX",
            uidvalidity: 1,
            uid: i as u32 + 1,
            dedup_id: &dedup,
            disposition: "new",
            received_at: now,
            from_address: None,
            subject: None,
            size: raw.len() as u64,
            raw,
            quarantine_reason: None,
            ticket_id: Some(1),
        };
        insert_message(&mut tx, &m, now).await.unwrap().unwrap();
    }
    tx.commit().await.unwrap();
    let lens = |rows: Vec<(i64, i64, Option<Vec<u8>>)>| -> Vec<usize> {
        rows.iter().map(|r| r.2.as_ref().unwrap().len()).collect()
    };
    assert_eq!(
        lens(store.web_unindexed(500, 350_000).await.unwrap()),
        vec![100_000, 200_000]
    );
    assert_eq!(
        lens(store.web_unindexed(500, 10).await.unwrap()),
        vec![100_000]
    );
    assert_eq!(
        lens(store.web_unindexed(2, 1 << 30).await.unwrap()),
        vec![100_000, 200_000]
    );
    assert_eq!(
        lens(store.web_unindexed(500, 1 << 30).await.unwrap()),
        sizes.to_vec()
    );
    store
        .web_index(&[(1, 1, "a".into()), (2, 1, "b".into())])
        .await
        .unwrap();
    assert_eq!(
        lens(store.web_unindexed(500, 10).await.unwrap()),
        vec![300_000]
    );
    store.close().await;
}

/// An admin of a district sees every office: the queue without a search reads a dated and an
/// undated list per office and status, far more than SQLite's 500 terms of one compound
/// SELECT for 130 offices with every status. The page is still the tickets in deadline order.
#[tokio::test]
async fn the_queue_of_many_offices_and_every_status_reads_in_deadline_order() {
    use crate::domain::TicketRef;
    use crate::store::Store;
    use crate::store::tickets::{NewTicket, insert_ticket};
    use crate::store::web::QueueFilter;
    let dir = tempfile::tempdir().unwrap();
    let store = Store::connect(&format!("sqlite://{}/t.db", dir.path().display()), 2)
        .await
        .unwrap();
    store.migrate().await.unwrap();
    let offices: Vec<String> = (0..130).map(|i| format!("O{i:03}")).collect();
    let now: jiff::Timestamp = "2026-12-01T04:00:00Z".parse().unwrap();
    let mut tx = store.begin_write().await.unwrap();
    // Three tickets in offices far apart, the latest deadline first; one without a deadline.
    for (seq, (office, due_hours)) in [("O129", Some(72)), ("O000", Some(24)), ("O064", None)]
        .into_iter()
        .enumerate()
    {
        let reference = TicketRef {
            office: office.into(),
            year: 2026,
            seq: seq as i64 + 1,
        };
        let t = NewTicket {
            office,
            service: None,
            confidence: None,
            classification: "{}",
            citizen_email: "citizen@example.test",
            citizen_name: None,
            subject: "s",
            subject_key: "s",
            received_at: now,
            receipt_day: None,
            due_at: due_hours.map(|h| now + jiff::SignedDuration::from_hours(h)),
            officer_token: "t",
            original_message_id: None,
        };
        insert_ticket(&mut tx, &reference, &t, now).await.unwrap();
    }
    tx.commit().await.unwrap();
    let statuses = ["open", "waiting", "resolved", "closed"]
        .map(String::from)
        .to_vec();
    let page = store
        .web_queue(&QueueFilter {
            offices: offices.clone(),
            office: None,
            service: None,
            statuses,
            search: None,
            limit: 50,
            after: None,
        })
        .await
        .unwrap();
    let offices_in_order: Vec<&str> = page.tickets.iter().map(|t| t.office.as_str()).collect();
    assert_eq!(offices_in_order, ["O000", "O129", "O064"]);
    store.close().await;
}

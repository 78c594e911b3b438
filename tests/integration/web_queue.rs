//! The web desk's queue over many tickets, through the store's one queue function, on the
//! test's database (SQLite, or PostgreSQL with `SDTEST_DATABASE=postgres`): keyset pages
//! follow one another in deadline order with no ticket lost or shown twice, counts stop at
//! the cap, and search finds through the text indexes (migration 0017) what it found before
//! them: a word only in the mail text, a reference (whole, its beginning, Bengali digits,
//! lower case), a Bangla word inside a subject, a citizen, and short texts.

use jiff::{SignedDuration, Timestamp};
use sebadesk::domain::TicketRef;
use sebadesk::store::Store;
use sebadesk::store::db_time;
use sebadesk::store::tickets::{NewTicket, insert_tickets};
use sebadesk::store::web::{COUNT_CAP, QueueFilter, QueueKey};

use crate::helpers::{drop_test_database, test_database_url};

const MEL: usize = 1_300;
const OFB: usize = 40;

/// One seeded ticket, as the test expects to find it.
struct Seeded {
    id: i64,
    reference: String,
    office: &'static str,
    status: &'static str,
    service: Option<&'static str>,
    due_at: Option<String>,
    subject: String,
}

fn subject_of(i: usize) -> String {
    match i {
        777 => "মাল্টিমিডিয়া ক্লাসরুমের সাউন্ড বন্ধ".to_string(),
        778 => "ব্যয় 75% বেশি".to_string(),
        _ if i.is_multiple_of(3) => format!("প্রজেক্টর সমস্যা ({i})"),
        _ => format!("ল্যাপটপ নষ্ট ({i})"),
    }
}

async fn seed(store: &Store, now: Timestamp) -> Vec<Seeded> {
    let year = 2026;
    let mut seeded = Vec::new();
    let offices = (0..MEL)
        .map(|i| ("MEL", i))
        .chain((0..OFB).map(|i| ("OFB", i)));
    let plan: Vec<(&'static str, usize)> = offices.collect();
    let subjects: Vec<String> = plan.iter().map(|(_, i)| subject_of(*i)).collect();
    let emails: Vec<String> = plan
        .iter()
        .map(|(_, i)| format!("citizen{}@example.test", i % 97))
        .collect();
    let mut tx = store.begin_write().await.unwrap();
    let batch: Vec<(TicketRef, NewTicket)> = plan
        .iter()
        .enumerate()
        .map(|(k, (office, i))| {
            // Deadlines repeat (ties broken by id); every 11th ticket has none.
            let due =
                (i % 11 != 5).then(|| now + SignedDuration::from_hours((*i % 97) as i64 * 6 - 200));
            (
                TicketRef {
                    office: office.to_string(),
                    year,
                    seq: *i as i64 + 1,
                },
                NewTicket {
                    office,
                    service: (i % 4 != 0).then_some("web-portal"),
                    confidence: Some(0.9),
                    classification: "[]",
                    citizen_email: &emails[k],
                    citizen_name: (*i == 500).then_some("জনাব করিমুল হক"),
                    subject: &subjects[k],
                    subject_key: "",
                    received_at: now - SignedDuration::from_hours(1),
                    receipt_day: None,
                    due_at: due,
                    officer_token: "t",
                    original_message_id: None,
                },
            )
        })
        .collect();
    let ids = insert_tickets(&mut tx, &batch, now).await.unwrap();
    tx.commit().await.unwrap();
    for ((r, t), id) in batch.iter().zip(ids) {
        let status = match r.seq % 10 {
            0 => "waiting",
            1..=3 => "open",
            4..=8 => "resolved",
            _ => "closed",
        };
        sqlx::query("UPDATE tickets SET status = $1 WHERE id = $2")
            .bind(status)
            .bind(id)
            .execute(store.pool())
            .await
            .unwrap();
        seeded.push(Seeded {
            id,
            reference: r.to_string(),
            office: if t.office == "MEL" { "MEL" } else { "OFB" },
            status,
            service: t.service.map(|_| "web-portal"),
            due_at: t.due_at.map(db_time),
            subject: t.subject.to_string(),
        });
    }
    // Mail text: ticket 901's mail has a word no subject has; as the desk indexes it.
    let t901 = seeded
        .iter()
        .find(|s| s.reference == "MEL-2026-000901")
        .unwrap();
    store
        .web_index(&[(
            1,
            t901.id,
            "আমাদের অফিসের জেনারেটরবিভ্রাট তিন দিন ধরে চলছে".to_string(),
        )])
        .await
        .unwrap();
    seeded
}

fn key(s: &Seeded) -> (bool, String, i64) {
    (
        s.due_at.is_none(),
        s.due_at.clone().unwrap_or_default(),
        s.id,
    )
}

/// Every page of a filter, following the next-page keys: the references in order, and the
/// first page's count.
async fn walk(store: &Store, mut f: QueueFilter) -> (Vec<String>, i64, bool) {
    let mut refs = Vec::new();
    let mut first: Option<(i64, bool)> = None;
    for _ in 0..100 {
        let page = store.web_queue(&f).await.unwrap();
        assert!(page.tickets.len() as i64 <= f.limit);
        first.get_or_insert((page.total, page.capped));
        refs.extend(page.tickets.iter().map(|t| t.reference.clone()));
        match page.next {
            Some(k) => {
                // The key survives the trip through a URL.
                let again = QueueKey::parse(&k.to_param()).unwrap();
                assert_eq!(again, k);
                f.after = Some(again);
            }
            None => {
                let (total, capped) = first.unwrap();
                return (refs, total, capped);
            }
        }
    }
    panic!("more than 100 pages");
}

fn filter(statuses: &[&str], search: Option<&str>) -> QueueFilter {
    QueueFilter {
        offices: vec!["MEL".into()],
        office: None,
        service: None,
        statuses: statuses.iter().map(|s| s.to_string()).collect(),
        search: search.map(str::to_string),
        limit: 50,
        after: None,
    }
}

fn expected<'a>(seeded: &'a [Seeded], keep: impl Fn(&Seeded) -> bool) -> Vec<String> {
    let mut v: Vec<&'a Seeded> = seeded
        .iter()
        .filter(|s| s.office == "MEL" && keep(s))
        .collect();
    v.sort_by_key(|s| key(s));
    v.iter().map(|s| s.reference.clone()).collect()
}

async fn found(store: &Store, search: &str) -> Vec<String> {
    let f = filter(&["open", "waiting", "resolved", "closed"], Some(search));
    let mut refs = walk(store, f).await.0;
    refs.sort();
    refs
}

#[tokio::test(flavor = "multi_thread")]
async fn web_queue_pages_by_deadline_and_searches_through_the_indexes() {
    let dir = tempfile::tempdir().unwrap();
    let url = test_database_url(dir.path(), "webqueue");
    let store = Store::connect(&url, 4).await.unwrap();
    store.migrate().await.unwrap();
    let now: Timestamp = "2026-12-07T06:00:00Z".parse().unwrap();
    let seeded = seed(&store, now).await;
    let all = ["open", "waiting", "resolved", "closed"];

    // Every ticket of the office once, in deadline order (undated last, ties by id), over 26
    // pages; the count stops at the cap.
    let (refs, total, capped) = walk(&store, filter(&all, None)).await;
    assert_eq!(refs, expected(&seeded, |_| true));
    assert_eq!(refs.len(), MEL);
    assert_eq!((total, capped), (COUNT_CAP, true));
    // The active statuses: exact count under the cap.
    let (refs, total, capped) = walk(&store, filter(&["open", "waiting"], None)).await;
    let want = expected(&seeded, |s| s.status == "open" || s.status == "waiting");
    assert_eq!(refs, want);
    assert_eq!((total, capped), (want.len() as i64, false));
    // A service, and "outside the charter".
    let mut f = filter(&all, None);
    f.service = Some("none".into());
    assert_eq!(
        walk(&store, f).await.0,
        expected(&seeded, |s| s.service.is_none())
    );
    let mut f = filter(&["open"], None);
    f.service = Some("web-portal".into());
    assert_eq!(
        walk(&store, f).await.0,
        expected(&seeded, |s| s.status == "open" && s.service.is_some())
    );
    // Another office's tickets never show, even when asked for by name.
    let mut f = filter(&all, None);
    f.office = Some("OFB".into());
    assert!(store.web_queue(&f).await.unwrap().tickets.is_empty());
    let mut f = filter(&all, None);
    f.offices.push("OFB".into());
    assert_eq!(walk(&store, f).await.0.len(), MEL + OFB);

    // Search. A Bangla word inside one subject:
    assert_eq!(found(&store, "মিডিয়া").await, vec!["MEL-2026-000778"]);
    // A word only in the mail text:
    assert_eq!(found(&store, "জেনারেটরবিভ্রাট").await, vec!["MEL-2026-000901"]);
    // A reference: whole, lower case, in Bengali digits, its beginning, its number alone.
    assert_eq!(
        found(&store, "MEL-2026-000777").await,
        vec!["MEL-2026-000777"]
    );
    assert_eq!(
        found(&store, "mel-2026-000777").await,
        vec!["MEL-2026-000777"]
    );
    assert_eq!(
        found(&store, "MEL-২০২৬-০০০৭৭৭").await,
        vec!["MEL-2026-000777"]
    );
    let tens: Vec<String> = (770..=779).map(|n| format!("MEL-2026-000{n}")).collect();
    assert_eq!(found(&store, "MEL-2026-00077").await, tens);
    assert_eq!(found(&store, "000777").await, vec!["MEL-2026-000777"]);
    // A citizen, by name and by address.
    assert_eq!(found(&store, "করিমুল").await, vec!["MEL-2026-000501"]);
    let by_address = found(&store, "citizen96@").await;
    let want: Vec<String> = {
        let mut v: Vec<String> = seeded
            .iter()
            .filter(|s| s.office == "MEL")
            .filter(|s| {
                let i: usize = s.reference[9..].parse::<usize>().unwrap() - 1;
                i % 97 == 96
            })
            .map(|s| s.reference.clone())
            .collect();
        v.sort();
        v
    };
    assert_eq!(by_address, want);
    // Wildcards and quotes are text.
    assert_eq!(found(&store, "5% ব").await, vec!["MEL-2026-000779"]);
    assert!(found(&store, "%%%").await.is_empty());
    assert!(found(&store, "__").await.is_empty());
    assert!(found(&store, "ab\"cd").await.is_empty());
    // Shorter than a trigram: still found (row by row); Bengali digits find ASCII ones.
    assert_eq!(found(&store, "5%").await, vec!["MEL-2026-000779"]);
    assert_eq!(found(&store, "৫%").await, vec!["MEL-2026-000779"]);
    assert_eq!(found(&store, "৭৫% ব").await, vec!["MEL-2026-000779"]);
    // A broad word, paged in deadline order among the statuses asked for.
    let f = filter(&["open", "waiting"], Some("প্রজেক্টর"));
    let (refs, total, capped) = walk(&store, f).await;
    let want = expected(&seeded, |s| {
        (s.status == "open" || s.status == "waiting") && s.subject.contains("প্রজেক্টর")
    });
    assert!(want.len() > 100, "{}", want.len());
    assert_eq!(refs, want);
    assert_eq!((total, capped), (want.len() as i64, false));
    let (refs, total, capped) = walk(&store, filter(&all, Some("ল্যাপটপ"))).await;
    let want = expected(&seeded, |s| s.subject.contains("ল্যাপটপ"));
    assert_eq!(refs, want);
    assert_eq!((total, capped), (want.len() as i64, false));
    // Over the cap: the count stops there.
    let mut f = filter(&all, Some("citizen"));
    f.offices.push("OFB".into());
    let (refs, total, capped) = walk(&store, f).await;
    assert_eq!(refs.len(), MEL + OFB);
    assert_eq!((total, capped), (COUNT_CAP, true));

    // A key from a hostile URL is no key: the first page.
    for bad in [
        "",
        "_",
        "x_1",
        "2026-13-01T00:00:00Z_1",
        "_-5",
        "2026-12-07T06:00:00Z_1e9",
    ] {
        assert_eq!(QueueKey::parse(bad), None, "{bad:?}");
    }
    store.close().await;
    drop_test_database(&url);
}

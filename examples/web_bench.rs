//! The web desk's page times with many tickets (issue 17), on SQLite or PostgreSQL.
//!
//! ```text
//! cargo run --release --example web_bench -- [--tickets 100000] [--requests 200]
//!     [--database sqlite|postgres] [--keep-database]
//! ```
//!
//! `--keep-database` leaves the seeded PostgreSQL database in place (its name is printed), to
//! `EXPLAIN ANALYZE` the desk's statements on it with `psql`.
//!
//! 1. a fresh database (an SQLite file in a temporary folder, or a new database on the local
//!    PostgreSQL, 127.0.0.1:5432, user postgres, trust auth; dropped at the end), migrated;
//! 2. `--tickets` tickets of the example config's office MEL, inserted with the store's own
//!    batch insert: 8 % open, 2 % waiting, the rest resolved; deadlines spread over ±30 days
//!    around now; Bangla subjects; each ticket's mail text in the search table (as the desk
//!    fills it from the journal); 200 of them also get a journaled request mail (2 KB) and
//!    events, for the ticket page; on PostgreSQL then `VACUUM ANALYZE` (a desk's steady
//!    state: see below);
//! 3. the web desk's router served in this process on 127.0.0.1 (axum, as the daemon), a
//!    session from a sign-in link (`web::auth`), then `--requests` requests per page, one at a
//!    time, each a fresh HTTP/1.1 connection over loopback: the time is from connect to the last
//!    byte (the server's time plus loopback, an upper bound of the server's time);
//! 4. per page: p50, p95, max and the page's size in bytes.

use std::sync::Arc;
use std::time::{Duration, Instant};

use jiff::{SignedDuration, Timestamp};
use sebadesk::config::Config;
use sebadesk::domain::TicketRef;
use sebadesk::store::Store;
use sebadesk::store::tickets::{NewTicket, insert_tickets};
use sebadesk::tickets::Desk;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

fn arg(name: &str, default: &str) -> String {
    let args: Vec<String> = std::env::args().collect();
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1).cloned())
        .unwrap_or_else(|| default.to_string())
}

const WORDS: &[&str] = &[
    "ওয়েব পোর্টাল",
    "ই-নথি",
    "ডিজিটাল ল্যাব",
    "প্রজেক্টর",
    "ইন্টারনেট",
    "নোটিশ",
    "ল্যাপটপ",
    "প্রশিক্ষণ",
    "সার্ভার",
    "পাসওয়ার্ড",
    "ইউডিসি",
    "প্রিন্টার",
];

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let n: usize = arg("--tickets", "100000").parse()?;
    let requests: usize = arg("--requests", "200").parse()?;
    let database = arg("--database", "sqlite");
    let dir = tempfile::tempdir()?;
    let (url, pg_name) = if database == "postgres" {
        let name = format!("sd_webbench_{}", std::process::id());
        let out = std::process::Command::new("psql")
            .args(["-h", "127.0.0.1", "-U", "postgres", "-q", "-c"])
            .arg(format!("CREATE DATABASE {name}"))
            .output()?;
        anyhow::ensure!(out.status.success(), "CREATE DATABASE failed");
        (
            format!("postgres://postgres@127.0.0.1:5432/{name}"),
            Some(name),
        )
    } else {
        (format!("sqlite://{}/bench.db", dir.path().display()), None)
    };
    let result = run(n, requests, &database, &url).await;
    if let Some(name) = pg_name.filter(|name| {
        let keep = std::env::args().any(|a| a == "--keep-database");
        if keep {
            println!("kept the database {name} (drop it with: psql -h 127.0.0.1 -U postgres -c 'DROP DATABASE {name}')");
        }
        !keep
    }) {
        let _ = std::process::Command::new("psql")
            .args(["-h", "127.0.0.1", "-U", "postgres", "-q", "-c"])
            .arg(format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
            .output();
    }
    result
}

async fn run(n: usize, requests: usize, database: &str, url: &str) -> anyhow::Result<()> {
    let env: std::collections::BTreeMap<String, String> = [
        ("SEBADESK_WEB_LISTEN", "127.0.0.1:0"),
        ("SEBADESK_DATABASE_URL", url),
    ]
    .iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect();
    let config = Arc::new(Config::load_with_env(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("config/sebadesk.toml"),
        &env,
    )?);
    let store = Store::connect(url, 5).await?;
    store.migrate().await?;
    let now = Timestamp::now();

    // Seed.
    let t0 = Instant::now();
    let year = now.to_zoned_datetime(jiff::tz::TimeZone::UTC).year();
    let mut seq = 0i64;
    let subjects: Vec<String> = (0..n)
        .map(|i| {
            format!(
                "{} সমস্যা — {} বিষয়ে সহায়তা চাই ({i})",
                WORDS[i % WORDS.len()],
                WORDS[(i / 7) % WORDS.len()]
            )
        })
        .collect();
    let emails: Vec<String> = (0..n)
        .map(|i| format!("citizen{}@example.test", i % 5000))
        .collect();
    for chunk in (0..n).collect::<Vec<_>>().chunks(5000) {
        let mut tx = store.begin_write().await?;
        let batch: Vec<(TicketRef, NewTicket)> = chunk
            .iter()
            .map(|&i| {
                seq += 1;
                let received = now - SignedDuration::from_hours(((i * 7) % (60 * 24)) as i64);
                let due = now + SignedDuration::from_hours(((i * 13) % (60 * 24)) as i64 - 30 * 24);
                (
                    TicketRef {
                        office: "MEL".into(),
                        year,
                        seq,
                    },
                    NewTicket {
                        office: "MEL",
                        service: Some("web-portal"),
                        confidence: Some(0.9),
                        classification: "[]",
                        citizen_email: &emails[i],
                        citizen_name: Some("মোঃ রহিম উদ্দিন"),
                        subject: &subjects[i],
                        subject_key: "",
                        received_at: received,
                        receipt_day: None,
                        due_at: Some(due),
                        officer_token: "t",
                        original_message_id: None,
                    },
                )
            })
            .collect();
        insert_tickets(&mut tx, &batch, now).await?;
        tx.commit().await?;
    }
    // Statuses: 8 % open, 2 % waiting, the rest resolved (one statement each).
    sqlx::query("UPDATE tickets SET status = 'resolved', resolved_at = received_at WHERE id % 10 >= 1 AND id % 50 <> 1")
        .execute(store.pool())
        .await?;
    sqlx::query("UPDATE tickets SET status = 'waiting' WHERE id % 50 = 1")
        .execute(store.pool())
        .await?;
    // The search text, as the desk fills it from the journal (message id = ticket id here).
    let mut rows = Vec::with_capacity(5000);
    for id in 1..=n as i64 {
        rows.push((
            id,
            id,
            format!(
                "আসসালামু আলাইকুম। আমাদের অফিসের {} কাজ করছে না, {} দরকার। অনুরোধ নম্বর {id}।",
                WORDS[id as usize % WORDS.len()],
                WORDS[(id as usize / 3) % WORDS.len()]
            ),
        ));
        if rows.len() == 5000 {
            store.web_index(&rows).await?;
            rows.clear();
        }
    }
    store.web_index(&rows).await?;
    // 200 tickets with a journaled mail and events, for the ticket page.
    let body = "আমাদের স্কুলের ডিজিটাল ল্যাবের প্রজেক্টর চালু হচ্ছে না। ".repeat(20);
    let sample: Vec<i64> = (0..200).map(|k| 1 + (k * 499) % n as i64).collect();
    {
        let mut tx = store.begin_write().await?;
        for &id in &sample {
            let raw = format!(
                "From: citizen@example.test\r\nTo: ict.melandaha@office.test\r\nSubject: req {id}\r\n\
                 Message-ID: <b{id}@example.test>\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n{body}\r\n"
            );
            sebadesk::store::messages::insert_message(
                &mut tx,
                &sebadesk::store::messages::NewMessage {
                    mailbox: "bench",
                    uidvalidity: 1,
                    uid: id as u32,
                    dedup_id: &format!("b{id}@example.test"),
                    disposition: "new",
                    received_at: now,
                    from_address: Some("citizen@example.test"),
                    subject: Some("req"),
                    size: raw.len() as u64,
                    raw: &bytes::Bytes::copy_from_slice(raw.as_bytes()),
                    quarantine_reason: None,
                    ticket_id: Some(id),
                },
                now,
            )
            .await?;
            for kind in [
                sebadesk::domain::EventKind::Opened,
                sebadesk::domain::EventKind::Note,
            ] {
                sebadesk::store::tickets::add_event(
                    &mut tx,
                    id,
                    kind,
                    &serde_json::json!({"by": "bench", "text": "নোট"}),
                    now,
                )
                .await?;
            }
        }
        tx.commit().await?;
    }
    let seeded = t0.elapsed();
    if database == "postgres" {
        // VACUUM too, not only ANALYZE: the seeding's UPDATE of 90 % of the tickets leaves
        // 90,000 dead rows and an unset visibility map, which a desk's table never has in
        // steady state (autovacuum). Unvacuumed, the counts line read 104,000 index entries
        // and 5,199 heap pages (60–90 ms, and ~560 ms the first time) instead of an
        // index-only scan of 12,000 (~19 ms), and autovacuum ran beside the first pages
        // measured: why the queue's first page measured slower than page 1000 before
        // (BENCHMARKS.md, "Web desk page times").
        let name = url.rsplit('/').next().unwrap_or_default();
        let out = std::process::Command::new("psql")
            .args(["-h", "127.0.0.1", "-U", "postgres", "-q", "-d", name, "-c"])
            .arg("VACUUM ANALYZE")
            .output()?;
        anyhow::ensure!(out.status.success(), "VACUUM ANALYZE failed");
    }

    // Serve.
    let clock: Arc<dyn sebadesk::sla::Clock> = Arc::new(sebadesk::sla::SystemClock);
    let desk = Arc::new(Desk::new(config.clone(), store.clone(), clock.clone())?);
    let web = Arc::new(sebadesk::web::WebDesk {
        config: config.clone(),
        desks: vec![desk],
        store: store.clone(),
        clock,
    });
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let addr = listener.local_addr()?;
    let cancel = tokio_util::sync::CancellationToken::new();
    let server = tokio::spawn(sebadesk::web::serve(web.clone(), listener, cancel.clone()));
    let link =
        sebadesk::web::auth::create_link(&config, &store, "officer@office.test", now).await?;
    let token = link.rsplit('/').next().unwrap_or_default().to_string();
    let (session, _) = sebadesk::web::auth::sign_in(&web, &token)
        .await?
        .ok_or_else(|| anyhow::anyhow!("no session"))?;
    let cookie = format!("sd_session={session}");

    // The first search indexes whatever the journal has new: do it before measuring.
    get(addr, "/?q=x", &cookie).await?;
    // A deep page (the 1000th of the whole office): the queue pages by key, so the bench
    // asks for the page after the 49,950th ticket in the queue's order, as the 999th "next
    // page" link would.
    let deep: Option<(Option<String>, i64)> = {
        use sqlx::Row;
        let row = sqlx::query(
            "SELECT due_at, id FROM tickets WHERE office = 'MEL'
             ORDER BY CASE WHEN due_at IS NULL THEN 1 ELSE 0 END, due_at, id LIMIT 1 OFFSET $1",
        )
        .bind((PAGE_DEPTH - 1) * 50 - 1)
        .fetch_optional(store.pool())
        .await?;
        row.map(|r| Ok::<_, sqlx::Error>((r.try_get(0)?, r.try_get(1)?)))
            .transpose()?
    };
    // Fewer tickets than that: the first page.
    let deep_path = match &deep {
        Some((due, id)) => format!(
            "/?status=all&after={}_{id}&from={}",
            enc(due.as_deref().unwrap_or("")),
            (PAGE_DEPTH - 1) * 50 + 1
        ),
        None => "/?status=all".to_string(),
    };
    let refs: Vec<String> = sample
        .iter()
        .map(|id| format!("MEL-{year}-{id:06}"))
        .collect();
    let pages: Vec<(&str, PathOf)> = vec![
        (
            "queue (open + waiting, page 1)",
            Box::new(|_| "/".to_string()),
        ),
        (
            "queue, all statuses, page 1000",
            Box::new(|_| deep_path.clone()),
        ),
        (
            "search: subject word (all statuses)",
            Box::new(|i| format!("/?status=all&q={}", enc(WORDS[i % WORDS.len()]))),
        ),
        (
            "search: reference",
            Box::new(|i| format!("/?status=all&q=MEL-{year}-{:06}", 1 + (i * 7919) % n)),
        ),
        (
            "search: text only in the mail",
            Box::new(|i| {
                format!(
                    "/?status=all&q={}",
                    enc(&format!("অনুরোধ নম্বর {}।", 1 + (i * 104729) % n))
                )
            }),
        ),
        (
            "ticket page (mail + events)",
            Box::new(|i| format!("/tickets/{}", refs[i % refs.len()])),
        ),
    ];
    println!(
        "web desk, {database}, {n} tickets (seeded in {:.1} s), {requests} requests per page, one at a time",
        seeded.as_secs_f64()
    );
    println!("| page | p50 ms | p95 ms | max ms | bytes |");
    println!("|---|---|---|---|---|");
    for (name, path) in &pages {
        let mut times = Vec::with_capacity(requests);
        let mut bytes = 0;
        for i in 0..requests {
            let (t, size, status) = get(addr, &path(i), &cookie).await?;
            anyhow::ensure!(status == 200, "{} answered {status}", path(i));
            times.push(t);
            bytes = size;
        }
        times.sort();
        let ms = |d: Duration| d.as_secs_f64() * 1000.0;
        println!(
            "| {name} | {:.1} | {:.1} | {:.1} | {bytes} |",
            ms(times[times.len() / 2]),
            ms(times[(times.len() * 95).div_ceil(100) - 1]),
            ms(*times.last().unwrap())
        );
    }
    if let Ok(status) = std::fs::read_to_string("/proc/self/status") {
        for l in status
            .lines()
            .filter(|l| l.starts_with("VmRSS") || l.starts_with("VmHWM"))
        {
            println!("bench process {l}");
        }
    }
    cancel.cancel();
    let _ = server.await;
    store.close().await;
    Ok(())
}

/// The deep page measured: page 1000 of 50 tickets.
const PAGE_DEPTH: i64 = 1000;

/// The path of the i-th request to one page.
type PathOf<'a> = Box<dyn Fn(usize) -> String + 'a>;

fn enc(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// One GET on a fresh connection: (time to the last byte, body bytes, status).
async fn get(
    addr: std::net::SocketAddr,
    path: &str,
    cookie: &str,
) -> anyhow::Result<(Duration, usize, u16)> {
    let t0 = Instant::now();
    let mut s = tokio::net::TcpStream::connect(addr).await?;
    s.write_all(
        format!(
            "GET {path} HTTP/1.1\r\nHost: {addr}\r\nCookie: {cookie}\r\nConnection: close\r\n\r\n"
        )
        .as_bytes(),
    )
    .await?;
    let mut buf = Vec::new();
    s.read_to_end(&mut buf).await?;
    let t = t0.elapsed();
    let text = String::from_utf8_lossy(&buf);
    let status = text
        .split(' ')
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    let body = text
        .find("\r\n\r\n")
        .map(|i| buf.len() - i - 4)
        .unwrap_or(0);
    Ok((t, body, status))
}

//! `GET /metrics`, `/healthz`, `/readyz` (issue 19) on the real daemon with the real mail
//! stack: the exposition parses strictly and its ticket counts equal the database's after an
//! end-to-end run; `/readyz` answers 503 while Dovecot is stopped and 200 again after.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use sqlx::Row;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use crate::helpers::{Daemon, MailStack, bangla_request};

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// One plain HTTP/1.1 GET: (status, body).
async fn get(port: u16, path: &str) -> Option<(u16, String)> {
    let mut s = tokio::net::TcpStream::connect(("127.0.0.1", port))
        .await
        .ok()?;
    s.write_all(
        format!("GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").as_bytes(),
    )
    .await
    .ok()?;
    let mut raw = Vec::new();
    tokio::time::timeout(Duration::from_secs(10), s.read_to_end(&mut raw))
        .await
        .ok()?
        .ok()?;
    let text = String::from_utf8(raw).ok()?;
    let (head, body) = text.split_once("\r\n\r\n")?;
    let status = head.split(' ').nth(1)?.parse().ok()?;
    // The body may come chunked.
    let body = if head
        .to_ascii_lowercase()
        .contains("transfer-encoding: chunked")
    {
        dechunk(body)
    } else {
        body.to_string()
    };
    Some((status, body))
}

fn dechunk(mut s: &str) -> String {
    let mut out = String::new();
    while let Some((size, rest)) = s.split_once("\r\n") {
        let n = usize::from_str_radix(size.trim(), 16).unwrap();
        if n == 0 {
            break;
        }
        out.push_str(&rest[..n]);
        s = &rest[n + 2..];
    }
    out
}

/// A series: name and sorted labels.
type Series = (String, Vec<(String, String)>);

/// A strict parser of the Prometheus text format (0.0.4): every line is a `# HELP`, a
/// `# TYPE` (before the family's samples, once) or a sample `name{l="v",…} value` with a
/// valid metric name, label names, escaped label values and a float value; no series twice.
fn parse_exposition(text: &str) -> BTreeMap<Series, f64> {
    fn name_ok(n: &str) -> bool {
        let mut c = n.chars();
        c.next()
            .is_some_and(|f| f.is_ascii_alphabetic() || f == '_' || f == ':')
            && c.all(|x| x.is_ascii_alphanumeric() || x == '_' || x == ':')
    }
    let mut types: BTreeMap<String, String> = BTreeMap::new();
    let mut out = BTreeMap::new();
    for line in text.lines() {
        if line.is_empty() {
            continue;
        }
        if let Some(rest) = line.strip_prefix("# ") {
            let mut parts = rest.splitn(3, ' ');
            let (kind, name) = (parts.next().unwrap(), parts.next().unwrap_or(""));
            assert!(name_ok(name), "bad name in {line:?}");
            if kind == "TYPE" {
                let t = parts.next().unwrap_or("");
                assert!(
                    ["counter", "gauge", "histogram", "summary", "untyped"].contains(&t),
                    "{line:?}"
                );
                assert!(
                    types.insert(name.to_string(), t.to_string()).is_none(),
                    "TYPE twice: {line:?}"
                );
            } else {
                assert_eq!(kind, "HELP", "{line:?}");
            }
            continue;
        }
        assert!(!line.starts_with('#'), "{line:?}");
        let (series, value) = line.rsplit_once(' ').expect("name value");
        let value: f64 = match value {
            "+Inf" => f64::INFINITY,
            "-Inf" => f64::NEG_INFINITY,
            v => v
                .parse()
                .unwrap_or_else(|_| panic!("bad value in {line:?}")),
        };
        let (name, labels) = match series.split_once('{') {
            None => (series.to_string(), Vec::new()),
            Some((name, rest)) => {
                let body = rest.strip_suffix('}').expect("closing brace");
                let mut labels = Vec::new();
                let mut chars = body.chars().peekable();
                while chars.peek().is_some() {
                    let key: String = chars.by_ref().take_while(|c| *c != '=').collect();
                    assert!(name_ok(&key), "bad label name in {line:?}");
                    assert_eq!(chars.next(), Some('"'), "{line:?}");
                    let mut v = String::new();
                    loop {
                        match chars.next().expect("unterminated label value") {
                            '\\' => match chars.next() {
                                Some('\\') => v.push('\\'),
                                Some('"') => v.push('"'),
                                Some('n') => v.push('\n'),
                                other => panic!("bad escape {other:?} in {line:?}"),
                            },
                            '"' => break,
                            c => v.push(c),
                        }
                    }
                    labels.push((key, v));
                    match chars.next() {
                        None => break,
                        Some(',') => {}
                        other => panic!("{other:?} after a label in {line:?}"),
                    }
                }
                (name.to_string(), labels)
            }
        };
        assert!(name_ok(&name), "{line:?}");
        let family = ["_bucket", "_sum", "_count"]
            .iter()
            .find_map(|s| name.strip_suffix(s))
            .filter(|f| types.contains_key(*f))
            .unwrap_or(&name);
        assert!(
            types.contains_key(family),
            "sample before its TYPE: {line:?}"
        );
        let mut labels = labels;
        labels.sort();
        assert!(
            out.insert((name.clone(), labels), value).is_none(),
            "series twice: {line:?}"
        );
    }
    out
}

fn value(m: &BTreeMap<Series, f64>, name: &str, labels: &[(&str, &str)]) -> f64 {
    let mut l: Vec<(String, String)> = labels
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    l.sort();
    *m.get(&(name.to_string(), l))
        .unwrap_or_else(|| panic!("no {name}{labels:?}"))
}

#[tokio::test]
async fn metrics_match_the_database_and_readyz_follows_dovecot() {
    let stack = MailStack::start();
    let port = free_port();
    let listen = format!("127.0.0.1:{port}");
    let mut daemon = Daemon::start(
        &stack,
        &[
            ("SEBADESK_METRICS_LISTEN", listen.as_str()),
            ("SEBADESK_HEALTH_ALERT_AFTER", "1"),
        ],
    );
    daemon.wait_watching().await;
    assert_eq!(get(port, "/healthz").await, Some((200, "ok\n".into())));
    let db = stack.db().await;
    let mut desk = stack.imap("ict.melandaha@office.test").await;
    let requests = [
        (
            "wp",
            "ওয়েব পোর্টাল হালনাগাদ",
            "আমাদের ইউনিয়ন পরিষদের ওয়েব পোর্টালে নোটিশ হালনাগাদ করতে চাই।",
        ),
        (
            "en",
            "Advice on antivirus for my home computer",
            "Which antivirus should I install on my home computer, and how do I keep it updated? Please advise.",
        ),
        (
            "ooc",
            "Land record mutation",
            "I need to correct my land record mutation khatian at the land office. What should I do?",
        ),
    ];
    for (i, (id, subject, body)) in requests.iter().enumerate() {
        desk.append(&bangla_request(
            &format!("citizen{}@example.test", i + 1),
            &format!("<m-{id}@example.test>"),
            subject,
            body,
        ))
        .await;
    }
    desk.append(
        b"From: <citizen1@example.test>\r\nTo: ict.melandaha@office.test\r\nSubject: Automatic reply\r\n\
Auto-Submitted: auto-replied\r\nMessage-ID: <auto-m@example.test>\r\n\r\nAway.\r\n",
    )
    .await;
    // Wait until the three acknowledgements are sent (the outbox's figures settle).
    let t = Instant::now();
    loop {
        let row = sqlx::query("SELECT COUNT(*) FROM outbox WHERE kind = 'ack' AND status = 'sent'")
            .fetch_one(&db)
            .await
            .unwrap();
        let journaled = sqlx::query("SELECT COUNT(*) FROM messages")
            .fetch_one(&db)
            .await
            .unwrap();
        if row.get::<i64, _>(0) == 3 && journaled.get::<i64, _>(0) == 4 {
            break;
        }
        assert!(
            t.elapsed() < Duration::from_secs(60),
            "{}",
            daemon.log_text()
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }

    let (status, body) = get(port, "/metrics").await.expect("metrics answer");
    assert_eq!(status, 200, "{body}");
    let m = parse_exposition(&body);
    // Tickets: the database's counts by service, open and overdue.
    let rows = sqlx::query(
        "SELECT COALESCE(service, 'none'), COUNT(*) FROM tickets WHERE office = 'MEL' GROUP BY COALESCE(service, 'none')",
    )
    .fetch_all(&db)
    .await
    .unwrap();
    assert_eq!(rows.len(), 3, "three services");
    for r in &rows {
        let service: String = r.get(0);
        let n: i64 = r.get(1);
        assert_eq!(
            value(
                &m,
                "sebadesk_tickets_opened_total",
                &[("office", "MEL"), ("service", &service)]
            ),
            n as f64,
            "{service}"
        );
    }
    let open: i64 = sqlx::query("SELECT COUNT(*) FROM tickets WHERE status = 'open'")
        .fetch_one(&db)
        .await
        .unwrap()
        .get(0);
    assert_eq!(open, 3);
    assert_eq!(
        value(&m, "sebadesk_tickets_open", &[("office", "MEL")]),
        open as f64
    );
    assert_eq!(
        value(&m, "sebadesk_tickets_overdue", &[("office", "MEL")]),
        0.0
    );
    assert_eq!(
        value(
            &m,
            "sebadesk_mails_fetched_total",
            &[("office", "MEL"), ("disposition", "new")]
        ),
        3.0
    );
    assert_eq!(
        value(
            &m,
            "sebadesk_mails_fetched_total",
            &[("office", "MEL"), ("disposition", "auto-reply")]
        ),
        1.0
    );
    assert!(
        value(
            &m,
            "sebadesk_mails_sent_total",
            &[("office", "MEL"), ("kind", "ack")]
        ) >= 3.0
    );
    assert_eq!(value(&m, "sebadesk_imap_up", &[("office", "MEL")]), 1.0);
    assert_eq!(value(&m, "sebadesk_smtp_up", &[("office", "MEL")]), 1.0);
    assert_eq!(value(&m, "sebadesk_replicas_live", &[]), 1.0);
    assert_eq!(value(&m, "sebadesk_quarantined", &[("office", "MEL")]), 0.0);
    assert_eq!(
        value(
            &m,
            "sebadesk_intake_lag_seconds_count",
            &[("office", "MEL")]
        ),
        3.0
    );
    assert_eq!(
        value(
            &m,
            "sebadesk_ack_latency_seconds_count",
            &[("office", "MEL")]
        ),
        3.0
    );
    assert_eq!(get(port, "/readyz").await.map(|r| r.0), Some(200));

    // Dovecot stopped: not ready once IMAP has failed for longer than alert_after (1 s).
    stack.stop_service("dovecot", "term");
    let t = Instant::now();
    loop {
        let r = get(port, "/readyz").await.expect("readyz answers");
        if r.0 == 503 {
            assert!(r.1.contains("MEL imap: failing since"), "{}", r.1);
            break;
        }
        assert!(t.elapsed() < Duration::from_secs(30), "still {r:?}");
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
    let (_, body) = get(port, "/metrics").await.unwrap();
    assert_eq!(
        value(
            &parse_exposition(&body),
            "sebadesk_imap_up",
            &[("office", "MEL")]
        ),
        0.0
    );
    stack.start_stopped();
    let t = Instant::now();
    loop {
        let r = get(port, "/readyz").await.expect("readyz answers");
        if r.0 == 200 {
            break;
        }
        assert!(t.elapsed() < Duration::from_secs(90), "still {r:?}");
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
    assert_eq!(daemon.stop(), Some(0));
    assert!(
        get(port, "/healthz").await.is_none(),
        "the listener stops with the daemon"
    );
}

#[test]
fn the_strict_parser_refuses_malformed_expositions() {
    for bad in [
        "x 1\n",                                 // no TYPE
        "# TYPE x gauge\nx{a=\"1} 1\n",          // unterminated value
        "# TYPE x gauge\nx{a=\"1\"} one\n",      // not a number
        "# TYPE x gauge\nx 1\nx 2\n",            // twice
        "# TYPE x gauge\n# TYPE x gauge\nx 1\n", // TYPE twice
        "# TYPE 1x gauge\n",                     // bad name
        "# TYPE x gauge\nx{a=\"\\q\"} 1\n",      // bad escape
    ] {
        assert!(
            std::panic::catch_unwind(|| parse_exposition(bad)).is_err(),
            "accepted {bad:?}"
        );
    }
    let ok = parse_exposition("# HELP x h\n# TYPE x gauge\nx{a=\"q\\\"\\n\",b=\"\"} 1.5\n");
    assert_eq!(ok.len(), 1);
}

/// With the web desk on and no `[metrics] listen`, the desk's listener serves `/metrics`,
/// `/healthz` and `/readyz` too (the desk's own pages stay behind its sign-in).
#[tokio::test]
async fn the_web_listener_serves_metrics_when_it_is_on() {
    let stack = MailStack::start();
    let port = free_port();
    let listen = format!("127.0.0.1:{port}");
    let mut daemon = Daemon::start(&stack, &[("SEBADESK_WEB_LISTEN", listen.as_str())]);
    daemon.wait_watching().await;
    assert_eq!(get(port, "/healthz").await, Some((200, "ok\n".into())));
    let (status, body) = get(port, "/metrics").await.expect("metrics answer");
    assert_eq!(status, 200, "{body}");
    let m = parse_exposition(&body);
    assert_eq!(
        value(&m, "sebadesk_tickets_open", &[("office", "MEL")]),
        0.0
    );
    assert_eq!(daemon.stop(), Some(0));
}

//! Attachment downloads from the ticket page, over HTTP against the web desk's real router
//! (served in this process on loopback, as the daemon serves it) and the test's database
//! (SQLite, or PostgreSQL with `SDTEST_DATABASE=postgres`): the officer and the supervisor
//! get the bytes as a download with a safe filename; an admin may not; an anonymous
//! visitor is sent to sign in; hostile names inject no header; HTML never renders.

use std::collections::BTreeMap;
use std::sync::Arc;

use jiff::{SignedDuration, Timestamp};
use sebadesk::config::Config;
use sebadesk::domain::TicketRef;
use sebadesk::mail::attachments::Attachment;
use sebadesk::store::Store;
use sebadesk::store::messages::{NewMessage, insert_message};
use sebadesk::store::tickets::{NewTicket, insert_tickets};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use crate::helpers::{drop_test_database, project_root, test_database_url};

/// One GET over a fresh connection: the status, the header lines as sent, the body.
async fn get(addr: std::net::SocketAddr, path: &str, cookie: &str) -> (u16, Vec<String>, Vec<u8>) {
    let mut s = tokio::net::TcpStream::connect(addr).await.unwrap();
    s.write_all(
        format!(
            "GET {path} HTTP/1.1\r\nHost: {addr}\r\nCookie: {cookie}\r\nConnection: close\r\n\r\n"
        )
        .as_bytes(),
    )
    .await
    .unwrap();
    let mut buf = Vec::new();
    s.read_to_end(&mut buf).await.unwrap();
    let end = buf.windows(4).position(|w| w == b"\r\n\r\n").unwrap();
    let head = String::from_utf8(buf[..end].to_vec()).unwrap();
    let mut lines = head.split("\r\n").map(str::to_string);
    let status = lines
        .next()
        .unwrap()
        .split(' ')
        .nth(1)
        .unwrap()
        .parse()
        .unwrap();
    // Chunked or not, the bodies here are small: read as sent when not chunked.
    let headers: Vec<String> = lines.collect();
    let mut body = buf[end + 4..].to_vec();
    if headers
        .iter()
        .any(|h| h.eq_ignore_ascii_case("transfer-encoding: chunked"))
    {
        body = unchunk(&body);
    }
    (status, headers, body)
}

fn unchunk(mut b: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    loop {
        let eol = b.windows(2).position(|w| w == b"\r\n").unwrap();
        let size =
            usize::from_str_radix(std::str::from_utf8(&b[..eol]).unwrap().trim(), 16).unwrap();
        if size == 0 {
            return out;
        }
        out.extend_from_slice(&b[eol + 2..eol + 2 + size]);
        b = &b[eol + 2 + size + 2..];
    }
}

fn header<'a>(headers: &'a [String], name: &str) -> Option<&'a str> {
    headers.iter().find_map(|h| {
        let (k, v) = h.split_once(':')?;
        k.eq_ignore_ascii_case(name).then(|| v.trim())
    })
}

fn attachment(part: usize, name: &str, content_type: &str, data: &[u8]) -> Attachment {
    Attachment::new(part, name, content_type, data.to_vec())
}

#[tokio::test(flavor = "multi_thread")]
async fn web_attachments_download_safely_for_officer_and_supervisor_only() {
    let dir = tempfile::tempdir().unwrap();
    let url = test_database_url(dir.path(), "webattach");
    let env: BTreeMap<String, String> = [
        ("SEBADESK_WEB_LISTEN", "127.0.0.1:8080"),
        ("SEBADESK_DATABASE_URL", url.as_str()),
        ("SEBADESK_REMINDERS_SUPERVISOR_EMAIL", "dc@office.test"),
        ("SEBADESK_WEB_ADMINS", "admin@office.test"),
    ]
    .iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect();
    let config = Arc::new(
        Config::load_with_env(&project_root().join("config/sebadesk.toml"), &env).unwrap(),
    );
    let store = Store::connect(&url, 4).await.unwrap();
    store.migrate().await.unwrap();
    let now = Timestamp::now();

    // A ticket whose request carried three attachments: a PDF with a Bangla name, an HTML
    // file with a script under a name that tries a header injection, and a path.
    let r = TicketRef {
        office: "MEL".into(),
        year: 2026,
        seq: 1,
    };
    let mut tx = store.begin_write().await.unwrap();
    let ids = insert_tickets(
        &mut tx,
        &[(
            r.clone(),
            NewTicket {
                office: "MEL",
                service: None,
                confidence: None,
                classification: "[]",
                citizen_email: "citizen@example.test",
                citizen_name: None,
                subject: "সংযুক্তিসহ আবেদন",
                subject_key: "",
                received_at: now,
                receipt_day: None,
                due_at: Some(now + SignedDuration::from_hours(48)),
                officer_token: "t",
                original_message_id: None,
            },
        )],
        now,
    )
    .await
    .unwrap();
    let raw = b"From: citizen@example.test\r\nSubject: x\r\n\r\nsee attached\r\n";
    let message = insert_message(
        &mut tx,
        &NewMessage {
            mailbox: "INBOX",
            uidvalidity: 1,
            uid: 1,
            dedup_id: "a1@example.test",
            disposition: "new",
            received_at: now,
            from_address: Some("citizen@example.test"),
            subject: Some("x"),
            size: raw.len() as u64,
            raw: &bytes::Bytes::from_static(raw),
            quarantine_reason: None,
            ticket_id: Some(ids[0]),
        },
        now,
    )
    .await
    .unwrap()
    .unwrap();
    let pdf = b"%PDF-1.4\n\x00\x01\x02\xff binary".to_vec();
    let html = b"<html><script>alert(document.cookie)</script></html>".to_vec();
    sebadesk::store::attachments::store_attachments(
        &mut tx,
        ids[0],
        message,
        1,
        &[
            attachment(0, "জন্ম সনদ.pdf", "application/pdf", &pdf),
            attachment(1, "ফাইল\r\nBcc: x@y.html", "text/html", &html),
            attachment(2, "../../etc/passwd", "text/plain", b"root:x:0:0"),
        ],
        now,
    )
    .await
    .unwrap();
    tx.commit().await.unwrap();

    // The desk's router on loopback.
    let clock: Arc<dyn sebadesk::sla::Clock> = Arc::new(sebadesk::sla::SystemClock);
    let desk = Arc::new(
        sebadesk::tickets::Desk::new(config.clone(), store.clone(), clock.clone()).unwrap(),
    );
    let web = Arc::new(sebadesk::web::WebDesk {
        config: config.clone(),
        desks: vec![desk],
        store: store.clone(),
        clock,
    });
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let cancel = tokio_util::sync::CancellationToken::new();
    let server = tokio::spawn(sebadesk::web::serve(web.clone(), listener, cancel.clone()));
    let cookie_of = |email: &'static str| {
        let (config, store, web) = (config.clone(), store.clone(), web.clone());
        async move {
            let link = sebadesk::web::auth::create_link(&config, &store, email, Timestamp::now())
                .await
                .unwrap();
            let token = link.rsplit('/').next().unwrap().to_string();
            let (session, _) = sebadesk::web::auth::sign_in(&web, &token)
                .await
                .unwrap()
                .unwrap();
            format!("sd_session={session}")
        }
    };
    let officer = cookie_of("officer@office.test").await;
    let supervisor = cookie_of("dc@office.test").await;
    let admin = cookie_of("admin@office.test").await;
    let base = format!("/tickets/{r}/attachments");

    // The ticket page lists them, as links for the officer.
    let (status, _, page) = get(addr, &format!("/tickets/{r}"), &officer).await;
    assert_eq!(status, 200);
    let page = String::from_utf8(page).unwrap();
    assert!(page.contains(&format!("href=\"{base}/1\"")), "{page}");
    assert!(page.contains("জন্ম সনদ.pdf"));
    assert!(
        !page.contains("<script>alert"),
        "a name or type rendered as HTML"
    );

    for (who, cookie) in [("officer", &officer), ("supervisor", &supervisor)] {
        // Byte for byte, as a download, never as a page.
        let (status, headers, body) = get(addr, &format!("{base}/1"), cookie).await;
        assert_eq!(status, 200, "{who}");
        assert_eq!(body, pdf, "{who}");
        assert_eq!(
            header(&headers, "content-type"),
            Some("application/octet-stream")
        );
        assert_eq!(header(&headers, "x-content-type-options"), Some("nosniff"));
        assert_eq!(
            header(&headers, "content-disposition"),
            Some(
                "attachment; filename=\"____ ___.pdf\"; filename*=UTF-8''%E0%A6%9C%E0%A6%A8%E0%A7%8D%E0%A6%AE%20%E0%A6%B8%E0%A6%A8%E0%A6%A6.pdf"
            )
        );
        // The HTML: downloaded, not rendered; its name injects no header.
        let (status, headers, body) = get(addr, &format!("{base}/2"), cookie).await;
        assert_eq!(status, 200);
        assert_eq!(body, html);
        assert_eq!(
            header(&headers, "content-type"),
            Some("application/octet-stream")
        );
        assert!(header(&headers, "bcc").is_none(), "{headers:?}");
        let d = header(&headers, "content-disposition").unwrap();
        assert!(
            d.starts_with("attachment; filename=\"____Bcc: x@y.html\""),
            "{d}"
        );
        // A path: the file's own name only.
        let (status, headers, _) = get(addr, &format!("{base}/3"), cookie).await;
        assert_eq!(status, 200);
        assert_eq!(
            header(&headers, "content-disposition"),
            Some("attachment; filename=\"passwd\"; filename*=UTF-8''passwd")
        );
        // No such attachment, or no number: not found.
        for path in ["4", "0", "-1", "x", "1%20OR%201=1"] {
            assert_eq!(
                get(addr, &format!("{base}/{path}"), cookie).await.0,
                404,
                "{path}"
            );
        }
    }
    // Another office's ticket, or one that does not exist: not found, whoever asks.
    assert_eq!(
        get(addr, "/tickets/OFB-2026-000001/attachments/1", &officer)
            .await
            .0,
        404
    );
    assert_eq!(
        get(addr, "/tickets/MEL-2026-000002/attachments/1", &officer)
            .await
            .0,
        404
    );
    // An admin reads figures, not citizens' files.
    let (status, _, body) = get(addr, &format!("{base}/1"), &admin).await;
    assert_eq!(status, 403);
    assert_ne!(body, pdf);
    let (_, _, page) = get(addr, &format!("/tickets/{r}"), &admin).await;
    let page = String::from_utf8(page).unwrap();
    assert!(page.contains("জন্ম সনদ.pdf") && !page.contains(&format!("href=\"{base}/1\"")));
    // Anonymous: sent to sign in, nothing served.
    let (status, headers, body) = get(addr, &format!("{base}/1"), "sd_session=0000").await;
    assert!(matches!(status, 302 | 303 | 307), "{status}");
    assert_eq!(header(&headers, "location"), Some("/signin"));
    assert_ne!(body, pdf);

    cancel.cancel();
    let _ = server.await;
    store.close().await;
    drop_test_database(&url);
}

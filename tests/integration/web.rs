//! The web desk in a real browser: headless Chromium driven over WebDriver (chromedriver)
//! by fantoccini, against the real daemon on the real mail stack, on SQLite and PostgreSQL.
//!
//! fantoccini rather than chromiumoxide: it compiles in seconds (plain HTTP to chromedriver
//! on loopback, `default-features = false`: no second TLS stack), chromiumoxide costs over a
//! minute of compile and its navigation wait returns early.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::{Client, ClientBuilder, Locator};

use crate::helpers::*;

/// A free loopback port (bound and released: the daemon binds it next).
fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// chromedriver + headless Chromium with a fresh profile; both killed on drop (by pid).
struct Browser {
    client: Option<Client>,
    driver: Child,
    profile: tempfile::TempDir,
}

impl Browser {
    async fn start() -> Browser {
        let port = free_port();
        let driver = Command::new("chromedriver")
            .arg(format!("--port={port}"))
            .arg("--log-level=OFF")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start chromedriver (scripts/install-deps.sh installs chromium-driver)");
        let profile = tempfile::tempdir().unwrap();
        let mut caps = serde_json::Map::new();
        caps.insert(
            "goog:chromeOptions".into(),
            serde_json::json!({
                "binary": "/usr/bin/chromium",
                "args": [
                    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                    "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync",
                    "--window-size=1280,900",
                    format!("--user-data-dir={}", profile.path().display()),
                ],
            }),
        );
        let url = format!("http://127.0.0.1:{port}");
        let t0 = Instant::now();
        let client = loop {
            let connector = hyper_util::client::legacy::connect::HttpConnector::new();
            match ClientBuilder::new(connector)
                .capabilities(caps.clone())
                .connect(&url)
                .await
            {
                Ok(c) => break c,
                Err(e) if t0.elapsed() < Duration::from_secs(20) => {
                    let _ = e;
                    tokio::time::sleep(Duration::from_millis(200)).await;
                }
                Err(e) => panic!("no WebDriver session: {e}"),
            }
        };
        Browser {
            client: Some(client),
            driver,
            profile,
        }
    }

    fn c(&self) -> &Client {
        self.client.as_ref().unwrap()
    }

    async fn goto(&self, url: &str) {
        self.c().goto(url).await.unwrap();
    }

    /// The text of `#id`, waiting for it (an element replaced meanwhile is looked up again).
    async fn text(&self, id: &str) -> String {
        let t0 = Instant::now();
        loop {
            let found = self
                .c()
                .wait()
                .at_most(Duration::from_secs(15))
                .for_element(Locator::Id(id))
                .await;
            match found {
                Ok(e) => match e.text().await {
                    Ok(t) => return t,
                    Err(_) if t0.elapsed() < Duration::from_secs(15) => {}
                    Err(e) => panic!("#{id}: {e}"),
                },
                Err(e) => panic!("no #{id}: {e}"),
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    async fn has(&self, id: &str) -> bool {
        self.c().find(Locator::Id(id)).await.is_ok()
    }

    /// Clicks `#id` (a button or link: every one navigates) and waits for the next page, so
    /// that what is read next is never the old page's.
    async fn click(&self, id: &str) {
        self.mark_page().await;
        self.c()
            .wait()
            .at_most(Duration::from_secs(15))
            .for_element(Locator::Id(id))
            .await
            .unwrap_or_else(|e| panic!("no #{id}: {e}"))
            .click()
            .await
            .unwrap();
        self.wait_new_page().await;
    }

    async fn mark_page(&self) {
        self.js("window.__sd_old_page = true; return true").await;
    }

    async fn wait_new_page(&self) {
        let t0 = Instant::now();
        while t0.elapsed() < Duration::from_secs(15) {
            if let Ok(v) = self
                .c()
                .execute("return window.__sd_old_page === undefined", vec![])
                .await
                && v == serde_json::json!(true)
            {
                return;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("the page did not change");
    }

    async fn type_into(&self, id: &str, text: &str) {
        let e = self.c().find(Locator::Id(id)).await.unwrap();
        e.send_keys(text).await.unwrap();
    }

    async fn js(&self, script: &str) -> serde_json::Value {
        self.c().execute(script, vec![]).await.unwrap()
    }

    async fn screenshot(&self, name: &str) {
        // Made on the SQLite run only (the pages are the same on PostgreSQL).
        if std::env::var("SDTEST_DATABASE").as_deref() == Ok("postgres") {
            return;
        }
        let png = self.c().screenshot().await.unwrap();
        let dir = project_root().join("docs/screenshots");
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join(format!("{name}.png")), png).unwrap();
    }

    async fn close(mut self) {
        if let Some(c) = self.client.take() {
            let _ = c.close().await;
        }
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.driver.kill();
        let _ = self.driver.wait();
        // A Chromium left by a killed chromedriver: found by its own profile folder, by pid.
        let marker = format!("--user-data-dir={}", self.profile.path().display());
        if let Ok(dir) = std::fs::read_dir("/proc") {
            for entry in dir.flatten() {
                let Ok(pid) = entry.file_name().to_string_lossy().parse::<i32>() else {
                    continue;
                };
                let cmdline = std::fs::read(entry.path().join("cmdline")).unwrap_or_default();
                if String::from_utf8_lossy(&cmdline).contains(&marker) {
                    let _ = Command::new("kill")
                        .args(["-KILL", &pid.to_string()])
                        .status();
                }
            }
        }
    }
}

/// A daemon serving the web desk on a free port; its base URL.
fn web_daemon(stack: &MailStack, extra: &[(&str, &str)]) -> (Daemon, String) {
    let port = free_port();
    let listen = format!("127.0.0.1:{port}");
    let mut env: Vec<(&str, &str)> = vec![("SEBADESK_WEB_LISTEN", listen.as_str())];
    env.extend_from_slice(extra);
    let daemon = Daemon::start(stack, &env);
    (daemon, format!("http://{listen}"))
}

/// `sebadesk web link --email ADDR` with the daemon's web settings.
fn cli_link(stack: &MailStack, base: &str, email: &str, extra: &[(&str, &str)]) -> String {
    let listen = base.trim_start_matches("http://");
    let mut env = vec![("SEBADESK_WEB_LISTEN", listen)];
    env.extend_from_slice(extra);
    let out = sebadesk(stack, &env, &["web", "link", "--email", email]);
    assert!(
        out.status.success(),
        "web link: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let url = String::from_utf8(out.stdout).unwrap().trim().to_string();
    assert!(url.starts_with(&format!("{base}/signin/")), "{url}");
    url
}

/// The sign-in link in the newest sign-in mail of `mailbox`, waiting for it.
async fn mailed_link(imap: &mut Imap, base: &str) -> String {
    let t0 = Instant::now();
    while t0.elapsed() < Duration::from_secs(30) {
        for (_, _, raw) in imap.messages().await.iter().rev() {
            let Some(mail) = sebadesk::intake::parse::parse(raw) else {
                continue;
            };
            if !mail.subject.contains("sign-in") {
                continue;
            }
            let prefix = format!("{base}/signin/");
            if let Some(at) = mail.text.find(&prefix) {
                let token: String = mail.text[at + prefix.len()..]
                    .chars()
                    .take_while(|c| c.is_ascii_hexdigit())
                    .collect();
                assert_eq!(token.len(), 64, "{}", mail.text);
                // The link is in both languages' parts, Bangla first.
                assert!(mail.text.find("প্রবেশ").unwrap() < mail.text.find("Sign in").unwrap());
                return format!("{prefix}{token}");
            }
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    panic!("no sign-in mail arrived");
}

async fn outbox_count(stack: &MailStack, kind: &str) -> i64 {
    use sqlx::Row;
    let db = stack.db().await;
    let n = sqlx::query("SELECT COUNT(*) FROM outbox WHERE kind = $1")
        .bind(kind)
        .fetch_one(&db)
        .await
        .unwrap()
        .try_get(0)
        .unwrap();
    db.close().await;
    n
}

async fn sign_in_with(b: &Browser, link: &str) {
    b.goto(link).await;
    b.click("confirm").await;
    b.text("queue").await;
}

/// The whole officer's round: a request arrives; the officer asks for a link, reads it in
/// their mailbox, opens it and presses the button; the queue shows the ticket by its
/// deadline; the ticket page shows the mail; reply (the citizen's mailbox holds it, threaded);
/// reply and wait; resolve with a note; the citizen receives the notice; the ticket shows
/// resolved. And the refusals: a used and an expired link, a POST
/// without the CSRF token, an unknown address answered exactly like a known one.
#[tokio::test(flavor = "multi_thread")]
async fn web_desk_officer_signs_in_by_mail_and_resolves_a_ticket() {
    let stack = MailStack::start();
    let (mut daemon, base) = web_daemon(&stack, &[]);
    daemon.wait_watching().await;
    let mut desk = stack.imap("ict.melandaha@office.test").await;
    let mut citizen = stack.imap("citizen1@example.test").await;
    let mut officer = stack.imap("officer@office.test").await;
    desk.append(&bangla_request(
        "citizen1@example.test",
        "web-req-1@example.test",
        "ডিজিটাল ল্যাবের প্রজেক্টর নষ্ট",
        "আমাদের স্কুলের ডিজিটাল ল্যাবের প্রজেক্টর চালু হচ্ছে না। দয়া করে সাহায্য করুন।",
    ))
    .await;
    assert!(
        citizen.wait_for(1, Duration::from_secs(30)).await.is_some(),
        "no acknowledgement:\n{}",
        daemon.log_text()
    );
    let reference = tickets_json(&stack)[0]["reference"]
        .as_str()
        .unwrap()
        .to_string();

    let b = Browser::start().await;
    // An anonymous visitor is sent to sign in.
    b.goto(&format!("{base}/")).await;
    b.text("send-link").await;
    assert!(b.c().current_url().await.unwrap().path() == "/signin");
    b.type_into("email", "officer@office.test").await;
    b.click("send-link").await;
    let known_answer = b.text("sent").await;
    let link = mailed_link(&mut officer, &base).await;
    assert_eq!(outbox_count(&stack, "web-sign-in").await, 1);

    // An unknown address: the very same answer, and no mail.
    b.goto(&format!("{base}/signin")).await;
    b.type_into("email", "stranger@example.test").await;
    b.click("send-link").await;
    assert_eq!(b.text("sent").await, known_answer);
    assert_eq!(
        outbox_count(&stack, "web-sign-in").await,
        1,
        "mail to a stranger"
    );

    // Opening the link spends nothing (a mail scanner would open it): the button does.
    b.goto(&link).await;
    b.goto(&link).await;
    b.click("confirm").await;
    let queue = b.text("queue").await;
    assert!(queue.contains(&reference), "{queue}");
    // Marked by its deadline in words (a digital-lab request: 7 working days, "later").
    assert!(queue.contains("পরে"), "{queue}");
    assert!(b.text("counts").await.contains("খোলা"));
    // Bengali digits in Bangla.
    assert!(
        b.text("shown").await.contains("১"),
        "{}",
        b.text("shown").await
    );

    // The link is spent.
    b.goto(&link).await;
    assert!(b.text("gone").await.contains("ব্যবহার"));
    b.goto(&format!("{base}/")).await;
    assert!(
        b.text("queue").await.contains(&reference),
        "still signed in"
    );

    // Screenshots: queue and ticket, Bangla and English, desktop and phone.
    b.screenshot("queue-bn-desktop").await;
    b.goto(&format!("{base}/tickets/{reference}")).await;
    let thread = b.text("thread").await;
    assert!(
        thread.contains("প্রজেক্টর চালু হচ্ছে না"),
        "the citizen's mail: {thread}"
    );
    assert!(b.text("subject").await.contains("প্রজেক্টর নষ্ট"));
    b.screenshot("ticket-bn-desktop").await;
    b.c().set_window_size(360, 800).await.unwrap();
    b.screenshot("ticket-bn-phone").await;
    b.goto(&format!("{base}/")).await;
    b.text("queue").await;
    b.screenshot("queue-bn-phone").await;
    b.click("lang-switch").await;
    b.text("queue").await;
    assert!(
        b.text("shown").await.contains("of"),
        "English after the switch"
    );
    b.screenshot("queue-en-phone").await;
    b.goto(&format!("{base}/tickets/{reference}")).await;
    b.text("thread").await;
    b.screenshot("ticket-en-phone").await;
    b.c().set_window_size(1280, 900).await.unwrap();
    b.screenshot("ticket-en-desktop").await;
    b.goto(&format!("{base}/")).await;
    b.text("queue").await;
    b.screenshot("queue-en-desktop").await;
    // Remembered for the user, not the page.
    b.goto(&format!("{base}/tickets/{reference}")).await;
    assert!(b.text("resolve").await.contains("Resolve"));
    b.click("lang-switch").await;
    assert!(
        b.text("resolve").await.contains("নিষ্পত্তি"),
        "back to Bangla"
    );

    // An internal note, then resolve with a note for the citizen.
    b.type_into("note-text", "ল্যাম্প অর্ডার করা হয়েছে (internal)")
        .await;
    b.click("add-note").await;
    assert!(b.text("flash").await.contains("নোট"));
    assert!(b.text("thread").await.contains("অভ্যন্তরীণ নোট"));
    // Reply to the citizen: it reaches their mailbox, threaded to their request.
    b.type_into("reply-text", "ল্যাম্পটি কোন মডেলের? (web reply)")
        .await;
    b.click("reply").await;
    assert!(b.text("flash").await.contains("উত্তর"));
    assert!(
        citizen.wait_for(2, Duration::from_secs(30)).await.is_some(),
        "no reply:\n{}",
        daemon.log_text()
    );
    let reply = sebadesk::intake::parse::parse(&citizen.messages().await[1].2).unwrap();
    assert!(reply.text.contains("ল্যাম্পটি কোন মডেলের?"), "{}", reply.text);
    assert!(
        reply
            .in_reply_to
            .iter()
            .any(|i| i.contains("web-req-1@example.test")),
        "not threaded: {:?}",
        reply.in_reply_to
    );
    assert!(!reply.text.contains("অর্ডার করা হয়েছে"), "the note went out");
    assert!(b.text("thread").await.contains("ল্যাম্পটি কোন মডেলের?"));
    // Reply and wait: the ticket waits for the citizen.
    b.type_into("reply-text", "মডেল নম্বর জানালে বদলে দেব।").await;
    b.click("reply-wait").await;
    assert!(b.text("flash").await.contains("উত্তর"));
    assert_eq!(b.text("status").await, "নাগরিকের উত্তরের অপেক্ষায়");
    assert_eq!(show(&stack, &reference)["status"], "waiting");
    assert!(citizen.wait_for(3, Duration::from_secs(30)).await.is_some());

    b.type_into("resolve-text", "প্রজেক্টরের ল্যাম্প বদলে দেওয়া হয়েছে।")
        .await;
    b.click("resolve").await;
    assert!(b.text("flash").await.contains("নিষ্পত্তি"));
    assert!(
        citizen.wait_for(4, Duration::from_secs(30)).await.is_some(),
        "no resolution notice:\n{}",
        daemon.log_text()
    );
    let notice = sebadesk::intake::parse::parse(&citizen.messages().await[3].2).unwrap();
    assert!(notice.subject.contains(&reference), "{}", notice.subject);
    assert!(notice.text.contains("প্রজেক্টরের ল্যাম্প বদলে দেওয়া হয়েছে"));
    assert!(
        !notice.text.contains("অর্ডার করা হয়েছে"),
        "the internal note went to the citizen"
    );
    b.goto(&format!("{base}/tickets/{reference}")).await;
    assert_eq!(b.text("status").await, "নিষ্পত্তি হয়েছে");
    assert_eq!(show(&stack, &reference)["status"], "resolved");

    // A POST without the CSRF token (same origin, signed in) is refused and changes nothing.
    b.mark_page().await;
    b.js(&format!(
        "const f = document.createElement('form'); f.method = 'post'; \
         f.action = '/tickets/{reference}/reopen'; document.body.appendChild(f); f.submit();"
    ))
    .await;
    b.wait_new_page().await;
    assert!(b.text("error").await.contains("403"));
    assert_eq!(show(&stack, &reference)["status"], "resolved");

    // Sign out ends the session row: the old cookie no longer works.
    b.goto(&format!("{base}/")).await;
    b.click("sign-out").await;
    b.text("send-link").await;
    b.goto(&format!("{base}/tickets/{reference}")).await;
    assert!(b.has("send-link").await, "signed out");

    // An expired link (made by the operator's command, then aged) is refused.
    let expired = cli_link(&stack, &base, "officer@office.test", &[]);
    let db = stack.db().await;
    sqlx::query("UPDATE web_links SET expires_at = '2000-01-01T00:00:00Z' WHERE used_at IS NULL")
        .execute(&db)
        .await
        .unwrap();
    db.close().await;
    b.goto(&expired).await;
    assert!(b.has("gone").await, "an expired link was offered");
    // …also when its token is POSTed directly.
    let fresh = cli_link(&stack, &base, "officer@office.test", &[]);
    b.goto(&fresh).await;
    b.text("confirm").await;
    b.js(&format!(
        "document.querySelector('input[name=token]').value = '{}';",
        expired.rsplit('/').next().unwrap()
    ))
    .await;
    b.click("confirm").await;
    assert!(b.text("gone").await.contains("ব্যবহার"));
    // The fresh one still works.
    sign_in_with(&b, &fresh).await;

    b.close().await;
    assert_eq!(daemon.stop(), Some(0), "{}", daemon.log_text());
}

/// Writes office OFB (its own mailbox and officer, supervised by dc@office.test) and returns
/// the environment adding it to the deployment.
fn second_office(dir: &Path) -> Vec<(String, String)> {
    let folder: PathBuf = dir.join("offices");
    std::fs::create_dir_all(&folder).unwrap();
    std::fs::write(
        folder.join("OFB.toml"),
        "code = \"OFB\"\nname_bn = \"উপজেলা আইসিটি অফিস খ\"\nname_en = \"Upazila ICT Office B\"\n\
         address = \"deskb@office.test\"\nofficer_email = \"officerb@office.test\"\n\
         supervisor_email = \"dc@office.test\"\n[imap]\nusername = \"deskb@office.test\"\n",
    )
    .unwrap();
    vec![
        (
            "SEBADESK_DEPLOYMENT_OFFICES_DIR".into(),
            folder.display().to_string(),
        ),
        (
            "SEBADESK_SECRET_OFB_IMAP_PASSWORD".into(),
            "deskb-pass".into(),
        ),
        (
            "SEBADESK_REMINDERS_SUPERVISOR_EMAIL".into(),
            "dc@office.test".into(),
        ),
    ]
}

/// A mail stack with office OFB beside MEL and a daemon serving the web desk for both, both
/// mailboxes watched; also the environment that adds OFB (the CLI needs it too).
async fn two_office_desk() -> (MailStack, Daemon, String, Vec<(String, String)>) {
    let stack = MailStack::start_with_users(&[
        "deskb@office.test".to_string(),
        "officerb@office.test".to_string(),
    ]);
    let office_env = second_office(&stack.dir);
    let (mut daemon, base) = web_daemon(&stack, &env_refs(&office_env));
    daemon.wait_watching().await;
    // Both offices' mailboxes are watched.
    let t0 = Instant::now();
    while daemon.log_text().matches("watching mailbox").count() < 2 {
        assert!(
            t0.elapsed() < Duration::from_secs(30),
            "{}",
            daemon.log_text()
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    (stack, daemon, base, office_env)
}

fn env_refs(env: &[(String, String)]) -> Vec<(&str, &str)> {
    env.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect()
}

/// Roles and what pages may never do: the officer of one office gets 404 for another's
/// ticket (also by typing its URL) and does not see it in the queue; the supervisor of both
/// sees both and may only note; hostile HTML in a citizen's subject and body stays text (no
/// script runs); the queue has no horizontal scroll at 360 px.
#[tokio::test(flavor = "multi_thread")]
async fn web_desk_roles_hostile_mail_and_a_phone_screen() {
    let (stack, mut daemon, base, office_env) = two_office_desk().await;
    let env = env_refs(&office_env);
    let mut desk_a = stack.imap("ict.melandaha@office.test").await;
    let mut desk_b = stack.imap("deskb@office.test").await;
    let mut citizen1 = stack.imap("citizen1@example.test").await;
    let mut citizen2 = stack.imap("citizen2@example.test").await;
    let hostile_subject =
        "ওয়েব পোর্টাল <script>window.__pwned=1</script><img src=x onerror=\"window.__pwned=2\">";
    let hostile_body = "পোর্টালে নোটিশ দিন।\n<script>window.__pwned=3</script>\n\
        <a href=\"javascript:window.__pwned=4\">click</a> <img src=x onerror=\"window.__pwned=5\">\n\
        <iframe src=\"javascript:window.top.__pwned=6\"></iframe>";
    desk_a
        .append(&bangla_request(
            "citizen1@example.test",
            "web-xss@example.test",
            hostile_subject,
            hostile_body,
        ))
        .await;
    desk_b
        .append(&bangla_request(
            "citizen2@example.test",
            "web-b@example.test",
            "ই-নথি সমস্যা",
            "ই-নথিতে লগইন করা যাচ্ছে না।",
        ))
        .await;
    for (mailbox, who) in [(&mut citizen1, "citizen1"), (&mut citizen2, "citizen2")] {
        assert!(
            mailbox.wait_for(1, Duration::from_secs(30)).await.is_some(),
            "no acknowledgement to {who}:\n{}",
            daemon.log_text()
        );
    }
    let tickets = tickets_json(&stack);
    let ref_of = |office: &str| {
        tickets
            .iter()
            .find(|t| t["office"] == office)
            .unwrap_or_else(|| panic!("no {office} ticket: {tickets:?}"))["reference"]
            .as_str()
            .unwrap()
            .to_string()
    };
    let (ref_a, ref_b) = (ref_of("MEL"), ref_of("OFB"));

    let b = Browser::start().await;
    let extra: Vec<(&str, &str)> = env.clone();
    sign_in_with(&b, &cli_link(&stack, &base, "officer@office.test", &extra)).await;
    let queue = b.text("queue").await;
    assert!(queue.contains(&ref_a) && !queue.contains(&ref_b), "{queue}");
    // The other office's ticket, by typed URL: 404, as for a ticket that does not exist.
    b.goto(&format!("{base}/tickets/{ref_b}")).await;
    assert!(b.text("error").await.contains("404"));
    let missing = ref_b.replace("OFB", "MEL").replace("-0000", "-9999");
    b.goto(&format!("{base}/tickets/{missing}")).await;
    assert!(b.text("error").await.contains("404"));
    // Searching does not find it either (by its reference or its text).
    b.goto(&format!("{base}/?q=%E0%A6%87-%E0%A6%A8%E0%A6%A5%E0%A6%BF"))
        .await;
    assert!(!b.text("queue").await.contains(&ref_b));

    // Hostile HTML stays text: shown literally, nothing runs, no element is made of it.
    b.goto(&format!("{base}/tickets/{ref_a}")).await;
    assert!(
        b.text("subject")
            .await
            .contains("<script>window.__pwned=1</script>")
    );
    let thread = b.text("thread").await;
    assert!(thread.contains("javascript:window.__pwned=4"), "{thread}");
    for probe in [
        "return window.__pwned === undefined && (window.top.__pwned === undefined)",
        "return document.querySelectorAll('script, iframe, main img').length === 0",
        "return document.querySelectorAll('[onerror]').length === 0",
        "return document.querySelectorAll('a[href^=\"javascript:\"]').length === 0",
    ] {
        assert_eq!(b.js(probe).await, serde_json::json!(true), "{probe}");
    }
    // The queue too, and its search by the body's text.
    b.goto(&format!(
        "{base}/?q=%E0%A6%A8%E0%A7%8B%E0%A6%9F%E0%A6%BF%E0%A6%B6"
    ))
    .await;
    assert!(b.text("queue").await.contains(&ref_a), "search by text");
    assert_eq!(
        b.js("return window.__pwned === undefined && document.querySelectorAll('main script, main img').length === 0").await,
        serde_json::json!(true)
    );

    // Quarantine: a message that is not mail is listed with its reason; the officer
    // dismisses it.
    desk_a
        .append(b"\x00\xff\xfe garbage \x01\x02\r\n\x80\x81 not a mail at all\r\n\r\n\xde\xad\r\n")
        .await;
    let t0 = Instant::now();
    while sebadesk(&stack, &extra, &["quarantine", "list", "--format", "json"])
        .stdout
        .is_empty()
    {
        assert!(
            t0.elapsed() < Duration::from_secs(30),
            "{}",
            daemon.log_text()
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    b.goto(&format!("{base}/quarantine")).await;
    let listed = b.text("quarantine").await;
    assert!(listed.contains("unparseable"), "{listed}");
    b.mark_page().await;
    b.c()
        .find(Locator::Css("#quarantine form[action$='/dismiss'] button"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    b.wait_new_page().await;
    assert!(b.text("flash").await.contains("সরিয়ে"));
    assert!(!b.text("quarantine").await.contains("unparseable"));
    assert!(
        sebadesk(&stack, &extra, &["quarantine", "list", "--format", "json"])
            .stdout
            .is_empty()
    );
    // Health and overview: this office only.
    b.goto(&format!("{base}/health")).await;
    assert!(b.text("components").await.contains("imap"));
    b.goto(&format!("{base}/overview")).await;
    let overview = b.text("overview").await;
    assert!(
        overview.contains("MEL") && !overview.contains("OFB"),
        "{overview}"
    );

    // 360 px: no horizontal scroll on the queue and the ticket page.
    b.c().set_window_size(360, 800).await.unwrap();
    for path in ["/".to_string(), format!("/tickets/{ref_a}")] {
        b.goto(&format!("{base}{path}")).await;
        b.text(if path == "/" { "queue" } else { "reference" })
            .await;
        let fit = b
            .js("return [document.documentElement.scrollWidth, window.innerWidth]")
            .await;
        let (scroll, inner) = (fit[0].as_i64().unwrap(), fit[1].as_i64().unwrap());
        assert!(inner <= 400, "the window is not phone-sized: {inner}");
        assert!(scroll <= inner, "{path}: scrollWidth {scroll} > {inner}");
    }
    // The Bangla web font is the desk's own (embedded, served from /assets/fonts/): the
    // browser downloaded and applied it, so a phone without a Bengali font still reads Bangla.
    let loaded = b
        .c()
        .execute_async(
            "const done = arguments[arguments.length - 1];
             document.fonts.ready.then(() => done([...document.fonts].filter(f =>
               f.family.replace(/\"/g, '') === 'Noto Sans Bengali' && f.status === 'loaded'
             ).length));",
            vec![],
        )
        .await
        .unwrap();
    assert!(
        loaded.as_i64().unwrap_or(0) >= 1,
        "the embedded Noto Sans Bengali was not loaded: {loaded}"
    );
    b.c().set_window_size(1280, 900).await.unwrap();
    b.goto(&format!("{base}/")).await;
    b.click("sign-out").await;

    // The supervisor of both offices sees both; may note, not resolve.
    sign_in_with(&b, &cli_link(&stack, &base, "dc@office.test", &extra)).await;
    let queue = b.text("queue").await;
    assert!(queue.contains(&ref_a) && queue.contains(&ref_b), "{queue}");
    b.goto(&format!("{base}/overview")).await;
    let overview = b.text("overview").await;
    assert!(
        overview.contains("MEL") && overview.contains("OFB"),
        "{overview}"
    );
    b.goto(&format!("{base}/tickets/{ref_b}")).await;
    b.text("note-form").await;
    assert!(!b.has("resolve-form").await, "a supervisor may not resolve");
    // Not even by posting the form by hand (with a valid token).
    b.mark_page().await;
    b.js(&format!(
        "const f = document.getElementById('note-form'); f.action = '/tickets/{ref_b}/resolve'; f.submit();"
    ))
    .await;
    b.wait_new_page().await;
    assert!(b.text("error").await.contains("403"));
    assert_eq!(show(&stack, &ref_b)["status"], "open");

    b.close().await;
    assert_eq!(daemon.stop(), Some(0), "{}", daemon.log_text());
}

/// The charter report on the desk (issue 19 through issue 17's pages): the officer of office
/// A sees A's month (one request, Bengali digits) and gets 404 for office B's report, also by
/// typing its address; the supervisor of both sees both, per office; the downloads are files
/// (CSV with its header, XLSX a zip, JSON the report) and the HTML report opens in the browser
/// with its own inline styles and its three SVG charts.
#[tokio::test(flavor = "multi_thread")]
async fn web_desk_report_page_and_downloads() {
    let (stack, mut daemon, base, office_env) = two_office_desk().await;
    let env = env_refs(&office_env);
    let mut desk_a = stack.imap("ict.melandaha@office.test").await;
    let mut desk_b = stack.imap("deskb@office.test").await;
    let mut citizen1 = stack.imap("citizen1@example.test").await;
    let mut citizen2 = stack.imap("citizen2@example.test").await;
    desk_a
        .append(&bangla_request(
            "citizen1@example.test",
            "web-report-a@example.test",
            "ডিজিটাল ল্যাবের প্রজেক্টর নষ্ট",
            "আমাদের স্কুলের ডিজিটাল ল্যাবের প্রজেক্টর চালু হচ্ছে না। দয়া করে সাহায্য করুন।",
        ))
        .await;
    desk_b
        .append(&bangla_request(
            "citizen2@example.test",
            "web-report-b1@example.test",
            "ওয়েব পোর্টালে নোটিশ",
            "আমাদের ইউনিয়নের ওয়েব পোর্টালে নতুন নোটিশ দিতে হবে।",
        ))
        .await;
    desk_b
        .append(&bangla_request(
            "citizen2@example.test",
            "web-report-b2@example.test",
            "ই-নথি পাসওয়ার্ড",
            "ই-নথিতে লগইন করতে পারছি না, পাসওয়ার্ড ভুলে গেছি।",
        ))
        .await;
    assert!(
        citizen1
            .wait_for(1, Duration::from_secs(30))
            .await
            .is_some()
            && citizen2
                .wait_for(2, Duration::from_secs(30))
                .await
                .is_some(),
        "no acknowledgements:\n{}",
        daemon.log_text()
    );

    let b = Browser::start().await;
    let link = cli_link(&stack, &base, "officer@office.test", &env);
    sign_in_with(&b, &link).await;
    b.click("nav-report").await;
    let services = b.text("report-services").await;
    // One request this month in office A, counted in Bengali digits, the total row last.
    assert!(services.contains("মোট"), "{services}");
    let received: Vec<String> = b
        .js("return [...document.querySelectorAll('#report-services .received')].map(e => e.textContent)")
        .await
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        received.last().map(String::as_str),
        Some("১"),
        "{received:?}"
    );
    assert!(
        !b.has("report-offices").await,
        "one office: no per-office table"
    );
    // The browser's session, for plain HTTP requests below (the desk's own policy forbids a
    // page's script to fetch anything).
    let cookie = b
        .c()
        .get_named_cookie("sd_session")
        .await
        .expect("signed in: a session cookie");
    let cookie = format!("sd_session={}", cookie.value());
    // Office B's report, typed by hand: the same 404 as a ticket of another office.
    for path in ["/report?office=OFB", "/report/file?office=OFB&format=csv"] {
        let (status, _, _) = http_get(&base, path, &cookie).await;
        assert_eq!(status, 404, "{path}");
    }
    let (status, _, _) = http_get(&base, "/report/file?office=MEL&format=exe", &cookie).await;
    assert_eq!(status, 400, "an unknown format");
    let (status, _, _) = http_get(&base, "/report?period=2026-13", &cookie).await;
    assert_eq!(status, 400, "a period that is no period");
    // The downloads: CSV (header row, attachment), XLSX (a zip), JSON (the report object).
    let (status, headers, body) =
        http_get(&base, "/report/file?office=MEL&format=csv", &cookie).await;
    assert_eq!(status, 200);
    assert!(
        headers.contains("content-disposition: attachment; filename=\"sebadesk-report-mel-"),
        "{headers}"
    );
    let csv = String::from_utf8(body).unwrap();
    assert!(csv.lines().count() >= 3, "{csv}");
    let (_, headers, body) = http_get(&base, "/report/file?office=MEL&format=xlsx", &cookie).await;
    assert!(headers.contains("spreadsheetml"), "{headers}");
    assert_eq!(&body[..2], b"PK", "XLSX is a zip");
    let (_, _, body) = http_get(&base, "/report/file?office=MEL&format=json", &cookie).await;
    let json: serde_json::Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(json["offices"], serde_json::json!(["MEL"]));
    assert_eq!(json["total"]["received"], 1);
    // The HTML report in the browser: its inline stylesheet applies (its own policy allows
    // it), three charts, nothing from elsewhere.
    b.click("report-view").await;
    let view = b
        .js("return [getComputedStyle(document.body).maxWidth, document.querySelectorAll('svg').length, \
             document.querySelectorAll('script').length]")
        .await;
    assert_eq!(
        view[0].as_str(),
        Some("960px"),
        "the report's styles: {view}"
    );
    assert!(view[1].as_i64().unwrap() >= 3, "charts: {view}");
    assert_eq!(view[2].as_i64(), Some(0));
    b.goto(&format!("{base}/")).await;
    b.click("sign-out").await;

    // The supervisor of both offices: both, one row each.
    let link = cli_link(&stack, &base, "dc@office.test", &env);
    sign_in_with(&b, &link).await;
    b.goto(&format!("{base}/report?office=all")).await;
    let offices = b.text("report-offices").await;
    assert!(
        offices.contains("MEL") && offices.contains("OFB"),
        "{offices}"
    );
    let received: Vec<String> = b
        .js("return [...document.querySelectorAll('#report-services .received')].map(e => e.textContent)")
        .await
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        received.last().map(String::as_str),
        Some("৩"),
        "{received:?}"
    );
    b.close().await;
    daemon.stop();
}

/// Posts `action` for `reference` with the page's own CSRF token (a form built by hand, as a
/// user who types the URL or replays a request would): what the desk answers.
async fn post_by_hand(b: &Browser, reference: &str, action: &str, text: &str) {
    b.mark_page().await;
    b.js(&format!(
        "const f = document.createElement('form'); f.method = 'post';
         f.action = '/tickets/{reference}/{action}';
         for (const [k, v] of [['csrf', document.querySelector('input[name=csrf]').value],
                               ['text', {text:?}]]) {{
           const i = document.createElement('input'); i.type = 'hidden'; i.name = k; i.value = v;
           f.appendChild(i);
         }}
         document.body.appendChild(f); f.submit(); return true;"
    ))
    .await;
    b.wait_new_page().await;
}

/// The officer's mails whose subject contains `needle`, waiting up to 30 s for at least one.
async fn officer_mails_with(
    imap: &mut Imap,
    needle: &str,
) -> Vec<sebadesk::intake::parse::ParsedMail> {
    let t0 = Instant::now();
    loop {
        let found: Vec<_> = imap
            .messages()
            .await
            .iter()
            .filter_map(|(_, _, raw)| sebadesk::intake::parse::parse(raw))
            .filter(|m| m.subject.contains(needle))
            .collect();
        if !found.is_empty() || t0.elapsed() > Duration::from_secs(30) {
            return found;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

/// A supervisor's "escalate to self" (issue 17): the supervisor takes office A's ticket over
/// from its page; the ticket page and the queue show it; the officer's mailbox receives the
/// notice (Bangla first, the reason in it); a second escalation (by hand and by the CLI)
/// changes nothing and sends nothing; the officer of office B gets 404 for the ticket and for
/// the action, and the officer of A (who cannot escalate to themself) gets 404 for the action.
#[tokio::test(flavor = "multi_thread")]
async fn web_desk_supervisor_escalates_to_self() {
    let (stack, mut daemon, base, office_env) = two_office_desk().await;
    let env = env_refs(&office_env);
    let mut desk_a = stack.imap("ict.melandaha@office.test").await;
    let mut citizen = stack.imap("citizen1@example.test").await;
    let mut officer = stack.imap("officer@office.test").await;
    desk_a
        .append(&bangla_request(
            "citizen1@example.test",
            "web-esc@example.test",
            "ইন্টারনেট সংযোগ নেই",
            "আমাদের ইউনিয়ন ডিজিটাল সেন্টারে এক সপ্তাহ ইন্টারনেট নেই।",
        ))
        .await;
    assert!(
        citizen.wait_for(1, Duration::from_secs(30)).await.is_some(),
        "no acknowledgement:\n{}",
        daemon.log_text()
    );
    let reference = tickets_json(&stack)
        .iter()
        .find(|t| t["office"] == "MEL")
        .expect("office A's ticket")["reference"]
        .as_str()
        .unwrap()
        .to_string();
    let b = Browser::start().await;

    // The officer of office B: no such ticket, no such action.
    sign_in_with(&b, &cli_link(&stack, &base, "officerb@office.test", &env)).await;
    b.goto(&format!("{base}/tickets/{reference}")).await;
    assert!(b.text("error").await.contains("404"));
    b.goto(&format!("{base}/")).await;
    post_by_hand(&b, &reference, "escalate", "আমি নেব").await;
    assert!(b.text("error").await.contains("404"), "officer B escalates");
    b.goto(&format!("{base}/")).await;
    b.click("sign-out").await;

    // The officer of office A has the ticket: no form, and the action does not exist for them.
    sign_in_with(&b, &cli_link(&stack, &base, "officer@office.test", &env)).await;
    b.goto(&format!("{base}/tickets/{reference}")).await;
    b.text("reply-form").await;
    assert!(
        !b.has("escalate-form").await,
        "an officer cannot escalate to self"
    );
    post_by_hand(&b, &reference, "escalate", "নিজে").await;
    assert!(b.text("error").await.contains("404"), "officer A escalates");
    assert!(show(&stack, &reference)["escalated_to"].is_null());
    b.goto(&format!("{base}/")).await;
    b.click("sign-out").await;

    // The supervisor takes it over from the ticket page.
    sign_in_with(&b, &cli_link(&stack, &base, "dc@office.test", &env)).await;
    b.goto(&format!("{base}/tickets/{reference}")).await;
    assert!(!b.has("escalated").await, "not escalated yet");
    b.type_into("escalate-text", "সাত দিনেও সংযোগ আসেনি; আমি দেখছি")
        .await;
    b.click("escalate").await;
    assert!(b.text("flash").await.contains("দায়িত্ব আপনি নিয়েছেন"));
    assert!(b.text("escalated").await.contains("dc@office.test"));
    assert!(!b.has("escalate-form").await, "taken over: no second form");
    let events = b.text("events").await;
    assert!(
        events.contains("escalated") && events.contains("সাত দিনেও"),
        "{events}"
    );
    let shown = show(&stack, &reference);
    assert_eq!(shown["escalated_to"], "dc@office.test");
    let escalated: Vec<&serde_json::Value> = shown["events"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["kind"] == "escalated")
        .collect();
    assert_eq!(escalated.len(), 1, "{shown}");
    assert_eq!(escalated[0]["detail"]["by"], "web:dc@office.test");
    assert_eq!(escalated[0]["detail"]["supervisor"], "dc@office.test");
    // The queue marks it.
    b.goto(&format!("{base}/")).await;
    let queue = b.text("queue").await;
    assert!(
        queue.contains(&reference) && queue.contains("ঊর্ধ্বতন কর্মকর্তার কাছে: dc@office.test"),
        "{queue}"
    );

    // The officer is told by mail, Bangla first, with the reason.
    let notices = officer_mails_with(&mut officer, "escalated to supervisor dc@office.test").await;
    assert_eq!(notices.len(), 1, "{}", daemon.log_text());
    let text = &notices[0].text;
    assert!(text.contains("সাত দিনেও সংযোগ আসেনি"), "{text}");
    assert!(
        text.find("ঊর্ধ্বতন কর্মকর্তা").unwrap() < text.find("Escalated to supervisor").unwrap(),
        "{text}"
    );
    assert!(
        notices[0].subject.contains(&reference),
        "{}",
        notices[0].subject
    );

    // Again (a replayed form, then the CLI): nothing changes, nobody is told twice.
    b.goto(&format!("{base}/tickets/{reference}")).await;
    post_by_hand(&b, &reference, "escalate", "আবার").await;
    assert!(b.text("flash").await.contains("কিছু বদলায়নি"));
    let out = sebadesk(
        &stack,
        &env,
        &[
            "tickets", "escalate", &reference, "--reason", "again", "--format", "json",
        ],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["changed"], false, "{json}");
    assert_eq!(json["escalated_to"], "dc@office.test");
    let shown = show(&stack, &reference);
    let kinds = event_kinds(&shown);
    assert_eq!(
        kinds.iter().filter(|k| *k == "escalated").count(),
        1,
        "{kinds:?}"
    );
    assert_eq!(outbox_count(&stack, "officer-escalated").await, 1);
    tokio::time::sleep(Duration::from_secs(2)).await;
    let notices = officer_mails_with(&mut officer, "escalated to supervisor").await;
    assert_eq!(notices.len(), 1, "told once");

    b.close().await;
    assert_eq!(daemon.stop(), Some(0), "{}", daemon.log_text());
}

/// A GET with `cookie` over a fresh HTTP/1.1 connection: (status, headers lower-cased, body).
async fn http_get(base: &str, path: &str, cookie: &str) -> (u16, String, Vec<u8>) {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let host = base.trim_start_matches("http://");
    let mut stream = tokio::net::TcpStream::connect(host).await.unwrap();
    let request = format!(
        "GET {path} HTTP/1.1\r\nHost: {host}\r\nCookie: {cookie}\r\nConnection: close\r\n\r\n"
    );
    stream.write_all(request.as_bytes()).await.unwrap();
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).await.unwrap();
    let split = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("a complete response");
    let head = String::from_utf8_lossy(&raw[..split]).to_lowercase();
    let status = head[9..12].parse().unwrap();
    (status, head, raw[split + 4..].to_vec())
}

//! The review's low findings, through the real binary: hostile text in the CLI's listings,
//! operator mistakes caught by `config check`, database file modes, log secrecy, and an
//! unusable reply address that still becomes a ticket.

use std::path::Path;
use std::process::{Command, Output};

use base64::Engine;

use crate::helpers::{project_root, test_database_url};

/// `sebadesk --config CONFIG ARGS` with only the given `SEBADESK_*` variables set.
fn sebadesk_with(config: &Path, env: &[(&str, &str)], args: &[&str]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_sebadesk"));
    cmd.current_dir(project_root())
        .arg("--config")
        .arg(config)
        .args(args);
    for (k, _) in std::env::vars().filter(|(k, _)| k.starts_with("SEBADESK_")) {
        cmd.env_remove(k);
    }
    cmd.envs(env.iter().map(|(k, v)| (k.to_string(), v.to_string())));
    cmd.output().expect("run sebadesk")
}

fn example_config() -> std::path::PathBuf {
    project_root().join("config/sebadesk.toml")
}

/// A request whose subject (RFC 2047, so any byte survives the header) carries terminal
/// escapes, a forged second row, and a bidi override.
fn hostile_request() -> Vec<u8> {
    let b64 = base64::engine::general_purpose::STANDARD;
    let subject =
        "lab\u{1b}[31m red\u{1b}]0;title\u{7}\r\nMEL-2026-999999 resolved   FORGED\u{202E}gpj.exe";
    let name = "Rahim\u{1b}[2J\r\nX";
    format!(
        "From: =?UTF-8?B?{}?= <citizen1@example.test>\r\nTo: ict.melandaha@office.test\r\n\
Subject: =?UTF-8?B?{}?=\r\nMessage-ID: <hostile-1@example.test>\r\nMIME-Version: 1.0\r\n\
Content-Type: text/plain; charset=utf-8\r\n\r\nOur school lab computers do not start.\r\n",
        b64.encode(name),
        b64.encode(subject)
    )
    .into_bytes()
}

fn assert_terminal_safe(what: &str, out: &str) {
    assert!(
        !out.chars()
            .any(|c| (c.is_control() && c != '\n') || sebadesk::text::safety::is_bidi_control(c)),
        "{what} prints raw control or bidi characters: {out:?}"
    );
    assert!(
        !out.lines().any(|l| l.starts_with("MEL-2026-999999")),
        "{what} has a forged row: {out:?}"
    );
}

#[tokio::test]
async fn tickets_list_and_show_escape_hostile_subjects() {
    let dir = tempfile::tempdir().unwrap();
    let url = test_database_url(dir.path(), "cli");
    let p = crate::pipeline::pipeline_with(dir.path(), &[("SEBADESK_DATABASE_URL", &url)]).await;
    let outcome = p
        .process_message(&crate::pipeline::message(1, &hostile_request()))
        .await
        .unwrap();
    let sebadesk::pipeline::Outcome::Opened { reference, .. } = outcome else {
        panic!("{outcome:?}");
    };
    let stored = p.store.tickets(None).await.unwrap();
    assert!(
        stored[0].subject.contains('\u{1b}'),
        "the test needs a raw ESC in the stored subject: {:?}",
        stored[0].subject
    );
    let env = [("SEBADESK_DATABASE_URL", url.as_str())];

    let list = sebadesk_with(&example_config(), &env, &["tickets", "list"]);
    assert!(list.status.success(), "{list:?}");
    let text = String::from_utf8(list.stdout).unwrap();
    assert_terminal_safe("tickets list", &text);
    assert_eq!(text.lines().count(), 2, "a header and one row: {text}");
    assert!(
        text.contains("lab\\e[31m red\\e]0;title\\u{7}\\r\\nMEL-2026-999999"),
        "{text}"
    );

    let show = sebadesk_with(
        &example_config(),
        &env,
        &["tickets", "show", &reference.to_string()],
    );
    assert!(show.status.success(), "{show:?}");
    let text = String::from_utf8(show.stdout).unwrap();
    assert_terminal_safe("tickets show", &text);
    assert!(text.contains("citizen: Rahim\\e[2J"), "{text}");

    // JSON stays JSON: the same subject comes back exactly, escaped by serde.
    let json = sebadesk_with(
        &example_config(),
        &env,
        &["tickets", "list", "--format", "json"],
    );
    let line: serde_json::Value =
        serde_json::from_str(String::from_utf8(json.stdout).unwrap().trim()).unwrap();
    assert_eq!(line["subject"].as_str(), Some(stored[0].subject.as_str()));
    crate::helpers::drop_test_database(&url);
}

/// `SEBADESK_LOG=trace` once logged the IMAP password (async-imap's `encode` trace) and whole
/// fetched mails. Every level of ours stays on; the wire traces of dependencies do not.
#[tokio::test(flavor = "multi_thread")]
async fn trace_logs_hold_no_password_and_no_mail_body() {
    use crate::helpers::{Daemon, MailStack, bangla_request};
    let stack = MailStack::start();
    let mut daemon = Daemon::start(&stack, &[("SEBADESK_LOG", "trace")]);
    daemon.wait_watching().await;
    let marker = "BODYMARKER7f3a9c";
    let mut office = stack.imap("ict.melandaha@office.test").await;
    let mut citizen = stack.imap("citizen1@example.test").await;
    office
        .append(&bangla_request(
            "citizen1@example.test",
            "trace-1@example.test",
            "ল্যাবের কম্পিউটার চালু হয় না",
            &format!("জনাব, ল্যাবের কম্পিউটার চালু হয় না। {marker}\n"),
        ))
        .await;
    let acked = citizen
        .wait_for(1, std::time::Duration::from_secs(30))
        .await;
    daemon.stop();
    let log = daemon.log_text();
    assert!(acked.is_some(), "no acknowledgement:\n{log}");
    println!(
        "trace log of one request: {} bytes, {} lines",
        log.len(),
        log.lines().count()
    );
    // Our own trace/debug events are there: the level was honoured for sebadesk.
    assert!(log.contains("DEBUG") && log.contains("sebadesk"), "{log}");
    let b64 = base64::engine::general_purpose::STANDARD;
    let password = "ict.melandaha-pass";
    let auth_plain = b64.encode(format!("\0ict.melandaha@office.test\0{password}"));
    let body_b64 = b64.encode(format!("জনাব, ল্যাবের কম্পিউটার চালু হয় না। {marker}\n"));
    for (what, secret) in [
        ("the password", password),
        ("the AUTH PLAIN credentials", auth_plain.as_str()),
        ("the body marker", marker),
        ("the encoded body", &body_b64[..40]),
    ] {
        assert!(
            !log.contains(secret),
            "the trace log holds {what}:\n{}",
            log.lines()
                .filter(|l| l.contains(secret))
                .take(3)
                .collect::<Vec<_>>()
                .join("\n")
        );
    }
    crate::helpers::drop_test_database(&stack.database_url);
}

/// `Reply-To: <x@[127.0.0.1]>` passed our address check but not lettre's header parser, and
/// the whole request was quarantined. Now the address is refused up front: the request is a
/// ticket, without an acknowledgement, with the reason recorded.
#[tokio::test(flavor = "multi_thread")]
async fn an_address_lettre_cannot_use_opens_a_ticket_without_an_ack() {
    use crate::helpers::{Daemon, MailStack, sebadesk, tickets_json};
    let stack = MailStack::start();
    let mut daemon = Daemon::start(&stack, &[]);
    daemon.wait_watching().await;
    let mut office = stack.imap("ict.melandaha@office.test").await;
    office
        .append(
            b"From: Rahim <x@[127.0.0.1]>\r\nReply-To: <x@[127.0.0.1]>\r\n\
To: ict.melandaha@office.test\r\nSubject: school lab computers do not start\r\n\
Message-ID: <literal-1@example.test>\r\nMIME-Version: 1.0\r\n\
Content-Type: text/plain; charset=utf-8\r\n\r\nOur school digital lab computers do not start.\r\n",
        )
        .await;
    let t0 = std::time::Instant::now();
    let mut tickets = Vec::new();
    while t0.elapsed() < std::time::Duration::from_secs(30) {
        tickets = tickets_json(&stack);
        let quarantined = sebadesk(&stack, &[], &["quarantine", "list", "--format", "json"]);
        let quarantined = String::from_utf8(quarantined.stdout).unwrap();
        assert!(
            quarantined.trim().is_empty(),
            "quarantined: {quarantined}\n{}",
            daemon.log_text()
        );
        if !tickets.is_empty() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
    assert_eq!(tickets.len(), 1, "no ticket:\n{}", daemon.log_text());
    let reference = tickets[0]["reference"].as_str().unwrap().to_string();
    let show = sebadesk(
        &stack,
        &[],
        &["tickets", "show", &reference, "--format", "json"],
    );
    let shown: serde_json::Value = serde_json::from_slice(&show.stdout).unwrap();
    let events = shown["events"].as_array().unwrap();
    assert!(
        events.iter().any(|e| e["kind"] == "not-acknowledged"
            && e["detail"]["reason"]
                .as_str()
                .is_some_and(|r| r.contains("no valid From or Reply-To"))),
        "{shown:#}"
    );
    let outbox = shown["outbox"].as_array().unwrap();
    assert!(
        !outbox.iter().any(|o| o["kind"] == "ack"),
        "an acknowledgement was queued: {shown:#}"
    );
    daemon.stop();
    crate::helpers::drop_test_database(&stack.database_url);
}

/// `config check` names the key of each operator mistake and exits 2 (a usage/config error).
#[test]
fn config_check_refuses_operator_mistakes_with_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let not_pem = dir.path().join("ca.pem");
    std::fs::write(&not_pem, "not a certificate\n").unwrap();
    let not_pem = not_pem.display().to_string();
    let ok = sebadesk_with(&example_config(), &[], &["config", "check"]);
    assert!(ok.status.success(), "{ok:?}");
    let cases: &[(&[(&str, &str)], &str)] = &[
        (
            &[("SEBADESK_IMAP_CA_FILE", &not_pem)],
            "config key imap.ca_file",
        ),
        (
            &[("SEBADESK_IMAP_MAILBOX", "INBOX\r\nA1 DELETE INBOX")],
            "config key imap.mailbox",
        ),
        (
            &[("SEBADESK_OFFICE_OFFICER_EMAIL", "ict.melandaha@office.test")],
            "config key office.officer_email",
        ),
    ];
    for (vars, key) in cases {
        let out = sebadesk_with(&example_config(), vars, &["config", "check"]);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{vars:?}: {stderr}");
        assert!(stderr.contains(key), "{vars:?}: {stderr}");
    }
}

/// `--config /dev/zero` read until memory ran out; now it is refused at once, exit 2.
#[test]
fn an_endless_config_file_is_refused_at_once() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_sebadesk"))
        .args(["--config", "/dev/zero", "config", "check"])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let t0 = std::time::Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break Some(status);
        }
        if t0.elapsed() > std::time::Duration::from_secs(10) {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    };
    let status = status.expect("still reading /dev/zero after 10 s");
    println!(
        "--config /dev/zero refused in {:.3} s",
        t0.elapsed().as_secs_f64()
    );
    let mut stderr = String::new();
    std::io::Read::read_to_string(&mut child.stderr.take().unwrap(), &mut stderr).unwrap();
    assert_eq!(status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("/dev/zero") && stderr.contains("larger than"),
        "{stderr}"
    );
}

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
            .any(|c| (c.is_control() && c != '\n') || sebadesk::text_safety::is_bidi_control(c)),
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

//! Running the desk for years (issue 20): JSON logs, backup and restore, data retention — on
//! the real mail stack, with the real binary, on SQLite and PostgreSQL.

use std::time::Duration;

use crate::helpers::*;

/// `SEBADESK_LOG_FORMAT=json`: every line the daemon writes is one JSON object (what journald
/// and log shippers parse), its events keep their fields, and neither the passwords nor the
/// citizen's mail reach the log whatever the level.
#[tokio::test(flavor = "multi_thread")]
async fn the_daemon_logs_json_lines_on_request() {
    let stack = MailStack::start();
    let mut daemon = Daemon::start(
        &stack,
        &[("SEBADESK_LOG_FORMAT", "json"), ("SEBADESK_LOG", "trace")],
    );
    daemon.wait_watching().await;
    let mut office = stack.imap("ict.melandaha@office.test").await;
    let mut citizen = stack.imap("citizen1@example.test").await;
    office
        .append(&bangla_request(
            "citizen1@example.test",
            "json-log-1@example.test",
            "স্কুলের ডিজিটাল ল্যাবের কম্পিউটার নষ্ট",
            "জনাব,\nআমাদের বিদ্যালয়ের ডিজিটাল ল্যাবের পাঁচটি কম্পিউটার চালু হচ্ছে না। গোপন-বাক্য-৭৭৩১\n",
        ))
        .await;
    assert!(
        citizen.wait_for(1, Duration::from_secs(20)).await.is_some(),
        "no acknowledgement:\n{}",
        daemon.log_text()
    );
    assert_eq!(daemon.stop(), Some(0));
    let log = daemon.log_text();
    let mut messages = Vec::new();
    for line in log.lines().filter(|l| !l.trim().is_empty()) {
        let v: serde_json::Value =
            serde_json::from_str(line).unwrap_or_else(|e| panic!("not a JSON line ({e}): {line}"));
        assert!(
            v["timestamp"].is_string() && v["level"].is_string(),
            "{line}"
        );
        messages.push(v["fields"]["message"].as_str().unwrap_or("").to_string());
    }
    assert!(
        messages.iter().any(|m| m.contains("watching mailbox")),
        "{log}"
    );
    assert!(messages.iter().any(|m| m == "stopped"), "{log}");
    for secret in ["ict.melandaha-pass", "গোপন-বাক্য"] {
        assert!(!log.contains(secret), "{secret} reached the log");
    }

    // A format that does not exist is a usage error, before anything runs.
    let out = sebadesk(
        &stack,
        &[("SEBADESK_LOG_FORMAT", "yaml")],
        &["config", "check"],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("SEBADESK_LOG_FORMAT"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

//! The mail templates an office edits (issue 16 point 7), through the real binary and the
//! real mail stack: one office's override changes that office's acknowledgement only, and a
//! broken template stops `templates check` and `run` with exit 2, naming the file and line,
//! before any mail is sent.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::helpers::{Daemon, MailStack, bangla_request, sebadesk};

/// Office OFB (its own mailbox and officer) and the environment adding it to the deployment.
fn second_office(dir: &Path) -> Vec<(String, String)> {
    let folder: PathBuf = dir.join("offices");
    std::fs::create_dir_all(&folder).unwrap();
    std::fs::write(
        folder.join("OFB.toml"),
        "code = \"OFB\"\nname_bn = \"উপজেলা আইসিটি অফিস খ\"\nname_en = \"Upazila ICT Office B\"\n\
         address = \"deskb@office.test\"\nofficer_email = \"officerb@office.test\"\n\
         [imap]\nusername = \"deskb@office.test\"\n",
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
    ]
}

/// A templates folder holding only `files` (the shared templates not in it are the shipped
/// ones, built in).
fn templates_dir(dir: &Path, files: &[(&str, &str)]) -> PathBuf {
    let root = dir.join("templates");
    for (name, text) in files {
        let path = root.join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    std::fs::create_dir_all(&root).unwrap();
    root
}

fn text_of(raw: &[u8]) -> (String, String) {
    let parsed = sebadesk::mail::parse::parse(raw).unwrap();
    (parsed.subject, parsed.text)
}

const OFB_SUBJECT: &str = "[{{ reference }}] অফিস খ: আবেদন পেয়েছি / Office B got your request\n";
const OFB_BODY: &str = "প্রিয় {{ name or \"সেবাপ্রার্থী\" }},\n\nঅফিস খ-এর নিজস্ব প্রাপ্তিস্বীকার: {{ reference }}\n\
{% if service %}সেবা: {{ service.name_bn }}, {{ service.working_days | bn_digits }} কার্যদিবস\n{% endif %}\
\n----------------------------------------\n\nOffice B's own words: {{ reference }}\n";

#[tokio::test(flavor = "multi_thread")]
async fn one_offices_template_changes_only_its_acknowledgement() {
    let stack = MailStack::start_with_users(&[
        "deskb@office.test".to_string(),
        "officerb@office.test".to_string(),
    ]);
    let mut env = second_office(&stack.dir);
    let dir = templates_dir(
        &stack.dir,
        &[
            ("OFB/acknowledgement.subject.txt", OFB_SUBJECT),
            ("OFB/acknowledgement.txt", OFB_BODY),
        ],
    );
    env.push(("SEBADESK_TEMPLATES_DIR".into(), dir.display().to_string()));
    let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();

    // The check renders both offices' mails, OFB's override included.
    let check = sebadesk(&stack, &env, &["templates", "check", "--format", "json"]);
    assert!(check.status.success(), "{check:?}");
    let report: serde_json::Value = serde_json::from_slice(&check.stdout).unwrap();
    assert_eq!(report["overrides"], serde_json::json!(["OFB"]), "{report}");
    assert_eq!(report["errors"], serde_json::json!([]), "{report}");
    let preview = sebadesk(
        &stack,
        &env,
        &["--office", "OFB", "templates", "preview", "acknowledgement"],
    );
    let preview = String::from_utf8(preview.stdout).unwrap();
    assert!(
        preview.contains("Office B's own words: OFB-2026-000007"),
        "{preview}"
    );

    let mut daemon = Daemon::start(&stack, &env);
    let t0 = Instant::now();
    while daemon.log_text().matches("watching mailbox").count() < 2 {
        assert!(
            t0.elapsed() < Duration::from_secs(30),
            "{}",
            daemon.log_text()
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let mut desk_a = stack.imap("ict.melandaha@office.test").await;
    let mut desk_b = stack.imap("deskb@office.test").await;
    let mut citizen1 = stack.imap("citizen1@example.test").await;
    let mut citizen2 = stack.imap("citizen2@example.test").await;
    let subject = "ইউনিয়ন পরিষদের ওয়েব পোর্টাল হালনাগাদ";
    let body = "আমাদের ইউনিয়ন পরিষদের ওয়েব পোর্টালে নতুন চেয়ারম্যানের নাম ও ছবি হালনাগাদ করে দিন।";
    desk_a
        .append(&bangla_request(
            "citizen1@example.test",
            "tpl-a@example.test",
            subject,
            body,
        ))
        .await;
    desk_b
        .append(&bangla_request(
            "citizen2@example.test",
            "tpl-b@example.test",
            subject,
            body,
        ))
        .await;
    for (mailbox, who) in [(&mut citizen1, "citizen1"), (&mut citizen2, "citizen2")] {
        assert!(
            mailbox.wait_for(1, Duration::from_secs(30)).await.is_some(),
            "no acknowledgement to {who}:\n{}",
            daemon.log_text()
        );
    }
    let (subject_a, text_a) = text_of(&citizen1.messages().await[0].2);
    let (subject_b, text_b) = text_of(&citizen2.messages().await[0].2);
    // MEL: the shared (shipped) words.
    assert!(
        subject_a.contains("আবেদন গৃহীত / Request received"),
        "{subject_a}"
    );
    assert!(text_a.contains("আপনার আবেদনটি গৃহীত হয়েছে"), "{text_a}");
    assert!(!text_a.contains("Office B"), "{text_a}");
    // OFB: its own.
    assert!(subject_b.starts_with("[OFB-"), "{subject_b}");
    assert!(
        subject_b.contains("Office B got your request"),
        "{subject_b}"
    );
    assert!(
        text_b.contains("অফিস খ-এর নিজস্ব প্রাপ্তিস্বীকার: OFB-"),
        "{text_b}"
    );
    assert!(text_b.contains("Office B's own words: OFB-"), "{text_b}");
    assert!(!text_b.contains("আপনার আবেদনটি গৃহীত হয়েছে"), "{text_b}");
    assert_eq!(daemon.stop(), Some(0), "{}", daemon.log_text());
}

/// A syntax error (found when the templates are compiled at start) and a render error
/// (found by rendering the samples): `templates check` and `run` exit 2 naming the file and
/// line, and `run` sends nothing (the request waiting in the mailbox gets no mail).
#[tokio::test(flavor = "multi_thread")]
async fn a_broken_template_stops_check_and_run_naming_file_and_line() {
    let stack = MailStack::start();
    let mut desk = stack.imap("ict.melandaha@office.test").await;
    let mut citizen1 = stack.imap("citizen1@example.test").await;
    desk.append(&bangla_request(
        "citizen1@example.test",
        "tpl-broken@example.test",
        "ওয়েব পোর্টাল হালনাগাদ",
        "ইউনিয়ন পরিষদের ওয়েব পোর্টাল হালনাগাদ করে দিন।",
    ))
    .await;
    let cases = [
        // Line 3 has an operator without its operand.
        (
            "syntax",
            "প্রিয় {{ name }},\n\n{{ reference + }}\nend\n",
            "acknowledgement.txt:3",
        ),
        // Line 2 uses a filter that does not exist: compiles, fails when rendered.
        (
            "render",
            "ok\n{{ reference | no_such_filter }}\n",
            "acknowledgement.txt:2",
        ),
    ];
    for (kind, text, at) in cases {
        let dir = stack.dir.join(format!("broken-{kind}"));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("acknowledgement.txt"), text).unwrap();
        let env = [("SEBADESK_TEMPLATES_DIR", dir.to_str().unwrap())];
        for args in [&["templates", "check"][..], &["run"][..]] {
            let t0 = Instant::now();
            let out = sebadesk(&stack, &env, args);
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert_eq!(out.status.code(), Some(2), "{kind} {args:?}: {stderr}");
            let shown = dir.join("acknowledgement.txt").display().to_string();
            assert!(
                stderr.contains(&format!("{}:{}", shown, &at[at.find(':').unwrap() + 1..])),
                "{kind} {args:?} does not name {at}: {stderr}"
            );
            assert!(
                t0.elapsed() < Duration::from_secs(20),
                "{kind} {args:?} hung"
            );
        }
    }
    // Nothing was sent and the request is still unread in the desk's mailbox.
    tokio::time::sleep(Duration::from_secs(2)).await;
    assert_eq!(citizen1.count().await, 0);
    assert_eq!(desk.count().await, 1);
}

/// A template that fails only for some mail (past the start's sample check): that request is
/// quarantined with the file and line, its citizen gets no mail at all (no half-rendered
/// one), other requests are acknowledged; after the office fixes the file, `reprocess` takes
/// it in and the running daemon sends its acknowledgement.
#[tokio::test(flavor = "multi_thread")]
async fn a_template_failing_at_send_time_quarantines_the_request_and_sends_nothing() {
    let stack = MailStack::start();
    let shipped = sebadesk::templates::SHIPPED
        .iter()
        .find(|(n, _)| *n == "acknowledgement.txt")
        .unwrap()
        .1;
    // Line 1: a value that does not exist, reached only for an e-Nothi request (the samples
    // of the start's check are web-portal requests).
    let broken = format!(
        "{{% if service and service.code == \"e-nothi\" %}}{{{{ nope.x }}}}{{% endif %}}\n{shipped}"
    );
    let dir = templates_dir(&stack.dir, &[("acknowledgement.txt", &broken)]);
    let env = [("SEBADESK_TEMPLATES_DIR", dir.to_str().unwrap())];
    let mut daemon = Daemon::start(&stack, &env);
    daemon.wait_watching().await;
    let mut desk = stack.imap("ict.melandaha@office.test").await;
    let mut citizen1 = stack.imap("citizen1@example.test").await;
    let mut citizen2 = stack.imap("citizen2@example.test").await;
    desk.append(&bangla_request(
        "citizen1@example.test",
        "tpl-boom@example.test",
        "ই-নথি লগইন সমস্যা",
        "আমাদের অফিসের ই-নথিতে লগইন করা যাচ্ছে না, পাসওয়ার্ড রিসেট করে দিন।",
    ))
    .await;
    desk.append(&bangla_request(
        "citizen2@example.test",
        "tpl-fine@example.test",
        "ওয়েব পোর্টাল হালনাগাদ",
        "ইউনিয়ন পরিষদের ওয়েব পোর্টাল হালনাগাদ করে দিন।",
    ))
    .await;
    assert!(
        citizen2
            .wait_for(1, Duration::from_secs(30))
            .await
            .is_some(),
        "the other request was not acknowledged:\n{}",
        daemon.log_text()
    );
    let quarantined = |stack: &MailStack| -> Vec<serde_json::Value> {
        let out = sebadesk(stack, &env, &["quarantine", "list", "--format", "json"]);
        String::from_utf8(out.stdout)
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect()
    };
    let t0 = Instant::now();
    let row = loop {
        if let Some(r) = quarantined(&stack).into_iter().next() {
            break r;
        }
        assert!(
            t0.elapsed() < Duration::from_secs(30),
            "{}",
            daemon.log_text()
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    };
    let reason = row["reason"].as_str().unwrap();
    let at = format!("{}:1", dir.join("acknowledgement.txt").display());
    assert!(reason.contains(&at), "{reason}");
    assert!(
        daemon.log_text().contains(&at),
        "not logged:\n{}",
        daemon.log_text()
    );
    assert_eq!(citizen1.count().await, 0, "a mail reached the citizen");

    // The office fixes the template; the request is taken in again and acknowledged.
    std::fs::write(dir.join("acknowledgement.txt"), shipped).unwrap();
    let id = row["id"].to_string();
    let out = sebadesk(&stack, &env, &["reprocess", &id]);
    assert!(out.status.success(), "{out:?}");
    assert!(
        citizen1
            .wait_for(1, Duration::from_secs(30))
            .await
            .is_some(),
        "no acknowledgement after the fix:\n{}",
        daemon.log_text()
    );
    let (subject, text) = text_of(&citizen1.messages().await[0].2);
    assert!(subject.contains("আবেদন গৃহীত"), "{subject}");
    assert!(subject.contains("MEL-2026-"), "{subject}");
    assert!(text.contains("আপনার আবেদনটি গৃহীত হয়েছে"), "{text}");
    assert_eq!(daemon.stop(), Some(0), "{}", daemon.log_text());
}

//! The officer's e-mail commands end to end on the real mail stack: a reply to the new-ticket
//! notice resolves the ticket and the citizen receives the resolution notice; a forged
//! command (the officer's From, no token) changes nothing and is recorded on the ticket.

use std::time::Duration;

use crate::helpers::*;

fn header_of(raw: &[u8], name: &str) -> Option<String> {
    let parsed = sebadesk::intake::parse::parse(raw)?;
    match name {
        "subject" => Some(parsed.subject),
        _ => parsed.header(name).map(str::to_string),
    }
}

fn show(stack: &MailStack, reference: &str) -> serde_json::Value {
    let out = sebadesk(
        stack,
        &[],
        &["tickets", "show", reference, "--format", "json"],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

fn mail_from_officer(subject: &str, id: &str, in_reply_to: Option<&str>, body: &str) -> Vec<u8> {
    use base64::Engine;
    let b64 = base64::engine::general_purpose::STANDARD;
    let irt = in_reply_to
        .map(|i| format!("In-Reply-To: {i}\r\nReferences: {i}\r\n"))
        .unwrap_or_default();
    format!(
        "From: Upazila ICT Officer <officer@office.test>\r\nTo: ict.melandaha@office.test\r\n\
Subject: =?UTF-8?B?{}?=\r\nMessage-ID: <{id}>\r\n{irt}MIME-Version: 1.0\r\n\
Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n{}\r\n",
        b64.encode(subject.as_bytes()),
        b64.encode(body.as_bytes())
    )
    .into_bytes()
}

#[tokio::test(flavor = "multi_thread")]
async fn the_officer_resolves_by_reply_and_a_forged_command_changes_nothing() {
    let stack = MailStack::start();
    let mut daemon = Daemon::start(&stack, &[]);
    daemon.wait_watching().await;
    let mut desk = stack.imap("ict.melandaha@office.test").await;
    let mut citizen = stack.imap("citizen1@example.test").await;
    let mut officer = stack.imap("officer@office.test").await;

    desk.append(&bangla_request(
        "citizen1@example.test",
        "cmd-req@example.test",
        "ডিজিটাল ল্যাবের প্রজেক্টর নষ্ট",
        "আমাদের স্কুলের ডিজিটাল ল্যাবের প্রজেক্টর চালু হচ্ছে না।",
    ))
    .await;
    assert!(
        citizen.wait_for(1, Duration::from_secs(20)).await.is_some(),
        "{}",
        daemon.log_text()
    );
    assert!(
        officer.wait_for(1, Duration::from_secs(20)).await.is_some(),
        "no new-ticket notice:\n{}",
        daemon.log_text()
    );
    let reference = tickets_json(&stack)[0]["reference"]
        .as_str()
        .unwrap()
        .to_string();
    let notice = &officer.messages().await[0].2;
    let notice_subject = header_of(notice, "subject").unwrap();
    let notice_id = header_of(notice, "message-id").unwrap();
    assert!(
        notice_subject.starts_with(&format!("[{reference}/")),
        "the notice carries the token: {notice_subject}"
    );

    // Forged: the officer's From, the ticket named, but no token.
    desk.append(&mail_from_officer(
        &format!("Re: [{reference}] প্রজেক্টর"),
        "forged-1@example.test",
        None,
        "#resolve done\n",
    ))
    .await;
    assert!(
        officer.wait_for(2, Duration::from_secs(20)).await.is_some(),
        "no confirmation:\n{}",
        daemon.log_text()
    );
    let t = show(&stack, &reference);
    assert_eq!(t["status"], "open", "a forged command changed the ticket");
    let kinds: Vec<&str> = t["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["kind"].as_str().unwrap())
        .collect();
    assert!(kinds.contains(&"command-refused"), "{kinds:?}");

    // Genuine: a reply to the notice (its subject keeps the token), Bangla command.
    desk.append(&mail_from_officer(
        &format!("Re: {notice_subject}"),
        "genuine-1@example.test",
        Some(&notice_id),
        "#সমাধান প্রজেক্টরের ল্যাম্প বদলে দেওয়া হয়েছে\n\nধন্যবাদ\n",
    ))
    .await;
    assert!(
        citizen.wait_for(2, Duration::from_secs(20)).await.is_some(),
        "no resolution notice:\n{}",
        daemon.log_text()
    );
    let t = show(&stack, &reference);
    assert_eq!(t["status"], "resolved");
    let mails = citizen.messages().await;
    let resolution = sebadesk::intake::parse::parse(&mails[1].2).unwrap();
    assert!(
        resolution.subject.contains(&reference) && resolution.subject.contains("নিষ্পত্তি"),
        "{}",
        resolution.subject
    );
    assert!(
        resolution.text.contains("প্রজেক্টরের ল্যাম্প বদলে দেওয়া হয়েছে"),
        "{}",
        resolution.text
    );
    assert!(
        resolution.text.find("নিষ্পত্তি").unwrap() < resolution.text.find("resolved").unwrap(),
        "Bangla first"
    );
    assert_eq!(
        resolution.in_reply_to,
        vec!["cmd-req@example.test".to_string()],
        "threaded to the request"
    );
    // The officer got two confirmations (refused, then done) besides the notice.
    assert!(officer.wait_for(3, Duration::from_secs(20)).await.is_some());
    assert_eq!(daemon.stop(), Some(0));
}

//! Tests of the triage rules, in their order.

use super::*;

fn office() -> OfficeIdentity {
    OfficeIdentity {
        code: "MEL".into(),
        address: "ict.melandaha@office.test".into(),
        officer_email: "officer@office.test".into(),
    }
}

fn mail(headers: &[(&str, &str)], subject: &str, text: &str) -> ParsedMail {
    ParsedMail {
        from_address: Some("citizen1@example.test".into()),
        subject: subject.into(),
        text: text.into(),
        content_type: "text/plain".into(),
        headers: headers
            .iter()
            .map(|(k, v)| (k.to_ascii_lowercase(), v.to_string()))
            .collect(),
        ..Default::default()
    }
}

fn d(m: &ParsedMail) -> Disposition {
    triage(m, &office()).disposition
}

#[test]
fn a_plain_request_is_new() {
    assert_eq!(
        d(&mail(&[], "ল্যাবের কম্পিউটার চালু হচ্ছে না", "সাহায্য করুন")),
        Disposition::New
    );
    assert_eq!(
        d(&mail(&[("Auto-Submitted", "no")], "help", "")),
        Disposition::New
    );
}

#[test]
fn never_answer_automatic_mail() {
    assert_eq!(
        d(&mail(
            &[("Auto-Submitted", "auto-replied")],
            "Re: [MEL-2026-000001]",
            ""
        )),
        Disposition::AutoReply
    );
    assert_eq!(
        d(&mail(&[("X-Autoreply", "yes")], "x", "")),
        Disposition::AutoReply
    );
    assert_eq!(
        d(&mail(&[("Precedence", "auto_reply")], "x", "")),
        Disposition::AutoReply
    );
    assert_eq!(
        d(&mail(&[], "Automatic reply: [MEL-2026-000001] ল্যাব", "")),
        Disposition::AutoReply
    );
    assert_eq!(
        d(&mail(
            &[("Return-Path", "<>"), ("Auto-Submitted", "auto-replied")],
            "x",
            ""
        )),
        Disposition::Bounce
    );
    assert_eq!(
        d(&mail(&[("List-Id", "<ict.lists.example.bd>")], "x", "")),
        Disposition::Bulk
    );
    assert_eq!(
        d(&mail(
            &[("Precedence", "bulk"), ("Auto-Submitted", "auto-generated")],
            "x",
            ""
        )),
        Disposition::Bulk
    );
    assert_eq!(
        d(&mail(&[("X-Spam-Flag", "YES")], "x", "")),
        Disposition::Spam
    );
    assert_eq!(
        d(&mail(&[(LOOP_HEADER, "MEL")], "x", "")),
        Disposition::OwnMail
    );
}

#[test]
fn subject_keys_ignore_reply_prefixes() {
    assert_eq!(subject_key("Re: RE: Fwd:  Lab   PC"), "lab pc");
    assert_eq!(subject_key("উত্তর: ই-নথি"), "ই-নথি");
}

#[test]
fn more_automatic_mail() {
    let rspamd = mail(
        &[(
            "X-Spamd-Result",
            "default: True [16.20 / 15.00]; BAYES_SPAM(5.1)",
        )],
        "x",
        "",
    );
    assert_eq!(d(&rspamd), Disposition::Spam);
    let ham = mail(
        &[("X-Spamd-Result", "default: False [1.20 / 15.00]")],
        "x",
        "",
    );
    assert_eq!(d(&ham), Disposition::New);
    assert_eq!(
        d(&mail(&[], "Undeliverable: [MEL-2026-000003] ল্যাব", "")),
        Disposition::Bounce
    );
    let mut arf = mail(&[], "abuse report", "");
    arf.content_type = "multipart/report".into();
    arf.report_type = Some("feedback-report".into());
    assert_eq!(d(&arf), Disposition::Bounce);
}

#[test]
fn follow_ups_by_subject_and_by_thread() {
    let t = triage(&mail(&[], "Re: [MEL-২০২৬-০০০০১২] ল্যাব", ""), &office());
    assert_eq!(t.disposition, Disposition::Followup);
    assert_eq!(t.ticket_ref.unwrap().to_string(), "MEL-2026-000012");
    let mut m = mail(&[], "Re: your mail", "");
    m.in_reply_to = vec!["sebadesk.MEL-2026-000007.ack.x1@office.test".into()];
    assert_eq!(triage(&m, &office()).ticket_ref.unwrap().seq, 7);
}

#[test]
fn spam_needs_two_kinds_of_signal() {
    assert_eq!(
        d(&mail(
            &[],
            "Grant",
            "a processing fee must be sent within 72 hours"
        )),
        Disposition::Spam
    );
    assert_eq!(
        d(&mail(
            &[],
            "ই-নথি",
            "আমার password ভুলে গেছি, ২৪ ঘণ্টার মধ্যে মিটিং"
        )),
        Disposition::New
    );
}

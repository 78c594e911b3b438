//! Abuse reports in every shape seen in the wild, wrapped or not in `multipart/report`.
//!
//! An ARF report (RFC 5965) is machine mail about mail we sent: answering it acknowledges a
//! robot, or worse, a recipient who already called our acknowledgement spam. Providers send it
//! as `multipart/report`, but also as `multipart/mixed` with a `message/feedback-report` part,
//! as plain text with the ARF fields pasted in, as an HTML table, or as a human-readable
//! notice (Microsoft JMRP, Yahoo/AOL complaint loops, an ISP abuse desk's forward).
//!
//! The strong signs (a feedback-report part, a `Feedback-Type:` field with an RFC 5965 type,
//! a provider's fixed sentence) decide alone. A complaint in ordinary words ("reported as
//! spam") decides only with evidence that a mail of ours is attached or named (an attached
//! message or headers, an IP address, our address, a Message-ID of ours): a citizen may well
//! write "my mail goes to spam, please help".

use super::{Families, Phrases, folded_text};
use crate::mail::ParsedMail;

/// The RFC 5965 / RFC 6591 feedback types.
const FEEDBACK_TYPES: &[&str] = &[
    "abuse",
    "fraud",
    "virus",
    "other",
    "not-spam",
    "opt-out",
    "auth-failure",
    "dmarc",
];

/// Sentences that only the report generators write.
static PROVIDER_SENTENCES: Phrases = Phrases::folded(&[
    "email abuse report",
    "abuse report for an email message",
    "abuse report for a message",
    "junk mail reporting program",
    "complaint feedback loop",
    "feedback loop report",
    "email feedback report",
    "automated abuse report",
    "authentication failure report for",
]);

/// A complaint in ordinary words: a report only with evidence (see the module doc).
static COMPLAINT_PHRASES: Phrases = Phrases::folded(&[
    "marked this message as spam",
    "marked the attached message as spam",
    "reported the attached message as junk",
    "reported your message as junk",
    "reported the attached message as spam",
    "reported as junk",
    "reported as spam",
    "as spam at a rate",
    "complained about the message",
    "complaint concerning mail from",
    "complaint about message from",
    "we received a complaint",
    "we have received a complaint",
    "spam complaint",
    "abuse complaint",
    "asked to stop receiving mail from your domain",
    "স্প্যাম হিসেবে রিপোর্ট",
    "স্প্যাম হিসাবে রিপোর্ট",
    "স্প্যাম হিসেবে চিহ্নিত",
    "স্প্যাম অভিযোগ",
    "spam হিসেবে report",
    "spam report korse",
    "spam report korche",
    "spam report hoise",
    "spam report hoyeche",
    // Abuse desks' and reporting services' own words (SpamCop, hosting and ISP abuse desks)
    "offending message",
    "reported message",
    "reported mail",
    "unsolicited mail",
    "unsolicited message",
    "unsolicited email",
    "unsolicited e-mail",
    "unsolicited bulk",
    "did not request this message",
    "complaints against mail",
    "complaints in the last",
    "abuse department",
    "abuse desk",
    "abuse team",
]);

/// The mailboxes that abuse desks and reporting services write from. Such a sender with
/// evidence of our mail is a report, whatever its words.
const REPORT_DESKS: &[&str] = &[
    "abuse",
    "abuse-report",
    "abuse-reports",
    "spam",
    "spamreport",
    "spam-report",
    "fbl",
    "arf",
    "noc",
    "complaints",
];

/// Both families, found in one pass over the text.
static WORDS: Families = Families::new(&[&PROVIDER_SENTENCES, &COMPLAINT_PHRASES]);

/// Why `mail` is an abuse report, if it is one. `office_address` is the desk's own address:
/// a report names it as the original sender.
pub fn abuse_report(mail: &ParsedMail, office_address: &str) -> Option<String> {
    abuse_report_folded(mail, office_address, &folded_text(mail))
}

/// [`abuse_report`] on the mail's already [`folded_text`] (triage folds it once for every
/// rule that reads it).
pub fn abuse_report_folded(mail: &ParsedMail, office_address: &str, text: &str) -> Option<String> {
    if mail
        .part_types
        .iter()
        .any(|t| t == "message/feedback-report")
    {
        return Some("a message/feedback-report part".into());
    }
    if let Some(kind) = feedback_type_field(text) {
        return Some(format!("ARF field Feedback-Type: {kind}"));
    }
    let words = WORDS.scan(text);
    if let Some(s) = words.first(&PROVIDER_SENTENCES) {
        return Some(format!("abuse report wording {s:?}"));
    }
    let desk = report_desk(mail);
    let complaint = words.first(&COMPLAINT_PHRASES);
    if complaint.is_none() && desk.is_none() {
        return None;
    }
    let evidence = evidence_of_our_mail(mail, text, office_address)?;
    match (complaint, desk) {
        (Some(c), _) => Some(format!("complaint {c:?} with {evidence}")),
        (None, Some(d)) => Some(format!("sent by a report desk ({d}@) with {evidence}")),
        (None, None) => None,
    }
}

/// The sender's mailbox when it is an abuse desk's or a reporting service's.
fn report_desk(mail: &ParsedMail) -> Option<&'static str> {
    let local = mail
        .from_address
        .as_deref()?
        .rsplit_once('@')?
        .0
        .to_ascii_lowercase();
    REPORT_DESKS.iter().copied().find(|d| *d == local)
}

/// `feedback-type` followed (after `:`, spaces, or the end of an HTML table cell) by a type.
fn feedback_type_field(text: &str) -> Option<&'static str> {
    let mut rest = text;
    while let Some(at) = rest.find("feedback-type") {
        rest = &rest[at + "feedback-type".len()..];
        let value = rest.trim_start_matches([':', ' ', '=', '"']);
        if let Some(kind) = FEEDBACK_TYPES.iter().find(|k| value.starts_with(*k)) {
            return Some(kind);
        }
    }
    None
}

/// What shows that the complaint is about a mail of ours rather than the writer's own trouble.
fn evidence_of_our_mail(mail: &ParsedMail, text: &str, office_address: &str) -> Option<String> {
    if let Some(t) = mail
        .part_types
        .iter()
        .find(|t| *t == "message/rfc822" || *t == "text/rfc822-headers")
    {
        return Some(format!("an attached {t}"));
    }
    let office = office_address.to_ascii_lowercase();
    if !office.is_empty() && text.contains(&office) {
        return Some("our address named".into());
    }
    if text.contains(crate::domain::MESSAGE_ID_PREFIX) {
        return Some("a Message-ID of ours".into());
    }
    has_ipv4(text).then(|| "an IP address".into())
}

/// Four dot-separated numbers of at most three digits: a reporting IP.
fn has_ipv4(text: &str) -> bool {
    text.split(|c: char| !(c.is_ascii_digit() || c == '.'))
        .any(|w| {
            let parts: Vec<&str> = w.trim_matches('.').split('.').collect();
            parts.len() == 4
                && parts
                    .iter()
                    .all(|p| !p.is_empty() && p.len() <= 3 && p.parse::<u8>().is_ok())
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn abuse_desks_plain_words_with_our_mail_named() {
        let spamcop = mail(
            "[SpamReport #1] 192.0.2.25 report",
            "[ Offending message ]\nFrom: ict.melandaha@office.test\nSubject: [MEL-2026-000566] received",
            &[],
        );
        assert!(abuse_report(&spamcop, OFFICE).is_some());
        let isp = mail(
            "Notice of complaint",
            "Our systems recorded 3 complaints in the last 24 hours against mail from 192.0.2.0/28.",
            &[],
        );
        assert!(abuse_report(&isp, OFFICE).is_some());
        let mut desk = mail("Ticket #55120", "Please check mail from 192.0.2.25.", &[]);
        desk.from_address = Some("abuse@hosting.example".into());
        assert!(abuse_report(&desk, OFFICE).unwrap().contains("report desk"));
        // A citizen's own trouble names none of our mail: not a report.
        let citizen = mail(
            "unsolicited mail",
            "I keep getting unsolicited mail on my phone, how do I stop it?",
            &[],
        );
        assert!(abuse_report(&citizen, OFFICE).is_none());
    }

    const OFFICE: &str = "ict.melandaha@office.test";

    fn mail(subject: &str, text: &str, parts: &[&str]) -> ParsedMail {
        ParsedMail {
            subject: subject.into(),
            text: text.into(),
            part_types: parts.iter().map(|p| p.to_string()).collect(),
            ..Default::default()
        }
    }

    fn is_report(m: &ParsedMail) -> bool {
        abuse_report(m, OFFICE).is_some()
    }

    #[test]
    fn a_feedback_report_part_inside_multipart_mixed() {
        let m = mail(
            "Abuse report",
            "see attached",
            &["multipart/mixed", "text/plain", "message/feedback-report"],
        );
        assert!(is_report(&m));
    }

    #[test]
    fn arf_fields_pasted_in_plain_text_or_an_html_table() {
        assert!(is_report(&mail(
            "Spam report",
            "Dear customer,\nFeedback-Type: abuse\nUser-Agent: X/1\nVersion: 1\n",
            &[]
        )));
        // html_to_text of <td>Feedback-Type</td><td>abuse</td>
        assert!(is_report(&mail(
            "Abuse Report",
            "Feedback-Typeabuse\nSource-IP192.0.2.10",
            &[]
        )));
        assert!(is_report(&mail(
            "apnar mail spam report hoise",
            "sir, nicher report:\nFeedback-Type: abuse\nSource-IP: 192.0.2.10",
            &[]
        )));
    }

    #[test]
    fn provider_notices_jmrp_yahoo_aol() {
        assert!(is_report(&mail(
            "complaint about message from 192.0.2.10",
            "This is a notification of a Junk Mail Reporting Program (JMRP) complaint.",
            &[]
        )));
        assert!(is_report(&mail(
            "FW: x",
            "This is an email abuse report for an email message from office.test",
            &[]
        )));
        // sisimai arf-22: a JMRP subject and the reported message attached, no text.
        assert!(is_report(&mail(
            " complaint about message from 192.0.2.222",
            "",
            &["multipart/mixed", "message/rfc822", "text/plain"]
        )));
    }

    #[test]
    fn an_abuse_desk_forward_in_bangla_and_banglish() {
        assert!(is_report(&mail(
            "Spam complaint - আপনার IP 192.0.2.10",
            "আপনার IP 192.0.2.10 থেকে পাঠানো একটি mail আমাদের subscriber spam হিসেবে report করেছেন।",
            &[]
        )));
        assert!(is_report(&mail(
            "স্প্যাম অভিযোগ",
            "আপনার ঠিকানা ict.melandaha@office.test থেকে পাঠানো বার্তা স্প্যাম হিসেবে চিহ্নিত",
            &[]
        )));
    }

    #[test]
    fn a_citizen_whose_mail_goes_to_spam_is_not_a_report() {
        for (s, t) in [
            (
                "আমাদের মেইল স্প্যাম হিসেবে চিহ্নিত হচ্ছে",
                "স্কুলের মেইল সবাই স্প্যাম হিসেবে চিহ্নিত করছে, কী করবো? সাহায্য করুন।",
            ),
            (
                "mail goes to spam",
                "Our UP mails are reported as spam by Gmail. How do we fix SPF? Version: 1 of our site.",
            ),
            (
                "fake facebook id",
                "This is an abuse report about a fake ID harassing my daughter. Please help.",
            ),
            (
                "amar mail spam report hoise",
                "amar gmail theke pathano mail spam report hoise, ki korbo bolben?",
            ),
        ] {
            assert!(!is_report(&mail(s, t, &["text/plain"])), "{s}");
        }
    }

    #[test]
    fn ipv4_literals() {
        assert!(has_ipv4("from 192.0.2.10."));
        assert!(!has_ipv4("version 1.2.3 on 12.12.2026"));
        assert!(!has_ipv4("999.1.1.1"));
    }
}

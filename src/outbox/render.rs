//! Rendering acknowledgements and resolution notices, and what every mail shares: its words
//! from the office's templates ([`words`], see [`crate::templates`]) and its headers
//! ([`build`]). Pure: the caller passes the time and everything shown.
//!
//! Every mail carries `Auto-Submitted: auto-replied` and `X-Auto-Response-Suppress: All`
//! (so well-behaved responders stay quiet, RFC 3834), our loop header, and a Message-ID
//! that names the ticket so replies thread back to it.

use std::borrow::Cow;
use std::time::SystemTime;

use jiff::Timestamp;
use lettre::message::header::{ContentType, HeaderName, HeaderValue};
use lettre::message::{Mailbox, Message};
use minijinja::context;

use crate::config::OfficeConfig;
use crate::config::charter::Service;
use crate::domain::{EmailAddress, TicketRef};
use crate::domain::{LOOP_HEADER, our_message_id};
use crate::sla::Deadline;
use crate::text::bangla;

/// A mail could not be rendered or built (a template failed, a header was refused).
#[derive(Debug, thiserror::Error)]
// The reference stays out of the message: when the transaction that took it rolls back,
// the number goes to the next request and would point the officer at the wrong ticket.
#[error("cannot build the mail: {message}")]
pub struct RenderError {
    /// The ticket the mail was for, kept apart from the message (see above).
    pub reference: String,
    /// What failed.
    pub message: String,
}

/// What an acknowledgement says.
#[derive(Debug, Clone)]
pub struct Acknowledgement<'a> {
    /// The office that writes (its names, officer and address).
    pub office: &'a OfficeConfig,
    /// The new ticket.
    pub reference: &'a TicketRef,
    /// `None`: outside the charter's services, left for the officer.
    pub service: Option<&'a Service>,
    /// The deadline, shown with the service; `None` with `service`.
    pub deadline: Option<&'a Deadline>,
    /// Who the acknowledgement goes to (the request's reply address).
    pub citizen: &'a EmailAddress,
    /// The name to address the citizen by; the pipeline passes it only for a verified sender, since
    /// a forged one must not have words put in our mouth.
    pub citizen_name: Option<&'a str>,
    /// The request's subject, repeated (cleaned, cut to one line) so the citizen recognises it.
    pub original_subject: &'a str,
    /// Without angle brackets.
    pub original_message_id: Option<&'a str>,
    /// The request's References, continued so the acknowledgement threads with it.
    pub original_references: &'a [String],
}

/// One mail ready for the outbox: what is stored and what is sent.
#[derive(Debug, Clone)]
pub struct RenderedMail {
    /// Without angle brackets.
    pub message_id: String,
    /// The subject as sent.
    pub subject: String,
    /// The plain-text body as sent (kept for the ticket's history).
    pub text: String,
    /// The whole RFC 5322 message, headers included: what SMTP sends.
    pub raw: Vec<u8>,
}

/// A Message-ID of ours: `sebadesk.<REF>.<purpose>.<unique>@<office domain>`. The unique
/// part is 64 random bits: a reply to one of our Message-IDs lets its writer join the
/// ticket (see `Pipeline::may_join`), so it must not be guessable from the time of sending.
pub fn message_id(reference: &TicketRef, purpose: &str, domain: &str, now: Timestamp) -> String {
    use sha2::Digest;
    let mut random = [0u8; 8];
    if getrandom::fill(&mut random).is_err() {
        // No OS randomness: a hash of the time, as before (unique, if guessable).
        let seed = format!(
            "{reference}{purpose}{}{}",
            now.as_nanosecond(),
            std::process::id()
        );
        random.copy_from_slice(&sha2::Sha256::digest(seed.as_bytes())[..8]);
    }
    let unique: String = random.iter().map(|b| format!("{b:02x}")).collect();
    our_message_id(reference, purpose, &unique, domain)
}

/// A Message-ID we are willing to echo in In-Reply-To/References: printable ASCII, no spaces,
/// brackets or line breaks (hostile input must not inject headers).
fn safe_message_id(id: &str) -> Option<String> {
    let id = id.trim().trim_matches(['<', '>']);
    let ok = !id.is_empty()
        && id.len() <= 250
        && id.contains('@')
        && id
            .bytes()
            .all(|b| b.is_ascii_graphic() && b != b'<' && b != b'>');
    ok.then(|| format!("<{id}>"))
}

/// Text from the citizen that we repeat (name, subject): one line, no control or bidi
/// characters (see [`crate::text::safety`]).
fn clean_line(s: &str, max_chars: usize) -> String {
    crate::text::safety::one_line(s, max_chars)
}

fn english_date(d: &Deadline) -> String {
    d.due.strftime("%A, %-d %B %Y, %H:%M").to_string()
}

/// Renders the acknowledgement of a new ticket: the office's `acknowledgement` template, then the
/// headers every mail carries, in reply to the request.
pub fn acknowledgement(
    ack: &Acknowledgement<'_>,
    now: Timestamp,
) -> Result<RenderedMail, RenderError> {
    let office = ack.office;
    let reference = ack.reference.to_string();
    let err = |message: String| RenderError {
        reference: reference.clone(),
        message,
    };
    let name = ack
        .citizen_name
        .map(|n| clean_line(n, 60))
        .filter(|n| !n.is_empty());
    let original = clean_line(ack.original_subject, 80);
    let service = match (ack.service, ack.deadline) {
        (Some(service), Some(deadline)) => Some(context! {
            code => service.code.clone(),
            name_bn => service.name_bn.clone(),
            name_en => service.name_en.clone(),
            working_days => deadline.working_days,
            due_bn => format!(
                "{} {}",
                bangla::date(deadline.due.date()),
                bangla::time_of_day(deadline.due.time())
            ),
            due_en => english_date(deadline),
        }),
        _ => None,
    };
    let (subject, text) = words(
        office,
        "acknowledgement",
        &reference,
        context! {
            reference => reference.clone(),
            name => name.clone(),
            subject => original,
            service => service,
        },
    )?;
    let id = message_id(ack.reference, "ack", office.address.domain(), now);

    let raw = build(
        &Outgoing {
            office,
            to: ack.citizen,
            to_name: name.as_deref(),
            subject: &subject,
            text: &text,
            message_id: &id,
            in_reply_to: ack.original_message_id,
            references: ack.original_references,
        },
        now,
    )
    .map_err(err)?;
    Ok(RenderedMail {
        message_id: id,
        subject,
        text,
        raw,
    })
}

/// A mail's subject and text from the office's templates (see [`crate::templates`]), with
/// `office` added to `context`. Every value in `context` is cleaned by the caller.
pub(crate) fn words(
    office: &OfficeConfig,
    mail: &str,
    reference: &str,
    context: minijinja::Value,
) -> Result<(String, String), RenderError> {
    // What every template sees as `office`.
    let view = context! {
        code => office.code.clone(),
        name_bn => office.name_bn.clone(),
        name_en => office.name_en.clone(),
        address => office.address.as_str(),
        officer_name => office.officer_name.clone(),
        officer_name_bn => office.officer_name_bn.clone(),
        officer_email => office.officer_email.as_str(),
        officer_phone => office.officer_phone.clone(),
        timezone => office.timezone_name.clone(),
    };
    let context = context! { office => view, ..context };
    office
        .templates
        .render_mail(&office.code, mail, &context)
        .map_err(|e| {
            tracing::error!(office = %office.code, mail, error.message = %e, "a mail template failed");
            RenderError {
                reference: reference.to_string(),
                message: e.to_string(),
            }
        })
}

/// Everything about one outgoing mail except its words.
pub struct Outgoing<'a> {
    /// The office whose address and name send it.
    pub office: &'a OfficeConfig,
    /// The recipient.
    pub to: &'a EmailAddress,
    /// The recipient's display name, already cleaned; `None`: the bare address.
    pub to_name: Option<&'a str>,
    /// The subject, already rendered.
    pub subject: &'a str,
    /// The plain-text body, already rendered.
    pub text: &'a str,
    /// Without angle brackets.
    pub message_id: &'a str,
    /// The mail this answers (without brackets), and its References.
    pub in_reply_to: Option<&'a str>,
    /// The References of the mail this answers; the last eight, then `in_reply_to`, are sent.
    pub references: &'a [String],
}

/// Builds the bytes of a plain-text UTF-8 mail from the office, with the headers every
/// sebadesk mail carries. Headers are lettre's typed headers: nothing here is spliced text.
pub fn build(m: &Outgoing<'_>, now: Timestamp) -> Result<Vec<u8>, String> {
    let (subject, text) = withhold_tokens(m);
    let from = Mailbox::new(
        Some(m.office.name_en.clone()),
        m.office
            .address
            .as_str()
            .parse()
            .map_err(|e| format!("office address: {e}"))?,
    );
    let to = Mailbox::new(
        m.to_name
            .map(|n| clean_line(n, 60))
            .filter(|n| !n.is_empty()),
        m.to.as_str()
            .parse()
            .map_err(|e| format!("recipient address: {e}"))?,
    );
    let mut builder = Message::builder()
        .from(from)
        .to(to)
        .subject(subject.as_ref())
        .message_id(Some(format!("<{}>", m.message_id)))
        .date(SystemTime::try_from(now).unwrap_or_else(|_| SystemTime::now()))
        .raw_header(HeaderValue::new(
            HeaderName::new_from_ascii_str("Auto-Submitted"),
            "auto-replied".into(),
        ))
        .raw_header(HeaderValue::new(
            HeaderName::new_from_ascii_str("X-Auto-Response-Suppress"),
            "All".into(),
        ))
        .raw_header(HeaderValue::new(
            HeaderName::new_from_ascii_str(LOOP_HEADER),
            m.office.code.clone(),
        ));
    if let Some(original) = m.in_reply_to.and_then(safe_message_id) {
        builder = builder.in_reply_to(original.clone());
        // RFC 5322 §3.6.4: the parent's References (the last few suffice) then the parent.
        let mut refs: Vec<String> = m
            .references
            .iter()
            .rev()
            .take(8)
            .rev()
            .filter_map(|r| safe_message_id(r))
            .collect();
        refs.push(original);
        builder = builder.references(refs.join(" "));
    }
    let message = builder
        .header(ContentType::TEXT_PLAIN)
        .body(text.into_owned())
        .map_err(|e| e.to_string())?;
    Ok(message.formatted())
}

/// The subject and text a recipient may see. A ticket's token authenticates the officer's
/// commands, so a mail to anyone but the officer (citizen, supervisor, any future kind) loses
/// every `REF/TOKEN`'s token here, where all mail is built, and the removal is logged.
fn withhold_tokens<'m>(m: &Outgoing<'m>) -> (Cow<'m, str>, Cow<'m, str>) {
    if m.office.officer_email.same_as(m.to.as_str()) {
        return (Cow::Borrowed(m.subject), Cow::Borrowed(m.text));
    }
    let subject = crate::triage::officer::withhold_handles(m.subject);
    let text = crate::triage::officer::withhold_handles(m.text);
    if subject.is_some() || text.is_some() {
        tracing::warn!(
            message_id = m.message_id,
            "ticket token withheld from a mail not addressed to the officer"
        );
    }
    (
        subject.map_or(Cow::Borrowed(m.subject), Cow::Owned),
        text.map_or(Cow::Borrowed(m.text), Cow::Owned),
    )
}

/// The resolution notice to the citizen: Bangla first, then English, threaded to their mail.
#[allow(clippy::too_many_arguments)] // each is one visible part of the notice
pub fn resolution(
    office: &OfficeConfig,
    reference: &TicketRef,
    citizen: &EmailAddress,
    citizen_name: Option<&str>,
    original_subject: &str,
    original_message_id: Option<&str>,
    note: Option<&str>,
    now: Timestamp,
) -> Result<RenderedMail, RenderError> {
    let err = |message: String| RenderError {
        reference: reference.to_string(),
        message,
    };
    let name = citizen_name
        .map(|n| clean_line(n, 60))
        .filter(|n| !n.is_empty());
    let original = clean_line(original_subject, 80);
    // The note may come from an e-mail command: line breaks stay, controls do not.
    let note = note
        .map(crate::text::safety::block)
        .map(|n| n.trim().to_string())
        .filter(|n| !n.is_empty());
    let (subject, text) = words(
        office,
        "resolution",
        &reference.to_string(),
        context! {
            reference => reference.to_string(),
            name => name.clone(),
            subject => original,
            note => note,
        },
    )?;
    let id = message_id(reference, "resolved", office.address.domain(), now);
    let raw = build(
        &Outgoing {
            office,
            to: citizen,
            to_name: name.as_deref(),
            subject: &subject,
            text: &text,
            message_id: &id,
            in_reply_to: original_message_id,
            references: &[],
        },
        now,
    )
    .map_err(err)?;
    Ok(RenderedMail {
        message_id: id,
        subject,
        text,
        raw,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sla::Calendar;
    use jiff::civil::{Weekday, time};

    fn office() -> OfficeConfig {
        OfficeConfig {
            code: "MEL".into(),
            name_bn: "উপজেলা আইসিটি অফিস, মেলান্দহ, জামালপুর".into(),
            name_en: "Upazila ICT Office, Melandaha, Jamalpur".into(),
            address: EmailAddress::parse("ict.melandaha@office.test").unwrap(),
            officer_name: "Upazila ICT Officer".into(),
            officer_name_bn: "উপজেলা আইসিটি অফিসার".into(),
            officer_email: EmailAddress::parse("officer@office.test").unwrap(),
            officer_phone: "+880 1000-000123".into(),
            timezone: jiff::tz::db().get("Asia/Dhaka").unwrap(),
            timezone_name: "Asia/Dhaka".into(),
            primary: true,
            templates: crate::templates::Templates::shipped(),
        }
    }

    fn service() -> Service {
        Service {
            code: "web-portal".into(),
            name_bn: "ওয়েব পোর্টাল হালনাগাদ করার বিষয়ে সহায়তা প্রদান".into(),
            name_en: "Support for updating the office web portal".into(),
            sla_working_days: 3,
        }
    }

    fn render(service: Option<&Service>, name: Option<&str>, id: Option<&str>) -> RenderedMail {
        let office = office();
        let now: Timestamp = "2026-11-29T04:00:00Z".parse().unwrap(); // Sunday 10:00 Dhaka
        let cal = Calendar::new(
            office.timezone.clone(),
            vec![Weekday::Friday, Weekday::Saturday],
            time(17, 0, 0, 0),
        );
        let deadline = cal.deadline(now, 3);
        let reference = TicketRef {
            office: "MEL".into(),
            year: 2026,
            seq: 1,
        };
        let citizen = EmailAddress::parse("citizen1@example.test").unwrap();
        let refs = vec!["older@example.test".to_string()];
        acknowledgement(
            &Acknowledgement {
                office: &office,
                reference: &reference,
                service,
                deadline: service.map(|_| &deadline),
                citizen: &citizen,
                citizen_name: name,
                original_subject: "ইউপি ওয়েব পোর্টাল হালনাগাদ",
                original_message_id: id,
                original_references: &refs,
            },
            now,
        )
        .unwrap()
    }

    #[test]
    fn bangla_first_then_english_with_bengali_digits() {
        let s = service();
        let m = render(Some(&s), Some("রহিম উদ্দিন"), Some("abc@example.test"));
        let bn_at = m.text.find("টিকিট নম্বর: MEL-2026-000001").unwrap();
        let en_at = m.text.find("Ticket number: MEL-2026-000001").unwrap();
        assert!(bn_at < en_at, "Bangla comes first");
        assert!(m.text.starts_with("প্রিয় রহিম উদ্দিন,"));
        assert!(m.text.contains("সেবা: ওয়েব পোর্টাল হালনাগাদ করার বিষয়ে সহায়তা প্রদান"));
        assert!(
            m.text
                .contains("সেবা প্রদানের সময়সীমা: ৩ কার্যদিবস, ২ ডিসেম্বর ২০২৬, বুধবার বিকাল ৫টা-এর মধ্যে"),
            "{}",
            m.text
        );
        assert!(m.text.contains("ফোন: +৮৮০ ১০০০-০০০১২৩"));
        assert!(
            m.text
                .contains("Service: Support for updating the office web portal")
        );
        assert!(m.text.contains("Charter deadline: 3 working days, by Wednesday, 2 December 2026, 17:00 (Asia/Dhaka)"), "{}", m.text);
        assert!(m.subject.contains("[MEL-2026-000001]"));
    }

    #[test]
    fn headers_thread_and_stop_loops() {
        let s = service();
        let m = render(Some(&s), None, Some("abc@example.test"));
        let raw = String::from_utf8(m.raw.clone()).unwrap();
        assert!(raw.contains("Auto-Submitted: auto-replied\r\n"));
        assert!(raw.contains("X-Auto-Response-Suppress: All\r\n"));
        assert!(raw.contains("X-Sebadesk-Loop: MEL\r\n"));
        assert!(raw.contains("In-Reply-To: <abc@example.test>\r\n"));
        assert!(raw.contains("References: <older@example.test> <abc@example.test>\r\n"));
        assert!(m.message_id.starts_with("sebadesk.MEL-2026-000001.ack."));
        assert!(m.message_id.ends_with("@office.test"));
        assert_eq!(
            crate::domain::ticket_of_our_message_id(&m.message_id)
                .unwrap()
                .seq,
            1
        );
        // the parsed mail decodes back to the same Bangla text
        let parsed = crate::mail::parse::parse(&m.raw).unwrap();
        assert!(parsed.subject.starts_with("[MEL-2026-000001] আবেদন গৃহীত"));
        assert!(parsed.text.contains("প্রিয় সেবাপ্রার্থী,"));
    }

    #[test]
    fn hostile_ids_are_not_echoed_and_no_service_says_so() {
        let m = render(
            None,
            Some("x\r\nBcc: victim@example.test"),
            Some("a@b\r\nBcc: v@example.test"),
        );
        let raw = String::from_utf8(m.raw.clone()).unwrap();
        assert!(!raw.contains("In-Reply-To"));
        assert!(!raw.to_ascii_lowercase().contains("\r\nbcc:"));
        assert!(m.text.contains("দায়িত্বপ্রাপ্ত কর্মকর্তা"));
        assert!(!m.text.contains("Charter deadline"));
    }

    #[test]
    fn a_token_reaches_only_the_officer() {
        let office = office();
        let now: Timestamp = "2026-11-29T04:00:00Z".parse().unwrap();
        let reference = TicketRef::parse("MEL-2026-000030").unwrap();
        let note = "প্রজেক্টর ঠিক [MEL-২০২৬-০০০০৩০/k3x9mn2pqr] done";
        let citizen = EmailAddress::parse("citizen1@example.test").unwrap();
        let m = resolution(
            &office,
            &reference,
            &citizen,
            None,
            "x",
            None,
            Some(note),
            now,
        )
        .unwrap();
        let parsed = crate::mail::parse::parse(&m.raw).unwrap();
        assert!(!parsed.text.contains("k3x9mn2pqr"), "{}", parsed.text);
        assert!(parsed.text.contains("প্রজেক্টর ঠিক [MEL-২০২৬-০০০০৩০] done"));
        let mail = |to: &EmailAddress| {
            build(
                &Outgoing {
                    office: &office,
                    to,
                    to_name: None,
                    subject: "[MEL-2026-000030/k3x9mn2pqr] x",
                    text: note,
                    message_id: "a@office.test",
                    in_reply_to: None,
                    references: &[],
                },
                now,
            )
            .unwrap()
        };
        let supervisor = EmailAddress::parse("dc@office.test").unwrap();
        let to_supervisor = crate::mail::parse::parse(&mail(&supervisor)).unwrap();
        assert!(!to_supervisor.subject.contains("k3x9mn2pqr"));
        assert!(!to_supervisor.text.contains("k3x9mn2pqr"));
        let to_officer = crate::mail::parse::parse(&mail(&office.officer_email)).unwrap();
        assert!(to_officer.subject.contains("MEL-2026-000030/k3x9mn2pqr"));
        assert!(to_officer.text.contains("k3x9mn2pqr"));
    }

    /// Bidi controls in a display name would reorder the `To:` name and the greeting
    /// (`Rahim\u{202E}gpj.exe`); they are dropped like control characters.
    #[test]
    fn bidi_controls_never_reach_the_to_name_or_the_body() {
        let m = render(None, Some("Rahim\u{202E}gpj.exe\u{2066}x\u{2069}"), None);
        let bidi = |s: &str| s.chars().any(crate::text::safety::is_bidi_control);
        assert!(!bidi(&m.text), "{:?}", m.text);
        let parsed = mail_parser::MessageParser::default().parse(&m.raw).unwrap();
        let to = parsed.to().and_then(|a| a.first()).unwrap();
        let name = to.name().unwrap_or_default();
        assert_eq!(name, "Rahimgpj.exex");
        assert!(m.text.starts_with("প্রিয় Rahimgpj.exex,"), "{}", m.text);
    }
}

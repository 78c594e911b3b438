//! Mails to the officer (and the supervisor): reminders, overdue alerts, escalations, the
//! morning digest, and confirmations of e-mail commands. Bangla first, then English.
//!
//! Each per-ticket mail to the officer carries `[REF/TOKEN]` in its subject: the token
//! authenticates the officer's reply commands (see [`crate::triage::officer`]), so it goes only to
//! the officer; the supervisor's escalation names the reference alone.

use jiff::Timestamp;

use super::render::{Outgoing, RenderError, RenderedMail, build, message_id};
use crate::config::OfficeConfig;
use crate::domain::{EmailAddress, TicketRef};
use crate::text::bangla;

/// What the officer needs to know about one ticket.
#[derive(Debug, Clone)]
pub struct TicketLine {
    pub reference: TicketRef,
    pub token: String,
    pub service_bn: Option<String>,
    pub service_en: Option<String>,
    pub citizen: String,
    pub subject: String,
    /// The deadline in the office time zone, if the ticket has one.
    pub due: Option<jiff::ZonedDateTime>,
}

/// How much of a citizen-supplied field an officer mail repeats: enough to recognise the
/// request, bounded so that a 5 MB subject does not make a 10 MB notice.
pub const ECHO_MAX_CHARS: usize = 200;

impl TicketLine {
    /// `REF/TOKEN`, or the reference alone when the line carries no token.
    pub(super) fn handle(&self) -> String {
        if self.token.is_empty() {
            self.reference.to_string()
        } else {
            format!("{}/{}", self.reference, self.token)
        }
    }

    /// The same line without its token, for readers who do not act by token (the supervisor).
    fn without_token(&self) -> TicketLine {
        TicketLine {
            token: String::new(),
            ..self.clone()
        }
    }

    /// The citizen's subject as officer mails show it: one line, cut (see
    /// [`crate::text::safety`]).
    pub(super) fn subject_line(&self, max_chars: usize) -> String {
        crate::text::safety::one_line(&self.subject, max_chars)
    }

    fn citizen_line(&self) -> String {
        crate::text::safety::one_line(&self.citizen, ECHO_MAX_CHARS)
    }

    pub(super) fn bn(&self) -> String {
        let due = self
            .due
            .as_ref()
            .map(|d| {
                format!(
                    "{} {}",
                    bangla::date(d.date()),
                    bangla::time_of_day(d.time())
                )
            })
            .unwrap_or_else(|| "সময়সীমা নির্ধারিত হয়নি".into());
        format!(
            "{} — {} — {} — {} — সময়সীমা: {}",
            self.handle(),
            self.service_bn.as_deref().unwrap_or("সেবা নির্ধারিত হয়নি"),
            self.citizen_line(),
            self.subject_line(ECHO_MAX_CHARS),
            due
        )
    }

    pub(super) fn en(&self) -> String {
        let due = self
            .due
            .as_ref()
            .map(|d| d.strftime("%a %-d %b %Y %H:%M").to_string())
            .unwrap_or_else(|| "no deadline yet".into());
        format!(
            "{} — {} — {} — {} — due {}",
            self.handle(),
            self.service_en.as_deref().unwrap_or("service not set"),
            self.citizen_line(),
            self.subject_line(ECHO_MAX_CHARS),
            due
        )
    }
}

/// The kinds of per-ticket officer mail.
#[derive(Debug, Clone, PartialEq)]
pub enum Notice {
    /// The deadline is at closing time today.
    DueToday,
    /// Past the deadline by this many working days (0 on the day it passes).
    Overdue { working_days: u32 },
    /// Reported to the supervisor: past the deadline by this many working days.
    Escalation { working_days: u32 },
}

pub(super) const HELP_BN: &str = "এই ই-মেইলের উত্তরে প্রথম লাইনে লিখুন: #সমাধান [মন্তব্য] — নিষ্পত্তি; #উত্তর লেখা — সেবাপ্রার্থীকে উত্তর (#উত্তর --অপেক্ষা লেখা: উত্তরের অপেক্ষায় রাখা); #সেবা CODE — সেবা বদল; #নোট লেখা — নোট; #পুনরায় — আবার খোলা।";
pub(super) const HELP_EN: &str = "Reply with a first line: #resolve [note] — resolve; #reply TEXT — answer the citizen (#reply --wait: and wait for them); #service CODE — reclassify; #note TEXT — add a note; #reopen — reopen.";

#[allow(clippy::too_many_arguments)] // each is one visible part of the mail
pub(super) fn officer_mail(
    office: &OfficeConfig,
    to: &EmailAddress,
    reference: Option<&TicketRef>,
    purpose: &str,
    subject: String,
    bn: String,
    en: String,
    now: Timestamp,
) -> Result<RenderedMail, RenderError> {
    let text = format!("{bn}\n----------------------------------------\n\n{en}");
    let placeholder = TicketRef {
        office: office.code.clone(),
        year: 0,
        seq: 0,
    };
    let reference = reference.unwrap_or(&placeholder);
    let id = message_id(reference, purpose, office.address.domain(), now);
    let raw = build(
        &Outgoing {
            office,
            to,
            to_name: None,
            subject: &subject,
            text: &text,
            message_id: &id,
            in_reply_to: None,
            references: &[],
        },
        now,
    )
    .map_err(|message| RenderError {
        reference: reference.to_string(),
        message,
    })?;
    Ok(RenderedMail {
        message_id: id,
        subject,
        text,
        raw,
    })
}

pub fn notice(
    office: &OfficeConfig,
    to: &EmailAddress,
    ticket: &TicketLine,
    notice: &Notice,
    now: Timestamp,
) -> Result<RenderedMail, RenderError> {
    let (purpose, subject_bn, subject_en, line_bn, line_en) = match notice {
        Notice::DueToday => (
            "due-today",
            "মেয়াদ আজ শেষ".to_string(),
            "due today".to_string(),
            "এই আবেদনের নিষ্পত্তির সময়সীমা আজ অফিস সময় শেষে।".to_string(),
            "This request's charter deadline is at closing time today.".to_string(),
        ),
        Notice::Overdue { working_days } => (
            "overdue",
            "মেয়াদোত্তীর্ণ".to_string(),
            "overdue".to_string(),
            format!(
                "এই আবেদনের সময়সীমা পেরিয়ে গেছে ({} কার্যদিবস)।",
                bangla::digits(&working_days.to_string())
            ),
            format!("This request is past its charter deadline ({working_days} working days)."),
        ),
        Notice::Escalation { working_days } => (
            "escalation",
            "মেয়াদোত্তীর্ণ — ঊর্ধ্বতন কর্তৃপক্ষকে অবহিতকরণ".to_string(),
            "overdue, escalated".to_string(),
            format!(
                "{}-এর এই আবেদন সময়সীমার পর {} কার্যদিবস অতিক্রান্ত।",
                office.name_bn,
                bangla::digits(&working_days.to_string())
            ),
            format!(
                "This request to the {} is {working_days} working days past its charter deadline.",
                office.name_en
            ),
        ),
    };
    // The supervisor does not act by token: the escalation names the ticket only.
    let bare;
    let ticket = if matches!(notice, Notice::Escalation { .. }) {
        bare = ticket.without_token();
        &bare
    } else {
        ticket
    };
    let subject = format!(
        "[{}] {subject_bn} / {subject_en}: {}",
        ticket.handle(),
        ticket.subject_line(60)
    );
    let help = !matches!(notice, Notice::Escalation { .. });
    let bn = format!(
        "{line_bn}\n\n{}\n{}",
        ticket.bn(),
        if help {
            format!("\n{HELP_BN}\n")
        } else {
            String::new()
        }
    );
    let en = format!(
        "{line_en}\n\n{}\n{}",
        ticket.en(),
        if help {
            format!("\n{HELP_EN}\n")
        } else {
            String::new()
        }
    );
    officer_mail(
        office,
        to,
        Some(&ticket.reference),
        purpose,
        subject,
        bn,
        en,
        now,
    )
}

/// A notice to the officer that a new ticket was opened (so that they can act on it by reply).
/// `held`: why the citizen's acknowledgement is held (a doubtful request), if it is.
/// `request`: who wrote what, and why it was classified so (issue 16, see
/// [`super::conversation::RequestView`]).
/// `attachments`: the request's attachments, listed (the sender attaches those marked so).
pub fn opened(
    office: &OfficeConfig,
    to: &EmailAddress,
    ticket: &TicketLine,
    held: Option<&str>,
    request: Option<&super::conversation::RequestView>,
    attachments: &super::attachments::Listing,
    now: Timestamp,
) -> Result<RenderedMail, RenderError> {
    let subject = format!(
        "[{}] নতুন আবেদন / New request: {}",
        ticket.handle(),
        ticket.subject_line(60)
    );
    let (held_bn, held_en) = match held {
        Some(reason) => {
            let reason = crate::text::safety::one_line(reason, ECHO_MAX_CHARS);
            (
                format!(
                    "সতর্কতা: আবেদনটি সন্দেহজনক ({reason}), তাই প্রাপ্তিস্বীকারপত্র পাঠানো হয়নি। প্রেরক প্রকৃত হলে পাঠাতে: sebadesk tickets release {}\n\n",
                    ticket.reference
                ),
                format!(
                    "Caution: this request looks doubtful ({reason}), so no acknowledgement was sent. If the sender is genuine, send it with: sebadesk tickets release {}\n\n",
                    ticket.reference
                ),
            )
        }
        None => (String::new(), String::new()),
    };
    // The request itself (issue 16 point 3), then its attachments (point 5).
    let (request_bn, request_en) = request
        .map(|r| r.section(&ticket.reference))
        .map(|(bn, en)| (format!("{bn}\n"), format!("{en}\n")))
        .unwrap_or_default();
    let (files_bn, files_en) = (attachments.bn(), attachments.en());
    let (files_bn, files_en) = match files_bn.is_empty() {
        true => (files_bn, files_en),
        false => (format!("{files_bn}\n"), format!("{files_en}\n")),
    };
    let bn = format!(
        "নতুন আবেদন এসেছে।\n\n{}\n\n{request_bn}{files_bn}{held_bn}{HELP_BN}\n",
        ticket.bn()
    );
    let en = format!(
        "A new request has arrived.\n\n{}\n\n{request_en}{files_en}{held_en}{HELP_EN}\n",
        ticket.en()
    );
    officer_mail(
        office,
        to,
        Some(&ticket.reference),
        "opened",
        subject,
        bn,
        en,
        now,
    )
}

/// The morning digest: open tickets grouped by urgency.
#[allow(clippy::too_many_arguments)] // the four urgency groups are the digest
pub fn digest(
    office: &OfficeConfig,
    to: &EmailAddress,
    day: jiff::civil::Date,
    overdue: &[TicketLine],
    due_today: &[TicketLine],
    due_tomorrow: &[TicketLine],
    later: &[TicketLine],
    now: Timestamp,
) -> Result<RenderedMail, RenderError> {
    let groups: [(&str, &str, &[TicketLine]); 4] = [
        ("মেয়াদোত্তীর্ণ", "Overdue", overdue),
        ("আজ শেষ", "Due today", due_today),
        ("পরবর্তী কার্যদিবসে শেষ", "Due next working day", due_tomorrow),
        ("পরে", "Later", later),
    ];
    let total = overdue.len() + due_today.len() + due_tomorrow.len() + later.len();
    let mut bn = format!(
        "{} — খোলা আবেদন: {}টি ({})\n",
        office.name_bn,
        bangla::digits(&total.to_string()),
        bangla::date(day)
    );
    let mut en = format!(
        "{} — open requests: {total} ({})\n",
        office.name_en,
        day.strftime("%A %-d %B %Y")
    );
    for (title_bn, title_en, lines) in groups {
        bn.push_str(&format!(
            "\n{title_bn} ({}):\n",
            bangla::digits(&lines.len().to_string())
        ));
        en.push_str(&format!("\n{title_en} ({}):\n", lines.len()));
        for t in lines {
            bn.push_str(&format!("  {}\n", t.bn()));
            en.push_str(&format!("  {}\n", t.en()));
        }
    }
    bn.push_str("\nকোনো আবেদনে ব্যবস্থা নিতে উত্তরে লিখুন, যেমন: #সমাধান MEL-২০২৬-০০০০০১/টোকেন মন্তব্য\n");
    en.push_str("\nTo act on a request, reply with e.g.: #resolve MEL-2026-000001/token note\n");
    let subject = format!(
        "দৈনিক সারসংক্ষেপ / Daily digest {}: {} open, {} overdue",
        day,
        total,
        overdue.len()
    );
    officer_mail(
        office,
        to,
        None,
        &format!("digest-{day}"),
        subject,
        bn,
        en,
        now,
    )
}

/// The answer to the officer's e-mail commands. `ticket`: the one ticket acted on and its
/// next token, put in the subject (and the Message-ID) so that a reply to the answer works.
pub fn confirmation(
    office: &OfficeConfig,
    to: &EmailAddress,
    ticket: Option<(&TicketRef, &str)>,
    results: &[(String, String)],
    now: Timestamp,
) -> Result<RenderedMail, RenderError> {
    let bn = format!(
        "আপনার নির্দেশনার ফলাফল:\n{}",
        results
            .iter()
            .map(|(bn, _)| format!("  {bn}\n"))
            .collect::<String>()
    );
    let en = format!(
        "The result of your commands:\n{}",
        results
            .iter()
            .map(|(_, en)| format!("  {en}\n"))
            .collect::<String>()
    );
    let subject = match ticket {
        Some((reference, token)) => {
            format!("[{reference}/{token}] নির্দেশনা গৃহীত / Commands processed")
        }
        None => "নির্দেশনা গৃহীত / Commands processed".into(),
    };
    officer_mail(
        office,
        to,
        ticket.map(|(r, _)| r),
        "confirm",
        subject,
        bn,
        en,
        now,
    )
}

/// An alert that intake or sending has been failing for a while.
pub fn health_alert(
    office: &OfficeConfig,
    to: &EmailAddress,
    component: &str,
    since: &str,
    error: &str,
    now: Timestamp,
) -> Result<RenderedMail, RenderError> {
    // `imap:ISL` is office ISL's mailbox: the alert goes to that office's officer.
    let (what_bn, what_en) = match component.split(':').next().unwrap_or(component) {
        "imap" => (
            "অফিসের মেইলবক্স থেকে ই-মেইল পড়া যাচ্ছে না",
            "sebadesk cannot read the office mailbox",
        ),
        "smtp" => (
            "প্রাপ্তিস্বীকার ও অন্যান্য ই-মেইল পাঠানো যাচ্ছে না",
            "sebadesk cannot send acknowledgements and other mail",
        ),
        other => (other, other),
    };
    let error = crate::text::safety::one_line(error, 300);
    let bn = format!(
        "সতর্কতা: {what_bn} ({since} থেকে)।\nসর্বশেষ ত্রুটি: {error}\n\nঅবস্থা দেখতে: sebadesk status\n"
    );
    let en = format!(
        "Alert: {what_en} (since {since}).\nLast error: {error}\n\nTo see the state: sebadesk status\n"
    );
    let subject = format!("সতর্কতা / Alert: {what_en}");
    officer_mail(
        office,
        to,
        None,
        &format!("health-{component}"),
        subject,
        bn,
        en,
        now,
    )
}

/// A one-time sign-in link to the web desk, to an officer, supervisor or admin. The link
/// opens a page whose button signs in (a mail scanner that opens links spends nothing).
pub fn web_sign_in(
    office: &OfficeConfig,
    to: &EmailAddress,
    url: &str,
    minutes: i64,
    now: Timestamp,
) -> Result<RenderedMail, RenderError> {
    let bn = format!(
        "sebadesk ওয়েব ডেস্কে প্রবেশের লিংক (একবার ব্যবহারযোগ্য, {} মিনিট বৈধ):\n\n{url}\n\n\
         লিংকটি খুলে \"প্রবেশ করুন\" বোতাম চাপুন। আপনি এটি না চাইলে এই ই-মেইলটি উপেক্ষা করুন।\n",
        bangla::digits(&minutes.to_string())
    );
    let en = format!(
        "Your sign-in link to the sebadesk web desk (single use, valid {minutes} minutes):\n\n{url}\n\n\
         Open it and press \"Sign in\". If you did not ask for it, ignore this mail.\n"
    );
    officer_mail(
        office,
        to,
        None,
        "web-sign-in",
        "ওয়েব ডেস্কে প্রবেশের লিংক / Web desk sign-in link".to_string(),
        bn,
        en,
        now,
    )
}

/// What an hourly limit held back (see [`crate::config::HygieneConfig`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flood {
    /// The office's acknowledgements for the hour are used up.
    Acknowledgements { limit: u32 },
    /// New-ticket notices are being held (per sender or for the office).
    Notices { limit: u32 },
}

/// Tells the officer, once an hour, that a limit is holding mail back: new tickets still
/// open, and are in `tickets list` and the next digest.
pub fn flood_alert(
    office: &OfficeConfig,
    to: &EmailAddress,
    flood: Flood,
    now: Timestamp,
) -> Result<RenderedMail, RenderError> {
    let (bn, en, subject) = match flood {
        Flood::Acknowledgements { limit } => (
            format!(
                "সতর্কতা: এক ঘণ্টায় {} টির বেশি প্রাপ্তিস্বীকারপত্র পাঠানো হয় না। এই সীমা পূর্ণ হয়েছে: \
নতুন আবেদনের টিকিট খোলা হচ্ছে, কিন্তু এই ঘণ্টায় আর প্রাপ্তিস্বীকারপত্র যাবে না। \
জাল প্রেরকের ঠিকানায় ই-মেইলের বন্যা হতে পারে।\n\nটিকিট দেখতে: sebadesk tickets list\n",
                bangla::digits(&limit.to_string())
            ),
            format!(
                "Alert: at most {limit} acknowledgements go out in an hour, and this hour's are used up: \
new requests still open tickets, but get no acknowledgement until the hour has passed. \
This can be a flood of mail with forged senders.\n\nTo see the tickets: sebadesk tickets list\n"
            ),
            "সতর্কতা / Alert: acknowledgement limit reached".to_string(),
        ),
        Flood::Notices { limit } => (
            format!(
                "অনেক নতুন টিকিট আসছে: এক ঘণ্টায় {} টির বেশি (বা একই প্রেরকের কয়েকটির বেশি) নতুন টিকিটের \
আলাদা নোটিশ পাঠানো হয় না। বাকি টিকিটগুলো পরের দৈনিক সারসংক্ষেপে থাকবে।\n\nটিকিট দেখতে: sebadesk tickets list\n",
                bangla::digits(&limit.to_string())
            ),
            format!(
                "Many new tickets: at most {limit} new-ticket notices go out in an hour (and a few per sender). \
The others are in the next digest.\n\nTo see the tickets: sebadesk tickets list\n"
            ),
            "নতুন টিকিটের নোটিশ স্থগিত / New-ticket notices held".to_string(),
        ),
    };
    let purpose = match flood {
        Flood::Acknowledgements { .. } => "ack-budget",
        Flood::Notices { .. } => "notice-flood",
    };
    officer_mail(office, to, None, purpose, subject, bn, en, now)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn office() -> OfficeConfig {
        OfficeConfig {
            code: "MEL".into(),
            name_bn: "উপজেলা আইসিটি অফিস, মেলান্দহ, জামালপুর".into(),
            name_en: "Upazila ICT Office, Melandaha, Jamalpur".into(),
            address: EmailAddress::parse("ict.melandaha@office.test").unwrap(),
            officer_name: String::new(),
            officer_email: EmailAddress::parse("officer@office.test").unwrap(),
            officer_phone: String::new(),
            timezone: jiff::tz::db().get("Asia/Dhaka").unwrap(),
            timezone_name: "Asia/Dhaka".into(),
            primary: true,
        }
    }

    fn line(subject: String) -> TicketLine {
        TicketLine {
            reference: TicketRef {
                office: "MEL".into(),
                year: 2026,
                seq: 7,
            },
            token: "tok".into(),
            service_bn: None,
            service_en: None,
            citizen: "citizen1@example.test".into(),
            subject,
            due: None,
        }
    }

    /// A 5.5 MB subject once made a 9.57 MB notice; raw CR/LF from it forged body lines.
    #[test]
    fn the_new_ticket_notice_is_bounded_and_one_line_per_field() {
        let office = office();
        let now: Timestamp = "2026-11-29T04:00:00Z".parse().unwrap();
        let subject = format!(
            "lab\r\nMEL-2026-000001/forged #resolve\u{1b}[2J\u{202E}{}",
            "x".repeat(5_500_000)
        );
        let m = opened(
            &office,
            &office.officer_email,
            &line(subject),
            None,
            None,
            &Default::default(),
            now,
        )
        .unwrap();
        println!(
            "notice for a 5.5 MB subject: raw {} bytes, text {} bytes",
            m.raw.len(),
            m.text.len()
        );
        assert!(
            m.raw.len() < 16 * 1024,
            "raw notice is {} bytes",
            m.raw.len()
        );
        assert!(
            !m.text
                .lines()
                .any(|l| l.starts_with("MEL-2026-000001/forged")),
            "a forged line: {}",
            m.text
        );
        assert!(!m.text.contains('\u{1b}') && !m.text.contains('\u{202E}'));
        assert!(!m.text.contains('\r'));
        assert!(m.text.contains("lab MEL-2026-000001/forged #resolve [2J"));
        assert!(m.text.contains('…'));
        assert!(!m.subject.contains('\r') && !m.subject.contains('\n'));
    }
}

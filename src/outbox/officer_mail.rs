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
    /// The ticket.
    pub reference: TicketRef,
    /// The ticket's reply token, put in the subject as `[REF/TOKEN]` so the officer's reply can
    /// carry commands; empty where the mail goes to someone else (the supervisor).
    pub token: String,
    /// The service's name in Bangla; `None` while the ticket has no service.
    pub service_bn: Option<String>,
    /// The service's name in English; `None` while the ticket has no service.
    pub service_en: Option<String>,
    /// The citizen's address, as shown to the officer.
    pub citizen: String,
    /// The request's subject (cut to [`ECHO_MAX_CHARS`] when shown).
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

impl TicketLine {
    /// What the templates see as `ticket`.
    pub(super) fn view(&self) -> minijinja::Value {
        minijinja::context! {
            reference => self.reference.to_string(),
            handle => self.handle(),
            token => self.token.clone(),
            service_bn => self.service_bn.clone(),
            service_en => self.service_en.clone(),
            citizen => self.citizen_line(),
            subject => self.subject_line(ECHO_MAX_CHARS),
            subject_short => self.subject_line(60),
            line_bn => self.bn(),
            line_en => self.en(),
        }
    }
}

/// The kinds of per-ticket officer mail.
#[derive(Debug, Clone, PartialEq)]
pub enum Notice {
    /// The deadline is at closing time today.
    DueToday,
    /// Past the deadline by this many working days (0 on the day it passes).
    Overdue {
        /// Working days past the deadline.
        working_days: u32,
    },
    /// Reported to the supervisor: past the deadline by this many working days.
    Escalation {
        /// Working days past the deadline (more than `reminders.escalate_after`).
        working_days: u32,
    },
}

pub(super) fn officer_mail(
    office: &OfficeConfig,
    to: &EmailAddress,
    reference: Option<&TicketRef>,
    purpose: &str,
    (subject, text): (String, String),
    now: Timestamp,
) -> Result<RenderedMail, RenderError> {
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

/// Renders one per-ticket reminder (due today, overdue) for the officer, or the escalation for the
/// supervisor, which names the ticket without its token.
pub fn notice(
    office: &OfficeConfig,
    to: &EmailAddress,
    ticket: &TicketLine,
    notice: &Notice,
    now: Timestamp,
) -> Result<RenderedMail, RenderError> {
    let (purpose, working_days) = match notice {
        Notice::DueToday => ("due-today", 0),
        Notice::Overdue { working_days } => ("overdue", *working_days),
        Notice::Escalation { working_days } => ("escalation", *working_days),
    };
    // The supervisor does not act by token: the escalation names the ticket only.
    let bare;
    let ticket = if matches!(notice, Notice::Escalation { .. }) {
        bare = ticket.without_token();
        &bare
    } else {
        ticket
    };
    let reference = ticket.reference.to_string();
    let words = super::render::words(
        office,
        purpose,
        &reference,
        minijinja::context! {
            ticket => ticket.view(),
            working_days => working_days,
        },
    )?;
    officer_mail(office, to, Some(&ticket.reference), purpose, words, now)
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
    let held = held.map(|reason| crate::text::safety::one_line(reason, ECHO_MAX_CHARS));
    // The request itself (issue 16 point 3), then its attachments (point 5).
    let request = request.map(|r| {
        let (bn, en) = r.section(&ticket.reference);
        minijinja::context! { section_bn => bn, section_en => en }
    });
    let words = super::render::words(
        office,
        "opened",
        &ticket.reference.to_string(),
        minijinja::context! {
            ticket => ticket.view(),
            held => held,
            request => request,
            attachments => minijinja::context! {
                bn => attachments.bn(),
                en => attachments.en(),
            },
        },
    )?;
    officer_mail(office, to, Some(&ticket.reference), "opened", words, now)
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
    let groups: Vec<minijinja::Value> = groups
        .iter()
        .map(|(title_bn, title_en, lines)| {
            minijinja::context! {
                title_bn => *title_bn,
                title_en => *title_en,
                tickets => lines.iter().map(TicketLine::view).collect::<Vec<_>>(),
            }
        })
        .collect();
    let words = super::render::words(
        office,
        "digest",
        &office.code,
        minijinja::context! {
            day => day.to_string(),
            day_bn => bangla::date(day),
            day_en => day.strftime("%A %-d %B %Y").to_string(),
            total => total,
            overdue => overdue.len(),
            groups => groups,
        },
    )?;
    officer_mail(office, to, None, &format!("digest-{day}"), words, now)
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
    let results: Vec<minijinja::Value> = results
        .iter()
        .map(|(bn, en)| minijinja::context! { bn => bn, en => en })
        .collect();
    let words = super::render::words(
        office,
        "confirmation",
        &office.code,
        minijinja::context! {
            ticket => ticket.map(|(reference, token)| minijinja::context! {
                reference => reference.to_string(),
                token => token,
            }),
            results => results,
        },
    )?;
    officer_mail(office, to, ticket.map(|(r, _)| r), "confirm", words, now)
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
    let kind = component.split(':').next().unwrap_or(component);
    let words = super::render::words(
        office,
        "health-alert",
        &office.code,
        minijinja::context! {
            kind => crate::text::safety::one_line(kind, 80),
            component => crate::text::safety::one_line(component, 80),
            since => crate::text::safety::one_line(since, 80),
            error => crate::text::safety::one_line(error, 300),
        },
    )?;
    officer_mail(office, to, None, &format!("health-{component}"), words, now)
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
    let words = super::render::words(
        office,
        "web-sign-in",
        &office.code,
        minijinja::context! { url => url, minutes => minutes },
    )?;
    officer_mail(office, to, None, "web-sign-in", words, now)
}

/// Tells the officer that the supervisor took a ticket over (issue 17, "escalate to self"):
/// who, and why. The officer keeps the ticket's `REF/TOKEN` (the mail is theirs alone).
pub fn escalated(
    office: &OfficeConfig,
    to: &EmailAddress,
    ticket: &TicketLine,
    supervisor: &str,
    reason: &str,
    now: Timestamp,
) -> Result<RenderedMail, RenderError> {
    let words = super::render::words(
        office,
        "escalated-to-supervisor",
        &ticket.reference.to_string(),
        minijinja::context! {
            ticket => ticket.view(),
            supervisor => crate::text::safety::one_line(supervisor, ECHO_MAX_CHARS),
            reason => crate::text::safety::one_line(reason, 1000),
        },
    )?;
    officer_mail(office, to, Some(&ticket.reference), "escalated", words, now)
}

/// What an hourly limit held back (see [`crate::config::HygieneConfig`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flood {
    /// The office's acknowledgements for the hour are used up.
    Acknowledgements {
        /// `hygiene.ack_limit_per_hour`, shown in the alert.
        limit: u32,
    },
    /// New-ticket notices are being held (per sender or for the office).
    Notices {
        /// The limit that held them, shown in the alert.
        limit: u32,
    },
}

/// Tells the officer, once an hour, that a limit is holding mail back: new tickets still
/// open, and are in `tickets list` and the next digest.
pub fn flood_alert(
    office: &OfficeConfig,
    to: &EmailAddress,
    flood: Flood,
    now: Timestamp,
) -> Result<RenderedMail, RenderError> {
    let (mail, purpose, limit) = match flood {
        Flood::Acknowledgements { limit } => ("ack-limit-alert", "ack-budget", limit),
        Flood::Notices { limit } => ("notice-flood-alert", "notice-flood", limit),
    };
    let words = super::render::words(
        office,
        mail,
        &office.code,
        minijinja::context! { limit => limit },
    )?;
    officer_mail(office, to, None, purpose, words, now)
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
            officer_name_bn: String::new(),
            officer_email: EmailAddress::parse("officer@office.test").unwrap(),
            officer_phone: String::new(),
            timezone: jiff::tz::db().get("Asia/Dhaka").unwrap(),
            timezone_name: "Asia/Dhaka".into(),
            primary: true,
            templates: crate::templates::Templates::shipped(),
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

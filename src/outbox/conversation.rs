//! The mails of the conversation on a ticket (issue 16): the officer's reply to the citizen,
//! the automatic status answer, the officer's follow-up notice, and the request as the
//! officer's new-ticket notice shows it. Pure, like [`super::render`]: the caller passes the
//! time and everything shown. Bangla first, then English.
//!
//! Citizen text shown to the officer is the *new* text (quoted history and `-- ` signatures
//! stripped, see [`excerpt`]), without control or bidi characters, and cut with a note.

use jiff::{Timestamp, ZonedDateTime};

use super::officer_mail::{TicketLine, officer_mail};
use super::render::{Outgoing, RenderError, RenderedMail, build, message_id};
use crate::config::OfficeConfig;
use crate::domain::{EmailAddress, TicketRef};
use crate::text::bangla;
use crate::text::safety::{block, one_line};

/// How much of a citizen's text an officer notice repeats.
pub const EXCERPT_MAX_CHARS: usize = 3000;

/// A citizen's text as an officer notice shows it: the new text only (quoted history and
/// signatures stripped), safe characters, blank-line runs collapsed, at most `max_chars`
/// characters. The flag says whether it was cut.
pub fn excerpt(body: &str, max_chars: usize) -> (String, bool) {
    let own = crate::classify::normalize::strip_quoted_and_signature(body);
    let safe = block(&own);
    let mut lines: Vec<&str> = Vec::new();
    for line in safe.lines().map(str::trim_end) {
        if line.is_empty() && lines.last().is_none_or(|l| l.is_empty()) {
            continue;
        }
        lines.push(line);
    }
    while lines.last().is_some_and(|l| l.is_empty()) {
        lines.pop();
    }
    let text = lines.join("\n");
    match text.char_indices().nth(max_chars) {
        None => (text, false),
        Some((end, _)) => (text[..end].to_string(), true),
    }
}

/// The note under a cut text, in both languages.
fn cut_note(reference: &TicketRef) -> String {
    format!(
        "[… লেখাটি দীর্ঘ, এখানে সংক্ষেপিত; পুরোটা দেখতে / text cut here; to read it all: sebadesk tickets show {reference}]"
    )
}

/// Indents a block of citizen text so that it reads as quoted, apart from our own lines.
/// Spaces only: a `|` margin made our parser (and any reader that checks for Bijoy text) take
/// the notice for Bijoy (`|` is Bijoy's দাঁড়ি) and "convert" the `[REF/TOKEN]` of the subject
/// of the officer's reply, which then carried no command. (A command is only read from the
/// top of the officer's own text, never from a quoted notice.)
fn indented(text: &str) -> String {
    text.lines()
        .map(|l| format!("    {l}\n"))
        .collect::<String>()
}

/// The officer's reply to the citizen. The text is the officer's own, once (it is in the
/// language they wrote it in), inside a Bangla-then-English frame with the ticket number;
/// threaded to the citizen's latest mail.
pub struct Reply<'a> {
    /// The office that answers.
    pub office: &'a OfficeConfig,
    /// The ticket answered.
    pub reference: &'a TicketRef,
    /// The citizen's address.
    pub citizen: &'a EmailAddress,
    /// The citizen's name as their mail gave it (cleaned here); `None`: addressed as citizen.
    pub citizen_name: Option<&'a str>,
    /// The subject of the citizen's mail, repeated in ours.
    pub subject: &'a str,
    /// The officer's words (already checked for length).
    pub text: &'a str,
    /// Whether the ticket now waits for the citizen's answer.
    pub wait: bool,
    /// The citizen's latest mail (without brackets) and its References.
    pub in_reply_to: Option<&'a str>,
    /// The References of the citizen's latest mail.
    pub references: &'a [String],
}

/// Renders the officer's reply as a mail to the citizen, with the office's `reply` template.
pub fn reply(r: &Reply<'_>, now: Timestamp) -> Result<RenderedMail, RenderError> {
    let office = r.office;
    let reference = r.reference;
    let name = r
        .citizen_name
        .map(|n| one_line(n, 60))
        .filter(|n| !n.is_empty());
    let (subject, text) = super::render::words(
        office,
        "reply",
        &reference.to_string(),
        minijinja::context! {
            reference => reference.to_string(),
            name => name.clone(),
            subject => one_line(r.subject, 60),
            text => block(r.text).trim(),
            wait => r.wait,
        },
    )?;
    citizen_mail(
        office,
        reference,
        r.citizen,
        name.as_deref(),
        "reply",
        subject,
        text,
        (r.in_reply_to, r.references),
        now,
    )
}

#[allow(clippy::too_many_arguments)] // each is one visible part of the mail
fn citizen_mail(
    office: &OfficeConfig,
    reference: &TicketRef,
    to: &EmailAddress,
    to_name: Option<&str>,
    purpose: &str,
    subject: String,
    text: String,
    (in_reply_to, references): (Option<&str>, &[String]),
    now: Timestamp,
) -> Result<RenderedMail, RenderError> {
    let id = message_id(reference, purpose, office.address.domain(), now);
    let raw = build(
        &Outgoing {
            office,
            to,
            to_name,
            subject: &subject,
            text: &text,
            message_id: &id,
            in_reply_to,
            references,
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

/// What the automatic status answer says: nothing internal (no notes, no tokens).
#[derive(Debug, Clone)]
pub struct StatusView {
    /// The service's name in Bangla; `None` while the ticket has no service.
    pub service_bn: Option<String>,
    /// The service's name in English; `None` while the ticket has no service.
    pub service_en: Option<String>,
    /// Where the ticket stands.
    pub status: crate::domain::TicketStatus,
    /// The deadline in the office's time zone; `None` when there is none (no service, or not
    /// counted while waiting).
    pub due: Option<ZonedDateTime>,
    /// The last thing done that the citizen may know, and when, in both languages.
    pub last_action: Option<(ZonedDateTime, String, String)>,
}

/// The automatic answer to a citizen's status request.
#[allow(clippy::too_many_arguments)] // each is one visible part of the mail
pub fn status_answer(
    office: &OfficeConfig,
    reference: &TicketRef,
    citizen: &EmailAddress,
    subject: &str,
    view: &StatusView,
    in_reply_to: Option<&str>,
    references: &[String],
    now: Timestamp,
) -> Result<RenderedMail, RenderError> {
    let due = view.due.as_ref().map(|d| {
        minijinja::context! {
            bn => format!("{} {}", bangla::date(d.date()), bangla::time_of_day(d.time())),
            en => d.strftime("%A, %-d %B %Y, %H:%M").to_string(),
        }
    });
    let service = match (&view.service_bn, &view.service_en) {
        (Some(bn), Some(en)) => Some(minijinja::context! { name_bn => bn, name_en => en }),
        _ => None,
    };
    let last_action = view.last_action.as_ref().map(|(at, bn, en)| {
        minijinja::context! {
            what_bn => one_line(bn, 200),
            what_en => one_line(en, 200),
            date_bn => bangla::date(at.date()),
            date_en => at.strftime("%-d %B %Y").to_string(),
        }
    });
    let (subject, text) = super::render::words(
        office,
        "status-answer",
        &reference.to_string(),
        minijinja::context! {
            reference => reference.to_string(),
            subject => one_line(subject, 60),
            service => service,
            status => view.status.as_str(),
            due => due,
            last_action => last_action,
        },
    )?;
    citizen_mail(
        office,
        reference,
        citizen,
        None,
        "status",
        subject,
        text,
        (in_reply_to, references),
        now,
    )
}

/// How many follow-ups one notice shows (the latest).
pub const MAX_FOLLOWUPS_SHOWN: usize = 10;

/// One follow-up of the citizen, as the officer's notice shows it.
#[derive(Debug, Clone)]
pub struct FollowupItem {
    /// When the follow-up arrived, in the office's time zone.
    pub at: ZonedDateTime,
    /// Who wrote it, as the From header said (cleaned when shown).
    pub from: String,
    /// The new text (see [`excerpt`]) and whether it was cut.
    pub text: String,
    /// Whether `text` was cut at [`EXCERPT_MAX_CHARS`].
    pub cut: bool,
}

/// The officer's notice of a citizen's follow-up(s): the new text of each (the later ones
/// batched into one notice by the per-ticket limit), and `[REF/TOKEN]` in the subject so a
/// reply to it can carry commands. `attachments`: the follow-ups' attachments, listed (the
/// sender attaches those marked so, as on the new-ticket notice); empty, the notice is as
/// it was before follow-ups carried attachments.
pub fn followup_notice(
    office: &OfficeConfig,
    to: &EmailAddress,
    ticket: &TicketLine,
    items: &[FollowupItem],
    attachments: &super::attachments::Listing,
    now: Timestamp,
) -> Result<RenderedMail, RenderError> {
    let n = items.len();
    // A long batch (a chatty thread while the officer was told once) shows its latest few:
    // the notice stays small, the rest is on the ticket.
    let shown = &items[n.saturating_sub(MAX_FOLLOWUPS_SHOWN)..];
    let items: Vec<minijinja::Value> = shown
        .iter()
        .map(|item| {
            let text = indented(&item.text);
            minijinja::context! {
                at_bn => format!("{} {}", bangla::date(item.at.date()), bangla::time_of_day(item.at.time())),
                at_en => item.at.strftime("%Y-%m-%d %H:%M").to_string(),
                from => one_line(&item.from, super::officer_mail::ECHO_MAX_CHARS),
                text => text.strip_suffix('\n').unwrap_or(&text),
                cut => item.cut,
            }
        })
        .collect();
    let words = super::render::words(
        office,
        "followup",
        &ticket.reference.to_string(),
        minijinja::context! {
            ticket => ticket.view(),
            count => n,
            not_shown => n - shown.len(),
            items => items,
            attachments => minijinja::context! {
                bn => attachments.bn(),
                en => attachments.en(),
            },
        },
    )?;
    officer_mail(office, to, Some(&ticket.reference), "followup", words, now)
}

/// The request as the officer's new-ticket notice shows it: who wrote, what (the new text),
/// and why the classifier put it where it did.
#[derive(Debug, Clone, Default)]
pub struct RequestView {
    /// The citizen's name as their mail gave it; `None` when the mail had none.
    pub citizen_name: Option<String>,
    /// The new text (see [`excerpt`]) and whether it was cut.
    pub text: String,
    /// Whether `text` was cut at [`EXCERPT_MAX_CHARS`].
    pub cut: bool,
    /// The classifier's confidence in its choice, 0 to 1 (shown as a percentage).
    pub confidence: f64,
    /// The classifier's reasons, most telling first (at most [`MAX_REASONS`] are shown).
    pub reasons: Vec<String>,
}

/// How many of the classifier's reasons a notice shows.
pub const MAX_REASONS: usize = 5;

impl RequestView {
    /// The section of the new-ticket notice, Bangla and English halves (the citizen's text
    /// is shown once, in the first half: it is in whatever language they wrote).
    pub fn section(&self, reference: &TicketRef) -> (String, String) {
        let name = self
            .citizen_name
            .as_deref()
            .map(|n| one_line(n, 80))
            .filter(|n| !n.is_empty());
        let mut text = if self.text.is_empty() {
            "    (লেখা নেই / no text)\n".to_string()
        } else {
            indented(&self.text)
        };
        if self.cut {
            text.push_str(&format!("  {}\n", cut_note(reference)));
        }
        let reasons: String = self
            .reasons
            .iter()
            .take(MAX_REASONS)
            .map(|r| format!("  - {}\n", shown_reason(r)))
            .collect();
        let pct = (self.confidence * 100.0).round().clamp(0.0, 100.0) as u32;
        let bn = format!(
            "সেবাপ্রার্থীর নাম: {}\nআবেদনের লেখা (উদ্ধৃত পুরনো ই-মেইল ও স্বাক্ষর বাদে):\n{text}\nশ্রেণিকরণের নিশ্চয়তা: {}% (কারণ ইংরেজি অংশে)\n",
            name.as_deref().unwrap_or("(নাম নেই)"),
            bangla::digits(&pct.to_string())
        );
        let en = format!(
            "Citizen's name: {} (the request's text is in the first half above)\nClassified with confidence {pct}% because:\n{}",
            name.as_deref().unwrap_or("(no name)"),
            if reasons.is_empty() {
                "  - (no reasons recorded)\n".to_string()
            } else {
                reasons
            }
        );
        (bn, en)
    }
}

/// A classifier reason as the officer's notice shows it: one line, and the model's list of
/// features left out (its sound keys — runs of ASCII consonants in «» — made the notice read
/// as Bijoy, and our parser then "converted" the `[REF/TOKEN]` in the subject of the
/// officer's reply; `sebadesk classify FILE` shows them all).
fn shown_reason(reason: &str) -> String {
    let reason = match reason.split_once("; for ") {
        Some((head, _)) if reason.starts_with("model") => head,
        _ => reason,
    };
    let plain: String = reason.chars().filter(|c| !matches!(c, '«' | '»')).collect();
    one_line(&plain, 200)
}

#[cfg(test)]
#[path = "conversation_tests.rs"]
mod tests;

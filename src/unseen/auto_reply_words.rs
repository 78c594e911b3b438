//! Auto-replies that carry no RFC 3834 header, recognised by their words.
//!
//! Out-of-office notices, "this mailbox is no longer monitored", and other helpdesks'
//! receipts ("your mail has been received, we will reply within 3 days") often come from
//! mail systems that set no `Auto-Submitted`. Acknowledging them starts a loop between two
//! robots. The danger on the other side is a citizen who writes "the headmaster is on leave,
//! please help us set up the lab": a request, not an auto-reply.
//!
//! So no single word decides. Only the text the sender wrote now counts (quoted lines and
//! everything below a quote header are dropped: our own acknowledgement, quoted back, says
//! "your e-mail has been received"). A rule needs a family of words in a strong position
//! (the subject or the first lines), a short text, and no sign of a request (a question, a
//! plea for help, a problem).

mod phrases;

use super::{fold, lower, prefix};
use crate::mail::ParsedMail;
use phrases::*;

/// Longer than this (in characters), a text is a letter, not a notice.
const SHORT_NOTICE: usize = 600;

/// The first [`MARKERS`] label in `body` that stands as a label.
fn marker(body: &str) -> Option<&'static str> {
    MARKERS
        .occurrences(body)
        .into_iter()
        .find(|&(_, at)| {
            let before = body[..at].trim_end();
            before.is_empty() || before.ends_with(['.', '।', '!', ':', ')', ']', '-'])
        })
        .map(|(i, _)| MARKERS.list()[i])
}

/// Why `mail` is an auto-reply by its words, if it is one.
pub fn auto_reply_by_words(mail: &ParsedMail) -> Option<String> {
    // Every rule below wants a short notice: a writer's text with more letters than that is
    // a letter whatever it says, and is not lowered or searched at all (a 256 KB body cost
    // as much as a short one before).
    let body = fold(&writer_text(&mail.text, SHORT_NOTICE)?);
    let short = body.chars().count() <= SHORT_NOTICE;
    if !short || REQUEST.first(&body).is_some() {
        return None;
    }
    let subject = lower(&mail.subject);
    let folded_subject = fold(&subject);
    let opening = prefix(&body, 600);
    let subject_word = SUBJECTS.first(&subject);
    let auto_subject = AUTO_SUBJECTS.first(&folded_subject);
    let declared = DECLARED.first(&body).or_else(|| marker(&body));

    if let Some(t) = TROUBLE.first(&body) {
        // "I can't read mail now" or "if anything is needed, call X" inside a notice that
        // says it is automatic and that its writer is away: the notice, not a request.
        let said = declared.or(auto_subject)?;
        let away = AWAY
            .first(opening)
            .or_else(|| NO_LONGER_USED.first(opening))
            .or_else(|| WILL_RESPOND.first(&body))
            .or_else(|| LATER.first(&body))?;
        return Some(format!(
            "says it is automatic ({said:?}) and away ({away:?}); {t:?} belongs to the notice"
        ));
    }
    if let Some(p) = declared.or_else(|| SELF_DECLARED.first(&body)) {
        return Some(format!("says it is automatic: {p:?}"));
    }
    if let Some(p) = NO_LONGER_USED.first(opening) {
        return Some(format!("address no longer used: {p:?}"));
    }
    if let Some(p) = AWAY.first(opening) {
        return Some(format!("away notice: {p:?}"));
    }
    if let Some(s) = auto_subject {
        return Some(format!("auto-reply subject {s:?} over a short notice"));
    }
    let receipt = RECEIPT.first(&body);
    let closing = DO_NOT_REPLY.first(&body);
    if let (Some(r), Some(other)) = (receipt, closing.or(subject_word)) {
        return Some(format!("another desk's receipt: {r:?} and {other:?}"));
    }
    // A receipt in other words: "we have received your e-mail" and a promise of an answer.
    let received = RECEIVED.first(&body)?;
    let promise = WILL_RESPOND.first(&body)?;
    Some(format!(
        "an automatic receipt: {received:?} and {promise:?}"
    ))
}

/// What the sender wrote now: lines before the first quote header, without `>` lines.
pub fn new_text(text: &str) -> String {
    writer_text(text, usize::MAX).unwrap_or_default()
}

/// [`new_text`], or `None` as soon as it holds more than `max_letters` characters other than
/// whitespace (folding never shortens a text, so it could not be a short notice).
fn writer_text(text: &str, max_letters: usize) -> Option<String> {
    const QUOTE_HEADERS: &[&str] = &[
        "-----original message-----",
        "-----মূল বার্তা-----",
        "---------- forwarded message",
        "________________________________",
    ];
    let mut out = String::new();
    let mut letters = 0usize;
    for line in text.lines() {
        let l = lower(line.trim());
        let wrote = (l.starts_with("on ") && l.ends_with("wrote:")) || l.ends_with("লিখেছেন:");
        if wrote || QUOTE_HEADERS.iter().any(|h| l.starts_with(h)) {
            break;
        }
        if l.starts_with('>') {
            continue;
        }
        letters += line.chars().filter(|c| !c.is_whitespace()).count();
        if letters > max_letters {
            return None;
        }
        out.push_str(line);
        out.push('\n');
    }
    Some(out)
}

#[cfg(test)]
#[path = "auto_reply_words_tests.rs"]
mod tests;

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

use super::{Phrases, fold, lower, prefix};
use crate::intake::ParsedMail;

/// Longer than this (in characters), a text is a letter, not a notice.
const SHORT_NOTICE: usize = 600;

/// The sender says the mail is automatic.
static SELF_DECLARED: Phrases = Phrases::folded(&[
    "this is an automatic reply",
    "this is an automatic message",
    "this is an automated response",
    "this is an automated message",
    "this is an automatic response",
    "automatically generated message",
    "this message is sent automatically",
    "this message was sent automatically",
    "this message was generated automatically",
    "(automatic message)",
    "automatic reply.",
    "ei mail automatic",
    "eta automatic reply",
    "automatic message",
    "স্বয়ংক্রিয় বার্তা",
    "স্বয়ংক্রিয় উত্তর",
    "স্বয়ংক্রিয় বার্তা",
    "স্বয়ংক্রিয় উত্তর",
]);

/// The address is dead.
static NO_LONGER_USED: Phrases = Phrases::folded(&[
    "no longer monitored",
    "no longer in use",
    "no longer active",
    "no longer being monitored",
    "is not monitored",
    "আর ব্যবহার হয় না",
    "আর ব্যবহার করা হয় না",
    "আর ব্যবহৃত হয় না",
    "ar bebohar kora hoy na",
    "ar use kora hoy na",
]);

/// The writer is away (first person, or the office is closed).
static AWAY: Phrases = Phrases::folded(&[
    "i am out of office",
    "i am out of the office",
    "i am out of the country",
    "i am on leave",
    "i'm on leave",
    "i am away",
    "i'm away",
    "i am currently away",
    "i'm currently away",
    "i am currently out",
    "i'm currently travelling",
    "i am currently travelling",
    "i'm currently traveling",
    "i am travelling",
    "limited access to email",
    "limited access to e-mail",
    "limited connectivity",
    "i will be back",
    "i'll be back",
    "will return on",
    "will be back on",
    "when i'm back",
    "when i am back",
    "office is closed",
    "office will remain closed",
    "will remain closed",
    "ছুটিতে আছি",
    "ছুটিতে রয়েছি",
    "অফিসের বাইরে আছি",
    "অবস্থান করছি",
    "ছুটি শেষে",
    "অফিসে ফিরে",
    "মেইল পরে দেখবো",
    "পরে দেখবো",
    "ekhon bairer deshe achi",
    "chutite achi",
    "chhutite achi",
    "mail check korbo",
    "mail pore dekhbo",
    "reply dibo",
    "firbo",
]);

/// Another desk's receipt.
static RECEIPT: Phrases = Phrases::folded(&[
    "your request has been logged",
    "your message has been received",
    "your email has been received",
    "your e-mail has been received",
    "we have received your",
    "we received your",
    "confirm that we have received",
    "has been received",
    "will respond within",
    "will reply within",
    "get back to you within",
    "reference number",
    "ticket number",
    "পৌঁছেছে",
    "উত্তর দেওয়া হবে",
    "উত্তর দেওয়া হয়",
    "রেফারেন্স নম্বর",
    "mail peyechi",
]);

/// The sender asks not to be answered.
static DO_NOT_REPLY: Phrases = Phrases::folded(&[
    "do not reply",
    "please don't reply",
    "replies are not monitored",
    "unattended mailbox",
    "উত্তর দেবেন না",
]);

/// Subjects of auto-replies that the header rules in triage do not know.
static SUBJECTS: Phrases = Phrases::folded(&[
    "automatic response",
    "away:",
    "auto:",
    "out of office",
    "on leave",
    "holiday notice",
    "office closed",
    "address change",
    "ঠিকানা পরিবর্তন",
    "no longer monitored",
    "we have received your",
    "thank you for your message",
    "thank you for contacting",
    "আপনার ই-মেইল পেয়েছি",
    "আপনার অনুরোধ গৃহীত হয়েছে",
    "mail peyechi",
]);

/// Signs that the writer wants something: any of them keeps the mail a request.
static REQUEST: Phrases = Phrases::folded(&[
    "?",
    "？",
    "please help",
    "help us",
    "help me",
    "can you",
    "could you",
    "would you",
    "kindly",
    "i need",
    "we need",
    "not working",
    "problem",
    "please set",
    "please fix",
    "please update the",
    "please update our",
    "please reset",
    "please check",
    "request you",
    "সাহায্য",
    "সহায়তা",
    "সহযোগিতা",
    "অনুরোধ করছি",
    "অনুরোধ রইল",
    "করে দিন",
    "করে দেবেন",
    "সমস্যা",
    "হচ্ছে না",
    "কাজ করছে না",
    "জানাবেন",
    "জানতে চাই",
    "দরকার",
    "help korben",
    "kore den",
    "kore diben",
    "korte chai",
    "somossa",
    "hocche na",
    "hochche na",
    "kaj korche na",
    "janaben",
    "dorkar",
]);

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
    let opening = prefix(&body, 600);
    let subject_word = SUBJECTS.first(&subject);

    if let Some(p) = SELF_DECLARED.first(&body) {
        return Some(format!("says it is automatic: {p:?}"));
    }
    if let Some(p) = NO_LONGER_USED.first(opening) {
        return Some(format!("address no longer used: {p:?}"));
    }
    if let Some(p) = AWAY.first(opening) {
        return Some(format!("away notice: {p:?}"));
    }
    let receipt = RECEIPT.first(&body);
    let closing = DO_NOT_REPLY.first(&body);
    match (receipt, closing.or(subject_word)) {
        (Some(r), Some(other)) => Some(format!("another desk's receipt: {r:?} and {other:?}")),
        _ => None,
    }
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
mod tests {
    use super::*;

    fn is_auto(subject: &str, text: &str) -> bool {
        let m = ParsedMail {
            subject: subject.into(),
            text: text.into(),
            ..Default::default()
        };
        auto_reply_by_words(&m).is_some()
    }

    #[test]
    fn out_of_office_in_english_bangla_and_banglish() {
        assert!(is_auto(
            "Re: Wrong phone number on website",
            "I'm currently travelling with limited connectivity. I will get back to you as soon as possible.\n\nSent from my phone"
        ));
        assert!(is_auto(
            "Re: Training",
            "আসসালামু আলাইকুম। আমি ২৬ তারিখ পর্যন্ত মাতৃত্বকালীন ছুটিতে আছি। জরুরি হলে রবিউলকে ফোন করুন।"
        ));
        assert!(is_auto(
            "Auto reply",
            "ami ekhon bairer deshe achi (hajj), january te firbo. jorori hole amar chhele ke phone korun."
        ));
        assert!(is_auto(
            "x",
            "I am on leave until 20 December. For urgent matters please contact the engineer.\n\n> Your e-mail has been received. Ticket: MEL-2026-000087"
        ));
    }

    #[test]
    fn dead_mailboxes_and_other_desks_receipts() {
        assert!(is_auto(
            "This mailbox is no longer monitored",
            "This mailbox is no longer monitored. Please send your message to contact@new.example."
        ));
        assert!(is_auto(
            "ঠিকানা পরিবর্তন",
            "এই ই-মেইল ঠিকানাটি আর ব্যবহার করা হয় না। নতুন ঠিকানা: up@up.example.test"
        ));
        assert!(is_auto(
            "আপনার অনুরোধ গৃহীত হয়েছে",
            "প্রিয় গ্রাহক, আপনার ই-মেইল আমাদের গ্রাহক সেবা কেন্দ্রে পৌঁছেছে। রেফারেন্স নম্বর: CS-2026-120554। এই ই-মেইলের উত্তর দেবেন না।"
        ));
        assert!(is_auto(
            "We have received your request [#SR-771204]",
            "Your request has been logged with reference number SR-771204. Our team will get back to you within 3 working days."
        ));
        assert!(is_auto(
            "auto: apnar mail peyechi",
            "apnar mail peyechi. kal shokale reply dibo. (automatic message)"
        ));
    }

    #[test]
    fn requests_that_mention_leave_or_receipts_stay_requests() {
        assert!(!is_auto(
            "lab setup",
            "The headmaster is on leave, please help us set up the lab."
        ));
        assert!(!is_auto(
            "ছুটিতে থাকাকালীন দায়িত্ব",
            "আমি ছুটিতে আছি, এই সময়ে ই-নথিতে অতিরিক্ত দায়িত্ব কীভাবে দেবো জানাবেন।"
        ));
        assert!(!is_auto(
            "lab",
            "ami chutite achi, kintu lab er projector kaj korche na, help korben"
        ));
        assert!(!is_auto(
            "I am away but",
            "I am away until Monday. Can you reset the e-Nothi password for our clerk?"
        ));
        // Our acknowledgement quoted under a thank-you is the citizen's follow-up.
        assert!(!is_auto(
            "Re: x",
            "ধন্যবাদ, ল্যাবের বিষয়টি দেখবেন।\n\n> আপনার ই-মেইলটি গৃহীত হয়েছে। উত্তর দেওয়া হবে।"
        ));
        assert!(!is_auto(
            "website",
            "Our union website has been down since Monday. This mailbox is monitored by the secretary."
        ));
    }

    /// A writer's text longer than a notice is given up on as soon as it is (it used to be
    /// lowered, collapsed and searched whole, up to 256 KB, to come to the same answer).
    #[test]
    fn a_long_letter_is_not_read_past_the_length_of_a_notice() {
        let notice = "I am on leave until 20 December.";
        assert!(is_auto("x", notice));
        assert_eq!(
            writer_text(notice, SHORT_NOTICE).as_deref(),
            Some("I am on leave until 20 December.\n")
        );
        let letter = format!("{notice}\n").repeat(8 * 1024);
        assert_eq!(writer_text(&letter, SHORT_NOTICE), None);
        assert!(!is_auto("x", &letter));
        // Quoted lines do not count: a short notice above a long quote is still one.
        let above_quote = format!("{notice}\n{}", "> quoted line\n".repeat(4096));
        assert!(is_auto("x", &above_quote));
    }

    #[test]
    fn new_text_drops_quotes() {
        let t = new_text("new words\n> quoted\nOn Mon, A wrote:\nold words");
        assert_eq!(t, "new words\n");
    }
}

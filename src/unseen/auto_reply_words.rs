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
use crate::mail::ParsedMail;

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
    "automatic reply.",
    "ei mail automatic",
    "eta automatic reply",
    "automatic message",
    "স্বয়ংক্রিয় বার্তা",
    "স্বয়ংক্রিয় উত্তর",
    "স্বয়ংক্রিয় বার্তা",
    "স্বয়ংক্রিয় উত্তর",
    "this is an auto-reply",
    "this is an auto reply",
    "this is an autoreply",
    "this is an auto-generated",
    "this is an automatically generated",
    "auto-generated message",
    "auto-generated response",
    "automated response",
    "automatic notification",
    "এটি একটি স্বয়ংক্রিয়",
    "এটি স্বয়ংক্রিয়",
    "স্বয়ংক্রিয়ভাবে পাঠানো",
    "স্বয়ংক্রিয়ভাবে তৈরি",
    "স্বয়ংক্রিয় প্রতিউত্তর",
    "অটো রিপ্লাই",
    "অটো-রিপ্লাই",
    "eti ekti automatic",
    "eta ekta automatic",
    "eta ekta auto reply",
    "eta auto reply",
    "auto reply message",
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
    "not monitored",
    "not being monitored",
    "no longer checked",
    "not read regularly",
    "no longer with",
    "আর ব্যবহৃত হচ্ছে না",
    "আর ব্যবহার করা হচ্ছে না",
    "নিয়মিত দেখা হয় না",
    "আর দেখা হয় না",
    "ar babohar kora hoy na",
    "ar byabohar kora hoy na",
    "ar beboher kora hoy na",
    "ar check kora hoy na",
    "ar dekha hoy na",
    // The address was closed or replaced, or its owner left.
    "no longer in service",
    "has been deactivated",
    "has been discontinued",
    "mailbox is inactive",
    "address is inactive",
    "account is inactive",
    "no longer works here",
    "has left the organisation",
    "has left the organization",
    "please write to our new address",
    "our new address",
    "my new address",
    "বন্ধ করে দেওয়া হয়েছে",
    "আর সক্রিয় নয়",
    "নতুন ঠিকানায় লিখুন",
    "নতুন ঠিকানায় মেইল",
    "বদলি হয়েছি",
    "ei address ar",
    "ei mail ar",
    "notun address e",
    "notun mail e",
    "bodli hoyechi",
    // The mailbox itself ("this …") is closed, or nobody reads what reaches it.
    "this account has been closed",
    "this account is closed",
    "this mailbox has been closed",
    "this mailbox is closed",
    "this address has been closed",
    "this address is closed",
    "this email address has been closed",
    "this e-mail address has been closed",
    "not read by anyone",
    "will not be read",
    "won't be read",
    "are not read by",
    "is not read by",
    "এই অ্যাকাউন্টটি বন্ধ",
    "এই ঠিকানাটি বন্ধ",
    "এই ই-মেইল ঠিকানাটি বন্ধ",
    "এই ইমেইল ঠিকানাটি বন্ধ",
    "মেইল কেউ পড়ে না",
    "মেইল পড়া হয় না",
    "মেইল পড়া হবে না",
    "ei account bondho",
    "ei address bondho",
    "mail keu pore na",
    "mail pora hoy na",
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
    "i am on vacation",
    "i'm on vacation",
    "i am on holiday",
    "i'm on holiday",
    "on annual leave",
    "currently on leave",
    "on leave until",
    "on leave from",
    "on leave till",
    "out of station",
    "i'm out of the office",
    "i'm out of office",
    "i will be out of",
    "i will be away",
    "i'll be away",
    "i will be on leave",
    "away from the office",
    "away from my desk",
    "currently out of the office",
    "currently out of office",
    "no access to email",
    "no access to e-mail",
    "no access to my email",
    "limited access to my email",
    "upon my return",
    "on my return",
    "when i return",
    "after i return",
    "after my return",
    "in my absence",
    "during my absence",
    "ছুটিতে থাকব",
    "ছুটিতে থাকবো",
    "ছুটিতে আছেন",
    "অফিসের বাইরে",
    "স্টেশনের বাইরে",
    "দেশের বাইরে আছি",
    "ফিরে এসে",
    "ফিরে উত্তর",
    "আমার অনুপস্থিতিতে",
    "অনুপস্থিত থাকব",
    "অনুপস্থিত থাকবো",
    "chhutite thakbo",
    "chutite thakbo",
    "chuti te achi",
    "chhuti te achi",
    "office er baire",
    "offic er baire",
    "station er baire",
    "desher baire achi",
    "fire eshe",
    "amar onupasthitite",
    "amar onuposthitite",
    // Training, travel, leave of other kinds.
    "back in the office on",
    "back in office on",
    "return to the office on",
    "on maternity leave",
    "on medical leave",
    "on sick leave",
    "attending a training",
    "attending training",
    "in a training until",
    "প্রশিক্ষণে আছি",
    "প্রশিক্ষণে থাকব",
    "মাতৃত্বকালীন ছুটিতে",
    "অসুস্থতাজনিত ছুটিতে",
    "পর্যন্ত ছুটিতে",
    "পর্যন্ত অফিসে থাকব না",
    "training e achi",
    "training e thakbo",
    "porjonto chutite",
    "porjonto chhutite",
    "office e thakbo na",
    "offline thakbo",
]);

/// That the mail has been received (by another desk or person's system).
static RECEIVED: Phrases = Phrases::folded(&[
    "we have received your",
    "we received your",
    "we've received your",
    "has been received",
    "have been received",
    "was received",
    "is received",
    "has been forwarded to",
    "has been logged",
    "has been registered",
    "ticket has been created",
    "thank you for contacting",
    "thanks for contacting",
    "thank you for writing to",
    "আপনার ই-মেইল পেয়েছি",
    "আপনার ইমেইল পেয়েছি",
    "আপনার মেইল পেয়েছি",
    "আপনার বার্তা পেয়েছি",
    "আপনার মেইলটি পেয়েছি",
    "আপনার বার্তাটি পেয়েছি",
    "গৃহীত হয়েছে",
    "পৌঁছেছে",
    "গ্রহণ করা হয়েছে",
    "mail peyechi",
    "email peyechi",
    "message peyechi",
    "mail pelam",
    "grihito hoyeche",
]);

/// A promise of an answer later, as automatic receipts make it.
static WILL_RESPOND: Phrases = Phrases::folded(&[
    "will respond",
    "will reply",
    "will get back to you",
    "will be answered",
    "will be responded",
    "will be in touch",
    "will contact you",
    "will be processed",
    "will be reviewed",
    "as soon as possible",
    "working days",
    "business days",
    "উত্তর দেওয়া হবে",
    "উত্তর দেয়া হবে",
    "জবাব দেওয়া হবে",
    "যোগাযোগ করা হবে",
    "জানানো হবে",
    "কার্যদিবসের মধ্যে",
    "কার্যদিবস",
    "যত দ্রুত সম্ভব",
    "reply dibo",
    "uttor debo",
    "uttor deya hobe",
    "reply deya hobe",
    "jogajog kora hobe",
    "jogajog korbo",
    "janano hobe",
]);

/// Subjects that only auto-replies carry: with a short notice and no request, they decide.
static AUTO_SUBJECTS: Phrases = Phrases::folded(&[
    "automatic reply",
    "auto reply",
    "auto-reply",
    "autoreply",
    "auto response",
    "auto-response",
    "automatic response",
    "out of office",
    "out of the office",
    "স্বয়ংক্রিয় উত্তর",
    "স্বয়ংক্রিয় বার্তা",
    "স্বয়ংক্রিয় প্রতিউত্তর",
    "স্বয়ংক্রিয় প্রত্যুত্তর",
    "স্বয়ংক্রিয় প্রতুত্তর",
    "স্বয়ংক্রিয় জবাব",
    "স্বয়ংক্রিয় রিপ্লাই",
    "স্বয়ংক্রিয় ইমেইল",
    "স্বয়ংক্রিয় ই-মেইল",
    "স্বয়ংক্রিয় মেইল",
    "স্বয়ংক্রিয় প্রতিক্রিয়া",
    "স্বয়ংক্রিয়ভাবে পাঠানো",
    "অটো রিপ্লাই",
    "অটো-রিপ্লাই",
    "অটো উত্তর",
    "অটো রেসপন্স",
    "ছুটিতে আছি",
    "automatic message",
    "automated reply",
    "automated response",
    "auto message",
    "auto-message",
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

/// Signs that the writer wants something: a question, a plea, an ask. Any of them keeps the
/// mail a request.
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
    "জানাবেন",
    "জানতে চাই",
    "help korben",
    "kore den",
    "kore diben",
    "korte chai",
    "janaben",
    "how to",
    "how do",
    "how can",
    "please let me know",
    "now please",
    "কীভাবে",
    "কিভাবে",
    "চাই",
    "kivabe",
    "kibhabe",
]);

/// Words that describe a problem or a need. They keep the mail a request too, unless the
/// text both declares itself automatic and says the writer is away or will answer later (an
/// out-of-office "I can't read mail now" or "for anything needed, call X" is no request).
static TROUBLE: Phrases = Phrases::folded(&[
    "not working",
    "problem",
    "সমস্যা",
    "হচ্ছে না",
    "কাজ করছে না",
    "দরকার",
    "somossa",
    "hocche na",
    "hochche na",
    "kaj korche na",
    "dorkar",
    "যাচ্ছে না",
    "পারছি না",
    "jacche na",
    "parchi na",
    "doesn't work",
    "does not work",
    "isn't working",
    "is not working",
]);

/// The text says in so many words that a machine sent it: a marker or a sentence about the
/// mail itself, not a mention of auto-replies in passing.
static DECLARED: Phrases = Phrases::folded(&[
    "this is an automatic",
    "this is an automated",
    "this is an auto-reply",
    "this is an auto reply",
    "this is an autoreply",
    "this is an auto-generated",
    "this is an automatically generated",
    "this message is sent automatically",
    "this message was sent automatically",
    "this message was generated automatically",
    "sent automatically",
    "automatically sent",
    "automatically generated",
    "এটি একটি স্বয়ংক্রিয়",
    "এটি স্বয়ংক্রিয়",
    "স্বয়ংক্রিয়ভাবে পাঠানো",
    "স্বয়ংক্রিয়ভাবে তৈরি",
    "eti ekti automatic",
    "eta ekta automatic",
    "eta ekta auto reply",
    "eta auto reply",
    "ei mail automatic",
]);

/// A bracketed label that marks the whole mail as automatic. It counts where a label stands:
/// at the start of the text or after a sentence's end, not inside a sentence ("the (auto
/// reply) on our mail keeps answering everyone" is about one).
static MARKERS: Phrases = Phrases::folded(&[
    "(automatic message)",
    "(automatic reply)",
    "(auto-reply)",
    "(auto reply)",
    "(autoreply)",
    "(auto message)",
    "[auto-reply]",
    "[auto reply]",
    "[automatic reply]",
    "(স্বয়ংক্রিয় বার্তা)",
    "(স্বয়ংক্রিয় উত্তর)",
    "(অটো রিপ্লাই)",
]);

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

/// The writer's office is closed, or the answer comes after a date or a reopening: read only
/// beside a declaration ([`DECLARED`] or an auto-reply subject), never alone.
static LATER: Phrases = Phrases::folded(&[
    "বন্ধ থাকবে",
    "খোলার পর",
    "খোলার পরে",
    "তারিখের পর",
    "তারিখের পরে",
    "পরে উত্তর",
    "পরে যোগাযোগ",
    "bondho thakbe",
    "bondho thakbo",
    "kholar por",
    "tarikh er por",
    "tarikher por",
    "pore reply",
    "pore uttor",
    "will be closed",
    "after the office reopens",
    "when the office reopens",
    "when we reopen",
    "after that",
    "until",
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

//! Asks for a PIN, password or code addressed to the reader, not a citizen's own forgotten
//! password.

use super::reading::{
    after, around, before, first_word, has_word, is_question_at, places, sentence_break,
};
use super::*;

pub(super) const MOBILE_BANKING: &[&str] = &[
    "bkash",
    "b-kash",
    "বিকাশ",
    "nagad",
    "নগদ",
    "rocket",
    "রকেট",
    "upay",
    "mcash",
    "surecash",
];

/// What no office asks a citizen or an officer to hand over.
pub(super) static SECRETS: Phrases = Phrases::folded(&[
    "pin",
    "pin number",
    "pin code",
    "পিন",
    "otp",
    "ওটিপি",
    "one time password",
    "one-time password",
    "verification code",
    "ভেরিফিকেশন কোড",
    "যাচাই কোড",
    "গোপন নম্বর",
    "গোপন কোড",
    "password",
    "passcode",
    "পাসওয়ার্ড",
    "pasword",
    "credentials",
    "login details",
    "login credentials",
    "nid",
    "nid number",
    "national id",
    "এনআইডি",
    "জাতীয় পরিচয়পত্র",
    "পরিচয়পত্রের",
    "account number",
    "account details",
    "bank details",
    "bank account details",
    "card number",
    "cvv",
    "অ্যাকাউন্ট নম্বর",
    "হিসাব নম্বর",
]);

/// The reader addressed: "your PIN", "আপনার পিন".
pub(super) static SECOND_PERSON: Phrases = Phrases::folded(&[
    "your",
    "you",
    "apnar",
    "apnader",
    "apni",
    "আপনার",
    "আপনাদের",
    "আপনি",
    "tomar",
    "তোমার",
]);

/// The writer speaking of their own: "my password", "আমার এনআইডি".
pub(super) static FIRST_PERSON: Phrases = Phrases::folded(&[
    "my",
    "our",
    "i",
    "amar",
    "amader",
    "আমার",
    "আমাদের",
    "আমি",
    "ami",
]);

/// Acts of handing a secret over, read after a secret or with "your".
static HAND_OVER: &[&str] = &[
    "send",
    "provide",
    "share",
    "submit",
    "enter",
    "confirm",
    "verify",
    "validate",
    "update",
    "reply with",
    "type",
    "input",
    "sign in with",
    "log in with",
    "login with",
    "give",
    "পাঠান",
    "পাঠিয়ে",
    "শেয়ার",
    "জমা",
    "লিখুন",
    "লিখে",
    "দিয়ে",
    "দিন",
    "প্রদান",
    "নিশ্চিত",
    "যাচাই",
    "হালনাগাদ",
    "আপডেট",
    "উত্তরে",
    "pathan",
    "pathiye",
    "pathaben",
    "diye",
    "din",
    "diben",
    "dao",
    "likhun",
    "likhe",
    "share korun",
    "confirm korun",
    "verify korun",
    "update korun",
    "jachai",
];

pub(super) static CREDENTIAL_ASKS: Phrases = Phrases::folded(&[
    "sign in with your email password",
    "with your official email credentials",
    "re-validate your mailbox",
    "revalidate your mailbox",
    "validate your mailbox",
    "verify your mailbox",
    "confirm your identity",
    "verify your identity",
    "verify your account",
    "confirm your account",
    "update your account",
    "পরিচয় নিশ্চিত করুন",
    "অ্যাকাউন্ট যাচাই করুন",
    "account verify korun",
    "pin din",
]);

/// Asks the reader for a PIN, OTP, password, NID or account number: the secret in the second
/// person ("your PIN", "আপনার বিকাশ পিন") with an act of handing it over near it, or followed
/// directly by one ("পিন দিন", "OTP কোড দিন", "NID number pathan"), or a mobile-banking PIN at
/// all. "My password", "my NID number is …" and "send the OTP again?" are not asks.
pub(super) fn asks_for_secret(words: &Found) -> Option<Signal> {
    let text = words.text();
    if !words.hits(&SECRETS).is_empty() {
        for (secret, at, len) in places(&SECRETS, text) {
            let lead = before(text, at, 90);
            let mine = last_place(&FIRST_PERSON, lead);
            let yours =
                last_place(&SECOND_PERSON, lead).filter(|y| possessive_of_secret(&lead[*y..]));
            // The nearer possessive before the secret, if no sentence ends between.
            let owner = match (mine, yours) {
                (Some(m), Some(y)) if m > y => Some((true, m)),
                (_, Some(y)) => Some((false, y)),
                (Some(m), None) => Some((true, m)),
                _ => None,
            }
            .filter(|(_, p)| !sentence_break(&lead[*p..]));
            if owner.is_some_and(|(mine, _)| mine) {
                continue;
            }
            let tail = after(text, at + len, 40);
            let next = tail
                .split(|c: char| !c.is_alphanumeric() && c != '\u{9CD}')
                .filter(|w| !w.is_empty())
                .find(|w| !is_one_of(QUALIFIERS, w));
            // "password diye login hoy" (logs in *with* it) is not handing it over.
            let direct = next.filter(|w| is_one_of(HAND_OVER, w) && !is_one_of(INSTRUMENTAL, w));
            if let Some(verb) = direct {
                return signal(STRONG, format!("asks for {secret:?} ({verb:?})"));
            }
            let near = around(text, at, 90);
            let banking = MOBILE_BANKING.iter().find(|m| has_word(near, m));
            if matches!(
                secret,
                "pin" | "পিন" | "otp" | "ওটিপি" | "pin number" | "pin code"
            ) && let Some(m) = banking
                && !is_question_at(text, at)
            {
                return signal(STRONG, format!("asks for a mobile-banking {secret} ({m})"));
            }
            if owner.is_some()
                && let Some(verb) = HAND_OVER
                    .iter()
                    .find(|v| has_word(near, &crate::unseen::collapse(v)))
                && !is_question_at(text, at)
            {
                return signal(STRONG, format!("asks for your {secret:?} ({verb:?})"));
            }
        }
    }
    first_word(words, &CREDENTIAL_ASKS)
        .and_then(|p| signal(STRONG, format!("asks for credentials: {p:?}")))
}

/// `word` (from the folded text) is one of `list` (as written, folded here).
fn is_one_of(list: &[&str], word: &str) -> bool {
    list.iter().any(|w| crate::unseen::collapse(w) == word)
}

/// "with" more often than "give": not an ask right after a secret.
const INSTRUMENTAL: &[&str] = &["diye", "দিয়ে", "likhe", "লিখে"];

/// Words between a secret and the verb that asks for it: "পিন নম্বর দিন", "OTP code ta din".
const QUALIFIERS: &[&str] = &[
    "নম্বর",
    "নম্বরটি",
    "নাম্বার",
    "কোড",
    "কোডটি",
    "টি",
    "টা",
    "number",
    "no",
    "code",
    "ta",
    "ti",
    "and",
    "ar",
    "o",
    "ও",
    "এবং",
    "আর",
    "এখানে",
    "ekhane",
    "here",
    "below",
    "now",
    "ekhoni",
    "এখনই",
    "দ্রুত",
];

/// The last place in `text` where a phrase of `family` stands as a word.
pub(super) fn last_place(family: &Phrases, text: &str) -> Option<usize> {
    places(family, text).into_iter().map(|(_, at, _)| at).max()
}

/// `lead` runs from "your" to a secret: "your PIN", "your bKash PIN", "আপনার বিকাশ
/// অ্যাকাউন্টের পিন" (at most six words between), but not "আপনার পাঠানো OTP" ("the OTP
/// you sent", a citizen's complaint).
fn possessive_of_secret(lead: &str) -> bool {
    const SENT: &[&str] = &[
        "পাঠানো",
        "দেওয়া",
        "দেয়া",
        "sent",
        "send",
        "pathano",
        "deya",
        "dewa",
        "gave",
    ];
    let between: Vec<&str> = lead.split_whitespace().skip(1).collect();
    // A list of secrets after one "your" ("your full name, phone number, NID copy").
    between.len() <= 6 && !between.iter().any(|w| SENT.iter().any(|s| w.contains(s)))
}

//! The scam and spam stage that reads content: three outcomes, each with its reasons.
//!
//! Spam filters upstream see headers and reputation; the scams that reach a government desk
//! are written for it: a "free data" gift that wants a bKash PIN, a grant with a processing
//! fee, an e-Nothi password reset from `e-nothi-gov.example`, an SEO pitch that offers the
//! office's own services for a fee, an invoice with a ZIP. An acknowledgement to one lends a
//! scammer an official reply, or hits a forged sender (backscatter).
//!
//! Signals come in families. A *strong* family alone makes the mail [`Verdict::Doubtful`]
//! (ticket opened, acknowledgement held for the officer); two families, at least one strong,
//! make it [`Verdict::Spam`]. Words that citizens use in real requests (a password that does not
//! work, a fee they ask about, money sent to a wrong number) are not signals by themselves:
//! the families are built from *asks* ("send your PIN", "pay the fee to 01…") and from
//! forgery (a look-alike domain, a link that shows one address and goes to another).

use super::{Families, Found, Phrases, domain_of, folded_text};
use crate::intake::ParsedMail;

/// What the stage concludes, with the reasons recorded on the message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    Clean,
    /// Open the ticket, hold the acknowledgement until the officer releases it.
    Doubtful {
        reasons: Vec<String>,
    },
    /// No ticket, never answered, kept for review.
    Spam {
        reasons: Vec<String>,
    },
}

/// One family of signal that fired, with what fired it.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Signal {
    strong: bool,
    reason: String,
}

/// The verdict on `mail`; `office_domain` is the desk's own domain (its mail is never a
/// look-alike).
pub fn assess(mail: &ParsedMail, office_domain: &str) -> Verdict {
    let text = folded_text(mail);
    let words = WORDS.scan(&text);
    let signals: Vec<Signal> = [
        asks_for_secret(&words),
        asks_for_money(&words),
        lookalike_sender(mail, office_domain),
        reply_to_free_mail(mail),
        deceptive_link(mail),
        vendor_pitch(&words),
        lure_with_attachment(mail, &words),
        prize(&words),
        pressure(&words),
        harvests_contacts(&words),
    ]
    .into_iter()
    .flatten()
    .collect();
    let reasons: Vec<String> = signals.iter().map(|s| s.reason.clone()).collect();
    let strong = signals.iter().filter(|s| s.strong).count();
    match (strong, signals.len()) {
        (0, _) => Verdict::Clean,
        (_, n) if n >= 2 => Verdict::Spam { reasons },
        _ => Verdict::Doubtful { reasons },
    }
}

fn strong(reason: String) -> Option<Signal> {
    Some(Signal {
        strong: true,
        reason,
    })
}

fn weak(reason: String) -> Option<Signal> {
    Some(Signal {
        strong: false,
        reason,
    })
}

/// `word` in `text` with no letter or digit on either side (Bangla vowel signs count as
/// letters, so "পাঠান" does not match inside "পাঠানো").
fn has_word(text: &str, word: &str) -> bool {
    text.match_indices(word)
        .any(|(at, _)| is_whole_word(text, at, word.len()))
}

/// The `len` bytes at `at` of `text` have no letter or digit on either side.
fn is_whole_word(text: &str, at: usize, len: usize) -> bool {
    let before = text[..at].chars().next_back();
    let after = text[at + len..].chars().next();
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

/// The text around byte `at`, `reach` bytes each side, cut on characters.
fn around(text: &str, at: usize, reach: usize) -> &str {
    let mut start = at.saturating_sub(reach);
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    let mut end = (at + reach).min(text.len());
    while !text.is_char_boundary(end) {
        end += 1;
    }
    &text[start..end]
}

/// The folded phrase families of this stage, found in one pass over the text.
static WORDS: Families = Families::new(&[
    &CREDENTIAL_ASKS,
    &FEES,
    &PAY,
    &MOBILE_BANKING_NAMED,
    &NUMBER_TO_PAY,
    &HARVEST,
    &SERVICES,
    &PRICES,
    &PITCH,
    &LURES,
    &PRIZES,
    &PRESSURE,
]);

const MOBILE_BANKING: &[&str] = &["bkash", "বিকাশ", "nagad", "নগদ", "rocket", "রকেট"];

static CREDENTIAL_ASKS: Phrases = Phrases::raw(&[
    "sign in with your email password",
    "with your official email credentials",
    "re-validate your mailbox",
    "pin din",
]);

/// Asks for a PIN, OTP, password, NID or account number ("send", "reply with", "sign in
/// with"…), or a mobile-banking PIN at all: no office ever asks for one.
fn asks_for_secret(words: &Found) -> Option<Signal> {
    let text = words.text();
    static SECRETS: Phrases = Phrases::raw(&[
        "pin",
        "পিন",
        "otp",
        "password",
        "পাসওয়ার্ড",
        "nid",
        "এনআইডি",
        "জাতীয় পরিচয়পত্র নম্বর",
        "bank account details",
        "account number",
        "credentials",
    ]);
    const ASKS: &[&str] = &[
        "send",
        "reply",
        "পাঠান",
        "পাঠিয়ে দিন",
        "pathan",
        "লিখে উত্তর দিন",
        "উত্তরে",
        "enter",
        "sign in with",
        "log in with",
        "যাচাই করুন",
        "verify",
    ];
    // Secrets in list order, each at its whole-word places left to right: the first that
    // sits near an ask gives the reason.
    for (i, at) in SECRETS.occurrences(text) {
        let secret = SECRETS.list()[i];
        if is_whole_word(text, at, secret.len()) {
            let near = around(text, at, 90);
            if matches!(secret, "pin" | "পিন") && MOBILE_BANKING.iter().any(|m| near.contains(m))
            {
                return strong(format!("asks for a mobile-banking {secret}"));
            }
            if let Some(ask) = ASKS.iter().find(|a| has_word(near, a)) {
                return strong(format!("asks for {secret:?} ({ask:?})"));
            }
        }
    }
    words
        .first(&CREDENTIAL_ASKS)
        .and_then(|p| strong(format!("asks for credentials: {p:?}")))
}

static FEES: Phrases = Phrases::folded(&[
    "registration fee",
    "processing fee",
    "license fee",
    "licence fee",
    "renewal fee",
    "security deposit",
    "refundable deposit",
    "advance",
    "fee",
    "লাইসেন্স ফি",
    "নবায়ন ফি",
    "রেজিস্ট্রেশন ফি",
    "প্রসেসিং ফি",
    "ফি",
    "taka",
    "টাকা",
    "bdt",
    "৳",
]);

static PAY: Phrases = Phrases::folded(&[
    "please pay",
    "kindly pay",
    "pay 50%",
    "pay a one-time",
    "pay now",
    "must pay",
    "you need to pay",
    "pay by bkash",
    "pay via bkash",
    "payment accepted",
    "arrange payment",
    "জমা দিতে হবে",
    "জমা দিন",
    "আগে দিতে হবে",
    "পাঠিয়ে রসিদ",
    "ফি নগদ",
    "pathate hobe",
    "bkash korun",
    "nagad korun",
    "rocket korun",
    "tax বাবদ",
]);

static MOBILE_BANKING_NAMED: Phrases = Phrases::raw(MOBILE_BANKING);

static NUMBER_TO_PAY: Phrases = Phrases::raw(&[
    "01xxxxxxxxx",
    "০১xxxxxxxxx",
    "merchant",
    "মার্চেন্ট",
    "(personal)",
]);

/// Asks the reader to pay: a fee or an amount, together with an act of paying (pay, send,
/// deposit, a mobile-banking number to pay to). A fee asked about, or a payment that must
/// be sent without any money named, is a citizen's question.
fn asks_for_money(words: &Found) -> Option<Signal> {
    let fee = words.first(&FEES)?;
    let pay = words.first(&PAY).or_else(|| {
        let to_number =
            words.first(&MOBILE_BANKING_NAMED).is_some() && words.first(&NUMBER_TO_PAY).is_some();
        to_number.then_some("a mobile-banking number")
    })?;
    strong(format!("asks for money: {fee:?} and {pay:?}"))
}

static HARVEST: Phrases = Phrases::folded(&[
    "number diben",
    "numbers of all",
    "staff এর list পাঠান",
    "staff list",
    "সব উদ্যোক্তার নাম",
    "প্রধান শিক্ষকের mobile নম্বর",
    "প্রধান শিক্ষকের মোবাইল নম্বর",
    "student der nam",
]);

/// Asks for the phone numbers or lists of the office's staff, teachers or entrepreneurs:
/// contact harvesting, which a citizen with a request does not do.
fn harvests_contacts(words: &Found) -> Option<Signal> {
    words
        .first(&HARVEST)
        .and_then(|p| weak(format!("asks for others' contacts: {p:?}")))
}

/// Government and payment names that scammers borrow.
const BRANDS: &[&str] = &[
    "e-nothi",
    "enothi",
    "ই-নথি",
    "nothi",
    "bkash",
    "বিকাশ",
    "nagad",
    "নগদ",
    "microsoft",
    "a2i",
];

/// A sender that borrows a government or payment name from a domain that is not its own:
/// `e-nothi-gov.example`, `enothi.gov-bd.example`, "bKash Refund Center" at a free-mail host.
fn lookalike_sender(mail: &ParsedMail, office_domain: &str) -> Option<Signal> {
    let from = mail.from_address.as_deref()?;
    let domain = domain_of(from);
    if domain.is_empty() || domain == office_domain.to_ascii_lowercase() {
        return None;
    }
    // "gov" glued into a label ("e-nothi-gov", "gov-bd") rather than a label of its own.
    if let Some(label) = domain
        .split('.')
        .find(|l| l.contains("gov") && *l != "gov" && *l != "govt")
    {
        return strong(format!("look-alike government domain {domain} ({label})"));
    }
    let name = mail.from_name.as_deref().unwrap_or("").to_lowercase();
    let brand_in_name = BRANDS.iter().find(|b| name.contains(*b));
    let brand_in_domain = BRANDS.iter().find(|b| domain.contains(*b));
    match (brand_in_name, brand_in_domain) {
        (_, Some(b)) => strong(format!(
            "{b} named in a domain that is not its own: {domain}"
        )),
        (Some(b), None) => strong(format!("display name claims {b} from {domain}")),
        _ => None,
    }
}

fn is_free_mail(domain: &str) -> bool {
    const FREE: &[&str] = &[
        "gmail",
        "yahoo",
        "hotmail",
        "outlook",
        "live",
        "aol",
        "mail",
        "gmx",
        "proton",
        "protonmail",
        "yandex",
        "zoho",
        "icloud",
        "ymail",
    ];
    domain
        .split('.')
        .next()
        .is_some_and(|first| FREE.contains(&first))
}

/// Replies go to a free-mail address on another domain than the sender's.
fn reply_to_free_mail(mail: &ParsedMail) -> Option<Signal> {
    let reply = domain_of(mail.reply_to.as_deref()?);
    let from = domain_of(mail.from_address.as_deref().unwrap_or(""));
    (reply != from && is_free_mail(&reply) && !is_free_mail(&from)).then(|| Signal {
        strong: true,
        reason: format!("Reply-To at free mail {reply}, From at {from}"),
    })
}

/// The host of a URL or of a bare domain-looking text, lower case.
fn host(s: &str) -> Option<String> {
    let s = s.trim().to_ascii_lowercase();
    let rest = s
        .strip_prefix("https://")
        .or_else(|| s.strip_prefix("http://"))
        .or_else(|| s.strip_prefix("www.").map(|_| s.as_str()))
        .unwrap_or(&s);
    let h = rest.split(['/', '?', '#', ' ', ':']).next()?;
    (h.contains('.')
        && !h.contains('@')
        && h.chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-'))
    .then(|| h.trim_start_matches("www.").to_string())
}

/// A link that shows one address and goes to another, or goes to a look-alike host.
fn deceptive_link(mail: &ParsedMail) -> Option<Signal> {
    for link in &mail.links {
        let Some(target) = host(&link.href) else {
            continue;
        };
        if let Some(shown) = host(&link.text).filter(|s| *s != target) {
            // Newsletters show their own site and link through a tracker: weak. Showing a
            // government or payment host and going elsewhere is phishing: strong.
            let reason = format!("link shows {shown} but goes to {target}");
            let official = shown.ends_with(".gov.bd") || BRANDS.iter().any(|b| shown.contains(b));
            return if official {
                strong(reason)
            } else {
                weak(reason)
            };
        }
        if target
            .split('.')
            .any(|l| l.contains("gov") && l != "gov" && l != "govt")
        {
            return strong(format!("link to a look-alike government host {target}"));
        }
    }
    None
}

static SERVICES: Phrases = Phrases::folded(&[
    "web portal",
    "website",
    "ওয়েব পোর্টাল",
    "e-nothi",
    "ই-নথি",
    "digital lab",
    "ডিজিটাল ল্যাব",
    "seo",
    "google",
    "maintenance contract",
    "servicing",
    "training",
    "course",
]);

static PRICES: Phrases = Phrases::folded(&["bdt", "taka", "টাকা", "৳", "usd"]);

static PITCH: Phrases = Phrases::folded(&[
    "our team",
    "we offer",
    "package for your office",
    "special offer",
    "discount",
    "ছাড়",
    "per month",
    "প্রতি মাস",
    "reply yes",
    "commission",
    "amra",
    "আমরা",
    "group discount",
    "proti website",
]);

/// A vendor offering the office's own services (portal, e-Nothi, lab, SEO) for a price.
fn vendor_pitch(words: &Found) -> Option<Signal> {
    let service = words.first(&SERVICES)?;
    words.first(&PRICES)?;
    let pitch = words.hits(&PITCH);
    let reason = format!("vendor pitch: {service:?} for a price ({pitch:?})");
    match pitch.len() {
        0 => None,
        1 => weak(reason),
        _ => strong(reason),
    }
}

static LURES: Phrases = Phrases::folded(&[
    "invoice",
    "ইনভয়েস",
    "rfq",
    "tender documents",
    "overdue",
    "payment advice",
    "remittance",
]);

/// An invoice, RFQ or tender lure with an attachment; risky attachment types decide alone.
fn lure_with_attachment(mail: &ParsedMail, words: &Found) -> Option<Signal> {
    let lure = words.first(&LURES)?;
    let risky = mail.attachment_names.iter().find(|n| {
        let n = n.to_ascii_lowercase();
        [
            ".zip", ".rar", ".7z", ".html", ".htm", ".exe", ".js", ".iso", ".docm", ".xlsm", ".scr",
        ]
        .iter()
        .any(|e| n.ends_with(e))
    });
    let html_form = mail.part_types.iter().skip(1).any(|t| t == "text/html")
        && words.text().contains("attached html");
    match (risky, html_form) {
        (Some(name), _) => strong(format!("{lure:?} lure with attachment {name}")),
        (None, true) => strong(format!("{lure:?} lure with an HTML form")),
        _ => None,
    }
}

static PRIZES: Phrases = Phrases::folded(&[
    "you have won",
    "জিতেছে",
    "lottery",
    "লটারি",
    "ফ্রি ইন্টারনেট",
    "free internet",
    "free data",
    "বোনাস",
    "has been selected for",
    "dear beneficiary",
    "next of kin",
    "refund pending",
    "উপহার",
    "upohar",
    "job guarantee",
    "income!",
    "usd 30/hour",
    "million",
    "congratulations!",
    "অভিনন্দন!",
]);

/// Prizes, gifts, free data and grants.
fn prize(words: &Found) -> Option<Signal> {
    words
        .first(&PRIZES)
        .and_then(|p| weak(format!("prize or gift: {p:?}")))
}

static PRESSURE: Phrases = Phrases::folded(&[
    "within 24 hours",
    "within 48 hours",
    "within 72 hours",
    "২৪ ঘণ্টার মধ্যে",
    "24 ghontar moddhe",
    "আজ রাতের মধ্যে",
    "আজ রাত ১২টায়",
    "will be blocked",
    "will be locked",
    "account will be",
    "বন্ধ হয়ে যাবে",
    "বাতিল হয়ে যাবে",
    "মুছে যাবে",
    "avoid legal action",
    "seat limited",
    "aj i shesh din",
    "confidential",
    "গোপন রাখুন",
    "kauke bolben na",
    "expired today",
    "মেয়াদোত্তীর্ণ হবে",
]);

/// Deadlines and threats that push the reader to act before thinking, or secrecy.
fn pressure(words: &Found) -> Option<Signal> {
    words
        .first(&PRESSURE)
        .and_then(|p| weak(format!("pressure or secrecy: {p:?}")))
}

#[cfg(test)]
mod scam_tests;

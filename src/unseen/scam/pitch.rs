//! Calls to click, threats to an account, vendor pitches and lures with an attachment.

use super::reading::{before, first_word, is_question_at, places, word_hits};
use super::secrets::{FIRST_PERSON, SECOND_PERSON, last_place};
use super::sender::Links;
use super::*;

pub(super) static CLICK: Phrases = Phrases::folded(&[
    "click here",
    "click the link",
    "click on the link",
    "click below",
    "click the button",
    "click this link",
    "visit the link",
    "follow the link",
    "open the link",
    "tap here",
    "login here",
    "log in here",
    "sign in here",
    "login now",
    "log in now",
    "verify now",
    "register now",
    "apply now",
    "claim now",
    "ক্লিক করুন",
    "ক্লিক করে",
    "লিংকে ক্লিক",
    "লিঙ্কে ক্লিক",
    "নিচের লিংক",
    "নিচের লিঙ্ক",
    "লিংকে গিয়ে",
    "লিঙ্কে গিয়ে",
    "বাটনে ক্লিক",
    "link e click",
    "linke click",
    "link e giye",
    "link a click",
    "click korun",
    "click kore",
    "niche link",
    "nicher link",
]);

pub(super) static VERIFY: Phrases = Phrases::folded(&[
    "to verify",
    "to confirm",
    "to validate",
    "to unlock",
    "to restore",
    "to reactivate",
    "to avoid",
    "to claim",
    "to receive",
    "verify your",
    "confirm your",
    "যাচাই করুন",
    "যাচাই করতে",
    "নিশ্চিত করুন",
    "নিশ্চিত করতে",
    "সচল রাখতে",
    "চালু রাখতে",
    "verify korun",
    "confirm korun",
    "chalu rakhte",
]);

/// A call to click a link that the mail carries: weak alone (newsletters say it too), more
/// with a reason to verify, confirm or unlock something.
pub(super) fn click_to_act(words: &Found, links: &Links) -> Option<Signal> {
    let click = first_word(words, &CLICK)?;
    if !links.any() {
        return None;
    }
    match first_word(words, &VERIFY) {
        Some(v) => signal(MEDIUM, format!("asks to click {click:?} {v:?}")),
        None => signal(WEAK, format!("asks to click {click:?}")),
    }
}

pub(super) static ACCOUNT: Phrases = Phrases::folded(&[
    "account",
    "mailbox",
    "e-mail account",
    "email account",
    "অ্যাকাউন্ট",
    "একাউন্ট",
    "অ্যাকাউন্টটি",
    "মেইলবক্স",
    "ই-নথি আইডি",
    "সিম",
    "sim",
]);

pub(super) static CLOSURE: Phrases = Phrases::folded(&[
    "will be suspended",
    "will be deactivated",
    "will be disabled",
    "will be deleted",
    "will be closed",
    "will be blocked",
    "will be locked",
    "will be terminated",
    "will be restricted",
    "has been suspended",
    "has been locked",
    "has been limited",
    "has been restricted",
    "temporarily suspended",
    "temporarily locked",
    "unusual sign-in",
    "unusual activity",
    "suspicious activity",
    "suspicious login",
    "unauthorized access",
    "storage is full",
    "quota exceeded",
    "exceeded its quota",
    "exceeded the storage",
    "বন্ধ হয়ে যাবে",
    "বন্ধ করে দেওয়া হবে",
    "বন্ধ করা হবে",
    "স্থগিত",
    "ব্লক হয়ে যাবে",
    "ব্লক করা হবে",
    "মুছে যাবে",
    "মুছে ফেলা হবে",
    "নিষ্ক্রিয়",
    "মেয়াদ শেষ",
    "মেয়াদোত্তীর্ণ",
    "bondho hoye jabe",
    "bondho hoe jabe",
    "bondho kore deya hobe",
    "bondho kora hobe",
    "block hoye jabe",
    "block kora hobe",
    "suspend hoye jabe",
    "suspend kora hobe",
    "delete hoye jabe",
]);

/// Threatens the reader's account (suspended, blocked, deleted, over quota): a classic
/// phishing opening. Medium, and only with the account named in the second person or near.
pub(super) fn account_threat(words: &Found) -> Option<Signal> {
    let text = words.text();
    if words.hits(&CLOSURE).is_empty() || words.hits(&ACCOUNT).is_empty() {
        return None;
    }
    let accounts = places(&ACCOUNT, text);
    for (threat, at, _) in places(&CLOSURE, text) {
        if is_question_at(text, at) {
            continue;
        }
        let near = accounts.iter().any(|(_, a, _)| a.abs_diff(at) < 120);
        let lead = before(text, at, 120);
        let mine = last_place(&FIRST_PERSON, lead);
        let yours = last_place(&SECOND_PERSON, lead);
        let addressed = match (mine, yours) {
            (Some(m), Some(y)) => y > m,
            (None, Some(_)) => true,
            _ => false,
        };
        if near && addressed {
            return signal(MEDIUM, format!("threatens your account: {threat:?}"));
        }
    }
    None
}

/// The office's own services, as a vendor names them.
pub(super) static SERVICES: Phrases = Phrases::folded(&[
    "web portal",
    "website",
    "web site",
    "web design",
    "web development",
    "ওয়েবসাইট",
    "ওয়েব পোর্টাল",
    "ওয়েব ডিজাইন",
    "e-nothi",
    "ই-নথি",
    "digital lab",
    "ডিজিটাল ল্যাব",
    "computer lab",
    "seo",
    "google",
    "hosting",
    "domain",
    "software",
    "সফটওয়্যার",
    "app development",
    "maintenance",
    "servicing",
    "সার্ভিসিং",
    "antivirus",
    "cctv",
    "training",
    "course",
    "digital marketing",
    "facebook marketing",
    "social media marketing",
    "ডিজিটাল মার্কেটিং",
    "bulk sms",
    "বাল্ক এসএমএস",
    "graphic design",
    "logo design",
    "software development",
    "erp",
    "attendance system",
    "it solutions",
    "it support",
    "ict equipment",
]);

pub(super) static PRICES: Phrases = Phrases::folded(&[
    "bdt",
    "taka",
    "tk",
    "টাকা",
    "৳",
    "usd",
    "$",
    "price",
    "মূল্য",
    "দাম",
    "cost",
]);

/// How a vendor speaks.
pub(super) static PITCH: Phrases = Phrases::folded(&[
    "our team",
    "our company",
    "our services",
    "our service",
    "our clients",
    "our experts",
    "we offer",
    "we provide",
    "we are a",
    "we specialize",
    "we specialise",
    "we can build",
    "we can design",
    "we will design",
    "we have designed",
    "package for your office",
    "package",
    "special offer",
    "exclusive offer",
    "limited offer",
    "discount",
    "affordable",
    "lowest price",
    "best price",
    "starting from",
    "per month",
    "per year",
    "free demo",
    "free consultation",
    "free audit",
    "portfolio",
    "reply yes",
    "reply with yes",
    "call us",
    "whatsapp",
    "commission",
    "vendor",
    "ছাড়",
    "অফার",
    "প্যাকেজ",
    "প্রতি মাস",
    "সাশ্রয়ী",
    "আমাদের প্রতিষ্ঠান",
    "আমাদের কোম্পানি",
    "আমাদের সেবা",
    "দিয়ে থাকি",
    "করে থাকি",
    "সরবরাহ করি",
    "amader company",
    "amader service",
    "group discount",
    "proti website",
    "offer cholche",
    "we are offering",
    "we are pleased to offer",
    "we would like to offer",
    "our package",
    "our packages",
    "our products",
    "free trial",
    "limited seats",
    "order now",
    "book now",
    "book your",
    "reply stop",
    "to unsubscribe",
    "আমরা দিচ্ছি",
    "আমাদের প্যাকেজ",
    "অর্ডার করুন",
    "বিশেষ ছাড়",
    "ফ্রি ডেমো",
    "amra dicchi",
    "amader package",
    "order korun",
]);

/// Phrases only a search-marketing pitch uses.
pub(super) static SEO: Phrases = Phrases::folded(&[
    "guaranteed ranking",
    "guaranteed rank",
    "guarantee ranking",
    "first page of google",
    "page 1 on google",
    "page 1 of google",
    "page one of google",
    "top of google",
    "top 3 on google",
    "rank your website",
    "ranking of your website",
    "improve your ranking",
    "boost your ranking",
    "backlinks",
    "domain authority",
    "organic traffic",
    "increase traffic",
    "seo services",
    "seo package",
    "seo audit",
    "গুগলে প্রথম পাতায়",
    "গুগলের প্রথম পাতায়",
    "google e first page",
    "google er first page",
]);

/// A vendor offering the office's own services (portal, e-Nothi, lab, SEO) for a price, or
/// a search-marketing pitch. A citizen asks for a service; a vendor offers one: "we offer",
/// "package", "discount" are the tell, and two of them with a price weigh more than one.
pub(super) fn vendor_pitch(words: &Found) -> Option<Signal> {
    if let Some(seo) = first_word(words, &SEO) {
        let pitch = word_hits(words, &PITCH);
        let weight = if pitch.is_empty() { MEDIUM } else { STRONG };
        return signal(weight, format!("search-marketing pitch: {seo:?} {pitch:?}"));
    }
    let service = first_word(words, &SERVICES)?;
    let pitch = word_hits(words, &PITCH);
    let priced = first_word(words, &PRICES).is_some();
    let reason = format!(
        "vendor pitch: {service:?} ({pitch:?}{})",
        if priced { ", priced" } else { "" }
    );
    match (pitch.len(), priced) {
        (0, _) => None,
        (1, false) => None,
        (1, true) | (2, false) => signal(WEAK, reason),
        (2, true) | (3.., false) => signal(MEDIUM, reason),
        (_, true) => signal(STRONG, reason),
    }
}

pub(super) static LURES: Phrases = Phrases::folded(&[
    "invoice",
    "ইনভয়েস",
    "bill",
    "বিল",
    "receipt",
    "payment advice",
    "payment confirmation",
    "payment slip",
    "remittance",
    "swift",
    "purchase order",
    "rfq",
    "quotation",
    "tender documents",
    "tender document",
    "দরপত্র",
    "statement",
    "overdue",
    "outstanding",
    "shared a document",
    "shared a file",
    "shared document",
    "document shared",
    "fax",
    "voicemail",
    "scanned",
]);

/// An invoice, payment, tender or shared-document lure with a risky attachment; a risky
/// attachment alone is weak (people send ZIPs), with a lure it decides.
pub(super) fn lure_with_attachment(mail: &ParsedMail, words: &Found) -> Option<Signal> {
    let risky = mail.attachment_names.iter().find(|n| {
        let n = n.to_ascii_lowercase();
        [
            ".zip", ".rar", ".7z", ".html", ".htm", ".shtml", ".exe", ".js", ".iso", ".img",
            ".docm", ".xlsm", ".scr", ".bat", ".cmd", ".vbs", ".jar", ".lnk", ".hta", ".msi",
            ".gz", ".cab", ".svg",
        ]
        .iter()
        .any(|e| n.ends_with(e))
            || n.contains(".pdf.")
            || n.contains(".doc.")
    });
    let lure = first_word(words, &LURES);
    let html_form = mail.part_types.iter().skip(1).any(|t| t == "text/html")
        && (words.text().contains("attached html") || words.text().contains("html attachment"));
    match (lure, risky, html_form) {
        (Some(lure), Some(name), _) => {
            signal(STRONG, format!("{lure:?} lure with attachment {name}"))
        }
        (Some(lure), None, true) => signal(STRONG, format!("{lure:?} lure with an HTML form")),
        (None, Some(name), _) => signal(WEAK, format!("risky attachment {name}")),
        _ => None,
    }
}

//! The other tells of a scam: prizes, easy income, pressure, claimed authority, secrecy, greeting
//! nobody, harvesting contacts, remote access, investment promises, paid renewals.

use super::money::PAY;
use super::pitch::PRICES;
use super::reading::{first_word, is_question_at, places, word_hits};
use super::*;

pub(super) static HARVEST: Phrases = Phrases::folded(&[
    "number diben",
    "numbers of all",
    "contact numbers of",
    "mobile numbers of",
    "phone numbers of",
    "list of all",
    "email list",
    "staff এর list",
    "staff list",
    "সব উদ্যোক্তার নাম",
    "সকল উদ্যোক্তার",
    "সকল শিক্ষকের",
    "সব শিক্ষকের",
    "সকল কর্মচারীর",
    "সব কর্মচারীর",
    "প্রধান শিক্ষকের mobile নম্বর",
    "প্রধান শিক্ষকের মোবাইল নম্বর",
    "মোবাইল নম্বরের তালিকা",
    "তালিকা পাঠান",
    "student der nam",
    "sobar number",
    "sob udyoktar",
]);

/// Asks for the phone numbers or lists of the office's staff, teachers or entrepreneurs:
/// contact harvesting, which a citizen with a request does not do.
pub(super) fn harvests_contacts(words: &Found) -> Option<Signal> {
    first_word(words, &HARVEST)
        .and_then(|p| signal(WEAK, format!("asks for others' contacts: {p:?}")))
}

pub(super) static PRIZES: Phrases = Phrases::folded(&[
    "you have won",
    "you've won",
    "you won",
    "winner",
    "lucky draw",
    "lottery",
    "jackpot",
    "prize",
    "reward",
    "cashback",
    "bonus",
    "free gift",
    "free data",
    "free internet",
    "free gb",
    "free laptop",
    "free mb",
    "free recharge",
    "dear beneficiary",
    "beneficiary",
    "next of kin",
    "inheritance",
    "unclaimed",
    "has been selected for",
    "have been selected for",
    "grant approval",
    "grant of",
    "refund pending",
    "claim your",
    "million",
    "congratulations",
    "জিতেছেন",
    "জিতেছে",
    "বিজয়ী",
    "লটারি",
    "পুরস্কার",
    "উপহার",
    "বোনাস",
    "ক্যাশব্যাক",
    "ফ্রি ইন্টারনেট",
    "ফ্রি ডাটা",
    "ফ্রি ডেটা",
    "ফ্রি এমবি",
    "ফ্রি জিবি",
    "ফ্রি ল্যাপটপ",
    "বিনামূল্যে ল্যাপটপ",
    "অনুদান পেতে",
    "নির্বাচিত হয়েছেন",
    "অভিনন্দন",
    "jitechen",
    "jitesen",
    "puroskar",
    "upohar",
    "free laptop",
    "free data offer",
    "bonus pabe",
    "bonus paben",
]);

/// Prizes, gifts, free data, grants and refunds that the reader did not ask for.
pub(super) fn prize(words: &Found) -> Option<Signal> {
    let hits = word_hits(words, &PRIZES);
    match hits.len() {
        0 => None,
        1 => signal(WEAK, format!("prize or gift: {:?}", hits[0])),
        _ => signal(MEDIUM, format!("prize or gift: {hits:?}")),
    }
}

pub(super) static INCOME: Phrases = Phrases::folded(&[
    "work from home",
    "earn money",
    "earn up to",
    "earn from home",
    "per hour",
    "/hour",
    "per day",
    "part-time job",
    "part time job",
    "online job",
    "data entry job",
    "job guarantee",
    "guaranteed job",
    "100% job",
    "ঘরে বসে",
    "আয় করুন",
    "মাসে আয়",
    "চাকরির নিশ্চয়তা",
    "ghore boshe",
    "ghore bose",
    "income korun",
    "mashe",
    "income!",
]);

/// Easy money: work from home, an hourly rate, a guaranteed job.
pub(super) fn easy_income(words: &Found) -> Option<Signal> {
    first_word(words, &INCOME).and_then(|p| signal(WEAK, format!("easy income: {p:?}")))
}

pub(super) static PRESSURE: Phrases = Phrases::folded(&[
    "within 24 hours",
    "within 48 hours",
    "within 72 hours",
    "within 12 hours",
    "in 24 hours",
    "immediately",
    "urgent action",
    "action required",
    "act now",
    "last chance",
    "final notice",
    "final reminder",
    "today only",
    "only today",
    "expires today",
    "expired today",
    "expire today",
    "limited time",
    "limited seats",
    "seat limited",
    "hurry",
    "avoid legal action",
    "legal action",
    "penalty",
    "২৪ ঘণ্টার মধ্যে",
    "৪৮ ঘণ্টার মধ্যে",
    "আজ রাতের মধ্যে",
    "আজ রাত ১২টায়",
    "আজকের মধ্যে",
    "আজই শেষ",
    "শেষ সুযোগ",
    "সীমিত আসন",
    "আসন সীমিত",
    "অবিলম্বে",
    "এখনই",
    "দ্রুত করুন",
    "আইনগত ব্যবস্থা",
    "আইনানুগ ব্যবস্থা",
    "জরিমানা",
    "24 ghontar moddhe",
    "24 ghontar vitore",
    "aj i shesh din",
    "ajkei shesh",
    "aji shesh",
    "shesh shujog",
    "ekhoni korun",
]);

/// Deadlines and threats that push the reader to act before thinking.
pub(super) fn pressure(words: &Found) -> Option<Signal> {
    first_word(words, &PRESSURE).and_then(|p| signal(WEAK, format!("pressure: {p:?}")))
}

pub(super) static AUTHORITY_CLAIMS: Phrases = Phrases::folded(&[
    "government approved",
    "govt approved",
    "govt. approved",
    "approved by the government",
    "approved by a2i",
    "authorised by",
    "authorized by",
    "on behalf of the ministry",
    "ministry directive",
    "as per government order",
    "as per the directive",
    "mandatory for all",
    "partner of a2i",
    "in partnership with",
    "official partner",
    "সরকার অনুমোদিত",
    "সরকারি অনুমোদিত",
    "মন্ত্রণালয়ের নির্দেশ",
    "নতুন নির্দেশনা অনুযায়ী",
    "বাধ্যতামূলক",
    "সরকারি নির্দেশনা",
    "partnership ache",
    "shathe amader partnership",
    "sorkar onumodito",
]);

/// Claims that an authority stands behind the offer (approved, mandatory, a partner).
pub(super) fn claims_authority(words: &Found) -> Option<Signal> {
    first_word(words, &AUTHORITY_CLAIMS)
        .and_then(|p| signal(WEAK, format!("claims an authority: {p:?}")))
}

pub(super) static SECRECY: Phrases = Phrases::folded(&[
    "confidential",
    "keep this secret",
    "keep it secret",
    "do not tell anyone",
    "don't tell anyone",
    "do not share this",
    "গোপন রাখুন",
    "কাউকে বলবেন না",
    "kauke bolben na",
    "gopon rakhun",
]);

/// Asks for secrecy.
pub(super) fn secrecy(words: &Found) -> Option<Signal> {
    first_word(words, &SECRECY).and_then(|p| signal(WEAK, format!("secrecy: {p:?}")))
}

pub(super) static GREETINGS: Phrases = Phrases::folded(&[
    "dear customer",
    "dear user",
    "dear valued",
    "dear account holder",
    "dear member",
    "dear winner",
    "dear friend",
    "dear email user",
    "dear e-mail user",
    "প্রিয় গ্রাহক",
    "সম্মানিত গ্রাহক",
    "প্রিয় ব্যবহারকারী",
    "priyo grahok",
]);

/// A greeting to nobody in particular: mail sent to a list of strangers.
pub(super) fn generic_greeting(words: &Found) -> Option<Signal> {
    first_word(words, &GREETINGS).and_then(|p| signal(WEAK, format!("greets nobody: {p:?}")))
}

/// Remote-control tools: whoever asks for their code or ID asks for the computer itself.
pub(super) static REMOTE_TOOLS: Phrases = Phrases::folded(&[
    "anydesk",
    "teamviewer",
    "ultraviewer",
    "rustdesk",
    "remote access",
    "remote support",
    "রিমোট এক্সেস",
    "রিমোট অ্যাক্সেস",
    "এনিডেস্ক",
    "টিমভিউয়ার",
]);

/// Handing a remote-control code or ID over: reply with it, send it, share it.
pub(super) static REMOTE_ASKS: Phrases = Phrases::folded(&[
    "reply",
    "send us",
    "send the",
    "share the",
    "share your",
    "give us",
    "code ta",
    "id ta",
    "কোডটি",
    "কোড দিন",
    "কোড পাঠান",
    "আইডি দিন",
    "আইডি পাঠান",
    "din",
    "pathan",
]);

/// Asks for a remote-control tool's code or ID (someone offering to "fix" the office's
/// computer from afar): an ask for the computer, as strong as one for a password. Asking
/// *about* such a tool ("is AnyDesk safe?") is a question and does not count.
pub(super) fn remote_access(words: &Found) -> Option<Signal> {
    let tool = first_word(words, &REMOTE_TOOLS)?;
    let text = words.text();
    let ask = places(&REMOTE_ASKS, text)
        .into_iter()
        .find(|(_, at, _)| !is_question_at(text, *at))?;
    signal(
        STRONG,
        format!("asks for remote access: {tool:?} and {:?}", ask.0),
    )
}

/// Investment promises: fixed daily profits, a minimum deposit, crypto. No office or
/// citizen writes these to a desk.
pub(super) static INVESTMENT: Phrases = Phrases::folded(&[
    "daily profit",
    "daily return",
    "daily returns",
    "daily income",
    "% daily",
    "profit daily",
    "minimum deposit",
    "min deposit",
    "usdt",
    "crypto trading",
    "trading platform",
    "forex",
    "withdraw any time",
    "withdraw anytime",
    "double your money",
    "investment plan",
    "guaranteed profit",
    "guaranteed return",
    "প্রতিদিন মুনাফা",
    "দৈনিক মুনাফা",
    "দৈনিক লাভ",
    "টাকা দ্বিগুণ",
    "বিনিয়োগ করুন",
    "protidin lav",
    "taka digun",
    "biniyog korun",
]);

/// Promises a return on money sent: an investment pitch. Two of its phrases (a daily
/// profit *and* a minimum deposit) are one on its own.
pub(super) fn investment_promise(words: &Found) -> Option<Signal> {
    let hits = word_hits(words, &INVESTMENT);
    let first = *hits.first()?;
    let weight = if hits.len() >= 2 { STRONG } else { MEDIUM };
    signal(weight, format!("investment promise: {}", hits.join(", "))).filter(|_| !first.is_empty())
}

/// A domain, hosting or certificate.
pub(super) static DOMAIN_WORDS: Phrases = Phrases::folded(&[
    "domain",
    "ডোমেইন",
    "ডোমেন",
    "hosting",
    "হোস্টিং",
    "ssl certificate",
]);

/// Something runs out.
pub(super) static EXPIRY: Phrases = Phrases::folded(&[
    "expire",
    "expires",
    "expired",
    "expiry",
    "expiration",
    "will be suspended",
    "final notice",
    "মেয়াদ শেষ",
    "মেয়াদোত্তীর্ণ",
    "meyad shesh",
]);

/// A domain/hosting expiry notice with a price and a renewal: registrars' "final notices"
/// sell a renewal the office never owed. A citizen or an office asking *when* its domain
/// expires names no price. Strong: a genuine registrar's notice is not a citizen's request
/// either, and holding its acknowledgement loses nothing.
pub(super) fn renewal_notice(words: &Found) -> Option<Signal> {
    let d = first_word(words, &DOMAIN_WORDS)?;
    let e = first_word(words, &EXPIRY)?;
    let priced = !words.hits(&PRICES).is_empty() || !words.hits(&PAY).is_empty();
    let renew = words.text().contains("renew") || words.text().contains("নবায়ন");
    (priced && renew).then_some(())?;
    signal(
        STRONG,
        format!("paid renewal notice: {d:?}, {e:?} and a price"),
    )
}

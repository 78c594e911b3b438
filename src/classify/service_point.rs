//! A service point asking about a citizen service it delivers (issue 18).
//!
//! A UDC entrepreneur fills in birth-registration, e-passport, land-tax and mutation forms,
//! and sells mobile-money and insurance services, for the citizens who come to the centre.
//! "What papers does a birth-registration correction need, so that I can tell the citizens?"
//! or "can our centre fill in e-passport forms, and what may we charge?" is advice to a
//! Union Digital Centre, not a citizen's own matter for another office, which the same words
//! would be in a citizen's mail ("my NID has the wrong date of birth").
//!
//! So the rule wants three things in the sender's own text (subject, request, self-introduction,
//! sign-off): a citizen service a centre delivers, a sign that the sender serves others (they
//! name the citizens, the people or the customers, or write as a centre: "from our centre",
//! "UDC theke"), and no sign that the matter is their own ("my own NID", "আমার নিজের"). Then
//! the out-of-scope cues do not count, and the UDC service gets [`SERVICE_POINT_POINTS`].

use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, MatchKind};

/// Keyword points the UDC service gets when the rule holds (a UDC name is worth 5).
pub(super) const SERVICE_POINT_POINTS: f64 = 4.0;

/// The charter's service for advice to Union Digital Centres; without it the rule is off.
pub(super) const UDC_SERVICE: &str = "udc-advice";

/// Citizen services that centres deliver (normalised, matched at a word start).
const CITIZEN_SERVICES: &[&str] = &[
    "জন্ম নিবন্ধন",
    "জন্মনিবন্ধন",
    "জন্ম সনদ",
    "মৃত্যু নিবন্ধন",
    "jonmo nibondhon",
    "jonmo nibandhan",
    "jonmo sonod",
    "birth registration",
    "birth certificate",
    "death registration",
    "এনআইডি",
    "জাতীয় পরিচয়পত্র",
    "ভোটার",
    "nid",
    "voter",
    "national id",
    "পাসপোর্ট",
    "passport",
    "e passport",
    "নামজারি",
    "মিউটেশন",
    "ভূমি উন্নয়ন কর",
    "খাজনা",
    "খতিয়ান",
    "পর্চা",
    "namjari",
    "mutation",
    "land tax",
    "khajna",
    "khotian",
    "porcha",
    "ট্রেড লাইসেন্স",
    "trade license",
    "trade licence",
    "নাগরিকত্ব সনদ",
    "ওয়ারিশ সনদ",
    "citizenship certificate",
    "বিদ্যুৎ বিল",
    "electricity bill",
    "bidyut bill",
    "মোবাইল ব্যাংকিং",
    "mobile banking",
    "mobile financial",
    "বিকাশ",
    "bkash",
    "বীমা",
    "insurance",
    "ভাতা",
    "allowance",
    "vata",
    "bhata",
];

/// The sender serves others: names them, or writes as a centre (normalised, at a word start).
const SERVES_OTHERS: &[&str] = &[
    // The citizens, not a citizenship certificate.
    "নাগরিকদের",
    "নাগরিকরা",
    "নাগরিকেরা",
    "নাগরিকের",
    "নাগরিককে",
    "সেবাগ্রহীতা",
    "গ্রাহক",
    "লোকজন",
    "অন্যদের",
    "কৃষক",
    "আবেদনকারী",
    "citizens",
    "citizen s",
    "the citizen",
    "a citizen",
    "customers",
    "clients",
    "people",
    "applicant",
    "farmers",
    "villagers",
    "nagorik ra",
    "nagorikra",
    "nagorik der",
    "nagorikder",
    "nagoriker",
    "sebagrohita",
    "grahok",
    "lokjon",
    "onno der",
    "onnoder",
    "krishok",
    "আমাদের সেন্টার",
    "সেন্টার থেকে",
    "সেন্টারে",
    "সেন্টারের",
    "ইউডিসি থেকে",
    "ইউডিসিতে",
    "our centre",
    "our center",
    "from our centre",
    "at our centre",
    "a udc",
    "udcs",
    "amader centre",
    "amader center",
    "centre theke",
    "center theke",
    "udc theke",
    "udc te",
];

/// The matter is the sender's own.
const OWN_MATTER: &[&str] = &[
    "আমার নিজের",
    "নিজের এনআইডি",
    "নিজের জন্ম",
    "my own",
    "amar nijer",
    "nijer nid",
    "nijer ta",
];

/// The first of `phrases` (by list order) found in `texts` at a word start, searched with one
/// automaton per list (built on first use) instead of one substring search per phrase.
fn first_in(
    texts: &[&str],
    phrases: &'static [&'static str],
    automaton: &OnceLock<Option<AhoCorasick>>,
) -> Option<&'static str> {
    let ac = automaton
        .get_or_init(|| {
            AhoCorasick::builder()
                .match_kind(MatchKind::Standard)
                .build(phrases.iter().map(|p| super::normalize::normalize(p)))
                .ok()
        })
        .as_ref()?;
    let mut first: Option<usize> = None;
    for text in texts {
        for m in ac.find_overlapping_iter(*text) {
            let at = m.start();
            if at > 0 && text.as_bytes()[at - 1] != b' ' {
                continue;
            }
            let i = m.pattern().as_usize();
            first = Some(first.map_or(i, |f| f.min(i)));
        }
    }
    first.map(|i| phrases[i])
}

static SERVICES_AC: OnceLock<Option<AhoCorasick>> = OnceLock::new();
static SERVES_AC: OnceLock<Option<AhoCorasick>> = OnceLock::new();
static OWN_AC: OnceLock<Option<AhoCorasick>> = OnceLock::new();

/// Why the sender is a service point asking about a citizen service it delivers, if so:
/// the service and the sign. `texts` are the sender's own, normalised.
pub(super) fn delivers_for_citizens(texts: &[&str]) -> Option<(&'static str, &'static str)> {
    let service = first_in(texts, CITIZEN_SERVICES, &SERVICES_AC)?;
    let serves = first_in(texts, SERVES_OTHERS, &SERVES_AC)?;
    if first_in(texts, OWN_MATTER, &OWN_AC).is_some() {
        return None;
    }
    Some((service, serves))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::classify::normalize::normalize;

    fn holds(text: &str) -> bool {
        let t = normalize(text);
        delivers_for_citizens(&[&t]).is_some()
    }

    #[test]
    fn a_centre_asking_about_what_it_delivers() {
        assert!(holds(
            "আমাদের সেন্টারে জন্ম নিবন্ধনের আবেদন করতে আসা নাগরিকদের কী কাগজ আনতে বলব?"
        ));
        assert!(holds(
            "Can our centre submit land tax payments for villagers, and what may we charge?"
        ));
        assert!(holds(
            "udc theke passport er online form puron kore dile koto taka newa jabe?"
        ));
    }

    #[test]
    fn a_citizens_own_matter_is_not() {
        assert!(!holds("নাগরিকত্ব সনদ কোথা থেকে নেব? আমি পৌরসভার বাসিন্দা।"));
        assert!(!holds("আমার এনআইডিতে জন্ম তারিখ ভুল, কীভাবে ঠিক করব?"));
        assert!(!holds(
            "I am a UDC entrepreneur; my own NID has the wrong name, I fix other people's but not mine."
        ));
        assert!(!holds("our centre's printer does not print"));
    }
}

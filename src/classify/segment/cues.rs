//! The words segmenting listens for: clauses that set a topic aside ("not about X") or turn
//! to a new one ("the real question"), the "but" that starts the real request, clauses that
//! refer back, and the roles and self-introductions of a signature.

use super::*;

/// Role words: who the sender is (a UDC entrepreneur, a headmaster, a UP secretary),
/// normalised. In an introduction they say who writes, not what is asked.
pub(super) const ROLES: &[&str] = &[
    "udc",
    "uddokta",
    "uddogta",
    "উদ্যোক্তা",
    "ইউডিসি",
    "entrepreneur",
    "headmaster",
    "head teacher",
    "headteacher",
    "principal",
    "প্রধান শিক্ষক",
    "অধ্যক্ষ",
    "প্রধান শিক্ষিকা",
    "teacher",
    "শিক্ষক",
    "secretary",
    "সচিব",
    "chairman",
    "চেয়ারম্যান",
    "member",
    "সদস্য",
    "operator",
    "অপারেটর",
    "lab assistant",
    "ল্যাব সহকারী",
    "officer",
    "কর্মকর্তা",
];

/// How an introduction starts (normalised): "I am", "this is", "আমি", "ami".
pub(super) const INTRO_STARTS: &[&str] = &["i am ", "i m ", "this is ", "আমি ", "ami "];

/// A set-aside clause that points back at the one before it ("…, ignore it",
/// "…, that is fine now", "…, ওটা ঠিক আছে").
pub(super) fn refers_back(clause: &str) -> bool {
    const BACK: &[&str] = &["ignore", "disregard", "বাদ দিন", "bad din", "bad den"];
    const THAT: &[&str] = &[
        "that",
        "it",
        "this",
        "ওটা",
        "ওটি",
        "সেটা",
        "সেটি",
        "এটা",
        "oita",
        "ota",
        "seta",
        "eta",
    ];
    BACK.iter().any(|b| clause.contains(b))
        || THAT.iter().any(|t| clause.split(' ').next() == Some(t))
}

/// Words that start a contrasting clause (with spaces, on normalised text).
pub(super) const BUT_WORDS: &[&str] =
    &[" but ", " কিন্তু ", " kintu ", " however ", " তবে ", " tobe "];

/// Phrases with which a sender sets a topic aside (normalised, matched as whole words).
pub(super) const SET_ASIDE: &[&str] = &[
    // English
    "is fine",
    "are fine",
    "works fine",
    "working fine",
    "is working",
    "are working",
    "is ok",
    "is okay",
    "ignore it",
    "ignore this",
    "ignore that",
    "please ignore",
    "disregard",
    "বাদ দিন",
    "bad din",
    "bad den",
    "not about",
    "no longer a problem",
    "no longer an issue",
    "already solved",
    "already fixed",
    "already resolved",
    "been solved",
    "been fixed",
    "been resolved",
    "is solved",
    "is fixed",
    "is resolved",
    "was solved",
    "was fixed",
    "was resolved",
    "sorted out",
    "not the problem",
    "not the issue",
    "not my question",
    "old thread",
    "running again",
    "working again",
    "works again",
    "works now",
    "no complaint",
    "wrong subject",
    // Bangla
    "ঠিক আছে",
    "ঠিকই আছে",
    "ঠিকঠাক চলছে",
    "ঠিকই চলছে",
    "ঠিকমতো চলছে",
    "ভালো চলছে",
    "ঠিক হয়ে গেছে",
    "ঠিক হয়েছে",
    "মিটে গেছে",
    "সমাধান হয়েছে",
    "সমাধান হয়ে গেছে",
    "সমাধান করেছি",
    "সমাধান করেছে",
    "সমাধান করে ফেলেছি",
    "কথা না",
    "কথা নয়",
    "বিষয় না",
    "বিষয় নয়",
    "সমস্যা নেই",
    "কাজ হয়ে গেছে",
    "কাজটা হয়ে গেছে",
    "কাজটি হয়ে গেছে",
    "সমস্যা নাই",
    "সমস্যা নয়",
    "নিয়ে নয়",
    "ব্যাপারে নয়",
    "অভিযোগ নেই",
    "পরে দেখব",
    "ভালোই চলছে",
    "নিজেরাই ঠিক",
    "বিষয়ে ভুল",
    // Romanised Bangla
    "thik ache",
    "thik ase",
    "thik achhe",
    "thik hoye geche",
    "thik hoyeche",
    "thik hoise",
    "valo cholche",
    "thikmoto cholche",
    "kotha na",
    "kotha bolchi na",
    "bishoy na",
    "somadhan hoyeche",
    "somadhan hoye geche",
    "somadhan korechi",
    "somossa nai",
    "kaj hoye geche",
    "kaj ta hoye geche",
    "is done",
    "somossa nei",
    "problem na",
    "niye na",
    "bepare na",
    "pore dekhbo",
    "nijerai thik",
    "subject e vul",
    "subject e bhul",
];

/// Whether a clause (normalised) sets its topic aside. A question never does.
/// A Bangla cue may end inside a word (`ঠিক আছে` in `ঠিক আছেন`), an ASCII one may not.
pub(super) fn is_set_aside(clause: &str) -> bool {
    if clause.ends_with(" ?") {
        return false;
    }
    contains_cue(clause)
}

/// Whether normalised text holds a set-aside cue at a word start (an ASCII
/// cue also at a word end). One automaton over all cues, built once: this
/// runs on every mail.
pub(super) fn contains_cue(text: &str) -> bool {
    static CUES: std::sync::OnceLock<aho_corasick::AhoCorasick> = std::sync::OnceLock::new();
    contains_phrase(CUES.get_or_init(|| automaton(SET_ASIDE)), text)
}

/// Phrases with which a sender turns to the topic they write about now, after thanks or
/// news on an old one (normalised, matched as whole words). They name no service: they
/// are how a letter changes subject, in the three ways citizens write.
pub const TURNS: &[&str] = &[
    // English
    "a different trouble",
    "a different problem",
    "a different question",
    "a different issue",
    "a different matter",
    "another question",
    "another problem",
    "another issue",
    "another matter",
    "something else",
    "a separate question",
    "a separate issue",
    "my real question",
    "the real question",
    "my actual question",
    "the actual question",
    "question is about",
    "my question is",
    "the reason i am writing",
    "the reason i m writing",
    "why i am writing",
    "i am writing about",
    "i am writing today",
    "writing today about",
    "today i need",
    "today i want",
    "this time",
    "now i need",
    "one request",
    "a small request",
    // Bangla
    "অন্য একটা",
    "অন্য একটি",
    "অন্য বিষয়",
    "অন্য কারণে",
    "অন্য প্রশ্ন",
    "আরেকটা বিষয়",
    "আরেকটি বিষয়",
    "আরেকটা সমস্যা",
    "আরেকটি সমস্যা",
    "নতুন সমস্যা",
    "নতুন একটা সমস্যা",
    "আসল প্রশ্ন",
    "আসল কথা",
    "আসল সমস্যা",
    "মূল প্রশ্ন",
    "মূল বিষয়",
    "যে কারণে লিখছি",
    "যে জন্য লিখছি",
    "যে কারণে মেইল",
    "এবার একটা",
    "এবার একটি",
    "একটা অনুরোধ",
    "একটি অনুরোধ",
    "একটা ছোট অনুরোধ",
    "প্রশ্নটা হলো",
    "আমার প্রশ্ন হলো",
    // Romanised Bangla
    "onno ekta",
    "onno bishoy",
    "onno karone",
    "arekta bishoy",
    "arekta problem",
    "arekta somossa",
    "notun problem",
    "notun somossa",
    "asol prosno",
    "asol proshno",
    "asol kotha",
    "asol problem",
    "je karone likhchi",
    "ebar ekta",
    "ekta request",
    "ekta onurodh",
    "amar prosno holo",
    "amar proshno holo",
];

/// Whether normalised text holds a turn to a new topic ([`TURNS`]).
pub(super) fn contains_turn(text: &str) -> bool {
    static TURN: std::sync::OnceLock<aho_corasick::AhoCorasick> = std::sync::OnceLock::new();
    contains_phrase(TURN.get_or_init(|| automaton(TURNS)), text)
}

/// One automaton over `phrases`, normalised: a contiguous NFA (the default picks a DFA for
/// lists this short, ~0.5 MB each against a tenth of it; the matches are the same).
pub(super) fn automaton(phrases: &[&str]) -> aho_corasick::AhoCorasick {
    let keys: Vec<String> = phrases.iter().map(|p| normalize(p)).collect();
    aho_corasick::AhoCorasick::builder()
        .kind(Some(aho_corasick::AhoCorasickKind::ContiguousNFA))
        .build(keys)
        .expect("segment phrase lists build")
}

/// Whether `phrases` matches normalised `text` at a word start, and an ASCII phrase also at
/// a word end (a Bangla one may end inside a word: `ঠিক আছে` in `ঠিক আছেন`).
pub(super) fn contains_phrase(phrases: &aho_corasick::AhoCorasick, text: &str) -> bool {
    let bytes = text.as_bytes();
    phrases.find_overlapping_iter(text).any(|m| {
        let starts_word = m.start() == 0 || bytes[m.start() - 1] == b' ';
        let ascii_end = bytes[m.end() - 1].is_ascii_alphanumeric();
        starts_word && (!ascii_end || m.end() == bytes.len() || bytes[m.end()] == b' ')
    })
}

//! Machine mail and scams recognised by what they say, not by their headers (issue 18).
//!
//! Each module is a pure function over [`ParsedMail`] that `triage::triage` calls at its place
//! in the order of rules: [`abuse_report`] with the bounces, [`auto_reply_words`] with the
//! auto-replies, [`scam`] with the spam checks. They read only the subject and the first
//! [`SCANNED_BYTES`] of the text: what identifies such mail is at the top, and a bound keeps a
//! hostile 256 KB body as cheap as a short one.

pub mod abuse_report;
pub mod auto_reply_words;
pub mod scam;

use std::borrow::Cow;
use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};

use crate::mail::ParsedMail;

/// How much of the body the content rules read.
pub const SCANNED_BYTES: usize = 8 * 1024;

/// The first `max` bytes of `s`, cut on a character boundary.
pub(crate) fn prefix(s: &str, max: usize) -> &str {
    let mut cut = s.len().min(max);
    while !s.is_char_boundary(cut) {
        cut -= 1;
    }
    &s[..cut]
}

/// Subject and the start of the body, lower case, whitespace collapsed to single spaces.
pub fn folded_text(mail: &ParsedMail) -> String {
    let raw = format!("{}\n{}", mail.subject, prefix(&mail.text, SCANNED_BYTES));
    fold(&raw)
}

/// Lower case and [`collapse`]d: the form every folded phrase family is searched in.
pub(crate) fn fold(s: &str) -> String {
    collapse(&lower(s))
}

/// `s.to_lowercase()`, without its per-character table search for the scripts most mail is
/// written in: ASCII, Bangla and punctuation have no case beyond ASCII's, so such a text is
/// lowered byte by byte (or borrowed as it is). Anything else takes the full Unicode path,
/// so the result is always exactly `to_lowercase`'s.
pub(crate) fn lower(s: &str) -> Cow<'_, str> {
    if !s.chars().all(caseless_beyond_ascii) {
        return Cow::Owned(s.to_lowercase());
    }
    if s.bytes().any(|b| b.is_ascii_uppercase()) {
        Cow::Owned(s.to_ascii_lowercase())
    } else {
        Cow::Borrowed(s)
    }
}

/// ASCII, or a character that no case mapping changes: Bangla (and the dandas it borrows
/// from Devanagari), the no-break space, general punctuation (dashes, curly quotes, ZWJ).
fn caseless_beyond_ascii(c: char) -> bool {
    c.is_ascii()
        || matches!(
            c,
            '\u{A0}' | '\u{964}'..='\u{965}' | '\u{980}'..='\u{9FF}' | '\u{2000}'..='\u{206F}' | '\u{FEFF}'
        )
}

/// Whitespace collapsed, and the three Bangla letters with a nukta in one spelling (য় ড় ঢ়
/// are typed both as one code point and as letter + nukta).
pub(crate) fn collapse(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 8);
    // Copied a run of plain characters at a time, not a character at a time.
    let mut run: Option<usize> = None;
    let mut gap = false;
    let mut any_word = false;
    let flush = |out: &mut String, run: &mut Option<usize>, end: usize| {
        if let Some(start) = run.take() {
            out.push_str(&s[start..end]);
        }
    };
    for (i, c) in s.char_indices() {
        if c.is_whitespace() {
            flush(&mut out, &mut run, i);
            gap = true;
            continue;
        }
        if gap && any_word {
            out.push(' ');
        }
        gap = false;
        any_word = true;
        let spelled = match c {
            '\u{9DF}' => "\u{9AF}\u{9BC}",
            '\u{9DC}' => "\u{9A1}\u{9BC}",
            '\u{9DD}' => "\u{9A2}\u{9BC}",
            _ => {
                run.get_or_insert(i);
                continue;
            }
        };
        flush(&mut out, &mut run, i);
        out.push_str(spelled);
    }
    flush(&mut out, &mut run, s.len());
    out
}

/// One automaton over `patterns`, the indices of equal patterns grouped.
fn compile(patterns: impl Iterator<Item = String>) -> Option<Compiled> {
    let mut distinct: Vec<String> = Vec::new();
    let mut owners: Vec<Vec<usize>> = Vec::new();
    for (i, p) in patterns.enumerate() {
        match distinct.iter().position(|q| *q == p) {
            Some(at) => owners[at].push(i),
            None => {
                distinct.push(p);
                owners.push(vec![i]);
            }
        }
    }
    // Standard semantics: overlapping search reports every occurrence. A contiguous NFA, not
    // a DFA: the same matches, but the DFA of these families took ~9 MB of the daemon's
    // ~80 MB peak draining mail (heaptrack, issue 20), the NFA a tenth of it, and a mail's
    // scan stays a few microseconds (BENCHMARKS.md, "Large mail: memory by bytes").
    AhoCorasick::builder()
        .match_kind(MatchKind::Standard)
        .kind(Some(AhoCorasickKind::ContiguousNFA))
        .build(&distinct)
        .ok()
        .map(|automaton| Compiled { automaton, owners })
}

/// Which of `count` patterns occur in `text`, by index; `None` when there is no automaton.
fn found_by(compiled: Option<&Compiled>, count: usize, text: &str) -> Option<Vec<bool>> {
    let c = compiled?;
    let mut found = vec![false; count];
    for m in c.automaton.find_overlapping_iter(text) {
        for &i in &c.owners[m.pattern().as_usize()] {
            found[i] = true;
        }
    }
    Some(found)
}

/// Several phrase families read in the same text, found in one pass over it rather than
/// one pass per family.
pub(crate) struct Families {
    members: &'static [&'static Phrases],
    compiled: OnceLock<Option<Compiled>>,
}

impl Families {
    pub(crate) const fn new(members: &'static [&'static Phrases]) -> Self {
        Self {
            members,
            compiled: OnceLock::new(),
        }
    }

    /// Every member's phrases found in `text`.
    pub(crate) fn scan<'t>(&'static self, text: &'t str) -> Found<'t> {
        let compiled = self.compiled.get_or_init(|| {
            compile(
                self.members
                    .iter()
                    .flat_map(|f| f.list.iter().map(|p| f.pattern(p))),
            )
        });
        let count = self.members.iter().map(|f| f.list.len()).sum();
        Found {
            families: self,
            text,
            found: found_by(compiled.as_ref(), count, text),
        }
    }

    /// Where `family`'s phrases start among all members', if it is one.
    fn offset(&self, family: &Phrases) -> Option<usize> {
        let mut offset = 0;
        for f in self.members {
            if std::ptr::eq(*f, family) {
                return Some(offset);
            }
            offset += f.list.len();
        }
        None
    }
}

/// What one [`Families::scan`] found.
pub(crate) struct Found<'t> {
    families: &'static Families,
    text: &'t str,
    found: Option<Vec<bool>>,
}

impl<'t> Found<'t> {
    /// The scanned text.
    pub(crate) fn text(&self) -> &'t str {
        self.text
    }

    /// [`Phrases::hits`] in the scanned text (read from the scan when `family` is a member).
    pub(crate) fn hits(&self, family: &Phrases) -> Vec<&'static str> {
        match (&self.found, self.families.offset(family)) {
            (Some(found), Some(at)) => family
                .list
                .iter()
                .zip(&found[at..at + family.list.len()])
                .filter_map(|(p, f)| f.then_some(*p))
                .collect(),
            _ => family.hits(self.text),
        }
    }

    /// [`Phrases::first`] in the scanned text.
    pub(crate) fn first(&self, family: &Phrases) -> Option<&'static str> {
        self.hits(family).first().copied()
    }
}

/// A family of phrases, searched for all at once: one Aho-Corasick automaton per family,
/// built on first use, instead of one `contains` per phrase (each a pass over the text) and
/// a [`collapse`] of every phrase on every call. Answers are those of the plain loops they
/// replace ([`tests`] compare the two).
pub(crate) struct Phrases {
    list: &'static [&'static str],
    /// Phrases [`collapse`]d (to be searched in [`fold`]ed text) or as written.
    folded: bool,
    compiled: OnceLock<Option<Compiled>>,
}

struct Compiled {
    automaton: AhoCorasick,
    /// For each distinct searched pattern, the indices in `list` of the phrases that are it
    /// (two spellings of a phrase can fold to one).
    owners: Vec<Vec<usize>>,
}

impl Phrases {
    /// Phrases searched in folded text (lower case, collapsed), folded themselves.
    pub(crate) const fn folded(list: &'static [&'static str]) -> Self {
        Self {
            list,
            folded: true,
            compiled: OnceLock::new(),
        }
    }

    /// Phrases searched exactly as written (the stage folds every text it reads; kept for the
    /// tests that compare the automaton with plain `contains`).
    #[cfg(test)]
    pub(crate) const fn raw(list: &'static [&'static str]) -> Self {
        Self {
            list,
            folded: false,
            compiled: OnceLock::new(),
        }
    }

    pub(crate) fn list(&self) -> &'static [&'static str] {
        self.list
    }

    fn pattern(&self, phrase: &str) -> String {
        if self.folded {
            collapse(phrase)
        } else {
            phrase.to_string()
        }
    }

    fn compiled(&self) -> Option<&Compiled> {
        self.compiled
            .get_or_init(|| compile(self.list.iter().map(|p| self.pattern(p))))
            .as_ref()
    }

    /// Which phrases of the list occur in `text`, by index.
    fn found(&self, text: &str) -> Vec<bool> {
        found_by(self.compiled(), self.list.len(), text).unwrap_or_else(|| {
            // An automaton that could not be built (it cannot, for lists this small) falls
            // back to the loop it replaces.
            self.list
                .iter()
                .map(|p| text.contains(&self.pattern(p)))
                .collect()
        })
    }

    /// The phrases that occur in `text`, in the order of the list.
    pub(crate) fn hits(&self, text: &str) -> Vec<&'static str> {
        self.list
            .iter()
            .zip(self.found(text))
            .filter_map(|(p, f)| f.then_some(*p))
            .collect()
    }

    /// The first phrase of the list that occurs in `text`.
    pub(crate) fn first(&self, text: &str) -> Option<&'static str> {
        self.hits(text).first().copied()
    }

    /// Every (list index, byte offset) where a phrase occurs, as `str::match_indices` per
    /// phrase finds them (left to right, not overlapping themselves), ordered by list index
    /// then offset.
    pub(crate) fn occurrences(&self, text: &str) -> Vec<(usize, usize)> {
        let mut all: Vec<(usize, usize)> = match self.compiled() {
            Some(c) => c
                .automaton
                .find_overlapping_iter(text)
                .flat_map(|m| {
                    c.owners[m.pattern().as_usize()]
                        .iter()
                        .map(move |&i| (i, m.start()))
                })
                .collect(),
            None => self
                .list
                .iter()
                .enumerate()
                .flat_map(|(i, p)| text.match_indices(p).map(move |(at, _)| (i, at)))
                .collect(),
        };
        all.sort_unstable();
        all.dedup();
        // match_indices resumes after each match: drop a phrase's occurrences that start
        // inside its previous kept one.
        let mut kept: Vec<(usize, usize)> = Vec::with_capacity(all.len());
        for (i, at) in all {
            let len = self.pattern(self.list[i]).len();
            if let Some(&(j, prev)) = kept.last()
                && j == i
                && at < prev + len
            {
                continue;
            }
            kept.push((i, at));
        }
        kept
    }
}

/// The domain of an address, lower case.
pub(crate) fn domain_of(address: &str) -> String {
    address
        .rsplit_once('@')
        .map(|(_, d)| d.trim_end_matches('>').to_ascii_lowercase())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Texts in the scripts the fast paths take and in those they must hand over.
    const TEXTS: &[&str] = &[
        "",
        "Registration FEE: 500 Taka, PAY NOW",
        "আমাদের ই-নথিতে লগইন হচ্ছে না। ৫০০ টাকা ফি\u{a0}জমা দিন — “দ্রুত”",
        "স্বয়ংক্রিয়  বার্তা\tএবং স্বয়ংক্রিয় বার্তা",
        "ΟΔΟΣ ΣΑΣ İstanbul \u{212A}elvin ÀÉÎ Привет",
        "mixed Bangla বাংলা and ÜBER 🙂 emoji\r\n\r\nline two",
        "aaaa pin abab pinpin PIN",
    ];

    /// What `collapse` was, a word and a character at a time.
    fn collapse_by_words(s: &str) -> String {
        let mut out = String::with_capacity(s.len());
        for word in s.split_whitespace() {
            if !out.is_empty() {
                out.push(' ');
            }
            for c in word.chars() {
                match c {
                    '\u{9DF}' => out.push_str("\u{9AF}\u{9BC}"),
                    '\u{9DC}' => out.push_str("\u{9A1}\u{9BC}"),
                    '\u{9DD}' => out.push_str("\u{9A2}\u{9BC}"),
                    c => out.push(c),
                }
            }
        }
        out
    }

    #[test]
    fn collapse_is_what_it_was() {
        let more = [
            "  \u{9DF}\u{9DF}  ড়x ঢ় \u{2003}end\n",
            " ",
            "\u{9DC}",
            "a\u{9DD}b c",
        ];
        for t in TEXTS.iter().chain(&more) {
            assert_eq!(collapse(t), collapse_by_words(t), "{t:?}");
        }
    }

    #[test]
    fn lower_is_exactly_to_lowercase() {
        for t in TEXTS {
            assert_eq!(lower(t), t.to_lowercase(), "{t:?}");
        }
    }

    /// The automaton answers what `text.contains(&collapse(phrase))` per phrase answered,
    /// in list order, for overlapping phrases and two spellings that fold to one.
    #[test]
    fn a_phrase_family_finds_what_the_contains_loop_found() {
        static LIST: &[&str] = &[
            "fee",
            "registration fee",
            "স্বয়ংক্রিয় বার্তা",
            "স্বয়ংক্রিয় বার্তা",
            "a",
            "aa",
            "pay  now",
            "ফি জমা",
            "σας",
        ];
        static FOLDED: Phrases = Phrases::folded(LIST);
        static RAW: Phrases = Phrases::raw(LIST);
        for t in TEXTS {
            let text = fold(t);
            let want: Vec<&str> = LIST
                .iter()
                .copied()
                .filter(|p| text.contains(&collapse(p)))
                .collect();
            assert_eq!(FOLDED.hits(&text), want, "{text:?}");
            assert_eq!(FOLDED.first(&text), want.first().copied());
            let want: Vec<&str> = LIST.iter().copied().filter(|p| t.contains(p)).collect();
            assert_eq!(RAW.hits(t), want, "{t:?}");
        }
    }

    /// One scan of several families answers what each family's own search answers, and a
    /// family that is not a member is searched on its own.
    #[test]
    fn a_scan_of_several_families_answers_as_each_family_alone() {
        static FEES: Phrases = Phrases::folded(&["fee", "registration fee", "ফি জমা", "a"]);
        static NAMES: Phrases = Phrases::raw(&["pin", "PIN", "aa", "fee"]);
        static OUTSIDER: Phrases = Phrases::folded(&["taka", "σας"]);
        static BOTH: Families = Families::new(&[&FEES, &NAMES]);
        for t in TEXTS {
            let text = fold(t);
            let found = BOTH.scan(&text);
            for family in [&FEES, &NAMES, &OUTSIDER] {
                assert_eq!(found.hits(family), family.hits(&text), "{text:?}");
                assert_eq!(found.first(family), family.first(&text));
            }
        }
    }

    /// Occurrences are those of `match_indices` per phrase, phrase by phrase.
    #[test]
    fn occurrences_are_match_indices_phrase_by_phrase() {
        static LIST: &[&str] = &["aa", "a", "pin", "ab", "pinpin", "aa"];
        static RAW: Phrases = Phrases::raw(LIST);
        for t in TEXTS {
            let want: Vec<(usize, usize)> = LIST
                .iter()
                .enumerate()
                .flat_map(|(i, p)| t.match_indices(p).map(move |(at, _)| (i, at)))
                .collect();
            assert_eq!(RAW.occurrences(t), want, "{t:?}");
        }
    }
}

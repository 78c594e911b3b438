//! Where a family's phrases stand as words in the folded text, and the text around them.

use super::*;

/// `word` in `text` with no letter or digit on either side (Bangla vowel signs count as
/// letters, so "পাঠান" does not match inside "পাঠানো").
pub(super) fn has_word(text: &str, word: &str) -> bool {
    text.match_indices(word)
        .any(|(at, _)| is_whole_word(text, at, word.len()))
}

/// The `len` bytes at `at` of `text` have no letter or digit on either side.
pub(super) fn is_whole_word(text: &str, at: usize, len: usize) -> bool {
    let before = text[..at].chars().next_back();
    let after = text[at + len..].chars().next();
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

/// A phrase found at `at` stands as a word: nothing glued before it, and, for Latin phrases
/// and very short Bangla ones ("ফি" is the start of "ফিরে"), nothing glued after it. Longer
/// Bangla phrases may take a suffix ("পাসওয়ার্ডটি", "টাকার").
fn stands_alone(text: &str, at: usize, phrase: &str) -> bool {
    let before = text[..at].chars().next_back();
    if before.is_some_and(char::is_alphanumeric) && phrase.starts_with(char::is_alphanumeric) {
        return false;
    }
    let end = at + phrase.len();
    let latin = phrase.is_ascii();
    if (latin || phrase.chars().count() <= 2) && phrase.ends_with(char::is_alphanumeric) {
        let after = text[end.min(text.len())..].chars().next();
        // Latin words take an English plural ("fees", "pins").
        let plural = latin && text[end..].starts_with('s') && {
            let next = text[end + 1..].chars().next();
            !next.is_some_and(char::is_alphanumeric)
        };
        return !after.is_some_and(char::is_alphanumeric) || plural;
    }
    true
}

/// Every place a phrase of `family` stands as a word: (phrase, byte offset, length in the
/// folded text, which can differ from the phrase's as written: য় is folded to য + nukta).
pub(super) fn places(family: &Phrases, text: &str) -> Vec<(&'static str, usize, usize)> {
    family
        .occurrences(text)
        .into_iter()
        .filter_map(|(i, at)| {
            let p = family.list()[i];
            let folded = crate::unseen::collapse(p);
            stands_alone(text, at, &folded).then_some((p, at, folded.len()))
        })
        .collect()
}

/// The phrases of `family` that stand as words somewhere in `text` (the automaton's hits
/// first, so that a family absent from the text costs nothing more).
pub(super) fn word_hits(words: &Found, family: &Phrases) -> Vec<&'static str> {
    if words.hits(family).is_empty() {
        return Vec::new();
    }
    let mut out: Vec<&'static str> = Vec::new();
    for (p, _, _) in places(family, words.text()) {
        if !out.contains(&p) {
            out.push(p);
        }
    }
    out
}

pub(super) fn first_word(words: &Found, family: &Phrases) -> Option<&'static str> {
    word_hits(words, family).first().copied()
}

/// The text around byte `at`, `reach` bytes each side, cut on characters.
pub(super) fn around(text: &str, at: usize, reach: usize) -> &str {
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

/// `text[at..]` cut on a character boundary at most `reach` bytes on.
pub(super) fn after(text: &str, at: usize, reach: usize) -> &str {
    let mut end = (at + reach).min(text.len());
    while !text.is_char_boundary(end) {
        end += 1;
    }
    &text[at.min(end)..end]
}

/// `text[..at]`, its last `reach` bytes at most, cut on a character boundary.
pub(super) fn before(text: &str, at: usize, reach: usize) -> &str {
    let mut start = at.saturating_sub(reach);
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    &text[start..at]
}

/// The sentence holding byte `at` ends in a question mark.
pub(super) fn is_question_at(text: &str, at: usize) -> bool {
    let rest = &text[at..];
    let stop = rest.find(['?', '？', '!', '।', '\n']);
    let period = rest.find(". ");
    let end = match (stop, period) {
        (Some(a), Some(b)) => a.min(b),
        (a, b) => a.or(b).unwrap_or(rest.len()),
    };
    rest[end..].starts_with(['?', '？'])
}

/// The sentence before `at` has ended since `from` (a stop between the two).
pub(super) fn sentence_break(text: &str) -> bool {
    text.contains(['?', '!', '।', '\n']) || text.contains(". ")
}

//! The new text decides: a mail body split into what the sender asks for now and the
//! context around it.
//!
//! Citizens reply on old threads, forward someone else's mail with a question of their
//! own on top, say what is *not* the problem before saying what is, and sign with a
//! role ("প্রধান শিক্ষক", "UDC entrepreneur", "UP secretary") that names a service
//! they are not asking about. Read whole, such a mail points to the wrong service.
//! [`segment`] splits the author's text (quoted replies are already gone, see
//! [`strip_quoted_and_signature`]) into:
//! - the **request**: the new text the sender wrote now, which decides;
//! - **set aside**: clauses the sender dismisses ("the lab is working fine",
//!   "ওয়েবসাইটের বিষয়টা মিটে গেছে", "printer er kotha na", "ignore it");
//! - the **sign-off**: a closing ("Regards", "ধন্যবাদান্তে") and the lines after it,
//!   or a short name/role line or two at the end;
//! - a **forwarded** block under a new text of its own. When the sender's own text
//!   is only a covering note ("see below"), the forward *is* the request and stays in it;
//! - what stands **before a turn** to a new topic ("now a different trouble:", "আসল
//!   প্রশ্ন:", "আজ লিখছি অন্য কারণে", "notun problem:"): thanks for the last visit, the
//!   old topic's news. Whether the turn counts is the classifier's call (the text after
//!   it must ask for a service on its own, see `Classifier::prepare`), so it is kept apart.
//!
//! The classifier counts the context at a fraction of the request's weight and keeps
//! it from the model (all but the sign-off, whose role words are weak but real
//! evidence); its reasons say which part each phrase came from.

mod cues;

use super::normalize::{normalize, strip_quoted_and_signature};
pub use cues::TURNS;
use cues::*;

/// A body split into request and context; every part is already normalised.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Segments {
    /// The new text (and a forward when it is the request): what decides.
    pub request: String,
    /// Clauses the sender sets aside, joined.
    pub set_aside: String,
    /// The sign-off block.
    pub signoff: String,
    /// A forwarded block under a new text of its own (its header lines dropped).
    pub forwarded: String,
    /// Clauses that only say who the sender is ("I am the UDC entrepreneur of X").
    pub introduction: String,
    /// The new text before a turn to a new topic ([`TURNS`]); empty when there is none.
    /// Not part of `request`: the classifier either sets it aside (the text after the turn
    /// asks for a service of its own) or puts it back in front of the request.
    pub before_turn: String,
    /// The sender's whole text normalised as one (the new text, the sign-off and a forward,
    /// nothing moved): what the learnt spam signal reads, kept so that it need not strip and
    /// normalise the mail a second time.
    pub whole: String,
}

impl Segments {
    /// Whether anything was moved out of the request.
    pub fn has_context(&self) -> bool {
        !(self.set_aside.is_empty()
            && self.signoff.is_empty()
            && self.forwarded.is_empty()
            && self.introduction.is_empty()
            && self.before_turn.is_empty())
    }
}

/// Below this many words of new text a forward is the request itself.
const COVERING_NOTE_WORDS: usize = 12;
/// A trailing line of at most this many words (without a closing) may be a name/role line.
const ROLE_LINE_WORDS: usize = 4;
/// How many name/role lines may end a mail without a closing before them.
const MAX_ROLE_LINES: usize = 2;
/// How far from the end a closing ("Regards") may stand and start the sign-off.
const MAX_SIGNOFF_LINES: usize = 6;

/// Splits a plain-text body (HTML already stripped) into request and context.
pub fn segment(body: &str) -> Segments {
    segment_own(&strip_quoted_and_signature(body))
}

/// [`segment`] of a body whose quoted replies are already removed.
pub fn segment_own(own: &str) -> Segments {
    let lines: Vec<&str> = own.lines().collect();
    let (new_lines, forward_lines) = match lines.iter().position(|l| is_forward_marker(l)) {
        Some(i) => (&lines[..i], &lines[i..]),
        None => (&lines[..], &lines[..0]),
    };
    let (text_lines, signoff_lines) = split_signoff(new_lines);
    let mut seg = Segments {
        signoff: normalize(&signoff_lines.join("\n")),
        ..Segments::default()
    };
    let text = text_lines.join("\n");
    let mut request: Vec<String> = Vec::new();
    let mut set_aside = Vec::new();
    let whole = normalize(&text);
    let forward_all = if forward_lines.is_empty() {
        String::new()
    } else {
        normalize(&forward_lines.join("\n"))
    };
    seg.whole = [whole.as_str(), seg.signoff.as_str(), forward_all.as_str()]
        .iter()
        .filter(|t| !t.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(" ");
    if !contains_cue(&whole) && !introduces_sender(&whole) && !contains_turn(&whole) {
        // The common case: nothing is set aside, the whole new text is the request.
        request.push(whole);
    }
    let mut previous: Option<(usize, bool)> = None; // (sentence, went to the request)
    let clauses = if request.is_empty() {
        clauses(&text)
    } else {
        Vec::new()
    };
    let mut introductions = Vec::new();
    let mut before_turn: Vec<String> = Vec::new();
    for (sentence, clause) in clauses {
        if contains_turn(&clause) && !request.is_empty() {
            // "…thank you. Now a different trouble: …": the request starts here.
            before_turn.append(&mut request);
        }
        if is_self_introduction(&clause) {
            // "I am the UDC entrepreneur of X": who writes, not what is asked.
            introductions.push(clause);
            continue;
        }
        if is_set_aside(&clause) {
            // "…, ignore it": the clause before it in the sentence goes too.
            if previous == Some((sentence, true))
                && refers_back(&clause)
                && request.last().is_some_and(|c| !c.ends_with(" ?"))
            {
                set_aside.extend(request.pop());
            }
            set_aside.push(clause);
            previous = Some((sentence, false));
        } else {
            request.push(clause);
            previous = Some((sentence, true));
        }
    }
    let new_words: usize = request
        .iter()
        .chain(&before_turn)
        .map(|c| c.split(' ').count())
        .sum();
    if !forward_lines.is_empty() {
        if new_words < COVERING_NOTE_WORDS {
            // A covering note: the forward is what the sender asks about.
            request.push(forward_all);
        } else {
            seg.forwarded = normalize(&forward_body(forward_lines).join("\n"));
        }
    }
    if request.is_empty() {
        // Nothing after the turn: there was no new topic.
        request.append(&mut before_turn);
    }
    if request.is_empty() {
        // Nothing but an introduction: it is all the sender wrote, so it is the request.
        request.append(&mut introductions);
    }
    seg.before_turn = before_turn.join(" ");
    seg.introduction = introductions.join(" ");
    seg.request = request.join(" ");
    seg.set_aside = set_aside.join(" ");
    seg
}

/// Longest clause (in words) taken for a bare introduction.
const INTRO_WORDS: usize = 10;

/// Whether a normalised clause only says who the sender is: it starts as an
/// introduction, names a role, is short, asks nothing and names no problem.
fn is_self_introduction(clause: &str) -> bool {
    if clause.ends_with(" ?") || clause.split(' ').count() > INTRO_WORDS {
        return false;
    }
    if !INTRO_STARTS.iter().any(|s| clause.starts_with(s)) {
        return false;
    }
    const NOT_AN_INTRO: &[&str] = &[
        "need",
        "want",
        "cannot",
        "can",
        "not",
        "problem",
        "please",
        "help",
        "and",
        "চাই",
        "পারছি",
        "না",
        "নেই",
        "সমস্যা",
        "এবং",
        "lagbe",
        "chai",
        "parchi",
        "na",
        "nai",
        "somossa",
    ];
    let words: Vec<&str> = clause.split(' ').collect();
    if words.iter().any(|w| NOT_AN_INTRO.contains(w)) {
        return false;
    }
    words.iter().skip(1).any(|w| {
        ROLES
            .iter()
            .any(|r| w == r || (!r.is_ascii() && w.starts_with(r)))
    }) || ROLES
        .iter()
        .filter(|r| r.contains(' '))
        .any(|r| clause.contains(r))
}

/// Whether a normalised text may hold a self-introduction (a cheap pre-check before
/// the clauses are read): an introduction's start at a word start, and a role word.
fn introduces_sender(text: &str) -> bool {
    let starts = INTRO_STARTS.iter().any(|s| {
        text.match_indices(s)
            .any(|(at, _)| at == 0 || text.as_bytes()[at - 1] == b' ')
    });
    starts && ROLES.iter().any(|r| text.contains(r))
}

/// `---------- Forwarded message ---------`, `-------- Forwarded Message --------`,
/// `Begin forwarded message:`, `---- ফরওয়ার্ড করা বার্তা ----`.
fn is_forward_marker(line: &str) -> bool {
    let t = line.trim();
    let lower = t.to_lowercase();
    (t.starts_with('-') && (lower.contains("forwarded message") || lower.contains("ফরওয়ার্ড")))
        || lower.starts_with("begin forwarded message")
}

/// The forwarded block without its marker and header lines.
fn forward_body<'a>(lines: &[&'a str]) -> Vec<&'a str> {
    const HEADERS: &[&str] = &[
        "from:",
        "date:",
        "sent:",
        "subject:",
        "to:",
        "cc:",
        "প্রেরক:",
        "তারিখ:",
        "বিষয়:",
        "প্রাপক:",
    ];
    lines
        .iter()
        .skip(1)
        .filter(|l| {
            let t = l.trim_start().to_lowercase();
            !HEADERS.iter().any(|h| t.starts_with(h))
        })
        .copied()
        .collect()
}

/// Splits off the sign-off: from a closing line near the end, or else up to
/// [`MAX_ROLE_LINES`] short trailing lines without sentence punctuation when a
/// real sentence stands before them.
fn split_signoff<'a>(lines: &[&'a str]) -> (Vec<&'a str>, Vec<&'a str>) {
    let filled: Vec<&str> = lines
        .iter()
        .copied()
        .filter(|l| !l.trim().is_empty())
        .collect();
    let from = filled.len().saturating_sub(MAX_SIGNOFF_LINES);
    if let Some(i) = (from.max(1)..filled.len()).find(|&i| is_closing(filled[i])) {
        return (filled[..i].to_vec(), filled[i..].to_vec());
    }
    let mut cut = filled.len();
    while cut > 0 && filled.len() - cut < MAX_ROLE_LINES && is_role_line(filled[cut - 1]) {
        cut -= 1;
    }
    let has_sentence = filled[..cut]
        .iter()
        .any(|l| l.split_whitespace().count() > ROLE_LINE_WORDS);
    if cut == filled.len() || !has_sentence {
        return (filled, Vec::new());
    }
    (filled[..cut].to_vec(), filled[cut..].to_vec())
}

/// A short line that reads as a name, role or office, not as a sentence.
fn is_role_line(line: &str) -> bool {
    let t = line.trim();
    let words = normalize(t).split(' ').filter(|w| !w.is_empty()).count();
    words > 0
        && words <= ROLE_LINE_WORDS
        && !t.ends_with(['.', '?', '!', '।', ':'])
        && !t.contains('?')
}

/// A closing formula that starts a sign-off block.
fn is_closing(line: &str) -> bool {
    const CLOSINGS: &[&str] = &[
        "regards",
        "best regards",
        "kind regards",
        "warm regards",
        "sincerely",
        "yours sincerely",
        "yours faithfully",
        "yours truly",
        "thanks and regards",
        "thanks regards",
        "with thanks",
        "ধন্যবাদান্তে",
        "শুভেচ্ছান্তে",
        "বিনীত",
        "নিবেদক",
        "নিবেদিকা",
        "বিনীত নিবেদক",
        "বিনীত নিবেদিকা",
        "আপনার বিশ্বস্ত",
        "আপনার একান্ত বিশ্বস্ত",
        "ইতি",
    ];
    let key = normalize(line);
    CLOSINGS.contains(&key.as_str())
}

/// The text's clauses, normalised: split at sentence and clause punctuation and
/// at "but"-words, since a dismissal ("the net is fine") and a request ("but the
/// lab PCs do not start") often share a sentence.
fn clauses(text: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    for (sentence, piece) in text
        .split(['.', '!', '।', '\n'])
        .enumerate()
        .flat_map(|(i, s)| s.split([',', ';', '|']).map(move |c| (i, c)))
    {
        let question = piece.contains('?');
        let key = normalize(piece);
        let padded = format!(" {key} ");
        let mut rest = padded.as_str();
        loop {
            let cut = BUT_WORDS
                .iter()
                .filter_map(|w| rest[1..].find(w).map(|i| i + 1))
                .min();
            let Some(i) = cut else { break };
            push_clause(&mut out, sentence, &rest[..i], question);
            rest = &rest[i..];
        }
        push_clause(&mut out, sentence, rest, question);
    }
    out
}

/// A clause keeps a trailing `?` marker so that a question is never set aside.
fn push_clause(out: &mut Vec<(usize, String)>, sentence: usize, clause: &str, question: bool) {
    let c = clause.trim();
    if c.is_empty() {
        return;
    }
    if question {
        out.push((sentence, format!("{c} ?")));
    } else {
        out.push((sentence, c.to_string()));
    }
}

#[cfg(test)]
#[path = "segment_tests.rs"]
mod tests;

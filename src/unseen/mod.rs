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

use crate::intake::ParsedMail;

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
pub(crate) fn folded_text(mail: &ParsedMail) -> String {
    let raw = format!("{}\n{}", mail.subject, prefix(&mail.text, SCANNED_BYTES));
    collapse(&raw.to_lowercase())
}

/// Whitespace collapsed, and the three Bangla letters with a nukta in one spelling (য় ড় ঢ়
/// are typed both as one code point and as letter + nukta).
pub(crate) fn collapse(s: &str) -> String {
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

/// The phrases of `list` that occur in `text` (already folded).
pub(crate) fn hits<'a>(text: &str, list: &[&'a str]) -> Vec<&'a str> {
    list.iter()
        .copied()
        .filter(|p| text.contains(&collapse(p)))
        .collect()
}

/// The domain of an address, lower case.
pub(crate) fn domain_of(address: &str) -> String {
    address
        .rsplit_once('@')
        .map(|(_, d)| d.trim_end_matches('>').to_ascii_lowercase())
        .unwrap_or_default()
}

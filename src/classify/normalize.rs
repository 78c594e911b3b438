//! Text normalisation for keyword matching, and removal of quoted replies and
//! signatures from mail bodies.
//!
//! [`normalize`] produces a *matching key*, not display text: the classifier
//! runs it over both the keyword phrases and the mail text, so that spelling
//! differences that do not change meaning (Unicode composition, invisible
//! joiners, Bengali vs. ASCII digits, nukta encodings, case, punctuation) do
//! not prevent a match.

use std::borrow::Cow;

use unicode_normalization::UnicodeNormalization;

/// Bengali sign nukta (U+09BC).
const NUKTA: char = '\u{09BC}';
/// Zero width joiner (U+200D).
const ZWJ: char = '\u{200D}';

/// Normalises text into the form used for keyword matching.
///
/// Steps, in order:
/// 1. Unicode NFC.
/// 2. Invisible characters are removed: zero-width space/joiner/non-joiner,
///    BOM, soft hyphen, bidi controls, word joiner, variation selectors and
///    the like. (A ZWJ after `ত্` first turns it into khanda ta `ৎ`, the old
///    way of typing it.)
/// 3. Bengali digits `০`–`৯` become ASCII `0`–`9`.
/// 4. Nukta letters get one canonical form: the single code points `য়`
///    (U+09DF), `ড়` (U+09DC) and `ঢ়` (U+09DD). NFC itself *decomposes*
///    these (they are composition exclusions) into base + U+09BC; here the
///    pair is recomposed so that precomposed and decomposed input agree
///    (also when the nukta was typed after a vowel sign: `য` `ে` `়`).
///    The result is therefore not NFC; it is only a matching key.
/// 5. Lowercase.
/// 6. Every run of characters that are not letters, digits or Bengali signs
///    (punctuation, hyphens, underscores, dots, symbols, whitespace, the
///    danda `।`) becomes one ASCII space; leading and trailing spaces are
///    dropped. So `e-Nothi`, `e_nothi`, `E.Nothi` and `e  nothi` all become
///    `e nothi`.
pub fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    for c in text.nfc() {
        if c == ZWJ && out.ends_with("ত\u{09CD}") && !pending_space {
            // Old-style khanda ta: TA + VIRAMA + ZWJ.
            out.truncate(out.len() - "ত\u{09CD}".len());
            out.push('ৎ');
            continue;
        }
        if is_invisible(c) {
            continue;
        }
        if c == NUKTA && !pending_space {
            // Base + nukta, or (mistyped) base + vowel sign + nukta.
            let mut tail = out.chars().rev();
            let (last, before) = (tail.next(), tail.next());
            let (base, sign) = match (last, before) {
                (Some(v), Some(b)) if is_vowel_sign(v) => (Some(b), Some(v)),
                (b, _) => (b, None),
            };
            let composed = match base {
                Some('য') => Some('\u{09DF}'),
                Some('ড') => Some('\u{09DC}'),
                Some('ঢ') => Some('\u{09DD}'),
                _ => None,
            };
            if let Some(composed) = composed {
                out.pop();
                if sign.is_some() {
                    out.pop();
                }
                out.push(composed);
                out.extend(sign);
                continue;
            }
        }
        let c = fold_digit(c);
        if is_word_char(c) {
            if pending_space && !out.is_empty() {
                out.push(' ');
            }
            pending_space = false;
            if c.is_ascii() {
                out.push(c.to_ascii_lowercase());
            } else {
                out.extend(c.to_lowercase());
            }
        } else {
            pending_space = true;
        }
    }
    out
}

/// Bengali dependent vowel signs (া … ৌ, ৗ).
fn is_vowel_sign(c: char) -> bool {
    matches!(c, '\u{09BE}'..='\u{09CC}' | '\u{09D7}')
}

/// Characters that carry no visible content and are dropped entirely.
fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{00AD}'                  // soft hyphen
        | '\u{034F}'                // combining grapheme joiner
        | '\u{061C}'                // arabic letter mark
        | '\u{180E}'                // mongolian vowel separator
        | '\u{200B}'..='\u{200F}'   // ZWSP, ZWNJ, ZWJ, LRM, RLM
        | '\u{202A}'..='\u{202E}'   // bidi embeddings/overrides
        | '\u{2060}'..='\u{2064}'   // word joiner, invisible operators
        | '\u{2066}'..='\u{206F}'   // bidi isolates, deprecated format chars
        | '\u{FE00}'..='\u{FE0F}'   // variation selectors
        | '\u{FEFF}'                // BOM / ZWNBSP
    )
}

fn fold_digit(c: char) -> char {
    match c {
        '০'..='৯' => char::from(b'0' + (c as u32 - '০' as u32) as u8),
        _ => c,
    }
}

/// Letters, digits, and the Bengali block apart from its currency and
/// punctuation-like signs. Combining marks of other scripts are kept so that
/// they do not split words.
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    match c {
        '\u{0980}'..='\u{09F1}' | '\u{09FC}' | '\u{09FE}' => true,
        '\u{09F2}'..='\u{09FF}' => false,
        '\u{0300}'..='\u{036F}' => true,
        _ => c.is_alphanumeric(),
    }
}

/// Removes HTML/XML tags, `<style>`/`<script>` contents, and decodes the
/// common character entities. Text that contains no `<` or `&` is returned
/// unchanged. Intended as a safety net for bodies where an HTML-to-text
/// conversion left markup behind. A `<` that does not start a tag (as in
/// "a < b") is kept; `<user@example.com>` looks like a tag and is removed.
pub fn strip_html_tags(text: &str) -> Cow<'_, str> {
    if !text.contains('<') && !text.contains('&') {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(pos) = rest.find(['<', '&']) {
        out.push_str(&rest[..pos]);
        let tail = &rest[pos..];
        if tail.starts_with('&') {
            let (decoded, used) = decode_entity(tail);
            out.push_str(decoded);
            rest = &tail[used..];
            continue;
        }
        match tag_len(tail) {
            Some(len) => {
                let tag = &tail[..len];
                let lower = tag.get(..7).unwrap_or(tag).to_ascii_lowercase();
                rest = &tail[len..];
                // Skip the contents of <style> and <script> blocks.
                for name in ["style", "script"] {
                    if lower.starts_with(&format!("<{name}"))
                        && tag[1 + name.len()..]
                            .starts_with(|c: char| c == '>' || c.is_whitespace())
                    {
                        let close = format!("</{name}");
                        match find_ascii_ci(rest, &close) {
                            Some(end) => {
                                let after = &rest[end..];
                                rest = after.find('>').map_or("", |gt| &after[gt + 1..]);
                            }
                            None => rest = "",
                        }
                    }
                }
                out.push(' ');
            }
            None => {
                out.push('<');
                rest = &tail[1..];
            }
        }
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// Length of the tag at the start of `s` (which starts with `<`), if it is
/// one: `<` followed by a letter, `/`, `!` or `?`, up to the next `>` within
/// 2,000 bytes, with no `<` in between.
fn tag_len(s: &str) -> Option<usize> {
    let second = s[1..].chars().next()?;
    if !(second.is_ascii_alphabetic() || matches!(second, '/' | '!' | '?')) {
        return None;
    }
    if s.starts_with("<!--") {
        return s.find("-->").map(|end| end + 3);
    }
    // Cut at a character boundary: 2,000 bytes may end inside a Bangla letter (a panic
    // found by the real-world corpus once Bijoy text became Unicode before this step).
    let mut cut = s.len().min(2000);
    while !s.is_char_boundary(cut) {
        cut -= 1;
    }
    let window = &s[..cut];
    let end = window[1..].find(['>', '<'])? + 1;
    (window.as_bytes()[end] == b'>').then_some(end + 1)
}

#[cfg(test)]
#[test]
fn a_long_unclosed_tag_before_bangla_does_not_split_a_letter() {
    for pad in 0..4 {
        let s = format!("<a{}{}", "x".repeat(1990 + pad), "পপপপপপ");
        assert_eq!(tag_len(&s), None);
    }
}

fn find_ascii_ci(haystack: &str, needle: &str) -> Option<usize> {
    let n = needle.len();
    haystack
        .as_bytes()
        .windows(n)
        .position(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
}

/// Decodes the entity at the start of `s` (which starts with `&`). Returns the
/// replacement and the number of bytes consumed; an unknown entity is kept
/// as a literal `&`.
fn decode_entity(s: &str) -> (&'static str, usize) {
    const NAMED: [(&str, &str); 7] = [
        ("&nbsp;", " "),
        ("&amp;", "&"),
        ("&lt;", "<"),
        ("&gt;", ">"),
        ("&quot;", "\""),
        ("&apos;", "'"),
        ("&#39;", "'"),
    ];
    for (name, value) in NAMED {
        if s.len() >= name.len() && s.as_bytes()[..name.len()].eq_ignore_ascii_case(name.as_bytes())
        {
            return (value, name.len());
        }
    }
    // Any other numeric entity: drop it (it is punctuation for matching
    // purposes far more often than a letter).
    if let Some(body) = s.strip_prefix("&#") {
        let digits = body
            .bytes()
            .take_while(|b| b.is_ascii_hexdigit() || *b == b'x' || *b == b'X')
            .count();
        if digits > 0 && digits <= 8 && body.as_bytes().get(digits) == Some(&b';') {
            return (" ", 2 + digits + 1);
        }
    }
    ("&", 1)
}

/// Whether the text looks like Bangla typed with a legacy Bijoy/SutonnyMJ
/// ("ANSI") font: Latin-1/Windows-1252 symbols such as `‡ ¨ © ¯ Ö ÿ` used as
/// Bengali letters, and hardly any real Bengali characters. Such text reads
/// as `Av‡e`b` (আবেদন); its Bangla words cannot be matched without converting
/// it first.
pub fn looks_like_bijoy(text: &str) -> bool {
    const MARKS: &[char] = &[
        '‡', 'ˆ', '¨', '©', '¯', '¦', 'Ö', 'ÿ', 'Š', 'Œ', 'œ', 'š', '¤', '›', '‹', 'Ë', 'Ï', 'Ø',
        '×', 'Ô', 'ª', '«', '¬', '°', '±', '²', '³', '¸', '¹', 'º', '¼', '½', '¾',
    ];
    let mut marks = 0usize;
    let mut bengali = 0usize;
    for c in text.chars() {
        if MARKS.contains(&c) {
            marks += 1;
        } else if ('\u{0980}'..='\u{09FF}').contains(&c) {
            bengali += 1;
        }
    }
    marks >= 3 && bengali < marks
}

/// Returns the author's own text of a mail body: everything before the first
/// quote header or signature delimiter, without `>`-quoted lines.
///
/// The body is cut at the first line that is
/// - a reply header: `On … wrote:` (also when the header wraps onto a second
///   line), or the Bangla Gmail form `… তারিখে … লিখেছেন:`;
/// - an `-----Original Message-----` / `-------- Original message --------`
///   separator (any number of dashes, any case), or its Bangla forms
///   `----- মূল বার্তা -----` / `----- পূর্ববর্তী বার্তা -----`;
/// - the start of an Outlook header block: a `From:` line followed within
///   four lines by a `Sent:` line (an `________` rule just above it goes too);
/// - a signature delimiter `-- ` (also without the trailing space, as many
///   clients strip it).
///
/// Lines starting with `>` are dropped wherever they are. Trailing blank
/// lines are removed. Forwarded-message blocks are *kept*: in a forward the
/// forwarded text is usually the request itself.
pub fn strip_quoted_and_signature(body: &str) -> String {
    let lines: Vec<&str> = body.lines().collect();
    let mut end = lines.len();
    for (i, line) in lines.iter().enumerate() {
        let t = line.trim_end();
        if t == "--" {
            end = i;
            break;
        }
        let tt = t.trim_start();
        if is_original_message_separator(tt) {
            end = i;
            break;
        }
        if is_reply_header(&lines, i) {
            end = i;
            break;
        }
        if is_header_block(&lines, i) {
            end = i;
            if i > 0 && is_rule(lines[i - 1]) {
                end = i - 1;
            }
            break;
        }
    }
    let mut out = String::with_capacity(body.len());
    for line in &lines[..end] {
        if line.starts_with('>') {
            continue;
        }
        out.push_str(line);
        out.push('\n');
    }
    let trimmed = out.trim_end().len();
    out.truncate(trimmed);
    out
}

/// Whether line `i` starts a quoted header block: Outlook's `From:` with a `Sent:`
/// within four lines, or (Outlook for Mac, webmail, Bangla clients) a `From:`/`প্রেরক:`
/// with a `Date:`/`তারিখ:`/`পাঠানো হয়েছে:` and a `Subject:`/`To:`/`বিষয়:`/`প্রাপক:` —
/// unless a forward marker stands just above it (a forward is kept, see below).
fn is_header_block(lines: &[&str], i: usize) -> bool {
    let t = lines[i].trim_start();
    let from = starts_with_ci(t, "from:") || t.starts_with("প্রেরক:");
    if !from {
        return false;
    }
    let next: Vec<&str> = lines[i + 1..]
        .iter()
        .take(4)
        .map(|l| l.trim_start())
        .collect();
    if next.iter().any(|l| starts_with_ci(l, "sent:")) {
        return true;
    }
    let dated = next.iter().any(|l| {
        starts_with_ci(l, "date:") || l.starts_with("তারিখ:") || l.starts_with("পাঠানো হয়েছে:")
    });
    let addressed = next.iter().any(|l| {
        starts_with_ci(l, "subject:")
            || starts_with_ci(l, "to:")
            || l.starts_with("বিষয়:")
            || l.starts_with("প্রাপক:")
    });
    let forwarded = lines[..i].iter().rev().take(2).any(|l| {
        let l = l.to_lowercase();
        l.contains("forward") || l.contains("ফরওয়ার্ড")
    });
    dated && addressed && !forwarded
}

fn starts_with_ci(s: &str, prefix: &str) -> bool {
    s.len() >= prefix.len() && s.as_bytes()[..prefix.len()].eq_ignore_ascii_case(prefix.as_bytes())
}

fn is_original_message_separator(t: &str) -> bool {
    if !t.starts_with('-') {
        return false;
    }
    let inner = t.trim_matches(|c: char| c == '-' || c.is_whitespace());
    // Bangla mail clients: "মূল বার্তা" (original message), "পূর্ববর্তী বার্তা" (previous message).
    inner.eq_ignore_ascii_case("original message") || inner == "মূল বার্তা" || inner == "পূর্ববর্তী বার্তা"
}

fn is_rule(line: &str) -> bool {
    let t = line.trim();
    t.len() >= 10 && t.chars().all(|c| c == '_' || c == '-')
}

/// Whether line `i` starts a reply header. A header may wrap: "On … <x@y>"
/// then "wrote:" on the next line.
fn is_reply_header(lines: &[&str], i: usize) -> bool {
    let t = lines[i].trim();
    let next = lines.get(i + 1).map(|l| l.trim()).unwrap_or("");
    let ends_wrote = |s: &str| s.ends_with("wrote:");
    if t.starts_with("On ") && (ends_wrote(t) || (ends_wrote(next) && !next.starts_with('>'))) {
        return true;
    }
    let ends_bn = |s: &str| {
        let s = s.trim_end_matches(':').trim_end();
        s.ends_with("লিখেছেন") && s.len() > "লিখেছেন".len()
    };
    if t.contains("তারিখে") && (ends_bn(t) || ends_bn(next)) {
        return true;
    }
    // Other clients and locales: "<date> <name> <addr@host> wrote:" without "On", and
    // the Bangla form without "তারিখে"; an address or a date/time (a digit) keeps a
    // sentence ("The headmaster wrote:") from matching.
    let dated = |s: &str| {
        s.contains('@')
            || s.chars()
                .any(|c| c.is_ascii_digit() || ('০'..='৯').contains(&c))
    };
    if dated(t) && (ends_wrote(t) || ends_bn(t)) {
        return true;
    }
    false
}

#[cfg(test)]
#[path = "normalize_tests.rs"]
mod tests;

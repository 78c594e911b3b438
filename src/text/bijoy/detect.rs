//! Finding the Bijoy runs in mixed English, Unicode Bangla and Bijoy text, and converting only
//! those.

use super::glyphs::fold_c1;
use super::lexicon::{bijoy_lexicon, english_set};
use super::*;
use std::sync::OnceLock;

/// Is `c` a char that can occur in Bijoy text (after windows-1252 decoding)?
#[inline]
fn in_bijoy_alphabet(c: char) -> bool {
    let u = c as u32;
    (0x21..=0x7E).contains(&u)
        || (0x80..=0xFF).contains(&u)
        || matches!(
            c,
            '€' | '‚'
                | 'ƒ'
                | '„'
                | '…'
                | '†'
                | '‡'
                | 'ˆ'
                | '‰'
                | 'Š'
                | '‹'
                | 'Œ'
                | 'Ž'
                | '‘'
                | '’'
                | '“'
                | '”'
                | '•'
                | '–'
                | '—'
                | '˜'
                | '™'
                | 'š'
                | '›'
                | 'œ'
                | 'ž'
                | 'Ÿ'
        )
}

/// Repair one level of "UTF-8 read as windows-1252" mojibake inside a word
/// (`wkÃ¿K` → `wkÿK`). Only applied when every repaired char is itself a
/// Bijoy-alphabet char; returns `None` if nothing was repaired.
fn repair_mojibake(word: &str) -> Option<String> {
    if !word.contains(['Ã', 'Â', 'â']) {
        return None;
    }
    let bytes: Vec<Option<u8>> = word.chars().map(cp1252_byte).collect();
    let chars: Vec<char> = word.chars().collect();
    let mut out = String::with_capacity(word.len());
    let mut i = 0;
    let mut changed = false;
    while i < chars.len() {
        let lead = bytes[i];
        let need = match lead {
            Some(0xC2..=0xDF) => 1,
            Some(0xE0..=0xEF) => 2,
            _ => 0,
        };
        if need > 0 && i + need < chars.len() {
            let mut buf = [0u8; 3];
            let mut ok = true;
            for k in 0..=need {
                match bytes[i + k] {
                    Some(b) if k == 0 || (0x80..=0xBF).contains(&b) => buf[k] = b,
                    _ => {
                        ok = false;
                        break;
                    }
                }
            }
            if ok && let Ok(s) = std::str::from_utf8(&buf[..=need]) {
                let ch = s.chars().next().unwrap();
                if in_bijoy_alphabet(ch) && (ch as u32) >= 0x80 {
                    out.push(ch);
                    changed = true;
                    i += need + 1;
                    continue;
                }
            }
        }
        out.push(chars[i]);
        i += 1;
    }
    if changed { Some(out) } else { None }
}

/// windows-1252 byte for a char, if it has one.
fn cp1252_byte(c: char) -> Option<u8> {
    let u = c as u32;
    if u < 0x80 || (0xA0..=0xFF).contains(&u) || (0x80..=0x9F).contains(&u) {
        return Some(u as u8);
    }
    Some(match c {
        '€' => 0x80,
        '‚' => 0x82,
        'ƒ' => 0x83,
        '„' => 0x84,
        '…' => 0x85,
        '†' => 0x86,
        '‡' => 0x87,
        'ˆ' => 0x88,
        '‰' => 0x89,
        'Š' => 0x8A,
        '‹' => 0x8B,
        'Œ' => 0x8C,
        'Ž' => 0x8E,
        '‘' => 0x91,
        '’' => 0x92,
        '“' => 0x93,
        '”' => 0x94,
        '•' => 0x95,
        '–' => 0x96,
        '—' => 0x97,
        '˜' => 0x98,
        '™' => 0x99,
        'š' => 0x9A,
        '›' => 0x9B,
        'œ' => 0x9C,
        'ž' => 0x9E,
        'Ÿ' => 0x9F,
        _ => return None,
    })
}

/// Word classification for run detection.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Class {
    /// contains chars that Bijoy text never has (Unicode Bangla, CJK, …), or
    /// is a URL / e-mail address: breaks a run
    Foreign,
    /// English dictionary word (letter count)
    English(usize),
    /// Bijoy evidence score (1 weak … ≥3 strong); 0 = no evidence
    Score(u32),
}

const TRIM_LEAD: &[char] = &['(', '[', '{', '"', '\'', '<', '*'];
const TRIM_TRAIL: &[char] = &[
    '.', ',', ';', ':', '!', '?', ')', ']', '}', '"', '\'', '>', '*',
];

fn classify(word: &str, chars: &mut Vec<char>) -> Class {
    if !word.chars().all(in_bijoy_alphabet) {
        return Class::Foreign;
    }
    if word.contains('@') || word.contains("://") || word.starts_with("www.") {
        return Class::Foreign;
    }
    let core = word
        .trim_start_matches(TRIM_LEAD)
        .trim_end_matches(TRIM_TRAIL);
    chars.clear();
    chars.extend(core.chars().map(fold_c1));
    let chars: &[char] = chars;
    // file names, dotted abbreviations, domains (CV.pdf, e.g, U.S.A)
    if core.is_ascii() && core.contains('.') {
        return Class::English(core.len());
    }
    if chars.is_empty() {
        return Class::Score(0);
    }
    let ascii_letters = chars.iter().filter(|c| c.is_ascii_alphabetic()).count();
    let has_letter_or_glyph =
        ascii_letters > 0 || chars.iter().filter(|c| !c.is_ascii()).count() >= 2;
    let score = glyph_evidence(chars, core);
    if !has_letter_or_glyph {
        return Class::Score(0);
    }
    if chars.iter().all(|c| c.is_ascii()) {
        ascii_word_class(core, chars, ascii_letters, score)
    } else {
        accented_word_class(core, score)
    }
}

/// Special glyph evidence: the sum of [`glyph_weight`] over the word's chars.
fn glyph_evidence(chars: &[char], core: &str) -> u32 {
    let mut score: u32 = 0;
    for (i, &c) in chars.iter().enumerate() {
        let prev = if i > 0 { Some(chars[i - 1]) } else { None };
        let next = chars.get(i + 1).copied();
        score += glyph_weight(c, prev, next, core);
    }
    score
}

/// How strongly one char, between `prev` and `next`, says Bijoy (0 none … 3 strong): a table
/// of glyphs and the neighbours that make them Bijoy, kept whole so it reads as one table.
fn glyph_weight(c: char, prev: Option<char>, next: Option<char>, core: &str) -> u32 {
    let prev_letterish = prev.is_some_and(|p| p.is_ascii_alphabetic() || p == '`' || !p.is_ascii());
    let next_some = next.is_some_and(|n| !n.is_whitespace());
    match c {
        // never used this way by English/European text
        '‡' | '†' | 'ˆ' | '‰' | '¨' | '¯' | '¤' | '¥' | '¦' | 'ª' | '¬' | 'ÿ' | 'Š' | '‹' | 'Œ'
        | 'Ÿ' | '¸' | '¶' => 3,
        '©' if prev_letterish => 3, // reph after a consonant; "© 2024" is not
        '®' if next_some && next.is_some_and(|n| n != '\'' && !n.is_ascii_digit()) => 3,
        '«' | '¡' | '¿' | '¢' | '£' | '§' | '»' if prev_letterish => 3,
        'š' if next.is_some_and(|n| matches!(n, 'Í' | '—' | '‘' | '’' | '¿' | '^' | '¡')) => {
            3
        }
        '›' if next.is_some_and(|n| n.is_ascii_alphabetic() || n == '`' || !n.is_ascii()) => 3,
        'œ' if !next.is_some_and(|n| matches!(n, 'a' | 'e' | 'i' | 'o' | 'u'))
            && prev.is_some() =>
        {
            3
        }
        '’' | '‘' if prev.is_some_and(|p| p == '¯' || p == 'š') => 3,
        '”' if next.is_some_and(|n| matches!(n, 'P' | 'Q' | 'T')) => 3,
        '“' if prev == Some('i') => 3,
        // uppercase accented letter right after a lowercase letter: not European
        'À'..='Þ'
            if prev.is_some_and(|p| p.is_ascii_lowercase() || p == '`' || p == '‡' || p == '†') =>
        {
            3
        }
        'ï' | 'û' if prev.is_none() => 2,
        '`' if !(core.starts_with('`') && core.ends_with('`') && core.len() > 1) => 3,
        '|' if prev.is_some_and(|p| p.is_ascii_alphabetic() || !p.is_ascii()) => 2,
        '~' if prev.is_some_and(|p| p.is_ascii_alphabetic()) => 2,
        '_' if prev.is_none_or(|p| p.is_ascii_alphabetic())
            && next.is_some_and(|n| matches!(n, 'v' | 'w' | 'x' | 'y' | '‡' | '†' | '©' | '¨')) =>
        {
            2
        }
        '_' if prev.is_some_and(|p| matches!(p, 'v' | 'w' | 'x' | 'y' | '‡' | '†'))
            && next.is_none() =>
        {
            1
        }
        '_' | '^' | '&' if prev.is_some() && next.is_some() => 1,
        c if !c.is_ascii() && c != '\u{00A0}' => 1,
        _ => 0,
    }
}

/// ASCII word-shape evidence for an all-ASCII word: English by the word lists or by its
/// letters, else Bijoy by `score` plus the shape of each hyphen- or slash-separated part.
fn ascii_word_class(core: &str, chars: &[char], ascii_letters: usize, mut score: u32) -> Class {
    let letters_only: bool = chars.iter().all(|c| c.is_ascii_alphanumeric());
    // hyphenated: judge parts separately (B-bw_ = ই-নথি)
    let mut lbuf = [0u8; 24];
    let lower: &str = if core.len() <= lbuf.len() {
        lbuf[..core.len()].copy_from_slice(core.as_bytes());
        lbuf[..core.len()].make_ascii_lowercase();
        std::str::from_utf8(&lbuf[..core.len()]).unwrap_or("")
    } else {
        ""
    };
    if letters_only && english_set().contains(lower) {
        return Class::English(ascii_letters);
    }
    if letters_only && is_english_abbrev(lower) {
        return Class::English(ascii_letters);
    }
    if bijoy_lexicon().contains(core) {
        score += 2;
    }
    for part in core.split(['-', '/']) {
        score += ascii_shape_score(part);
    }
    if score == 0
        && letters_only
        && (looks_englishy(lower) || (lower.is_empty() && core.len() > 24))
    {
        return Class::English(ascii_letters);
    }
    Class::Score(score)
}

/// A word with non-ASCII chars: English in curly quotes or dashes, else Bijoy by `score`.
fn accented_word_class(core: &str, mut score: u32) -> Class {
    // curly quotes / dashes around an English word: “hello”, ‘fix’
    let plain = core
        .trim_matches(|c| matches!(c, '“' | '”' | '‘' | '’' | '…' | '–' | '—' | '•' | '«' | '»'));
    let lower = plain.to_ascii_lowercase();
    if score < 3
        && !plain.is_empty()
        && plain.chars().all(|c| c.is_ascii_alphabetic() || c == '\'')
        && (english_set().contains(lower.as_str()) || looks_englishy(&lower))
    {
        return Class::English(plain.len());
    }
    score += ascii_shape_score(core).min(2);
    Class::Score(score)
}

/// Shape features of an ASCII (sub)word. 0–3.
fn ascii_shape_score(part: &str) -> u32 {
    let b = part.as_bytes();
    let letters = b.iter().filter(|c| c.is_ascii_alphabetic()).count();
    if letters < 2 {
        return 0;
    }
    let lower_count = b.iter().filter(|c| c.is_ascii_lowercase()).count();
    if lower_count == 0 {
        return 0; // ALL CAPS: acronyms
    }
    let mut s = 0;
    // no lower-case vowel at all (wK, bv, wQj, UvKv); English needs a vowel
    if !b
        .iter()
        .any(|c| matches!(c, b'a' | b'e' | b'i' | b'o' | b'u' | b'y'))
    {
        s += 1;
    }
    // lower→upper transition that is not English camelCase (iPhone, YouTube)
    let seg_ok = |k: usize, seg: &[u8]| {
        (k == 0 && seg.len() == 1 && matches!(seg[0], b'i' | b'e'))
            || (seg.len() >= 2
                && seg.iter().any(|c| {
                    matches!(
                        c.to_ascii_lowercase(),
                        b'a' | b'e' | b'i' | b'o' | b'u' | b'y'
                    )
                }))
    };
    let mut st = 0;
    let mut nseg = 0;
    let mut camel = true;
    for k in 1..b.len() {
        if b[k - 1].is_ascii_lowercase() && b[k].is_ascii_uppercase() {
            camel &= seg_ok(nseg, &b[st..k]);
            nseg += 1;
            st = k;
        }
    }
    if nseg > 0 && !(camel && seg_ok(nseg, &b[st..])) {
        s += 1;
    }
    // heavy use of `v` (া)
    let v = b.iter().filter(|&&c| c == b'v').count();
    if letters >= 3 && v * 4 >= letters {
        s += 1;
    }
    // Av + consonant (আ-)
    if b.len() >= 3
        && b[0] == b'A'
        && b[1] == b'v'
        && !matches!(b[2], b'a' | b'e' | b'i' | b'o' | b'u')
    {
        s += 1;
    }
    // w (ি) followed by an upper-case consonant or by a consonant English never puts after w
    if b.windows(2).any(|p| {
        p[0] == b'w'
            && (p[1].is_ascii_uppercase()
                || matches!(p[1], b'b' | b'c' | b'g' | b'j' | b'k' | b'q' | b'v' | b'z'))
    }) {
        s += 1;
    }
    s.min(3)
}

fn is_english_abbrev(lower: &str) -> bool {
    matches!(
        lower,
        "mr" | "mrs" | "dr" | "st" | "ltd" | "pvt" | "md" | "mst" | "hm" | "mph" | "bdt" | "tk"
    )
}

/// Cheap "is this pronounceable English" test for words not in the list:
/// share of common English letter bigrams.
fn looks_englishy(lower: &str) -> bool {
    const BIGRAMS: &[&str] = &[
        "th", "he", "in", "er", "an", "re", "on", "at", "en", "nd", "ti", "es", "or", "te", "of",
        "ed", "is", "it", "al", "ar", "st", "to", "nt", "ng", "se", "ha", "as", "ou", "io", "le",
        "ve", "co", "me", "de", "hi", "ri", "ro", "ic", "ne", "ea", "ra", "ce", "li", "ch", "ll",
        "be", "ma", "si", "om", "ur", "ca", "el", "ta", "la", "ns", "ge", "ly", "ei", "os", "no",
        "pe", "do", "su", "pa", "ec", "ac", "ot", "di", "ol", "tr", "sh", "ss", "pr", "ct", "ho",
        "us", "un", "mi", "ad", "lo", "il", "wa", "fo", "ia", "ai", "ie", "ee", "oo", "ay", "io",
        "ow", "ck", "wh", "ir", "ue", "rs", "ts", "ty", "ry", "im", "mo", "ni", "ci", "vi", "po",
    ];
    static TABLE: OnceLock<[u32; 26]> = OnceLock::new();
    let t = TABLE.get_or_init(|| {
        let mut t = [0u32; 26];
        for g in BIGRAMS {
            let g = g.as_bytes();
            t[(g[0] - b'a') as usize] |= 1 << (g[1] - b'a');
        }
        t
    });
    let b = lower.as_bytes();
    if b.len() < 3 || !b.iter().all(|c| c.is_ascii_lowercase()) {
        return false;
    }
    let total = b.len() - 1;
    let hits = b
        .windows(2)
        .filter(|w| t[(w[0] - b'a') as usize] & (1 << (w[1] - b'a')) != 0)
        .count();
    hits * 10 >= total * 6
}

/// A whitespace-separated token with its byte range.
struct Tok {
    start: usize,
    end: usize,
    class: Class,
}

fn tokenize(text: &str) -> Vec<Tok> {
    let mut toks = Vec::new();
    let mut start: Option<usize> = None;
    for (i, c) in text.char_indices() {
        if c.is_whitespace() {
            if let Some(s) = start.take() {
                toks.push(Tok {
                    start: s,
                    end: i,
                    class: Class::Score(0),
                });
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(s) = start {
        toks.push(Tok {
            start: s,
            end: text.len(),
            class: Class::Score(0),
        });
    }
    let mut scratch = Vec::with_capacity(32);
    for t in &mut toks {
        let w = &text[t.start..t.end];
        t.class = match repair_mojibake(w) {
            Some(r) => classify(&r, &mut scratch),
            None => classify(w, &mut scratch),
        };
    }
    toks
}

/// Find the token-index ranges (inclusive) that are Bijoy.
fn find_spans(toks: &[Tok], assume_bijoy: bool) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut cur: Option<(usize, usize, u32, u32, u32)> = None; // first, last, sum, max, count
    let mut gap = 0usize;
    let close = |cur: &mut Option<(usize, usize, u32, u32, u32)>,
                 spans: &mut Vec<(usize, usize)>| {
        if let Some((f, l, sum, max, cnt)) = cur.take()
            && ((sum >= 3 && (max >= 2 || cnt >= 3)) || (assume_bijoy && sum >= 1))
        {
            spans.push((f, l));
        }
    };
    for (i, t) in toks.iter().enumerate() {
        match t.class {
            Class::Foreign => {
                close(&mut cur, &mut spans);
                gap = 0;
            }
            Class::English(n) => {
                if n <= 2 && cur.is_some() && gap < 3 {
                    gap += 1;
                } else {
                    close(&mut cur, &mut spans);
                    gap = 0;
                }
            }
            Class::Score(0) => {
                if cur.is_some() {
                    gap += 1;
                    if gap > 3 {
                        close(&mut cur, &mut spans);
                        gap = 0;
                    }
                }
            }
            Class::Score(s) => {
                match &mut cur {
                    Some((_, l, sum, max, cnt)) => {
                        *l = i;
                        *sum += s;
                        *max = (*max).max(s);
                        *cnt += 1;
                    }
                    None => cur = Some((i, i, s, s, 1)),
                }
                gap = 0;
            }
        }
    }
    close(&mut cur, &mut spans);
    // extend edges over adjacent evidence-free tokens that are not English
    // (numbers, punctuation, short unknown words)
    let mut floor = 0usize;
    for sp in spans.iter_mut() {
        while sp.0 > floor && matches!(toks[sp.0 - 1].class, Class::Score(0)) {
            sp.0 -= 1;
        }
        while sp.1 + 1 < toks.len() && matches!(toks[sp.1 + 1].class, Class::Score(0)) {
            sp.1 += 1;
        }
        floor = sp.1 + 1;
    }
    // a right extension may have reached the next span's (unextended) start
    spans.dedup_by(|b, a| {
        if b.0 <= a.1 {
            a.1 = a.1.max(b.1);
            true
        } else {
            false
        }
    });
    spans
}

/// Does `text` contain at least one run that is confidently Bijoy?
pub fn looks_like_bijoy(text: &str) -> bool {
    if !text
        .chars()
        .any(|c| !c.is_ascii() || c == '`' || c == '|' || c.is_ascii_uppercase())
    {
        return false;
    }
    !find_spans(&tokenize(text), false).is_empty()
}

/// Convert every Bijoy run in mixed text, leaving English and Unicode Bangla
/// untouched. Returns `None` when nothing looked like Bijoy.
pub fn convert_runs(text: &str) -> Option<String> {
    convert_runs_hinted(text, false)
}

/// Like [`convert_runs`], but with `assume_bijoy = true` a run needs only
/// weak evidence (one Bijoy-shaped word). Use it for the Subject when the
/// body of the same mail was detected as Bijoy: short subjects such as
/// `B-bw_` (ই-নথি) carry too little evidence on their own.
pub fn convert_runs_hinted(text: &str, assume_bijoy: bool) -> Option<String> {
    let toks = tokenize(text);
    let spans = find_spans(&toks, assume_bijoy);
    if spans.is_empty() {
        return None;
    }
    let mut out = String::with_capacity(text.len() * 2);
    let mut pos = 0;
    let mut buf = String::new();
    for (f, l) in spans {
        let (s, e) = (toks[f].start, toks[l].end);
        out.push_str(&text[pos..s]);
        buf.clear();
        // rebuild the span with mojibake-repaired words
        let mut p = s;
        for t in &toks[f..=l] {
            buf.push_str(&text[p..t.start]);
            let w = &text[t.start..t.end];
            match if w.contains(['Ã', 'Â', 'â']) {
                repair_mojibake(w)
            } else {
                None
            } {
                Some(r) => buf.push_str(&r),
                None => buf.push_str(w),
            }
            p = t.end;
        }
        out.push_str(&to_unicode(&buf));
        pos = e;
    }
    out.push_str(&text[pos..]);
    Some(out)
}

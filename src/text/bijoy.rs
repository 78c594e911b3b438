//! Bijoy / SutonnyMJ (legacy "ANSI" Bangla) → Unicode Bangla.
//!
//! Mails typed with the Bijoy keyboard in a SutonnyMJ-family font arrive as
//! Latin-1 / windows-1252 gibberish such as `Avgv‡`i ¯‹z‡ji` (আমাদের স্কুলের).
//! This module is std-only and table driven:
//!
//! * [`to_unicode`] converts a string that is known to be Bijoy.
//! * [`looks_like_bijoy`] / [`convert_runs`] find Bijoy runs inside mixed
//!   English / Unicode-Bangla / Bijoy text and convert only those runs.
//! * [`convert_font_spans`] converts the text of HTML elements whose
//!   `font-family` / `face` is a `…MJ` font (SutonnyMJ, SulekhaMJ, …).
//!
//! # Conversion model
//!
//! 1. **Glyph mapping.** Every input char is mapped through [`glyph`]. C1
//!    control chars U+0080–U+009F (what a windows-1252 byte becomes when the
//!    mail was mislabelled ISO-8859-1) are first folded to their windows-1252
//!    meaning. Conjunct glyphs map to full conjuncts (`Ë` → ত্ত); *half forms*
//!    map to `consonant + ্` (`¯` → স্, `š`/`›` → ন্, `¤` → ম্, `®` → ষ্,
//!    `˜`/`™` → দ্, `”` → চ্, `•` → ঙ্) and *subjoined forms* to `্ + consonant`
//!    (`‹` → ্ক, `Í`/`—` → ্ত, `’` → ্থ, `ú` → ্প, `œ`/`è` → ্ন/্ণ, `¥`/`§` → ্ম,
//!    `^ ¡ ¦ Ÿ` → ্ব, `¬ ø U+00AD` → ্ল, `ª « Ö` → ্র, `¨` → ্য, `¢` → ্ভ,
//!    `£` → ্ভ্র, `¿` → ্ত্র, `‘` → ্তু, `Œ` → ্ক্র). When a subjoined form
//!    follows a half form the doubled hasanta is merged, so `¯‹` → স্ক,
//!    `šÍ` → ন্ত, `¤cÖ` → ম্প্র without needing a table row per conjunct
//!    (this gives well over 150 conjuncts from ~100 glyph rows).
//!    Two-glyph tokens: `Av` → আ, `i¨` → র‍্য (র + ZWJ + ্ + য, "RYA").
//! 2. **Reordering** (one linear pass, no backtracking):
//!    * pre-base vowel signs `w`(ি) `‡ †`(ে) `‰ ˆ`(ৈ) typed before the consonant
//!      cluster move after it (cluster = consonant [+ nukta] (+ ্ consonant)*,
//!      so ra-/ya-/ba-/la-phala are inside the cluster);
//!    * `‡ … v` → ো and `‡ … Š` → ৌ (composed code points, as NFC requires),
//!      also with a candrabindu or reph between the cluster and `v`;
//!    * reph `©`, typed after the cluster (or after the cluster's vowel sign),
//!      becomes র্ in front of the cluster — i.e. also in front of a moved
//!      pre-base vowel: `Avw_©K` → আর্থিক, `c~‡e©` → পূর্বে;
//!    * candrabindu typed before a post-base vowel sign is put after it
//!      (`Kuv` → কাঁ); a doubled identical vowel sign (`vv`, `yy`) is dropped.
//! 3. **Output is NFC**: ড় ঢ় য় are emitted decomposed (ড/ঢ/য + U+09BC nukta,
//!    as NFC requires since U+09DC/09DD/09DF are composition exclusions);
//!    ো/ৌ are emitted composed; hasanta always sits between conjunct members.
//!
//! # Glyph coverage and known unknowns
//!
//! Mapped (SutonnyMJ / Bijoy 52 layout, both the older and the newer
//! "Bijoy 2000+" glyph positions): all consonants `K…r`, ং ঃ ঁ (`s t u`),
//! vowels `A Av B…J`, vowel signs `v w x y z ~ ‚ ƒ “ æ „ … ‡ † ‰ ˆ Š`, digits,
//! `|` → ।, `&` → ্, reph `©`, the phala/half/subjoined forms listed above,
//! ক্ষ as both `¶` (older) and `ÿ` (newer), ক্ষ্ম `²`, and the full conjunct
//! glyphs `° ± ³ µ · ¸ » ¼ ½ ¾ À Á Â Ã Ä Å Æ Ç È É Ê Ë Ì Î Ï × Ø Ù Ú Û Ü Ý Þ ß
//! à á â ã ä å ç é ê ë ì í î ï ð ò ó ô õ ö ÷ ù û ü ý þ`, quotes `Ò Ó Ô Õ`.
//!
//! Unsure (mapped by the majority of public tables, not verified against the
//! font): `´` → ক্ম, `ñ` → শ্ছ, `Ð` → `-`, `Ñ` → `—`, `è` → ্ণ (one table says
//! ্ন), `ƒ` → ূ (only seen after র), `U+00AD` soft hyphen → ্ল.
//! Not mapped (passed through unchanged): `¹`, `º`, `€`, `Ž`, `ž`, `–`
//! (one table says ু), `\` (one table says ॥), and the undefined windows-1252
//! positions U+0081/8D/8F/90/9D.

use std::sync::OnceLock;

const HASANTA: char = '\u{09CD}';
const NUKTA: char = '\u{09BC}';
const ZWJ: char = '\u{200D}';
/// Internal sentinel for the reph glyph `©` between the two passes.
const REPH: char = '\u{E000}';

/// Fold a C1 control char (windows-1252 byte decoded as ISO-8859-1) to the
/// windows-1252 character.
#[inline]
fn fold_c1(c: char) -> char {
    let u = c as u32;
    if !(0x80..=0x9F).contains(&u) {
        return c;
    }
    match u {
        0x80 => '€',
        0x82 => '‚',
        0x83 => 'ƒ',
        0x84 => '„',
        0x85 => '…',
        0x86 => '†',
        0x87 => '‡',
        0x88 => 'ˆ',
        0x89 => '‰',
        0x8A => 'Š',
        0x8B => '‹',
        0x8C => 'Œ',
        0x8E => 'Ž',
        0x91 => '‘',
        0x92 => '’',
        0x93 => '“',
        0x94 => '”',
        0x95 => '•',
        0x96 => '–',
        0x97 => '—',
        0x98 => '˜',
        0x99 => '™',
        0x9A => 'š',
        0x9B => '›',
        0x9C => 'œ',
        0x9E => 'ž',
        0x9F => 'Ÿ',
        _ => c,
    }
}

/// The glyph table: one Bijoy char → its Unicode value (already in logical
/// order for conjuncts; pre-base vowels and reph are reordered later).
/// `None` means "not a Bijoy glyph, pass through".
#[inline]
fn glyph(c: char) -> Option<&'static str> {
    Some(match c {
        // independent vowels (Av is handled as a two-char token)
        'A' => "অ",
        'B' => "ই",
        'C' => "ঈ",
        'D' => "উ",
        'E' => "ঊ",
        'F' => "ঋ",
        'G' => "এ",
        'H' => "ঐ",
        'I' => "ও",
        'J' => "ঔ",
        // consonants
        'K' => "ক",
        'L' => "খ",
        'M' => "গ",
        'N' => "ঘ",
        'O' => "ঙ",
        'P' => "চ",
        'Q' => "ছ",
        'R' => "জ",
        'S' => "ঝ",
        'T' => "ঞ",
        'U' => "ট",
        'V' => "ঠ",
        'W' => "ড",
        'X' => "ঢ",
        'Y' => "ণ",
        'Z' => "ত",
        '_' => "থ",
        '`' => "দ",
        'a' => "ধ",
        'b' => "ন",
        'c' => "প",
        'd' => "ফ",
        'e' => "ব",
        'f' => "ভ",
        'g' => "ম",
        'h' => "য",
        'i' => "র",
        'j' => "ল",
        'k' => "শ",
        'l' => "ষ",
        'm' => "স",
        'n' => "হ",
        'o' => "ড\u{09BC}",
        'p' => "ঢ\u{09BC}",
        'q' => "য\u{09BC}",
        'r' => "ৎ",
        's' => "ং",
        't' => "ঃ",
        'u' => "ঁ",
        // vowel signs
        'v' => "া",
        'w' => "ি",
        'x' => "ী",
        'y' | 'z' | '“' | 'æ' => "ু",
        '~' | '‚' | 'ƒ' => "ূ",
        '„' | '…' => "ৃ",
        '‡' | '†' => "ে",
        '‰' | 'ˆ' => "ৈ",
        'Š' => "ৗ",
        // digits, punctuation
        '0' => "০",
        '1' => "১",
        '2' => "২",
        '3' => "৩",
        '4' => "৪",
        '5' => "৫",
        '6' => "৬",
        '7' => "৭",
        '8' => "৮",
        '9' => "৯",
        '|' => "।",
        '&' => "্",
        'Ð' => "-",
        'Ñ' => "—",
        'Ò' => "“",
        'Ó' => "”",
        'Ô' => "‘",
        'Õ' => "’",
        // reph
        '©' => "\u{E000}",
        // half forms (consonant + hasanta)
        '¯' => "স্",
        'š' | '›' => "ন্",
        '¤' => "ম্",
        '®' => "ষ্",
        '˜' | '™' => "দ্",
        '”' => "চ্",
        '•' => "ঙ্",
        // subjoined forms (hasanta + consonant)
        '‹' => "্ক",
        'Œ' => "্ক্র",
        '‘' => "্তু",
        '’' => "্থ",
        '—' | 'Í' => "্ত",
        'œ' => "্ন",
        'è' => "্ণ",
        '^' | '¡' | '¦' | 'Ÿ' => "্ব",
        '¢' => "্ভ",
        '£' => "্ভ্র",
        '¥' | '§' => "্ম",
        '¨' => "্য",
        'ª' | '«' | 'Ö' => "্র",
        '¬' | 'ø' | '\u{00AD}' => "্ল",
        '¿' => "্ত্র",
        'ú' => "্প",
        // full conjunct glyphs
        '°' => "ক্ক",
        '±' => "ক্ট",
        '²' => "ক্ষ্ম",
        '³' => "ক্ত",
        '´' => "ক্ম",
        'µ' => "ক্র",
        '¶' | 'ÿ' => "ক্ষ",
        '·' => "ক্স",
        '¸' => "গু",
        '»' => "গ্ধ",
        '¼' => "ঙ্ক",
        '½' => "ঙ্গ",
        '¾' => "জ্জ",
        'À' => "জ্ঝ",
        'Á' => "জ্ঞ",
        'Â' => "ঞ্চ",
        'Ã' => "ঞ্ছ",
        'Ä' => "ঞ্জ",
        'Å' => "ঞ্ঝ",
        'Æ' => "ট্ট",
        'Ç' => "ড্ড",
        'È' => "ণ্ট",
        'É' => "ণ্ঠ",
        'Ê' => "ণ্ড",
        'Ë' => "ত্ত",
        'Ì' => "ত্থ",
        'Î' => "ত্র",
        'Ï' => "দ্দ",
        '×' => "দ্ধ",
        'Ø' => "দ্ব",
        'Ù' => "দ্ম",
        'Ú' => "ন্ঠ",
        'Û' => "ন্ড",
        'Ü' => "ন্ধ",
        'Ý' => "ন্স",
        'Þ' => "প্ট",
        'ß' => "প্ত",
        'à' => "প্প",
        'á' => "প্স",
        'â' => "ব্জ",
        'ã' => "ব্দ",
        'ä' => "ব্ধ",
        'å' => "ভ্র",
        'ç' => "ম্ফ",
        'é' => "ল্ক",
        'ê' => "ল্গ",
        'ë' => "ল্ট",
        'ì' => "ল্ড",
        'í' => "ল্প",
        'î' => "ল্ফ",
        'ï' => "শু",
        'ð' => "শ্চ",
        'ñ' => "শ্ছ",
        'ò' => "ষ্ণ",
        'ó' => "ষ্ট",
        'ô' => "ষ্ঠ",
        'õ' => "ষ্ফ",
        'ö' => "স্খ",
        '÷' => "স্ট",
        'ù' => "স্ফ",
        'û' => "হু",
        'ü' => "হৃ",
        'ý' => "হ্ন",
        'þ' => "হ্ম",
        _ => return None,
    })
}

#[inline]
fn is_consonant(c: char) -> bool {
    matches!(
        c,
        '\u{0995}'..='\u{09B9}' | '\u{09DC}' | '\u{09DD}' | '\u{09DF}'
    )
}
#[inline]
fn is_prebase(c: char) -> bool {
    matches!(c, 'ি' | 'ে' | 'ৈ')
}
#[inline]
fn is_postbase(c: char) -> bool {
    matches!(c, 'া' | 'ী' | 'ু' | 'ূ' | 'ৃ' | 'ৗ' | 'ো' | 'ৌ')
}
#[inline]
fn is_vowel_sign(c: char) -> bool {
    is_prebase(c) || is_postbase(c)
}

/// Pass 1: glyph mapping into a char buffer (reused across calls by callers
/// that hold one; `to_unicode` allocates it once per call).
fn map_glyphs(input: &str, out: &mut Vec<char>) {
    let mut it = input.chars().map(fold_c1).peekable();
    while let Some(c) = it.next() {
        if c == 'A' && it.peek() == Some(&'v') {
            it.next();
            out.push('আ');
            continue;
        }
        if c == 'i' && it.peek() == Some(&'¨') {
            it.next();
            out.extend(['র', ZWJ, HASANTA, 'য']);
            continue;
        }
        match glyph(c) {
            Some(s) => {
                let mut chars = s.chars();
                let first = s.chars().next().unwrap_or(' ');
                // half form + subjoined form: merge the doubled hasanta
                if first == HASANTA && out.last() == Some(&HASANTA) {
                    chars.next();
                }
                // doubled identical vowel sign is a typing slip ("vv", "yy")
                if s.chars().count() == 1 && is_vowel_sign(first) && out.last() == Some(&first) {
                    continue;
                }
                out.extend(chars);
            }
            None => out.push(c),
        }
    }
}

/// End (exclusive) of the consonant cluster starting at `j`, or `j` if there
/// is no consonant at `j`.
#[inline]
fn cluster_end(m: &[char], j: usize) -> usize {
    if j >= m.len() || !is_consonant(m[j]) {
        return j;
    }
    let mut k = j + 1;
    if k < m.len() && m[k] == NUKTA {
        k += 1;
    }
    loop {
        if k + 1 < m.len() && m[k] == HASANTA && is_consonant(m[k + 1]) {
            k += 2;
        } else if k + 2 < m.len() && m[k] == ZWJ && m[k + 1] == HASANTA && is_consonant(m[k + 2]) {
            k += 3;
        } else {
            break;
        }
        if k < m.len() && m[k] == NUKTA {
            k += 1;
        }
    }
    k
}

#[inline]
fn push_sign(out: &mut String, c: char) {
    // keep ো / ৌ composed even when they were typed in an unusual order
    if out.ends_with('ে') && (c == 'া' || c == 'ৗ') {
        out.truncate(out.len() - 'ে'.len_utf8());
        out.push(if c == 'া' { 'ো' } else { 'ৌ' });
    } else {
        out.push(c);
    }
}

/// Pass 2: reorder pre-base vowels, o/au kars, reph, candrabindu.
fn reorder(m: &[char], out: &mut String) {
    let n = m.len();
    let mut i = 0;
    // byte offset in `out` where the current syllable's cluster starts
    let mut syl: Option<usize> = None;
    while i < n {
        let c = m[i];
        if is_prebase(c) {
            let ce = cluster_end(m, i + 1);
            if ce == i + 1 {
                out.push(c);
                syl = None;
                i += 1;
                continue;
            }
            let start = out.len();
            out.extend(&m[i + 1..ce]);
            let mut k = ce;
            let mut reph = false;
            let mut cbindu = false;
            while k < n && (m[k] == REPH || m[k] == 'ঁ') {
                if m[k] == REPH {
                    reph = true
                } else {
                    cbindu = true
                }
                k += 1;
            }
            if c == 'ে' && k < n && m[k] == 'া' {
                out.push('ো');
                k += 1;
            } else if c == 'ে' && k < n && m[k] == 'ৗ' {
                out.push('ৌ');
                k += 1;
            } else {
                out.push(c);
            }
            if cbindu {
                out.push('ঁ');
            }
            if reph {
                out.insert_str(start, "র্");
            }
            syl = Some(start);
            i = k;
            continue;
        }
        if is_consonant(c) {
            let ce = cluster_end(m, i);
            let start = out.len();
            out.extend(&m[i..ce]);
            syl = Some(start);
            i = ce;
            continue;
        }
        if c == REPH {
            match syl {
                // cap keeps pathological input (a huge hasanta chain) linear
                Some(s) if out.len() - s <= 64 => out.insert_str(s, "র্"),
                _ => out.push_str("র্"),
            }
            i += 1;
            continue;
        }
        if c == 'ঁ' && i + 1 < n && is_postbase(m[i + 1]) {
            push_sign(out, m[i + 1]);
            out.push('ঁ');
            i += 2;
            continue;
        }
        if is_postbase(c) || matches!(c, 'ং' | 'ঃ' | 'ঁ' | NUKTA | HASANTA | ZWJ) {
            push_sign(out, c);
            i += 1;
            continue;
        }
        out.push(c);
        syl = None;
        i += 1;
    }
}

/// Convert a string that is known to be Bijoy/SutonnyMJ text to Unicode
/// Bangla (NFC). Chars that are not Bijoy glyphs (spaces, most ASCII
/// punctuation, Unicode Bangla, …) pass through. Linear time; two
/// allocations per call regardless of input length.
pub fn to_unicode(bijoy: &str) -> String {
    let mut mapped = Vec::with_capacity(bijoy.len() + 8);
    map_glyphs(bijoy, &mut mapped);
    let mut out = String::with_capacity(bijoy.len() * 3 + 8);
    reorder(&mapped, &mut out);
    out
}

// ───────────────────────────── detection ─────────────────────────────

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

/// Common English words (lower case). A word found here is never treated as
/// Bijoy on its own; 1–2 letter ones may still be converted when sandwiched
/// between Bijoy words (`I` is ও, `me` is সব in Bijoy).
const ENGLISH_WORDS: &str = "a about above access account accounts action actually add added address admin after again against age ago agree all allow already also although always am an and another answer any anyone anything app application apply approval april are area around as ask asked at attached attachment august available away back bad bangladesh bank be because been before being below best better between bill board both box but buy by call can cannot card case cause center centre certificate change check child children city class click close code come coming company complaint computer contact copy correct could country course court cv data date day days dear december department details did district do document documents does done down due during each early email emails employee end enough error even evening every example except fax february fee file files find first following for form forward found free friday from full fwd get give given go going good government great group had has have having he hello help her here high him his home hope hour hours how however i if important in info information inside internet into is issue it its itself january job join july june just keep kind know last late later let letter like line link list little local login long look lot made mail make many march may me meeting message might mobile monday money month more morning most mr mrs ms much must my name need needed net network never new news next no none not note nothing notice november now number october of off office officer old on once one online only open or order other our out over own page paid part password pay payment people per person phone please pm possible post problem process provide public put question quickly re read ready really reason received regards regarding related reply report request required road room said same saturday say school section see seen send sent september server service services set she should show sign since sir so some someone something soon sorry start still student students subject submit sunday support sure system take team tell than thank thanks that the their them then there these they thing think this those thursday through time to today together too town tuesday two under union until up update upon urgent us use used user very via visit want was way we website wednesday week well were what when where which while who why will with within without word work working would write year years yes yesterday yet you your yours
    ltd pvt dr st rd jr sr mst md mohammad sk nb ps pls plz thx btw fyi asap km kg cm mm ml hr hrs min sec vs www http https pdf doc docx xls xlsx ppt jpg jpeg png gif txt csv html htm xml php sql url id nid tin bd gmail yahoo outlook hotmail com org gov edu net info phd avg approx etc eg ie cc bcc dept govt upazila zila union ward
    apple application apps attach bangla bengali body browser cafe camera cell chrome college copyright dhaka english facebook font fonts github google iphone javascript kindly linkedin microsoft paypal resume sutonnymj thanking unicode windows whatsapp word youtube zoom";

/// Sorted word list; binary search is cheaper than SipHash for short keys.
struct WordSet(Vec<&'static str>);
impl WordSet {
    fn new(it: impl Iterator<Item = &'static str>) -> Self {
        let mut v: Vec<_> = it.collect();
        v.sort_unstable();
        v.dedup();
        WordSet(v)
    }
    #[inline]
    fn contains(&self, w: &str) -> bool {
        self.0.binary_search(&w).is_ok()
    }
}

fn english_set() -> &'static WordSet {
    static SET: OnceLock<WordSet> = OnceLock::new();
    SET.get_or_init(|| WordSet::new(ENGLISH_WORDS.split_whitespace()))
}

/// Very frequent all-ASCII Bijoy words (these contain no special glyph, so
/// they need a lexicon to be recognised on their own).
const BIJOY_ASCII_WORDS: &[&str] = &[
    "Avwg", "Avgvi", "Avgiv", "Avcwb", "Avcbvi", "Kiv", "Kwi", "Kib", "KiwQ", "wK", "bv", "ev",
    "Ges", "GB", "GwU", "GKwU", "wQj", "Zvi", "Zviv", "bvg", "UvKv", "miKvi", "welq", "welqt",
    "Rbve", "webxZ", "mgq", "Kvi", "GLb", "ZLb", "Avi", "evsjv", "AvR", "Kvj", "mKj", "nq", "nj",
    "PvB", "Pvq", "Rvbvb", "bs", "mvs", "BDwbqb", "Awdm", "Awdmvi", "mwPe", "nvRvi", "eQi", "gvm",
    "ZvwiL", "wVKvbv", "_vbv", "gvZv", "wcZv", "Rbvev", "gnv", "Avcbvi", "mnvqZv", "eivei",
    "DcKvi", "KvMR", "Qwe", "eZ©gvb", "AvBwmwU", "wWwRUvj", "mycvi", "gynZvivg",
];

fn bijoy_lexicon() -> &'static WordSet {
    static SET: OnceLock<WordSet> = OnceLock::new();
    SET.get_or_init(|| WordSet::new(BIJOY_ASCII_WORDS.iter().copied()))
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
    let mut score: u32 = 0;

    // ---- special glyph evidence ----
    for (i, &c) in chars.iter().enumerate() {
        let prev = if i > 0 { Some(chars[i - 1]) } else { None };
        let next = chars.get(i + 1).copied();
        let prev_letterish =
            prev.is_some_and(|p| p.is_ascii_alphabetic() || p == '`' || !p.is_ascii());
        let next_some = next.is_some_and(|n| !n.is_whitespace());
        let w: u32 = match c {
            // never used this way by English/European text
            '‡' | '†' | 'ˆ' | '‰' | '¨' | '¯' | '¤' | '¥' | '¦' | 'ª' | '¬' | 'ÿ' | 'Š' | '‹'
            | 'Œ' | 'Ÿ' | '¸' | '¶' => 3,
            '©' if prev_letterish => 3, // reph after a consonant; "© 2024" is not
            '®' if next_some && next.is_some_and(|n| n != '\'' && !n.is_ascii_digit()) => 3,
            '«' | '¡' | '¿' | '¢' | '£' | '§' | '»' if prev_letterish => 3,
            'š' if next.is_some_and(|n| matches!(n, 'Í' | '—' | '‘' | '’' | '¿' | '^' | '¡')) => {
                3
            }
            '›' if next.is_some_and(|n| n.is_ascii_alphabetic() || n == '`' || !n.is_ascii()) => {
                3
            }
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
                if prev.is_some_and(|p| {
                    p.is_ascii_lowercase() || p == '`' || p == '‡' || p == '†'
                }) =>
            {
                3
            }
            'ï' | 'û' if prev.is_none() => 2,
            '`' if !(core.starts_with('`') && core.ends_with('`') && core.len() > 1) => 3,
            '|' if prev.is_some_and(|p| p.is_ascii_alphabetic() || !p.is_ascii()) => 2,
            '~' if prev.is_some_and(|p| p.is_ascii_alphabetic()) => 2,
            '_' if prev.is_none_or(|p| p.is_ascii_alphabetic())
                && next.is_some_and(|n| {
                    matches!(n, 'v' | 'w' | 'x' | 'y' | '‡' | '†' | '©' | '¨')
                }) =>
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
        };
        score += w;
    }
    if !has_letter_or_glyph {
        return Class::Score(0);
    }

    // ---- ASCII word-shape evidence ----
    let letters_only: bool = chars.iter().all(|c| c.is_ascii_alphanumeric());
    if chars.iter().all(|c| c.is_ascii()) {
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
    } else {
        // curly quotes / dashes around an English word: “hello”, ‘fix’
        let plain = core.trim_matches(|c| {
            matches!(c, '“' | '”' | '‘' | '’' | '…' | '–' | '—' | '•' | '«' | '»')
        });
        let lower = plain.to_ascii_lowercase();
        if score < 3
            && !plain.is_empty()
            && plain.chars().all(|c| c.is_ascii_alphabetic() || c == '\'')
            && (english_set().contains(lower.as_str()) || looks_englishy(&lower))
        {
            return Class::English(plain.len());
        }
        score += ascii_shape_score(core).min(2);
    }
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

// ───────────────────────────── HTML ─────────────────────────────

/// Is a CSS `font-family` value / `face` attribute a Bijoy (…MJ) font?
/// Only the first family counts (it is the one that rendered the text).
fn is_mj_font(value: &str) -> bool {
    let first = value.split(',').next().unwrap_or("");
    let name = first
        .trim()
        .trim_matches(|c| c == '\'' || c == '"' || c == '\\')
        .trim();
    let lower = name.to_ascii_lowercase();
    lower.ends_with("mj") || lower.ends_with("mj bold") || lower == "sutonny"
}

/// Returns Some(true/false) if the tag sets a font, None if it does not.
fn tag_font(tag: &str) -> Option<bool> {
    let lower = tag.to_ascii_lowercase();
    let mut res = None;
    // face="…"
    if let Some(p) = find_attr(&lower, "face") {
        res = Some(is_mj_font(attr_value(&tag[p..])));
    }
    // style="…font-family: X…"
    if let Some(p) = find_attr(&lower, "style") {
        let style = attr_value(&tag[p..]);
        let sl = style.to_ascii_lowercase();
        let mut from = 0;
        while let Some(q) = sl[from..].find("font-family") {
            let q = from + q;
            let prop_start = sl[..q].rfind([';', '{']).map(|x| x + 1).unwrap_or(0);
            let prop = sl[prop_start..q].trim();
            let is_plain = prop.is_empty() || prop == "mso-ascii-";
            if let Some(colon) = style[q..].find(':') {
                let vstart = q + colon + 1;
                let vend = style[vstart..]
                    .find(';')
                    .map(|x| vstart + x)
                    .unwrap_or(style.len());
                if is_plain || prop.starts_with("mso-ascii") {
                    let v = is_mj_font(&style[vstart..vend]);
                    res = Some(res.unwrap_or(false) || v);
                }
                from = vend.min(sl.len());
            } else {
                break;
            }
        }
    }
    res
}

/// Byte offset just after `name=` of an attribute, if present.
fn find_attr(lower_tag: &str, name: &str) -> Option<usize> {
    let b = lower_tag.as_bytes();
    let mut from = 0;
    while let Some(p) = lower_tag[from..].find(name) {
        let p = from + p;
        let before_ok =
            p > 0 && (b[p - 1].is_ascii_whitespace() || b[p - 1] == b'"' || b[p - 1] == b'\'');
        let mut q = p + name.len();
        while q < b.len() && b[q].is_ascii_whitespace() {
            q += 1;
        }
        if before_ok && q < b.len() && b[q] == b'=' {
            q += 1;
            while q < b.len() && b[q].is_ascii_whitespace() {
                q += 1;
            }
            return Some(q);
        }
        from = p + name.len();
    }
    None
}

fn attr_value(s: &str) -> &str {
    let mut it = s.chars();
    match it.next() {
        Some(q @ ('"' | '\'')) => {
            let rest = &s[1..];
            &rest[..rest.find(q).unwrap_or(rest.len())]
        }
        _ => {
            &s[..s
                .find(|c: char| c.is_whitespace() || c == '>')
                .unwrap_or(s.len())]
        }
    }
}

const VOID_TAGS: &[&str] = &[
    "br", "img", "meta", "hr", "input", "link", "area", "base", "col", "wbr", "source",
];

/// Named entities: all of Latin-1 (U+00A0–U+00FF, in order) plus the
/// windows-1252 extras, which is every char a SutonnyMJ span can contain.
const LATIN1_ENTITIES: [&str; 96] = [
    "nbsp", "iexcl", "cent", "pound", "curren", "yen", "brvbar", "sect", "uml", "copy", "ordf",
    "laquo", "not", "shy", "reg", "macr", "deg", "plusmn", "sup2", "sup3", "acute", "micro",
    "para", "middot", "cedil", "sup1", "ordm", "raquo", "frac14", "frac12", "frac34", "iquest",
    "Agrave", "Aacute", "Acirc", "Atilde", "Auml", "Aring", "AElig", "Ccedil", "Egrave", "Eacute",
    "Ecirc", "Euml", "Igrave", "Iacute", "Icirc", "Iuml", "ETH", "Ntilde", "Ograve", "Oacute",
    "Ocirc", "Otilde", "Ouml", "times", "Oslash", "Ugrave", "Uacute", "Ucirc", "Uuml", "Yacute",
    "THORN", "szlig", "agrave", "aacute", "acirc", "atilde", "auml", "aring", "aelig", "ccedil",
    "egrave", "eacute", "ecirc", "euml", "igrave", "iacute", "icirc", "iuml", "eth", "ntilde",
    "ograve", "oacute", "ocirc", "otilde", "ouml", "divide", "oslash", "ugrave", "uacute", "ucirc",
    "uuml", "yacute", "thorn", "yuml",
];

fn entity(name: &str) -> Option<char> {
    if let Some(num) = name.strip_prefix('#') {
        let v = if let Some(h) = num.strip_prefix(['x', 'X']) {
            u32::from_str_radix(h, 16).ok()?
        } else {
            num.parse::<u32>().ok()?
        };
        return char::from_u32(v).map(fold_c1);
    }
    if let Some(i) = LATIN1_ENTITIES.iter().position(|&e| e == name) {
        return char::from_u32(0xA0 + i as u32);
    }
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "euro" => '€',
        "sbquo" => '‚',
        "fnof" => 'ƒ',
        "bdquo" => '„',
        "hellip" => '…',
        "dagger" => '†',
        "Dagger" => '‡',
        "circ" => 'ˆ',
        "permil" => '‰',
        "Scaron" => 'Š',
        "lsaquo" => '‹',
        "OElig" => 'Œ',
        "lsquo" => '‘',
        "rsquo" => '’',
        "ldquo" => '“',
        "rdquo" => '”',
        "bull" => '•',
        "ndash" => '–',
        "mdash" => '—',
        "tilde" => '˜',
        "trade" => '™',
        "scaron" => 'š',
        "rsaquo" => '›',
        "oelig" => 'œ',
        "Yuml" => 'Ÿ',
        _ => return None,
    })
}

fn decode_entities(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(p) = rest.find('&') {
        out.push_str(&rest[..p]);
        let after = &rest[p + 1..];
        let semi = after.find(';').filter(|&k| k <= 10);
        match semi.and_then(|k| entity(&after[..k]).map(|c| (k, c))) {
            Some((k, c)) => {
                out.push(if c == '\u{00A0}' { ' ' } else { c });
                rest = &after[k + 1..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

fn escape_html(s: &str, out: &mut String) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            _ => out.push(c),
        }
    }
}

/// Convert the text inside elements whose `font-family` (or `<font face>`)
/// is a …MJ (Bijoy) font; everything else is copied unchanged. A simple tag
/// scanner: comments, `<script>` and `<style>` are skipped. Returns `None`
/// if no MJ-font text was found.
pub fn convert_font_spans(html: &str) -> Option<String> {
    let mut out = String::with_capacity(html.len() * 2);
    let mut stack: Vec<(String, Option<bool>)> = Vec::new();
    let mut converted = false;
    let mut i = 0;
    let b = html.as_bytes();
    let mj_now = |stack: &Vec<(String, Option<bool>)>| {
        stack.iter().rev().find_map(|(_, f)| *f).unwrap_or(false)
    };
    while i < html.len() {
        if b[i] == b'<' {
            // comment
            if html[i..].starts_with("<!--") {
                let end = html[i..]
                    .find("-->")
                    .map(|k| i + k + 3)
                    .unwrap_or(html.len());
                out.push_str(&html[i..end]);
                i = end;
                continue;
            }
            let end = match html[i..].find('>') {
                Some(k) => i + k + 1,
                None => {
                    out.push_str(&html[i..]);
                    break;
                }
            };
            let tag = &html[i..end];
            out.push_str(tag);
            i = end;
            let inner = tag[1..tag.len() - 1].trim();
            if let Some(name) = inner.strip_prefix('/') {
                let name = name.trim().to_ascii_lowercase();
                if let Some(pos) = stack.iter().rposition(|(n, _)| *n == name) {
                    stack.truncate(pos);
                }
                continue;
            }
            if inner.starts_with('!') || inner.starts_with('?') {
                continue;
            }
            let name: String = inner
                .split(|c: char| c.is_whitespace() || c == '/')
                .next()
                .unwrap_or("")
                .to_ascii_lowercase();
            if name == "script" || name == "style" {
                let close = format!("</{name}");
                let lower_rest = html[i..].to_ascii_lowercase();
                let k = lower_rest.find(&close).unwrap_or(html.len() - i);
                out.push_str(&html[i..i + k]);
                i += k;
                continue;
            }
            if VOID_TAGS.contains(&name.as_str()) || inner.ends_with('/') {
                continue;
            }
            stack.push((name, tag_font(tag)));
            continue;
        }
        let end = html[i..].find('<').map(|k| i + k).unwrap_or(html.len());
        let text = &html[i..end];
        if mj_now(&stack) && !text.trim().is_empty() {
            let decoded = decode_entities(text);
            escape_html(&to_unicode(&decoded), &mut out);
            converted = true;
        } else {
            out.push_str(text);
        }
        i = end;
    }
    if converted { Some(out) } else { None }
}

#[cfg(test)]
mod tests;

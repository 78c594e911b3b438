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

mod detect;
mod glyphs;
mod html;
mod lexicon;
use glyphs::{fold_c1, glyph};

pub use detect::{convert_runs, convert_runs_hinted, looks_like_bijoy};
pub use html::convert_font_spans;

const HASANTA: char = '\u{09CD}';
const NUKTA: char = '\u{09BC}';
const ZWJ: char = '\u{200D}';
/// Internal sentinel for the reph glyph `©` between the two passes.
const REPH: char = '\u{E000}';

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

#[cfg(test)]
mod tests;

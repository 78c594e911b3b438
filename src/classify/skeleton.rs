//! Bangla typed badly: the keyword phrases matched on their consonant skeleton (issue 18).
//!
//! People type Bangla on phones and on keyboards without a conjunct layout: the hasanta is
//! left out (লযাব for ল্যাব, শিকষক for শিক্ষক), vowel signs are dropped (ওযবসইট নটশ for
//! ওয়েবসাইট নোটিশ) or swapped (ি for ী), য় is typed as য. The exact phrases find nothing in
//! such a text. Its **skeleton** — the letters without vowel signs, hasanta and chandrabindu,
//! য় as য — is what the writer did type, and the phrases' skeletons can be found in it.
//!
//! Only a text that looks badly typed ([`badly_typed`]: almost no vowel signs, or a long text
//! with almost no hasanta) is read this way, and only phrases whose skeleton keeps at least
//! [`MIN_LETTERS`] letters are looked for, so that well-typed mail is read as before and a
//! short skeleton (নথি → নথ) does not match every word that shares two consonants.

/// The fewest letters a phrase's skeleton must keep to be looked for.
pub(super) const MIN_LETTERS: usize = 3;

fn is_vowel_sign(c: char) -> bool {
    matches!(
        c,
        '\u{09BE}'
            ..='\u{09C4}'
                | '\u{09C7}'
                | '\u{09C8}'
                | '\u{09CB}'
                | '\u{09CC}'
                | '\u{09D7}'
                | '\u{09E2}'
                | '\u{09E3}'
    )
}

fn is_consonant(c: char) -> bool {
    matches!(c, '\u{0995}'..='\u{09B9}' | '\u{09CE}' | '\u{09DC}'..='\u{09DF}')
}

/// The skeleton of a normalised text: vowel signs, hasanta (virama) and chandrabindu
/// dropped, য় written য. Spaces and every other character stay.
pub(super) fn skeleton(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\u{09CD}' | '\u{0981}' => {}
            '\u{09DF}' => out.push('\u{09AF}'),
            c if is_vowel_sign(c) => {}
            c => out.push(c),
        }
    }
    out
}

/// The letters of a skeleton that are Bangla (what [`MIN_LETTERS`] counts).
pub(super) fn bangla_letters(skeleton: &str) -> usize {
    skeleton
        .chars()
        .filter(|c| ('\u{0985}'..='\u{09DF}').contains(c))
        .count()
}

/// Whether a normalised text is Bangla typed without its vowel signs (fewer than one per
/// four consonants) or, over twenty consonants, with fewer than one hasanta in 25 (well-typed
/// Bangla has one in about ten: conjuncts and য-ফলা are everywhere).
pub(super) fn badly_typed(text: &str) -> bool {
    let (mut consonants, mut signs, mut hasanta) = (0usize, 0usize, 0usize);
    for c in text.chars() {
        if is_consonant(c) {
            consonants += 1;
        } else if is_vowel_sign(c) {
            signs += 1;
        } else if c == '\u{09CD}' {
            hasanta += 1;
        }
    }
    consonants >= 8 && (signs * 4 < consonants || (hasanta * 25 < consonants && consonants >= 20))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::classify::normalize::normalize;

    #[test]
    fn skeletons_of_well_and_badly_typed_words_agree() {
        for (good, bad) in [
            ("ল্যাবের", "লযাবের"),
            ("শিক্ষক", "শিকষক"),
            ("ওয়েবসাইট", "ওযবসইট"),
            ("প্রশিক্ষণ", "পরশকষণ"),
            ("কীবোর্ড", "কিবোরড"),
        ] {
            assert_eq!(
                skeleton(&normalize(good)),
                skeleton(&normalize(bad)),
                "{good} {bad}"
            );
        }
    }

    #[test]
    fn only_badly_typed_text_is_read_by_its_skeleton() {
        assert!(badly_typed(&normalize(
            "আমদর ইউনযন পরষদর ওযবসইট নটশ দত পরছ ন। লগইন হয কনত আপলড হয ন।"
        )));
        assert!(badly_typed(&normalize(
            "মাদরাসার ডিজিটাল লযাবের তিনটি লযাপটপের কিবোরড কাজ করে না, আর একটির সকরীন অনধকার।"
        )));
        assert!(!badly_typed(&normalize(
            "আমাদের স্কুলের ডিজিটাল ল্যাবের তিনটি ল্যাপটপ চালু হচ্ছে না, দেখে দেবেন।"
        )));
        assert!(!badly_typed(&normalize("ই-নথি")));
        assert!(!badly_typed("the lab computers are slow"));
    }
}

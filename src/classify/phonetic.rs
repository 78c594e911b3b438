//! A cross-script sound key: the consonant skeleton of a word, the same for
//! Bengali script and for the romanised spellings people type.
//!
//! Why: a citizen writes "lab er computer", "ল্যাবের কম্পিউটার" or "e nothi",
//! and the model's character n-grams of one script say nothing about the
//! other. Most seed examples and corrections are in Bengali script, most
//! romanised mail is short: without a bridge the romanised requests are the
//! model's weakest language. Vowels are where romanised spelling varies most
//! (nothi/nothee/noti, oyebsait/website), consonants are where it agrees, so
//! the key keeps consonants only, folded into coarse classes:
//!
//! | class | Bengali | Latin |
//! |---|---|---|
//! | k | ক খ চ ছ | k q c (not before e/i/y), ch, kh |
//! | g | গ ঘ | g gh |
//! | j | জ ঝ য | j z jh |
//! | t | ট ঠ ত থ ৎ | t th |
//! | d | ড ঢ দ ধ | d dh |
//! | n | ঙ ঞ ণ ন ং | n |
//! | p | প ফ | p f ph |
//! | b | ব ভ | b v bh |
//! | m | ম | m |
//! | r | র ড় ঢ় ঋ ৃ | r |
//! | l | ল | l |
//! | s | শ ষ স | s sh, c before e/i/y |
//! | h | হ | h not after a consonant |
//!
//! Dropped: vowels and vowel signs, য় y w, the য-ফলা and ব-ফলা after a
//! virama (ল্যাব = lab), ঁ ঃ, digits. Doubled classes collapse (উদ্দোক্তা,
//! uddokta). So `নথি` and `nothi` are `nt`, `কম্পিউটার` and `computer` are
//! `kmptr`, `ল্যাব` and `lab` are `lb`, `পোর্টাল` and `portal` are `prtl`.
//!
//! The key is a feature like any other: where it joins words that mean
//! different things, training gives it little weight.

/// Longest key kept; longer words are cut (their first consonants suffice).
pub const MAX_KEY: usize = 12;

/// Writes the sound key of one normalised word (lower case, no spaces) into
/// `out` and returns its length in bytes (ASCII).
pub fn sound_key(word: &str, out: &mut [u8; MAX_KEY]) -> usize {
    let mut len = 0;
    let mut push = |class: u8, len: &mut usize| {
        if *len < MAX_KEY && (*len == 0 || out[*len - 1] != class) {
            out[*len] = class;
            *len += 1;
        }
    };
    let mut chars = word.chars().peekable();
    // Was the previous character a consonant letter (Latin: for `h`), or a
    // virama (Bengali: for the য/ব-ফলা)?
    let mut after_consonant = false;
    let mut after_virama = false;
    while let Some(c) = chars.next() {
        let class: Option<u8> = match c {
            // Latin.
            'a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'w' => None,
            'h' if after_consonant => None,
            'h' => Some(b'h'),
            'b' | 'v' => Some(b'b'),
            'p' | 'f' => Some(b'p'),
            't' => Some(b't'),
            'd' => Some(b'd'),
            'k' | 'q' => Some(b'k'),
            'c' => match chars.peek() {
                Some('e' | 'i' | 'y') => Some(b's'),
                _ => Some(b'k'),
            },
            'g' => Some(b'g'),
            'j' | 'z' => Some(b'j'),
            's' => Some(b's'),
            'x' => {
                push(b'k', &mut len);
                Some(b's')
            }
            'n' => Some(b'n'),
            'm' => Some(b'm'),
            'r' => Some(b'r'),
            'l' => Some(b'l'),
            // Bengali consonants.
            'ক' | 'খ' | 'চ' | 'ছ' => Some(b'k'),
            'গ' | 'ঘ' => Some(b'g'),
            'জ' | 'ঝ' => Some(b'j'),
            'য' if after_virama => None,
            'য' => Some(b'j'),
            'ট' | 'ঠ' | 'ত' | 'থ' | 'ৎ' => Some(b't'),
            'ড' | 'ঢ' | 'দ' | 'ধ' => Some(b'd'),
            'ঙ' | 'ঞ' | 'ণ' | 'ন' | 'ং' => Some(b'n'),
            'প' | 'ফ' => Some(b'p'),
            'ব' if after_virama => None,
            'ব' | 'ভ' => Some(b'b'),
            'ম' => Some(b'm'),
            'র' | '\u{09DC}' | '\u{09DD}' | 'ঋ' | '\u{09C3}' => Some(b'r'),
            'ল' => Some(b'l'),
            'শ' | 'ষ' | 'স' => Some(b's'),
            'হ' => Some(b'h'),
            // Everything else: vowels, vowel signs, য়, virama, marks, digits.
            _ => None,
        };
        after_virama = c == '\u{09CD}';
        after_consonant = c.is_ascii_alphabetic() && !matches!(c, 'a' | 'e' | 'i' | 'o' | 'u');
        if let Some(class) = class {
            push(class, &mut len);
        }
    }
    len
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(word: &str) -> String {
        let word = crate::classify::normalize::normalize(word);
        let mut buf = [0u8; MAX_KEY];
        let n = sound_key(&word, &mut buf);
        String::from_utf8(buf[..n].to_vec()).unwrap()
    }

    #[test]
    fn bengali_and_romanised_spellings_meet() {
        for (a, b) in [
            ("নথি", "nothi"),
            ("নথি", "noti"),
            ("কম্পিউটার", "computer"),
            ("ল্যাব", "lab"),
            ("পোর্টাল", "portal"),
            ("ওয়েবসাইট", "website"),
            ("ওয়েবসাইট", "oyebsait"),
            ("উদ্যোক্তা", "uddokta"),
            ("প্রিন্টার", "printer"),
            ("হালনাগাদ", "halnagad"),
            ("পাসওয়ার্ড", "password"),
            ("স্কুল", "school"),
            ("ইন্টারনেট", "internet"),
            ("সার্ভিস", "service"),
            ("অফিস", "office"),
            ("শিখতে", "shikhte"),
            ("ভাই", "bhai"),
        ] {
            assert_eq!(key(a), key(b), "{a} / {b}");
        }
    }

    #[test]
    fn different_words_differ() {
        assert_ne!(key("nothi"), key("portal"));
        assert_ne!(key("ল্যাব"), key("নথি"));
        assert_eq!(key("nothi"), "nt");
    }

    #[test]
    fn vowels_only_and_long_words() {
        assert_eq!(key("aei"), "");
        assert_eq!(key("ও"), "");
        assert_eq!(key("৫০"), "");
        assert!(key("internationalisationalisation").len() <= MAX_KEY);
    }
}

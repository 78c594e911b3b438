//! Tests of the matching key and of removing quoted replies and signatures.

use super::*;

#[test]
fn nfc_and_case() {
    // "é" decomposed becomes composed; case folds.
    assert_eq!(normalize("Cafe\u{0301} E-NOTHI"), "café e nothi");
}

#[test]
fn invisibles_removed() {
    assert_eq!(normalize("e\u{200B}nothi"), "enothi");
    assert_eq!(normalize("\u{FEFF}lab"), "lab");
    assert_eq!(normalize("web\u{00AD}site"), "website");
    // ZWNJ inside a Bangla word does not split it.
    assert_eq!(normalize("ল্যা\u{200C}ব"), normalize("ল্যাব"));
    // ZWJ after ra (for ra + ya-phala) is dropped too.
    assert_eq!(normalize("র\u{200D}্যাম"), "র্যাম");
}

#[test]
fn khanda_ta_old_form() {
    assert_eq!(normalize("বিদ্যুত\u{09CD}\u{200D}"), normalize("বিদ্যুৎ"));
}

#[test]
fn bengali_digits() {
    assert_eq!(normalize("০১৭১১-০০৪৫২৭"), "01711 004527");
    assert_eq!(normalize("৫টি ল্যাপটপ"), "5টি ল্যাপটপ");
}

#[test]
fn nukta_forms_agree() {
    let pre = "\u{09DF}"; // য় precomposed
    let dec = "\u{09AF}\u{09BC}"; // য + nukta
    assert_eq!(normalize(pre), normalize(dec));
    assert_eq!(normalize(pre), "\u{09DF}");
    assert_eq!(normalize("\u{09A1}\u{09BC}"), "\u{09DC}");
    assert_eq!(normalize("\u{09DC}"), "\u{09DC}");
    assert_eq!(normalize("\u{09A2}\u{09BC}"), "\u{09DD}");
    assert_eq!(normalize("\u{09DD}"), "\u{09DD}");
    // In words: ওয়েব typed either way.
    assert_eq!(normalize("ও\u{09AF}\u{09BC}েব"), normalize("ও\u{09DF}েব"));
    // Nukta typed after the vowel sign.
    assert_eq!(normalize("ও\u{09AF}\u{09C7}\u{09BC}ব"), normalize("ওয়েব"));
    assert_eq!(normalize("প\u{09A1}\u{09BE}\u{09BC}"), normalize("পড়া"));
    // A nukta on another letter is kept as it is.
    assert_eq!(normalize("ক\u{09BC}"), "ক\u{09BC}");
}

#[test]
fn punctuation_to_single_space() {
    for s in [
        "e-nothi",
        "e_nothi",
        "e.nothi",
        "E - Nothi",
        "  e   nothi  ",
        "e–nothi",
        "(e/nothi)",
    ] {
        assert_eq!(normalize(s), "e nothi", "{s}");
    }
    assert_eq!(normalize("ই-নথি।"), "ই নথি");
    assert_eq!(normalize("ল্যাবের, প্রজেক্টর"), "ল্যাবের প্রজেক্টর");
    assert_eq!(normalize("৳৫০০"), "500");
    assert_eq!(normalize("a\r\n\tb"), "a b");
}

#[test]
fn bengali_signs_stay_inside_words() {
    // Vowel signs, virama, chandrabindu do not split the word.
    assert!(!normalize("দাঁড়াতে").contains(' '));
    assert_eq!(normalize("ক্ষ").chars().count(), 3);
    assert!(!normalize("প্রোগ্রামার").contains(' '));
}

#[test]
fn empty_and_punctuation_only() {
    assert_eq!(normalize(""), "");
    assert_eq!(normalize(" -- ... !!"), "");
}

#[test]
fn bijoy_detected() {
    let bijoy =
        "Avgv‡`i K‡j‡Ri Digital Lab Pvjy nIqvi ‡`o eQi c‡iI B›Uvi‡bU ms‡hvM ‡`Iqv nqwb| Aa¨ÿ";
    assert!(looks_like_bijoy(bijoy));
    assert!(!looks_like_bijoy(
        "Copyright © 2026 Upazila ICT Office. All rights reserved."
    ));
    assert!(!looks_like_bijoy("আমাদের ল্যাবের প্রজেক্টর নষ্ট"));
    assert!(!looks_like_bijoy(
        "plain English text about the digital lab"
    ));
}

#[test]
fn tags_stripped() {
    assert_eq!(strip_html_tags("plain"), "plain");
    let s = strip_html_tags("<p>ওয়েবসাইট&nbsp;<b>update</b></p><br/>done");
    assert_eq!(normalize(&s), normalize("ওয়েবসাইট update done"));
    let s = strip_html_tags("<style>p { color: red }</style>x<script type=\"a\">lab()</script>y");
    assert_eq!(normalize(&s), "x y");
    // Not tags.
    assert_eq!(
        strip_html_tags("a < b and x@y <z@example.com>"),
        "a < b and x@y  "
    );
    assert_eq!(strip_html_tags("5 < 6"), "5 < 6");
    assert_eq!(strip_html_tags("R&D &amp; co &#x27;"), "R&D & co  ");
    assert_eq!(normalize(&strip_html_tags("a<!-- lab -->b")), "a b");
}

#[test]
fn cut_at_english_reply_header() {
    let body = "Thanks, fixed.\r\nAyesha\r\n\r\nOn Tue, May 12, 2026 at 9:57 AM Office <o@x.test> wrote:\r\n> old text\r\n";
    assert_eq!(strip_quoted_and_signature(body), "Thanks, fixed.\nAyesha");
    let wrapped = "Hi\nOn Tue, May 12, 2026 at 9:57 AM Very Long Name\n<o@x.test> wrote:\n> q\n";
    assert_eq!(strip_quoted_and_signature(wrapped), "Hi");
    // "On" at the start of an ordinary sentence is not a header.
    let s = "On Monday the lab was closed.\nPlease help.";
    assert_eq!(strip_quoted_and_signature(s), s);
}

#[test]
fn cut_at_bangla_reply_header() {
    let body = "ধন্যবাদ স্যার।\n\nমঙ্গল, ৩ ফেব, ২০২৬ ১০:০৪ AM তারিখে উপজেলা আইসিটি অফিস <ict@office.test> লিখেছেন:\n> প্রিয় সেবাগ্রহীতা,\n";
    assert_eq!(strip_quoted_and_signature(body), "ধন্যবাদ স্যার।");
    // Header wrapped onto two lines.
    let body =
        "ঠিক আছে\nসোম, ২৩ মার্চ, ২০২৬ তারিখে উপজেলা আইসিটি অফিস\n<ict@office.test> লিখেছেন:\n> q";
    assert_eq!(strip_quoted_and_signature(body), "ঠিক আছে");
}

#[test]
fn cut_at_original_message_separators() {
    let a = "ok\n-----Original Message-----\nFrom: x\n";
    assert_eq!(strip_quoted_and_signature(a), "ok");
    let bn = "ঠিক আছে\n----- পূর্ববর্তী বার্তা -----\nপ্রেরক: অফিস\nওয়েবসাইট হালনাগাদ করুন";
    assert_eq!(strip_quoted_and_signature(bn), "ঠিক আছে");
    let b = "sir net thik\n\nSent from my Galaxy\n\n\n-------- Original message --------\nFrom: o\nDate: d\n";
    assert_eq!(
        strip_quoted_and_signature(b),
        "sir net thik\n\nSent from my Galaxy"
    );
}

#[test]
fn cut_at_outlook_block() {
    let body = "Please help.\r\nRafiqul\r\n\r\n________________________________\r\nFrom: Office <o@x.test>\r\nSent: Monday, January 19, 2026 10:06 AM\r\nTo: R\r\nSubject: s\r\n\r\nold";
    assert_eq!(strip_quoted_and_signature(body), "Please help.\nRafiqul");
    // A "From:" line without a "Sent:" line is kept.
    let s = "From: the headmaster\nPlease fix the lab.";
    assert_eq!(strip_quoted_and_signature(s), s);
}

#[test]
fn quoted_lines_dropped() {
    let body = "new text\n> quoted\n>> deeper\nmore\n";
    assert_eq!(strip_quoted_and_signature(body), "new text\nmore");
}

#[test]
fn cut_at_signature_delimiter() {
    let body = "Three laptops are swollen.\n\n-- \nRezaul Karim\nLab Assistant";
    assert_eq!(
        strip_quoted_and_signature(body),
        "Three laptops are swollen."
    );
    let body = "সংযুক্তি দ্রষ্টব্য।\r\n\r\n--\r\nউপজেলা প্রাণিসম্পদ অফিস";
    assert_eq!(strip_quoted_and_signature(body), "সংযুক্তি দ্রষ্টব্য।");
    // "---" or "-- text" is not a delimiter.
    let s = "a\n---\nb\n-- c";
    assert_eq!(strip_quoted_and_signature(s), s);
}

#[test]
fn forwarded_block_kept() {
    let s =
        "see below\n---------- Forwarded message ---------\nFrom: a\nDate: b\nThe lab is locked.";
    assert_eq!(strip_quoted_and_signature(s), s);
}

#[test]
fn cut_at_other_header_shapes() {
    let mac = "New question.\n\nFrom: Office <o@x.test>\nDate: 6 December 2026\nSubject: s\nTo: me\n\nold";
    assert_eq!(strip_quoted_and_signature(mac), "New question.");
    let bn = "নতুন প্রশ্ন।\nপ্রেরক: অফিস <o@x.test>\nতারিখ: ৬ ডিসেম্বর\nবিষয়: পুরনো\nপুরনো লেখা";
    assert_eq!(strip_quoted_and_signature(bn), "নতুন প্রশ্ন।");
    let no_on = "ok\n6 Dec 2026, 10:10 Office <o@x.test> wrote:\nold";
    assert_eq!(strip_quoted_and_signature(no_on), "ok");
    let bn_no_date = "ঠিক আছে\nউপজেলা আইসিটি <ict@office.test> লিখেছেন:\nপুরনো";
    assert_eq!(strip_quoted_and_signature(bn_no_date), "ঠিক আছে");
    // A forward's header block is kept (the forward may be the request).
    let fwd = "see below\n---------- Forwarded message ---------\nFrom: a@x.test\nDate: b\nSubject: c\nThe lab is locked.";
    assert_eq!(strip_quoted_and_signature(fwd), fwd);
    // "wrote:" in a sentence without an address is not a header.
    let s = "The headmaster wrote:\nplease fix the lab";
    assert_eq!(strip_quoted_and_signature(s), s);
}

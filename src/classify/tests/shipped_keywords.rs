//! The shipped keyword file: it loads, its examples go to their services, its traps do not.

use super::*;

pub(super) fn shipped() -> Classifier {
    let cfg: KeywordConfig =
        toml::from_str(include_str!("../../../config/classifier/keywords.toml")).unwrap();
    Classifier::new(&cfg, &SERVICES).unwrap()
}

#[test]
fn shipped_keywords_load() {
    let _ = shipped();
}

#[test]
fn shipped_keywords_examples() {
    let c = shipped();
    let cases: &[(&str, &str, Option<&str>)] = &[
        // Bangla
        (
            "ই-নথিতে লগইন হচ্ছে না",
            "পাসওয়ার্ড দিলে ভুল দেখায়।",
            Some("e-nothi"),
        ),
        (
            "ইউনিয়ন পরিষদের ওয়েবসাইটে নোটিশ",
            "কন্টেন্ট প্যানেলে নোটিশ আপলোড করা যাচ্ছে না।",
            Some("web-portal"),
        ),
        (
            "আবেদন",
            "বিদ্যালয়ের ডিজিটাল ল্যাবের ৪টি ল্যাপটপ চালু হয় না।",
            Some("digital-lab"),
        ),
        (
            "ইউডিসির প্রিন্টার",
            "আমাদের ইউডিসির প্রিন্টারে কালি আসে না। উদ্যোক্তা, কুলিয়া।",
            Some("udc-advice"),
        ),
        (
            "ফেসবুক আইডি হ্যাক",
            "আমার ফেসবুক আইডি হ্যাক হয়েছে, কি করব?",
            Some("ict-advice"),
        ),
        // English
        (
            "Cannot forward dak in e-Nothi",
            "There is no forward button.",
            Some("e-nothi"),
        ),
        (
            "Help",
            "Need help to update our school website.",
            Some("web-portal"),
        ),
        (
            "Projector in digital lab",
            "The projector shows No Signal.",
            Some("digital-lab"),
        ),
        (
            "internet down",
            "UDC Nangla - internet down 3 days.",
            Some("udc-advice"),
        ),
        (
            "Which laptop to buy?",
            "I am a student; which laptop should I buy for programming?",
            Some("ict-advice"),
        ),
        // Banglish
        (
            "login problem",
            "e nothi te login hocche na, password expired dekhay",
            Some("e-nothi"),
        ),
        (
            "lab er computer",
            "amader school er lab er computer gulo chalu hocche na",
            Some("digital-lab"),
        ),
        (
            "website",
            "amader union er website er password vule gechi",
            Some("web-portal"),
        ),
        (
            "net slow",
            "sir UDC te net khub slow, uddokta",
            Some("udc-advice"),
        ),
        // Out of scope
        (
            "জাতীয় পরিচয়পত্র সংশোধন",
            "আমার জন্ম তারিখ ভুল, সংশোধন করে দিন।",
            None,
        ),
        (
            "khatian correction",
            "amar jomir khatian e babar naam vul",
            None,
        ),
    ];
    for (subject, body, want) in cases {
        let r = classify(&c, subject, body, &[]);
        assert_eq!(
            r.service.as_deref(),
            *want,
            "{subject} / {body}: {:?}",
            r.reasons
        );
        assert!((0.0..=1.0).contains(&r.confidence));
    }
}

#[test]
fn shipped_keywords_traps() {
    let c = shipped();
    // A home-based "উদ্যোক্তা" selling online is ICT advice, not a UDC.
    let r = classify(
        &c,
        "অনলাইনে বিক্রি",
        "আমি একজন নারী উদ্যোক্তা, ফেসবুক পেজে অনলাইনে বিক্রি করি। কিভাবে অর্ডার বাড়াব?",
        &[],
    );
    assert_eq!(r.service.as_deref(), Some("ict-advice"), "{:?}", r.reasons);
    // The entrepreneur portal is UDC business, not the web portal.
    let r = classify(&c, "উদ্যোক্তা পোর্টাল", "উদ্যোক্তা পোর্টালে রিপোর্ট জমা হয় না।", &[]);
    assert_eq!(r.service.as_deref(), Some("udc-advice"), "{:?}", r.reasons);
    // e-Nothi mentioned, but the problem is the website.
    let r = classify(
        &c,
        "ওয়েবসাইটে তালিকা প্রকাশ",
        "তালিকাটি ই-নথিতে অনুমোদিত, কিন্তু ওয়েবসাইটে আপলোড হচ্ছে না।",
        &[],
    );
    assert_eq!(r.service.as_deref(), Some("web-portal"), "{:?}", r.reasons);
    // A hacked UDC page is UDC business.
    let r = classify(
        &c,
        "UDC er facebook page hack",
        "amader UDC er page hack hoye gese",
        &[],
    );
    assert_eq!(r.service.as_deref(), Some("udc-advice"), "{:?}", r.reasons);
}

/// Bangla typed without hasanta or vowel signs finds the phrases by their skeleton
/// (`skeleton.rs`); written for this test (issue 18, sixth round).
#[test]
fn badly_typed_bangla_finds_its_phrases() {
    let c = shipped();
    for (subject, body, want) in [
        (
            "",
            "মাদরাসার ডিজিটাল লযাবের দুইটি লযাপটপ চালু হয় না, আর একটার সকরীন কালো। কী করতে হবে জানাবেন।",
            "digital-lab",
        ),
        (
            "ওযবসইট",
            "আমদর ইউনযন পরষদর ওযবসইট নটশ দত পরছ ন, একট দখবন।",
            "web-portal",
        ),
    ] {
        let r = c.classify(&Request {
            subject,
            body,
            attachment_names: &[],
        });
        assert_eq!(r.service.as_deref(), Some(want), "{body}: {:?}", r.reasons);
    }
}

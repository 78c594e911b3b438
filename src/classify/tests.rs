//! The classifier's unit tests: keyword matching here; the shipped keyword file and the
//! model with score combining in the two modules below.

use super::*;

mod model;
mod shipped_keywords;

const SERVICES: [&str; 5] = [
    "web-portal",
    "e-nothi",
    "digital-lab",
    "ict-advice",
    "udc-advice",
];

fn config(min_score: f64, services: &[(&str, &[(&str, f64)])]) -> KeywordConfig {
    KeywordConfig {
        min_score,
        services: services
            .iter()
            .map(|(code, phrases)| {
                (
                    code.to_string(),
                    phrases.iter().map(|(p, w)| (p.to_string(), *w)).collect(),
                )
            })
            .collect(),
        out_of_scope: Default::default(),
    }
}

fn small() -> Classifier {
    let cfg = config(
        3.0,
        &[
            (
                "e-nothi",
                &[
                    ("ই-নথি", 5.0),
                    ("নথি", 2.0),
                    ("nothi", 3.0),
                    ("e-Nothi", 5.0),
                    ("নথিপত্র", 0.0),
                    ("website", -1.0),
                ],
            ),
            (
                "digital-lab",
                &[("lab", 3.0), ("ল্যাব", 3.0), ("ডিজিটাল ল্যাব", 5.0)],
            ),
            ("web-portal", &[("website", 3.0), ("portal", 2.0)]),
            ("udc-advice", &[("udc", 5.0), ("উদ্যোক্তা পোর্টাল", 4.0)]),
            ("ict-advice", &[("udc", -2.0), ("hack", 2.0)]),
        ],
    );
    Classifier::new(&cfg, &SERVICES).unwrap()
}

fn classify(c: &Classifier, subject: &str, body: &str, attachments: &[&str]) -> Classification {
    let names: Vec<String> = attachments.iter().map(|s| s.to_string()).collect();
    c.classify(&Request {
        subject,
        body,
        attachment_names: &names,
    })
}

#[test]
fn classifier_is_shareable() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Classifier>();
}

#[test]
fn unknown_service_is_an_error() {
    let cfg = config(3.0, &[("e-nothee", &[("x", 1.0)])]);
    let err = Classifier::new(&cfg, &SERVICES).unwrap_err();
    assert!(
        matches!(err, ClassifierError::UnknownService(ref s, _) if s == "e-nothee"),
        "{err}"
    );
}

#[test]
fn empty_phrase_is_an_error() {
    let cfg = config(3.0, &[("e-nothi", &[(" - ", 1.0)])]);
    assert!(matches!(
        Classifier::new(&cfg, &SERVICES),
        Err(ClassifierError::EmptyPhrase { .. })
    ));
}

#[test]
fn duplicate_after_normalisation_is_an_error() {
    let cfg = config(3.0, &[("e-nothi", &[("e-nothi", 1.0), ("E_Nothi", 2.0)])]);
    assert!(matches!(
        Classifier::new(&cfg, &SERVICES),
        Err(ClassifierError::DuplicatePhrase { .. })
    ));
    // The same phrase in two services is fine.
    let cfg = config(
        3.0,
        &[
            ("e-nothi", &[("udc", 1.0)]),
            ("udc-advice", &[("UDC", 2.0)]),
        ],
    );
    assert!(Classifier::new(&cfg, &SERVICES).is_ok());
}

#[test]
fn bad_numbers_are_errors() {
    let cfg = config(0.0, &[]);
    assert!(matches!(
        Classifier::new(&cfg, &SERVICES),
        Err(ClassifierError::InvalidMinScore(_))
    ));
    let cfg = config(3.0, &[("e-nothi", &[("x", f64::NAN)])]);
    assert!(matches!(
        Classifier::new(&cfg, &SERVICES),
        Err(ClassifierError::InvalidWeight { .. })
    ));
}

#[test]
fn ascii_phrases_need_word_boundaries() {
    let c = small();
    assert_eq!(classify(&c, "", "label printer", &[]).service, None);
    assert_eq!(classify(&c, "", "collab work", &[]).service, None);
    assert_eq!(
        classify(&c, "", "the lab, again", &[]).service.as_deref(),
        Some("digital-lab")
    );
    assert_eq!(classify(&c, "", "udcxyz broken", &[]).service, None);
    assert_eq!(
        classify(&c, "", "e-nothi te login hocche na", &[])
            .service
            .as_deref(),
        Some("e-nothi")
    );
}

#[test]
fn bangla_phrases_match_word_prefixes() {
    let c = small();
    assert_eq!(
        classify(&c, "", "আমাদের ল্যাবের প্রজেক্টর", &[])
            .service
            .as_deref(),
        Some("digital-lab")
    );
    // ...but not in the middle of a word.
    assert_eq!(classify(&c, "", "এসিল্যাবরেটরি", &[]).service, None);
}

#[test]
fn spelling_variants_match() {
    let c = small();
    for s in [
        "ই-নথি",
        "ই নথি",
        "ই_নথি",
        "E-Nothi",
        "e.nothi",
        "e\u{200B}-nothi",
    ] {
        let r = classify(&c, s, "", &[]);
        assert_eq!(
            r.service.as_deref(),
            Some("e-nothi"),
            "{s}: {:?}",
            r.reasons
        );
    }
}

#[test]
fn longer_match_masks_shorter() {
    let c = small();
    // "ই-নথি" covers "নথি": only +5 ×2, not +7 ×2.
    let r = classify(&c, "ই-নথি", "", &[]);
    assert_eq!(r.reasons[0], "subject: \"ই-নথি\" → e-nothi +10");
    assert_eq!(r.reasons.len(), 2);
    // A zero-weight phrase masks: "নথিপত্র" is not e-Nothi.
    let r = classify(&c, "", "সব নথিপত্র জমা দিলাম নথিপত্র", &[]);
    assert_eq!(r.service, None, "{:?}", r.reasons);
    // Cross-service: "উদ্যোক্তা পোর্টাল" is UDC, and hides "portal"-like words inside it.
    let r = classify(&c, "", "উদ্যোক্তা পোর্টাল কাজ করছে না", &[]);
    assert_eq!(r.service.as_deref(), Some("udc-advice"));
}

#[test]
fn phrase_counts_once_per_field_and_fields_weigh() {
    let c = small();
    let r = classify(&c, "", "lab lab lab lab", &[]);
    assert!(
        r.reasons.last().unwrap().contains("digital-lab 3,"),
        "{:?}",
        r.reasons
    );
    let r = classify(&c, "lab", "lab", &["lab_list.pdf".to_string().as_str()]);
    assert!(
        r.reasons.last().unwrap().contains("digital-lab 15,"),
        "{:?}",
        r.reasons
    );
    assert!(
        r.reasons
            .iter()
            .any(|s| s == "attachment: \"lab\" → digital-lab +6")
    );
}

#[test]
fn request_only_in_attachment_name() {
    let c = small();
    let r = classify(
        &c,
        "Request",
        "Please see the attached letter.",
        &["Request_for_e-Nothi_user_ID.pdf"],
    );
    assert_eq!(r.service.as_deref(), Some("e-nothi"));
}

#[test]
fn negative_weights_and_min_score() {
    let c = small();
    // udc: +5, ict-advice gets -2 from the same word.
    let r = classify(&c, "", "our UDC page got hack", &[]);
    assert_eq!(r.service.as_deref(), Some("udc-advice"));
    assert!(
        r.reasons
            .iter()
            .any(|s| s == "body: \"udc\" → ict-advice -2")
    );
    // "portal" alone (2) is below min_score 3.
    let r = classify(&c, "", "portal", &[]);
    assert_eq!(r.service, None);
    assert_eq!(r.confidence, 0.0);
    assert!(r.reasons.last().unwrap().contains("officer triage"));
}

#[test]
fn ties_go_to_the_officer() {
    let c = small();
    let r = classify(&c, "", "lab website", &[]);
    assert_eq!(r.service, None, "{:?}", r.reasons);
    assert!(r.reasons.last().unwrap().contains("tie"));
}

#[test]
fn confidence_is_in_range_and_grows_with_margin() {
    let c = small();
    let weak = classify(&c, "", "lab", &[]);
    let strong = classify(&c, "ডিজিটাল ল্যাব", "lab", &[]);
    let mixed = classify(&c, "ডিজিটাল ল্যাব", "lab website portal", &[]);
    assert_eq!(weak.confidence, 0.5);
    assert!(strong.confidence > weak.confidence && strong.confidence <= 1.0);
    assert!(mixed.confidence < strong.confidence);
    assert!(mixed.confidence > 0.0);
}

#[test]
fn quoted_text_signature_and_tags_ignored() {
    let c = small();
    let body =
        "<p>thanks</p>\n\nOn Mon, 5 Jan 2026 Office <o@x.test> wrote:\n> your e-Nothi ticket\n";
    assert_eq!(classify(&c, "", body, &[]).service, None);
    let body = "<div>আমাদের <b>ল্যাবের</b> ল্যাপটপ</div>\n-- \nUDC entrepreneur";
    assert_eq!(
        classify(&c, "", body, &[]).service.as_deref(),
        Some("digital-lab")
    );
}

#[test]
fn classification_serialises() {
    let c = small();
    let r = classify(&c, "lab", "", &[]);
    let json = serde_json_like(&r);
    assert!(json.contains("digital-lab"));
}

/// Serialises through the `toml` crate (a dev dependency here) to check
/// that `Classification` implements `Serialize` sensibly.
fn serde_json_like(r: &Classification) -> String {
    toml::to_string(r).unwrap()
}

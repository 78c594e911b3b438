//! The model and the shipped seed examples: training, the combined decision, its explanation.

use super::shipped_keywords::shipped;
use super::*;

fn keywords() -> KeywordConfig {
    toml::from_str(include_str!("../../../config/classifier/keywords.toml")).unwrap()
}

fn seed() -> Vec<Example> {
    parse_examples(include_str!("../../../config/classifier/examples.toml")).unwrap()
}

fn ex(subject: &str, body: &str, service: Option<&str>) -> Example {
    Example {
        subject: subject.into(),
        body: body.into(),
        attachment_names: vec![],
        service: service.map(str::to_string),
        lang: None,
    }
}

#[test]
fn shipped_examples_cover_every_service_and_none() {
    let seed = seed();
    for code in SERVICES {
        let n = seed
            .iter()
            .filter(|e| e.service.as_deref() == Some(code))
            .count();
        assert!(n >= 20, "{code}: {n}");
    }
    assert!(seed.iter().filter(|e| e.service.is_none()).count() >= 20);
    let c = Classifier::with_examples(&keywords(), &SERVICES, &seed).unwrap();
    assert!(c.has_model());
    assert!(c.model_summary().unwrap().contains("none"));
}

/// A floor, not a figure (the figures come from examples/classifier_eval.rs): the shipped
/// classifier on the blind held-out set 2 must keep the targets, ≥ 95 % of the
/// requests right and no language below 90 %. Never tune on this set to make it pass.
#[test]
fn blind_heldout_set_keeps_the_targets() {
    let held = parse_examples(include_str!("../../../data/classifier/heldout-2.toml")).unwrap();
    let c = Classifier::with_examples(&keywords(), &SERVICES, &seed()).unwrap();
    let mut per_lang: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let (mut ok, mut total) = (0, 0);
    for e in held.iter().filter(|e| e.service.is_some()) {
        let r = c.classify(&Request {
            subject: &e.subject,
            body: &e.body,
            attachment_names: &e.attachment_names,
        });
        let right = r.service == e.service;
        let lang = per_lang.entry(e.lang.clone().unwrap()).or_default();
        lang.1 += 1;
        total += 1;
        if right {
            lang.0 += 1;
            ok += 1;
        }
    }
    assert_eq!(total, 160);
    assert!(ok * 100 >= total * 95, "requests right: {ok}/{total}");
    assert_eq!(per_lang.len(), 4);
    for (lang, (ok, n)) in per_lang {
        assert!(ok * 100 >= n * 90, "{lang}: {ok}/{n}");
    }
}

#[test]
fn no_examples_means_keywords_only() {
    let a = Classifier::with_examples(&keywords(), &SERVICES, &[]).unwrap();
    assert!(!a.has_model());
    let r = classify(&a, "ল্যাবের প্রজেক্টর", "প্রজেক্টর নষ্ট", &[]);
    let b = shipped();
    assert_eq!(r, classify(&b, "ল্যাবের প্রজেক্টর", "প্রজেক্টর নষ্ট", &[]));
}

#[test]
fn unknown_example_service_is_an_error() {
    let err = Classifier::with_examples(
        &keywords(),
        &SERVICES,
        &[
            ex("a", "b", Some("web-portal")),
            ex("x", "y", Some("e-nothee")),
        ],
    )
    .unwrap_err();
    assert!(
        matches!(err, ClassifierError::ExampleUnknownService { index: 2, ref service, .. } if service == "e-nothee"),
        "{err}"
    );
}

#[test]
fn combined_classifier_on_typical_mail() {
    let c = Classifier::with_examples(&keywords(), &SERVICES, &seed()).unwrap();
    let cases: &[(&str, &str, Option<&str>)] = &[
        (
            "ই-নথিতে লগইন হচ্ছে না",
            "পাসওয়ার্ড দিলে ভুল দেখায়।",
            Some("e-nothi"),
        ),
        (
            "Help",
            "Need help to update our school website.",
            Some("web-portal"),
        ),
        (
            "lab er computer",
            "amader school er lab er computer gulo chalu hocche na",
            Some("digital-lab"),
        ),
        (
            "net slow",
            "sir UDC te net khub slow, uddokta",
            Some("udc-advice"),
        ),
        (
            "Which laptop to buy?",
            "I am a student; which laptop should I buy for programming?",
            Some("ict-advice"),
        ),
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
        for mode in [Mode::Combined, Mode::ModelOnly] {
            let r = c.classify_with(
                &Request {
                    subject,
                    body,
                    attachment_names: &[],
                },
                mode,
            );
            assert_eq!(
                r.service.as_deref(),
                *want,
                "{mode:?} {subject}: {:?}",
                r.reasons
            );
            assert!((0.0..=1.0).contains(&r.confidence));
            if want.is_some() {
                assert!(r.confidence >= CONFIDENCE_THRESHOLD);
            } else {
                assert_eq!(r.confidence, 0.0);
            }
        }
    }
}

#[test]
fn explanation_names_keywords_model_features_and_decision() {
    let c = Classifier::with_examples(&keywords(), &SERVICES, &seed()).unwrap();
    let r = classify(
        &c,
        "ওয়েবসাইটে নোটিশ",
        "ইউনিয়নের ওয়েবসাইটে নোটিশ দিতে চাই।",
        &[],
    );
    assert_eq!(r.service.as_deref(), Some("web-portal"));
    assert!(
        r.reasons
            .iter()
            .any(|s| s.starts_with("subject: \"ওয়েবসাইট\"")),
        "{:?}",
        r.reasons
    );
    assert!(
        r.reasons.iter().any(|s| s.starts_with("keyword scores:")),
        "{:?}",
        r.reasons
    );
    let model = r.reasons.iter().find(|s| s.starts_with("model (")).unwrap();
    assert!(model.contains("for web-portal over"), "{model}");
    assert!(model.contains('«') || model.contains("word"), "{model}");
    assert!(
        r.reasons
            .last()
            .unwrap()
            .starts_with("decision (keywords + model): web-portal")
    );
    // Probabilities over services + none sum to 1.
    let d = c.distribution(
        &Request {
            subject: "x",
            body: "y",
            attachment_names: &[],
        },
        Mode::Combined,
    );
    assert_eq!(d.len(), SERVICES.len() + 1);
    assert!((d.iter().map(|x| x.1).sum::<f64>() - 1.0).abs() < 1e-9);
}

/// A mail the seed model does not get right is classified correctly once
/// the office has corrected one or two similar tickets.
#[test]
fn learns_from_corrections() {
    let kw = keywords();
    let seed = seed();
    let mail = (
        "ভিডিও কনফারেন্স",
        "আগামী সোমবার ইউএনও স্যারের সাথে জুম মিটিং, অফিসের ওয়েবক্যাম ও মাইক্রোফোন কাজ করছে না। জুম সেটআপে সাহায্য দরকার।",
    );
    let before = Classifier::with_examples(&kw, &SERVICES, &seed).unwrap();
    let r = classify(&before, mail.0, mail.1, &[]);
    assert_ne!(r.service.as_deref(), Some("ict-advice"), "{:?}", r.reasons);

    let corrections = [
        ex(
            "জুম মিটিং",
            "অফিসের ল্যাপটপে জুম মিটিংয়ে মাইক্রোফোন কাজ করে না, সাহায্য দরকার।",
            Some("ict-advice"),
        ),
        ex(
            "ভিডিও কনফারেন্সের ক্যামেরা",
            "ভিডিও কনফারেন্সে ওয়েবক্যাম ধরছে না, জুম সেটআপ করে দিন।",
            Some("ict-advice"),
        ),
    ];
    let mut examples = seed.clone();
    examples.extend(corrections.iter().cloned());
    let after = Classifier::with_examples(&kw, &SERVICES, &examples).unwrap();
    let r = classify(&after, mail.0, mail.1, &[]);
    assert_eq!(r.service.as_deref(), Some("ict-advice"), "{:?}", r.reasons);

    // Weighted corrections: one is enough.
    let after = Classifier::with_corrections(&kw, &SERVICES, &seed, &corrections[..1]).unwrap();
    let r = classify(&after, mail.0, mail.1, &[]);
    assert_eq!(r.service.as_deref(), Some("ict-advice"), "{:?}", r.reasons);
}

/// An officer's correction of a near-identical mail replaces the earlier
/// (wrong) example instead of fighting it.
#[test]
fn later_near_duplicate_overrides_earlier_example() {
    let kw = keywords();
    let mut examples = seed();
    let text = "আমাদের পৌরসভার নাগরিক সনদ অনলাইনে দেওয়ার সফটওয়্যার চালু হচ্ছে না, সার্ভার এরর";
    examples.push(ex("নাগরিক সনদ সফটওয়্যার", text, Some("web-portal")));
    examples.push(ex("নাগরিক সনদ সফটওয়্যার", text, Some("udc-advice")));
    let c = Classifier::with_examples(&kw, &SERVICES, &examples).unwrap();
    assert!(
        c.model_summary()
            .unwrap()
            .contains(&format!("on {} examples", examples.len() - 1))
    );
    let r = c.classify_with(
        &Request {
            subject: "নাগরিক সনদ সফটওয়্যার",
            body: text,
            attachment_names: &[],
        },
        Mode::ModelOnly,
    );
    assert_eq!(r.service.as_deref(), Some("udc-advice"), "{:?}", r.reasons);
}

#[test]
fn bijoy_text_goes_to_the_officer() {
    let c = Classifier::with_examples(&keywords(), &SERVICES, &seed()).unwrap();
    let bijoy = "Avgv‡`i K‡j‡Ri Pvjy nIqvi ‡`o eQi c‡iI B›Uvi‡bU ms‡hvM ‡`Iqv nqwb| Aa¨ÿ";
    let r = classify(&c, "Av‡e`b", bijoy, &[]);
    assert_eq!(r.service, None, "{:?}", r.reasons);
}

#[test]
fn classify_is_fast_enough() {
    // A smoke test, not the benchmark (see examples/classifier_eval.rs).
    let c = Classifier::with_examples(&keywords(), &SERVICES, &seed()).unwrap();
    let body = "আমাদের বিদ্যালয়ের ডিজিটাল ল্যাবের ৪টি ল্যাপটপ চালু হয় না। ".repeat(5);
    let start = std::time::Instant::now();
    for _ in 0..200 {
        let _ = classify(&c, "ল্যাপটপ", &body, &[]);
    }
    // 200 mails well under a second even in a debug build.
    assert!(start.elapsed().as_secs_f64() < 5.0);
}

// ---- The new text decides (issue 18) ------------------------------------------

fn shipped_with_model() -> Classifier {
    Classifier::with_examples(&keywords(), &SERVICES, &seed()).unwrap()
}

#[test]
fn stale_reply_subject_loses_to_the_new_text() {
    let c = shipped_with_model();
    // The thread was about the union website; the new text asks about e-Nothi.
    let r = classify(
        &c,
        "Re: ইউনিয়ন ওয়েবসাইটে ছবি হালনাগাদ",
        "ওয়েবসাইটের কাজটা হয়ে গেছে, ওটা ঠিক আছে। এখন নতুন সমস্যা: ই-নথিতে আমার পদবি ভুল দেখাচ্ছে, নথি অনুমোদন করতে পারছি না। ই-নথির পদবি কীভাবে ঠিক হবে?",
        &[],
    );
    assert_eq!(r.service.as_deref(), Some("e-nothi"), "{:?}", r.reasons);
    assert!(
        r.reasons.iter().any(|x| x.contains("the new text decides")),
        "{:?}",
        r.reasons
    );
}

#[test]
fn forward_under_own_request_does_not_decide() {
    let c = shipped_with_model();
    let body = "Sir, this circular came to me by mistake, ignore it. My own question: our UDC \
                laptop keeps losing the wifi connection to the centre's router every hour. What \
                should the entrepreneur check first?\nKamal\n\n---------- Forwarded message \
                ---------\nFrom: head@school.test\nSubject: Sheikh Russel Digital Lab inspection\n\
                The digital lab inspection team will visit all lab schools next week. Keep the \
                lab computers and projector ready.";
    let r = classify(&c, "Fwd: Digital lab inspection", body, &[]);
    assert_eq!(r.service.as_deref(), Some("udc-advice"), "{:?}", r.reasons);
    assert!(
        r.reasons.iter().any(|x| x.starts_with("forwarded:")),
        "{:?}",
        r.reasons
    );
}

#[test]
fn a_set_aside_subject_topic_does_not_decide() {
    let c = shipped_with_model();
    let r = classify(
        &c,
        "ডিজিটাল ল্যাব",
        "স্যার, ল্যাবের কম্পিউটারগুলো এখন ঠিকই চলছে। আমার প্রশ্ন অন্য: বিদ্যালয়ের নামে ই-নথিতে নতুন আইডি খুলতে কী লাগবে?\nপ্রধান শিক্ষক",
        &[],
    );
    assert_eq!(r.service.as_deref(), Some("e-nothi"), "{:?}", r.reasons);
    assert!(
        r.reasons.iter().any(|x| x.starts_with("sign-off:")),
        "{:?}",
        r.reasons
    );
}

#[test]
fn a_turn_to_a_new_topic_decides_over_subject_and_thanks() {
    let c = shipped_with_model();
    // The subject and the thanks are about the lab; the sender turns to e-Nothi.
    let r = classify(
        &c,
        "Re: lab computers",
        "Sir, the lab machines are all running again since your technician's visit, thank you.\n\n\
         Now a different trouble: my e-Nothi account shows the old school name on every letter \
         I send. Can the office name on my nothi letters be corrected?",
        &[],
    );
    assert_eq!(r.service.as_deref(), Some("e-nothi"), "{:?}", r.reasons);
    assert!(
        r.reasons
            .iter()
            .any(|x| x.contains("before the sender turns to a new topic")),
        "{:?}",
        r.reasons
    );
    // A turn after which nothing asks for a service was only a way of speaking: the
    // text before it still decides.
    let r = classify(
        &c,
        "",
        "আমাদের বিদ্যালয়ের শেখ রাসেল ডিজিটাল ল্যাবের ছয়টি কম্পিউটার চালু হয় না। একটা অনুরোধ: দ্রুত ব্যবস্থা নিন।",
        &[],
    );
    assert_eq!(r.service.as_deref(), Some("digital-lab"), "{:?}", r.reasons);
}

#[test]
fn out_of_scope_cues_outweigh_ict_words() {
    // Keywords alone: an out-of-scope cue at least as strong as the best service sends it to the officer.
    let mut cfg = config(2.0, &[("ict-advice", &[("facebook", 2.0), ("hack", 2.5)])]);
    cfg.out_of_scope.insert("police".into(), 12.0);
    let c = Classifier::new(&cfg, &SERVICES).unwrap();
    let r = classify(
        &c,
        "facebook hack",
        "my facebook was hacked, please ask the police",
        &[],
    );
    assert_eq!(r.service, None, "{:?}", r.reasons);
    assert!(
        r.reasons
            .iter()
            .any(|x| x.contains("none (out of scope) +12")),
        "{:?}",
        r.reasons
    );
    assert!(
        r.reasons
            .iter()
            .any(|x| x.contains("out-of-scope cues outweigh")),
        "{:?}",
        r.reasons
    );
    let r = classify(
        &c,
        "facebook hack",
        "my facebook was hacked, how do I recover it",
        &[],
    );
    assert_eq!(r.service.as_deref(), Some("ict-advice"), "{:?}", r.reasons);
    // The shipped classifier: an internship request full of ICT words is no service.
    let r = classify(
        &shipped_with_model(),
        "Internship at the ICT office",
        "I am learning networking, Linux servers and web development. I want to do a three month internship in your office to practise on real computers.",
        &[],
    );
    assert_eq!(r.service, None, "{:?}", r.reasons);
}

// ---- Misleading context, more shapes (issue 18): written for these tests --------

#[test]
fn a_self_introduction_with_a_role_does_not_decide() {
    let c = shipped_with_model();
    // A UDC entrepreneur introduces themself, then asks about the union website.
    let r = classify(
        &c,
        "ইউনিয়নের তথ্য",
        "আমি চরপাড়া ইউনিয়ন ডিজিটাল সেন্টারের উদ্যোক্তা। ইউনিয়ন পরিষদের ওয়েবসাইটে নতুন সচিবের নাম ও ফোন নম্বর তোলা হয়নি, পোর্টালে হালনাগাদ করে দিন।",
        &[],
    );
    assert_eq!(r.service.as_deref(), Some("web-portal"), "{:?}", r.reasons);
    assert!(
        r.reasons.iter().any(|x| x.contains("self-introduction")),
        "{:?}",
        r.reasons
    );
    // A headmaster, in English, asks about their own e-Nothi account.
    let r = classify(
        &c,
        "From the high school",
        "I am the headmaster of Kashipur High School. My e-Nothi login says the password expired and the reset link never arrives. How do I get back in?",
        &[],
    );
    assert_eq!(r.service.as_deref(), Some("e-nothi"), "{:?}", r.reasons);
}

#[test]
fn quoted_thread_in_other_client_shapes_does_not_decide() {
    let c = shipped_with_model();
    // Outlook for Mac / webmail: From + Date + Subject, no "Sent:".
    let body = "The printer question is settled. New problem: the school's digital lab has \
                six laptops that no longer charge and the projector shows no picture.\n\n\
                From: UDC Helpdesk <udc@office.test>\nDate: Sunday, 6 December 2026\n\
                Subject: UDC printer driver\nTo: me\n\nInstall the UDC printer driver from the \
                UDC portal, every entrepreneur uses it at the union digital centre.";
    let r = classify(&c, "Re: UDC printer driver", body, &[]);
    assert_eq!(r.service.as_deref(), Some("digital-lab"), "{:?}", r.reasons);
    // A reply header without "On" or "তারিখে".
    let body = "স্যার, এবার অন্য বিষয়: আমাদের দপ্তরের ই-নথিতে ডাক আপলোড হচ্ছে না।\n\n\
                ৬ ডিসেম্বর ২০২৬, ১০:১০ উপজেলা আইসিটি <ict@office.test> লিখেছেন:\n\
                ইউনিয়ন ওয়েবসাইটের ছবি হালনাগাদ করা হয়েছে। ওয়েবসাইট দেখুন।";
    let r = classify(&c, "Re: ওয়েবসাইট", body, &[]);
    assert_eq!(r.service.as_deref(), Some("e-nothi"), "{:?}", r.reasons);
}

#[test]
fn out_of_scope_requests_full_of_ict_words_are_no_service_but_explained() {
    let c = shipped_with_model();
    for (subject, body) in [
        (
            "Nagad money sent to the wrong number",
            "I sent 6,500 taka from my Nagad app to the wrong number by one digit. The other \
             person switched off the phone. Can the ICT office return my money?",
        ),
        (
            "টাওয়ারের বিরুদ্ধে অভিযোগ",
            "আমাদের বাড়ির পাশে মোবাইল কোম্পানি নতুন টাওয়ার বসাচ্ছে, রেডিয়েশনের ভয়ে এলাকাবাসী চিন্তিত। কাজটা বন্ধ করার ব্যবস্থা নিন।",
        ),
        (
            "internship er jonno",
            "ami CSE 4th year e pori, networking, python ar web design jani. apnader office e 3 \
             mash internship korte chai, CV attach korlam.",
        ),
        (
            "Electricity bill",
            "My electricity bill this month is five times the usual although the meter reading \
             on the app is lower. Please get the bill corrected.",
        ),
    ] {
        let r = classify(&c, subject, body, &[]);
        assert_eq!(r.service, None, "{subject}: {:?}", r.reasons);
    }
    let r = classify(
        &c,
        "Nagad money sent to the wrong number",
        "I sent 6,500 taka from my Nagad app to the wrong number. Can the ICT office return my money?",
        &[],
    );
    assert!(
        r.reasons
            .iter()
            .any(|x| x.contains("asks another authority to act")),
        "{:?}",
        r.reasons
    );
    // The how-to counterparts stay services.
    let r = classify(
        &c,
        "বিকাশ অ্যাপ",
        "আমার মা বিকাশ অ্যাপ চালাতে পারেন না। মোবাইলে অ্যাপ দিয়ে কীভাবে বিদ্যুৎ বিল দেওয়া যায় শিখিয়ে দেবেন?",
        &[],
    );
    assert_eq!(r.service.as_deref(), Some("ict-advice"), "{:?}", r.reasons);
}

//! Explainable keyword classifier: which charter service a request asks for.
//!
//! Phrases and weights come from `config/classifier/keywords.toml` ([`KeywordConfig`]).
//! The subject, the attachment file names and the body (without quoted text
//! and signature, see [`normalize::strip_quoted_and_signature`]) are each
//! normalised with [`normalize::normalize`], and every phrase is looked up in
//! each of them with one precompiled Aho-Corasick automaton.
//!
//! Matching rules:
//! - A phrase must start at the start of a word. If it ends in an ASCII letter
//!   or digit it must also end at the end of a word (`lab` does not match
//!   `label`); otherwise it may end inside a word, since Bangla inflects by
//!   suffix (`ল্যাব` matches `ল্যাবের`, `ল্যাবে`).
//! - Where one match lies inside a longer match (of any service), only the
//!   longer one counts: the more specific phrase explains that text. A phrase
//!   with weight 0 therefore works as a mask, e.g. `"নথিপত্র" = 0` keeps
//!   `নথি` from firing inside it.
//! - A phrase counts at most once per field. Subject and attachment matches
//!   weigh [`SUBJECT_FACTOR`] / [`ATTACHMENT_FACTOR`] times the phrase
//!   weight, body matches once.
//!
//! The service with the highest total wins if it reaches `min_score` and is
//! not tied with another; otherwise the result is `service: None`, left for
//! the officer to triage.

pub mod normalize;

use std::collections::BTreeMap;
use std::fmt::Write as _;

use aho_corasick::{AhoCorasick, MatchKind};

/// Weight factor for phrases found in the subject.
pub const SUBJECT_FACTOR: f64 = 2.0;
/// Weight factor for phrases found in attachment file names.
pub const ATTACHMENT_FACTOR: f64 = 2.0;
/// Weight factor for phrases found in the body.
pub const BODY_FACTOR: f64 = 1.0;

/// Phrase weights per service code, loaded from config/classifier/keywords.toml.
#[derive(Debug, Clone, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KeywordConfig {
    /// Minimum winning score for a service to be chosen (below it: service none → officer triage).
    pub min_score: f64,
    /// service code → (phrase → weight). Negative weights allowed.
    pub services: BTreeMap<String, BTreeMap<String, f64>>,
}

/// The parts of a request mail the classifier looks at.
#[derive(Debug, Clone, Copy)]
pub struct Request<'a> {
    pub subject: &'a str,
    /// Plain-text body. Quoted replies and the signature are removed by the
    /// classifier; leftover HTML tags are ignored.
    pub body: &'a str,
    pub attachment_names: &'a [String],
}

/// The outcome of [`Classifier::classify`].
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Classification {
    /// The chosen service code, or `None` when no service reached
    /// `min_score` or the top two tied.
    pub service: Option<String>,
    /// Confidence in the chosen service, in [0, 1]; 0 when `service` is
    /// `None`. It is the winner's share of (winner + runner-up) scores,
    /// scaled from 0.5 (score exactly `min_score`) towards 1 (score far above
    /// it), and halved when the text looks like unreadable Bijoy-font Bangla.
    pub confidence: f64,
    /// Human-readable evidence: one line per matched phrase and service,
    /// then a summary line with the scores.
    pub reasons: Vec<String>,
}

/// Errors in a keyword configuration.
#[derive(Debug, thiserror::Error)]
pub enum ClassifierError {
    #[error("keywords: unknown service code {0:?} (known: {1})")]
    UnknownService(String, String),
    #[error(
        "keywords: service {service:?} has a phrase {phrase:?} that is empty after normalisation"
    )]
    EmptyPhrase { service: String, phrase: String },
    #[error(
        "keywords: service {service:?} has phrases {first:?} and {second:?} that normalise to the same text"
    )]
    DuplicatePhrase {
        service: String,
        first: String,
        second: String,
    },
    #[error("keywords: service {service:?} phrase {phrase:?} has a non-finite weight")]
    InvalidWeight { service: String, phrase: String },
    #[error("keywords: min_score must be a finite number above 0, got {0}")]
    InvalidMinScore(f64),
    #[error("keywords: cannot build the phrase matcher: {0}")]
    Matcher(#[from] aho_corasick::BuildError),
}

/// One (service, weight) use of a normalised phrase.
#[derive(Debug, Clone)]
struct Entry {
    service: usize,
    weight: f64,
    /// The phrase as written in the configuration, for reasons.
    phrase: String,
}

#[derive(Debug, Clone)]
struct Pattern {
    entries: Vec<Entry>,
    /// The phrase must end at a word end (it ends in an ASCII alphanumeric).
    word_end: bool,
}

/// A precompiled keyword classifier. Cheap to call, `Send + Sync`.
#[derive(Debug, Clone)]
pub struct Classifier {
    services: Vec<String>,
    matcher: AhoCorasick,
    patterns: Vec<Pattern>,
    min_score: f64,
}

#[derive(Clone, Copy)]
enum Field {
    Subject,
    Attachment,
    Body,
}

impl Field {
    fn name(self) -> &'static str {
        match self {
            Field::Subject => "subject",
            Field::Attachment => "attachment",
            Field::Body => "body",
        }
    }

    fn factor(self) -> f64 {
        match self {
            Field::Subject => SUBJECT_FACTOR,
            Field::Attachment => ATTACHMENT_FACTOR,
            Field::Body => BODY_FACTOR,
        }
    }
}

impl Classifier {
    /// `known_services`: the charter's service codes; a keyword section naming another code is an error.
    pub fn new(config: &KeywordConfig, known_services: &[&str]) -> Result<Self, ClassifierError> {
        if !config.min_score.is_finite() || config.min_score <= 0.0 {
            return Err(ClassifierError::InvalidMinScore(config.min_score));
        }
        let services: Vec<String> = known_services.iter().map(|s| s.to_string()).collect();
        let mut keys: Vec<String> = Vec::new();
        let mut patterns: Vec<Pattern> = Vec::new();
        let mut index: BTreeMap<String, usize> = BTreeMap::new();
        for (code, phrases) in &config.services {
            let Some(service) = services.iter().position(|s| s == code) else {
                return Err(ClassifierError::UnknownService(
                    code.clone(),
                    known_services.join(", "),
                ));
            };
            for (phrase, &weight) in phrases {
                if !weight.is_finite() {
                    return Err(ClassifierError::InvalidWeight {
                        service: code.clone(),
                        phrase: phrase.clone(),
                    });
                }
                let key = normalize::normalize(phrase);
                if key.is_empty() {
                    return Err(ClassifierError::EmptyPhrase {
                        service: code.clone(),
                        phrase: phrase.clone(),
                    });
                }
                let id = *index.entry(key.clone()).or_insert_with(|| {
                    let word_end = key
                        .chars()
                        .next_back()
                        .is_some_and(|c| c.is_ascii_alphanumeric());
                    keys.push(key.clone());
                    patterns.push(Pattern {
                        entries: Vec::new(),
                        word_end,
                    });
                    patterns.len() - 1
                });
                if let Some(other) = patterns[id].entries.iter().find(|e| e.service == service) {
                    return Err(ClassifierError::DuplicatePhrase {
                        service: code.clone(),
                        first: other.phrase.clone(),
                        second: phrase.clone(),
                    });
                }
                patterns[id].entries.push(Entry {
                    service,
                    weight,
                    phrase: phrase.clone(),
                });
            }
        }
        let matcher = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .build(&keys)?;
        Ok(Classifier {
            services,
            matcher,
            patterns,
            min_score: config.min_score,
        })
    }

    /// Classifies one request. Never fails; see [`Classification`].
    pub fn classify(&self, request: &Request<'_>) -> Classification {
        let mut scores = vec![0.0_f64; self.services.len()];
        let mut reasons = Vec::new();

        let subject = normalize::normalize(request.subject);
        self.score_field(Field::Subject, &[subject], &mut scores, &mut reasons);

        let names: Vec<String> = request
            .attachment_names
            .iter()
            .map(|n| normalize::normalize(n))
            .collect();
        self.score_field(Field::Attachment, &names, &mut scores, &mut reasons);

        let body = normalize::strip_quoted_and_signature(&normalize::strip_html_tags(request.body));
        let bijoy =
            normalize::looks_like_bijoy(request.subject) || normalize::looks_like_bijoy(&body);
        let body = normalize::normalize(&body);
        self.score_field(Field::Body, &[body], &mut scores, &mut reasons);

        let mut order: Vec<usize> = (0..self.services.len()).collect();
        order.sort_by(|&a, &b| scores[b].total_cmp(&scores[a]).then(a.cmp(&b)));
        let top = order.first().map(|&i| (i, scores[i]));
        let second = order.get(1).map_or(0.0, |&i| scores[i]);

        let mut summary = String::from("scores:");
        let mut any = false;
        for &i in &order {
            if scores[i] != 0.0 {
                let _ = write!(summary, " {} {},", self.services[i], fmt_num(scores[i]));
                any = true;
            }
        }
        if !any {
            summary.push_str(" none,");
        }
        let _ = write!(summary, " min_score {}", fmt_num(self.min_score));

        let (service, confidence) = match top {
            Some((i, score)) if score >= self.min_score => {
                if (score - second).abs() < 1e-9 {
                    let other = order[1];
                    summary.push_str(&format!(
                        "; tie between {} and {} → officer triage",
                        self.services[i], self.services[other]
                    ));
                    (None, 0.0)
                } else {
                    let runner_up = second.max(0.0);
                    let share = score / (score + runner_up);
                    let above = (score - self.min_score) / self.min_score;
                    let strength = 1.0 - 0.5 * (-above).exp();
                    let confidence = ((share * strength).clamp(0.0, 1.0) * 1000.0).round() / 1000.0;
                    (Some(self.services[i].clone()), confidence)
                }
            }
            _ => {
                summary.push_str("; no service reached min_score → officer triage");
                (None, 0.0)
            }
        };
        let confidence = if bijoy && service.is_some() {
            reasons.push(
                "text looks like Bijoy/SutonnyMJ (legacy font) Bangla: only its Latin words could be read; confidence halved"
                    .to_string(),
            );
            (confidence * 0.5 * 1000.0).round() / 1000.0
        } else {
            if bijoy {
                reasons.push(
                    "text looks like Bijoy/SutonnyMJ (legacy font) Bangla and could not be read"
                        .to_string(),
                );
            }
            confidence
        };
        reasons.push(summary);
        Classification {
            service,
            confidence,
            reasons,
        }
    }

    /// Finds the phrases in one field (one or more texts, e.g. one per
    /// attachment), adds their weights and explains them.
    fn score_field(
        &self,
        field: Field,
        texts: &[String],
        scores: &mut [f64],
        reasons: &mut Vec<String>,
    ) {
        let mut seen: Vec<usize> = Vec::new();
        for text in texts {
            for id in self.find(text) {
                if !seen.contains(&id) {
                    seen.push(id);
                }
            }
        }
        for id in seen {
            for entry in &self.patterns[id].entries {
                let points = entry.weight * field.factor();
                scores[entry.service] += points;
                let effect = if points == 0.0 {
                    "±0 (mask)".to_string()
                } else if points > 0.0 {
                    format!("+{}", fmt_num(points))
                } else {
                    fmt_num(points)
                };
                reasons.push(format!(
                    "{}: \"{}\" → {} {effect}",
                    field.name(),
                    entry.phrase,
                    self.services[entry.service],
                ));
            }
        }
    }

    /// Pattern ids found in a normalised text, in order of first occurrence,
    /// after the word-boundary and longest-match rules.
    fn find(&self, text: &str) -> Vec<usize> {
        let bytes = text.as_bytes();
        let mut hits: Vec<(usize, usize, usize)> = Vec::new(); // (start, end, id)
        for m in self.matcher.find_overlapping_iter(text) {
            let (start, end) = (m.start(), m.end());
            if start > 0 && bytes[start - 1] != b' ' {
                continue;
            }
            let id = m.pattern().as_usize();
            if self.patterns[id].word_end && end < bytes.len() && bytes[end] != b' ' {
                continue;
            }
            hits.push((start, end, id));
        }
        // Longest-match rule. Sorted by start, then longest first, a hit is
        // inside a longer one exactly when an earlier hit reaches at least as
        // far (two hits with the same span are the same pattern).
        hits.sort_unstable_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
        let mut ids = Vec::new();
        let mut reach = 0usize;
        for (i, &(_, end, id)) in hits.iter().enumerate() {
            let covered = i > 0 && reach >= end;
            reach = reach.max(end);
            if !covered && !ids.contains(&id) {
                ids.push(id);
            }
        }
        ids
    }
}

/// Formats a score with at most two decimals and no trailing zeros.
fn fmt_num(x: f64) -> String {
    let r = (x * 100.0).round() / 100.0;
    if r == 0.0 {
        "0".to_string()
    } else {
        format!("{r}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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

    // ---- The shipped keyword file ------------------------------------------------

    fn shipped() -> Classifier {
        let cfg: KeywordConfig =
            toml::from_str(include_str!("../../config/classifier/keywords.toml")).unwrap();
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
}

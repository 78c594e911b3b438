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
//!
//! That is the whole classifier when built with [`Classifier::new`]. Built
//! with [`Classifier::with_examples`] / [`Classifier::with_corrections`] it
//! also trains a small statistical model (logistic regression on character
//! n-grams and words, see the `model` module) on the seed examples
//! (`config/classifier/examples.toml`, [`parse_examples`]) and the office's
//! corrected tickets, with one extra class "none" for out-of-scope requests.
//! Keywords and model are pooled log-linearly: the log-odds of a service are
//! `ln P_model(service) + score / KEYWORD_POINTS_PER_NAT`, those of "none"
//! `ln P_model(none) + min_score / KEYWORD_POINTS_PER_NAT`. The winner's
//! share of the pooled distribution is the confidence; "none" winning, or a
//! confidence below [`CONFIDENCE_THRESHOLD`], sends the request to the
//! officer. The reasons list the keyword matches, the model's posterior and
//! the n-grams/words that made it prefer the winner, and the decision.

pub mod examples;
mod model;
pub mod normalize;
pub mod phonetic;

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::sync::Arc;

pub use examples::{Example, NONE_LABEL, parse_examples};
use model::{Model, Scratch, Vocab};

use aho_corasick::{AhoCorasick, MatchKind};

/// Weight factor for phrases found in the subject.
pub const SUBJECT_FACTOR: f64 = 2.0;
/// Weight factor for phrases found in attachment file names.
pub const ATTACHMENT_FACTOR: f64 = 2.0;
/// Weight factor for phrases found in the body.
pub const BODY_FACTOR: f64 = 1.0;

/// Combination: keyword points worth one nat (factor e) of model odds.
/// The final log-odds of a service are `ln P_model(service) + score /
/// KEYWORD_POINTS_PER_NAT`; "none" gets `ln P_model(none) + min_score /
/// KEYWORD_POINTS_PER_NAT`, so a service whose keywords do not reach
/// `min_score` needs the model's support to beat "none".
pub const KEYWORD_POINTS_PER_NAT: f64 = 2.0;
/// Below this combined probability of the winning service the request goes
/// to the officer (service `None`).
pub const CONFIDENCE_THRESHOLD: f64 = 0.5;
/// How many seed examples one officer's correction weighs in
/// [`Classifier::with_corrections`].
pub const CORRECTION_WEIGHT: f32 = 3.0;
/// Word-set Jaccard similarity from which a later example with another
/// label replaces an earlier one in training.
pub const NEAR_DUPLICATE: f64 = 0.8;

/// Which parts of the classifier decide (see [`Classifier::classify_with`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Keywords and model (the default of [`Classifier::classify`]).
    Combined,
    /// The keyword classifier alone, as built by [`Classifier::new`].
    KeywordsOnly,
    /// The model alone (for evaluation).
    ModelOnly,
}

thread_local! {
    static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::new(Scratch::default());
}

/// A request's fields, normalised once for keywords and model.
struct Prepared {
    subject: String,
    names: Vec<String>,
    body: String,
    bijoy: bool,
}

impl Prepared {
    fn new(subject: &str, body: &str, attachment_names: &[String]) -> Self {
        let stripped = normalize::strip_quoted_and_signature(&normalize::strip_html_tags(body));
        let bijoy = normalize::looks_like_bijoy(subject) || normalize::looks_like_bijoy(&stripped);
        Prepared {
            subject: normalize::normalize(subject),
            names: attachment_names
                .iter()
                .map(|n| normalize::normalize(n))
                .collect(),
            body: normalize::normalize(&stripped),
            bijoy,
        }
    }
}

fn word_hash(word: &str) -> u64 {
    use std::hash::Hasher as _;
    let mut h = model::IdHasher::default();
    h.write(word.as_bytes());
    h.finish()
}

/// The text inside a feature name (`«_lab»` → `lab`, `word "lab"` → `lab`), to
/// avoid listing overlapping n-grams of one word as separate evidence.
fn feature_core(name: &str) -> &str {
    name.trim_start_matches("words ")
        .trim_start_matches("word ")
        .trim_matches(|c| c == '«' || c == '»' || c == '"' || c == '_')
}

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
    #[error("classifier examples: {0}")]
    Examples(String),
    #[error(
        "classifier examples: example {index} ({subject:?}) has unknown service code {service:?} (known: {known}, or none)"
    )]
    ExampleUnknownService {
        /// 1-based position in the list given to the classifier.
        index: usize,
        subject: String,
        service: String,
        known: String,
    },
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
    /// The statistical model, if trained on examples. Classes: one per
    /// service (same order as `services`), then "none".
    model: Option<Arc<Model>>,
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
            model: None,
        })
    }

    /// Keywords plus a statistical model (logistic regression on character
    /// n-grams and words, see the `model` module) trained on `examples` (the seed
    /// examples followed by the office's corrections), all of weight 1.
    ///
    /// Where a later example is a near-duplicate of an earlier one
    /// (Jaccard similarity of their word sets ≥ [`NEAR_DUPLICATE`]) with a
    /// different label, the earlier one is dropped: a correction overrides
    /// the example it corrects. To weigh corrections higher than the seed
    /// examples, use [`Classifier::with_corrections`].
    ///
    /// With no examples at all this is [`Classifier::new`].
    pub fn with_examples(
        config: &KeywordConfig,
        known_services: &[&str],
        examples: &[Example],
    ) -> Result<Self, ClassifierError> {
        Self::with_corrections(config, known_services, examples, &[])
    }

    /// Like [`Classifier::with_examples`] with `seed` followed by
    /// `corrections`, where each correction weighs [`CORRECTION_WEIGHT`]
    /// seed examples: one officer's correction moves the decision on similar
    /// mail more than one seed example does.
    pub fn with_corrections(
        config: &KeywordConfig,
        known_services: &[&str],
        seed: &[Example],
        corrections: &[Example],
    ) -> Result<Self, ClassifierError> {
        let mut classifier = Self::new(config, known_services)?;
        if seed.is_empty() && corrections.is_empty() {
            return Ok(classifier);
        }
        let n = classifier.services.len();
        let mut vocab = Vocab::default();
        let mut scratch = Scratch::default();
        // (vector, class, weight, sorted word hashes)
        let mut docs: Vec<(model::Vector, usize, f32, Vec<u64>)> = Vec::new();
        let all = seed
            .iter()
            .map(|e| (e, 1.0))
            .chain(corrections.iter().map(|e| (e, CORRECTION_WEIGHT)));
        for (i, (example, weight)) in all.enumerate() {
            let class = match &example.service {
                None => n,
                Some(code) => classifier
                    .services
                    .iter()
                    .position(|s| s == code)
                    .ok_or_else(|| ClassifierError::ExampleUnknownService {
                        index: i + 1,
                        subject: example.subject.clone(),
                        service: code.clone(),
                        known: known_services.join(", "),
                    })?,
            };
            let p = Prepared::new(&example.subject, &example.body, &example.attachment_names);
            let head: Vec<&str> = std::iter::once(p.subject.as_str())
                .chain(p.names.iter().map(String::as_str))
                .collect();
            let vec = model::vectorize(&head, &p.body, &mut vocab, &mut scratch);
            let mut words: Vec<u64> = head
                .iter()
                .chain(std::iter::once(&p.body.as_str()))
                .flat_map(|t| t.split(' '))
                .filter(|w| !w.is_empty())
                .map(word_hash)
                .collect();
            words.sort_unstable();
            words.dedup();
            docs.push((vec, class, weight, words));
        }
        // A later example overrides an earlier near-duplicate with another label.
        let mut keep = vec![true; docs.len()];
        for j in 1..docs.len() {
            for i in 0..j {
                let (a, b) = (docs[i].3.len() as f64, docs[j].3.len() as f64);
                // Jaccard ≤ min/max of the set sizes: skip hopeless pairs cheaply.
                if keep[i]
                    && docs[i].1 != docs[j].1
                    && a.min(b) >= NEAR_DUPLICATE * a.max(b)
                    && model::jaccard(&docs[i].3, &docs[j].3) >= NEAR_DUPLICATE
                {
                    keep[i] = false;
                }
            }
        }
        let training: Vec<(model::Vector, usize, f32)> = docs
            .into_iter()
            .zip(keep)
            .filter(|(_, k)| *k)
            .map(|((v, c, w, _), _)| (v, c, w))
            .collect();
        classifier.model = Some(Arc::new(Model::train(n + 1, vocab, training)));
        Ok(classifier)
    }

    /// Whether a model was trained (see [`Classifier::with_examples`]).
    pub fn has_model(&self) -> bool {
        self.model.is_some()
    }

    /// A one-line description of the trained model, for the log.
    pub fn model_summary(&self) -> Option<String> {
        let m = self.model.as_ref()?;
        let per: Vec<String> = self
            .class_names()
            .zip(&m.counts)
            .map(|(name, n)| format!("{name} {n}"))
            .collect();
        Some(format!(
            "logistic regression on {} examples ({}), {} features",
            m.counts.iter().sum::<usize>(),
            per.join(", "),
            m.vocab.len()
        ))
    }

    fn class_names(&self) -> impl Iterator<Item = &str> {
        self.services
            .iter()
            .map(String::as_str)
            .chain(std::iter::once(NONE_LABEL))
    }

    /// Classifies one request. Never fails; see [`Classification`].
    ///
    /// Without a model (built by [`Classifier::new`]) this is the keyword
    /// classifier alone; with one, keywords and model are combined
    /// ([`Mode::Combined`]).
    pub fn classify(&self, request: &Request<'_>) -> Classification {
        self.classify_with(request, Mode::Combined)
    }

    /// Classifies with a chosen part of the classifier (for evaluation).
    /// [`Mode::Combined`] and [`Mode::ModelOnly`] fall back to the keywords
    /// when there is no model.
    pub fn classify_with(&self, request: &Request<'_>, mode: Mode) -> Classification {
        let p = Prepared::new(request.subject, request.body, request.attachment_names);
        let mut reasons = Vec::new();
        let model = match (&self.model, mode) {
            (Some(m), Mode::Combined | Mode::ModelOnly) => Some(m),
            _ => None,
        };
        let Some(model) = model else {
            let scores = self.keyword_scores(&p, &mut reasons);
            return self.keyword_decision(&scores, reasons, p.bijoy);
        };
        let scores = if mode == Mode::Combined {
            self.keyword_scores(&p, &mut reasons)
        } else {
            vec![0.0; self.services.len()]
        };
        self.combined_decision(model, &p, &scores, reasons, mode)
    }

    /// The mail's feature vector, the model posterior and the combined
    /// distribution over the classes (services, then none).
    fn probabilities(
        &self,
        model: &Model,
        p: &Prepared,
        scores: &[f64],
        mode: Mode,
    ) -> (model::Vector, Vec<f64>, Vec<f64>) {
        let n = self.services.len();
        let head: Vec<&str> = std::iter::once(p.subject.as_str())
            .chain(p.names.iter().map(String::as_str))
            .collect();
        let vec = SCRATCH
            .with(|s| model::vectorize_ro(&head, &p.body, &model.vocab, &mut s.borrow_mut()));
        let posterior = model::softmax(&model.scores(&vec));
        let mut logits: Vec<f64> = posterior.iter().map(|&q| q.max(1e-12).ln()).collect();
        if mode == Mode::Combined {
            for (l, s) in logits.iter_mut().zip(scores) {
                *l += s / KEYWORD_POINTS_PER_NAT;
            }
            logits[n] += self.min_score / KEYWORD_POINTS_PER_NAT;
        }
        let combined = model::softmax(&logits);
        (vec, posterior, combined)
    }

    /// The probability of each class (the service codes, then [`NONE_LABEL`])
    /// before the confidence threshold, for evaluation (e.g. coverage /
    /// accuracy curves). Bijoy text halves every service's probability, as
    /// in [`Classifier::classify`]. Without a model, or in
    /// [`Mode::KeywordsOnly`], it is 1 for the keyword decision (or none).
    pub fn distribution(&self, request: &Request<'_>, mode: Mode) -> Vec<(String, f64)> {
        let p = Prepared::new(request.subject, request.body, request.attachment_names);
        let n = self.services.len();
        let probs = match (&self.model, mode) {
            (Some(model), Mode::Combined | Mode::ModelOnly) => {
                let mut scratch = Vec::new();
                let scores = if mode == Mode::Combined {
                    self.keyword_scores(&p, &mut scratch)
                } else {
                    vec![0.0; n]
                };
                let mut c = self.probabilities(model, &p, &scores, mode).2;
                if p.bijoy {
                    for x in &mut c[..n] {
                        *x *= 0.5;
                    }
                }
                c
            }
            _ => {
                let r = self.classify_with(request, Mode::KeywordsOnly);
                let mut c = vec![0.0; n + 1];
                match r
                    .service
                    .and_then(|s| self.services.iter().position(|x| *x == s))
                {
                    Some(i) => c[i] = 1.0,
                    None => c[n] = 1.0,
                }
                c
            }
        };
        self.class_names().map(str::to_string).zip(probs).collect()
    }

    /// Keyword scores per service; one reason per matched phrase.
    fn keyword_scores(&self, p: &Prepared, reasons: &mut Vec<String>) -> Vec<f64> {
        let mut scores = vec![0.0_f64; self.services.len()];
        self.score_field(
            Field::Subject,
            std::slice::from_ref(&p.subject),
            &mut scores,
            reasons,
        );
        self.score_field(Field::Attachment, &p.names, &mut scores, reasons);
        self.score_field(
            Field::Body,
            std::slice::from_ref(&p.body),
            &mut scores,
            reasons,
        );
        scores
    }

    fn keyword_summary(&self, scores: &[f64]) -> (String, Vec<usize>) {
        let mut order: Vec<usize> = (0..self.services.len()).collect();
        order.sort_by(|&a, &b| scores[b].total_cmp(&scores[a]).then(a.cmp(&b)));
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
        (summary, order)
    }

    /// The keyword classifier's own decision (no model).
    fn keyword_decision(
        &self,
        scores: &[f64],
        mut reasons: Vec<String>,
        bijoy: bool,
    ) -> Classification {
        let (mut summary, order) = self.keyword_summary(scores);
        let top = order.first().map(|&i| (i, scores[i]));
        let second = order.get(1).map_or(0.0, |&i| scores[i]);

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

    /// Keywords and model together (or the model alone): log-linear pooling
    /// of the model posterior and the keyword scores, see [`KEYWORD_POINTS_PER_NAT`].
    fn combined_decision(
        &self,
        model: &Model,
        p: &Prepared,
        scores: &[f64],
        mut reasons: Vec<String>,
        mode: Mode,
    ) -> Classification {
        let n = self.services.len();
        let (vec, posterior, combined) = self.probabilities(model, p, scores, mode);
        let names: Vec<&str> = self.class_names().collect();

        // Model line: classes by posterior.
        let mut by_model: Vec<usize> = (0..=n).collect();
        by_model.sort_by(|&a, &b| posterior[b].total_cmp(&posterior[a]).then(a.cmp(&b)));
        let mut line = format!("model ({} known features in this mail):", vec.len());
        for &c in by_model.iter().take(3) {
            let _ = write!(line, " {} {:.2},", names[c], posterior[c]);
        }
        line.pop();

        let mut order: Vec<usize> = (0..=n).collect();
        order.sort_by(|&a, &b| combined[b].total_cmp(&combined[a]).then(a.cmp(&b)));
        let (win, runner) = (order[0], order[1]);

        // Which n-grams/words made the model prefer the winner over the runner-up.
        let top = model.top_features(&vec, win, runner, 40);
        let mut shown: Vec<&str> = Vec::new();
        for &(idx, _) in &top {
            let name = model.vocab.name(idx);
            let core = feature_core(name);
            if shown.iter().any(|s| {
                let c = feature_core(s);
                c.contains(core) || core.contains(c)
            }) {
                continue;
            }
            shown.push(name);
            if shown.len() == 6 {
                break;
            }
        }
        if !shown.is_empty() {
            let _ = write!(
                line,
                "; for {} over {}: {}",
                names[win],
                names[runner],
                shown.join(", ")
            );
        }
        if mode == Mode::Combined {
            let (summary, _) = self.keyword_summary(scores);
            reasons.push(format!("keyword {summary}"));
        }
        reasons.push(line);

        let mut confidence = (combined[win] * 1000.0).round() / 1000.0;
        if p.bijoy {
            reasons.push(
                "text looks like Bijoy/SutonnyMJ (legacy font) Bangla: only its Latin words could be read; confidence halved"
                    .to_string(),
            );
            confidence = (confidence * 0.5 * 1000.0).round() / 1000.0;
        }
        let how = if mode == Mode::Combined {
            "keywords + model"
        } else {
            "model only"
        };
        let mut decision = format!(
            "decision ({how}): {} {:.3}, runner-up {} {:.3}",
            names[win], confidence, names[runner], combined[runner]
        );
        let service = if win == n {
            decision.push_str(" → out of scope, officer triage");
            None
        } else if confidence < CONFIDENCE_THRESHOLD {
            let _ = write!(
                decision,
                "; below the confidence threshold {CONFIDENCE_THRESHOLD} → officer triage"
            );
            None
        } else {
            Some(self.services[win].clone())
        };
        reasons.push(decision);
        Classification {
            confidence: if service.is_some() { confidence } else { 0.0 },
            service,
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
mod tests;

//! Building a classifier: the keyword patterns checked against the charter, then the model
//! trained on the seed examples and the officers' corrections.

use super::*;

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
        let mut sections = Vec::with_capacity(config.services.len() + 1);
        for (code, phrases) in &config.services {
            let Some(service) = services.iter().position(|s| s == code) else {
                return Err(ClassifierError::UnknownService(
                    code.clone(),
                    known_services.join(", "),
                ));
            };
            sections.push((service, code.as_str(), phrases));
        }
        // Out-of-scope cues score for the class after the services: "none".
        sections.push((services.len(), "out_of_scope", &config.out_of_scope));
        for (service, code, phrases) in sections {
            for (phrase, &weight) in phrases {
                if !weight.is_finite() {
                    return Err(ClassifierError::InvalidWeight {
                        service: code.to_string(),
                        phrase: phrase.clone(),
                    });
                }
                let key = normalize::normalize(phrase);
                if key.is_empty() {
                    return Err(ClassifierError::EmptyPhrase {
                        service: code.to_string(),
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
                        service: code.to_string(),
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
        let (skeleton_matcher, skeleton_ids) = skeleton_matcher(&keys)?;
        Ok(Classifier {
            services,
            matcher,
            patterns,
            skeleton_matcher,
            skeleton_ids,
            min_score: config.min_score,
            model: None,
            spam: None,
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
            let head = p.head();
            let vec = model::vectorize(&head, &p.model_body(), &mut vocab, &mut scratch);
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

    /// The same classifier with the scam stage's learnt half ([`SpamModel`]) trained on
    /// `seed` (the spam examples file), this classifier's service seed examples as
    /// requests, and the officer's `verdicts`. No spam example: no model.
    pub fn with_spam_model(
        mut self,
        seed: &[SpamExample],
        requests: &[Example],
        verdicts: &[SpamExample],
    ) -> Self {
        self.spam = SpamModel::train(seed, requests, verdicts).map(Arc::new);
        self
    }
}

/// The matcher of the Bangla phrases' skeletons (see [`super::skeleton`]): those that differ
/// from the phrase and keep [`super::skeleton::MIN_LETTERS`] letters; with each skeleton's
/// pattern ids. `None` when there is none.
#[allow(clippy::type_complexity)]
fn skeleton_matcher(
    keys: &[String],
) -> Result<(Option<AhoCorasick>, Vec<Vec<usize>>), ClassifierError> {
    use super::skeleton::{MIN_LETTERS, bangla_letters, skeleton};
    let mut skeletons: Vec<String> = Vec::new();
    let mut ids: Vec<Vec<usize>> = Vec::new();
    for (id, key) in keys.iter().enumerate() {
        let s = skeleton(key);
        if s == *key || bangla_letters(&s) < MIN_LETTERS || !s.is_char_boundary(s.len()) {
            continue;
        }
        match skeletons.iter().position(|x| *x == s) {
            Some(at) => ids[at].push(id),
            None => {
                skeletons.push(s);
                ids.push(vec![id]);
            }
        }
    }
    if skeletons.is_empty() {
        return Ok((None, ids));
    }
    let matcher = AhoCorasick::builder()
        .match_kind(MatchKind::Standard)
        .build(&skeletons)?;
    Ok((Some(matcher), ids))
}

//! Combining the scores: the model's probabilities with the keyword points (in nats), and
//! the decision when the two agree or disagree.

use super::*;

/// How the model's posterior and the keyword points are pooled into one distribution, and
/// when the result is too unsure to name a service. One value ([`Pooling::DEFAULT`]) is used
/// by the classifier; `examples/classifier_eval.rs` ("calibration") searches these on
/// cross-validated evidence ([`Classifier::evidence`]) to choose it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Pooling {
    /// The model's log-posterior is divided by this (temperature scaling: above 1 the
    /// model's over-confident posteriors are flattened before pooling).
    pub temperature: f64,
    /// Keyword points worth one nat (see [`KEYWORD_POINTS_PER_NAT`]).
    pub points_per_nat: f64,
    /// Nats added to "none" before pooling: the price of naming a service at all. It used
    /// to be `min_score / points_per_nat` (1 nat), which sent indirectly worded requests
    /// (no keyword, the model's right service on top) to the officer.
    pub none_prior: f64,
    /// Below this pooled probability of the winning service: officer triage.
    pub threshold: f64,
}

impl Pooling {
    /// The pooling the classifier uses: chosen on cross-validated evidence (seed examples
    /// and the development corpus, 10 folds) and the development sets A–D, see
    /// `examples/classifier_eval.rs` and [`KEYWORD_POINTS_PER_NAT`].
    pub const DEFAULT: Pooling = Pooling {
        temperature: MODEL_TEMPERATURE,
        points_per_nat: KEYWORD_POINTS_PER_NAT,
        none_prior: NONE_PRIOR_NATS,
        threshold: CONFIDENCE_THRESHOLD,
    };

    /// The pooled distribution over the classes (services, then none) of `e`.
    pub fn combine(&self, e: &Evidence) -> Vec<f64> {
        let n = e.model.len() - 1;
        let mut logits: Vec<f64> = e
            .model
            .iter()
            .map(|&q| q.max(1e-12).ln() / self.temperature)
            .collect();
        // Without keywords (the model alone, for evaluation) nothing is added to "none".
        if !e.keywords.is_empty() {
            for (l, s) in logits.iter_mut().zip(&e.keywords) {
                *l += s / self.points_per_nat;
            }
            logits[n] += self.none_prior;
        }
        model::softmax(&logits)
    }

    /// The service index chosen for `e` (`None`: out of scope or too unsure), with the
    /// pooled distribution. Bijoy text halves the winner's confidence, as in
    /// [`Classifier::classify`].
    pub fn decide(&self, e: &Evidence) -> (Option<usize>, Vec<f64>) {
        let c = self.combine(e);
        let n = c.len() - 1;
        let win = (0..=n).fold(0, |b, i| if c[i] > c[b] { i } else { b });
        let conf = if e.bijoy { c[win] * 0.5 } else { c[win] };
        let service = (win != n && conf >= self.threshold).then_some(win);
        (service, c)
    }
}

/// What the classifier knows about one request before pooling (for calibration).
#[derive(Debug, Clone)]
pub struct Evidence {
    /// The model's posterior per class (services, then none).
    pub model: Vec<f64>,
    /// Keyword points per service, then the out-of-scope cues' points; empty in
    /// [`Mode::ModelOnly`].
    pub keywords: Vec<f64>,
    /// The text looks like unreadable Bijoy-font Bangla.
    pub bijoy: bool,
}

impl Classifier {
    /// The evidence for `request` before pooling: the model's posterior and the keyword
    /// points; `None` without a model. For calibrating [`Pooling`].
    pub fn evidence(&self, request: &Request<'_>, mode: Mode) -> Option<Evidence> {
        let model = self.model.as_ref()?;
        let p = self.prepare(request);
        let keywords = if mode == Mode::Combined {
            self.keyword_scores(&p, &mut Vec::new())
        } else {
            Vec::new()
        };
        let vec = SCRATCH.with(|s| {
            model::vectorize_ro(
                &p.head(),
                &p.model_body(),
                &model.vocab,
                &mut s.borrow_mut(),
            )
        });
        Some(Evidence {
            model: model::softmax(&model.scores(&vec)),
            keywords,
            bijoy: p.bijoy,
        })
    }

    /// The mail's feature vector, the model posterior and the combined
    /// distribution over the classes (services, then none).
    pub(super) fn probabilities(
        &self,
        model: &Model,
        p: &Prepared,
        scores: &[f64],
        mode: Mode,
    ) -> (model::Vector, Vec<f64>, Vec<f64>) {
        let n = self.services.len();
        let head = p.head();
        let vec = SCRATCH.with(|s| {
            model::vectorize_ro(&head, &p.model_body(), &model.vocab, &mut s.borrow_mut())
        });
        let posterior = model::softmax(&model.scores(&vec));
        let e = Evidence {
            model: posterior,
            keywords: if mode == Mode::Combined {
                scores.to_vec()
            } else {
                Vec::new()
            },
            bijoy: p.bijoy,
        };
        debug_assert_eq!(e.model.len(), n + 1);
        let combined = Pooling::DEFAULT.combine(&e);
        (vec, e.model, combined)
    }

    /// The probability of each class (the service codes, then [`NONE_LABEL`])
    /// before the confidence threshold, for evaluation (e.g. coverage /
    /// accuracy curves). Bijoy text halves every service's probability, as
    /// in [`Classifier::classify`]. Without a model, or in
    /// [`Mode::KeywordsOnly`], it is 1 for the keyword decision (or none).
    pub fn distribution(&self, request: &Request<'_>, mode: Mode) -> Vec<(String, f64)> {
        let p = self.prepare(request);
        let n = self.services.len();
        let probs = match (&self.model, mode) {
            (Some(model), Mode::Combined | Mode::ModelOnly) => {
                let mut scratch = Vec::new();
                let scores = if mode == Mode::Combined {
                    self.keyword_scores(&p, &mut scratch)
                } else {
                    vec![0.0; n + 1]
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

    /// Keywords and model together (or the model alone): log-linear pooling
    /// of the model posterior and the keyword scores, see [`KEYWORD_POINTS_PER_NAT`].
    pub(super) fn combined_decision(
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

        let mut order: Vec<usize> = (0..=n).collect();
        order.sort_by(|&a, &b| combined[b].total_cmp(&combined[a]).then(a.cmp(&b)));
        let (win, runner) = (order[0], order[1]);
        let line = model_line(model, &vec, &posterior, &names, win, runner);
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
            if scores.get(n).is_some_and(|&x| x > 0.0) {
                reasons.push(format!(
                    "the new text asks another authority to act (out-of-scope cues {}): its ICT words do not make it a service; no service, still a new request, acknowledged and left to the officer",
                    fmt_num(scores[n])
                ));
            }
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
}

/// The model's reason line: the three classes it likes best, then the n-grams and words that
/// made it prefer the winner over the runner-up (at most six, none inside another).
fn model_line(
    model: &Model,
    vec: &Vec<(u32, f32)>,
    posterior: &[f64],
    names: &[&str],
    win: usize,
    runner: usize,
) -> String {
    let mut by_model: Vec<usize> = (0..posterior.len()).collect();
    by_model.sort_by(|&a, &b| posterior[b].total_cmp(&posterior[a]).then(a.cmp(&b)));
    let mut line = format!("model ({} known features in this mail):", vec.len());
    for &c in by_model.iter().take(3) {
        let _ = write!(line, " {} {:.2},", names[c], posterior[c]);
    }
    line.pop();
    let top = model.top_features(vec, win, runner, 40);
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
    line
}

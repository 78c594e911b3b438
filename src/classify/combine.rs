//! Combining the scores: the model's probabilities with the keyword points (in nats), and
//! the decision when the two agree or disagree.

use super::*;

impl Classifier {
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

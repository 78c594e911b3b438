//! The keyword matcher: the charter's phrases found in the subject, body and attachment
//! names, weighted per field, and the decision keywords alone would make.

use super::*;

impl Classifier {
    /// Keyword scores per service; one reason per matched phrase.
    pub(super) fn keyword_scores(&self, p: &Prepared, reasons: &mut Vec<String>) -> Vec<f64> {
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

    pub(super) fn keyword_summary(&self, scores: &[f64]) -> (String, Vec<usize>) {
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
    pub(super) fn keyword_decision(
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

    /// Finds the phrases in one field (one or more texts, e.g. one per
    /// attachment), adds their weights and explains them.
    pub(super) fn score_field(
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
    pub(super) fn find(&self, text: &str) -> Vec<usize> {
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

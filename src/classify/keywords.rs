//! The keyword matcher: the charter's phrases found in the subject, body and attachment
//! names, weighted per field, and the decision keywords alone would make.

use super::*;

impl Classifier {
    /// The request's fields prepared for keywords and model, with the
    /// subject marked stale when the new text does not ask for its service.
    pub(super) fn prepare(&self, request: &Request<'_>) -> Prepared {
        let mut p = Prepared::new(request.subject, request.body, request.attachment_names);
        p.body_ids = self.find(&p.body);
        self.settle_turn(&mut p);
        p.stale_subject = self.stale_subject(&p);
        p
    }

    /// A turn to a new topic counts when the text after it asks for a service on its own
    /// (`min_score`): then what stood before it is context, like a clause set aside.
    /// Otherwise the turn was only a way of speaking ("একটা অনুরোধ: please help") and
    /// the text before it is part of the request again.
    fn settle_turn(&self, p: &mut Prepared) {
        if p.context.before_turn.is_empty() {
            return;
        }
        let n = self.services.len();
        let after = self.raw_scores_of(&p.body_ids);
        if after[..n].iter().any(|&x| x >= self.min_score) {
            let c = &mut p.context;
            c.set_aside = [c.before_turn.as_str(), c.set_aside.as_str()]
                .iter()
                .filter(|t| !t.is_empty())
                .copied()
                .collect::<Vec<_>>()
                .join(" ");
        } else {
            p.body = format!("{} {}", std::mem::take(&mut p.context.before_turn), p.body);
            p.body_ids = self.find(&p.body);
        }
    }

    /// Why the subject is stale, if it is. The subject's best service S is
    /// stale when the request text does not clearly ask for S and
    /// - the subject is a forward's ("Fwd: …") while the sender wrote a request of their own, or
    /// - the sender sets S's topic aside ("the lab is fine") and asks for another service, or
    /// - the request clearly asks for another service (twice `min_score`).
    fn stale_subject(&self, p: &Prepared) -> Option<String> {
        let n = self.services.len();
        let subject = self.raw_scores(&p.subject);
        let s = best(&subject[..n]).filter(|&s| subject[s] > 0.0)?;
        let request = self.raw_scores_of(&p.body_ids);
        let b = best(&request[..n]).filter(|&b| b != s && request[b] > request[s]);
        let asks_for_s = request[s] >= self.min_score;
        let other = b.filter(|&b| request[b] >= self.min_score);
        let strong_other = other.filter(|&b| request[b] >= 2.0 * self.min_score);
        let sets_aside = self.raw_scores(&p.context.set_aside)[s] > 0.0;
        let forwarded_subject = !p.context.forwarded.is_empty()
            && (p.subject.starts_with("fwd ") || p.subject.starts_with("fw "));
        let subject_code = &self.services[s];
        let factor = fmt_num(STALE_SUBJECT_FACTOR);
        let tail = format!("the subject counts ×{factor} and the model does not read it");
        let asks = |b: Option<usize>| match b {
            Some(b) => format!(", the new text asks for {}", self.services[b]),
            None => String::new(),
        };
        if forwarded_subject && !asks_for_s {
            Some(format!(
                "the new text decides: the subject ({subject_code}) is the forwarded mail's{}; {tail}",
                asks(other)
            ))
        } else if sets_aside && (!asks_for_s || other.is_some()) {
            Some(format!(
                "the new text decides: the subject points to {subject_code}, which the sender sets aside{}; {tail}",
                asks(other)
            ))
        } else if !asks_for_s && strong_other.is_some() {
            Some(format!(
                "the new text decides: the subject points to {subject_code}{}; {tail}",
                asks(strong_other)
            ))
        } else {
            None
        }
    }

    /// Unweighted phrase points per class (services, then none) in one text.
    fn raw_scores(&self, text: &str) -> Vec<f64> {
        self.raw_scores_of(&self.find(text))
    }

    /// Unweighted phrase points per class of the phrases `found`.
    fn raw_scores_of(&self, found: &[usize]) -> Vec<f64> {
        let mut scores = vec![0.0_f64; self.services.len() + 1];
        for &id in found {
            for entry in &self.patterns[id].entries {
                scores[entry.service] += entry.weight;
            }
        }
        scores
    }

    /// Keyword scores per class (the services, then "none" from the
    /// out-of-scope cues); one reason per matched phrase.
    pub(super) fn keyword_scores(&self, p: &Prepared, reasons: &mut Vec<String>) -> Vec<f64> {
        let mut scores = vec![0.0_f64; self.services.len() + 1];
        let subject_field = match &p.stale_subject {
            Some(why) => {
                reasons.push(why.clone());
                Field::StaleSubject
            }
            None => Field::Subject,
        };
        self.score_field(
            subject_field,
            std::slice::from_ref(&p.subject),
            &mut scores,
            reasons,
            &mut Vec::new(),
        );
        self.score_field(
            Field::Attachment,
            &p.names,
            &mut scores,
            reasons,
            &mut Vec::new(),
        );
        // One count per phrase in the body: in the request if it is there, else in the context.
        let mut counted = Vec::new();
        self.score_ids(Field::Body, &p.body_ids, &mut scores, reasons, &mut counted);
        let c = &p.context;
        for (field, text) in [
            (Field::SetAside, &c.set_aside),
            (Field::SignOff, &c.signoff),
            (Field::Forwarded, &c.forwarded),
            (Field::Introduction, &c.introduction),
        ] {
            if text.is_empty() {
                continue;
            }
            self.score_field(
                field,
                std::slice::from_ref(text),
                &mut scores,
                reasons,
                &mut counted,
            );
        }
        if c.has_context() {
            reasons.push(context_summary(c));
        }
        self.service_point(p, &mut scores, reasons);
        scores
    }

    /// A service point asking about a citizen service it delivers ([`service_point`]): the
    /// out-of-scope cues do not count, and the UDC service gets its points.
    fn service_point(&self, p: &Prepared, scores: &mut [f64], reasons: &mut Vec<String>) {
        use super::service_point::{SERVICE_POINT_POINTS, UDC_SERVICE, delivers_for_citizens};
        let Some(udc) = self.services.iter().position(|s| s == UDC_SERVICE) else {
            return;
        };
        let c = &p.context;
        let texts = [
            p.subject.as_str(),
            p.body.as_str(),
            c.introduction.as_str(),
            c.signoff.as_str(),
        ];
        let Some((service, serves)) = delivers_for_citizens(&texts) else {
            return;
        };
        let n = self.services.len();
        scores[n] = 0.0;
        scores[udc] += SERVICE_POINT_POINTS;
        reasons.push(format!(
            "a service point asks about a citizen service it delivers ({service:?}, {serves:?}): out-of-scope cues do not count, {UDC_SERVICE} +{}",
            fmt_num(SERVICE_POINT_POINTS)
        ));
    }

    pub(super) fn keyword_summary(&self, scores: &[f64]) -> (String, Vec<usize>) {
        let n = self.services.len();
        let mut order: Vec<usize> = (0..n).collect();
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
        if scores.get(n).is_some_and(|&x| x != 0.0) {
            let _ = write!(summary, " out-of-scope cues {},", fmt_num(scores[n]));
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

        let out_of_scope = scores.get(self.services.len()).copied().unwrap_or(0.0);
        let (service, confidence) = match top {
            Some((_, score)) if out_of_scope > 0.0 && out_of_scope >= score => {
                summary.push_str("; out-of-scope cues outweigh every service → officer triage");
                (None, 0.0)
            }
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
    /// `counted`: phrases already counted in an earlier part of the same
    /// field (the body's request before its context); they are skipped here
    /// and this field's phrases are added to it.
    pub(super) fn score_field(
        &self,
        field: Field,
        texts: &[String],
        scores: &mut [f64],
        reasons: &mut Vec<String>,
        counted: &mut Vec<usize>,
    ) {
        let found: Vec<usize> = texts.iter().flat_map(|t| self.find(t)).collect();
        self.score_ids(field, &found, scores, reasons, counted);
    }

    /// Adds the weights of the phrases `found` in one field and explains
    /// them; see [`Classifier::score_field`].
    fn score_ids(
        &self,
        field: Field,
        found: &[usize],
        scores: &mut [f64],
        reasons: &mut Vec<String>,
        counted: &mut Vec<usize>,
    ) {
        let mut seen: Vec<usize> = Vec::new();
        for &id in found {
            if !seen.contains(&id) && !counted.contains(&id) {
                seen.push(id);
            }
        }
        counted.extend_from_slice(&seen);
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
                    self.class_label(entry.service),
                ));
            }
        }
    }

    /// Pattern ids found in a normalised text, in order of first occurrence,
    /// after the word-boundary and longest-match rules.
    pub(super) fn find(&self, text: &str) -> Vec<usize> {
        let mut ids = self.find_exact(text);
        if let Some(sparse) = &self.skeleton_matcher
            && super::skeleton::badly_typed(text)
        {
            let sk = super::skeleton::skeleton(text);
            let mut hits: Vec<(usize, usize, usize)> = Vec::new();
            for m in sparse.find_overlapping_iter(&sk) {
                let (start, end) = (m.start(), m.end());
                if start > 0 && sk.as_bytes()[start - 1] != b' ' {
                    continue;
                }
                // A skeleton shared with a phrase found as written is that phrase, typed
                // with another vowel sign (কীভাবে, কিভাবে): counted once.
                let group = &self.skeleton_ids[m.pattern().as_usize()];
                if group.iter().any(|id| ids.contains(id)) {
                    continue;
                }
                for &id in group {
                    hits.push((start, end, id));
                }
            }
            for id in longest(hits) {
                if !ids.contains(&id) {
                    ids.push(id);
                }
            }
        }
        ids
    }

    /// The pattern ids found in `text` as written (see [`Classifier::find`]).
    fn find_exact(&self, text: &str) -> Vec<usize> {
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
        longest(hits)
    }
}

/// The ids of `hits` (start, end, id) not inside a longer hit, in order of first start.
fn longest(mut hits: Vec<(usize, usize, usize)>) -> Vec<usize> {
    // Longest-match rule. Sorted by start, then longest first, a hit is
    // inside a longer one exactly when an earlier hit reaches at least as
    // far (two hits with the same span are the same pattern, or one skeleton).
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

impl Classifier {
    /// A class's name in reasons: the service code, or "none (out of scope)".
    fn class_label(&self, class: usize) -> &str {
        self.services
            .get(class)
            .map_or("none (out of scope)", String::as_str)
    }
}

/// The index of the highest score (the first on a tie), if any.
fn best(scores: &[f64]) -> Option<usize> {
    (0..scores.len()).reduce(|a, b| if scores[b] > scores[a] { b } else { a })
}

/// One reason line on what the body's context was and how much it counts.
fn context_summary(c: &segment::Segments) -> String {
    let mut parts = Vec::new();
    if !c.before_turn.is_empty() {
        parts.push("what stands before the sender turns to a new topic");
    }
    if c.set_aside.len() > c.before_turn.len() {
        parts.push("clauses the sender sets aside");
    }
    if !c.forwarded.is_empty() {
        parts.push("a forwarded message under the sender's own request");
    }
    let mut line = String::from("the new text decides:");
    if !parts.is_empty() {
        let _ = write!(
            line,
            " {} count ×{} and the model does not read them",
            parts.join(", "),
            fmt_num(CONTEXT_FACTOR)
        );
    }
    if !c.signoff.is_empty() {
        if !parts.is_empty() {
            line.push(';');
        }
        let _ = write!(
            line,
            " the sign-off (name, role, office) counts ×{}",
            fmt_num(SIGNOFF_FACTOR)
        );
    }
    if !c.introduction.is_empty() {
        if !parts.is_empty() || !c.signoff.is_empty() {
            line.push(';');
        }
        let _ = write!(
            line,
            " the sender's self-introduction (who writes, a role) counts ×{} and the model does not read it",
            fmt_num(SIGNOFF_FACTOR)
        );
    }
    line
}

//! TEMPORARY stub until the keyword classifier lands.
pub mod normalize;
use std::collections::BTreeMap;
#[derive(Debug, Clone, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KeywordConfig {
    pub min_score: f64,
    pub services: BTreeMap<String, BTreeMap<String, f64>>,
}
pub struct Request<'a> {
    pub subject: &'a str,
    pub body: &'a str,
    pub attachment_names: &'a [String],
}
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Classification {
    pub service: Option<String>,
    pub confidence: f64,
    pub reasons: Vec<String>,
}
#[derive(Debug, thiserror::Error)]
pub enum ClassifierError {
    #[error("unknown service {0}")]
    UnknownService(String),
}
pub struct Classifier {
    services: Vec<(String, Vec<(String, f64)>)>,
    min: f64,
}
impl Classifier {
    pub fn new(config: &KeywordConfig, known: &[&str]) -> Result<Self, ClassifierError> {
        let mut services = vec![];
        for (code, phrases) in &config.services {
            if !known.contains(&code.as_str()) {
                return Err(ClassifierError::UnknownService(code.clone()));
            }
            services.push((
                code.clone(),
                phrases
                    .iter()
                    .map(|(p, w)| (p.to_lowercase(), *w))
                    .collect(),
            ));
        }
        Ok(Classifier {
            services,
            min: config.min_score,
        })
    }
    pub fn classify(&self, r: &Request<'_>) -> Classification {
        let text =
            format!("{} {} {}", r.subject, r.body, r.attachment_names.join(" ")).to_lowercase();
        let mut best: Option<(f64, &str)> = None;
        for (code, phrases) in &self.services {
            let s: f64 = phrases
                .iter()
                .filter(|(p, _)| text.contains(p.as_str()))
                .map(|(_, w)| w)
                .sum();
            if s >= self.min && best.is_none_or(|(b, _)| s > b) {
                best = Some((s, code));
            }
        }
        Classification {
            service: best.map(|(_, c)| c.to_string()),
            confidence: if best.is_some() { 0.5 } else { 0.0 },
            reasons: vec![],
        }
    }
}

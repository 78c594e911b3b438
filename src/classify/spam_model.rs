//! The scam stage's learnt half: a small model that tells a spam or scam mail from a
//! request by its words, trained on examples and on the officer's verdicts.
//!
//! The rules of [`crate::unseen::scam`] read how a scam is built (an ask for a PIN, a fee, a
//! look-alike sender); they miss a scam worded in a way no rule foresaw: a vendor's
//! catalogue, a widow's donation, a "renewal" with a refund desk. This model learns the
//! rest from examples: the seed file `config/classifier/spam-examples.toml` (scams and
//! spam of many kinds, and requests that share their words: "is this SMS genuine?",
//! "my bKash PIN was stolen"), every service seed example as a request, and the officer's
//! verdicts on held acknowledgements (a released one is a request, one marked spam is
//! spam), which weigh [`VERDICT_WEIGHT`] seed examples each.
//!
//! Its reading is one signal of the content scam stage ([`crate::unseen::scam::Learnt`],
//! weighed there): alone it holds nothing, beside a rule's signal it makes a mail doubtful
//! (acknowledgement held, the officer decides) or, with a strong one, spam. Same features
//! and training as the service model (character n-grams and words, logistic regression,
//! see `model`).
//!
//! File format (TOML, UTF-8), one `[[example]]` table per mail:
//!
//! ```toml
//! [[example]]
//! label = "spam"          # or "request"
//! kind = "vendor-pitch"   # optional, for reading the file
//! lang = "en"             # optional: bn, en, mixed, banglish
//! subject = "Interactive panels at government rate"
//! body = """We supply 75" panels for every digital lab …"""
//! ```

use super::model::{self, Model, Scratch, Vocab};
use super::{ClassifierError, Example, Prepared};

/// How many seed examples one officer's verdict weighs.
pub const VERDICT_WEIGHT: f32 = 3.0;

/// What an example is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SpamLabel {
    /// Spam or a scam: never answered.
    Spam,
    /// A citizen's request (however scam-like its words).
    Request,
}

/// One labelled mail for the spam model (a seed example or an officer's verdict).
#[derive(Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SpamExample {
    /// Spam or request.
    pub label: SpamLabel,
    /// The mail's subject.
    pub subject: String,
    /// The mail's plain-text body.
    pub body: String,
}

/// The label and the body's length only: a configuration's debug print carries 450 of these, and
/// an officer's verdict is a citizen's mail, whose text does not belong in a log.
impl std::fmt::Debug for SpamExample {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SpamExample")
            .field("label", &self.label)
            .field("body_chars", &self.body.chars().count())
            .finish_non_exhaustive()
    }
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    #[serde(default)]
    example: Vec<RawExample>,
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct RawExample {
    label: SpamLabel,
    #[serde(default)]
    #[allow(dead_code)] // read by people, not by the model
    kind: Option<String>,
    #[serde(default)]
    #[allow(dead_code)]
    lang: Option<String>,
    #[serde(default)]
    subject: String,
    #[serde(default)]
    body: String,
}

/// Parses a spam examples file (see the module doc).
pub fn parse_spam_examples(text: &str) -> Result<Vec<SpamExample>, ClassifierError> {
    let raw: RawFile =
        toml::from_str(text).map_err(|e| ClassifierError::Examples(e.to_string()))?;
    Ok(raw
        .example
        .into_iter()
        .map(|e| SpamExample {
            label: e.label,
            subject: e.subject,
            body: e.body,
        })
        .collect())
}

/// A trained spam-or-request model.
#[derive(Debug, Clone)]
pub struct SpamModel {
    model: Model,
}

/// Class indices in the model.
const REQUEST: usize = 0;
const SPAM: usize = 1;

/// The text the model reads: the subject, and the writer's own text (quotes, HTML and
/// the signature removed), normalised like the service model's, without digits: the seed
/// scams quote prices and the seed requests rarely a number, so digits would teach the
/// model that a phone number or a count of PCs is a scam.
///
/// It is read from the classifier's [`Prepared`] mail: the daemon prepares each mail once
/// for this model and the classification both (the model used to strip and normalise the
/// text a second time): the whole own text as segmenting normalised it, nothing moved.
fn texts(p: &Prepared) -> (String, String) {
    let no_digits = |parts: &[&str]| -> String {
        let mut out = String::new();
        for w in parts.iter().flat_map(|t| t.split(' ')) {
            if w.is_empty() || w.chars().all(|c| c.is_numeric()) {
                continue;
            }
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(w);
        }
        out
    };
    (no_digits(&[&p.subject]), no_digits(&[&p.context.whole]))
}

/// [`texts`] of a mail not prepared by the classifier (training, `sebadesk classify`).
fn texts_of(subject: &str, body: &str) -> (String, String) {
    texts(&Prepared::new(subject, body, &[]))
}

impl SpamModel {
    /// Trains on `seed` (the spam examples file), the service `requests` (every service
    /// seed example is a request) and the officer's `verdicts`. `None` without any spam
    /// example: then nothing is held by the model.
    pub fn train(
        seed: &[SpamExample],
        requests: &[Example],
        verdicts: &[SpamExample],
    ) -> Option<Self> {
        let n_spam = seed
            .iter()
            .chain(verdicts)
            .filter(|e| e.label == SpamLabel::Spam)
            .count();
        if n_spam == 0 {
            return None;
        }
        let n_request = requests.len()
            + seed
                .iter()
                .chain(verdicts)
                .filter(|e| e.label == SpamLabel::Request)
                .count();
        // Balanced classes: the requests outnumber the scams several times over, and the
        // model should not learn "most mail is a request" as its prior.
        let spam_weight = (n_request.max(1) as f32 / n_spam as f32).max(1.0);
        let mut vocab = Vocab::default();
        let mut scratch = Scratch::default();
        let mut docs = Vec::new();
        let mut add = |subject: &str, body: &str, class: usize, weight: f32| {
            let (s, b) = texts_of(subject, body);
            let v = model::vectorize(&[s.as_str()], &b, &mut vocab, &mut scratch);
            docs.push((v, class, weight));
        };
        for e in requests {
            add(&e.subject, &e.body, REQUEST, 1.0);
        }
        for (e, extra) in seed
            .iter()
            .map(|e| (e, 1.0))
            .chain(verdicts.iter().map(|e| (e, VERDICT_WEIGHT)))
        {
            match e.label {
                SpamLabel::Spam => add(&e.subject, &e.body, SPAM, spam_weight * extra),
                SpamLabel::Request => add(&e.subject, &e.body, REQUEST, extra),
            }
        }
        Some(SpamModel {
            model: Model::train(2, vocab, docs),
        })
    }

    /// The probability that the mail is spam, and the features that pushed it there most
    /// (only when `explain_from` ≤ the probability: naming them costs more than scoring).
    pub fn assess(&self, subject: &str, body: &str, explain_from: f64) -> (f64, Vec<String>) {
        self.assess_prepared(&Prepared::new(subject, body, &[]), explain_from)
    }

    /// [`SpamModel::assess`] of a mail the classifier has prepared.
    pub(super) fn assess_prepared(&self, p: &Prepared, explain_from: f64) -> (f64, Vec<String>) {
        let (s, b) = texts(p);
        let v = super::SCRATCH.with(|scratch| {
            model::vectorize_ro(
                &[s.as_str()],
                &b,
                &self.model.vocab,
                &mut scratch.borrow_mut(),
            )
        });
        let p = model::softmax(&self.model.scores(&v))[SPAM];
        if p < explain_from {
            return (p, Vec::new());
        }
        let top = self
            .model
            .top_features(&v, SPAM, REQUEST, 5)
            .into_iter()
            .map(|(idx, _)| self.model.vocab.name(idx).to_string())
            .collect();
        (p, top)
    }

    /// Examples per class (requests, spam), for the log.
    pub fn counts(&self) -> (usize, usize) {
        (self.model.counts[REQUEST], self.model.counts[SPAM])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ex(label: SpamLabel, subject: &str, body: &str) -> SpamExample {
        SpamExample {
            label,
            subject: subject.into(),
            body: body.into(),
        }
    }

    #[test]
    fn parses_the_file_format() {
        let text = "[[example]]\nlabel = \"spam\"\nkind = \"prize\"\nlang = \"en\"\nsubject = \"You won\"\nbody = \"Claim your prize\"\n\n[[example]]\nlabel = \"request\"\nsubject = \"lab\"\nbody = \"lab PCs dead\"\n";
        let e = parse_spam_examples(text).unwrap();
        assert_eq!(e.len(), 2);
        assert_eq!(e[0].label, SpamLabel::Spam);
        assert_eq!(e[1].label, SpamLabel::Request);
        assert!(parse_spam_examples("[[example]]\nlabel = \"maybe\"\n").is_err());
        assert!(parse_spam_examples("[[example]]\nlabel = \"spam\"\nfoo = 1\n").is_err());
    }

    #[test]
    fn without_spam_examples_there_is_no_model() {
        assert!(SpamModel::train(&[], &[], &[]).is_none());
        let req = [ex(SpamLabel::Request, "lab", "the lab PCs are dead")];
        assert!(SpamModel::train(&req, &[], &[]).is_none());
    }

    #[test]
    fn the_shipped_examples_tell_a_pitch_from_a_request() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("config/classifier");
        let seed =
            parse_spam_examples(&std::fs::read_to_string(root.join("spam-examples.toml")).unwrap())
                .unwrap();
        let requests = super::super::parse_examples(
            &std::fs::read_to_string(root.join("examples.toml")).unwrap(),
        )
        .unwrap();
        let m = SpamModel::train(&seed, &requests, &[]).unwrap();
        let (p, _) = m.assess(
            "Laptops for your UDCs and digital labs at 30% discount",
            "Dear Sir, we supply brand new laptops for Union Digital Centres and school labs at a special government rate. Order 10 and get free delivery. Call our sales team today.",
            1.0,
        );
        assert!(p >= crate::unseen::scam::LEARNT_FROM, "a sales pitch: {p}");
        let (p, _) = m.assess(
            "ল্যাবের কম্পিউটার নষ্ট",
            "স্যার, আমাদের বিদ্যালয়ের শেখ রাসেল ডিজিটাল ল্যাবের ছয়টি কম্পিউটার চালু হয় না। একজন টেকনিশিয়ান পাঠালে উপকৃত হব।",
            1.0,
        );
        assert!(p < crate::unseen::scam::LEARNT_FROM, "a request: {p}");
    }

    #[test]
    fn an_officer_verdict_teaches_it() {
        let seed = [
            ex(
                SpamLabel::Spam,
                "You won a prize",
                "Claim your lottery prize now, send your bKash PIN",
            ),
            ex(
                SpamLabel::Request,
                "lab",
                "our lab projector is broken, please send someone",
            ),
        ];
        let pitch = (
            "Solar panels for your office",
            "We install rooftop solar panels for offices at a special rate. Reply for a quotation.",
        );
        let before = SpamModel::train(&seed, &[], &[])
            .unwrap()
            .assess(pitch.0, pitch.1, 1.0)
            .0;
        let verdict = [ex(
            SpamLabel::Spam,
            "Rooftop solar for government offices",
            "We install solar panels for offices at a special rate, reply for a quotation today.",
        )];
        let after = SpamModel::train(&seed, &[], &verdict)
            .unwrap()
            .assess(pitch.0, pitch.1, 1.0)
            .0;
        assert!(after > before, "{before} -> {after}");
    }
}

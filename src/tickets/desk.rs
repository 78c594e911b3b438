//! The office's desk: the narrow context every ticket action, the reminders, the health
//! alerts and the deadline recomputation take — who the office is (its configuration, with
//! the charter), its working-day calendar, the clock, the store, and the classifier that
//! learns from the officers' corrections. No message path here: that is
//! [`crate::pipeline`], which builds on a desk.

use std::sync::Arc;

use crate::classify::{Classifier, ClassifierError};
use crate::config::Config;
use crate::sla::{Calendar, Clock};
use crate::store::{Store, StoreError};
use crate::triage::OfficeIdentity;

/// Why the classifier could not be retrained.
#[derive(Debug, thiserror::Error)]
pub enum LearnError {
    /// The corrections could not be read.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The classifier could not be trained on them (the error's text).
    #[error("classifier: {0}")]
    Classifier(String),
}

/// One office's context (see the module doc).
pub struct Desk {
    /// The office's validated configuration, charter included.
    pub config: Arc<Config>,
    /// The database shared by every office of the deployment.
    pub store: Store,
    /// Keywords + the model trained on the seed examples and the corrections; shared by the
    /// offices of a deployment that have the same charter (see [`Learner`]).
    learner: Arc<Learner>,
    /// The office's working-day calendar (time zone, weekend, holidays, closing time).
    pub calendar: Calendar,
    /// Where "now" comes from: the system clock, or a test's manual clock.
    pub clock: Arc<dyn Clock>,
    /// Who the office is to triage: its code, its address and the officer's address.
    pub identity: OfficeIdentity,
}

impl Desk {
    /// A desk with a learner of its own, trained on the seed examples. Errs when the
    /// classifier cannot be built from the configuration's keywords and examples.
    pub fn new(
        config: Arc<Config>,
        store: Store,
        clock: Arc<dyn Clock>,
    ) -> Result<Self, ClassifierError> {
        let learner = Arc::new(Learner::new(&config)?);
        Ok(Self::with_learner(config, store, clock, learner))
    }

    /// The desk of one office of a deployment, sharing `learner` with the offices of the
    /// same charter (see [`Learner::fits`]).
    pub fn with_learner(
        config: Arc<Config>,
        store: Store,
        clock: Arc<dyn Clock>,
        learner: Arc<Learner>,
    ) -> Self {
        Desk {
            calendar: config.calendar(),
            identity: identity(&config),
            learner,
            store,
            clock,
            config,
        }
    }

    /// The office's learner, to retrain it or share it with another office of the charter.
    pub fn learner(&self) -> &Arc<Learner> {
        &self.learner
    }

    /// The classifier of the moment.
    pub fn classifier(&self) -> Arc<Classifier> {
        self.learner.classifier()
    }
}

/// The office's identity as triage needs it, from its configuration.
pub fn identity(config: &Config) -> OfficeIdentity {
    OfficeIdentity {
        code: config.office.code.clone(),
        address: config.office.address.as_str().to_string(),
        officer_email: config.office.officer_email.as_str().to_string(),
    }
}

/// The classifier of the moment and how it learns: trained on the seed examples and the
/// officers' corrections, swapped whole when the corrections change.
///
/// One per charter, not one per office: a district deployment's offices share the charter,
/// so they share the model (a few MB) and learn from each other's corrections.
pub struct Learner {
    keywords: Arc<crate::classify::KeywordConfig>,
    seed_examples: Arc<Vec<crate::classify::Example>>,
    spam_examples: Arc<Vec<crate::classify::SpamExample>>,
    codes: Vec<String>,
    current: std::sync::RwLock<Arc<Classifier>>,
    /// How many corrections the current classifier was trained with (-1: seed only).
    trained_on: std::sync::atomic::AtomicI64,
    /// One retraining at a time (offices sharing a learner check it together).
    retraining: tokio::sync::Mutex<()>,
    /// When the corrections were last counted: the offices sharing this learner all look
    /// every `reminders.interval`, and one count per [`RECHECK`] serves them all.
    checked_at: std::sync::Mutex<Option<std::time::Instant>>,
}

/// How often the periodic look for new corrections really queries the database (see
/// [`Learner::retrain_if_stale`]).
const RECHECK: std::time::Duration = std::time::Duration::from_secs(30);

impl Learner {
    /// A learner trained on the configuration's seed examples only (corrections come with the
    /// first retraining). Errs when the classifier cannot be built.
    pub fn new(config: &Config) -> Result<Self, ClassifierError> {
        let codes: Vec<String> = config
            .charter
            .services()
            .iter()
            .map(|s| s.code.clone())
            .collect();
        let refs: Vec<&str> = codes.iter().map(String::as_str).collect();
        let classifier = Classifier::with_examples(&config.keywords, &refs, &config.seed_examples)?
            .with_spam_model(&config.spam_examples, &config.seed_examples, &[]);
        Ok(Learner {
            keywords: config.keywords.clone(),
            seed_examples: config.seed_examples.clone(),
            spam_examples: config.spam_examples.clone(),
            codes,
            current: std::sync::RwLock::new(Arc::new(classifier)),
            trained_on: std::sync::atomic::AtomicI64::new(-1),
            retraining: tokio::sync::Mutex::new(()),
            checked_at: std::sync::Mutex::new(None),
        })
    }

    /// Whether an office with this configuration can use this learner (same keywords and
    /// seed examples, same service codes).
    pub fn fits(&self, config: &Config) -> bool {
        Arc::ptr_eq(&self.keywords, &config.keywords)
            && Arc::ptr_eq(&self.seed_examples, &config.seed_examples)
            && Arc::ptr_eq(&self.spam_examples, &config.spam_examples)
            && self.codes.iter().map(String::as_str).eq(config
                .charter
                .services()
                .iter()
                .map(|s| s.code.as_str()))
    }

    /// The classifier of the moment; a retraining swaps it whole, a caller keeps the one it got.
    pub fn classifier(&self) -> Arc<Classifier> {
        self.current
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }

    /// The periodic look: like [`Learner::retrain_if_changed`], but at most once per
    /// [`RECHECK`] whatever the number of offices asking (a correction made by e-mail
    /// retrains at once through `retrain_if_changed`; one made on the command line is
    /// learnt within `RECHECK` + `reminders.interval`).
    pub async fn retrain_if_stale(&self, store: &Store) -> Result<bool, LearnError> {
        {
            let mut checked = self.checked_at.lock().unwrap_or_else(|e| e.into_inner());
            if checked.is_some_and(|at| at.elapsed() < RECHECK) {
                return Ok(false);
            }
            *checked = Some(std::time::Instant::now());
        }
        self.retrain_if_changed(store).await
    }

    /// Retrains when the corrections changed since the last training. Returns whether it did.
    pub async fn retrain_if_changed(&self, store: &Store) -> Result<bool, LearnError> {
        use std::sync::atomic::Ordering;
        let _one_at_a_time = self.retraining.lock().await;
        let count = store.lesson_count().await?;
        let trained_on = self.trained_on.load(Ordering::SeqCst);
        if count == trained_on {
            return Ok(false);
        }
        if count == 0 && trained_on == -1 {
            // No lesson yet: the classifier `new` trained on the seed examples alone is the
            // one a retraining would make (the training is deterministic). Training it again
            // at start held two classifiers and two trainings' tables at once: ~5 MB of the
            // idle daemon's peak (issue 20).
            self.trained_on.store(0, Ordering::SeqCst);
            return Ok(false);
        }
        let corrections: Vec<crate::classify::Example> = store
            .corrections()
            .await?
            .into_iter()
            // Another office's charter may have services this one does not.
            .filter(|(service, _)| {
                service
                    .as_deref()
                    .is_none_or(|s| self.codes.iter().any(|c| c == s))
            })
            .filter_map(|(service, raw)| {
                let mail = crate::mail::parse::parse(&raw)?;
                Some(crate::classify::Example {
                    subject: mail.subject,
                    body: mail.text,
                    attachment_names: mail.attachment_names,
                    service,
                    lang: None,
                })
            })
            .collect();
        // The officer's "not spam" verdicts: held acknowledgements released.
        let verdicts: Vec<crate::classify::SpamExample> = store
            .released_requests()
            .await?
            .into_iter()
            .filter_map(|raw| {
                let mail = crate::mail::parse::parse(&raw)?;
                Some(crate::classify::SpamExample {
                    label: crate::classify::SpamLabel::Request,
                    subject: mail.subject,
                    body: mail.text,
                })
            })
            .collect();
        let codes: Vec<&str> = self.codes.iter().map(String::as_str).collect();
        let classifier =
            Classifier::with_corrections(&self.keywords, &codes, &self.seed_examples, &corrections)
                .map_err(|e| LearnError::Classifier(e.to_string()))?
                .with_spam_model(&self.spam_examples, &self.seed_examples, &verdicts);
        tracing::info!(corrections = corrections.len(), released = verdicts.len(), model = ?classifier.model_summary(), "classifier trained");
        *self.current.write().unwrap_or_else(|e| e.into_inner()) = Arc::new(classifier);
        self.trained_on.store(count, Ordering::SeqCst);
        Ok(true)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::test_support::example_config as config;

    /// With no lesson in the database the start-up retraining keeps the seed classifier
    /// (the one it would make again) instead of training a second one beside it.
    #[tokio::test]
    async fn no_lesson_no_second_training_at_start() {
        let dir = tempfile::tempdir().unwrap();
        let url = format!("sqlite://{}", dir.path().join("desk.db").display());
        let store = Store::connect(&url, 2).await.unwrap();
        store.migrate().await.unwrap();
        let learner = Learner::new(&config()).unwrap();
        let seed = learner.classifier();
        assert!(!learner.retrain_if_changed(&store).await.unwrap());
        assert!(Arc::ptr_eq(&seed, &learner.classifier()));
        assert!(!learner.retrain_if_changed(&store).await.unwrap());
    }
}

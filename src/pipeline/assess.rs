//! Assessing a message before any SQL: triage and classification (pure), a bounce's report
//! read ahead, done off the async threads by a [`Preparer`] so that the write gate is held
//! only for the database work.

use super::*;

/// Triage and classification of one parsed message: pure, shared by the daemon and
/// `sebadesk classify`.
#[derive(Debug, Clone)]
pub struct Assessment {
    /// What kind of message it is (request, follow-up, bounce…) and why.
    pub triage: Triage,
    /// Only for new requests and follow-ups.
    pub classification: Option<Classification>,
    /// A bounce's report, read ahead with the rest of the assessment (by
    /// [`Preparer::assessment`]) so that no database lock is held while it is parsed.
    pub bounce: Option<crate::triage::bounce::BounceReport>,
    /// A request's or follow-up's attachments, read ahead (by [`Preparer::assessment`]) so
    /// that decoding and hashing them holds no database lock; shared, not copied, when the
    /// assessment is cloned. `None`: not read yet (the transaction reads them if needed).
    pub attachments: Option<Arc<crate::mail::attachments::Extracted>>,
}

/// A fetched message whose triage and classification were done ahead of its transaction
/// (by a [`Preparer`], on another thread), so that the write gate is held only for the
/// database work.
pub struct Prepared {
    /// The fetched message itself.
    pub msg: InboundMessage,
    pub(super) assessment: Option<Assessment>,
}

impl Prepared {
    /// A message to be assessed inside its transaction, as [`Pipeline::process_message`] does.
    pub fn unassessed(msg: InboundMessage) -> Self {
        Prepared {
            msg,
            assessment: None,
        }
    }
}

/// What [`Prepared`] needs of the pipeline, owned, so it can move to a blocking thread.
#[derive(Clone)]
pub struct Preparer {
    pub(super) identity: OfficeIdentity,
    pub(super) classifier: Arc<Classifier>,
    pub(super) attachment_limits: crate::mail::attachments::Limits,
}

impl Preparer {
    /// Assesses a parsed, whole message; a quarantined one (unparseable, oversize) is left
    /// for the transaction to record. A panic in triage or the classifier leaves it
    /// unassessed: the transaction assesses it again under its own panic guard, which
    /// quarantines it.
    pub fn prepare(&self, msg: InboundMessage) -> Prepared {
        let assessment = self.assessment(&msg);
        Prepared { msg, assessment }
    }

    /// The assessment [`Preparer::prepare`] makes, a bounce's report included, for a caller
    /// that keeps the message.
    pub fn assessment(&self, msg: &InboundMessage) -> Option<Assessment> {
        match &msg.parsed {
            Some(mail) if !msg.truncated => {
                std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                    let mut a = assess(&self.identity, &self.classifier, mail);
                    if a.triage.disposition == Disposition::Bounce {
                        a.bounce = Some(crate::triage::bounce::read(&msg.raw));
                    }
                    a.attachments = read_attachments(msg, &a, &self.attachment_limits);
                    a
                }))
                .ok()
            }
            _ => None,
        }
    }
}

/// Triages `mail` for the office `identity`, and classifies it when it is a new request or a
/// follow-up. Pure; bounce reports and attachments are left to [`Preparer::assessment`].
pub fn assess(identity: &OfficeIdentity, classifier: &Classifier, mail: &ParsedMail) -> Assessment {
    // The scam stage's learnt half (trained on examples and the officer's verdicts) is one
    // more signal of the content stage, read only when that stage runs.
    // The mail is prepared (HTML, quotes and signature stripped, the parts normalised) once,
    // on first use, for both.
    let prepared = std::cell::OnceCell::new();
    let read = || {
        prepared.get_or_init(|| {
            classifier.prepare_mail(&Request {
                subject: &mail.subject,
                body: &mail.text,
                attachment_names: &mail.attachment_names,
            })
        })
    };
    let triage =
        triage::triage_learnt(mail, identity, &|| classifier.spam_reading_prepared(read()));
    let classification = matches!(triage.disposition, Disposition::New | Disposition::Followup)
        .then(|| classifier.classify_prepared(read()));
    Assessment {
        triage,
        classification,
        bounce: None,
        attachments: None,
    }
}

/// The attachments of a request or follow-up that has some (most mail has none and costs
/// nothing here); `None` for anything else, which stores none.
pub(super) fn read_attachments(
    msg: &InboundMessage,
    a: &Assessment,
    limits: &crate::mail::attachments::Limits,
) -> Option<Arc<crate::mail::attachments::Extracted>> {
    let mail = msg.parsed.as_ref()?;
    (!msg.truncated
        && mail.attachment_count > 0
        && matches!(
            a.triage.disposition,
            Disposition::New | Disposition::Followup
        ))
    .then(|| Arc::new(crate::mail::attachments::extract(&msg.raw, limits)))
}

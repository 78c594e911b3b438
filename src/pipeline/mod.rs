//! One message's whole path, top to bottom: triage → classify → SLA deadline → ticket and
//! acknowledgement committed together. Intake calls [`Pipeline::process_message`] and marks
//! the message on the server only after it returns `Ok`.

use crate::domain::{EventKind, TicketStatus};
mod assess;
mod batch;
mod bounce;
mod files;
mod one_by_one;
mod opening;

pub use assess::{Assessment, Prepared, Preparer, assess};

use std::sync::Arc;

use jiff::Timestamp;

use crate::classify::{Classification, Classifier, Request};
use crate::config::Config;
use crate::domain::{EmailAddress, TicketRef};
use crate::mail::{InboundMessage, ParsedMail};
use crate::outbox::render::{self, Acknowledgement};
use crate::sla::Clock;
use crate::store::messages::{
    NewMessage, advance_cursor, delete_quarantined, insert_message, link_ticket,
};
use crate::store::outbox::{NewOutboxMail, enqueue};
use crate::store::tickets::{
    NewTicket, add_event, insert_ticket, next_reference, recent_acks, set_status, ticket_id,
    ticket_in_tx,
};
use crate::store::{Store, StoreError};
use crate::tickets::desk::LearnError;
use crate::tickets::limits::HourlyLimits;
use crate::tickets::{Desk, Learner, WorkError, commands};
use crate::triage::{self, Disposition, OfficeIdentity, Triage};

/// How long one intake transaction may run before it commits and lets other writers in.
pub const BATCH_TX_BUDGET: std::time::Duration = std::time::Duration::from_millis(25);

/// At most this many new requests go through [`Pipeline::open_tickets`] together (the
/// transaction's time budget is checked between runs).
const MAX_RUN: usize = 50;

/// Why a message could not be taken in; its transaction is rolled back. Intake takes a
/// message again after a transient error ([`PipelineError::is_transient`]) and quarantines
/// it after any other.
#[derive(Debug, thiserror::Error)]
pub enum PipelineError {
    /// The database failed; retried whole when [`StoreError::is_transient`].
    #[error(transparent)]
    Store(#[from] StoreError),
    /// A mail to queue (acknowledgement, notice) could not be rendered.
    #[error(transparent)]
    Render(#[from] render::RenderError),
    /// Retraining the classifier on the officers' corrections failed (the message).
    #[error("classifier: {0}")]
    Classifier(String),
    /// A message of a batch was journaled by someone else between the batch's look-up and
    /// its insert (another process on the same database): the batch is rolled back and its
    /// messages are taken one by one.
    #[error("a message of the batch was journaled meanwhile")]
    JournaledMeanwhile,
}

impl From<WorkError> for PipelineError {
    fn from(e: WorkError) -> Self {
        match e {
            WorkError::Store(e) => PipelineError::Store(e),
            WorkError::Render(e) => PipelineError::Render(e),
        }
    }
}

impl From<LearnError> for PipelineError {
    fn from(e: LearnError) -> Self {
        match e {
            LearnError::Store(e) => PipelineError::Store(e),
            LearnError::Classifier(e) => PipelineError::Classifier(e),
        }
    }
}

impl From<sqlx::Error> for PipelineError {
    fn from(e: sqlx::Error) -> Self {
        PipelineError::Store(StoreError::Sqlx(e))
    }
}

impl PipelineError {
    /// Lock contention or a lost connection: retry the whole message (or batch) later.
    pub fn is_transient(&self) -> bool {
        matches!(self, PipelineError::Store(e) if e.is_transient())
    }
}

/// What became of a message.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// A new ticket; `acknowledged` is false when no valid reply address was found.
    Opened {
        /// The new ticket's reference.
        reference: TicketRef,
        /// Whether the citizen's acknowledgement was queued.
        acknowledged: bool,
        /// The charter service it was opened under (`None`: outside the charter).
        service: Option<String>,
    },
    /// Appended to an existing ticket.
    Appended {
        /// The ticket the message was added to.
        reference: TicketRef,
    },
    /// Journaled, not answered (auto-reply, bounce, bulk, spam, our own mail).
    Ignored {
        /// What triage found the message to be.
        disposition: Disposition,
    },
    /// Stored for the officer with a reason (unparseable, oversize).
    Quarantined {
        /// Why, as recorded on the journal row and shown to the operator.
        reason: String,
    },
    /// Already journaled (same UID or same Message-ID): nothing done.
    Duplicate,
    /// The officer's e-mail commands: how many were carried out and how many refused.
    Commands {
        /// Commands carried out.
        applied: usize,
        /// Commands refused (each recorded on its ticket and answered to the officer).
        refused: usize,
    },
}

/// One message's path for one office: its [`Desk`] (reachable through `Deref`, so a pipeline
/// is used wherever the office's desk is) plus the stages a message walks.
pub struct Pipeline {
    desk: Desk,
}

impl std::ops::Deref for Pipeline {
    type Target = Desk;

    fn deref(&self) -> &Desk {
        &self.desk
    }
}

impl Pipeline {
    /// A pipeline with a learner of its own, trained on the seed examples. Errs when
    /// the classifier cannot be built from the charter.
    pub fn new(
        config: Arc<Config>,
        store: Store,
        clock: Arc<dyn Clock>,
    ) -> Result<Self, crate::classify::ClassifierError> {
        Ok(Pipeline {
            desk: Desk::new(config, store, clock)?,
        })
    }

    /// A pipeline for one office of a deployment, sharing `learner` with the offices of the
    /// same charter (see [`Learner::fits`]).
    pub fn with_learner(
        config: Arc<Config>,
        store: Store,
        clock: Arc<dyn Clock>,
        learner: Arc<Learner>,
    ) -> Self {
        Pipeline {
            desk: Desk::with_learner(config, store, clock, learner),
        }
    }

    /// The office's desk, for the ticket actions (see [`crate::tickets`]).
    pub fn desk(&self) -> &Desk {
        &self.desk
    }

    /// The triage and classification of fetched messages, to run off the async threads.
    ///
    /// It holds the classifier of the moment: a batch prepared while the one before it
    /// commits an officer's `#service` correction is classified without that correction
    /// (the messages after it learn from it). The officer can reclassify either way.
    pub fn preparer(&self) -> Preparer {
        Preparer {
            identity: self.identity.clone(),
            classifier: self.classifier(),
            attachment_limits: self.config.attachments.limits(),
        }
    }

    /// Triage and classification of one parsed message with the classifier of the moment.
    pub fn assess(&self, mail: &ParsedMail) -> Assessment {
        assess(&self.identity, &self.classifier(), mail)
    }

    /// Retrains the classifier when the officers' corrections changed since the last
    /// training (the daemon checks every minute and after e-mail commands; a few hundred
    /// examples train in tens of milliseconds). Returns whether it retrained.
    pub async fn retrain_if_changed(&self) -> Result<bool, PipelineError> {
        Ok(self.learner().retrain_if_changed(&self.store).await?)
    }

    /// Takes one fetched message all the way: journal, ticket, acknowledgement, cursor — in
    /// one transaction. Returns only after the commit.
    #[tracing::instrument(skip_all, fields(mailbox = %msg.position.mailbox, uidvalidity = msg.position.uidvalidity,
        uid = msg.position.uid, message_id = tracing::field::Empty, ticket = tracing::field::Empty))]
    pub async fn process_message(&self, msg: &InboundMessage) -> Result<Outcome, PipelineError> {
        self.process(msg, None).await
    }

    /// Processes again a quarantined message (`sebadesk reprocess ID`), e.g. after an upgrade:
    /// its quarantine row is replaced in the same transaction that records the new outcome.
    pub async fn reprocess(&self, message_row: i64) -> Result<Outcome, PipelineError> {
        let q = self
            .store
            .quarantined_raw(message_row)
            .await?
            .ok_or_else(|| StoreError::NoSuchMessage(message_row))?;
        let msg = InboundMessage::new(
            crate::mail::MailboxPosition {
                mailbox: q.mailbox,
                uidvalidity: q.uidvalidity,
                uid: q.uid,
            },
            q.received_at,
            q.size,
            q.raw,
            q.header_only,
        );
        self.process(&msg, Some(message_row)).await
    }

    /// Journals a message that made a stage fail, with the reason, so that intake goes on and
    /// the officer sees it (`sebadesk quarantine list`).
    pub async fn quarantine(
        &self,
        msg: &InboundMessage,
        reason: &str,
    ) -> Result<(), PipelineError> {
        let now = self.clock.now();
        let pos = &msg.position;
        let dedup_id = msg.dedup_id();
        let mut tx = self.store.begin().await?;
        let journal = NewMessage {
            mailbox: &pos.mailbox,
            uidvalidity: pos.uidvalidity,
            uid: pos.uid,
            dedup_id: &dedup_id,
            disposition: "quarantined",
            received_at: msg.received_at,
            from_address: msg.parsed.as_ref().and_then(|p| p.from_address.as_deref()),
            subject: msg.parsed.as_ref().map(|p| p.subject.as_str()),
            size: msg.size,
            raw: &msg.raw,
            quarantine_reason: Some(reason),
            ticket_id: None,
        };
        if insert_message(&mut tx, &journal, now).await?.is_none()
            && let Some(second_id) = self.reused_message_id(&mut tx, msg, &dedup_id).await?
        {
            // A different mail under a Message-ID taken in before: quarantined as its own.
            let journal = NewMessage {
                dedup_id: &second_id,
                ..journal
            };
            insert_message(&mut tx, &journal, now).await?;
        }
        advance_cursor(&mut tx, &pos.mailbox, pos.uidvalidity, pos.uid, now).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn process(
        &self,
        msg: &InboundMessage,
        replacing: Option<i64>,
    ) -> Result<Outcome, PipelineError> {
        // Parsing and classifying (a bounce's report too) before the write gate.
        let assessed = self.preparer().assessment(msg);
        let _gate = self.store.write_gate().await;
        let mut tx = self.store.begin().await?;
        let outcome = self
            .process_in(&mut tx, msg, assessed.as_ref(), replacing)
            .await?;
        self.cursor_past(&mut tx, &msg.position).await?;
        tx.commit().await?;
        self.observe(&outcome, msg.received_at);
        self.after_commit(std::slice::from_ref(&outcome)).await?;
        Ok(outcome)
    }

    #[tracing::instrument(skip_all, fields(mailbox = %p.msg.position.mailbox, uidvalidity = p.msg.position.uidvalidity,
        uid = p.msg.position.uid, message_id = tracing::field::Empty, ticket = tracing::field::Empty))]
    async fn process_traced(
        &self,
        tx: &mut crate::store::Tx,
        p: &Prepared,
    ) -> Result<Outcome, PipelineError> {
        self.process_in(tx, &p.msg, p.assessment.as_ref(), None)
            .await
    }

    /// Moves the mailbox cursor past `pos`, inside the transaction that took it in.
    async fn cursor_past(
        &self,
        tx: &mut crate::store::Tx,
        pos: &crate::mail::MailboxPosition,
    ) -> Result<(), PipelineError> {
        advance_cursor(tx, &pos.mailbox, pos.uidvalidity, pos.uid, self.clock.now()).await?;
        Ok(())
    }

    /// Counts a committed message for `GET /metrics` (see `crate::metrics`; without the
    /// endpoint the `metrics` facade does nothing): mails taken in by disposition, tickets
    /// opened by service, and the intake lag (reached the mailbox → ticket committed).
    fn observe(&self, outcome: &Outcome, received_at: jiff::Timestamp) {
        let office = self.config.office.code.clone();
        let disposition = match outcome {
            Outcome::Opened { .. } => "new",
            Outcome::Appended { .. } => "followup",
            Outcome::Ignored { disposition } => disposition.as_str(),
            Outcome::Quarantined { .. } => "quarantined",
            Outcome::Duplicate => "duplicate",
            Outcome::Commands { .. } => "officer-command",
        };
        ::metrics::counter!("sebadesk_mails_fetched_total", "office" => office.clone(), "disposition" => disposition)
            .increment(1);
        if let Outcome::Opened { service, .. } = outcome {
            let service = service.clone().unwrap_or_else(|| "none".into());
            ::metrics::counter!("sebadesk_tickets_opened_total", "office" => office.clone(), "service" => service)
                .increment(1);
            let lag = (self.clock.now() - received_at).as_secs_f64().max(0.0);
            ::metrics::histogram!("sebadesk_intake_lag_seconds", "office" => office).record(lag);
        }
    }

    /// What must follow a commit: a `#service` correction teaches the classifier at once.
    async fn after_commit(&self, outcomes: &[Outcome]) -> Result<(), PipelineError> {
        if outcomes
            .iter()
            .any(|o| matches!(o, Outcome::Commands { applied, .. } if *applied > 0))
        {
            self.retrain_if_changed().await?;
        }
        Ok(())
    }
}

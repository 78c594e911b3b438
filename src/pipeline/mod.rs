//! One message's whole path, top to bottom: triage → classify → SLA deadline → ticket and
//! acknowledgement committed together. Intake calls [`Pipeline::process_message`] and marks
//! the message on the server only after it returns `Ok`.

use crate::domain::{EventKind, TicketStatus};
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

#[derive(Debug, thiserror::Error)]
pub enum PipelineError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Render(#[from] render::RenderError),
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
    pub fn is_transient(&self) -> bool {
        matches!(self, PipelineError::Store(e) if e.is_transient())
    }
}

/// What became of a message.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// A new ticket; `acknowledged` is false when no valid reply address was found.
    Opened {
        reference: TicketRef,
        acknowledged: bool,
    },
    /// Appended to an existing ticket.
    Appended { reference: TicketRef },
    /// Journaled, not answered (auto-reply, bounce, bulk, spam, our own mail).
    Ignored { disposition: Disposition },
    /// Stored for the officer with a reason (unparseable, oversize).
    Quarantined { reason: String },
    /// Already journaled (same UID or same Message-ID): nothing done.
    Duplicate,
    /// The officer's e-mail commands: how many were carried out and how many refused.
    Commands { applied: usize, refused: usize },
}

/// Triage and classification of one parsed message: pure, shared by the daemon and
/// `sebadesk classify`.
#[derive(Debug, Clone)]
pub struct Assessment {
    pub triage: Triage,
    /// Only for new requests and follow-ups.
    pub classification: Option<Classification>,
    /// A bounce's report, read ahead with the rest of the assessment (by
    /// [`Preparer::assessment`]) so that no database lock is held while it is parsed.
    pub bounce: Option<crate::triage::bounce::BounceReport>,
}

/// A fetched message whose triage and classification were done ahead of its transaction
/// (by a [`Preparer`], on another thread), so that the write gate is held only for the
/// database work.
pub struct Prepared {
    pub msg: InboundMessage,
    assessment: Option<Assessment>,
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
    identity: OfficeIdentity,
    classifier: Arc<Classifier>,
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
                    a
                }))
                .ok()
            }
            _ => None,
        }
    }
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
        }
    }

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
        self.after_commit(std::slice::from_ref(&outcome)).await?;
        Ok(outcome)
    }

    /// Takes a batch of fetched messages in as few transactions as possible (much faster on
    /// SQLite, whose commits are the cost), committing whenever a transaction has run for
    /// [`BATCH_TX_BUDGET`] so that the outbox's "sent" records never wait long behind intake.
    /// If a message fails, its transaction is rolled back and the messages from there on are
    /// taken one by one, so one poison message cannot hold the others back.
    /// Returns one result per message, in order.
    pub async fn process_batch(&self, msgs: &[Prepared]) -> Vec<Result<Outcome, PipelineError>> {
        let mut results: Vec<Result<Outcome, PipelineError>> = Vec::with_capacity(msgs.len());
        let mut next = 0;
        while next < msgs.len() {
            let attempt: Result<Vec<Outcome>, PipelineError> = async {
                let _gate = self.store.write_gate().await;
                let mut tx = self.store.begin_write().await?;
                let started = std::time::Instant::now();
                let mut outcomes = Vec::new();
                while next + outcomes.len() < msgs.len() {
                    let rest = &msgs[next + outcomes.len()..];
                    // New requests go through in runs, a few statements per run; anything
                    // else one message at a time, in order, in the same transaction.
                    let first = &rest[0].msg.position;
                    let run = rest
                        .iter()
                        .take(MAX_RUN)
                        .take_while(|p| {
                            self.opens_plain_ticket(p)
                                && p.msg.position.mailbox == first.mailbox
                                && p.msg.position.uidvalidity == first.uidvalidity
                        })
                        .count();
                    if run > 0 {
                        outcomes.extend(self.open_tickets(&mut tx, &rest[..run]).await?);
                    } else {
                        outcomes.push(self.process_traced(&mut tx, &rest[0]).await?);
                    }
                    if started.elapsed() >= BATCH_TX_BUDGET {
                        break;
                    }
                }
                // The cursor moves once per transaction, past its last message (UID order).
                self.cursor_past(&mut tx, &msgs[next + outcomes.len() - 1].msg.position)
                    .await?;
                tx.commit().await?;
                Ok(outcomes)
            }
            .await;
            match attempt {
                Ok(outcomes) => {
                    if let Err(e) = self.after_commit(&outcomes).await {
                        tracing::warn!(error = %e, "after the batch commit");
                    }
                    next += outcomes.len();
                    results.extend(outcomes.into_iter().map(Ok));
                }
                Err(e) => {
                    tracing::warn!(error = %e, left = msgs.len() - next, "batch failed: taking the rest one by one");
                    for p in &msgs[next..] {
                        results.push(self.process_message(&p.msg).await);
                    }
                    break;
                }
            }
        }
        results
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

    /// One message's whole path inside the caller's transaction; the caller moves the cursor.
    /// `assessed`: the message's assessment when a [`Preparer`] made it already.
    async fn process_in(
        &self,
        tx: &mut crate::store::Tx,
        msg: &InboundMessage,
        assessed: Option<&Assessment>,
        replacing: Option<i64>,
    ) -> Result<Outcome, PipelineError> {
        let now = self.clock.now();
        let dedup_id = msg.dedup_id();
        tracing::Span::current().record("message_id", dedup_id.as_str());
        let pos = &msg.position;

        let quarantine_reason = match &msg.parsed {
            None => {
                Some("unparseable: the MIME parser found no message in these bytes".to_string())
            }
            Some(_) if msg.truncated => Some(format!(
                "oversize: {} bytes, limit {} (only the header was fetched)",
                msg.size, self.config.imap.max_message_size
            )),
            Some(_) => None,
        };
        let assessment = msg
            .parsed
            .as_ref()
            .filter(|_| quarantine_reason.is_none())
            .map(|p| assessed.cloned().unwrap_or_else(|| self.assess(p)));
        // The officer's reply commands (`#resolve` …), only from the officer's address.
        let commands = match (&msg.parsed, &assessment) {
            (Some(mail), Some(a))
                if matches!(
                    a.triage.disposition,
                    Disposition::New | Disposition::Followup
                ) && mail
                    .from_address
                    .as_deref()
                    .is_some_and(|f| self.config.office.officer_email.same_as(f)) =>
            {
                crate::triage::officer::parse(&mail.text, &self.config.office.code)
            }
            _ => Vec::new(),
        };
        let disposition = match (&quarantine_reason, &assessment) {
            (Some(_), _) | (_, None) => "quarantined",
            (None, Some(_)) if !commands.is_empty() => "officer-command",
            (None, Some(a)) => a.triage.disposition.as_str(),
        };

        if let Some(row) = replacing {
            delete_quarantined(tx, row).await?;
        }
        let mut journal = NewMessage {
            mailbox: &pos.mailbox,
            uidvalidity: pos.uidvalidity,
            uid: pos.uid,
            dedup_id: &dedup_id,
            disposition,
            received_at: msg.received_at,
            from_address: msg.parsed.as_ref().and_then(|p| p.from_address.as_deref()),
            subject: msg.parsed.as_ref().map(|p| p.subject.as_str()),
            size: msg.size,
            raw: &msg.raw,
            quarantine_reason: quarantine_reason.as_deref(),
            ticket_id: None,
        };
        let second_id;
        let message_row = match insert_message(tx, &journal, now).await? {
            Some(row) => row,
            None => match self.reused_message_id(tx, msg, &dedup_id).await? {
                None => {
                    tracing::info!("already taken in: skipped");
                    return Ok(Outcome::Duplicate);
                }
                Some(id) => {
                    second_id = id;
                    journal.dedup_id = &second_id;
                    let Some(row) = insert_message(tx, &journal, now).await? else {
                        tracing::info!("already taken in (a reused Message-ID): skipped");
                        return Ok(Outcome::Duplicate);
                    };
                    tracing::warn!(journaled_as = %second_id, "a different mail reuses a Message-ID taken in before: taken in as its own");
                    row
                }
            },
        };
        let dedup_id = journal.dedup_id.to_string();

        let outcome = match (quarantine_reason, assessment, &msg.parsed) {
            (reason, None, _) | (reason @ Some(_), _, _) => {
                let reason = reason.unwrap_or_else(|| "not assessed".into());
                tracing::warn!(%reason, "message quarantined for the officer");
                Outcome::Quarantined { reason }
            }
            (None, Some(_), Some(mail)) if !commands.is_empty() => {
                let ran = commands::run(self, tx, mail, &commands, &dedup_id, now).await?;
                Outcome::Commands {
                    applied: ran.applied,
                    refused: ran.refused,
                }
            }
            (None, Some(a), Some(mail)) => match a.triage.disposition {
                Disposition::New | Disposition::Followup => {
                    let named = match &a.triage.ticket_ref {
                        Some(r) if a.triage.disposition == Disposition::Followup => {
                            ticket_in_tx(tx, r).await?.map(|t| (r.clone(), t))
                        }
                        _ => None,
                    };
                    // Only the ticket's own people join it (see `may_join`); anyone else
                    // who names it writes a new request, and the named ticket gets a note.
                    let mut mentioned = None;
                    let existing = match named {
                        Some((r, t)) if self.may_join(tx, mail, &r, &t).await? => Some((r, t)),
                        Some((r, t)) => {
                            mentioned = Some((r, t.id));
                            None
                        }
                        None => None,
                    };
                    // A reply to a resolved ticket reopens it within the window; after it,
                    // the citizen is asking something new.
                    let window = jiff::SignedDuration::from_hours(
                        24 * self.config.reopen_window_days as i64,
                    );
                    let existing = match existing {
                        Some((r, t)) if t.status.is_done() => {
                            let resolved_at = t
                                .resolved_at
                                .as_deref()
                                .and_then(|d| d.parse::<Timestamp>().ok());
                            if resolved_at.is_some_and(|at| now - window <= at) {
                                set_status(tx, t.id, TicketStatus::Open, None).await?;
                                let detail = serde_json::json!({ "by": mail.from_address, "message_id": dedup_id });
                                add_event(tx, t.id, EventKind::Reopened, &detail, now).await?;
                                Some((r, t.id))
                            } else {
                                None
                            }
                        }
                        Some((r, t)) => Some((r, t.id)),
                        None => None,
                    };
                    match existing {
                        Some((reference, id)) => {
                            tracing::Span::current()
                                .record("ticket", reference.to_string().as_str());
                            link_ticket(tx, message_row, id).await?;
                            let detail = serde_json::json!({
                                "message_id": dedup_id, "from": mail.from_address, "subject": mail.subject,
                                "why": a.triage.reasons,
                            });
                            add_event(tx, id, EventKind::Followup, &detail, now).await?;
                            tracing::info!("follow-up appended to its ticket");
                            Outcome::Appended { reference }
                        }
                        None => {
                            let opened = self
                                .open_ticket(tx, msg, mail, &a, message_row, &dedup_id, now)
                                .await?;
                            if let Some((named, named_id)) = mentioned {
                                self.note_mention(tx, mail, &dedup_id, named_id, &opened, now)
                                    .await?;
                                tracing::info!(named = %named, "a mail from outside the ticket named it: opened as a new request");
                            }
                            opened
                        }
                    }
                }
                Disposition::Bounce => {
                    self.record_bounce(tx, msg, a.bounce.as_ref(), message_row, now)
                        .await?;
                    Outcome::Ignored {
                        disposition: Disposition::Bounce,
                    }
                }
                other => {
                    tracing::info!(disposition = other.as_str(), why = ?a.triage.reasons, "not answered");
                    Outcome::Ignored { disposition: other }
                }
            },
            (None, Some(_), None) => unreachable!("an assessment exists only for a parsed message"),
        };
        Ok(outcome)
    }

    /// When journaling `msg` found its dedup id taken: `None` if it is the same mail again
    /// (the same UID, or the same content under that Message-ID: nothing to do), else the id
    /// to journal this different mail under (`<Message-ID>#<content fingerprint>`), so that a
    /// second mail reusing a Message-ID becomes a request of its own instead of vanishing.
    async fn reused_message_id(
        &self,
        tx: &mut crate::store::Tx,
        msg: &InboundMessage,
        dedup_id: &str,
    ) -> Result<Option<String>, PipelineError> {
        use crate::store::messages::{journaled_raw, uid_journaled};
        let pos = &msg.position;
        if uid_journaled(tx, &pos.mailbox, pos.uidvalidity, pos.uid).await? {
            return Ok(None);
        }
        let Some(earlier) = journaled_raw(tx, &pos.mailbox, dedup_id).await? else {
            return Ok(None);
        };
        let fingerprint = msg.content_fingerprint();
        if crate::mail::content_fingerprint(&earlier) == fingerprint {
            return Ok(None);
        }
        Ok(Some(format!("{dedup_id}#{fingerprint}")))
    }

    /// Whether a mail that names ticket `t` may join it as a follow-up (and reopen it): it
    /// comes from the ticket's citizen (the address answered or any address the ticket's
    /// mail came from, compared in [`crate::domain::normal_form`]) or the office's officer,
    /// or it replies to a mail we sent for this ticket (its Message-ID is random, so knowing
    /// it proves the writer saw our mail). A ticket's number alone is sequential and
    /// guessable: a stranger who writes it in a subject must not reopen a citizen's ticket
    /// or write into its history.
    async fn may_join(
        &self,
        tx: &mut crate::store::Tx,
        mail: &ParsedMail,
        reference: &TicketRef,
        t: &crate::store::tickets::Ticket,
    ) -> Result<bool, PipelineError> {
        use crate::domain::normal_form;
        use crate::store::tickets::{is_our_mail_of, ticket_senders};
        let senders: Vec<String> = [mail.from_address.as_deref(), mail.reply_to.as_deref()]
            .into_iter()
            .flatten()
            .map(normal_form)
            .collect();
        if mail
            .from_address
            .as_deref()
            .is_some_and(|f| self.config.office.officer_email.same_as(f))
        {
            return Ok(true);
        }
        let mut known = vec![normal_form(&t.citizen_email)];
        known.extend(
            ticket_senders(tx, t.id)
                .await?
                .iter()
                .map(|a| normal_form(a)),
        );
        if senders.iter().any(|s| known.contains(s)) {
            return Ok(true);
        }
        for id in mail.in_reply_to.iter().chain(&mail.references) {
            if crate::domain::ticket_of_our_message_id(id).as_ref() == Some(reference)
                && is_our_mail_of(tx, t.id, id).await?
            {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// Records on a ticket that a mail from outside it named it, and which ticket that mail
    /// opened instead: the officer sees the link, the named ticket's status is unchanged.
    async fn note_mention(
        &self,
        tx: &mut crate::store::Tx,
        mail: &ParsedMail,
        dedup_id: &str,
        named_id: i64,
        opened: &Outcome,
        now: Timestamp,
    ) -> Result<(), PipelineError> {
        let opened_as = match opened {
            Outcome::Opened { reference, .. } => Some(reference.to_string()),
            _ => None,
        };
        let detail = serde_json::json!({
            "from": mail.from_address,
            "message_id": dedup_id,
            "opened_as": opened_as,
            "why": "the sender is not this ticket's citizen and the mail does not reply to ours",
        });
        add_event(tx, named_id, EventKind::Mentioned, &detail, now).await?;
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    async fn open_ticket(
        &self,
        tx: &mut crate::store::Tx,
        msg: &InboundMessage,
        mail: &ParsedMail,
        assessment: &Assessment,
        message_row: i64,
        dedup_id: &str,
        now: Timestamp,
    ) -> Result<Outcome, PipelineError> {
        let plan = self.plan_ticket(msg, mail, assessment);
        let reference = next_reference(tx, &self.config.office.code, plan.year).await?;
        tracing::Span::current().record("ticket", reference.to_string().as_str());
        let ticket_id = insert_ticket(tx, &reference, &plan.new_ticket(msg, mail), now).await?;
        link_ticket(tx, message_row, ticket_id).await?;
        add_event(
            tx,
            ticket_id,
            EventKind::Opened,
            &plan.opened_event(dedup_id),
            now,
        )
        .await?;

        let cap = match &plan.citizen {
            Some(citizen) => {
                let (day_ago, window_start) = self.cap_periods(now);
                let recent = recent_acks(
                    tx,
                    citizen.as_str(),
                    &plan.subject_key,
                    day_ago,
                    window_start,
                )
                .await?;
                self.cap_reason(&recent)
            }
            None => None,
        };
        let mut limits = HourlyLimits::load(tx, &self.config, now).await?;
        let cap = self.office_cap(&plan, cap, &mut limits);
        let mut mails = Vec::new();
        let acknowledged = match self.acknowledgement(&reference, &plan, mail, cap, now)? {
            Ok(ack) => {
                mails.push(ack);
                true
            }
            Err((kind, detail)) => {
                add_event(tx, ticket_id, kind, &detail, now).await?;
                false
            }
        };
        match self.officer_notice(&reference, &plan, mail, &mut limits, now)? {
            Ok(notice) => mails.extend(notice),
            Err(held) => add_event(tx, ticket_id, EventKind::OfficerNoticeHeld, &held, now).await?,
        }
        for m in &mails {
            enqueue(
                tx,
                &m.row(ticket_id, self.config.office.address.as_str()),
                now,
            )
            .await?;
        }
        for alert in limits.alerts(&self.config, now)? {
            enqueue(tx, &alert.row(self.config.office.address.as_str()), now).await?;
        }
        Ok(Outcome::Opened {
            reference,
            acknowledged,
        })
    }

    /// Whether a prepared message can go through [`Pipeline::open_tickets`]: a whole, parsed,
    /// assessed new request that is not from the officer (whose mail may carry commands).
    /// Everything else takes the one-message path.
    fn opens_plain_ticket(&self, p: &Prepared) -> bool {
        let (Some(a), Some(mail)) = (&p.assessment, &p.msg.parsed) else {
            return false;
        };
        !p.msg.truncated
            && a.triage.disposition == Disposition::New
            && !mail
                .from_address
                .as_deref()
                .is_some_and(|f| self.config.office.officer_email.same_as(f))
    }

    /// A run of new requests of one mailbox (see [`Pipeline::opens_plain_ticket`]) with a few
    /// statements for the whole run instead of ~8 per message: one look-up of what is
    /// journaled already, one counter update per year for the ticket numbers, then multi-row
    /// INSERTs of tickets, messages (with their ticket ids), events and outbox rows, and one
    /// query for the acknowledgement caps of all the run's senders. The outcome is the one
    /// [`Pipeline::process_in`] gives message by message, in order: a message journaled
    /// already (also earlier in this run) is a `Duplicate` and does nothing; the caps count
    /// the acknowledgements queued earlier in the run.
    async fn open_tickets(
        &self,
        tx: &mut crate::store::Tx,
        run: &[Prepared],
    ) -> Result<Vec<Outcome>, PipelineError> {
        use crate::store::messages::{insert_messages, journaled};
        use crate::store::outbox::enqueue_many;
        use crate::store::tickets::{acks_to, add_events, insert_tickets, next_references};
        let now = self.clock.now();
        let office = &self.config.office;
        let pos = &run[0].msg.position;
        let dedup_ids: Vec<String> = run.iter().map(|p| p.msg.dedup_id()).collect();
        let uids: Vec<u32> = run.iter().map(|p| p.msg.position.uid).collect();
        let id_refs: Vec<&str> = dedup_ids.iter().map(String::as_str).collect();
        let (uids_in, ids_in) =
            journaled(tx, &pos.mailbox, pos.uidvalidity, &uids, &id_refs).await?;
        let mut seen = std::collections::HashSet::new();
        // The run's new tickets: (index in run, mail, plan), in order.
        let mut fresh = Vec::new();
        for (i, p) in run.iter().enumerate() {
            let (Some(mail), Some(a)) = (&p.msg.parsed, &p.assessment) else {
                unreachable!("opens_plain_ticket checked it")
            };
            if uids_in.contains(&uids[i]) {
                continue;
            }
            if ids_in.contains(&dedup_ids[i]) || !seen.insert(dedup_ids[i].as_str()) {
                // A Message-ID taken in before under another UID: the same mail again, or a
                // different one reusing it. The one-by-one path tells them apart (rare).
                return Err(PipelineError::JournaledMeanwhile);
            }
            fresh.push((i, mail, self.plan_ticket(&p.msg, mail, a)));
        }

        // Ticket numbers, in message order within each year.
        let mut per_year: std::collections::BTreeMap<i16, usize> = Default::default();
        for (_, _, plan) in &fresh {
            *per_year.entry(plan.year).or_default() += 1;
        }
        let mut numbers: std::collections::HashMap<i16, std::vec::IntoIter<TicketRef>> =
            Default::default();
        for (&year, &count) in &per_year {
            let refs = next_references(tx, &office.code, year, count).await?;
            numbers.insert(year, refs.into_iter());
        }
        let references: Vec<TicketRef> = fresh
            .iter()
            .map(|(_, _, plan)| {
                numbers
                    .get_mut(&plan.year)
                    .and_then(Iterator::next)
                    .expect("one number per ticket of its year")
            })
            .collect();
        let new_tickets: Vec<(TicketRef, NewTicket<'_>)> = fresh
            .iter()
            .zip(&references)
            .map(|((i, mail, plan), r)| (r.clone(), plan.new_ticket(&run[*i].msg, mail)))
            .collect();

        // The acknowledgement caps: what each sender got in the last day, plus what this run
        // queues for them as it goes.
        let (day_ago, window_start) = self.cap_periods(now);
        let addresses: Vec<String> = {
            let mut a: Vec<String> = fresh
                .iter()
                .filter_map(|(_, _, plan)| plan.citizen.as_ref().map(EmailAddress::normal_form))
                .collect();
            a.sort_unstable();
            a.dedup();
            a
        };
        let mut sent_to: std::collections::HashMap<String, Vec<AckSent>> = Default::default();
        let address_refs: Vec<&str> = addresses.iter().map(String::as_str).collect();
        for (to, at, key) in acks_to(tx, &address_refs, day_ago).await? {
            sent_to.entry(to).or_default().push((at, key));
        }
        let mut limits = HourlyLimits::load(tx, &self.config, now).await?;
        let (day_ago, window_start, now_s) = (
            crate::store::db_time(day_ago),
            crate::store::db_time(window_start),
            crate::store::db_time(now),
        );

        // Tickets and journal rows go in on the database's thread while this task renders
        // the acknowledgements (they need the references, not the ticket ids): rendering
        // between the statements kept the database waiting (9 % of the daemon's CPU while
        // draining a backlog, all of it on the batch's critical path).
        let insert = async {
            let ticket_ids = insert_tickets(tx, &new_tickets, now).await?;
            let journal: Vec<NewMessage<'_>> = fresh
                .iter()
                .zip(&ticket_ids)
                .map(|((i, mail, _), id)| {
                    let msg = &run[*i].msg;
                    NewMessage {
                        mailbox: &msg.position.mailbox,
                        uidvalidity: msg.position.uidvalidity,
                        uid: msg.position.uid,
                        dedup_id: &dedup_ids[*i],
                        disposition: Disposition::New.as_str(),
                        received_at: msg.received_at,
                        from_address: mail.from_address.as_deref(),
                        subject: Some(mail.subject.as_str()),
                        size: msg.size,
                        raw: &msg.raw,
                        quarantine_reason: None,
                        ticket_id: Some(*id),
                    }
                })
                .collect();
            let inserted = insert_messages(tx, &journal, now).await?;
            Ok::<_, PipelineError>((ticket_ids, inserted == journal.len() as u64))
        };
        let render = async {
            let mut rendered: Vec<RenderedForTicket> = Vec::with_capacity(fresh.len());
            for ((i, mail, plan), reference) in fresh.iter().zip(&references) {
                let cap = plan.citizen.as_ref().and_then(|citizen| {
                    let earlier = sent_to
                        .get(&citizen.normal_form())
                        .map(Vec::as_slice)
                        .unwrap_or(&[]);
                    let count = |f: &dyn Fn(&AckSent) -> bool| {
                        earlier.iter().filter(|e| f(e)).count() as i64
                    };
                    self.cap_reason(&crate::store::tickets::RecentAcks {
                        last_day: count(&|(at, _)| *at >= day_ago),
                        in_window: count(&|(at, _)| *at >= window_start),
                        same_subject_in_window: count(&|(at, key)| {
                            *at >= window_start && key.as_deref() == Some(plan.subject_key.as_str())
                        }),
                    })
                });
                let cap = self.office_cap(plan, cap, &mut limits);
                let ack = self.acknowledgement(reference, plan, mail, cap, now)?;
                if let Ok(ack) = &ack {
                    sent_to
                        .entry(crate::domain::normal_form(&ack.rcpt_to))
                        .or_default()
                        .push((now_s.clone(), Some(plan.subject_key.clone())));
                }
                rendered.push(RenderedForTicket {
                    opened: plan.opened_event(&dedup_ids[*i]),
                    ack,
                    notice: self.officer_notice(reference, plan, mail, &mut limits, now)?,
                });
            }
            let alerts = limits.alerts(&self.config, now)?;
            Ok::<_, PipelineError>((rendered, alerts))
        };
        // The insert is polled first, so its statement is on its way before rendering starts.
        let (inserted, rendered) = tokio::join!(insert, render);
        let (ticket_ids, all_journaled) = inserted?;
        if !all_journaled {
            // Journaled meanwhile by another process: the one-by-one path sorts it out.
            return Err(PipelineError::JournaledMeanwhile);
        }

        let mut events: Vec<(i64, EventKind, serde_json::Value)> = Vec::new();
        let mut mails: Vec<(i64, QueuedMail)> = Vec::new();
        let mut outcomes: Vec<Outcome> = vec![Outcome::Duplicate; run.len()];
        let (rendered, alerts) = rendered?;
        for ((((i, _, _), reference), &ticket_id), r) in
            fresh.iter().zip(references).zip(&ticket_ids).zip(rendered)
        {
            events.push((ticket_id, EventKind::Opened, r.opened));
            let acknowledged = match r.ack {
                Ok(ack) => {
                    mails.push((ticket_id, ack));
                    true
                }
                Err((kind, detail)) => {
                    events.push((ticket_id, kind, detail));
                    false
                }
            };
            match r.notice {
                Ok(notice) => mails.extend(notice.map(|n| (ticket_id, n))),
                Err(held) => events.push((ticket_id, EventKind::OfficerNoticeHeld, held)),
            }
            outcomes[*i] = Outcome::Opened {
                reference,
                acknowledged,
            };
        }
        add_events(tx, &events, now).await?;
        let from = office.address.as_str();
        let mut rows: Vec<NewOutboxMail<'_>> = mails.iter().map(|(t, m)| m.row(*t, from)).collect();
        rows.extend(alerts.iter().map(|a| a.row(from)));
        enqueue_many(tx, &rows, now).await?;
        for (p, o) in run.iter().zip(&outcomes) {
            if *o == Outcome::Duplicate {
                tracing::info!(uid = p.msg.position.uid, "already taken in: skipped");
            }
        }
        Ok(outcomes)
    }

    /// Works out a new ticket (service, deadline, whom to answer) before any SQL.
    fn plan_ticket(
        &self,
        msg: &InboundMessage,
        mail: &ParsedMail,
        assessment: &Assessment,
    ) -> TicketPlan<'_> {
        let office = &self.config.office;
        let classification = assessment
            .classification
            .clone()
            .unwrap_or_else(|| Classification {
                service: None,
                confidence: 0.0,
                reasons: vec![],
            });
        let service = classification
            .service
            .as_deref()
            .and_then(|c| self.config.charter.get(c));
        let deadline = service.map(|s| self.calendar.deadline(msg.received_at, s.sla_working_days));
        let year = msg
            .received_at
            .to_zoned_datetime(office.timezone.clone())
            .year();
        // Reply-To names where the sender wants answers; else From.
        let citizen = mail
            .reply_to
            .as_deref()
            .and_then(|a| EmailAddress::parse(a).ok())
            .or_else(|| {
                mail.from_address
                    .as_deref()
                    .and_then(|a| EmailAddress::parse(a).ok())
            });
        let sender_verified = self.sender_verified(mail, citizen.as_ref());
        let citizen_email = citizen
            .as_ref()
            .map(|c| c.as_str().to_string())
            .or(mail.from_address.clone())
            .unwrap_or_default();
        let classification_json = serde_json::json!({
            "reasons": classification.reasons,
            "triage": assessment.triage.reasons,
        })
        .to_string();
        TicketPlan {
            office: &office.code,
            service,
            deadline,
            year,
            citizen,
            citizen_email,
            classification_json,
            subject_key: triage::subject_key(&mail.subject),
            officer_token: crate::triage::officer::new_token(),
            sender_verified,
            classification,
        }
    }

    /// Whether the office's own MX authenticated the From domain (SPF, DKIM or DMARC, in an
    /// `Authentication-Results` header it stamped) and the answer goes to that From address.
    fn sender_verified(&self, mail: &ParsedMail, citizen: Option<&EmailAddress>) -> bool {
        let (Some(from), Some(citizen)) = (mail.from_address.as_deref(), citizen) else {
            return false;
        };
        let domain = from.rsplit_once('@').map(|(_, d)| d).unwrap_or("");
        citizen.normal_form() == crate::domain::normal_form(from)
            && crate::triage::auth_results::sender_verified(
                &mail.headers,
                &self.config.hygiene.trusted_authserv_ids,
                domain,
            )
    }

    /// The start of the last day and of the acknowledgement window (see
    /// [`crate::config::HygieneConfig`]).
    fn cap_periods(&self, now: Timestamp) -> (Timestamp, Timestamp) {
        let h = &self.config.hygiene;
        (
            now - jiff::SignedDuration::from_hours(24),
            now - jiff::SignedDuration::from_secs(h.ack_window.as_secs() as i64),
        )
    }

    /// Why an acknowledgement must not go out now, given what the address got recently.
    fn cap_reason(&self, recent: &crate::store::tickets::RecentAcks) -> Option<String> {
        let h = &self.config.hygiene;
        let window_h = h.ack_window.as_secs_f64() / 3600.0;
        if recent.last_day >= h.ack_limit_per_day as i64 {
            Some(format!(
                "{} acknowledgements to this address in 24 h (limit {})",
                recent.last_day, h.ack_limit_per_day
            ))
        } else if recent.in_window >= h.ack_limit_per_window as i64 {
            Some(format!(
                "{} acknowledgements to this address in {window_h} h (limit {})",
                recent.in_window, h.ack_limit_per_window
            ))
        } else if recent.same_subject_in_window > 0 {
            Some(format!(
                "this address was acknowledged for the same subject within {window_h} h"
            ))
        } else {
            None
        }
    }

    /// The citizen's acknowledgement, or — when there is no valid address or `cap` gives a
    /// reason — the event to record on the ticket instead.
    #[allow(clippy::type_complexity)]
    fn acknowledgement(
        &self,
        reference: &TicketRef,
        plan: &TicketPlan<'_>,
        mail: &ParsedMail,
        cap: Option<String>,
        now: Timestamp,
    ) -> Result<Result<QueuedMail, (EventKind, serde_json::Value)>, PipelineError> {
        let service = plan.service.map(|s| s.code.as_str());
        let Some(citizen) = &plan.citizen else {
            tracing::warn!(ticket = %reference, "ticket opened without acknowledgement: no valid reply address");
            let detail = serde_json::json!({ "reason": "no valid From or Reply-To address" });
            return Ok(Err((EventKind::NotAcknowledged, detail)));
        };
        if let Some(reason) = cap {
            tracing::warn!(ticket = %reference, to = %citizen, %reason, "ticket opened, acknowledgement suppressed");
            let detail = serde_json::json!({ "reason": reason, "to": citizen.as_str() });
            return Ok(Err((EventKind::AckSuppressed, detail)));
        }
        let rendered = render::acknowledgement(
            &Acknowledgement {
                office: &self.config.office,
                reference,
                service: plan.service,
                deadline: plan.deadline.as_ref(),
                citizen,
                // An unverified sender's words are not repeated: the acknowledgement of a
                // forged From would carry them to whoever the forger named.
                citizen_name: mail.from_name.as_deref().filter(|_| plan.sender_verified),
                original_subject: if plan.sender_verified {
                    &mail.subject
                } else {
                    ""
                },
                original_message_id: mail.message_id.as_deref(),
                original_references: &mail.references,
            },
            now,
        )?;
        tracing::info!(ticket = %reference, service, to = %citizen, "ticket opened, acknowledgement queued");
        Ok(Ok(QueuedMail {
            kind: "ack",
            dedup_key: format!("ack:{reference}"),
            rcpt_to: citizen.as_str().to_string(),
            message_id: rendered.message_id,
            raw: rendered.raw,
        }))
    }

    /// The officer's notice of a new ticket (with its reply token), when enabled; queued
    /// after the citizen's acknowledgement so that the acknowledgement leaves first.
    /// `Err(detail)`: the notice is held by an hourly limit (see [`HourlyLimits`]); the detail
    /// is recorded on the ticket.
    #[allow(clippy::type_complexity)]
    fn officer_notice(
        &self,
        reference: &TicketRef,
        plan: &TicketPlan<'_>,
        mail: &ParsedMail,
        limits: &mut HourlyLimits,
        now: Timestamp,
    ) -> Result<Result<Option<QueuedMail>, serde_json::Value>, PipelineError> {
        if !self.config.reminders.notify_new {
            return Ok(Ok(None));
        }
        if let Err(reason) = limits.take_notice(&self.config, &plan.citizen_email) {
            tracing::info!(ticket = %reference, %reason, "new-ticket notice held");
            return Ok(Err(serde_json::json!({ "reason": reason })));
        }
        let office = &self.config.office;
        let line = crate::outbox::officer_mail::TicketLine {
            reference: reference.clone(),
            token: plan.officer_token.clone(),
            service_bn: plan.service.map(|s| s.name_bn.clone()),
            service_en: plan.service.map(|s| s.name_en.clone()),
            citizen: plan.citizen_email.clone(),
            subject: mail.subject.clone(),
            due: plan.deadline.as_ref().map(|d| d.due.clone()),
        };
        let officer = &office.officer_email;
        let notice = crate::outbox::officer_mail::opened(office, officer, &line, now)?;
        Ok(Ok(Some(QueuedMail {
            kind: "officer-new",
            dedup_key: format!("officer-new:{reference}"),
            rcpt_to: officer.as_str().to_string(),
            message_id: notice.message_id,
            raw: notice.raw,
        })))
    }

    /// The per-address cap's reason, else the office's hourly budget's (an acknowledgement
    /// that would go out takes one from it).
    fn office_cap(
        &self,
        plan: &TicketPlan<'_>,
        cap: Option<String>,
        limits: &mut HourlyLimits,
    ) -> Option<String> {
        if cap.is_some() || plan.citizen.is_none() {
            return cap;
        }
        limits.take_ack(&self.config).err()
    }
}

/// A new ticket worked out before any SQL: shared by [`Pipeline::open_ticket`] (one
/// message) and [`Pipeline::open_tickets`] (a run of new requests).
struct TicketPlan<'a> {
    office: &'a str,
    classification: Classification,
    service: Option<&'a crate::config::charter::Service>,
    deadline: Option<crate::sla::Deadline>,
    year: i16,
    citizen: Option<EmailAddress>,
    citizen_email: String,
    classification_json: String,
    subject_key: String,
    officer_token: String,
    /// The office's MX vouched for the From domain, and the acknowledgement goes to the From
    /// address (see [`crate::triage::auth_results`]).
    sender_verified: bool,
}

impl TicketPlan<'_> {
    fn new_ticket<'t>(&'t self, msg: &InboundMessage, mail: &'t ParsedMail) -> NewTicket<'t> {
        NewTicket {
            office: self.office,
            service: self.service.map(|s| s.code.as_str()),
            confidence: Some(self.classification.confidence),
            classification: &self.classification_json,
            citizen_email: &self.citizen_email,
            citizen_name: mail.from_name.as_deref(),
            subject: &mail.subject,
            subject_key: &self.subject_key,
            received_at: msg.received_at,
            receipt_day: self.deadline.as_ref().map(|d| d.receipt_day.to_string()),
            due_at: self.deadline.as_ref().map(|d| d.due.timestamp()),
            officer_token: &self.officer_token,
            original_message_id: mail.message_id.as_deref(),
        }
    }

    fn opened_event(&self, dedup_id: &str) -> serde_json::Value {
        let deadline = self.deadline.as_ref();
        serde_json::json!({
            "message_id": dedup_id,
            "service": self.service.map(|s| &s.code),
            "confidence": self.classification.confidence,
            "why": self.classification.reasons,
            "due": deadline.map(|d| d.due.to_string()),
            "skipped_days": deadline.map(|d| d.skipped.iter().map(|s| format!("{} {}", s.date, s.reason)).collect::<Vec<_>>()),
        })
    }
}

/// An acknowledgement already queued to an address: when (as stored), and the subject key
/// of its ticket.
type AckSent = (String, Option<String>);

/// What a new ticket of a batch gets besides its row: its "opened" event, the citizen's
/// acknowledgement (or the event saying why there is none) and the officer's notice.
struct RenderedForTicket {
    opened: serde_json::Value,
    ack: Result<QueuedMail, (EventKind, serde_json::Value)>,
    /// `Err`: held by an hourly limit, with the event's detail.
    notice: Result<Option<QueuedMail>, serde_json::Value>,
}

/// A rendered mail for a new ticket, before it is queued.
struct QueuedMail {
    kind: &'static str,
    dedup_key: String,
    rcpt_to: String,
    message_id: String,
    raw: Vec<u8>,
}

impl QueuedMail {
    fn row<'m>(&'m self, ticket_id: i64, mail_from: &'m str) -> NewOutboxMail<'m> {
        NewOutboxMail {
            ticket_id: Some(ticket_id),
            kind: self.kind,
            dedup_key: &self.dedup_key,
            mail_from,
            rcpt_to: &self.rcpt_to,
            message_id: &self.message_id,
            raw: &self.raw,
        }
    }
}

impl Pipeline {
    /// A bounce is not answered; if it returns one of our mails, the failure is recorded on
    /// that ticket (and the bounce message is filed with it) instead of opening a new one.
    /// `report`: the bounce as read before the transaction (read here only if it was not).
    async fn record_bounce(
        &self,
        tx: &mut crate::store::Tx,
        msg: &InboundMessage,
        report: Option<&crate::triage::bounce::BounceReport>,
        message_row: i64,
        now: Timestamp,
    ) -> Result<(), PipelineError> {
        let read_here;
        let report = match report {
            Some(r) => r,
            None => {
                read_here = crate::triage::bounce::read(&msg.raw);
                &read_here
            }
        };
        let Some(reference) = report.ticket() else {
            tracing::info!(recipients = ?report.recipients, "bounce for no ticket of ours: not answered");
            return Ok(());
        };
        let Some(ticket) = ticket_id(tx, &reference).await? else {
            tracing::info!(ticket = %reference, "bounce names an unknown ticket: not answered");
            return Ok(());
        };
        link_ticket(tx, message_row, ticket).await?;
        let kind = if report.is_permanent() {
            EventKind::MailBounced
        } else {
            EventKind::MailDelayed
        };
        let mut detail = serde_json::json!({ "recipients": report.recipients, "message_ids": report.our_message_ids });
        if report.truncated {
            // More recipients or Message-IDs than kept: the officer should know the list is cut.
            detail["truncated"] = true.into();
        }
        add_event(tx, ticket, kind, &detail, now).await?;
        tracing::warn!(ticket = %reference, kind = kind.as_str(), recipients = ?report.recipients, "our mail bounced");
        Ok(())
    }
}

pub fn assess(identity: &OfficeIdentity, classifier: &Classifier, mail: &ParsedMail) -> Assessment {
    let triage = triage::triage(mail, identity);
    let classification = matches!(triage.disposition, Disposition::New | Disposition::Followup)
        .then(|| {
            // The classifier strips quoted replies and signatures itself.
            classifier.classify(&Request {
                subject: &mail.subject,
                body: &mail.text,
                attachment_names: &mail.attachment_names,
            })
        });
    Assessment {
        triage,
        classification,
        bounce: None,
    }
}

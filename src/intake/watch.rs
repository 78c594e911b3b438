//! The mailbox loop: connect, select, take in every message past the cursor, mark each on the
//! server after its commit, then wait (IDLE, or a poll interval) and repeat. A lost
//! connection is dropped and redialled with capped backoff; one log line per state change.

use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::Duration;

use futures::TryStreamExt;
use jiff::Timestamp;
use tokio::sync::{Notify, Semaphore};
use tokio_util::sync::CancellationToken;

use super::session::{ConnectError, ImapSession, connect};
use crate::config::ImapConfig;
use crate::mail::{InboundMessage, MailboxPosition};
use crate::pipeline::{Outcome, Pipeline, PipelineError, Prepared};
use crate::store::StoreError;
use crate::store::messages::Cursor;

#[derive(Debug, thiserror::Error)]
pub enum IntakeError {
    #[error(transparent)]
    Connect(#[from] ConnectError),
    #[error("IMAP {context}: {source}")]
    Imap {
        context: &'static str,
        source: async_imap::error::Error,
    },
    #[error("IMAP server: {0}")]
    Protocol(String),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("message uid {uid}: {source}")]
    Pipeline { uid: u32, source: PipelineError },
    #[error("IMAP {0} timed out")]
    Timeout(&'static str),
}

fn imap(context: &'static str) -> impl FnOnce(async_imap::error::Error) -> IntakeError {
    move |source| IntakeError::Imap { context, source }
}

/// Bounds one IMAP command so a silent server cannot hang intake forever.
async fn bounded<T, E>(
    what: &'static str,
    limit: Duration,
    fut: impl Future<Output = Result<T, E>>,
) -> Result<T, IntakeError>
where
    IntakeError: From<(E, &'static str)>,
{
    match tokio::time::timeout(limit, fut).await {
        Ok(r) => r.map_err(|e| IntakeError::from((e, what))),
        Err(_) => Err(IntakeError::Timeout(what)),
    }
}

impl From<(async_imap::error::Error, &'static str)> for IntakeError {
    fn from((source, context): (async_imap::error::Error, &'static str)) -> Self {
        IntakeError::Imap { context, source }
    }
}

const COMMAND_TIMEOUT: Duration = Duration::from_secs(120);
/// IDLE is re-issued well before the 29-minute limit of RFC 2177; each re-issue is also a
/// safety poll in case a notification was lost.
const IDLE_RENEW: Duration = Duration::from_secs(5 * 60);
/// Bodies are fetched in batches of at most this many bytes (by RFC822.SIZE).
const BATCH_BYTES: u64 = 16 * 1024 * 1024;
const BATCH_COUNT: usize = 200;
/// A fetched batch at least this long is parsed and classified on two threads.
const SPLIT_PREPARE_AT: usize = 16;
const MAX_BACKOFF: Duration = Duration::from_secs(300);

pub struct Watcher {
    pipeline: Arc<Pipeline>,
    imap: ImapConfig,
    /// A stable name for the mailbox: `user@host/INBOX`.
    key: String,
    /// `--since`: on the very first start, import mail that arrived from this instant.
    since: Option<Timestamp>,
    wake_outbox: Arc<Notify>,
    /// Shared by the mailboxes of a deployment: a permit is held while connecting and while
    /// taking mail in (not while waiting in IDLE), so hundreds of mailboxes starting together
    /// or all receiving mail at once come in bounded waves.
    permits: Arc<Semaphore>,
    cancel: CancellationToken,
    /// Live sessions of this mailbox in this process (see [`Watcher::counting_sessions`]).
    sessions: Option<Arc<AtomicU32>>,
}

/// One logged-in session counted for as long as it lives. Declared before the session it
/// counts, so that it is dropped after it: the count never shows 0 while a socket is open.
struct LiveSession {
    count: Option<Arc<AtomicU32>>,
    counted: bool,
}

impl LiveSession {
    fn new(count: Option<Arc<AtomicU32>>) -> LiveSession {
        LiveSession {
            count,
            counted: false,
        }
    }

    fn logged_in(&mut self) {
        if let (Some(count), false) = (&self.count, self.counted) {
            count.fetch_add(1, Ordering::SeqCst);
            self.counted = true;
        }
    }
}

impl Drop for LiveSession {
    fn drop(&mut self) {
        if let (Some(count), true) = (&self.count, self.counted) {
            count.fetch_sub(1, Ordering::SeqCst);
        }
    }
}

impl Watcher {
    pub fn new(
        pipeline: Arc<Pipeline>,
        since: Option<Timestamp>,
        wake_outbox: Arc<Notify>,
        permits: Arc<Semaphore>,
        cancel: CancellationToken,
    ) -> Self {
        let imap = pipeline.config.imap.clone();
        let key = crate::config::mailbox_name(&imap);
        Watcher {
            pipeline,
            imap,
            key,
            since,
            wake_outbox,
            permits,
            cancel,
            sessions: None,
        }
    }

    /// Counts this watcher's logged-in IMAP sessions in `sessions` (shared by every watcher of
    /// the mailbox in this process, so more than 1 would show a second session).
    pub fn counting_sessions(mut self, sessions: Arc<AtomicU32>) -> Self {
        self.sessions = Some(sessions);
        self
    }

    /// Runs until cancelled.
    pub async fn run(self) {
        let mut backoff = Duration::from_secs(1);
        let mut last_error: Option<String> = None;
        while !self.cancel.is_cancelled() {
            let mut connected = false;
            let result = self.session_once(&mut connected).await;
            if connected {
                backoff = Duration::from_secs(1);
            }
            match result {
                Ok(()) => break,
                Err(e) => {
                    let shown = e.to_string();
                    let now = self.pipeline.clock.now();
                    if let Err(db) = self
                        .pipeline
                        .store
                        .health_failed(
                            &crate::config::health_component(&self.pipeline.config, "imap"),
                            now,
                            &shown,
                        )
                        .await
                    {
                        tracing::warn!(error = %db, "cannot record intake health");
                    }
                    // One line per state change, not one per retry.
                    if last_error.as_deref() != Some(shown.as_str()) || connected {
                        tracing::error!(mailbox = %self.key, error = %shown, retry_in = ?backoff, "intake interrupted");
                        last_error = Some(shown);
                    }
                    let auth = matches!(&e, IntakeError::Connect(c) if c.is_auth());
                    let wait = if auth {
                        MAX_BACKOFF.max(backoff)
                    } else {
                        backoff
                    };
                    tokio::select! {
                        _ = tokio::time::sleep(wait) => {}
                        _ = self.cancel.cancelled() => break,
                    }
                    backoff = (backoff * 2).min(MAX_BACKOFF);
                }
            }
        }
        tracing::info!(mailbox = %self.key, "intake stopped");
    }

    async fn session_once(&self, connected: &mut bool) -> Result<(), IntakeError> {
        // Waiting for a permit and connecting hold nothing: a stop (shutdown, or the mailbox's
        // lease moving to another replica) ends them at once.
        let Some(permit) = self.permit().await else {
            return Ok(());
        };
        let mut live = LiveSession::new(self.sessions.clone());
        let mut session = tokio::select! {
            s = connect(&self.imap.server) => s?,
            _ = self.cancel.cancelled() => return Ok(()),
        };
        live.logged_in();
        let caps = bounded("CAPABILITY", COMMAND_TIMEOUT, session.capabilities()).await?;
        let use_idle = self.imap.idle && caps.has_str("IDLE");
        let selected = bounded(
            "SELECT",
            COMMAND_TIMEOUT,
            session.select(&self.imap.mailbox),
        )
        .await?;
        let uidvalidity = selected
            .uid_validity
            .ok_or_else(|| IntakeError::Protocol("SELECT gave no UIDVALIDITY".into()))?;
        let uid_next = match selected.uid_next {
            Some(n) => n,
            None => {
                let status = bounded(
                    "STATUS",
                    COMMAND_TIMEOUT,
                    session.status(&self.imap.mailbox, "(UIDNEXT)"),
                )
                .await?;
                status.uid_next.unwrap_or(1)
            }
        };
        if let Some(folder) = &self.imap.processed_folder {
            // Already existing is the normal case; any real problem shows when moving.
            let _ = bounded("CREATE", COMMAND_TIMEOUT, session.create(folder)).await;
        }
        self.sync_cursor(uidvalidity, uid_next).await?;
        *connected = true;
        tracing::info!(mailbox = %self.key, uidvalidity, idle = use_idle, "watching mailbox");
        drop(permit);

        loop {
            let Some(taking_in) = self.permit().await else {
                let _ = tokio::time::timeout(Duration::from_secs(5), session.logout()).await;
                return Ok(());
            };
            self.retry_marks(&mut session, uidvalidity).await?;
            // Drain until a pass finds nothing: mail may arrive while we work.
            while self.drain(&mut session, uidvalidity).await? > 0 {}
            self.pipeline
                .store
                .health_ok(
                    &crate::config::health_component(&self.pipeline.config, "imap"),
                    self.pipeline.clock.now(),
                )
                .await?;
            drop(taking_in);
            if self.cancel.is_cancelled() {
                let _ = tokio::time::timeout(Duration::from_secs(5), session.logout()).await;
                return Ok(());
            }
            if use_idle {
                session = self.idle(session).await?;
            } else {
                tokio::select! {
                    _ = tokio::time::sleep(self.imap.poll_interval) => {}
                    _ = self.cancel.cancelled() => {}
                }
                bounded("NOOP", COMMAND_TIMEOUT, session.noop()).await?;
            }
        }
    }

    /// Waits for an intake permit; `None` when the watcher is stopped meanwhile.
    async fn permit(&self) -> Option<tokio::sync::SemaphorePermit<'_>> {
        tokio::select! {
            p = self.permits.acquire() => p.ok(),
            _ = self.cancel.cancelled() => None,
        }
    }

    /// First start: remember where the mailbox stands so old mail is never acknowledged.
    /// UIDVALIDITY change: UIDs mean nothing any more; rescan from 1, and let the baseline
    /// time and the Message-ID journal keep old mail and done mail out.
    async fn sync_cursor(&self, uidvalidity: u32, uid_next: u32) -> Result<Cursor, IntakeError> {
        let store = &self.pipeline.store;
        let now = self.pipeline.clock.now();
        let cursor = match store.cursor(&self.key).await? {
            Some(c) if c.uidvalidity == uidvalidity => return Ok(c),
            Some(old) => {
                tracing::warn!(mailbox = %self.key, old = old.uidvalidity, new = uidvalidity,
                    "UIDVALIDITY changed: rescanning the mailbox (the journal prevents duplicates)");
                Cursor {
                    uidvalidity,
                    next_uid: 1,
                    baseline_at: old.baseline_at,
                }
            }
            None => match self.since {
                Some(since) => {
                    tracing::info!(mailbox = %self.key, %since, "first start: importing mail since the given date");
                    Cursor {
                        uidvalidity,
                        next_uid: 1,
                        baseline_at: since,
                    }
                }
                None => {
                    tracing::info!(mailbox = %self.key, uid_next,
                        "first start: mail already in the mailbox is left alone; new mail from now on");
                    Cursor {
                        uidvalidity,
                        next_uid: uid_next,
                        baseline_at: now,
                    }
                }
            },
        };
        store.set_cursor(&self.key, &cursor, now).await?;
        Ok(cursor)
    }

    /// Takes in every message past the cursor. Returns how many were handled.
    ///
    /// Batches are pipelined: while batch k is committed, batch k+1 is fetched, parsed and
    /// classified (on a blocking thread), so the IMAP round trips and the CPU work overlap
    /// the database work. Commits stay in UID order and a batch is marked on the server only
    /// after its own commit; a batch fetched but not committed when something fails is simply
    /// fetched again later.
    async fn drain(
        &self,
        session: &mut ImapSession,
        uidvalidity: u32,
    ) -> Result<usize, IntakeError> {
        let store = &self.pipeline.store;
        let cursor = store
            .cursor(&self.key)
            .await?
            .ok_or_else(|| IntakeError::Protocol("cursor vanished".into()))?;
        // Unsolicited EXISTS/EXPUNGE are only hints; UID SEARCH is the truth.
        while session.unsolicited_responses.try_recv().is_ok() {}
        let found = bounded(
            "UID SEARCH",
            COMMAND_TIMEOUT,
            session.uid_search(format!("UID {}:*", cursor.next_uid)),
        )
        .await?;
        // "n:*" always matches the last message, even when its UID is below n.
        let mut uids: Vec<u32> = found
            .into_iter()
            .filter(|u| *u >= cursor.next_uid)
            .collect();
        uids.sort_unstable();
        let mut handled = 0;
        // Fetched and prepared, waiting for its commit.
        let mut pending: Vec<Prepared> = Vec::new();
        // Committed, waiting to be marked on the server (during the next batch's commit).
        let mut unmarked: Vec<u32> = Vec::new();
        for chunk in uids.chunks(BATCH_COUNT) {
            let started = std::time::Instant::now();
            let meta = self.fetch_meta(session, chunk).await?;
            tracing::debug!(
                uids = chunk.len(),
                meta_ms = started.elapsed().as_secs_f64() * 1e3,
                "intake metadata"
            );
            let mut batch: Vec<u32> = Vec::new();
            let mut batch_bytes = 0;
            for &uid in chunk {
                let Some(&(size, received)) = meta.get(&uid) else {
                    continue; // expunged meanwhile
                };
                if received < cursor.baseline_at || size > self.imap.max_message_size {
                    // Both move the cursor themselves: what is pending must commit first.
                    handled += self
                        .commit_and_mark(session, uidvalidity, &mut pending, &mut unmarked)
                        .await?;
                    if received < cursor.baseline_at {
                        // There before sebadesk first started (seen again after a UIDVALIDITY change).
                        store
                            .advance_cursor(&self.key, uidvalidity, uid, self.pipeline.clock.now())
                            .await?;
                    } else {
                        let mut one = self
                            .fetch_prepared(session, uidvalidity, &[uid], &meta, true)
                            .await?;
                        handled += self
                            .commit_and_mark(session, uidvalidity, &mut one, &mut unmarked)
                            .await?;
                    }
                    continue;
                }
                if !batch.is_empty() && batch_bytes + size > BATCH_BYTES {
                    handled += self
                        .fetch_while_committing(
                            session,
                            uidvalidity,
                            &batch,
                            &meta,
                            &mut pending,
                            &mut unmarked,
                        )
                        .await?;
                    batch.clear();
                    batch_bytes = 0;
                }
                batch.push(uid);
                batch_bytes += size;
            }
            if !batch.is_empty() {
                handled += self
                    .fetch_while_committing(
                        session,
                        uidvalidity,
                        &batch,
                        &meta,
                        &mut pending,
                        &mut unmarked,
                    )
                    .await?;
            }
            if self.cancel.is_cancelled() {
                // What was fetched but not committed is fetched again next time; what was
                // committed is marked now (or by retry_marks next session).
                self.mark(session, uidvalidity, &unmarked).await?;
                return Ok(handled);
            }
        }
        handled += self
            .commit_and_mark(session, uidvalidity, &mut pending, &mut unmarked)
            .await?;
        Ok(handled)
    }

    async fn fetch_meta(
        &self,
        session: &mut ImapSession,
        uids: &[u32],
    ) -> Result<HashMap<u32, (u64, Timestamp)>, IntakeError> {
        let set = uid_set(uids);
        let fetches: Vec<_> = bounded("UID FETCH (metadata)", COMMAND_TIMEOUT, async {
            session
                .uid_fetch(&set, "(UID RFC822.SIZE INTERNALDATE)")
                .await?
                .try_collect()
                .await
        })
        .await?;
        let mut meta = HashMap::new();
        for f in fetches {
            let Some(uid) = f.uid else { continue };
            let received = f
                .internal_date()
                .and_then(|d| Timestamp::from_second(d.timestamp()).ok())
                .unwrap_or_else(|| self.pipeline.clock.now());
            meta.insert(uid, (f.size.unwrap_or(0) as u64, received));
        }
        Ok(meta)
    }

    /// One step of the intake pipeline, in two lanes that run at once: on the IMAP
    /// connection, the batch committed in the previous step (`unmarked`) is marked on the
    /// server and then `uids` are fetched and prepared; on the database, `pending` is committed
    /// and then the marks are recorded. Afterwards the new batch is in `pending` and what
    /// committed is in `unmarked`. Marking only ever follows a commit, as before; it no longer
    /// waits in line after it (the STORE round trip was ~12 ms of every ~75 ms step).
    /// Returns how many messages committed.
    async fn fetch_while_committing(
        &self,
        session: &mut ImapSession,
        uidvalidity: u32,
        uids: &[u32],
        meta: &HashMap<u32, (u64, Timestamp)>,
        pending: &mut Vec<Prepared>,
        unmarked: &mut Vec<u32>,
    ) -> Result<usize, IntakeError> {
        let ready = std::mem::take(pending);
        let to_mark = std::mem::take(unmarked);
        let (marked_tx, marked_rx) = tokio::sync::oneshot::channel::<bool>();
        let started = std::time::Instant::now();
        let imap_lane = async {
            let marked = self.mark_on_server(session, &to_mark).await;
            let _ = marked_tx.send(marked.is_ok());
            marked?;
            let mark_took = started.elapsed();
            let fetched = self
                .fetch_prepared(session, uidvalidity, uids, meta, false)
                .await?;
            Ok::<_, IntakeError>((fetched, mark_took, started.elapsed()))
        };
        let db_lane = async {
            let committed = self.commit(&ready).await;
            let commit_took = started.elapsed();
            // Recorded only once the server confirmed; a mark that failed is redone by
            // retry_marks next session (the connection is in doubt then anyway).
            if marked_rx.await == Ok(true) {
                self.pipeline
                    .store
                    .set_marked(&self.key, uidvalidity, &to_mark)
                    .await?;
            }
            Ok::<_, IntakeError>((committed?, commit_took))
        };
        let (fetched, committed) = tokio::join!(imap_lane, db_lane);
        let ((committed, stop), commit_took) = committed?;
        match fetched {
            Ok((next, mark_took, fetch_took)) => {
                // The pipeline's timeline, for profiling intake (`SEBADESK_LOG=…,sebadesk::intake=debug`).
                tracing::debug!(
                    fetched = next.len(),
                    committed = committed.len(),
                    marked = to_mark.len(),
                    mark_ms = mark_took.as_secs_f64() * 1e3,
                    fetch_and_prepare_ms = fetch_took.as_secs_f64() * 1e3,
                    commit_ms = commit_took.as_secs_f64() * 1e3,
                    "intake batch"
                );
                *unmarked = committed;
                if let Some(e) = stop {
                    // Committed ones are marked by retry_marks next session.
                    return Err(e);
                }
                *pending = next;
                Ok(unmarked.len())
            }
            // The connection is in doubt: retry_marks marks the committed ones next session.
            Err(e) => Err(stop.unwrap_or(e)),
        }
    }

    /// Commits `pending` (if any), then marks it on the server together with `unmarked`.
    /// Returns how many committed.
    async fn commit_and_mark(
        &self,
        session: &mut ImapSession,
        uidvalidity: u32,
        pending: &mut Vec<Prepared>,
        unmarked: &mut Vec<u32>,
    ) -> Result<usize, IntakeError> {
        let ready = std::mem::take(pending);
        let (committed, stop) = self.commit(&ready).await?;
        let mut to_mark = std::mem::take(unmarked);
        to_mark.extend_from_slice(&committed);
        self.mark(session, uidvalidity, &to_mark).await?;
        match stop {
            Some(e) => Err(e),
            None => Ok(committed.len()),
        }
    }

    /// Fetches the bodies (or only the headers) of `uids`, parses them and does their triage
    /// and classification on a blocking thread, in UID order.
    async fn fetch_prepared(
        &self,
        session: &mut ImapSession,
        uidvalidity: u32,
        uids: &[u32],
        meta: &HashMap<u32, (u64, Timestamp)>,
        header_only: bool,
    ) -> Result<Vec<Prepared>, IntakeError> {
        let set = uid_set(uids);
        let query = if header_only {
            "(UID BODY.PEEK[HEADER])"
        } else {
            "(UID BODY.PEEK[])"
        };
        let fetches: Vec<_> = bounded("UID FETCH (bodies)", COMMAND_TIMEOUT, async {
            session.uid_fetch(&set, query).await?.try_collect().await
        })
        .await?;
        let now = self.pipeline.clock.now();
        let mut bodies: Vec<(MailboxPosition, Timestamp, u64, Vec<u8>)> = fetches
            .iter()
            .filter_map(|f| {
                let uid = f.uid?;
                let raw = if header_only { f.header() } else { f.body() }?.to_vec();
                let (size, received_at) =
                    meta.get(&uid).copied().unwrap_or((raw.len() as u64, now));
                let position = MailboxPosition {
                    mailbox: self.key.clone(),
                    uidvalidity,
                    uid,
                };
                Some((position, received_at, size, raw))
            })
            .collect();
        drop(fetches);
        bodies.sort_by_key(|(p, ..)| p.uid);
        // Parsing and classifying is the CPU work of intake: a batch big enough to pay for a
        // second thread is split in two halves, prepared at once on two blocking threads.
        let preparer = self.pipeline.preparer();
        let prepare = |bodies: Vec<(MailboxPosition, Timestamp, u64, Vec<u8>)>,
                       preparer: crate::pipeline::Preparer| {
            move || {
                bodies
                    .into_iter()
                    .map(|(position, received_at, size, raw)| {
                        let msg =
                            InboundMessage::new(position, received_at, size, raw, header_only);
                        preparer.prepare(msg)
                    })
                    .collect::<Vec<_>>()
            }
        };
        let second = if bodies.len() >= SPLIT_PREPARE_AT {
            let rest = bodies.split_off(bodies.len() / 2);
            Some(tokio::task::spawn_blocking(prepare(rest, preparer.clone())))
        } else {
            None
        };
        let first = tokio::task::spawn_blocking(prepare(bodies, preparer));
        // A panic while parsing fails the task; the batch is then left for the next pass
        // rather than guessed at.
        let failed = |e: tokio::task::JoinError| {
            IntakeError::Protocol(format!("preparing fetched mail failed: {e}"))
        };
        let mut prepared = first.await.map_err(failed)?;
        if let Some(second) = second {
            prepared.extend(second.await.map_err(failed)?);
        }
        Ok(prepared)
    }

    /// Runs prepared messages through the pipeline in UID order, in as few transactions as
    /// the pipeline allows. Returns the UIDs committed, and the transient failure that
    /// stopped it, if one did (the rest of the batch is left for the next pass).
    async fn commit(
        &self,
        msgs: &[Prepared],
    ) -> Result<(Vec<u32>, Option<IntakeError>), IntakeError> {
        let mut committed: Vec<u32> = Vec::with_capacity(msgs.len());
        if msgs.is_empty() {
            return Ok((committed, None));
        }
        // One transaction for the batch; the pipeline falls back to one by one if a message
        // fails, and a panic anywhere sends us to the guarded one-by-one path.
        use futures::FutureExt;
        let batch = std::panic::AssertUnwindSafe(self.pipeline.process_batch(msgs))
            .catch_unwind()
            .await;
        let mut wake = false;
        let mut stop: Option<IntakeError> = None;
        let wakes = |outcome: &Outcome| {
            matches!(
                outcome,
                Outcome::Opened {
                    acknowledged: true,
                    ..
                } | Outcome::Commands { .. }
            )
        };
        match batch {
            Ok(results) => {
                for (p, result) in msgs.iter().zip(results) {
                    let uid = p.msg.position.uid;
                    let outcome = match result {
                        Ok(outcome) => outcome,
                        Err(e) if e.is_transient() => {
                            stop = Some(IntakeError::Pipeline { uid, source: e });
                            break;
                        }
                        Err(e) => {
                            self.quarantine_failed(&p.msg, format!("processing failed: {e}"))
                                .await?
                        }
                    };
                    wake |= wakes(&outcome);
                    committed.push(uid);
                }
            }
            Err(_) => {
                tracing::error!(
                    size = msgs.len(),
                    "a batch panicked: taking its messages one by one"
                );
                for p in msgs {
                    match self.process_or_quarantine(&p.msg).await {
                        Ok(outcome) => {
                            wake |= wakes(&outcome);
                            committed.push(p.msg.position.uid);
                        }
                        Err(e) => {
                            stop = Some(e);
                            break;
                        }
                    }
                }
            }
        }
        if wake {
            self.wake_outbox.notify_one();
        }
        Ok((committed, stop))
    }

    /// Runs the pipeline; a message that makes a stage fail (or panic) is quarantined with the
    /// reason and intake goes on. Only transient failures (the database is locked or gone)
    /// stop the pass, to be retried after a backoff.
    async fn process_or_quarantine(&self, msg: &InboundMessage) -> Result<Outcome, IntakeError> {
        use futures::FutureExt;
        let uid = msg.position.uid;
        let run = std::panic::AssertUnwindSafe(self.pipeline.process_message(msg)).catch_unwind();
        let reason = match run.await {
            Ok(Ok(outcome)) => return Ok(outcome),
            Ok(Err(e)) if e.is_transient() => return Err(IntakeError::Pipeline { uid, source: e }),
            Ok(Err(e)) => format!("processing failed: {e}"),
            Err(panic) => {
                let what = panic
                    .downcast_ref::<String>()
                    .map(String::as_str)
                    .or_else(|| panic.downcast_ref::<&str>().copied())
                    .unwrap_or("unknown");
                format!("processing panicked: {what}")
            }
        };
        self.quarantine_failed(msg, reason).await
    }

    async fn quarantine_failed(
        &self,
        msg: &InboundMessage,
        reason: String,
    ) -> Result<Outcome, IntakeError> {
        let uid = msg.position.uid;
        tracing::error!(uid, %reason, "message quarantined for the officer");
        self.pipeline
            .quarantine(msg, &reason)
            .await
            .map_err(|source| IntakeError::Pipeline { uid, source })?;
        Ok(Outcome::Quarantined { reason })
    }

    async fn mark(
        &self,
        session: &mut ImapSession,
        uidvalidity: u32,
        uids: &[u32],
    ) -> Result<(), IntakeError> {
        self.mark_on_server(session, uids).await?;
        self.pipeline
            .store
            .set_marked(&self.key, uidvalidity, uids)
            .await?;
        Ok(())
    }

    /// `\Seen` (and the move to the processed folder, if set) on the server, in one command.
    async fn mark_on_server(
        &self,
        session: &mut ImapSession,
        uids: &[u32],
    ) -> Result<(), IntakeError> {
        if uids.is_empty() {
            return Ok(());
        }
        let set = uid_set(uids);
        bounded("UID STORE \\Seen", COMMAND_TIMEOUT, async {
            session
                .uid_store(&set, "+FLAGS.SILENT (\\Seen)")
                .await?
                .try_collect::<Vec<_>>()
                .await
        })
        .await?;
        if let Some(folder) = &self.imap.processed_folder {
            bounded("UID MOVE", COMMAND_TIMEOUT, session.uid_mv(&set, folder)).await?;
        }
        Ok(())
    }

    /// Messages whose commit happened but whose marking did not (crash, lost connection).
    async fn retry_marks(
        &self,
        session: &mut ImapSession,
        uidvalidity: u32,
    ) -> Result<(), IntakeError> {
        let pending = self
            .pipeline
            .store
            .unmarked_uids(&self.key, uidvalidity)
            .await?;
        if !pending.is_empty() {
            tracing::info!(mailbox = %self.key, count = pending.len(), "marking committed messages on the server");
            // With a processed folder, some may have moved already: mark what is still here.
            let present = bounded(
                "UID SEARCH",
                COMMAND_TIMEOUT,
                session.uid_search(format!("UID {}", uid_set(&pending))),
            )
            .await?;
            let here: Vec<u32> = pending
                .iter()
                .copied()
                .filter(|u| present.contains(u))
                .collect();
            self.mark(session, uidvalidity, &here).await?;
            let gone: Vec<u32> = pending
                .into_iter()
                .filter(|u| !present.contains(u))
                .collect();
            self.pipeline
                .store
                .set_marked(&self.key, uidvalidity, &gone)
                .await?;
        }
        Ok(())
    }

    /// Waits in IDLE until the server reports a change, the renew interval passes, or
    /// shutdown is asked. Any error means "reconnect".
    async fn idle(&self, session: ImapSession) -> Result<ImapSession, IntakeError> {
        // The server reports new mail as EXISTS whenever it can — also between our last
        // SEARCH and the IDLE command, or while IDLE starts (async-imap files those under
        // unsolicited responses). Such a hint means "fetch now": never sit in IDLE on top of it.
        let hints = session.unsolicited_responses.clone();
        let mail_waiting = || std::iter::from_fn(|| hints.try_recv().ok()).any(|r| is_new_mail(&r));
        if mail_waiting() {
            return Ok(session);
        }
        let mut handle = session.idle();
        bounded("IDLE", COMMAND_TIMEOUT, handle.init()).await?;
        let woke = if mail_waiting() {
            None
        } else {
            let (wait, _stop) = handle.wait_with_timeout(IDLE_RENEW);
            tokio::select! {
                r = wait => Some(r.map_err(imap("IDLE wait"))?),
                _ = self.cancel.cancelled() => None,
            }
        };
        if let Some(r) = &woke {
            // The kind only: the server's words could carry mail data into the log.
            let why = match r {
                async_imap::extensions::idle::IdleResponse::ManualInterrupt => "interrupted",
                async_imap::extensions::idle::IdleResponse::Timeout => "timeout",
                async_imap::extensions::idle::IdleResponse::NewData(_) => "new data",
            };
            tracing::debug!(mailbox = %self.key, why, "IDLE ended");
        }
        let session = bounded("DONE", Duration::from_secs(15), handle.done()).await?;
        Ok(session)
    }
}

fn is_new_mail(r: &async_imap::types::UnsolicitedResponse) -> bool {
    matches!(
        r,
        async_imap::types::UnsolicitedResponse::Exists(_)
            | async_imap::types::UnsolicitedResponse::Recent(_)
    )
}

/// `1,3,5:9` from sorted or unsorted UIDs.
fn uid_set(uids: &[u32]) -> String {
    let mut sorted = uids.to_vec();
    sorted.sort_unstable();
    sorted.dedup();
    let mut out = Vec::new();
    let mut i = 0;
    while i < sorted.len() {
        let start = sorted[i];
        let mut end = start;
        while i + 1 < sorted.len() && sorted[i + 1] == end + 1 {
            i += 1;
            end = sorted[i];
        }
        out.push(if start == end {
            start.to_string()
        } else {
            format!("{start}:{end}")
        });
        i += 1;
    }
    out.join(",")
}

#[cfg(test)]
mod tests {
    #[test]
    fn uid_sets_are_compact() {
        assert_eq!(super::uid_set(&[5, 1, 2, 3, 9, 10]), "1:3,5,9:10");
        assert_eq!(super::uid_set(&[7]), "7");
    }
}

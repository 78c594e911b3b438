//! The mailbox loop: connect, select, take in every message past the cursor, mark each on the
//! server after its commit, then wait (IDLE, or a poll interval) and repeat. A lost
//! connection is dropped and redialled with capped backoff; one log line per state change.

mod commit;
mod cursor;
mod fetch;
mod idle;
mod mark;

use mark::uid_set;

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

/// Why an IMAP session ended early. The watcher records it as the mailbox's `imap` health,
/// waits (backing off, longer after a login failure) and connects again; nothing is lost,
/// since unmarked mail is fetched again.
#[derive(Debug, thiserror::Error)]
pub enum IntakeError {
    /// Connecting, TLS or login failed.
    #[error(transparent)]
    Connect(#[from] ConnectError),
    /// An IMAP command failed.
    #[error("IMAP {context}: {source}")]
    Imap {
        /// The command or step, e.g. `SELECT`, `UID FETCH`.
        context: &'static str,
        /// The IMAP client's error.
        source: async_imap::error::Error,
    },
    /// The server answered something we cannot work with (no UIDVALIDITY, a vanished cursor).
    #[error("IMAP server: {0}")]
    Protocol(String),
    /// The database failed (cursor, journal, marking).
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The pipeline failed transiently on one message (or could not even quarantine it): the
    /// message stays unmarked and is taken again after the back-off.
    #[error("message uid {uid}: {source}")]
    Pipeline {
        /// The message's IMAP UID.
        uid: u32,
        /// What the pipeline failed with.
        source: PipelineError,
    },
    /// An IMAP command got no answer within its time limit (the step named).
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
/// Bodies are fetched in batches of at most `imap.max_batch_bytes` (by RFC822.SIZE) and this
/// many messages.
const BATCH_COUNT: usize = 200;
/// A fetched batch at least this long is parsed and classified on two threads.
const SPLIT_PREPARE_AT: usize = 16;
const MAX_BACKOFF: Duration = Duration::from_secs(300);

/// One mailbox's intake loop: connect, SELECT, take in new mail through the pipeline, mark
/// it on the server, then IDLE (or poll) for more, reconnecting with back-off on errors.
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
    /// A watcher of the pipeline's office mailbox. `since`: import mail from then on the very
    /// first start; `wake_outbox` is notified after mail was queued; `permits` bound how many
    /// mailboxes connect or take in at once; `cancel` stops it.
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
}

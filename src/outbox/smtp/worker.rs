//! The outbox worker: claims queued mail a few at a time, sends each through its office's
//! [`Sender`], records the outcome (sent, retried with backoff, failed for good) and the
//! mail server's health, and releases its claims when it stops.

use super::*;

/// After this many attempts a transiently failing mail is given up and recorded as failed.
const MAX_ATTEMPTS: i64 = 12;

/// How long a claimed mail stays ours; a crashed worker's claim expires after it (and a
/// restart releases it at once). Longer than one SMTP conversation can take.
const LEASE: SignedDuration = SignedDuration::from_mins(2);

/// Sleep between looks at the queue when nothing wakes the worker sooner.
const IDLE_POLL: Duration = Duration::from_secs(5);

/// Exponential backoff from 30 s, capped at an hour, with up to 25 % jitter so that many
/// mails failing together do not retry together.
pub fn backoff(attempts: i64, id: i64) -> SignedDuration {
    let base = 30i64
        .saturating_mul(1 << attempts.clamp(1, 8).saturating_sub(1))
        .min(3600);
    let jitter = (id.wrapping_mul(2654435761).wrapping_add(attempts) as u64 % 1000) as i64; // 0..999 ‰
    SignedDuration::from_secs(base + base * jitter / 4000)
}

/// The sender's health without a database write per mail: a success is recorded when the
/// last one recorded is [`HEALTH_OK_EVERY`] old, or at once after a failure was recorded
/// (so `sebadesk status` and the failure alert see a recovery immediately).
#[derive(Default)]
struct HealthMark {
    /// Per health row (one per SMTP identity).
    last_ok: std::sync::Mutex<std::collections::HashMap<String, jiff::Timestamp>>,
}

/// How stale the recorded last success of sending may be.
const HEALTH_OK_EVERY: SignedDuration = SignedDuration::from_secs(1);

impl HealthMark {
    fn ok_due(&self, component: &str, now: jiff::Timestamp) -> bool {
        let mut last = self.last_ok.lock().unwrap_or_else(|e| e.into_inner());
        match last.get(component) {
            Some(at) if now.duration_since(*at) < HEALTH_OK_EVERY => false,
            _ => {
                last.insert(component.to_string(), now);
                true
            }
        }
    }

    fn failed(&self, component: &str) {
        self.last_ok
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .remove(component);
    }
}

/// Sends and records one claimed mail. Returns false when the send failed for a reason
/// that may pass (the server is unreachable or deferring): claiming ahead then stops.
#[tracing::instrument(skip_all, fields(outbox_id = mail.id, kind = %mail.kind, attempt = mail.attempts))]
async fn deliver(
    store: &Store,
    senders: &Senders,
    clock: &dyn Clock,
    health: &HealthMark,
    mail: OutboxMail,
) -> bool {
    let (sender, component) = senders.for_mail(&mail);
    let mut mail = mail;
    if mail.attachments > 0 && !with_attachments(store, clock, &mut mail).await {
        return false;
    }
    let outcome = sender.send(&mail).await;
    let now = clock.now();
    let transient = matches!(outcome, SendOutcome::Retry(_));
    let recorded = match outcome {
        SendOutcome::Sent => {
            // Record "sent" before anything else: the time between the server's 250 and this
            // commit is the only window in which a crash can cause a duplicate.
            let recorded = store.outbox_sent(&mail, now).await;
            ::metrics::counter!("sebadesk_mails_sent_total", "office" => senders.office_of(&mail), "kind" => mail.kind.clone())
                .increment(1);
            tracing::info!(to = %mail.rcpt_to, "mail sent");
            if health.ok_due(component, now)
                && let Err(e) = store.health_ok(component, now).await
            {
                tracing::warn!(error = %e, "cannot record sending health");
            }
            recorded
        }
        SendOutcome::Retry(error) if mail.attempts < MAX_ATTEMPTS => {
            health.failed(component);
            if let Err(e) = store.health_failed(component, now, &error).await {
                tracing::warn!(error = %e, "cannot record sending health");
            }
            ::metrics::counter!("sebadesk_mail_retries_total", "office" => senders.office_of(&mail), "kind" => mail.kind.clone())
                .increment(1);
            let at = now + backoff(mail.attempts, mail.id);
            tracing::warn!(to = %mail.rcpt_to, %error, retry_at = %at, "send failed, will retry");
            store.outbox_retry(&mail, at, &error).await
        }
        SendOutcome::Retry(error) | SendOutcome::Failed(error) => {
            ::metrics::counter!("sebadesk_mails_failed_total", "office" => senders.office_of(&mail), "kind" => mail.kind.clone())
                .increment(1);
            tracing::error!(to = %mail.rcpt_to, %error, "send failed for good");
            store.outbox_failed(&mail, now, &error).await
        }
    };
    if let Err(e) = recorded {
        // The lease will expire and the mail will be tried again: at worst a duplicate.
        tracing::error!(error = %e, "could not record the send result");
    }
    !transient
}

/// Adds the citizen's attachments from the store (the outbox keeps the text only). A store
/// that cannot be read now is a transient failure: the send is postponed and `false`
/// returned. Attachments purged meanwhile, or that cannot be attached, are left out.
async fn with_attachments(store: &Store, clock: &dyn Clock, mail: &mut OutboxMail) -> bool {
    match store.outbox_attachments(mail.id).await {
        Ok(parts) => match crate::outbox::attachments::attach(&mail.raw, &parts) {
            Ok(raw) => {
                if (parts.len() as i64) < mail.attachments {
                    tracing::warn!(
                        wanted = mail.attachments,
                        found = parts.len(),
                        "attachments purged before the notice was sent: sent without them"
                    );
                }
                mail.raw = raw;
            }
            Err(e) => {
                tracing::error!(error = %e, "cannot attach the attachments: sent without them")
            }
        },
        Err(e) => {
            let error = format!("reading its attachments: {e}");
            tracing::warn!(%error, "send postponed");
            let at = clock.now() + backoff(mail.attempts, mail.id);
            if let Err(e) = store.outbox_retry(mail, at, &error).await {
                tracing::error!(error = %e, "could not record the send result");
            }
            return false;
        }
    }
    true
}

/// How many claimed mails may wait per send loop. Claims are taken several per query (one
/// UPDATE for up to `concurrency × CLAIM_AHEAD` mails) instead of one query per mail.
const CLAIM_AHEAD: usize = 4;

/// The claimed mail waiting to be sent, shared by the send loops of this process: one claim
/// query feeds all of them (a burst claimed together still goes out on every connection).
/// Bounded: at most `max` mails wait, topped up when fewer than `low` do.
struct Claims {
    store: Store,
    owner: String,
    max: usize,
    low: usize,
    queue: std::sync::Mutex<std::collections::VecDeque<(OutboxMail, std::time::Instant)>>,
    /// One claim query at a time.
    claiming: tokio::sync::Mutex<()>,
    /// Cleared by a send that failed transiently, set by a success: while the server is in
    /// trouble mail is claimed one at a time, since each claim counts an attempt and a claim
    /// that ages unsent is given back with its attempt spent.
    healthy: std::sync::atomic::AtomicBool,
}

impl Claims {
    fn waiting(&self) -> usize {
        self.queue.lock().unwrap_or_else(|e| e.into_inner()).len()
    }

    /// Takes the next claimed mail, leaving aside (and giving back) claims that aged: a
    /// claim is only ours while its lease runs, and slow sends before it (two SMTP timeouts
    /// can outlast the lease) may have let it run low; another process or loop may then take
    /// the expired lease and send the same mail. (A release touches a row only if nobody
    /// claimed it since.)
    async fn pop_fresh(&self) -> Option<OutboxMail> {
        let mut stale = Vec::new();
        let next = {
            let mut queue = self.queue.lock().unwrap_or_else(|e| e.into_inner());
            loop {
                match queue.pop_front() {
                    Some((mail, at)) if at.elapsed() > LEASE.unsigned_abs() / 2 => stale.push(mail),
                    other => break other.map(|(mail, _)| mail),
                }
            }
        };
        if !stale.is_empty()
            && let Err(e) = self.store.release_claims(&stale, &self.owner).await
        {
            tracing::warn!(count = stale.len(), error = %e, "could not release old claims");
        }
        next
    }

    async fn claim(
        &self,
        clock: &dyn Clock,
        limit: usize,
    ) -> Result<usize, crate::store::StoreError> {
        let claimed = self
            .store
            .claim_outbox(clock.now(), LEASE, &self.owner, limit)
            .await?;
        let count = claimed.len();
        let at = std::time::Instant::now();
        self.queue
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .extend(claimed.into_iter().map(|mail| (mail, at)));
        Ok(count)
    }

    /// The next mail to send, claiming more when none waits. `None`: nothing is due.
    async fn next(
        &self,
        clock: &dyn Clock,
    ) -> Result<Option<OutboxMail>, crate::store::StoreError> {
        loop {
            if let Some(mail) = self.pop_fresh().await {
                return Ok(Some(mail));
            }
            let _claiming = self.claiming.lock().await;
            // Another loop may have claimed while this one waited for its turn.
            if self.waiting() > 0 {
                continue;
            }
            let limit = if self.healthy.load(std::sync::atomic::Ordering::Relaxed) {
                self.max
            } else {
                1
            };
            if self.claim(clock, limit).await? == 0 {
                return Ok(None);
            }
        }
    }

    /// Claims more while the caller sends, so that the claim's round trip is off the SMTP
    /// connection's critical path: only when few mails wait, the server is healthy and no
    /// other loop is claiming. A failed claim here is only a lost head start.
    async fn top_up(&self, clock: &dyn Clock) {
        if !self.healthy.load(std::sync::atomic::Ordering::Relaxed) || self.waiting() >= self.low {
            return;
        }
        let Ok(_claiming) = self.claiming.try_lock() else {
            return;
        };
        let waiting = self.waiting();
        if waiting < self.low
            && let Err(e) = self.claim(clock, self.max - waiting).await
        {
            tracing::debug!(error = %e, "claiming ahead failed");
        }
    }

    /// Gives back every claim still waiting (shutdown): due again at once, if still ours.
    async fn release_all(&self) {
        let left: Vec<OutboxMail> = self
            .queue
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .drain(..)
            .map(|(mail, _)| mail)
            .collect();
        if let Err(e) = self.store.release_claims(&left, &self.owner).await {
            tracing::warn!(count = left.len(), error = %e, "could not release unused claims");
        }
    }
}

/// Runs `concurrency` sending loops until `cancel`; each sends whatever is due, then waits
/// for `wake` or the idle poll. Claims are atomic and made under `owner` (an opaque claimer
/// id: the replica's, [`crate::daemon::replicas::replica_id`]), so neither the loops nor several processes on one database
/// ever send the same mail under a live lease.
pub async fn run_worker(
    store: Store,
    senders: Senders,
    clock: Arc<dyn Clock>,
    wake: Arc<Notify>,
    cancel: CancellationToken,
    concurrency: u32,
    owner: String,
) {
    let concurrency = concurrency.max(1) as usize;
    let senders = Arc::new(senders);
    let health = Arc::new(HealthMark::default());
    let claims = Arc::new(Claims {
        store: store.clone(),
        owner,
        max: concurrency * CLAIM_AHEAD,
        low: concurrency * CLAIM_AHEAD / 2,
        queue: std::sync::Mutex::new(std::collections::VecDeque::new()),
        claiming: tokio::sync::Mutex::new(()),
        healthy: std::sync::atomic::AtomicBool::new(true),
    });
    let loops: Vec<_> = (0..concurrency)
        .map(|_| {
            tokio::spawn(send_loop(
                store.clone(),
                senders.clone(),
                health.clone(),
                claims.clone(),
                clock.clone(),
                wake.clone(),
                cancel.clone(),
            ))
        })
        .collect();
    for l in loops {
        let _ = l.await;
    }
    // Shutdown came with mail claimed but not sent: give it back (else its lease expires).
    claims.release_all().await;
    tracing::info!("outbox worker stopped");
}

/// One sending loop. While a mail is being sent, more are claimed if few wait, so the
/// claim's database round trip is off the critical path of the SMTP connection.
async fn send_loop(
    store: Store,
    senders: Arc<Senders>,
    health: Arc<HealthMark>,
    claims: Arc<Claims>,
    clock: Arc<dyn Clock>,
    wake: Arc<Notify>,
    cancel: CancellationToken,
) {
    let mut failing = false;
    while !cancel.is_cancelled() {
        match claims.next(clock.as_ref()).await {
            Ok(Some(mail)) => {
                failing = false;
                if claims.waiting() > 0 {
                    // More is claimed than this loop can send now: pass the wake-up on.
                    wake.notify_one();
                }
                // A send in progress is finished even when shutdown is asked: it is bounded
                // by the SMTP timeout, and abandoning it would risk a duplicate later.
                let top_up = async {
                    if !cancel.is_cancelled() {
                        claims.top_up(clock.as_ref()).await;
                    }
                };
                let (sent, ()) = tokio::join!(
                    deliver(&store, &senders, clock.as_ref(), &health, mail),
                    top_up
                );
                claims
                    .healthy
                    .store(sent, std::sync::atomic::Ordering::Relaxed);
                // Another loop may be asleep while mail waits: pass the wake-up on.
                wake.notify_one();
                continue;
            }
            Ok(None) => failing = false,
            Err(e) => {
                if !failing {
                    tracing::error!(error = %e, "outbox: cannot read the queue");
                    failing = true;
                }
            }
        }
        tokio::select! {
            _ = wake.notified() => {}
            _ = tokio::time::sleep(IDLE_POLL) => {}
            _ = cancel.cancelled() => {}
        }
    }
}

//! Several offices, several processes, one database: who watches which mailbox.
//!
//! Every office of the deployment is a [`MailboxDesk`]: its pipeline and its mailbox. A desk runs —
//! its mailbox watched, its reminders planned — only in the replica that holds the desk's
//! mailbox lease (see [`crate::store::cluster`]). Each replica, every `deployment.heartbeat`:
//!
//! 1. records its own heartbeat and renews the leases it holds; a desk whose lease was taken
//!    over (this replica was too slow) stops at once;
//! 2. counts the live replicas and takes free or expired leases up to its fair share,
//!    ⌈desks / live replicas⌉, and gives back what it holds beyond that share, so a replica
//!    that joins gets work and a dead one's mailboxes are taken over once its leases expire
//!    (within `deployment.lease_ttl` + one heartbeat);
//! 3. starts the desks it holds that are not running.
//!
//! One live IMAP session per mailbox per deployment: across replicas the lease says who; within
//! this process [`DeskSlots`] keeps at most one desk task per mailbox, and a mailbox's slot is
//! freed only when its task has ended (its session logged out and its socket closed). A desk
//! that does not stop within [`DESK_STOP_GRACE`] is aborted, never left running detached; a
//! lease given back is released only after its desk ended, so the replica that takes it next
//! never connects while ours is still connected.
//!
//! A replica that cannot renew for a whole TTL stops all its desks: by then another may hold
//! them. None of this is needed for correctness — the intake journal's unique keys keep a
//! message to one ticket and the outbox's keys keep a reminder to one mail, whichever replica
//! runs them — it keeps the replicas from doing the same work twice. With SQLite there is one
//! process, which holds every lease.

mod slots;

use slots::{DESK_STOP_GRACE, DeskSlots};
use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{Duration, Instant};

use jiff::Timestamp;
use tokio::sync::{Notify, Semaphore};
use tokio::task::JoinHandle;
use tokio_util::sync::CancellationToken;

use crate::intake::watch::Watcher;
use crate::pipeline::Pipeline;
use crate::store::{Store, StoreError, db_time};

/// One office's work: its pipeline and its mailbox (the lease's name).
pub struct MailboxDesk {
    /// The office's pipeline (desk, config, store) that its intake feeds.
    pub pipeline: Arc<Pipeline>,
    /// The mailbox's stable name (`user@imap.host/INBOX`): the lease is taken under it.
    pub mailbox: String,
    /// IMAP sessions of this mailbox logged in now in this process (whatever desk task holds
    /// them): 1 while watched, 0 otherwise; the lease row reports it to `sebadesk status`.
    pub sessions: Arc<AtomicU32>,
}

impl MailboxDesk {
    /// A desk for this office's pipeline, its mailbox named from the office's IMAP config.
    pub fn new(pipeline: Arc<Pipeline>) -> MailboxDesk {
        let mailbox = crate::config::mailbox_name(&pipeline.config.imap);
        MailboxDesk {
            pipeline,
            mailbox,
            sessions: Arc::new(AtomicU32::new(0)),
        }
    }

    /// The office code this desk serves.
    pub fn office(&self) -> &str {
        &self.pipeline.config.office.code
    }
}

/// This process among the replicas: `host-pid-random` unless the config names it.
pub fn replica_id(configured: Option<&str>) -> String {
    if let Some(id) = configured {
        return id.to_string();
    }
    let mut bytes = [0u8; 4];
    let _ = getrandom::fill(&mut bytes);
    format!(
        "{}-{}-{}",
        host_name(),
        std::process::id(),
        bytes.iter().map(|b| format!("{b:02x}")).collect::<String>()
    )
}

/// This machine's name, as the SMTP greeting gives it.
pub fn host_name() -> String {
    crate::outbox::smtp::hostname_or_localhost()
}

/// What every desk task needs besides its desk.
#[derive(Clone)]
pub struct DeskContext {
    /// `--since`: on a mailbox's very first start, import mail that arrived from this instant.
    pub since: Option<Timestamp>,
    /// Woken when a desk queued mail, so the outbox worker sends it without waiting for its poll.
    pub wake_outbox: Arc<Notify>,
    /// Bounds how many mailboxes connect or take in mail at once.
    pub intake_permits: Arc<Semaphore>,
    /// Every office of the deployment, the main office first: the district-wide monthly
    /// report, which the main office's loop sends.
    pub offices: Arc<Vec<crate::config::Config>>,
}

/// The lease loop of one replica (see the module docs).
pub struct Coordinator {
    /// The database holding the leases and the replicas' heartbeats.
    pub store: Store,
    /// This replica's id (see [`replica_id`]), unique across the deployment.
    pub replica: String,
    /// Every office of the deployment; this replica runs only those whose lease it holds.
    pub desks: Vec<Arc<MailboxDesk>>,
    /// How long a lease lasts unless renewed (`deployment.lease_ttl`).
    pub ttl: Duration,
    /// How often leases are renewed and shares rebalanced (`deployment.heartbeat`).
    pub heartbeat: Duration,
    /// What every desk task started by this coordinator gets.
    pub context: DeskContext,
    /// Cancelled to shut down: every desk stops (or is aborted after the grace), leases go back.
    pub cancel: CancellationToken,
}

impl Coordinator {
    /// Runs the lease loop until `cancel`: heartbeat, renew, rebalance, start and stop desks.
    /// Database errors are logged and retried on the next heartbeat; never returns an error.
    pub async fn run(self) {
        let mut slots = DeskSlots::new(DESK_STOP_GRACE);
        let mut last_renewal = Instant::now();
        let mut failing = false;
        let host = host_name();
        if let Err(e) = self.bury_local_predecessors(&host).await {
            tracing::warn!(replica = %self.replica, error = %e, "cannot look for replicas that died on this host");
        }
        while !self.cancel.is_cancelled() {
            match self.tick(&host, &mut slots).await {
                Ok(()) => {
                    last_renewal = Instant::now();
                    if failing {
                        tracing::info!(replica = %self.replica, "leases renewed again");
                    }
                    failing = false;
                }
                Err(e) => {
                    if !failing {
                        tracing::error!(replica = %self.replica, error = %e, "cannot renew mailbox leases");
                    }
                    failing = true;
                }
            }
            if last_renewal.elapsed() >= self.ttl && slots.running_count() > 0 {
                // Another replica may hold our mailboxes by now: step back until we renew.
                tracing::warn!(replica = %self.replica, desks = slots.running_count(),
                    "leases not renewed for a whole TTL: stopping every desk");
                slots.request_stop_all(Instant::now());
            }
            // Also while the database is out of reach: a desk told to stop ends within the grace.
            slots.abort_overdue(Instant::now());
            tokio::select! {
                _ = tokio::time::sleep(self.heartbeat) => {}
                _ = self.cancel.cancelled() => {}
            }
        }
        // Shutdown: every desk finishes what it has in hand (or is aborted after the grace),
        // then the leases go back at once so that the other replicas need not wait for them
        // to expire — and find no session of ours still open when they connect.
        slots.stop_all_and_wait().await;
        if let Err(e) = self.store.retire_replica(&self.replica).await {
            tracing::warn!(replica = %self.replica, error = %e, "could not give the leases back (they expire by themselves)");
        }
    }

    /// A replica row of this host whose process is gone (a restart after a crash, the common
    /// case) is dead now, not when its heartbeat expires: its mailboxes and its outbox claims
    /// are freed at once. Another host's replicas are judged by their heartbeat only.
    async fn bury_local_predecessors(&self, host: &str) -> Result<(), StoreError> {
        let now = Timestamp::now();
        let own_pid = std::process::id() as i64;
        for r in self.store.replicas().await? {
            let gone = r.host == host
                && r.id != self.replica
                && (r.pid == own_pid || !Path::new(&format!("/proc/{}", r.pid)).exists());
            if gone && r.expires_at > db_time(now) {
                tracing::warn!(replica = %self.replica, dead = %r.id, pid = r.pid,
                    "a replica that ran on this host is gone: its mailboxes and claims are freed now");
                self.store.declare_dead(&r.id, now).await?;
            }
        }
        Ok(())
    }

    async fn tick(&self, host: &str, slots: &mut DeskSlots) -> Result<(), StoreError> {
        let store = &self.store;
        let now = Timestamp::now();
        store
            .heartbeat(&self.replica, host, std::process::id(), now, self.ttl)
            .await?;
        let released = store.release_claims_of_dead(now).await?;
        if released > 0 {
            tracing::warn!(replica = %self.replica, released,
                "mail claimed by a replica that died: sending it again now");
            self.context.wake_outbox.notify_one();
        }
        let mut held: HashSet<String> = store
            .renew_leases(&self.replica, now, self.ttl)
            .await?
            .into_iter()
            .collect();
        // Desks whose lease someone else holds now: told to stop. Their slots stay taken
        // until they have ended, so a lease that comes back meanwhile waits for them.
        let lost: Vec<String> = slots
            .running()
            .filter(|mailbox| !held.contains(*mailbox))
            .cloned()
            .collect();
        for mailbox in lost {
            tracing::warn!(replica = %self.replica, %mailbox, "lease taken over by another replica: desk stopped");
            slots.request_stop(&mailbox, Instant::now());
        }
        slots.abort_overdue(Instant::now());
        // Leases being given back go once their desks have ended — not before, so the replica
        // that takes one never connects while our session is open.
        for ended in slots.reap().into_iter().filter(|e| e.give_back) {
            if held.remove(&ended.mailbox) {
                store.release_lease(&ended.mailbox, &self.replica).await?;
                tracing::info!(replica = %self.replica, mailbox = %ended.mailbox, "mailbox lease given back");
            }
        }

        let live = store.live_replicas(now).await? as usize;
        let total = self.desks.len();
        let share = total.div_ceil(live.max(1));
        let leases: HashMap<String, (String, String, i64)> = store
            .leases()
            .await?
            .into_iter()
            .map(|l| (l.mailbox, (l.owner, l.expires_at, l.sessions)))
            .collect();
        self.take_free_leases(&mut held, &leases, share, now)
            .await?;
        self.give_back_surplus(slots, &mut held, share, live)
            .await?;
        let giving_back = slots.giving_back();
        for desk in &self.desks {
            if held.contains(&desk.mailbox)
                && !giving_back.contains(&desk.mailbox)
                && slots.is_free(&desk.mailbox)
            {
                let (desk, context) = (desk.clone(), self.context.clone());
                let mailbox = desk.mailbox.clone();
                slots.start(
                    &mailbox,
                    |cancel| tokio::spawn(run_desk(desk, context, cancel)),
                    self.cancel.child_token(),
                );
            }
        }
        self.report_sessions(&held, &leases).await
    }

    /// Takes free leases (unheld, or held by a replica that died) until this replica holds
    /// its share.
    async fn take_free_leases(
        &self,
        held: &mut HashSet<String>,
        leases: &HashMap<String, (String, String, i64)>,
        share: usize,
        now: Timestamp,
    ) -> Result<(), StoreError> {
        let store = &self.store;
        let total = self.desks.len();
        let now_s = db_time(now);
        // Start at a place of our own in the list, so that replicas starting together do not
        // all contend for the same first mailboxes.
        let offset = self
            .replica
            .bytes()
            .fold(0usize, |h, b| h.wrapping_mul(31).wrapping_add(b as usize))
            % total.max(1);
        for i in 0..total {
            if held.len() >= share {
                break;
            }
            let desk = &self.desks[(offset + i) % total];
            if held.contains(&desk.mailbox) {
                continue;
            }
            if let Some((owner, expires, _)) = leases.get(&desk.mailbox)
                && owner != &self.replica
                && expires.as_str() > now_s.as_str()
            {
                continue; // a live replica's
            }
            if store
                .acquire_lease(&desk.mailbox, desk.office(), &self.replica, now, self.ttl)
                .await?
            {
                tracing::info!(replica = %self.replica, office = desk.office(), mailbox = %desk.mailbox, "mailbox lease taken");
                held.insert(desk.mailbox.clone());
            }
        }
        Ok(())
    }

    /// More than our share (another replica joined): the surplus desks are told to stop and
    /// their leases are kept — and renewed — until each desk has ended (see [`Self::tick`]).
    /// The lease loop never waits for a desk: a wait here would delay the heartbeat past the
    /// TTL, and the other replica would take every lease of ours while our desks still run.
    async fn give_back_surplus(
        &self,
        slots: &mut DeskSlots,
        held: &mut HashSet<String>,
        share: usize,
        live: usize,
    ) -> Result<(), StoreError> {
        let giving_back = slots.giving_back();
        let mut keeping: Vec<String> = held.difference(&giving_back).cloned().collect();
        if keeping.len() <= share {
            return Ok(());
        }
        keeping.sort();
        keeping.reverse();
        keeping.truncate(keeping.len() - share);
        for mailbox in &keeping {
            if !slots.request_give_back(mailbox, Instant::now()) {
                // No desk of it runs here: nothing to wait for.
                self.store.release_lease(mailbox, &self.replica).await?;
                held.remove(mailbox);
            }
        }
        tracing::info!(replica = %self.replica, giving_back = keeping.len(), live, share,
            "mailbox leases being given back to balance the replicas (each once its desk has stopped)");
        Ok(())
    }

    /// Writes each held mailbox's live session count into its lease row when it changed, so
    /// that `sebadesk status` shows it (at most one heartbeat late).
    async fn report_sessions(
        &self,
        held: &HashSet<String>,
        leases: &HashMap<String, (String, String, i64)>,
    ) -> Result<(), StoreError> {
        for desk in self.desks.iter().filter(|d| held.contains(&d.mailbox)) {
            let now = desk.sessions.load(Ordering::SeqCst) as i64;
            let recorded = leases.get(&desk.mailbox).map(|(_, _, n)| *n);
            if recorded != Some(now) {
                self.store
                    .set_lease_sessions(&desk.mailbox, &self.replica, now)
                    .await?;
            }
        }
        Ok(())
    }
}

/// One office at work: its mailbox watched, and once a minute its reminders, health alerts
/// and classifier checked. Runs until `cancel` (shutdown, or the lease went elsewhere).
async fn run_desk(desk: Arc<MailboxDesk>, context: DeskContext, cancel: CancellationToken) {
    let p = desk.pipeline.clone();
    tracing::info!(office = desk.office(), mailbox = %desk.mailbox, "desk started");
    // Holidays may have changed since the last run of this office.
    match crate::tickets::deadlines::recompute_open(
        &p.store,
        &p.config.office.code,
        &p.config.charter,
        &p.calendar,
        p.clock.as_ref(),
    )
    .await
    {
        Ok(0) => {}
        Ok(changed) => tracing::info!(
            office = desk.office(),
            changed,
            "deadlines of open tickets recomputed for the current calendar"
        ),
        Err(e) => tracing::error!(office = desk.office(), error = %e, "cannot recompute deadlines"),
    }
    let watcher = Watcher::new(
        p.clone(),
        context.since,
        context.wake_outbox.clone(),
        context.intake_permits.clone(),
        cancel.clone(),
    )
    .counting_sessions(desk.sessions.clone());
    tokio::join!(
        watcher.run(),
        office_loop(
            p,
            context.wake_outbox.clone(),
            context.offices.clone(),
            cancel.clone()
        )
    );
    tracing::info!(office = desk.office(), "desk stopped");
}

/// How often an office's retention purge runs (at the desk's start, then this often): the
/// retention periods are days, so an hour late is nothing, and a run with nothing due costs
/// two indexed queries.
const PURGE_EVERY: Duration = Duration::from_secs(3600);

/// Runs the office's reminder scheduler every `reminders.interval` (a minute by default;
/// reminders are keyed per day, so the period only bounds how late one can be), the batched
/// follow-up notices, its health alerts, its retention purge (hourly), and retrains the
/// classifier when an officer corrected a service from the command line. It runs on the
/// replica that holds the office's mailbox lease, so each office's purge runs once per
/// replica set.
async fn office_loop(
    pipeline: Arc<Pipeline>,
    wake_outbox: Arc<Notify>,
    offices: Arc<Vec<crate::config::Config>>,
    cancel: CancellationToken,
) {
    let office = pipeline.config.office.code.clone();
    let interval = pipeline.config.reminders.interval;
    let mut failing = false;
    let mut last_purge: Option<Instant> = None;
    while !cancel.is_cancelled() {
        if last_purge.is_none_or(|t| t.elapsed() >= PURGE_EVERY) {
            last_purge = Some(Instant::now());
            let now = pipeline.clock.now();
            match crate::tickets::retention::purge(&pipeline.store, &pipeline.config, now, false)
                .await
            {
                Ok(r) if !r.is_empty() => tracing::info!(%office, tickets = r.tickets.len(),
                    messages = r.total.messages, outbox_mails = r.total.outbox_mails,
                    bytes = r.total.bytes, "retention: mail past its days purged"),
                Ok(_) => {}
                Err(e) => tracing::error!(%office, error = %e, "retention: cannot purge"),
            }
        }
        if let Err(e) = pipeline.learner().retrain_if_stale(&pipeline.store).await {
            tracing::warn!(%office, error = %e, "classifier: cannot retrain");
        }
        match crate::daemon::health::alert_if_failing(&pipeline).await {
            Ok(n) if n > 0 => wake_outbox.notify_one(),
            Ok(_) => {}
            Err(e) => tracing::warn!(%office, error = %e, "health: cannot check"),
        }
        // Follow-ups that waited out their ticket's notice gap (issue 16).
        match crate::tickets::followups::flush(&pipeline).await {
            Ok(n) if n > 0 => wake_outbox.notify_one(),
            Ok(_) => {}
            Err(e) => tracing::warn!(%office, error = %e, "follow-up notices: cannot look"),
        }
        // The monthly charter report (first working day of the month, from digest time).
        match crate::report::monthly::run_once(&pipeline).await {
            Ok(n) if n > 0 => wake_outbox.notify_one(),
            Ok(_) => {}
            Err(e) => tracing::warn!(%office, error = %e, "monthly report: cannot queue"),
        }
        if pipeline.config.office.primary {
            match crate::report::monthly::run_district_once(&pipeline, &offices).await {
                Ok(n) if n > 0 => wake_outbox.notify_one(),
                Ok(_) => {}
                Err(e) => tracing::warn!(error = %e, "district monthly report: cannot queue"),
            }
        }
        match crate::tickets::reminders::run_once(&pipeline).await {
            Ok(n) => {
                failing = false;
                if n > 0 {
                    wake_outbox.notify_one();
                }
            }
            Err(e) if !failing => {
                tracing::error!(%office, error = %e, "reminders: cannot plan");
                failing = true;
            }
            Err(_) => {}
        }
        tokio::select! {
            _ = tokio::time::sleep(interval) => {}
            _ = cancel.cancelled() => {}
        }
    }
}

#[cfg(test)]
mod tests;

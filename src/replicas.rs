//! Several offices, several processes, one database: who watches which mailbox.
//!
//! Every office of the deployment is a [`Desk`]: its pipeline and its mailbox. A desk runs —
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
//! A replica that cannot renew for a whole TTL stops all its desks: by then another may hold
//! them. None of this is needed for correctness — the intake journal's unique keys keep a
//! message to one ticket and the outbox's keys keep a reminder to one mail, whichever replica
//! runs them — it keeps the replicas from doing the same work twice. With SQLite there is one
//! process, which holds every lease.

use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use jiff::Timestamp;
use tokio::sync::{Notify, Semaphore};
use tokio::task::JoinHandle;
use tokio_util::sync::CancellationToken;

use crate::intake::watch::Watcher;
use crate::pipeline::Pipeline;
use crate::store::{Store, StoreError, db_time};

/// One office's work: its pipeline and its mailbox (the lease's name).
pub struct Desk {
    pub pipeline: Arc<Pipeline>,
    pub mailbox: String,
}

impl Desk {
    pub fn new(pipeline: Arc<Pipeline>) -> Desk {
        let mailbox = crate::config::mailbox_name(&pipeline.config.imap);
        Desk { pipeline, mailbox }
    }

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
    pub wake_outbox: Arc<Notify>,
    /// Bounds how many mailboxes connect or take in mail at once.
    pub intake_permits: Arc<Semaphore>,
}

struct Running {
    cancel: CancellationToken,
    handle: JoinHandle<()>,
}

/// The lease loop of one replica (see the module docs).
pub struct Coordinator {
    pub store: Store,
    pub replica: String,
    pub desks: Vec<Arc<Desk>>,
    pub ttl: Duration,
    pub heartbeat: Duration,
    pub context: DeskContext,
    pub cancel: CancellationToken,
}

/// How long the desks being given away (or all, at shutdown) may take to stop, together. A
/// desk stops at once unless it is committing or marking mail; this bounds how long one
/// heartbeat can be late, well within a lease's TTL.
const DESK_STOP_GRACE: Duration = Duration::from_secs(5);

/// Stops desks: all are told at once, then awaited together under one [`DESK_STOP_GRACE`].
async fn stop_desks(desks: Vec<Running>) {
    for r in &desks {
        r.cancel.cancel();
    }
    let all = futures::future::join_all(desks.into_iter().map(|r| r.handle));
    if tokio::time::timeout(DESK_STOP_GRACE, all).await.is_err() {
        tracing::warn!(
            "some desks did not stop within {DESK_STOP_GRACE:?}; they stop after the work in hand"
        );
    }
}

impl Coordinator {
    pub async fn run(self) {
        let mut running: HashMap<String, Running> = HashMap::new();
        let mut last_renewal = Instant::now();
        let mut failing = false;
        let host = host_name();
        if let Err(e) = self.bury_local_predecessors(&host).await {
            tracing::warn!(replica = %self.replica, error = %e, "cannot look for replicas that died on this host");
        }
        while !self.cancel.is_cancelled() {
            match self.tick(&host, &mut running).await {
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
            if last_renewal.elapsed() >= self.ttl && !running.is_empty() {
                // Another replica may hold our mailboxes by now: step back until we renew.
                tracing::warn!(replica = %self.replica, desks = running.len(),
                    "leases not renewed for a whole TTL: stopping every desk");
                for (_, r) in running.drain() {
                    r.cancel.cancel();
                }
            }
            tokio::select! {
                _ = tokio::time::sleep(self.heartbeat) => {}
                _ = self.cancel.cancelled() => {}
            }
        }
        // Shutdown: every desk finishes what it has in hand, then the leases go back at once
        // so that the other replicas need not wait for them to expire.
        stop_desks(running.drain().map(|(_, r)| r).collect()).await;
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

    async fn tick(
        &self,
        host: &str,
        running: &mut HashMap<String, Running>,
    ) -> Result<(), StoreError> {
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
        // Desks whose lease someone else holds now, or whose task ended: stop / forget them.
        let lost: Vec<String> = running
            .iter()
            .filter(|(mailbox, r)| !held.contains(*mailbox) || r.handle.is_finished())
            .map(|(mailbox, _)| mailbox.clone())
            .collect();
        for mailbox in lost {
            let r = running.remove(&mailbox).expect("listed above");
            if !held.contains(&mailbox) {
                tracing::warn!(replica = %self.replica, %mailbox, "lease taken over by another replica: desk stopped");
            }
            r.cancel.cancel();
        }

        let live = store.live_replicas(now).await? as usize;
        let total = self.desks.len();
        let share = total.div_ceil(live.max(1));
        let leases: HashMap<String, (String, String)> = store
            .leases()
            .await?
            .into_iter()
            .map(|l| (l.mailbox, (l.owner, l.expires_at)))
            .collect();
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
            if let Some((owner, expires)) = leases.get(&desk.mailbox)
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
        // More than our share: another replica joined. Give the surplus back (the desks are
        // stopped first, so nothing is in hand when the other replica starts them).
        if held.len() > share {
            let mut surplus: Vec<String> = held.iter().cloned().collect();
            surplus.sort();
            surplus.reverse();
            surplus.truncate(held.len() - share);
            stop_desks(
                surplus
                    .iter()
                    .filter_map(|mailbox| running.remove(mailbox))
                    .collect(),
            )
            .await;
            for mailbox in &surplus {
                store.release_lease(mailbox, &self.replica).await?;
                held.remove(mailbox);
            }
            tracing::info!(replica = %self.replica, given_back = surplus.len(), live, share,
                "mailbox leases given back to balance the replicas");
        }
        for desk in &self.desks {
            if held.contains(&desk.mailbox) && !running.contains_key(&desk.mailbox) {
                let cancel = self.cancel.child_token();
                let handle =
                    tokio::spawn(run_desk(desk.clone(), self.context.clone(), cancel.clone()));
                running.insert(desk.mailbox.clone(), Running { cancel, handle });
            }
        }
        Ok(())
    }
}

/// One office at work: its mailbox watched, and once a minute its reminders, health alerts
/// and classifier checked. Runs until `cancel` (shutdown, or the lease went elsewhere).
async fn run_desk(desk: Arc<Desk>, context: DeskContext, cancel: CancellationToken) {
    let p = desk.pipeline.clone();
    tracing::info!(office = desk.office(), mailbox = %desk.mailbox, "desk started");
    // Holidays may have changed since the last run of this office.
    match crate::deadlines::recompute_open(
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
    );
    tokio::join!(
        watcher.run(),
        office_loop(p, context.wake_outbox.clone(), cancel.clone())
    );
    tracing::info!(office = desk.office(), "desk stopped");
}

/// Runs the office's reminder scheduler every `reminders.interval` (a minute by default;
/// reminders are keyed per day, so the period only bounds how late one can be), its health
/// alerts, and retrains the classifier when an officer corrected a service from the command
/// line.
async fn office_loop(pipeline: Arc<Pipeline>, wake_outbox: Arc<Notify>, cancel: CancellationToken) {
    let office = pipeline.config.office.code.clone();
    let interval = pipeline.config.reminders.interval;
    let mut failing = false;
    while !cancel.is_cancelled() {
        if let Err(e) = pipeline.learner().retrain_if_stale(&pipeline.store).await {
            tracing::warn!(%office, error = %e, "classifier: cannot retrain");
        }
        match crate::health::alert_if_failing(&pipeline).await {
            Ok(n) if n > 0 => wake_outbox.notify_one(),
            Ok(_) => {}
            Err(e) => tracing::warn!(%office, error = %e, "health: cannot check"),
        }
        match crate::reminders::run_once(&pipeline).await {
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

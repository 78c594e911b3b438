//! The desks this replica runs, one slot per mailbox: started, asked to stop (or to give the
//! mailbox back to another replica), aborted when they overrun their grace, and reaped.

use super::*;

/// How long a desk told to stop may take before its task is aborted. A desk stops at once
/// unless it is committing or marking mail; aborting drops its IMAP session (closing the
/// connection) and rolls back its open transaction, which intake redoes from the mailbox.
pub(super) const DESK_STOP_GRACE: Duration = Duration::from_secs(5);

/// One desk task of this process.
pub(super) struct Slot {
    cancel: CancellationToken,
    handle: JoinHandle<()>,
    /// When it was told to stop (then it is only waited for, never restarted).
    stopping_since: Option<Instant>,
    /// Stopped to give its lease back: the lease is released once the task has ended.
    giving_back: bool,
}

/// A desk task that has ended, and whether its lease is to be given back now.
#[derive(Debug, PartialEq, Eq)]
pub(super) struct Ended {
    pub(super) mailbox: String,
    pub(super) give_back: bool,
}

/// The desk tasks of this process, at most one per mailbox. A mailbox's slot is taken when
/// its desk starts and freed only once that task has ended (or been aborted and dropped), so
/// a new desk for a mailbox never overlaps the previous one — whatever the order of lease
/// losses, give-backs, renewal failures and restarts.
pub(super) struct DeskSlots {
    slots: HashMap<String, Slot>,
    grace: Duration,
}

impl DeskSlots {
    pub(super) fn new(grace: Duration) -> DeskSlots {
        DeskSlots {
            slots: HashMap::new(),
            grace,
        }
    }

    /// No desk task of `mailbox` exists in this process, running or stopping.
    pub(super) fn is_free(&self, mailbox: &str) -> bool {
        !self.slots.contains_key(mailbox)
    }

    /// Takes the slot of `mailbox` for a new desk task; refused (false, the task is not
    /// spawned) while the previous one has not ended.
    pub(super) fn start(
        &mut self,
        mailbox: &str,
        spawn: impl FnOnce(CancellationToken) -> JoinHandle<()>,
        cancel: CancellationToken,
    ) -> bool {
        if !self.is_free(mailbox) {
            return false;
        }
        let handle = spawn(cancel.clone());
        self.slots.insert(
            mailbox.to_string(),
            Slot {
                cancel,
                handle,
                stopping_since: None,
                giving_back: false,
            },
        );
        true
    }

    /// Mailboxes whose desk runs (not told to stop).
    pub(super) fn running(&self) -> impl Iterator<Item = &String> {
        self.slots
            .iter()
            .filter(|(_, s)| s.stopping_since.is_none())
            .map(|(m, _)| m)
    }

    pub(super) fn running_count(&self) -> usize {
        self.running().count()
    }

    /// Tells the desk of `mailbox` to stop; its slot stays taken until the task has ended.
    pub(super) fn request_stop(&mut self, mailbox: &str, now: Instant) {
        if let Some(slot) = self.slots.get_mut(mailbox) {
            slot.cancel.cancel();
            slot.stopping_since.get_or_insert(now);
        }
    }

    /// Tells the desk of `mailbox` to stop so that its lease can go to another replica;
    /// [`DeskSlots::reap`] says when it has ended and the lease may be released. Returns false
    /// when no desk of `mailbox` runs here (then the lease can go at once).
    pub(super) fn request_give_back(&mut self, mailbox: &str, now: Instant) -> bool {
        self.request_stop(mailbox, now);
        match self.slots.get_mut(mailbox) {
            Some(slot) => {
                slot.giving_back = true;
                true
            }
            None => false,
        }
    }

    /// Mailboxes whose desk is stopping to give its lease back.
    pub(super) fn giving_back(&self) -> HashSet<String> {
        self.slots
            .iter()
            .filter(|(_, s)| s.giving_back)
            .map(|(m, _)| m.clone())
            .collect()
    }

    pub(super) fn request_stop_all(&mut self, now: Instant) {
        let all: Vec<String> = self.slots.keys().cloned().collect();
        for mailbox in all {
            self.request_stop(&mailbox, now);
        }
    }

    /// Aborts the desks told to stop more than the grace ago (their slots stay taken until
    /// the aborted tasks are dropped: see [`DeskSlots::reap`]).
    pub(super) fn abort_overdue(&mut self, now: Instant) {
        for (mailbox, slot) in &self.slots {
            if slot
                .stopping_since
                .is_some_and(|t| now.duration_since(t) >= self.grace)
                && !slot.handle.is_finished()
            {
                tracing::warn!(%mailbox, grace = ?self.grace, "desk did not stop in time: aborted");
                slot.handle.abort();
            }
        }
    }

    /// Frees the slots whose task has ended (stopped, aborted, or — unexpectedly — ended by
    /// itself, so that it is started again). Returns those mailboxes.
    pub(super) fn reap(&mut self) -> Vec<Ended> {
        let ended: Vec<String> = self
            .slots
            .iter()
            .filter(|(_, s)| s.handle.is_finished())
            .map(|(m, _)| m.clone())
            .collect();
        ended
            .into_iter()
            .filter_map(|mailbox| {
                let slot = self.slots.remove(&mailbox)?;
                Some(Ended {
                    mailbox,
                    give_back: slot.giving_back,
                })
            })
            .collect()
    }

    /// Stops the desks of `mailboxes` and waits until every one has ended: all are told at
    /// once and awaited together under one grace, then the rest are aborted and awaited
    /// (an aborted task ends at its next await point, dropping its session).
    pub(super) async fn stop_and_wait(&mut self, mailboxes: &[String]) {
        let now = Instant::now();
        let slots: Vec<Slot> = mailboxes
            .iter()
            .filter_map(|m| self.slots.remove(m))
            .collect();
        for slot in &slots {
            slot.cancel.cancel();
        }
        let overdue = slots
            .iter()
            .filter_map(|s| s.stopping_since)
            .map(|t| now.duration_since(t))
            .max()
            .unwrap_or_default();
        let left = self.grace.saturating_sub(overdue);
        let mut handles: Vec<JoinHandle<()>> = slots.into_iter().map(|s| s.handle).collect();
        let all = futures::future::join_all(handles.iter_mut());
        if tokio::time::timeout(left, all).await.is_err() {
            let stuck = handles.iter().filter(|h| !h.is_finished()).count();
            tracing::warn!(stuck, grace = ?self.grace, "desks did not stop in time: aborted");
            // Only those not yet awaited to the end: a JoinHandle is polled to completion once.
            let stuck: Vec<JoinHandle<()>> =
                handles.into_iter().filter(|h| !h.is_finished()).collect();
            for h in &stuck {
                h.abort();
            }
            futures::future::join_all(stuck).await;
        }
    }

    pub(super) async fn stop_all_and_wait(&mut self) {
        let all: Vec<String> = self.slots.keys().cloned().collect();
        self.stop_and_wait(&all).await;
    }
}

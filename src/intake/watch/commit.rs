//! Handing messages to the pipeline: a batch in as few transactions as possible, a failing
//! message quarantined instead of blocking the mailbox, and the marks after the commit.

use super::*;

impl Watcher {
    /// Commits `pending` (if any), then marks it on the server together with `unmarked`.
    /// Returns how many committed.
    pub(super) async fn commit_and_mark(
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

    /// Runs prepared messages through the pipeline in UID order, in as few transactions as
    /// the pipeline allows. Returns the UIDs committed, and the transient failure that
    /// stopped it, if one did (the rest of the batch is left for the next pass).
    pub(super) async fn commit(
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
    pub(super) async fn process_or_quarantine(
        &self,
        msg: &InboundMessage,
    ) -> Result<Outcome, IntakeError> {
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

    pub(super) async fn quarantine_failed(
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
}

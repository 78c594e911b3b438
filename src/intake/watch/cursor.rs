//! The UID cursor: the stored position checked against the server's UIDVALIDITY and UIDNEXT
//! (a changed UIDVALIDITY resets it), so a restart neither re-takes nor skips mail.

use super::*;

impl Watcher {
    /// First start: remember where the mailbox stands so old mail is never acknowledged.
    /// UIDVALIDITY change: UIDs mean nothing any more; rescan from 1, and let the baseline
    /// time and the Message-ID journal keep old mail and done mail out.
    pub(super) async fn sync_cursor(
        &self,
        uidvalidity: u32,
        uid_next: u32,
    ) -> Result<Cursor, IntakeError> {
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
}

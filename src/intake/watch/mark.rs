//! Marking taken-in messages on the server (flag or move) only after their commit; marks
//! that failed are retried on the next session.

use super::*;

impl Watcher {
    pub(super) async fn mark(
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
    pub(super) async fn mark_on_server(
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
    pub(super) async fn retry_marks(
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
}

/// `1,3,5:9` from sorted or unsorted UIDs.
pub(super) fn uid_set(uids: &[u32]) -> String {
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

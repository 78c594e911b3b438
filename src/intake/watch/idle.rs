//! Waiting for new mail: IDLE, renewed before servers drop it, or a plain poll.

use super::*;

impl Watcher {
    /// Waits in IDLE until the server reports a change, the renew interval passes, or
    /// shutdown is asked. Any error means "reconnect".
    pub(super) async fn idle(&self, session: ImapSession) -> Result<ImapSession, IntakeError> {
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

pub(super) fn is_new_mail(r: &async_imap::types::UnsolicitedResponse) -> bool {
    matches!(
        r,
        async_imap::types::UnsolicitedResponse::Exists(_)
            | async_imap::types::UnsolicitedResponse::Recent(_)
    )
}

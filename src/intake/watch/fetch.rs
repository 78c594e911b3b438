//! Fetching: the new UIDs' sizes and dates first, then the bodies in bounded batches
//! (oversize messages header-only), prepared (assessed) while the previous batch commits.

use super::*;

impl Watcher {
    /// Takes in every message past the cursor. Returns how many were handled.
    ///
    /// Batches are pipelined: while batch k is committed, batch k+1 is fetched, parsed and
    /// classified (on a blocking thread), so the IMAP round trips and the CPU work overlap
    /// the database work. Commits stay in UID order and a batch is marked on the server only
    /// after its own commit; a batch fetched but not committed when something fails is simply
    /// fetched again later.
    pub(super) async fn drain(
        &self,
        session: &mut ImapSession,
        uidvalidity: u32,
    ) -> Result<usize, IntakeError> {
        let store = &self.pipeline.store;
        let cursor = store
            .cursor(&self.key)
            .await?
            .ok_or_else(|| IntakeError::Protocol("cursor vanished".into()))?;
        let uids = self.new_uids(session, cursor.next_uid).await?;
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
                    let before_baseline = received < cursor.baseline_at;
                    handled += self
                        .take_alone(
                            session,
                            uidvalidity,
                            uid,
                            before_baseline,
                            &meta,
                            &mut unmarked,
                        )
                        .await?;
                    continue;
                }
                if !batch.is_empty() && batch_bytes + size > self.imap.max_batch_bytes {
                    handled += self
                        .next_batch(
                            session,
                            uidvalidity,
                            (&batch, batch_bytes),
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
                    .next_batch(
                        session,
                        uidvalidity,
                        (&batch, batch_bytes),
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

    /// The UIDs from `next_uid` on, in order. Unsolicited EXISTS/EXPUNGE are only hints;
    /// UID SEARCH is the truth.
    async fn new_uids(
        &self,
        session: &mut ImapSession,
        next_uid: u32,
    ) -> Result<Vec<u32>, IntakeError> {
        while session.unsolicited_responses.try_recv().is_ok() {}
        let found = bounded(
            "UID SEARCH",
            COMMAND_TIMEOUT,
            session.uid_search(format!("UID {next_uid}:*")),
        )
        .await?;
        // "n:*" always matches the last message, even when its UID is below n.
        let mut uids: Vec<u32> = found.into_iter().filter(|u| *u >= next_uid).collect();
        uids.sort_unstable();
        Ok(uids)
    }

    /// A message taken on its own, after what was pending has committed: one there before
    /// sebadesk first started (seen again after a UIDVALIDITY change) only moves the cursor;
    /// an oversize one is fetched header-only and recorded. Returns how many were handled.
    async fn take_alone(
        &self,
        session: &mut ImapSession,
        uidvalidity: u32,
        uid: u32,
        before_baseline: bool,
        meta: &HashMap<u32, (u64, Timestamp)>,
        unmarked: &mut Vec<u32>,
    ) -> Result<usize, IntakeError> {
        if before_baseline {
            self.pipeline
                .store
                .advance_cursor(&self.key, uidvalidity, uid, self.pipeline.clock.now())
                .await?;
            return Ok(0);
        }
        let mut one = self
            .fetch_prepared(session, uidvalidity, &[uid], meta, true)
            .await?;
        self.commit_and_mark(session, uidvalidity, &mut one, unmarked)
            .await
    }

    pub(super) async fn fetch_meta(
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

    /// Takes the next batch, `(uids, bytes)` (`bytes` by RFC822.SIZE): fetched while
    /// `pending` commits ([`Watcher::fetch_while_committing`]) when the two together stay
    /// within `imap.max_batch_bytes`; otherwise `pending` commits first and the batch is
    /// fetched after, so that the mail in memory is bounded by bytes, not by count: a 25 MB
    /// mail is never held beside another batch (issue 20). Small mail, whose batches are
    /// far below the bound, keeps the overlap. Returns how many messages committed.
    pub(super) async fn next_batch(
        &self,
        session: &mut ImapSession,
        uidvalidity: u32,
        (uids, bytes): (&[u32], u64),
        meta: &HashMap<u32, (u64, Timestamp)>,
        pending: &mut Vec<Prepared>,
        unmarked: &mut Vec<u32>,
    ) -> Result<usize, IntakeError> {
        let mut handled = 0;
        let held: u64 = pending.iter().map(|p| p.msg.raw.len() as u64).sum();
        if !pending.is_empty() && held + bytes > self.imap.max_batch_bytes {
            tracing::debug!(
                pending_bytes = held,
                next_bytes = bytes,
                "intake: committing before fetching (bytes in flight)"
            );
            handled += self
                .commit_and_mark(session, uidvalidity, pending, unmarked)
                .await?;
        }
        handled += self
            .fetch_while_committing(session, uidvalidity, uids, meta, pending, unmarked)
            .await?;
        Ok(handled)
    }

    /// One step of the intake pipeline, in two lanes that run at once: on the IMAP
    /// connection, the batch committed in the previous step (`unmarked`) is marked on the
    /// server and then `uids` are fetched and prepared; on the database, `pending` is committed
    /// and then the marks are recorded. Afterwards the new batch is in `pending` and what
    /// committed is in `unmarked`. Marking only ever follows a commit, as before; it no longer
    /// waits in line after it (the STORE round trip was ~12 ms of every ~75 ms step).
    /// Returns how many messages committed.
    pub(super) async fn fetch_while_committing(
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

    /// Fetches the bodies (or only the headers) of `uids`, parses them and does their triage
    /// and classification on a blocking thread, in UID order.
    pub(super) async fn fetch_prepared(
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
        // Each response is turned into its message's bytes as it arrives (see `fetched`).
        let fetched: Vec<(u32, bytes::Bytes)> =
            bounded("UID FETCH (bodies)", COMMAND_TIMEOUT, async {
                session
                    .uid_fetch(&set, query)
                    .await?
                    .try_filter_map(|f| std::future::ready(Ok(fetched(f, header_only))))
                    .try_collect()
                    .await
            })
            .await?;
        let now = self.pipeline.clock.now();
        let mut bodies: Vec<(MailboxPosition, Timestamp, u64, bytes::Bytes)> = fetched
            .into_iter()
            .map(|(uid, raw)| {
                let (size, received_at) =
                    meta.get(&uid).copied().unwrap_or((raw.len() as u64, now));
                let position = MailboxPosition {
                    mailbox: self.key.clone(),
                    uidvalidity,
                    uid,
                };
                (position, received_at, size, raw)
            })
            .collect();
        bodies.sort_by_key(|(p, ..)| p.uid);
        // Parsing and classifying is the CPU work of intake: a batch big enough to pay for a
        // second thread is split in two halves, prepared at once on two blocking threads.
        let preparer = self.pipeline.preparer();
        let prepare = |bodies: Vec<(MailboxPosition, Timestamp, u64, bytes::Bytes)>,
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
}

/// From this size up, a fetched message's bytes stay in the IMAP response's own buffer
/// (shared, not copied): a 25 MB mail is held once, not twice while it is copied out. A
/// smaller one is copied into a buffer of its own size, so that no response buffer is kept
/// for it (a buffer may hold some bytes of the next response too).
const KEEP_BUFFER_FROM: usize = 64 * 1024;

/// A fetched message's UID and bytes (its body, or its header when `header_only`).
fn fetched(f: async_imap::types::Fetch, header_only: bool) -> Option<(u32, bytes::Bytes)> {
    let uid = f.uid?;
    let len = if header_only { f.header() } else { f.body() }?.len();
    let body = FetchedBody { f, header_only };
    Some((
        uid,
        if len < KEEP_BUFFER_FROM {
            bytes::Bytes::copy_from_slice(body.as_ref())
        } else {
            bytes::Bytes::from_owner(body)
        },
    ))
}

/// A FETCH response as the owner of its message's bytes.
struct FetchedBody {
    f: async_imap::types::Fetch,
    header_only: bool,
}

impl AsRef<[u8]> for FetchedBody {
    fn as_ref(&self) -> &[u8] {
        let part = if self.header_only {
            self.f.header()
        } else {
            self.f.body()
        };
        part.unwrap_or_default()
    }
}

//! The batch path: a batch of fetched messages in as few transactions as possible, with
//! runs of plain new requests opened together by a few multi-row statements; any failure
//! falls back to the one-message path from there on.

use std::collections::{BTreeMap, HashMap, HashSet};

use super::opening::{AckSent, QueuedMail, RenderedForTicket, TicketPlan};
use super::*;
use crate::mail::attachments::Extracted;
use crate::outbox::attachments::Listing;
use crate::store::messages::{insert_messages, journaled};
use crate::store::outbox::enqueue_many;
use crate::store::tickets::{RecentAcks, acks_to, add_events, insert_tickets, next_references};

impl Pipeline {
    /// Takes a batch of fetched messages in as few transactions as possible (much faster on
    /// SQLite, whose commits are the cost), committing whenever a transaction has run for
    /// [`BATCH_TX_BUDGET`] so that the outbox's "sent" records never wait long behind intake.
    /// If a message fails, its transaction is rolled back and the messages from there on are
    /// taken one by one, so one poison message cannot hold the others back.
    /// Returns one result per message, in order.
    pub async fn process_batch(&self, msgs: &[Prepared]) -> Vec<Result<Outcome, PipelineError>> {
        let mut results: Vec<Result<Outcome, PipelineError>> = Vec::with_capacity(msgs.len());
        let mut next = 0;
        while next < msgs.len() {
            let attempt: Result<Vec<Outcome>, PipelineError> = async {
                let _gate = self.store.write_gate().await;
                let mut tx = self.store.begin_write().await?;
                let started = std::time::Instant::now();
                let mut outcomes = Vec::new();
                while next + outcomes.len() < msgs.len() {
                    let rest = &msgs[next + outcomes.len()..];
                    // New requests go through in runs, a few statements per run; anything
                    // else one message at a time, in order, in the same transaction.
                    let first = &rest[0].msg.position;
                    let run = rest
                        .iter()
                        .take(MAX_RUN)
                        .take_while(|p| {
                            self.opens_plain_ticket(p)
                                && p.msg.position.mailbox == first.mailbox
                                && p.msg.position.uidvalidity == first.uidvalidity
                        })
                        .count();
                    if run > 0 {
                        outcomes.extend(self.open_tickets(&mut tx, &rest[..run]).await?);
                    } else {
                        outcomes.push(self.process_traced(&mut tx, &rest[0]).await?);
                    }
                    if started.elapsed() >= BATCH_TX_BUDGET {
                        break;
                    }
                }
                // The cursor moves once per transaction, past its last message (UID order).
                self.cursor_past(&mut tx, &msgs[next + outcomes.len() - 1].msg.position)
                    .await?;
                tx.commit().await?;
                Ok(outcomes)
            }
            .await;
            match attempt {
                Ok(outcomes) => {
                    let taken = &msgs[next..next + outcomes.len()];
                    for (o, p) in outcomes.iter().zip(taken) {
                        self.observe(o, p.msg.received_at);
                    }
                    if let Err(e) = self.after_commit(&outcomes).await {
                        tracing::warn!(error = %e, "after the batch commit");
                    }
                    next += outcomes.len();
                    results.extend(outcomes.into_iter().map(Ok));
                }
                Err(e) => {
                    tracing::warn!(error = %e, left = msgs.len() - next, "batch failed: taking the rest one by one");
                    for p in &msgs[next..] {
                        results.push(self.process_message(&p.msg).await);
                    }
                    break;
                }
            }
        }
        results
    }

    /// Whether a prepared message can go through [`Pipeline::open_tickets`]: a whole, parsed,
    /// assessed new request that is not from the officer (whose mail may carry commands).
    /// Everything else takes the one-message path.
    pub(super) fn opens_plain_ticket(&self, p: &Prepared) -> bool {
        let (Some(a), Some(mail)) = (&p.assessment, &p.msg.parsed) else {
            return false;
        };
        !p.msg.truncated
            && a.triage.disposition == Disposition::New
            && a.triage.hold_ack.is_none()
            // A ticket named in the text may make it a follow-up: the one-by-one path asks.
            && super::one_by_one::quoted_reference(mail, &self.config.office.code).is_none()
            && !mail
                .from_address
                .as_deref()
                .is_some_and(|f| self.config.office.officer_email.same_as(f))
    }

    /// A run of new requests of one mailbox (see [`Pipeline::opens_plain_ticket`]) with a few
    /// statements for the whole run instead of ~8 per message: one look-up of what is
    /// journaled already, one counter update per year for the ticket numbers, then multi-row
    /// INSERTs of tickets, messages (with their ticket ids), events and outbox rows, and one
    /// query for the acknowledgement caps of all the run's senders. The outcome is the one
    /// [`Pipeline::process_in`] gives message by message, in order: a message journaled
    /// already (also earlier in this run) is a `Duplicate` and does nothing; the caps count
    /// the acknowledgements queued earlier in the run.
    pub(super) async fn open_tickets(
        &self,
        tx: &mut crate::store::Tx,
        prepared: &[Prepared],
    ) -> Result<Vec<Outcome>, PipelineError> {
        let now = self.clock.now();
        let dedup_ids: Vec<String> = prepared.iter().map(|p| p.msg.dedup_id()).collect();
        let fresh = self.fresh_in_run(tx, prepared, &dedup_ids).await?;
        let references = number_run(tx, &self.config.office.code, &fresh).await?;
        // Attachments (rare): read ahead by the preparer; stored once the tickets have ids.
        let files: Vec<Option<Arc<Extracted>>> = fresh
            .iter()
            .map(|f| {
                let p = &prepared[f.index];
                p.assessment
                    .as_ref()
                    .and_then(|a| self.attachments_of(&p.msg, a))
            })
            .collect();
        let listings = references
            .iter()
            .zip(&files)
            .map(|(r, f)| self.listing(r, f.as_deref()))
            .collect();
        let run = Run {
            prepared,
            dedup_ids,
            fresh,
            references,
            files,
            listings,
        };
        let new_tickets: Vec<(TicketRef, NewTicket<'_>)> = run
            .fresh
            .iter()
            .zip(&run.references)
            .map(|(f, r)| (r.clone(), f.plan.new_ticket(&prepared[f.index].msg, f.mail)))
            .collect();
        let mut acks = self.acks_sent_to(tx, &run.fresh, now).await?;
        let mut limits = HourlyLimits::load(tx, &self.config, now).await?;

        // Tickets and journal rows go in on the database's thread while this task renders
        // the acknowledgements (they need the references, not the ticket ids): rendering
        // between the statements kept the database waiting (9 % of the daemon's CPU while
        // draining a backlog, all of it on the batch's critical path). The insert is polled
        // first, so its statement is on its way before rendering starts.
        let (inserted, rendered) = tokio::join!(
            insert_run(tx, &run, &new_tickets, now),
            self.render_run(&run, &mut acks, &mut limits, now)
        );
        let ticket_ids = inserted?;
        let (rendered, alerts) = rendered?;
        self.record_run(tx, &run, &ticket_ids, rendered, &alerts, now)
            .await
    }

    /// The run's messages not journaled yet, in order, each with its ticket worked out. A
    /// Message-ID taken in before under another UID (or twice in the run) sends the whole run
    /// to the one-by-one path, which tells the same mail again from a different one reusing
    /// the id (rare).
    async fn fresh_in_run<'a>(
        &'a self,
        tx: &mut crate::store::Tx,
        prepared: &'a [Prepared],
        dedup_ids: &[String],
    ) -> Result<Vec<Fresh<'a>>, PipelineError> {
        let pos = &prepared[0].msg.position;
        let uids: Vec<u32> = prepared.iter().map(|p| p.msg.position.uid).collect();
        let id_refs: Vec<&str> = dedup_ids.iter().map(String::as_str).collect();
        let (uids_in, ids_in) =
            journaled(tx, &pos.mailbox, pos.uidvalidity, &uids, &id_refs).await?;
        let mut seen = HashSet::new();
        let mut fresh = Vec::new();
        for (index, p) in prepared.iter().enumerate() {
            let (Some(mail), Some(a)) = (&p.msg.parsed, &p.assessment) else {
                unreachable!("opens_plain_ticket checked it")
            };
            if uids_in.contains(&uids[index]) {
                continue;
            }
            if ids_in.contains(&dedup_ids[index]) || !seen.insert(dedup_ids[index].as_str()) {
                return Err(PipelineError::JournaledMeanwhile);
            }
            fresh.push(Fresh {
                index,
                mail,
                plan: self.plan_ticket(&p.msg, mail, a),
            });
        }
        Ok(fresh)
    }

    /// The acknowledgements each of the run's senders got in the last day, for the caps; the
    /// run adds its own as it renders them.
    async fn acks_sent_to(
        &self,
        tx: &mut crate::store::Tx,
        fresh: &[Fresh<'_>],
        now: Timestamp,
    ) -> Result<AcksSent, PipelineError> {
        let (day_ago, window_start) = self.cap_periods(now);
        let mut addresses: Vec<String> = fresh
            .iter()
            .filter_map(|f| f.plan.citizen.as_ref().map(EmailAddress::normal_form))
            .collect();
        addresses.sort_unstable();
        addresses.dedup();
        let address_refs: Vec<&str> = addresses.iter().map(String::as_str).collect();
        let mut by_address: HashMap<String, Vec<AckSent>> = HashMap::new();
        for (to, at, key) in acks_to(tx, &address_refs, day_ago).await? {
            by_address.entry(to).or_default().push((at, key));
        }
        Ok(AcksSent {
            by_address,
            day_ago: crate::store::db_time(day_ago),
            window_start: crate::store::db_time(window_start),
            now: crate::store::db_time(now),
        })
    }

    /// Each new ticket's "opened" event, acknowledgement (or why none) and officer's notice,
    /// in order, with the hourly limits' alerts. No SQL: it runs beside [`insert_run`].
    async fn render_run(
        &self,
        run: &Run<'_>,
        acks: &mut AcksSent,
        limits: &mut HourlyLimits,
        now: Timestamp,
    ) -> Result<(Vec<RenderedForTicket>, Vec<crate::tickets::limits::Alert>), PipelineError> {
        let mut rendered: Vec<RenderedForTicket> = Vec::with_capacity(run.fresh.len());
        for ((f, reference), listing) in run.fresh.iter().zip(&run.references).zip(&run.listings) {
            let cap =
                f.plan.citizen.as_ref().and_then(|citizen| {
                    self.cap_reason(&acks.recent(citizen, &f.plan.subject_key))
                });
            let cap = self.office_cap(&f.plan, cap, limits);
            let ack = self.acknowledgement(reference, &f.plan, f.mail, cap, now)?;
            if let Ok(ack) = &ack {
                acks.add(&ack.rcpt_to, &f.plan.subject_key);
            }
            rendered.push(RenderedForTicket {
                opened: f.plan.opened_event(&run.dedup_ids[f.index]),
                ack,
                notice: self.officer_notice(reference, &f.plan, f.mail, listing, limits, now)?,
            });
        }
        let alerts = limits.alerts(&self.config, now)?;
        Ok((rendered, alerts))
    }

    /// Stores the attachments of the run's tickets that have any: their `attachments` events,
    /// to be recorded after the `opened` events.
    async fn store_run_files(
        &self,
        tx: &mut crate::store::Tx,
        run: &Run<'_>,
        ticket_ids: &[i64],
        now: Timestamp,
    ) -> Result<Vec<(i64, EventKind, serde_json::Value)>, PipelineError> {
        let mut file_events = Vec::new();
        if run.files.iter().all(Option::is_none) {
            return Ok(file_events);
        }
        let uid_of = |f: &Fresh<'_>| run.prepared[f.index].msg.position.uid;
        let uids: Vec<u32> = run
            .fresh
            .iter()
            .zip(&run.files)
            .filter(|(_, files)| files.is_some())
            .map(|(f, _)| uid_of(f))
            .collect();
        let pos = &run.prepared[0].msg.position;
        let rows =
            crate::store::attachments::message_rows(tx, &pos.mailbox, pos.uidvalidity, &uids)
                .await?;
        for ((f, files), &ticket_id) in run.fresh.iter().zip(&run.files).zip(ticket_ids) {
            let Some(files) = files else { continue };
            // Journaled above in this transaction: a missing row means someone else's
            // (the one-by-one path sorts it out, as for any message journaled meanwhile).
            let Some(&row) = rows.get(&uid_of(f)) else {
                return Err(PipelineError::JournaledMeanwhile);
            };
            let (kind, detail) = self
                .store_files(
                    tx,
                    ticket_id,
                    row,
                    &run.dedup_ids[f.index],
                    files,
                    true,
                    now,
                )
                .await?;
            file_events.push((ticket_id, kind, detail));
        }
        Ok(file_events)
    }

    /// Records what the run rendered: the attachments, the events, the outbox rows
    /// (acknowledgements, notices, alerts) and the notices' attachments; one outcome per
    /// message of the run.
    async fn record_run(
        &self,
        tx: &mut crate::store::Tx,
        run: &Run<'_>,
        ticket_ids: &[i64],
        rendered: Vec<RenderedForTicket>,
        alerts: &[crate::tickets::limits::Alert],
        now: Timestamp,
    ) -> Result<Vec<Outcome>, PipelineError> {
        let file_events = self.store_run_files(tx, run, ticket_ids, now).await?;
        let mut events: Vec<(i64, EventKind, serde_json::Value)> = Vec::new();
        // Notices that carry attachments: (dedup key, ticket id, index in `listings`).
        let mut forwarding: Vec<(String, i64, usize)> = Vec::new();
        let mut mails: Vec<(i64, QueuedMail)> = Vec::new();
        let mut outcomes: Vec<Outcome> = vec![Outcome::Duplicate; run.prepared.len()];
        for (k, (((f, reference), &ticket_id), r)) in run
            .fresh
            .iter()
            .zip(&run.references)
            .zip(ticket_ids)
            .zip(rendered)
            .enumerate()
        {
            events.push((ticket_id, EventKind::Opened, r.opened));
            let acknowledged = match r.ack {
                Ok(ack) => {
                    mails.push((ticket_id, ack));
                    true
                }
                Err((kind, detail)) => {
                    events.push((ticket_id, kind, detail));
                    false
                }
            };
            match r.notice {
                Ok(notice) => {
                    if let Some(n) = &notice
                        && !run.listings[k].attached().is_empty()
                    {
                        forwarding.push((n.dedup_key.clone(), ticket_id, k));
                    }
                    mails.extend(notice.map(|n| (ticket_id, n)))
                }
                Err(held) => events.push((ticket_id, EventKind::OfficerNoticeHeld, held)),
            }
            outcomes[f.index] = Outcome::Opened {
                reference: reference.clone(),
                acknowledged,
                service: f.plan.service.map(|s| s.code.clone()),
            };
        }
        events.extend(file_events);
        add_events(tx, &events, now).await?;
        let from = self.config.office.address.as_str();
        let mut rows: Vec<NewOutboxMail<'_>> = mails.iter().map(|(t, m)| m.row(*t, from)).collect();
        rows.extend(alerts.iter().map(|a| a.row(from)));
        enqueue_many(tx, &rows, now).await?;
        for (key, ticket_id, k) in &forwarding {
            self.forward_files(tx, key, *ticket_id, &run.listings[*k])
                .await?;
        }
        for (p, o) in run.prepared.iter().zip(&outcomes) {
            if *o == Outcome::Duplicate {
                tracing::info!(uid = p.msg.position.uid, "already taken in: skipped");
            }
        }
        Ok(outcomes)
    }
}

/// A new ticket of a run: where its message stands in the run, its mail and its plan.
struct Fresh<'a> {
    index: usize,
    mail: &'a ParsedMail,
    plan: TicketPlan<'a>,
}

/// A run of new requests as it is opened: the prepared messages, their journal keys, the
/// ones that become tickets (with their numbers, attachments and attachment listings, in the
/// same order).
struct Run<'a> {
    prepared: &'a [Prepared],
    dedup_ids: Vec<String>,
    fresh: Vec<Fresh<'a>>,
    references: Vec<TicketRef>,
    files: Vec<Option<Arc<Extracted>>>,
    listings: Vec<Listing>,
}

/// The acknowledgements queued to the run's senders (by normal form) in the last day, and
/// the caps' periods as stored, so they compare with the stored times.
struct AcksSent {
    by_address: HashMap<String, Vec<AckSent>>,
    day_ago: String,
    window_start: String,
    now: String,
}

impl AcksSent {
    /// What the caps count for one sender: in the last day, in the window, and in the window
    /// under the same subject.
    fn recent(&self, citizen: &EmailAddress, subject_key: &str) -> RecentAcks {
        let earlier = self
            .by_address
            .get(&citizen.normal_form())
            .map(Vec::as_slice)
            .unwrap_or(&[]);
        let count = |f: &dyn Fn(&AckSent) -> bool| earlier.iter().filter(|e| f(e)).count() as i64;
        RecentAcks {
            last_day: count(&|(at, _)| *at >= self.day_ago),
            in_window: count(&|(at, _)| *at >= self.window_start),
            same_subject_in_window: count(&|(at, key)| {
                *at >= self.window_start && key.as_deref() == Some(subject_key)
            }),
        }
    }

    /// An acknowledgement this run queues, counted for the run's later mails.
    fn add(&mut self, rcpt_to: &str, subject_key: &str) {
        self.by_address
            .entry(crate::domain::normal_form(rcpt_to))
            .or_default()
            .push((self.now.clone(), Some(subject_key.to_string())));
    }
}

/// Ticket numbers for the run's new tickets, in message order within each year: one counter
/// update per year.
async fn number_run(
    tx: &mut crate::store::Tx,
    office: &str,
    fresh: &[Fresh<'_>],
) -> Result<Vec<TicketRef>, PipelineError> {
    let mut per_year: BTreeMap<i16, usize> = BTreeMap::new();
    for f in fresh {
        *per_year.entry(f.plan.year).or_default() += 1;
    }
    let mut numbers: HashMap<i16, std::vec::IntoIter<TicketRef>> = HashMap::new();
    for (&year, &count) in &per_year {
        let refs = next_references(tx, office, year, count).await?;
        numbers.insert(year, refs.into_iter());
    }
    Ok(fresh
        .iter()
        .map(|f| {
            numbers
                .get_mut(&f.plan.year)
                .and_then(Iterator::next)
                .expect("one number per ticket of its year")
        })
        .collect())
}

/// Inserts the run's tickets and then their journal rows (with the ticket ids); the ids in
/// order. A journal row that did not go in was journaled meanwhile by another process: the
/// one-by-one path sorts it out.
async fn insert_run(
    tx: &mut crate::store::Tx,
    run: &Run<'_>,
    new_tickets: &[(TicketRef, NewTicket<'_>)],
    now: Timestamp,
) -> Result<Vec<i64>, PipelineError> {
    let ticket_ids = insert_tickets(tx, new_tickets, now).await?;
    let journal: Vec<NewMessage<'_>> = run
        .fresh
        .iter()
        .zip(&ticket_ids)
        .map(|(f, id)| {
            let msg = &run.prepared[f.index].msg;
            NewMessage {
                mailbox: &msg.position.mailbox,
                uidvalidity: msg.position.uidvalidity,
                uid: msg.position.uid,
                dedup_id: &run.dedup_ids[f.index],
                disposition: Disposition::New.as_str(),
                received_at: msg.received_at,
                from_address: f.mail.from_address.as_deref(),
                subject: Some(f.mail.subject.as_str()),
                size: msg.size,
                raw: &msg.raw,
                quarantine_reason: None,
                ticket_id: Some(*id),
            }
        })
        .collect();
    let inserted = insert_messages(tx, &journal, now).await?;
    if inserted != journal.len() as u64 {
        return Err(PipelineError::JournaledMeanwhile);
    }
    Ok(ticket_ids)
}

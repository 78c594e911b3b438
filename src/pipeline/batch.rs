//! The batch path: a batch of fetched messages in as few transactions as possible, with
//! runs of plain new requests opened together by a few multi-row statements; any failure
//! falls back to the one-message path from there on.

use super::opening::{AckSent, QueuedMail, RenderedForTicket};
use super::*;

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
        run: &[Prepared],
    ) -> Result<Vec<Outcome>, PipelineError> {
        use crate::store::messages::{insert_messages, journaled};
        use crate::store::outbox::enqueue_many;
        use crate::store::tickets::{acks_to, add_events, insert_tickets, next_references};
        let now = self.clock.now();
        let office = &self.config.office;
        let pos = &run[0].msg.position;
        let dedup_ids: Vec<String> = run.iter().map(|p| p.msg.dedup_id()).collect();
        let uids: Vec<u32> = run.iter().map(|p| p.msg.position.uid).collect();
        let id_refs: Vec<&str> = dedup_ids.iter().map(String::as_str).collect();
        let (uids_in, ids_in) =
            journaled(tx, &pos.mailbox, pos.uidvalidity, &uids, &id_refs).await?;
        let mut seen = std::collections::HashSet::new();
        // The run's new tickets: (index in run, mail, plan), in order.
        let mut fresh = Vec::new();
        for (i, p) in run.iter().enumerate() {
            let (Some(mail), Some(a)) = (&p.msg.parsed, &p.assessment) else {
                unreachable!("opens_plain_ticket checked it")
            };
            if uids_in.contains(&uids[i]) {
                continue;
            }
            if ids_in.contains(&dedup_ids[i]) || !seen.insert(dedup_ids[i].as_str()) {
                // A Message-ID taken in before under another UID: the same mail again, or a
                // different one reusing it. The one-by-one path tells them apart (rare).
                return Err(PipelineError::JournaledMeanwhile);
            }
            fresh.push((i, mail, self.plan_ticket(&p.msg, mail, a)));
        }

        // Ticket numbers, in message order within each year.
        let mut per_year: std::collections::BTreeMap<i16, usize> = Default::default();
        for (_, _, plan) in &fresh {
            *per_year.entry(plan.year).or_default() += 1;
        }
        let mut numbers: std::collections::HashMap<i16, std::vec::IntoIter<TicketRef>> =
            Default::default();
        for (&year, &count) in &per_year {
            let refs = next_references(tx, &office.code, year, count).await?;
            numbers.insert(year, refs.into_iter());
        }
        let references: Vec<TicketRef> = fresh
            .iter()
            .map(|(_, _, plan)| {
                numbers
                    .get_mut(&plan.year)
                    .and_then(Iterator::next)
                    .expect("one number per ticket of its year")
            })
            .collect();
        // Attachments (rare): read ahead by the preparer; stored once the tickets have ids.
        let files: Vec<Option<Arc<crate::mail::attachments::Extracted>>> = fresh
            .iter()
            .map(|(i, _, _)| {
                let p = &run[*i];
                p.assessment
                    .as_ref()
                    .and_then(|a| self.attachments_of(&p.msg, a))
            })
            .collect();
        let listings: Vec<crate::outbox::attachments::Listing> = references
            .iter()
            .zip(&files)
            .map(|(r, f)| self.listing(r, f.as_deref()))
            .collect();
        let new_tickets: Vec<(TicketRef, NewTicket<'_>)> = fresh
            .iter()
            .zip(&references)
            .map(|((i, mail, plan), r)| (r.clone(), plan.new_ticket(&run[*i].msg, mail)))
            .collect();

        // The acknowledgement caps: what each sender got in the last day, plus what this run
        // queues for them as it goes.
        let (day_ago, window_start) = self.cap_periods(now);
        let addresses: Vec<String> = {
            let mut a: Vec<String> = fresh
                .iter()
                .filter_map(|(_, _, plan)| plan.citizen.as_ref().map(EmailAddress::normal_form))
                .collect();
            a.sort_unstable();
            a.dedup();
            a
        };
        let mut sent_to: std::collections::HashMap<String, Vec<AckSent>> = Default::default();
        let address_refs: Vec<&str> = addresses.iter().map(String::as_str).collect();
        for (to, at, key) in acks_to(tx, &address_refs, day_ago).await? {
            sent_to.entry(to).or_default().push((at, key));
        }
        let mut limits = HourlyLimits::load(tx, &self.config, now).await?;
        let (day_ago, window_start, now_s) = (
            crate::store::db_time(day_ago),
            crate::store::db_time(window_start),
            crate::store::db_time(now),
        );

        // Tickets and journal rows go in on the database's thread while this task renders
        // the acknowledgements (they need the references, not the ticket ids): rendering
        // between the statements kept the database waiting (9 % of the daemon's CPU while
        // draining a backlog, all of it on the batch's critical path).
        let insert = async {
            let ticket_ids = insert_tickets(tx, &new_tickets, now).await?;
            let journal: Vec<NewMessage<'_>> = fresh
                .iter()
                .zip(&ticket_ids)
                .map(|((i, mail, _), id)| {
                    let msg = &run[*i].msg;
                    NewMessage {
                        mailbox: &msg.position.mailbox,
                        uidvalidity: msg.position.uidvalidity,
                        uid: msg.position.uid,
                        dedup_id: &dedup_ids[*i],
                        disposition: Disposition::New.as_str(),
                        received_at: msg.received_at,
                        from_address: mail.from_address.as_deref(),
                        subject: Some(mail.subject.as_str()),
                        size: msg.size,
                        raw: &msg.raw,
                        quarantine_reason: None,
                        ticket_id: Some(*id),
                    }
                })
                .collect();
            let inserted = insert_messages(tx, &journal, now).await?;
            Ok::<_, PipelineError>((ticket_ids, inserted == journal.len() as u64))
        };
        let render = async {
            let mut rendered: Vec<RenderedForTicket> = Vec::with_capacity(fresh.len());
            for (((i, mail, plan), reference), listing) in
                fresh.iter().zip(&references).zip(&listings)
            {
                let cap = plan.citizen.as_ref().and_then(|citizen| {
                    let earlier = sent_to
                        .get(&citizen.normal_form())
                        .map(Vec::as_slice)
                        .unwrap_or(&[]);
                    let count = |f: &dyn Fn(&AckSent) -> bool| {
                        earlier.iter().filter(|e| f(e)).count() as i64
                    };
                    self.cap_reason(&crate::store::tickets::RecentAcks {
                        last_day: count(&|(at, _)| *at >= day_ago),
                        in_window: count(&|(at, _)| *at >= window_start),
                        same_subject_in_window: count(&|(at, key)| {
                            *at >= window_start && key.as_deref() == Some(plan.subject_key.as_str())
                        }),
                    })
                });
                let cap = self.office_cap(plan, cap, &mut limits);
                let ack = self.acknowledgement(reference, plan, mail, cap, now)?;
                if let Ok(ack) = &ack {
                    sent_to
                        .entry(crate::domain::normal_form(&ack.rcpt_to))
                        .or_default()
                        .push((now_s.clone(), Some(plan.subject_key.clone())));
                }
                rendered.push(RenderedForTicket {
                    opened: plan.opened_event(&dedup_ids[*i]),
                    ack,
                    notice: self.officer_notice(
                        reference,
                        plan,
                        mail,
                        listing,
                        &mut limits,
                        now,
                    )?,
                });
            }
            let alerts = limits.alerts(&self.config, now)?;
            Ok::<_, PipelineError>((rendered, alerts))
        };
        // The insert is polled first, so its statement is on its way before rendering starts.
        let (inserted, rendered) = tokio::join!(insert, render);
        let (ticket_ids, all_journaled) = inserted?;
        if !all_journaled {
            // Journaled meanwhile by another process: the one-by-one path sorts it out.
            return Err(PipelineError::JournaledMeanwhile);
        }

        let mut events: Vec<(i64, EventKind, serde_json::Value)> = Vec::new();
        // The tickets' `attachments` events, recorded after their `opened` events.
        let mut file_events: Vec<(i64, EventKind, serde_json::Value)> = Vec::new();
        if files.iter().any(Option::is_some) {
            let uids: Vec<u32> = fresh
                .iter()
                .zip(&files)
                .filter(|(_, f)| f.is_some())
                .map(|((i, _, _), _)| run[*i].msg.position.uid)
                .collect();
            let rows =
                crate::store::attachments::message_rows(tx, &pos.mailbox, pos.uidvalidity, &uids)
                    .await?;
            for (((i, _, _), f), &ticket_id) in fresh.iter().zip(&files).zip(&ticket_ids) {
                let Some(f) = f else { continue };
                // Journaled above in this transaction: a missing row means someone else's
                // (the one-by-one path sorts it out, as for any message journaled meanwhile).
                let Some(&row) = rows.get(&run[*i].msg.position.uid) else {
                    return Err(PipelineError::JournaledMeanwhile);
                };
                let (kind, detail) = self
                    .store_files(tx, ticket_id, row, &dedup_ids[*i], f, true, now)
                    .await?;
                file_events.push((ticket_id, kind, detail));
            }
        }
        // Notices that carry attachments: (dedup key, ticket id, index in `listings`).
        let mut forwarding: Vec<(String, i64, usize)> = Vec::new();
        let mut mails: Vec<(i64, QueuedMail)> = Vec::new();
        let mut outcomes: Vec<Outcome> = vec![Outcome::Duplicate; run.len()];
        let (rendered, alerts) = rendered?;
        for (k, ((((i, _, plan), reference), &ticket_id), r)) in fresh
            .iter()
            .zip(references)
            .zip(&ticket_ids)
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
                        && !listings[k].attached().is_empty()
                    {
                        forwarding.push((n.dedup_key.clone(), ticket_id, k));
                    }
                    mails.extend(notice.map(|n| (ticket_id, n)))
                }
                Err(held) => events.push((ticket_id, EventKind::OfficerNoticeHeld, held)),
            }
            outcomes[*i] = Outcome::Opened {
                reference,
                acknowledged,
                service: plan.service.map(|s| s.code.clone()),
            };
        }
        events.extend(file_events);
        add_events(tx, &events, now).await?;
        let from = office.address.as_str();
        let mut rows: Vec<NewOutboxMail<'_>> = mails.iter().map(|(t, m)| m.row(*t, from)).collect();
        rows.extend(alerts.iter().map(|a| a.row(from)));
        enqueue_many(tx, &rows, now).await?;
        for (key, ticket_id, k) in &forwarding {
            self.forward_files(tx, key, *ticket_id, &listings[*k])
                .await?;
        }
        for (p, o) in run.iter().zip(&outcomes) {
            if *o == Outcome::Duplicate {
                tracing::info!(uid = p.msg.position.uid, "already taken in: skipped");
            }
        }
        Ok(outcomes)
    }
}

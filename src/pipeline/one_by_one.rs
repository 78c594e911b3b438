//! The one-message path: a message's journal row, then what its disposition asks for — an
//! officer's commands, a follow-up appended, a reopened ticket, or a new ticket — inside the
//! caller's transaction.

use super::*;
use crate::domain::Ticket;

impl Pipeline {
    /// One message's whole path inside the caller's transaction; the caller moves the cursor.
    /// `assessed`: the message's assessment when a [`Preparer`] made it already.
    pub(super) async fn process_in(
        &self,
        tx: &mut crate::store::Tx,
        msg: &InboundMessage,
        assessed: Option<&Assessment>,
        replacing: Option<i64>,
    ) -> Result<Outcome, PipelineError> {
        let now = self.clock.now();
        let dedup_id = msg.dedup_id();
        tracing::Span::current().record("message_id", dedup_id.as_str());
        let pos = &msg.position;

        let quarantine_reason = self.quarantine_reason(msg);
        let assessment = msg
            .parsed
            .as_ref()
            .filter(|_| quarantine_reason.is_none())
            .map(|p| assessed.cloned().unwrap_or_else(|| self.assess(p)));
        // The officer's reply commands (`#resolve` …), only from the officer's address.
        let commands = self.officer_commands(msg, assessment.as_ref());
        let disposition = match (&quarantine_reason, &assessment) {
            (Some(_), _) | (_, None) => "quarantined",
            (None, Some(_)) if !commands.is_empty() => "officer-command",
            (None, Some(a)) => a.triage.disposition.as_str(),
        };

        if let Some(row) = replacing {
            delete_quarantined(tx, row).await?;
        }
        let journal = NewMessage {
            mailbox: &pos.mailbox,
            uidvalidity: pos.uidvalidity,
            uid: pos.uid,
            dedup_id: &dedup_id,
            disposition,
            received_at: msg.received_at,
            from_address: msg.parsed.as_ref().and_then(|p| p.from_address.as_deref()),
            subject: msg.parsed.as_ref().map(|p| p.subject.as_str()),
            size: msg.size,
            raw: &msg.raw,
            quarantine_reason: quarantine_reason.as_deref(),
            ticket_id: None,
        };
        let Some((message_row, dedup_id)) = self.journal(tx, msg, journal, now).await? else {
            return Ok(Outcome::Duplicate);
        };

        let outcome = match (quarantine_reason, assessment, &msg.parsed) {
            (reason, None, _) | (reason @ Some(_), _, _) => {
                let reason = reason.unwrap_or_else(|| "not assessed".into());
                tracing::warn!(%reason, "message quarantined for the officer");
                Outcome::Quarantined { reason }
            }
            (None, Some(_), Some(mail)) if !commands.is_empty() => {
                let ran = commands::run(self, tx, mail, &commands, &dedup_id, now).await?;
                Outcome::Commands {
                    applied: ran.applied,
                    refused: ran.refused,
                }
            }
            (None, Some(a), Some(mail)) => {
                self.take_assessed(tx, msg, mail, &a, message_row, &dedup_id, now)
                    .await?
            }
            (None, Some(_), None) => unreachable!("an assessment exists only for a parsed message"),
        };
        Ok(outcome)
    }

    /// What an assessed mail's disposition asks for: a request taken (new ticket or
    /// follow-up), a bounce recorded, an auto-reply noted; nothing else is answered.
    #[allow(clippy::too_many_arguments)]
    async fn take_assessed(
        &self,
        tx: &mut crate::store::Tx,
        msg: &InboundMessage,
        mail: &ParsedMail,
        a: &Assessment,
        message_row: i64,
        dedup_id: &str,
        now: Timestamp,
    ) -> Result<Outcome, PipelineError> {
        Ok(match a.triage.disposition {
            Disposition::New | Disposition::Followup => {
                self.take_request(tx, msg, mail, a, message_row, dedup_id, now)
                    .await?
            }
            Disposition::Bounce => {
                self.record_bounce(tx, msg, a.bounce.as_ref(), message_row, now)
                    .await?;
                Outcome::Ignored {
                    disposition: Disposition::Bounce,
                }
            }
            Disposition::AutoReply => {
                self.record_auto_reply(tx, mail, dedup_id, message_row, now)
                    .await?;
                tracing::info!(why = ?a.triage.reasons, "auto-reply: not answered");
                Outcome::Ignored {
                    disposition: Disposition::AutoReply,
                }
            }
            other => {
                tracing::info!(disposition = other.as_str(), why = ?a.triage.reasons, "not answered");
                Outcome::Ignored { disposition: other }
            }
        })
    }

    /// Why a message cannot be assessed (unparseable, oversize), if it cannot.
    fn quarantine_reason(&self, msg: &InboundMessage) -> Option<String> {
        match &msg.parsed {
            None => {
                Some("unparseable: the MIME parser found no message in these bytes".to_string())
            }
            Some(_) if msg.truncated => Some(format!(
                "oversize: {} bytes, limit {} (only the header was fetched)",
                msg.size, self.config.imap.max_message_size
            )),
            Some(_) => None,
        }
    }

    /// The officer's reply commands (`#resolve` …), only from the officer's address.
    fn officer_commands(
        &self,
        msg: &InboundMessage,
        assessment: Option<&Assessment>,
    ) -> Vec<crate::triage::officer::Command> {
        match (&msg.parsed, assessment) {
            (Some(mail), Some(a))
                if matches!(
                    a.triage.disposition,
                    Disposition::New | Disposition::Followup
                ) && mail
                    .from_address
                    .as_deref()
                    .is_some_and(|f| self.config.office.officer_email.same_as(f)) =>
            {
                crate::triage::officer::parse(&mail.text, &self.config.office.code)
            }
            _ => Vec::new(),
        }
    }

    /// Journals the message; `None` when it was taken in already. A different mail that
    /// reuses a Message-ID taken in before is journaled under a second id (see
    /// [`Pipeline::reused_message_id`]). Returns the row and the id it was journaled under.
    async fn journal(
        &self,
        tx: &mut crate::store::Tx,
        msg: &InboundMessage,
        journal: NewMessage<'_>,
        now: Timestamp,
    ) -> Result<Option<(i64, String)>, PipelineError> {
        let second_id;
        let mut journal = journal;
        let row = match insert_message(tx, &journal, now).await? {
            Some(row) => row,
            None => match self.reused_message_id(tx, msg, journal.dedup_id).await? {
                None => {
                    tracing::info!("already taken in: skipped");
                    return Ok(None);
                }
                Some(id) => {
                    second_id = id;
                    journal.dedup_id = &second_id;
                    let Some(row) = insert_message(tx, &journal, now).await? else {
                        tracing::info!("already taken in (a reused Message-ID): skipped");
                        return Ok(None);
                    };
                    tracing::warn!(journaled_as = %second_id, "a different mail reuses a Message-ID taken in before: taken in as its own");
                    row
                }
            },
        };
        Ok(Some((row, journal.dedup_id.to_string())))
    }

    /// A new request or a follow-up: appended to the ticket it names when its writer may
    /// join it (a resolved one reopened within the window), else opened as a new ticket.
    #[allow(clippy::too_many_arguments)]
    async fn take_request(
        &self,
        tx: &mut crate::store::Tx,
        msg: &InboundMessage,
        mail: &ParsedMail,
        a: &Assessment,
        message_row: i64,
        dedup_id: &str,
        now: Timestamp,
    ) -> Result<Outcome, PipelineError> {
        let named = self.named_ticket(tx, mail, a).await?;
        // Only the ticket's own people join it (see `may_join`); anyone else
        // who names it writes a new request, and the named ticket gets a note.
        let mut mentioned = None;
        let existing = match named {
            Some((r, t)) if self.may_join(tx, mail, &r, &t).await? => Some((r, t)),
            Some((r, t)) => {
                mentioned = Some((r, t.id));
                None
            }
            None => None,
        };
        let existing = match existing {
            Some((r, t)) => {
                self.joined_or_reopened(tx, mail, dedup_id, r, t, now)
                    .await?
            }
            None => None,
        };
        match existing {
            Some((reference, id)) => {
                tracing::Span::current().record("ticket", reference.to_string().as_str());
                link_ticket(tx, message_row, id).await?;
                // Stored before the follow-up is taken, so that the officer's notice of it
                // can carry them; their event still follows the follow-up's.
                let files = match self.attachments_of(msg, a) {
                    Some(files) => Some(
                        self.store_files(tx, id, message_row, dedup_id, &files, false, now)
                            .await?,
                    ),
                    None => None,
                };
                let files_detail = files.as_ref().map(|(_, detail)| detail);
                self.take_followup(tx, mail, a, &reference, id, dedup_id, files_detail, now)
                    .await?;
                if let Some((kind, detail)) = files {
                    add_event(tx, id, kind, &detail, now).await?;
                }
                tracing::info!("follow-up appended to its ticket");
                Ok(Outcome::Appended { reference })
            }
            None => {
                let opened = self
                    .open_ticket(tx, msg, mail, a, message_row, dedup_id, now)
                    .await?;
                if let Some((named, named_id)) = mentioned {
                    self.note_mention(tx, mail, dedup_id, named_id, &opened, now)
                        .await?;
                    tracing::info!(named = %named, "a mail from outside the ticket named it: opened as a new request");
                }
                Ok(opened)
            }
        }
    }

    /// The ticket the mail names: a follow-up's ticket, or a reference only in the text (a
    /// rewritten subject, our quoted acknowledgement); `may_join` decides whether the writer
    /// may join it.
    async fn named_ticket(
        &self,
        tx: &mut crate::store::Tx,
        mail: &ParsedMail,
        a: &Assessment,
    ) -> Result<Option<(TicketRef, Ticket)>, PipelineError> {
        Ok(match &a.triage.ticket_ref {
            Some(r) if a.triage.disposition == Disposition::Followup => {
                ticket_in_tx(tx, r).await?.map(|t| (r.clone(), t))
            }
            _ => match quoted_reference(mail, &self.config.office.code) {
                Some(r) => ticket_in_tx(tx, &r).await?.map(|t| (r, t)),
                None => None,
            },
        })
    }

    /// A mail joining its ticket: an open ticket takes it; a resolved one is reopened within
    /// the reopen window (after it, the citizen is asking something new: `None`), except
    /// for a status question, which is answered (it says resolved) without reopening.
    async fn joined_or_reopened(
        &self,
        tx: &mut crate::store::Tx,
        mail: &ParsedMail,
        dedup_id: &str,
        r: TicketRef,
        t: Ticket,
        now: Timestamp,
    ) -> Result<Option<(TicketRef, i64)>, PipelineError> {
        if !t.status.is_done()
            || crate::tickets::status_answer::is_citizens_status_request(&t, mail)
        {
            return Ok(Some((r, t.id)));
        }
        let window = jiff::SignedDuration::from_hours(24 * self.config.reopen_window_days as i64);
        let resolved_at = t
            .resolved_at
            .as_deref()
            .and_then(|d| d.parse::<Timestamp>().ok());
        if resolved_at.is_none_or(|at| now - window > at) {
            return Ok(None);
        }
        set_status(tx, t.id, TicketStatus::Open, None).await?;
        let detail = serde_json::json!({ "by": mail.from_address, "message_id": dedup_id });
        add_event(tx, t.id, EventKind::Reopened, &detail, now).await?;
        Ok(Some((r, t.id)))
    }

    /// A follow-up joined its ticket (issue 16): recorded with its new text; the citizen's
    /// status request answered; a ticket waiting for its citizen open again; the officer
    /// told (rate-limited per ticket, see [`crate::tickets::followups`]), with the message's
    /// attachments (`files`: their `attachments` event's detail, stored already). The
    /// officer's own mail and status requests are not notified.
    #[allow(clippy::too_many_arguments)]
    async fn take_followup(
        &self,
        tx: &mut crate::store::Tx,
        mail: &ParsedMail,
        a: &Assessment,
        reference: &TicketRef,
        id: i64,
        dedup_id: &str,
        files: Option<&serde_json::Value>,
        now: Timestamp,
    ) -> Result<(), PipelineError> {
        use crate::tickets::{followups, status_answer, waiting};
        let t = ticket_in_tx(tx, reference)
            .await?
            .ok_or_else(|| StoreError::NoSuchTicket(reference.to_string()))?;
        let from_officer = mail
            .from_address
            .as_deref()
            .is_some_and(|f| self.config.office.officer_email.same_as(f));
        let status_request = !from_officer && status_answer::is_citizens_status_request(&t, mail);
        let mut detail = serde_json::json!({
            "message_id": dedup_id, "from": mail.from_address, "subject": mail.subject,
            "why": a.triage.reasons,
        });
        if let (Some(d), serde_json::Value::Object(text)) = (
            detail.as_object_mut(),
            followups::event_text(&mail.text, !from_officer && !status_request),
        ) {
            d.extend(text);
        }
        if let (Some(d), Some(serde_json::Value::Object(named))) = (
            detail.as_object_mut(),
            files.map(followups::event_attachments),
        ) {
            d.extend(named);
        }
        add_event(tx, id, EventKind::Followup, &detail, now).await?;
        if from_officer {
            return Ok(());
        }
        if status_answer::answer_in(self, tx, &t, mail, dedup_id, now).await?
            == status_answer::Asked::Handled
        {
            // A status question is not the answer the officer waits for: still waiting.
            return Ok(());
        }
        waiting::citizen_answered(self, tx, &t, mail.from_address.as_deref(), dedup_id, now)
            .await?;
        followups::notify_in(self, tx, &t, now).await?;
        Ok(())
    }

    /// When journaling `msg` found its dedup id taken: `None` if it is the same mail again
    /// (the same UID, or the same content under that Message-ID: nothing to do), else the id
    /// to journal this different mail under (`<Message-ID>#<content fingerprint>`), so that a
    /// second mail reusing a Message-ID becomes a request of its own instead of vanishing.
    pub(super) async fn reused_message_id(
        &self,
        tx: &mut crate::store::Tx,
        msg: &InboundMessage,
        dedup_id: &str,
    ) -> Result<Option<String>, PipelineError> {
        use crate::store::messages::{journaled_fingerprint, uid_journaled};
        let pos = &msg.position;
        if uid_journaled(tx, &pos.mailbox, pos.uidvalidity, pos.uid).await? {
            return Ok(None);
        }
        let Some(earlier) = journaled_fingerprint(tx, &pos.mailbox, dedup_id).await? else {
            return Ok(None);
        };
        let fingerprint = msg.content_fingerprint();
        if earlier == fingerprint {
            return Ok(None);
        }
        Ok(Some(format!("{dedup_id}#{fingerprint}")))
    }

    /// Whether a mail that names ticket `t` may join it as a follow-up (and reopen it): it
    /// comes from the ticket's citizen (the address answered or any address the ticket's
    /// mail came from, compared in [`crate::domain::normal_form`]) or the office's officer,
    /// or it replies to a mail we sent for this ticket (its Message-ID is random, so knowing
    /// it proves the writer saw our mail). A ticket's number alone is sequential and
    /// guessable: a stranger who writes it in a subject must not reopen a citizen's ticket
    /// or write into its history.
    pub(super) async fn may_join(
        &self,
        tx: &mut crate::store::Tx,
        mail: &ParsedMail,
        reference: &TicketRef,
        t: &crate::store::tickets::Ticket,
    ) -> Result<bool, PipelineError> {
        use crate::domain::normal_form;
        use crate::store::tickets::{is_our_mail_of, ticket_senders};
        let senders: Vec<String> = [mail.from_address.as_deref(), mail.reply_to.as_deref()]
            .into_iter()
            .flatten()
            .map(normal_form)
            .collect();
        if mail
            .from_address
            .as_deref()
            .is_some_and(|f| self.config.office.officer_email.same_as(f))
        {
            return Ok(true);
        }
        let mut known = vec![normal_form(&t.citizen_email)];
        known.extend(
            ticket_senders(tx, t.id)
                .await?
                .iter()
                .map(|a| normal_form(a)),
        );
        if senders.iter().any(|s| known.contains(s)) {
            return Ok(true);
        }
        for id in mail.in_reply_to.iter().chain(&mail.references) {
            if crate::domain::ticket_of_our_message_id(id).as_ref() == Some(reference)
                && is_our_mail_of(tx, t.id, id).await?
            {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// Records on a ticket that a mail from outside it named it, and which ticket that mail
    /// opened instead: the officer sees the link, the named ticket's status is unchanged.
    pub(super) async fn note_mention(
        &self,
        tx: &mut crate::store::Tx,
        mail: &ParsedMail,
        dedup_id: &str,
        named_id: i64,
        opened: &Outcome,
        now: Timestamp,
    ) -> Result<(), PipelineError> {
        let opened_as = match opened {
            Outcome::Opened { reference, .. } => Some(reference.to_string()),
            _ => None,
        };
        let detail = serde_json::json!({
            "from": mail.from_address,
            "message_id": dedup_id,
            "opened_as": opened_as,
            "why": "the sender is not this ticket's citizen and the mail does not reply to ours",
        });
        add_event(tx, named_id, EventKind::Mentioned, &detail, now).await?;
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    pub(super) async fn open_ticket(
        &self,
        tx: &mut crate::store::Tx,
        msg: &InboundMessage,
        mail: &ParsedMail,
        assessment: &Assessment,
        message_row: i64,
        dedup_id: &str,
        now: Timestamp,
    ) -> Result<Outcome, PipelineError> {
        let plan = self.plan_ticket(msg, mail, assessment);
        let reference = next_reference(tx, &self.config.office.code, plan.year).await?;
        tracing::Span::current().record("ticket", reference.to_string().as_str());
        let ticket_id = insert_ticket(tx, &reference, &plan.new_ticket(msg, mail), now).await?;
        link_ticket(tx, message_row, ticket_id).await?;
        add_event(
            tx,
            ticket_id,
            EventKind::Opened,
            &plan.opened_event(dedup_id),
            now,
        )
        .await?;

        let files = self.attachments_of(msg, assessment);
        let listing = self.listing(&reference, files.as_deref());
        if let Some(files) = &files {
            let (kind, detail) = self
                .store_files(tx, ticket_id, message_row, dedup_id, files, true, now)
                .await?;
            add_event(tx, ticket_id, kind, &detail, now).await?;
        }

        let cap = self.sender_cap(tx, &plan, now).await?;
        let mut limits = HourlyLimits::load(tx, &self.config, now).await?;
        let cap = self.office_cap(&plan, cap, &mut limits);
        let mut mails = Vec::new();
        let acknowledged = match self.acknowledgement(&reference, &plan, mail, cap, now)? {
            Ok(ack) => {
                mails.push(ack);
                true
            }
            Err((kind, detail)) => {
                add_event(tx, ticket_id, kind, &detail, now).await?;
                false
            }
        };
        match self.officer_notice(&reference, &plan, mail, &listing, &mut limits, now)? {
            Ok(notice) => mails.extend(notice),
            Err(held) => add_event(tx, ticket_id, EventKind::OfficerNoticeHeld, &held, now).await?,
        }
        for m in &mails {
            enqueue(
                tx,
                &m.row(ticket_id, self.config.office.address.as_str()),
                now,
            )
            .await?;
            if m.kind == crate::domain::OutboxKind::OfficerNew {
                self.forward_files(tx, &m.dedup_key, ticket_id, &listing)
                    .await?;
            }
        }
        let acknowledged = match &assessment.triage.hold_ack {
            Some(reason) if acknowledged => {
                hold_ack(tx, ticket_id, &reference, reason, now).await?;
                false
            }
            _ => acknowledged,
        };
        for alert in limits.alerts(&self.config, now)? {
            enqueue(tx, &alert.row(self.config.office.address.as_str()), now).await?;
        }
        Ok(Outcome::Opened {
            reference,
            acknowledged,
            service: plan.service.map(|s| s.code.clone()),
        })
    }
}

impl Pipeline {
    /// Why the citizen gets no acknowledgement this time (too many to one sender in a day,
    /// in the window, or under the same subject), if a cap applies.
    async fn sender_cap(
        &self,
        tx: &mut crate::store::Tx,
        plan: &super::opening::TicketPlan<'_>,
        now: Timestamp,
    ) -> Result<Option<String>, PipelineError> {
        let Some(citizen) = &plan.citizen else {
            return Ok(None);
        };
        let (day_ago, window_start) = self.cap_periods(now);
        let recent = recent_acks(
            tx,
            citizen.as_str(),
            &plan.subject_key,
            day_ago,
            window_start,
        )
        .await?;
        Ok(self.cap_reason(&recent))
    }
}

/// A doubtful request: its queued acknowledgement is held for the officer, who may release it.
async fn hold_ack(
    tx: &mut crate::store::Tx,
    ticket_id: i64,
    reference: &TicketRef,
    reason: &str,
    now: Timestamp,
) -> Result<(), PipelineError> {
    crate::store::outbox::hold(tx, &format!("ack:{reference}")).await?;
    crate::store::tickets::mark_ack_held(tx, ticket_id).await?;
    let detail = serde_json::json!({
        "reason": reason,
        "release": format!("sebadesk tickets release {reference}"),
    });
    add_event(tx, ticket_id, EventKind::AckHeld, &detail, now).await?;
    tracing::info!(ticket = %reference, %reason, "doubtful request: acknowledgement held for the officer");
    Ok(())
}

/// A reference to one of `office`'s tickets in the mail's text — typically inside the quoted
/// acknowledgement of a reply whose subject was rewritten. Counts only through `may_join`:
/// from the ticket's citizen or in reply to our mail; anyone else writes a new request.
pub(super) fn quoted_reference(mail: &ParsedMail, office: &str) -> Option<TicketRef> {
    TicketRef::find_in(&mail.text, office)
}

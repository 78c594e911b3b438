//! Working out a new ticket before any SQL, shared by both paths: service and deadline,
//! whom to answer, the acknowledgement and the officer's notice with their hourly caps.

use super::*;
use crate::domain::OutboxKind;

impl Pipeline {
    /// Works out a new ticket (service, deadline, whom to answer) before any SQL.
    pub(super) fn plan_ticket(
        &self,
        msg: &InboundMessage,
        mail: &ParsedMail,
        assessment: &Assessment,
    ) -> TicketPlan<'_> {
        let office = &self.config.office;
        let classification = assessment
            .classification
            .clone()
            .unwrap_or_else(|| Classification {
                service: None,
                confidence: 0.0,
                reasons: vec![],
            });
        let service = classification
            .service
            .as_deref()
            .and_then(|c| self.config.charter.get(c));
        let deadline = service.map(|s| self.calendar.deadline(msg.received_at, s.sla_working_days));
        let year = msg
            .received_at
            .to_zoned_datetime(office.timezone.clone())
            .year();
        // Reply-To names where the sender wants answers; else From.
        let citizen = mail
            .reply_to
            .as_deref()
            .and_then(|a| EmailAddress::parse(a).ok())
            .or_else(|| {
                mail.from_address
                    .as_deref()
                    .and_then(|a| EmailAddress::parse(a).ok())
            });
        let sender_verified = self.sender_verified(mail, citizen.as_ref());
        let citizen_email = citizen
            .as_ref()
            .map(|c| c.as_str().to_string())
            .or(mail.from_address.clone())
            .unwrap_or_default();
        let classification_json = serde_json::json!({
            "reasons": classification.reasons,
            "triage": assessment.triage.reasons,
        })
        .to_string();
        TicketPlan {
            office: &office.code,
            service,
            deadline,
            year,
            citizen,
            citizen_email,
            classification_json,
            subject_key: triage::subject_key(&mail.subject),
            officer_token: crate::triage::officer::new_token(),
            sender_verified,
            hold_ack: assessment.triage.hold_ack.clone(),
            classification,
        }
    }

    /// Whether the office's own MX authenticated the From domain (SPF, DKIM or DMARC, in an
    /// `Authentication-Results` header it stamped) and the answer goes to that From address.
    pub(super) fn sender_verified(
        &self,
        mail: &ParsedMail,
        citizen: Option<&EmailAddress>,
    ) -> bool {
        let (Some(from), Some(citizen)) = (mail.from_address.as_deref(), citizen) else {
            return false;
        };
        let domain = from.rsplit_once('@').map(|(_, d)| d).unwrap_or("");
        citizen.normal_form() == crate::domain::normal_form(from)
            && crate::triage::auth_results::sender_verified(
                &mail.headers,
                &self.config.hygiene.trusted_authserv_ids,
                domain,
            )
    }

    /// The start of the last day and of the acknowledgement window (see
    /// [`crate::config::HygieneConfig`]).
    pub(super) fn cap_periods(&self, now: Timestamp) -> (Timestamp, Timestamp) {
        let h = &self.config.hygiene;
        (
            now - jiff::SignedDuration::from_hours(24),
            now - jiff::SignedDuration::from_secs(h.ack_window.as_secs() as i64),
        )
    }

    /// Why an acknowledgement must not go out now, given what the address got recently.
    pub(super) fn cap_reason(&self, recent: &crate::store::tickets::RecentAcks) -> Option<String> {
        let h = &self.config.hygiene;
        let window_h = h.ack_window.as_secs_f64() / 3600.0;
        if recent.last_day >= h.ack_limit_per_day as i64 {
            Some(format!(
                "{} acknowledgements to this address in 24 h (limit {})",
                recent.last_day, h.ack_limit_per_day
            ))
        } else if recent.in_window >= h.ack_limit_per_window as i64 {
            Some(format!(
                "{} acknowledgements to this address in {window_h} h (limit {})",
                recent.in_window, h.ack_limit_per_window
            ))
        } else if recent.same_subject_in_window > 0 {
            Some(format!(
                "this address was acknowledged for the same subject within {window_h} h"
            ))
        } else {
            None
        }
    }

    /// The citizen's acknowledgement, or — when there is no valid address or `cap` gives a
    /// reason — the event to record on the ticket instead.
    #[allow(clippy::type_complexity)]
    pub(super) fn acknowledgement(
        &self,
        reference: &TicketRef,
        plan: &TicketPlan<'_>,
        mail: &ParsedMail,
        cap: Option<String>,
        now: Timestamp,
    ) -> Result<Result<QueuedMail, (EventKind, serde_json::Value)>, PipelineError> {
        let service = plan.service.map(|s| s.code.as_str());
        let Some(citizen) = &plan.citizen else {
            tracing::warn!(ticket = %reference, "ticket opened without acknowledgement: no valid reply address");
            let detail = serde_json::json!({ "reason": "no valid From or Reply-To address" });
            return Ok(Err((EventKind::NotAcknowledged, detail)));
        };
        if let Some(reason) = cap {
            tracing::warn!(ticket = %reference, to = %citizen, %reason, "ticket opened, acknowledgement suppressed");
            let detail = serde_json::json!({ "reason": reason, "to": citizen.as_str() });
            return Ok(Err((EventKind::AckSuppressed, detail)));
        }
        let rendered = render::acknowledgement(
            &Acknowledgement {
                office: &self.config.office,
                reference,
                service: plan.service,
                deadline: plan.deadline.as_ref(),
                citizen,
                // An unverified sender's words are not repeated: the acknowledgement of a
                // forged From would carry them to whoever the forger named.
                citizen_name: mail.from_name.as_deref().filter(|_| plan.sender_verified),
                original_subject: if plan.sender_verified {
                    &mail.subject
                } else {
                    ""
                },
                original_message_id: mail.message_id.as_deref(),
                original_references: &mail.references,
            },
            now,
        )?;
        tracing::info!(ticket = %reference, service, to = %citizen, "ticket opened, acknowledgement queued");
        Ok(Ok(QueuedMail {
            kind: OutboxKind::Ack,
            dedup_key: format!("ack:{reference}"),
            rcpt_to: citizen.as_str().to_string(),
            message_id: rendered.message_id,
            raw: rendered.raw,
        }))
    }

    /// The officer's notice of a new ticket (with its reply token), when enabled; queued
    /// after the citizen's acknowledgement so that the acknowledgement leaves first.
    /// `Err(detail)`: the notice is held by an hourly limit (see [`HourlyLimits`]); the detail
    /// is recorded on the ticket.
    #[allow(clippy::type_complexity)]
    pub(super) fn officer_notice(
        &self,
        reference: &TicketRef,
        plan: &TicketPlan<'_>,
        mail: &ParsedMail,
        files: &crate::outbox::attachments::Listing,
        limits: &mut HourlyLimits,
        now: Timestamp,
    ) -> Result<Result<Option<QueuedMail>, serde_json::Value>, PipelineError> {
        if !self.config.reminders.notify_new {
            return Ok(Ok(None));
        }
        if let Err(reason) = limits.take_notice(&self.config, &plan.citizen_email) {
            tracing::info!(ticket = %reference, %reason, "new-ticket notice held");
            return Ok(Err(serde_json::json!({ "reason": reason })));
        }
        let office = &self.config.office;
        let line = crate::outbox::officer_mail::TicketLine {
            reference: reference.clone(),
            token: plan.officer_token.clone(),
            service_bn: plan.service.map(|s| s.name_bn.clone()),
            service_en: plan.service.map(|s| s.name_en.clone()),
            citizen: plan.citizen_email.clone(),
            subject: mail.subject.clone(),
            due: plan.deadline.as_ref().map(|d| d.due.clone()),
        };
        let officer = &office.officer_email;
        let held = plan.hold_ack.as_deref();
        let (text, cut) = crate::outbox::conversation::excerpt(
            &mail.text,
            crate::outbox::conversation::EXCERPT_MAX_CHARS,
        );
        let request = crate::outbox::conversation::RequestView {
            citizen_name: mail.from_name.clone(),
            text,
            cut,
            confidence: plan.classification.confidence,
            reasons: plan.classification.reasons.clone(),
        };
        let notice = crate::outbox::officer_mail::opened(
            office,
            officer,
            &line,
            held,
            Some(&request),
            files,
            now,
        )?;
        Ok(Ok(Some(QueuedMail {
            kind: OutboxKind::OfficerNew,
            dedup_key: format!("officer-new:{reference}"),
            rcpt_to: officer.as_str().to_string(),
            message_id: notice.message_id,
            raw: notice.raw,
        })))
    }

    /// The per-address cap's reason, else the office's hourly budget's (an acknowledgement
    /// that would go out takes one from it).
    pub(super) fn office_cap(
        &self,
        plan: &TicketPlan<'_>,
        cap: Option<String>,
        limits: &mut HourlyLimits,
    ) -> Option<String> {
        if cap.is_some() || plan.citizen.is_none() {
            return cap;
        }
        limits.take_ack(&self.config).err()
    }
}

/// A new ticket worked out before any SQL: shared by [`Pipeline::open_ticket`] (one
/// message) and [`Pipeline::open_tickets`] (a run of new requests).
pub(super) struct TicketPlan<'a> {
    pub(super) office: &'a str,
    pub(super) classification: Classification,
    pub(super) service: Option<&'a crate::config::charter::Service>,
    pub(super) deadline: Option<crate::sla::Deadline>,
    pub(super) year: i16,
    pub(super) citizen: Option<EmailAddress>,
    pub(super) citizen_email: String,
    pub(super) classification_json: String,
    pub(super) subject_key: String,
    pub(super) officer_token: String,
    /// The office's MX vouched for the From domain, and the acknowledgement goes to the From
    /// address (see [`crate::triage::auth_results`]).
    pub(super) sender_verified: bool,
    /// Why the acknowledgement is held for the officer (a doubtful request), if it is.
    pub(super) hold_ack: Option<String>,
}

impl TicketPlan<'_> {
    pub(super) fn new_ticket<'t>(
        &'t self,
        msg: &InboundMessage,
        mail: &'t ParsedMail,
    ) -> NewTicket<'t> {
        NewTicket {
            office: self.office,
            service: self.service.map(|s| s.code.as_str()),
            confidence: Some(self.classification.confidence),
            classification: &self.classification_json,
            citizen_email: &self.citizen_email,
            citizen_name: mail.from_name.as_deref(),
            subject: &mail.subject,
            subject_key: &self.subject_key,
            received_at: msg.received_at,
            receipt_day: self.deadline.as_ref().map(|d| d.receipt_day.to_string()),
            due_at: self.deadline.as_ref().map(|d| d.due.timestamp()),
            officer_token: &self.officer_token,
            original_message_id: mail.message_id.as_deref(),
        }
    }

    pub(super) fn opened_event(&self, dedup_id: &str) -> serde_json::Value {
        let deadline = self.deadline.as_ref();
        serde_json::json!({
            "message_id": dedup_id,
            "service": self.service.map(|s| &s.code),
            "confidence": self.classification.confidence,
            "why": self.classification.reasons,
            "due": deadline.map(|d| d.due.to_string()),
            "skipped_days": deadline.map(|d| d.skipped.iter().map(|s| format!("{} {}", s.date, s.reason)).collect::<Vec<_>>()),
        })
    }
}

/// An acknowledgement already queued to an address: when (as stored), and the subject key
/// of its ticket.
pub(super) type AckSent = (String, Option<String>);

/// What a new ticket of a batch gets besides its row: its "opened" event, the citizen's
/// acknowledgement (or the event saying why there is none) and the officer's notice.
pub(super) struct RenderedForTicket {
    pub(super) opened: serde_json::Value,
    pub(super) ack: Result<QueuedMail, (EventKind, serde_json::Value)>,
    /// `Err`: held by an hourly limit, with the event's detail.
    pub(super) notice: Result<Option<QueuedMail>, serde_json::Value>,
}

/// A rendered mail for a new ticket, before it is queued.
pub(super) struct QueuedMail {
    pub(super) kind: OutboxKind,
    pub(super) dedup_key: String,
    pub(super) rcpt_to: String,
    pub(super) message_id: String,
    pub(super) raw: Vec<u8>,
}

impl QueuedMail {
    pub(super) fn row<'m>(&'m self, ticket_id: i64, mail_from: &'m str) -> NewOutboxMail<'m> {
        NewOutboxMail {
            ticket_id: Some(ticket_id),
            kind: self.kind.as_str(),
            dedup_key: &self.dedup_key,
            mail_from,
            rcpt_to: &self.rcpt_to,
            message_id: &self.message_id,
            raw: &self.raw,
        }
    }
}

//! An office's hourly limits on what a flood of mail can make it send: acknowledgements
//! (`hygiene.ack_limit_per_hour`: forged senders are many addresses, so the per-address caps
//! alone let 30 forged senders get 30 genuine replies from a government domain) and new-ticket
//! notices to the officer (`hygiene.notice_limit_per_sender`, `hygiene.notice_limit_per_hour`:
//! one sender's 200 mails made 200 notices). Tickets always open; what is held is recorded on
//! the ticket, and the officer gets one alert per limit per hour.
//!
//! [`HourlyLimits`] is read once per ingest transaction and then counts what that transaction
//! queues, so a batch of requests sees its own acknowledgements.

use crate::domain::OutboxKind;
use std::collections::HashMap;

use jiff::Timestamp;

use crate::config::Config;
use crate::domain::normal_form;
use crate::outbox::officer_mail::{Flood, flood_alert};
use crate::outbox::render::RenderError;
use crate::store::outbox::NewOutboxMail;
use crate::store::{StoreError, Tx};

/// The hour's counts for one office, as this transaction sees them.
#[derive(Debug)]
pub struct HourlyLimits {
    acks: u32,
    notices: u32,
    notices_by_sender: HashMap<String, u32>,
    /// Alerts this transaction decided to send (one per kind; the outbox key makes it one
    /// per hour whoever sends it).
    alerts: Vec<Flood>,
}

impl HourlyLimits {
    /// What the office queued in the hour before `now`.
    pub async fn load(tx: &mut Tx, config: &Config, now: Timestamp) -> Result<Self, StoreError> {
        let since = now - jiff::SignedDuration::from_hours(1);
        let (acks, notified) =
            crate::store::tickets::office_hour(tx, config.office.address.as_str(), since).await?;
        let mut notices_by_sender: HashMap<String, u32> = HashMap::new();
        for citizen in &notified {
            *notices_by_sender.entry(normal_form(citizen)).or_default() += 1;
        }
        Ok(HourlyLimits {
            acks: acks as u32,
            notices: notified.len() as u32,
            notices_by_sender,
            alerts: Vec::new(),
        })
    }

    /// Takes one acknowledgement from the hour's budget; `Err(reason)` when it is used up.
    pub fn take_ack(&mut self, config: &Config) -> Result<(), String> {
        let limit = config.hygiene.ack_limit_per_hour;
        if self.acks >= limit {
            self.alert(Flood::Acknowledgements { limit });
            return Err(format!(
                "the office's acknowledgements for the hour are used up ({} in the last hour, limit {limit})",
                self.acks
            ));
        }
        self.acks += 1;
        Ok(())
    }

    /// Takes one new-ticket notice for a ticket from `sender`; `Err(reason)` when the
    /// sender's or the office's notices for the hour are used up.
    pub fn take_notice(&mut self, config: &Config, sender: &str) -> Result<(), String> {
        let h = &config.hygiene;
        let key = normal_form(sender);
        let from_sender = self.notices_by_sender.get(&key).copied().unwrap_or(0);
        let reason = if from_sender >= h.notice_limit_per_sender {
            Some(format!(
                "{from_sender} new-ticket notices for this sender in the last hour (limit {})",
                h.notice_limit_per_sender
            ))
        } else if self.notices >= h.notice_limit_per_hour {
            Some(format!(
                "{} new-ticket notices in the last hour (limit {})",
                self.notices, h.notice_limit_per_hour
            ))
        } else {
            None
        };
        if let Some(reason) = reason {
            self.alert(Flood::Notices {
                limit: h.notice_limit_per_hour,
            });
            return Err(reason);
        }
        self.notices += 1;
        *self.notices_by_sender.entry(key).or_default() += 1;
        Ok(())
    }

    fn alert(&mut self, flood: Flood) {
        if !self.alerts.contains(&flood) {
            self.alerts.push(flood);
        }
    }

    /// The officer's alerts this transaction decided on, rendered, each under a key of its
    /// kind, office and hour (office time), so that it is queued once an hour at most.
    pub fn alerts(&self, config: &Config, now: Timestamp) -> Result<Vec<Alert>, RenderError> {
        let office = &config.office;
        let hour = now
            .to_zoned_datetime(office.timezone.clone())
            .strftime("%Y-%m-%dT%H")
            .to_string();
        self.alerts
            .iter()
            .map(|&flood| {
                let kind = match flood {
                    Flood::Acknowledgements { .. } => OutboxKind::LimitAlertAck,
                    Flood::Notices { .. } => OutboxKind::LimitAlertNotice,
                };
                let mail = flood_alert(office, &office.officer_email, flood, now)?;
                Ok(Alert {
                    kind,
                    dedup_key: format!("{kind}:{}:{hour}", office.code),
                    rcpt_to: office.officer_email.as_str().to_string(),
                    message_id: mail.message_id,
                    raw: mail.raw,
                })
            })
            .collect()
    }
}

/// A rendered alert to the officer, ready to queue.
pub struct Alert {
    kind: OutboxKind,
    dedup_key: String,
    rcpt_to: String,
    message_id: String,
    raw: Vec<u8>,
}

impl Alert {
    /// The outbox row for this alert, sent from `mail_from` (the office's address); its key
    /// makes it one alert per limit per office per hour.
    pub fn row<'m>(&'m self, mail_from: &'m str) -> NewOutboxMail<'m> {
        NewOutboxMail {
            ticket_id: None,
            kind: self.kind.as_str(),
            dedup_key: &self.dedup_key,
            mail_from,
            rcpt_to: &self.rcpt_to,
            message_id: &self.message_id,
            raw: &self.raw,
        }
    }
}

//! The officer's actions on a ticket — resolve, reclassify, note, reopen — shared by the CLI
//! (`sebadesk tickets resolve …`) and the officer's e-mail commands. Each is one transaction:
//! the change, its event, and any mail it causes (the citizen's resolution notice).
//!
//! E-mail commands ([`Pipeline::run_commands`]) are authenticated here: a command acts only
//! on the ticket the reply is about, and only by spending that ticket's current token, which
//! is single-use (the answer to the officer carries its successor).

use std::collections::HashMap;

use jiff::Timestamp;

use crate::domain::{EmailAddress, TicketRef};
use crate::intake::ParsedMail;
use crate::officer::{Action, Command};
use crate::outbox::{officer_mail, render};
use crate::pipeline::{Outcome, Pipeline, PipelineError};
use crate::store::outbox::{NewOutboxMail, enqueue};
use crate::store::tickets::{
    Ticket, add_event, count_events, set_service, set_status, spend_officer_token, ticket_in_tx,
};
use crate::store::{StoreError, Tx, db_time, parse_db_time};

#[derive(Debug, thiserror::Error)]
pub enum ActionError {
    #[error("no ticket {0}")]
    NoSuchTicket(String),
    #[error("no charter service {0:?}")]
    UnknownService(String),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Render(#[from] render::RenderError),
}

impl From<sqlx::Error> for ActionError {
    fn from(e: sqlx::Error) -> Self {
        ActionError::Store(StoreError::Sqlx(e))
    }
}

/// What happened, in both languages (for the officer's confirmation and the CLI).
#[derive(Debug, Clone, PartialEq)]
pub struct Done {
    pub bn: String,
    pub en: String,
}

async fn load(tx: &mut Tx, reference: &TicketRef) -> Result<Ticket, ActionError> {
    ticket_in_tx(tx, reference)
        .await?
        .ok_or_else(|| ActionError::NoSuchTicket(reference.to_string()))
}

impl Pipeline {
    /// Resolves a ticket and sends the citizen a resolution notice (with the note, if any).
    pub async fn resolve(
        &self,
        reference: &TicketRef,
        note: Option<&str>,
        by: &str,
    ) -> Result<Done, ActionError> {
        let mut tx = self.store.begin().await?;
        let done = self.resolve_in(&mut tx, reference, note, by).await?;
        tx.commit().await?;
        Ok(done)
    }

    pub(crate) async fn resolve_in(
        &self,
        tx: &mut Tx,
        reference: &TicketRef,
        note: Option<&str>,
        by: &str,
    ) -> Result<Done, ActionError> {
        let now = self.clock.now();
        let t = load(tx, reference).await?;
        if t.status == "resolved" || t.status == "closed" {
            return Ok(Done {
                bn: format!("{reference}: আগেই নিষ্পত্তি করা হয়েছে"),
                en: format!("{reference}: already resolved"),
            });
        }
        set_status(tx, t.id, "resolved", Some(now)).await?;
        let round = count_events(tx, t.id, "resolved").await? + 1;
        add_event(
            tx,
            t.id,
            "resolved",
            &serde_json::json!({ "by": by, "note": note }),
            now,
        )
        .await?;
        match EmailAddress::parse(&t.citizen_email) {
            Ok(citizen) => {
                let mail = render::resolution(
                    &self.config.office,
                    reference,
                    &citizen,
                    t.citizen_name.as_deref(),
                    &t.subject,
                    t.original_message_id.as_deref(),
                    note,
                    now,
                )?;
                enqueue(
                    tx,
                    &NewOutboxMail {
                        ticket_id: Some(t.id),
                        kind: "resolution",
                        dedup_key: &format!("resolution:{reference}:{round}"),
                        mail_from: self.config.office.address.as_str(),
                        rcpt_to: citizen.as_str(),
                        message_id: &mail.message_id,
                        raw: &mail.raw,
                    },
                    now,
                )
                .await?;
            }
            Err(_) => {
                let detail = serde_json::json!({ "reason": "no valid citizen address for the resolution notice" });
                add_event(tx, t.id, "not-notified", &detail, now).await?;
            }
        }
        tracing::info!(ticket = %reference, by, "ticket resolved");
        Ok(Done {
            bn: format!("{reference}: নিষ্পত্তি করা হয়েছে; সেবাপ্রার্থীকে জানানো হচ্ছে"),
            en: format!("{reference}: resolved; the citizen is being notified"),
        })
    }

    /// Changes a ticket's service; the deadline follows the new service's SLA. The correction
    /// is kept (a `reclassified` event) and teaches the classifier.
    pub async fn reclassify(
        &self,
        reference: &TicketRef,
        service: &str,
        by: &str,
    ) -> Result<Done, ActionError> {
        let mut tx = self.store.begin().await?;
        let done = self.reclassify_in(&mut tx, reference, service, by).await?;
        tx.commit().await?;
        Ok(done)
    }

    pub(crate) async fn reclassify_in(
        &self,
        tx: &mut Tx,
        reference: &TicketRef,
        service: &str,
        by: &str,
    ) -> Result<Done, ActionError> {
        // "none": outside the charter's services; the ticket waits for the officer, no deadline.
        let s = match service {
            "none" => None,
            code => Some(
                self.config
                    .charter
                    .get(code)
                    .ok_or_else(|| ActionError::UnknownService(code.to_string()))?,
            ),
        };
        let now = self.clock.now();
        let t = load(tx, reference).await?;
        let received = parse_db_time(&t.received_at, "tickets.received_at")?;
        let deadline = s.map(|s| self.calendar.deadline(received, s.sla_working_days));
        let due = deadline.as_ref().map(|d| db_time(d.due.timestamp()));
        let receipt_day = deadline.as_ref().map(|d| d.receipt_day.to_string());
        set_service(
            tx,
            t.id,
            s.map(|s| s.code.as_str()),
            receipt_day.as_deref(),
            due.as_deref(),
        )
        .await?;
        let detail = serde_json::json!({
            "by": by, "old": t.service, "new": s.map(|s| &s.code), "old_due": t.due_at, "new_due": due,
        });
        add_event(tx, t.id, "reclassified", &detail, now).await?;
        tracing::info!(ticket = %reference, old = ?t.service, new = service, by, "ticket reclassified");
        Ok(match s {
            Some(s) => Done {
                bn: format!("{reference}: সেবা বদলে {} করা হয়েছে", s.name_bn),
                en: format!("{reference}: service changed to {} ({})", s.name_en, s.code),
            },
            None => Done {
                bn: format!("{reference}: চার্টারের সেবার বাইরে চিহ্নিত করা হয়েছে"),
                en: format!("{reference}: marked as outside the charter's services"),
            },
        })
    }

    pub async fn note(
        &self,
        reference: &TicketRef,
        text: &str,
        by: &str,
    ) -> Result<Done, ActionError> {
        let mut tx = self.store.begin().await?;
        let done = self.note_in(&mut tx, reference, text, by).await?;
        tx.commit().await?;
        Ok(done)
    }

    pub(crate) async fn note_in(
        &self,
        tx: &mut Tx,
        reference: &TicketRef,
        text: &str,
        by: &str,
    ) -> Result<Done, ActionError> {
        let now = self.clock.now();
        let t = load(tx, reference).await?;
        add_event(
            tx,
            t.id,
            "note",
            &serde_json::json!({ "by": by, "text": text }),
            now,
        )
        .await?;
        Ok(Done {
            bn: format!("{reference}: নোট যোগ করা হয়েছে"),
            en: format!("{reference}: note added"),
        })
    }

    pub async fn reopen(&self, reference: &TicketRef, by: &str) -> Result<Done, ActionError> {
        let mut tx = self.store.begin().await?;
        let done = self.reopen_in(&mut tx, reference, by).await?;
        tx.commit().await?;
        Ok(done)
    }

    pub(crate) async fn reopen_in(
        &self,
        tx: &mut Tx,
        reference: &TicketRef,
        by: &str,
    ) -> Result<Done, ActionError> {
        let now = self.clock.now();
        let t = load(tx, reference).await?;
        if t.status == "open" {
            return Ok(Done {
                bn: format!("{reference}: আবেদনটি খোলাই আছে"),
                en: format!("{reference}: already open"),
            });
        }
        set_status(tx, t.id, "open", None).await?;
        add_event(tx, t.id, "reopened", &serde_json::json!({ "by": by }), now).await?;
        Ok(Done {
            bn: format!("{reference}: আবার খোলা হয়েছে"),
            en: format!("{reference}: reopened"),
        })
    }
}

/// Where an officer's reply points: the ticket it is about (the subject's reference, else
/// the thread's) and the token the subject carries.
struct Tie {
    reference: Option<TicketRef>,
    token: Option<String>,
}

impl Tie {
    fn of(mail: &ParsedMail, office: &str) -> Tie {
        if let Some(h) = crate::officer::find_handle(&mail.subject, office) {
            return Tie {
                reference: Some(h.reference),
                token: h.token,
            };
        }
        // Digests and confirmations about no one ticket carry the placeholder MEL-0000-000000.
        let thread = mail
            .in_reply_to
            .iter()
            .chain(mail.references.iter())
            .find_map(|id| crate::triage::ticket_of_our_message_id(id))
            .filter(|r| r.seq > 0);
        Tie {
            reference: thread,
            token: None,
        }
    }
}

/// Why a command was not carried out.
#[derive(Debug)]
enum Refusal {
    NoTicketNamed,
    NoSuchTicket(TicketRef),
    /// The command names one ticket, the reply is about another: applied to neither.
    OtherTicket {
        named: TicketRef,
        tied: TicketRef,
    },
    /// Missing, wrong, or spent by an earlier command mail (a replay).
    Token(TicketRef),
}

impl Refusal {
    fn words(&self) -> (String, String) {
        match self {
            Refusal::NoTicketNamed => (
                "টিকিট নম্বর/টোকেন পাওয়া যায়নি: নির্দেশনা কার্যকর হয়নি".into(),
                "no REF/TOKEN found: command ignored".into(),
            ),
            Refusal::NoSuchTicket(r) => (format!("{r}: টিকিট নেই"), format!("{r}: no such ticket")),
            Refusal::OtherTicket { named, tied } => (
                format!("{named}: এই ই-মেইল {tied} সম্পর্কে; অন্য টিকিটের নির্দেশনা কার্যকর হয়নি"),
                format!(
                    "{named}: this mail is about {tied}; a command for another ticket is ignored"
                ),
            ),
            Refusal::Token(r) => (
                format!("{r}: টোকেন মেলেনি বা আগেই ব্যবহৃত: নির্দেশনা কার্যকর হয়নি"),
                format!("{r}: wrong or already used token: command ignored"),
            ),
        }
    }

    fn reason(&self) -> String {
        match self {
            Refusal::NoTicketNamed => "no ticket named".into(),
            Refusal::NoSuchTicket(r) => format!("no ticket {r}"),
            Refusal::OtherTicket { named, tied } => {
                format!("the command names {named} but the reply is about {tied}")
            }
            Refusal::Token(_) => "wrong, missing or already used token".into(),
        }
    }

    /// The ticket the refusal is recorded on, if any.
    fn ticket(&self) -> Option<&TicketRef> {
        match self {
            Refusal::OtherTicket { tied, .. } => Some(tied),
            Refusal::Token(r) => Some(r),
            Refusal::NoTicketNamed | Refusal::NoSuchTicket(_) => None,
        }
    }
}

/// The tokens one command mail has spent: ticket id → (the token quoted, its successor).
/// Every command of the mail for that ticket may quote the token the mail spent.
type Spent = HashMap<i64, (TicketRef, String, String)>;

impl Pipeline {
    /// Carries out the officer's e-mail commands inside the message's transaction and queues
    /// one answer to the officer. Each ticket's token is single-use: the first command of a
    /// mail spends it (a replay, under any Message-ID, finds it spent) and the answer carries
    /// its successor. An answer that only refuses is sent at most once an hour.
    pub(crate) async fn run_commands(
        &self,
        tx: &mut Tx,
        mail: &ParsedMail,
        commands: &[Command],
        dedup_id: &str,
        now: Timestamp,
    ) -> Result<Outcome, PipelineError> {
        let tie = Tie::of(mail, &self.config.office.code);
        let mut spent = Spent::new();
        let mut results: Vec<(String, String)> = Vec::new();
        let (mut applied, mut refused) = (0, 0);
        for command in commands {
            let authorized = self.authorize(tx, command, &tie, &mut spent).await?;
            let reference = match authorized {
                Ok(reference) => reference,
                Err(refusal) => {
                    refused += 1;
                    self.record_refusal(tx, &refusal, mail, dedup_id, now)
                        .await?;
                    results.push(refusal.words());
                    continue;
                }
            };
            match self.apply(tx, command, &reference, &spent, now).await {
                Ok(d) => {
                    applied += 1;
                    results.push((d.bn, d.en));
                }
                Err(ActionError::Store(e)) => return Err(e.into()),
                Err(ActionError::Render(e)) => return Err(e.into()),
                Err(e) => {
                    refused += 1;
                    results.push((format!("{reference}: {e}"), format!("{reference}: {e}")));
                }
            }
        }
        self.answer_officer(tx, &results, &spent, dedup_id, now)
            .await?;
        tracing::info!(applied, refused, "officer commands processed");
        Ok(Outcome::Commands { applied, refused })
    }

    /// The ticket a command may act on, its token spent; or why not.
    async fn authorize(
        &self,
        tx: &mut Tx,
        command: &Command,
        tie: &Tie,
        spent: &mut Spent,
    ) -> Result<Result<TicketRef, Refusal>, StoreError> {
        if let (Some(named), Some(tied)) = (&command.reference, &tie.reference)
            && named != tied
        {
            return Ok(Err(Refusal::OtherTicket {
                named: named.clone(),
                tied: tied.clone(),
            }));
        }
        let Some(reference) = command.reference.clone().or_else(|| tie.reference.clone()) else {
            return Ok(Err(Refusal::NoTicketNamed));
        };
        let token = match &command.target {
            Some((_, t)) => Some(t.clone()),
            None if tie.reference.as_ref() == Some(&reference) => tie.token.clone(),
            None => None,
        };
        let Some(ticket) = ticket_in_tx(tx, &reference).await? else {
            return Ok(Err(Refusal::NoSuchTicket(reference)));
        };
        let Some(token) = token else {
            return Ok(Err(Refusal::Token(reference)));
        };
        if let Some((_, quoted, _)) = spent.get(&ticket.id) {
            return Ok(if *quoted == token {
                Ok(reference)
            } else {
                Err(Refusal::Token(reference))
            });
        }
        let fresh = crate::officer::new_token();
        if !spend_officer_token(tx, ticket.id, &token, &fresh).await? {
            return Ok(Err(Refusal::Token(reference)));
        }
        spent.insert(ticket.id, (reference.clone(), token, fresh));
        Ok(Ok(reference))
    }

    async fn record_refusal(
        &self,
        tx: &mut Tx,
        refusal: &Refusal,
        mail: &ParsedMail,
        dedup_id: &str,
        now: Timestamp,
    ) -> Result<(), StoreError> {
        let reason = refusal.reason();
        tracing::warn!(ticket = ?refusal.ticket().map(|r| r.to_string()), %reason, "officer command refused");
        let Some(reference) = refusal.ticket() else {
            return Ok(());
        };
        if let Some(ticket) = ticket_in_tx(tx, reference).await? {
            let detail = serde_json::json!({ "from": mail.from_address, "message_id": dedup_id, "reason": reason });
            add_event(tx, ticket.id, "command-refused", &detail, now).await?;
        }
        Ok(())
    }

    /// One authorized command. The resolution note loses the token the mail quoted: the
    /// note goes to the citizen (the outbox withholds `REF/TOKEN` handles too; this catches
    /// a token written on its own).
    async fn apply(
        &self,
        tx: &mut Tx,
        command: &Command,
        reference: &TicketRef,
        spent: &Spent,
        now: Timestamp,
    ) -> Result<Done, ActionError> {
        let by = self.config.office.officer_email.as_str();
        match &command.action {
            Action::Resolve { note } => {
                let quoted = spent
                    .values()
                    .find(|(r, ..)| r == reference)
                    .map(|(_, q, _)| q.as_str());
                let note = self
                    .note_for_citizen(tx, reference, note.as_deref(), quoted, now)
                    .await?;
                self.resolve_in(tx, reference, note.as_deref(), by).await
            }
            Action::Service(code) => self.reclassify_in(tx, reference, code, by).await,
            Action::Note(text) => self.note_in(tx, reference, text, by).await,
            Action::Reopen => self.reopen_in(tx, reference, by).await,
        }
    }

    /// `note` without `token`; a removal is recorded on the ticket.
    async fn note_for_citizen(
        &self,
        tx: &mut Tx,
        reference: &TicketRef,
        note: Option<&str>,
        token: Option<&str>,
        now: Timestamp,
    ) -> Result<Option<String>, ActionError> {
        let (Some(note), Some(token)) = (note, token) else {
            return Ok(note.map(str::to_string));
        };
        let Some(clean) = crate::officer::without_token(note, token) else {
            return Ok(Some(note.to_string()));
        };
        let t = load(tx, reference).await?;
        let detail = serde_json::json!({ "where": "resolution note" });
        add_event(tx, t.id, "token-withheld", &detail, now).await?;
        tracing::warn!(ticket = %reference, "token withheld from a resolution note");
        Ok((!clean.is_empty()).then_some(clean))
    }

    /// The officer's answer: results, and each spent token's successor (the subject carries
    /// it when one ticket was named, so a reply to the answer works). An answer that only
    /// refuses shares one key per officer per clock hour: forged commands by the hundred
    /// are recorded, and mailed about once an hour.
    async fn answer_officer(
        &self,
        tx: &mut Tx,
        results: &[(String, String)],
        spent: &Spent,
        dedup_id: &str,
        now: Timestamp,
    ) -> Result<(), PipelineError> {
        let office = &self.config.office;
        let mut results = results.to_vec();
        for (reference, _, fresh) in spent.values() {
            results.push((
                format!("{reference}: পরবর্তী নির্দেশনার জন্য {reference}/{fresh} লিখুন, অথবা এই ই-মেইলের উত্তর দিন"),
                format!("{reference}: for the next command use {reference}/{fresh}, or reply to this mail"),
            ));
        }
        let single = match spent.values().collect::<Vec<_>>().as_slice() {
            [(reference, _, fresh)] => Some((reference, fresh.as_str())),
            _ => None,
        };
        let mail =
            officer_mail::confirmation(office, &office.officer_email, single, &results, now)?;
        let (kind, key) = if spent.is_empty() {
            let hour = now.strftime("%Y-%m-%dT%H");
            let officer = office.officer_email.as_str().to_ascii_lowercase();
            ("officer-refusal", format!("refusal:{officer}:{hour}"))
        } else {
            ("officer-confirm", format!("confirm:{dedup_id}"))
        };
        let row = NewOutboxMail {
            ticket_id: None,
            kind,
            dedup_key: &key,
            mail_from: office.address.as_str(),
            rcpt_to: office.officer_email.as_str(),
            message_id: &mail.message_id,
            raw: &mail.raw,
        };
        if !enqueue(tx, &row, now).await? {
            tracing::info!("refusal already mailed this hour: recorded only");
        }
        Ok(())
    }
}

//! The officer's e-mail commands (`#resolve`, `#reply`, `#service`, `#note`, `#reopen`; parsed by
//! [`crate::triage::officer`]), carried out as [`super::actions`] inside the message's
//! transaction.
//!
//! Authenticated here: a command acts only on the ticket the reply is about, and only by
//! spending that ticket's current token, which is single-use (the answer to the officer
//! carries its successor).

use crate::domain::EventKind;
use crate::domain::OutboxKind;
use std::collections::HashMap;

use jiff::Timestamp;

use super::actions::{
    ActionError, Done, load, note_in, reclassify_in, reopen_in, reply_in, resolve_in,
};
use super::{Desk, WorkError};
use crate::domain::TicketRef;
use crate::mail::ParsedMail;
use crate::outbox::officer_mail;
use crate::store::outbox::{NewOutboxMail, enqueue};
use crate::store::tickets::{add_event, spend_officer_token, ticket_in_tx};
use crate::store::{StoreError, Tx};
use crate::triage::officer::{Action, Command};

/// How many of a mail's commands were carried out and how many refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ran {
    /// Commands carried out (each confirmed to the officer).
    pub applied: usize,
    /// Commands refused (recorded on the ticket when there is one, and answered with why).
    pub refused: usize,
}

/// Where an officer's reply points: the ticket it is about (the subject's reference, else
/// the thread's) and the token the subject carries.
struct Tie {
    reference: Option<TicketRef>,
    token: Option<String>,
}

impl Tie {
    fn of(mail: &ParsedMail, office: &str) -> Tie {
        if let Some(h) = crate::triage::officer::find_handle(&mail.subject, office) {
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
            .find_map(|id| crate::domain::ticket_of_our_message_id(id))
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

/// Carries out the officer's e-mail commands inside the message's transaction and queues
/// one answer to the officer. Each ticket's token is single-use: the first command of a
/// mail spends it (a replay, under any Message-ID, finds it spent) and the answer carries
/// its successor. An answer that only refuses is sent at most once an hour.
pub async fn run(
    desk: &Desk,
    tx: &mut Tx,
    mail: &ParsedMail,
    commands: &[Command],
    dedup_id: &str,
    now: Timestamp,
) -> Result<Ran, WorkError> {
    let tie = Tie::of(mail, &desk.config.office.code);
    let mut spent = Spent::new();
    let mut results: Vec<(String, String)> = Vec::new();
    let (mut applied, mut refused) = (0, 0);
    for command in commands {
        let authorized = authorize(tx, command, &tie, &mut spent).await?;
        let reference = match authorized {
            Ok(reference) => reference,
            Err(refusal) => {
                refused += 1;
                record_refusal(tx, &refusal, mail, dedup_id, now).await?;
                results.push(refusal.words());
                continue;
            }
        };
        match apply(desk, tx, command, &reference, &spent, now).await {
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
    answer_officer(desk, tx, &results, &spent, dedup_id, now).await?;
    tracing::info!(applied, refused, "officer commands processed");
    Ok(Ran { applied, refused })
}

/// The ticket a command may act on, its token spent; or why not.
async fn authorize(
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
    let fresh = crate::triage::officer::new_token();
    if !spend_officer_token(tx, ticket.id, &token, &fresh).await? {
        return Ok(Err(Refusal::Token(reference)));
    }
    spent.insert(ticket.id, (reference.clone(), token, fresh));
    Ok(Ok(reference))
}

async fn record_refusal(
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
        add_event(tx, ticket.id, EventKind::CommandRefused, &detail, now).await?;
    }
    Ok(())
}

/// One authorized command. The resolution note loses the token the mail quoted: the
/// note goes to the citizen (the outbox withholds `REF/TOKEN` handles too; this catches
/// a token written on its own).
async fn apply(
    desk: &Desk,
    tx: &mut Tx,
    command: &Command,
    reference: &TicketRef,
    spent: &Spent,
    now: Timestamp,
) -> Result<Done, ActionError> {
    let by = desk.config.office.officer_email.as_str();
    let quoted = spent
        .values()
        .find(|(r, ..)| r == reference)
        .map(|(_, q, _)| q.as_str());
    match &command.action {
        Action::Resolve { note } => {
            let note = note_for_citizen(
                tx,
                reference,
                note.as_deref(),
                quoted,
                "resolution note",
                now,
            )
            .await?;
            resolve_in(desk, tx, reference, note.as_deref(), by).await
        }
        Action::Reply { text, wait } => {
            // The officer's new text only: the quoted notice below it stays home.
            let text = crate::classify::normalize::strip_quoted_and_signature(text);
            let text = note_for_citizen(tx, reference, Some(&text), quoted, "reply", now)
                .await?
                .unwrap_or_default();
            reply_in(desk, tx, reference, &text, *wait, by).await
        }
        Action::Service(code) => reclassify_in(desk, tx, reference, code, by).await,
        Action::Note(text) => note_in(desk, tx, reference, text, by).await,
        Action::Reopen => reopen_in(desk, tx, reference, by).await,
    }
}

/// `note` (a resolution note, a reply) without `token`; a removal is recorded on the ticket.
async fn note_for_citizen(
    tx: &mut Tx,
    reference: &TicketRef,
    note: Option<&str>,
    token: Option<&str>,
    place: &str,
    now: Timestamp,
) -> Result<Option<String>, ActionError> {
    let (Some(note), Some(token)) = (note, token) else {
        return Ok(note.map(str::to_string));
    };
    let Some(clean) = crate::triage::officer::without_token(note, token) else {
        return Ok(Some(note.to_string()));
    };
    let t = load(tx, reference).await?;
    let detail = serde_json::json!({ "where": place });
    add_event(tx, t.id, EventKind::TokenWithheld, &detail, now).await?;
    tracing::warn!(ticket = %reference, place, "token withheld from a text for the citizen");
    Ok((!clean.is_empty()).then_some(clean))
}

/// The officer's answer: results, and each spent token's successor (the subject carries
/// it when one ticket was named, so a reply to the answer works). An answer that only
/// refuses shares one key per officer per clock hour: forged commands by the hundred
/// are recorded, and mailed about once an hour.
async fn answer_officer(
    desk: &Desk,
    tx: &mut Tx,
    results: &[(String, String)],
    spent: &Spent,
    dedup_id: &str,
    now: Timestamp,
) -> Result<(), WorkError> {
    let office = &desk.config.office;
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
    let mail = officer_mail::confirmation(office, &office.officer_email, single, &results, now)?;
    let (kind, key) = if spent.is_empty() {
        let hour = now.strftime("%Y-%m-%dT%H");
        let officer = office.officer_email.as_str().to_ascii_lowercase();
        (
            OutboxKind::OfficerRefusal,
            format!("refusal:{officer}:{hour}"),
        )
    } else {
        (OutboxKind::OfficerConfirm, format!("confirm:{dedup_id}"))
    };
    let row = NewOutboxMail {
        ticket_id: None,
        kind: kind.as_str(),
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

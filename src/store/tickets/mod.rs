//! Tickets, their reference numbers and their event log.

mod reads;

use jiff::Timestamp;
use sqlx::Row;
use sqlx::any::AnyRow;

use super::{Placeholders, Store, StoreError, Tx, db_time};
use crate::domain::{EventKind, TicketRef, TicketStatus};

/// A ticket to open.
#[derive(Debug, Clone)]
pub struct NewTicket<'a> {
    /// The office code that owns the ticket (its references start with it, e.g. `MEL`).
    pub office: &'a str,
    /// The charter service code the classifier chose; `None` when it found none (no deadline).
    pub service: Option<&'a str>,
    /// The classifier's confidence in `service`, 0.0–1.0; 1.0 once an officer sets the service.
    pub confidence: Option<f64>,
    /// JSON: the classifier's reasons.
    pub classification: &'a str,
    /// The citizen's address as written in From (answers go there, not to its normal form).
    pub citizen_email: &'a str,
    /// The citizen's display name from the From header, when given.
    pub citizen_name: Option<&'a str>,
    /// The request's subject as the citizen wrote it (decoded).
    pub subject: &'a str,
    /// See [`crate::triage::subject_key`].
    pub subject_key: &'a str,
    /// When the request reached the mailbox (IMAP INTERNALDATE): the SLA's receipt time.
    pub received_at: Timestamp,
    /// The SLA receipt day (`YYYY-MM-DD`, office time zone); `None` without a service.
    pub receipt_day: Option<String>,
    /// The charter deadline; `None` without a service (nothing to count against).
    pub due_at: Option<Timestamp>,
    /// The per-ticket secret the officer's e-mail commands must quote; never logged or printed.
    pub officer_token: &'a str,
    /// The citizen's Message-ID (without brackets), to thread our answers to it.
    pub original_message_id: Option<&'a str>,
}

pub use crate::domain::Ticket;

#[derive(Debug, Clone, serde::Serialize)]
/// One entry of a ticket's event log, as the CLI and the web desk show it.
pub struct Event {
    /// When it happened (RFC 3339 UTC text).
    pub at: String,
    /// What happened: an [`EventKind`] word, or `<outbox kind>-failed`.
    pub kind: String,
    /// The event's particulars as JSON (who, old and new values, counts…); never a mail body.
    pub detail: serde_json::Value,
}

const TICKET_COLUMNS: &str =
    "id, reference, office, service, confidence, status, citizen_email, citizen_name,
     subject, received_at, receipt_day, due_at, resolved_at, created_at, officer_token, original_message_id,
     escalated_to";

/// [`TICKET_COLUMNS`] of the table aliased `t` (the web desk's queue).
pub(super) const TICKET_COLUMNS_T: &str =
    "t.id, t.reference, t.office, t.service, t.confidence, t.status, t.citizen_email, t.citizen_name,
     t.subject, t.received_at, t.receipt_day, t.due_at, t.resolved_at, t.created_at, t.officer_token,
     t.original_message_id, t.escalated_to";

/// A `tickets` row as stored: private, read by column name, turned into the domain
/// [`Ticket`] (with its typed status) by [`ticket_from_row`].
#[derive(sqlx::FromRow)]
struct TicketRow {
    id: i64,
    reference: String,
    office: String,
    service: Option<String>,
    confidence: Option<f64>,
    status: String,
    citizen_email: String,
    citizen_name: Option<String>,
    subject: String,
    received_at: String,
    receipt_day: Option<String>,
    due_at: Option<String>,
    resolved_at: Option<String>,
    created_at: String,
    officer_token: Option<String>,
    original_message_id: Option<String>,
    escalated_to: Option<String>,
}

pub(super) fn ticket_from_row(r: &AnyRow) -> Result<Ticket, StoreError> {
    use sqlx::FromRow;
    let row = TicketRow::from_row(r)?;
    let status = TicketStatus::parse(&row.status).ok_or_else(|| StoreError::Corrupt {
        what: "tickets.status",
        value: row.status.clone(),
    })?;
    Ok(Ticket {
        id: row.id,
        reference: row.reference,
        office: row.office,
        service: row.service,
        confidence: row.confidence,
        status,
        citizen_email: row.citizen_email,
        citizen_name: row.citizen_name,
        subject: row.subject,
        received_at: row.received_at,
        receipt_day: row.receipt_day,
        due_at: row.due_at,
        resolved_at: row.resolved_at,
        created_at: row.created_at,
        officer_token: row.officer_token,
        original_message_id: row.original_message_id,
        escalated_to: row.escalated_to,
    })
}

/// Hands out the next reference for `office` in `year`. Inside the ticket's transaction, so a
/// rolled-back ticket does not burn a number.
pub async fn next_reference(tx: &mut Tx, office: &str, year: i16) -> Result<TicketRef, StoreError> {
    let mut one = next_references(tx, office, year, 1).await?;
    Ok(one.pop().expect("one reference asked, one given"))
}

/// Hands out the next `count` references for `office` in `year` with one statement (a batch
/// of new tickets), in order. Inside the tickets' transaction, like [`next_reference`].
pub async fn next_references(
    tx: &mut Tx,
    office: &str,
    year: i16,
    count: usize,
) -> Result<Vec<TicketRef>, StoreError> {
    if count == 0 {
        return Ok(Vec::new());
    }
    let count = count as i64;
    let row = sqlx::query(
        "INSERT INTO ticket_counters (office, year, last_seq) VALUES ($1, $2, $3)
         ON CONFLICT (office, year) DO UPDATE SET last_seq = ticket_counters.last_seq + $3
         RETURNING last_seq",
    )
    .bind(office)
    .bind(year as i32)
    .bind(count)
    .fetch_one(&mut **tx)
    .await?;
    let last: i64 = row.try_get(0)?;
    Ok((last - count + 1..=last)
        .map(|seq| TicketRef {
            office: office.to_string(),
            year,
            seq,
        })
        .collect())
}

/// Rows per multi-row statement: far below both backends' limits on bind parameters.
const ROWS_PER_STATEMENT: usize = 50;

/// Inserts tickets with few statements; returns their ids in the order given.
pub async fn insert_tickets(
    tx: &mut Tx,
    tickets: &[(TicketRef, NewTicket<'_>)],
    now: Timestamp,
) -> Result<Vec<i64>, StoreError> {
    let mut ids = Vec::with_capacity(tickets.len());
    for chunk in tickets.chunks(ROWS_PER_STATEMENT) {
        let sql = format!(
            "INSERT INTO tickets (reference, office, service, confidence, classification, status, citizen_email,
                                  citizen_name, subject, received_at, receipt_day, due_at, created_at, subject_key,
                                  officer_token, original_message_id)
             VALUES {}
             RETURNING id, reference",
            {
                let mut p = Placeholders::for_tx(tx);
                (0..chunk.len())
                    .map(|_| {
                        let cells: Vec<String> = (0..15).map(|_| p.next()).collect();
                        // status is the literal 'open', in its column's place.
                        format!(
                            "({}, 'open', {})",
                            cells[..5].join(", "),
                            cells[5..].join(", ")
                        )
                    })
                    .collect::<Vec<_>>()
                    .join(", ")
            }
        );
        let mut query = sqlx::query(sqlx::AssertSqlSafe(sql));
        for (reference, t) in chunk {
            query = query
                .bind(reference.to_string())
                .bind(t.office)
                .bind(t.service)
                .bind(t.confidence)
                .bind(t.classification)
                .bind(t.citizen_email)
                .bind(t.citizen_name)
                .bind(t.subject)
                .bind(db_time(t.received_at))
                .bind(t.receipt_day.clone())
                .bind(t.due_at.map(db_time))
                .bind(db_time(now))
                .bind(t.subject_key)
                .bind(t.officer_token)
                .bind(t.original_message_id);
        }
        let rows = query.fetch_all(&mut **tx).await?;
        // RETURNING gives no order: match the ids up by reference.
        let mut by_ref = std::collections::HashMap::with_capacity(rows.len());
        for row in &rows {
            by_ref.insert(row.try_get::<String, _>(1)?, row.try_get::<i64, _>(0)?);
        }
        for (reference, _) in chunk {
            let key = reference.to_string();
            let id = by_ref.get(&key).copied().ok_or(StoreError::Corrupt {
                what: "tickets: an inserted ticket's id",
                value: key,
            })?;
            ids.push(id);
        }
    }
    Ok(ids)
}

/// Events for several tickets with few statements, each row in the order given (so each
/// ticket's events keep their order).
pub async fn add_events(
    tx: &mut Tx,
    events: &[(i64, EventKind, serde_json::Value)],
    now: Timestamp,
) -> Result<(), StoreError> {
    let at = db_time(now);
    for chunk in events.chunks(ROWS_PER_STATEMENT) {
        let sql = format!(
            "INSERT INTO ticket_events (ticket_id, at, kind, detail) VALUES {}",
            Placeholders::for_tx(tx).rows(chunk.len(), 4)
        );
        let mut query = sqlx::query(sqlx::AssertSqlSafe(sql));
        for (ticket, kind, detail) in chunk {
            query = query
                .bind(*ticket)
                .bind(at.as_str())
                .bind(kind.as_str())
                .bind(detail.to_string());
        }
        query.execute(&mut **tx).await?;
    }
    Ok(())
}

/// The acknowledgements to any of `addresses` (in [`crate::domain::normal_form`]) since
/// `since`, for the per-address caps of a batch: (recipient's normal form, created_at, the
/// ticket's subject key), one query per 100 addresses.
pub async fn acks_to(
    tx: &mut Tx,
    addresses: &[&str],
    since: Timestamp,
) -> Result<Vec<(String, String, Option<String>)>, StoreError> {
    let mut out = Vec::new();
    for chunk in addresses.chunks(100) {
        let sql = format!(
            "SELECT o.rcpt_key, o.created_at, t.subject_key
             FROM outbox o JOIN tickets t ON t.id = o.ticket_id
             WHERE o.kind = 'ack' AND o.created_at >= $1 AND o.rcpt_key IN ({})",
            (2..2 + chunk.len())
                .map(|i| format!("${i}"))
                .collect::<Vec<_>>()
                .join(", ")
        );
        let mut query = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(db_time(since));
        for a in chunk {
            query = query.bind(*a);
        }
        for row in query.fetch_all(&mut **tx).await? {
            out.push((row.try_get(0)?, row.try_get(1)?, row.try_get(2)?));
        }
    }
    Ok(out)
}

/// Opens one ticket under `reference` (see [`insert_tickets`] for a batch) and returns its row
/// id. Errs when the reference is taken already (unique constraint).
pub async fn insert_ticket(
    tx: &mut Tx,
    reference: &TicketRef,
    t: &NewTicket<'_>,
    now: Timestamp,
) -> Result<i64, StoreError> {
    let ids = insert_tickets(tx, &[(reference.clone(), t.clone())], now).await?;
    Ok(ids[0])
}

/// How many acknowledgements went (or are queued) to `address`'s mailbox (compared in
/// [`crate::domain::normal_form`], however the address is written) since `since`, and
/// whether one of them answered a ticket with this subject key.
pub async fn recent_acks(
    tx: &mut Tx,
    address: &str,
    subject_key: &str,
    since: Timestamp,
    window_start: Timestamp,
) -> Result<RecentAcks, StoreError> {
    let row = sqlx::query(
        "SELECT
           COUNT(*),
           COALESCE(SUM(CASE WHEN o.created_at >= $3 THEN 1 ELSE 0 END), 0),
           COALESCE(SUM(CASE WHEN o.created_at >= $3 AND t.subject_key = $4 THEN 1 ELSE 0 END), 0)
         FROM outbox o JOIN tickets t ON t.id = o.ticket_id
         WHERE o.kind = 'ack' AND o.rcpt_key = $1 AND o.created_at >= $2",
    )
    .bind(crate::domain::normal_form(address))
    .bind(db_time(since))
    .bind(db_time(window_start))
    .bind(subject_key)
    .fetch_one(&mut **tx)
    .await?;
    Ok(RecentAcks {
        last_day: row.try_get(0)?,
        in_window: row.try_get(1)?,
        same_subject_in_window: row.try_get(2)?,
    })
}

#[derive(Debug, Clone, Copy, PartialEq)]
/// Acknowledgements recently sent to one citizen's mailbox: the per-address caps read these.
pub struct RecentAcks {
    /// Acknowledgements to the mailbox since `since` (the last day).
    pub last_day: i64,
    /// Of those, the ones since the (shorter) window start.
    pub in_window: i64,
    /// Of those in the window, the ones for a ticket with the same subject key (a repeat request).
    pub same_subject_in_window: i64,
}

/// Appends an event of a known kind to a ticket's log, in the caller's transaction.
pub async fn add_event(
    tx: &mut Tx,
    ticket_id: i64,
    kind: EventKind,
    detail: &serde_json::Value,
    now: Timestamp,
) -> Result<(), StoreError> {
    add_event_word(tx, ticket_id, kind.as_str(), detail, now).await
}

/// [`add_event`] with the kind as a stored word: for `<outbox kind>-failed`, named by the
/// outbox row that failed.
pub(super) async fn add_event_word(
    tx: &mut Tx,
    ticket_id: i64,
    kind: &str,
    detail: &serde_json::Value,
    now: Timestamp,
) -> Result<(), StoreError> {
    sqlx::query("INSERT INTO ticket_events (ticket_id, at, kind, detail) VALUES ($1, $2, $3, $4)")
        .bind(ticket_id)
        .bind(db_time(now))
        .bind(kind)
        .bind(detail.to_string())
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// Sets a ticket's deadline if it is still `old_due`. Returns whether it changed it.
pub async fn update_deadline(
    tx: &mut Tx,
    ticket_id: i64,
    old_due: Option<&str>,
    receipt_day: &str,
    due_at: &str,
) -> Result<bool, StoreError> {
    let done = sqlx::query(
        "UPDATE tickets SET receipt_day = $1, due_at = $2
         WHERE id = $3 AND COALESCE(due_at, '') = $4",
    )
    .bind(receipt_day)
    .bind(due_at)
    .bind(ticket_id)
    .bind(old_due.unwrap_or(""))
    .execute(&mut **tx)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// One ticket by reference, through any executor (the pool, or an open transaction when the
/// officer's actions read and then change it).
async fn ticket_by_ref<'e, E>(
    executor: E,
    reference: &TicketRef,
) -> Result<Option<Ticket>, StoreError>
where
    E: sqlx::Executor<'e, Database = sqlx::Any>,
{
    let row = sqlx::query(sqlx::AssertSqlSafe(format!(
        "SELECT {TICKET_COLUMNS} FROM tickets WHERE reference = $1"
    )))
    .bind(reference.to_string())
    .fetch_optional(executor)
    .await?;
    row.as_ref().map(ticket_from_row).transpose()
}

/// A ticket inside a transaction (the officer's actions read, then change it).
pub async fn ticket_in_tx(
    tx: &mut Tx,
    reference: &TicketRef,
) -> Result<Option<Ticket>, StoreError> {
    ticket_by_ref(&mut **tx, reference).await
}

/// Sets a ticket's status, recording `resolved_at` (or clearing it on reopening) and the
/// report facts that change with it: the first resolution and the reopening count.
pub async fn set_status(
    tx: &mut Tx,
    ticket_id: i64,
    status: TicketStatus,
    resolved_at: Option<Timestamp>,
) -> Result<(), StoreError> {
    // The report's facts (migration 0013) change with the status: the first resolution is
    // kept when a reopening clears `resolved_at`, and leaving a done status counts as a
    // reopening (not a move between two open statuses, such as waiting).
    sqlx::query(
        "UPDATE tickets SET status = $1, resolved_at = $2,
                first_resolved_at = COALESCE(first_resolved_at, $2),
                reopened = reopened + CASE WHEN $4 = 0 AND status IN ('resolved', 'closed') THEN 1 ELSE 0 END
         WHERE id = $3",
    )
    .bind(status.as_str())
        .bind(resolved_at.map(db_time))
        .bind(ticket_id)
        .bind(i64::from(status.is_done()))
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// Records that `supervisor` took the ticket over. False when it already was theirs: one
/// conditional UPDATE, so two escalations at once change the row (and tell the officer) once.
pub async fn set_escalated(
    tx: &mut Tx,
    ticket_id: i64,
    supervisor: &str,
) -> Result<bool, StoreError> {
    let done = sqlx::query(
        "UPDATE tickets SET escalated_to = $1
         WHERE id = $2 AND (escalated_to IS NULL OR escalated_to <> $1)",
    )
    .bind(supervisor)
    .bind(ticket_id)
    .execute(&mut **tx)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Records on the ticket that its acknowledgement is held as doubtful (a report figure).
pub async fn mark_ack_held(tx: &mut Tx, ticket_id: i64) -> Result<(), StoreError> {
    sqlx::query("UPDATE tickets SET ack_held = 1 WHERE id = $1")
        .bind(ticket_id)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// Spends a ticket's officer token: replaces `quoted` by `fresh` only if `quoted` is the
/// current one. False when it is not (wrong, or spent by an earlier command mail); a
/// concurrent spender on PostgreSQL waits for the row lock, then finds the token changed.
pub async fn spend_officer_token(
    tx: &mut Tx,
    ticket_id: i64,
    quoted: &str,
    fresh: &str,
) -> Result<bool, StoreError> {
    let done =
        sqlx::query("UPDATE tickets SET officer_token = $1 WHERE id = $2 AND officer_token = $3")
            .bind(fresh)
            .bind(ticket_id)
            .bind(quoted)
            .execute(&mut **tx)
            .await?;
    Ok(done.rows_affected() == 1)
}

/// Sets the ticket's charter service and the deadline that follows from it (an officer's
/// reclassification: confidence becomes 1.0). Dates as [`super::db_time`] text.
pub async fn set_service(
    tx: &mut Tx,
    ticket_id: i64,
    service: Option<&str>,
    receipt_day: Option<&str>,
    due_at: Option<&str>,
) -> Result<(), StoreError> {
    sqlx::query("UPDATE tickets SET service = $1, receipt_day = $2, due_at = $3, confidence = 1.0 WHERE id = $4")
        .bind(service)
        .bind(receipt_day)
        .bind(due_at)
        .bind(ticket_id)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// How many events of `kind` the ticket has (e.g. how often it was resolved).
pub async fn count_events(tx: &mut Tx, ticket_id: i64, kind: EventKind) -> Result<i64, StoreError> {
    let row = sqlx::query("SELECT COUNT(*) FROM ticket_events WHERE ticket_id = $1 AND kind = $2")
        .bind(ticket_id)
        .bind(kind.as_str())
        .fetch_one(&mut **tx)
        .await?;
    Ok(row.try_get(0)?)
}

/// The ticket's id, inside a transaction (a follow-up checks its ticket exists).
pub async fn ticket_id(tx: &mut Tx, reference: &TicketRef) -> Result<Option<i64>, StoreError> {
    let row = sqlx::query("SELECT id FROM tickets WHERE reference = $1")
        .bind(reference.to_string())
        .fetch_optional(&mut **tx)
        .await?;
    Ok(row.map(|r| r.try_get(0)).transpose()?)
}

/// The addresses a ticket's mail came from (its journal rows' senders), for telling its
/// citizen from a stranger who names it.
pub async fn ticket_senders(tx: &mut Tx, ticket_id: i64) -> Result<Vec<String>, StoreError> {
    let rows = sqlx::query(
        "SELECT DISTINCT from_address FROM messages
         WHERE ticket_id = $1 AND from_address IS NOT NULL",
    )
    .bind(ticket_id)
    .fetch_all(&mut **tx)
    .await?;
    rows.iter()
        .map(|r| r.try_get::<String, _>(0).map_err(StoreError::from))
        .collect()
}

/// Whether `message_id` (without brackets) is a mail sebadesk queued for this ticket: a
/// reply to it proves its writer saw our mail, not only the ticket's (guessable) number.
pub async fn is_our_mail_of(
    tx: &mut Tx,
    ticket_id: i64,
    message_id: &str,
) -> Result<bool, StoreError> {
    let row = sqlx::query("SELECT 1 FROM outbox WHERE ticket_id = $1 AND message_id = $2")
        .bind(ticket_id)
        .bind(message_id.trim_matches(['<', '>']))
        .fetch_optional(&mut **tx)
        .await?;
    Ok(row.is_some())
}

/// What an office sent in the last hour, for its hourly limits: how many acknowledgements,
/// and the citizen of each new-ticket notice (the notices per sender).
pub async fn office_hour(
    tx: &mut Tx,
    office_address: &str,
    since: Timestamp,
) -> Result<(i64, Vec<String>), StoreError> {
    let acks = sqlx::query(
        "SELECT COUNT(*) FROM outbox WHERE mail_from = $1 AND kind = 'ack' AND created_at >= $2",
    )
    .bind(office_address)
    .bind(db_time(since))
    .fetch_one(&mut **tx)
    .await?
    .try_get(0)?;
    let rows = sqlx::query(
        "SELECT t.citizen_email FROM outbox o JOIN tickets t ON t.id = o.ticket_id
         WHERE o.mail_from = $1 AND o.kind = 'officer-new' AND o.created_at >= $2",
    )
    .bind(office_address)
    .bind(db_time(since))
    .fetch_all(&mut **tx)
    .await?;
    let notified = rows
        .iter()
        .map(|r| r.try_get::<String, _>(0))
        .collect::<Result<_, _>>()?;
    Ok((acks, notified))
}

//! Data retention (issue 20): citizens' mail is kept only as long as `[retention]` says.
//!
//! - A resolved or closed ticket's mail — the raw messages journaled for it, the bodies of the
//!   mail we sent for it (and, once stored attachments are merged, its attachments) — is purged
//!   `retention.mail_days` after its resolution. The ticket row (service, dates, status, the
//!   citizen's address, name and subject) and its events stay for reports; the purge adds a
//!   `mail-purged` event with what went.
//! - Quarantined messages are purged `retention.quarantine_days` after they arrived, and mail
//!   that opened no ticket (spam, bulk mail, automatic replies, bounces) after
//!   `retention.mail_days`; each purge of those is a row of `purge_log`.
//!
//! One function for both callers: the daemon runs [`purge`] for each office it holds the
//! mailbox lease of, once an hour (so once per replica set), and `sebadesk purge` runs it on
//! demand (`--dry-run` only counts). Each ticket is purged in its own short transaction,
//! guarded by a conditional update, so that two replicas — or the daemon and the command —
//! purging at once purge and record each ticket once.

use jiff::{SignedDuration, Timestamp};
use sqlx::Row;

use crate::config::Config;
use crate::domain::EventKind;
use crate::store::retention::{Amount, DueTicket, Untracked, purge_ticket_mail, purge_untracked};
use crate::store::tickets::add_event;
use crate::store::{Store, StoreError, Tx};

/// Tickets looked at per query, and ticketless messages purged per transaction.
const BATCH: i64 = 200;

/// One ticket's purge (or, in a dry run, what it would be).
#[derive(Debug, Clone, serde::Serialize)]
pub struct TicketPurge {
    /// The ticket whose mail is past its days.
    #[serde(flatten)]
    pub ticket: DueTicket,
    /// The mail removed (or that would be).
    #[serde(flatten)]
    pub amount: Amount,
    /// Stored attachments removed (see [`purge_ticket_attachments`]).
    pub attachments: i64,
}

/// What a purge did, or would do.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct Report {
    /// Nothing was removed: the report says what a purge would remove.
    pub dry_run: bool,
    /// Each settled ticket purged, in the order handled.
    pub tickets: Vec<TicketPurge>,
    /// Quarantined mail past `quarantine_days`.
    pub quarantine: Amount,
    /// Ticketless mail (spam, bulk, auto-replies, bounces) past `mail_days`.
    pub untracked_mail: Amount,
    /// The sum of the tickets, the quarantine and the untracked mail.
    pub total: Amount,
}

impl Report {
    fn add(&mut self, other: Report) {
        self.tickets.extend(other.tickets);
        self.quarantine += other.quarantine;
        self.untracked_mail += other.untracked_mail;
        self.total += other.total;
    }

    /// Whether there was nothing to purge.
    pub fn is_empty(&self) -> bool {
        self.tickets.is_empty() && self.total == Amount::default()
    }
}

fn days_before(now: Timestamp, days: u32) -> Timestamp {
    now - SignedDuration::from_hours(24 * i64::from(days))
}

/// The ticket's stored attachments (issue 16), removed in the purge's transaction: (attachment
/// rows removed, their bytes). A blob another ticket still uses stays (content-addressed).
async fn purge_ticket_attachments(tx: &mut Tx, ticket_id: i64) -> Result<(i64, i64), StoreError> {
    let row = sqlx::query(
        // SUM of a BIGINT is NUMERIC on PostgreSQL, which the `any` driver cannot decode.
        "SELECT COUNT(*), CAST(COALESCE(SUM(size), 0) AS BIGINT) FROM attachments
         WHERE ticket_id = $1",
    )
    .bind(ticket_id)
    .fetch_one(&mut **tx)
    .await?;
    let (count, bytes): (i64, i64) = (row.try_get(0)?, row.try_get(1)?);
    if count > 0 {
        crate::store::attachments::delete_attachments_of_ticket(tx, ticket_id).await?;
    }
    Ok((count, bytes))
}

/// The dry run's side of [`purge_ticket_attachments`]: (attachments, bytes) that would go.
async fn ticket_attachments_amount(
    store: &Store,
    ticket_id: i64,
) -> Result<(i64, i64), StoreError> {
    let rows = store.attachments(ticket_id).await?;
    let bytes = rows.iter().map(|a| a.size).sum();
    Ok((rows.len() as i64, bytes))
}

/// Purges (or with `dry_run`, counts) the mail of one office that is past its days at `now`:
/// its settled tickets' mail, and its mailbox's quarantined and ticketless mail.
pub async fn purge(
    store: &Store,
    config: &Config,
    now: Timestamp,
    dry_run: bool,
) -> Result<Report, StoreError> {
    let office = config.office.code.as_str();
    let mail_cutoff = days_before(now, config.retention.mail_days);
    let quarantine_cutoff = days_before(now, config.retention.quarantine_days);
    let mailbox = crate::config::mailbox_name(&config.imap);
    let mut report = Report {
        dry_run,
        ..Report::default()
    };

    if dry_run {
        count_due(store, config, &mut report, mail_cutoff, quarantine_cutoff).await?;
        return Ok(report);
    }
    purge_tickets(store, config, &mut report, mail_cutoff, now).await?;
    for (kind, cutoff) in [
        (Untracked::Quarantine, quarantine_cutoff),
        (Untracked::UntrackedMail, mail_cutoff),
    ] {
        loop {
            let _gate = store.write_gate().await;
            let mut tx = store.begin_write().await?;
            let amount =
                purge_untracked(&mut tx, office, &mailbox, kind, cutoff, now, BATCH).await?;
            tx.commit().await?;
            if amount.messages == 0 {
                break;
            }
            tracing::info!(%office, kind = kind.as_str(), messages = amount.messages,
                bytes = amount.bytes, "ticketless mail purged");
            match kind {
                Untracked::Quarantine => report.quarantine += amount,
                Untracked::UntrackedMail => report.untracked_mail += amount,
            }
            report.total += amount;
        }
    }
    Ok(report)
}

/// `purge --dry-run`: what would go, counted and nothing changed.
async fn count_due(
    store: &Store,
    config: &Config,
    report: &mut Report,
    mail_cutoff: Timestamp,
    quarantine_cutoff: Timestamp,
) -> Result<(), StoreError> {
    let office = config.office.code.as_str();
    let mailbox = crate::config::mailbox_name(&config.imap);
    for ticket in store
        .tickets_due_for_purge(Some(office), mail_cutoff, i64::MAX)
        .await?
    {
        let mut amount = store.ticket_mail_amount(ticket.id).await?;
        let (attachments, bytes) = ticket_attachments_amount(store, ticket.id).await?;
        amount.bytes += bytes;
        report.total += amount;
        report.tickets.push(TicketPurge {
            ticket,
            amount,
            attachments,
        });
    }
    report.quarantine = store
        .untracked_amount(&mailbox, Untracked::Quarantine, quarantine_cutoff)
        .await?;
    report.untracked_mail = store
        .untracked_amount(&mailbox, Untracked::UntrackedMail, mail_cutoff)
        .await?;
    report.total += report.quarantine;
    report.total += report.untracked_mail;
    Ok(())
}

/// Purges the mail of the office's settled tickets past their days, a ticket a transaction,
/// each with its `mail_purged` event.
async fn purge_tickets(
    store: &Store,
    config: &Config,
    report: &mut Report,
    mail_cutoff: Timestamp,
    now: Timestamp,
) -> Result<(), StoreError> {
    let office = config.office.code.as_str();
    loop {
        let due = store
            .tickets_due_for_purge(Some(office), mail_cutoff, BATCH)
            .await?;
        if due.is_empty() {
            return Ok(());
        }
        let mut purged_any = false;
        for ticket in due {
            let _gate = store.write_gate().await;
            let mut tx = store.begin_write().await?;
            let Some(mut amount) = purge_ticket_mail(&mut tx, ticket.id, now).await? else {
                continue; // settled no more, or purged a moment ago by another replica
            };
            let (attachments, bytes) = purge_ticket_attachments(&mut tx, ticket.id).await?;
            amount.bytes += bytes;
            add_event(
                &mut tx,
                ticket.id,
                EventKind::MailPurged,
                &serde_json::json!({
                    "messages": amount.messages,
                    "outbox_mails": amount.outbox_mails,
                    "attachments": attachments,
                    "bytes": amount.bytes,
                    "mail_days": config.retention.mail_days,
                }),
                now,
            )
            .await?;
            tx.commit().await?;
            purged_any = true;
            tracing::info!(ticket = %ticket.reference, messages = amount.messages,
                outbox_mails = amount.outbox_mails, bytes = amount.bytes, "ticket mail purged");
            report.total += amount;
            report.tickets.push(TicketPurge {
                ticket,
                amount,
                attachments,
            });
        }
        if !purged_any {
            return Ok(()); // every one taken by another purge: it will finish them
        }
    }
}

/// [`purge`] for each of `offices` (a whole deployment, or the one `--office` names).
pub async fn purge_offices(
    store: &Store,
    offices: &[Config],
    now: Timestamp,
    dry_run: bool,
) -> Result<Report, StoreError> {
    let mut all = Report {
        dry_run,
        ..Report::default()
    };
    for office in offices {
        all.add(purge(store, office, now, dry_run).await?);
    }
    Ok(all)
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::test_support::example_config as config;

    /// Two purges at once (two replicas, or the daemon and `sebadesk purge`): each ticket's
    /// mail is purged and recorded once.
    #[tokio::test]
    async fn concurrent_purges_purge_and_record_each_ticket_once() {
        let dir = tempfile::tempdir().unwrap();
        let url = format!("sqlite://{}", dir.path().join("desk.db").display());
        let store = Store::connect(&url, 4).await.unwrap();
        store.migrate().await.unwrap();
        let config = config();
        for i in 1..=20 {
            sqlx::query(
                "INSERT INTO tickets (id, reference, office, status, citizen_email, subject,
                                      received_at, resolved_at, created_at)
                 VALUES ($1, $2, 'MEL', 'resolved', 'c@example.test', 's',
                         '2024-01-01T00:00:00Z', '2024-01-02T00:00:00Z', '2024-01-01T00:00:00Z')",
            )
            .bind(i as i64)
            .bind(format!("MEL-2024-{i:06}"))
            .execute(store.pool())
            .await
            .unwrap();
            sqlx::query(
                "INSERT INTO messages (id, mailbox, uidvalidity, uid, dedup_id, ticket_id, disposition,
                                       received_at, size, created_at)
                 VALUES ($1, 'm', 1, $1, $2, $1, 'new', '2024-01-01T00:00:00Z', 5,
                         '2024-01-01T00:00:00Z')",
            )
            .bind(i as i64)
            .bind(format!("<{i}@example.test>"))
            .execute(store.pool())
            .await
            .unwrap();
            sqlx::query("INSERT INTO message_raw (message_id, raw) VALUES ($1, $2)")
                .bind(i as i64)
                .bind(b"From: c@example.test\r\n\r\nhello".to_vec())
                .execute(store.pool())
                .await
                .unwrap();
        }
        let now: Timestamp = "2026-12-07T00:00:00Z".parse().unwrap();
        let (a, b) = tokio::join!(
            purge(&store, &config, now, false),
            purge(&store, &config, now, false)
        );
        let (a, b) = (a.unwrap(), b.unwrap());
        assert_eq!(a.tickets.len() + b.tickets.len(), 20);
        let events: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM ticket_events WHERE kind = 'mail-purged'")
                .fetch_one(store.pool())
                .await
                .unwrap();
        assert_eq!(events, 20);
        let left: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM message_raw")
            .fetch_one(store.pool())
            .await
            .unwrap();
        assert_eq!(left, 0);
        // A dry run afterwards finds nothing; one before the days are up finds nothing either.
        assert!(purge(&store, &config, now, true).await.unwrap().is_empty());
        store.close().await;
    }
}

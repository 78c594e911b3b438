//! Keeps stored deadlines in step with the calendar. When the office adds or moves a holiday
//! (and restarts sebadesk), every open (or waiting) ticket's deadline is computed again from its receipt
//! time; a changed one is updated and the ticket records why (an event with the old and new
//! deadline and the days skipped).

use crate::config::charter::Charter;
use crate::domain::EventKind;
use crate::sla::{Calendar, Clock};
use crate::store::tickets::{add_event, update_deadline};
use crate::store::{Store, StoreError, db_time, parse_db_time};

/// Recomputes the deadlines of one office's open tickets. Returns how many changed.
///
/// Safe with several replicas at once: a deadline is changed (and the change recorded) only
/// if it still holds the value this run read.
pub async fn recompute_open(
    store: &Store,
    office: &str,
    charter: &Charter,
    calendar: &Calendar,
    clock: &dyn Clock,
) -> Result<usize, StoreError> {
    let mut changed = 0;
    let mut tickets = store.office_tickets(Some(office), Some("open")).await?;
    tickets.extend(store.office_tickets(Some(office), Some("waiting")).await?);
    // The working days a ticket's deadline was moved by waiting for its citizen stay.
    let paused = store.paused_working_days(office).await?;
    for t in tickets {
        let Some(service) = t.service.as_deref().and_then(|c| charter.get(c)) else {
            continue;
        };
        let received = parse_db_time(&t.received_at, "tickets.received_at")?;
        let extra = paused.get(&t.id).copied().unwrap_or(0).max(0) as u32;
        let deadline = calendar.deadline(received, service.sla_working_days + extra);
        let new_due = db_time(deadline.due.timestamp());
        if t.due_at.as_deref() == Some(new_due.as_str()) {
            continue;
        }
        let now = clock.now();
        let mut tx = store.begin().await?;
        let updated = update_deadline(
            &mut tx,
            t.id,
            t.due_at.as_deref(),
            &deadline.receipt_day.to_string(),
            &new_due,
        )
        .await?;
        if !updated {
            continue; // another replica did it first
        }
        let detail = serde_json::json!({
            "old_due": t.due_at,
            "new_due": new_due,
            "reason": "the holiday calendar or the charter changed",
            "skipped_days": deadline.skipped.iter().map(|s| format!("{} {}", s.date, s.reason)).collect::<Vec<_>>(),
        });
        add_event(&mut tx, t.id, EventKind::DeadlineChanged, &detail, now).await?;
        tx.commit().await?;
        tracing::info!(ticket = %t.reference, old = ?t.due_at, new = %new_due, "deadline recomputed");
        changed += 1;
    }
    Ok(changed)
}

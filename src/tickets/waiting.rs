//! Waiting for the citizen (issue 16). The officer's reply with `--wait` makes a ticket
//! `waiting`; the citizen's next mail makes it `open` again ([`citizen_answered`]).
//!
//! The SLA rule: by default the charter clock runs on while a ticket waits (the deadline
//! does not move). With `pause_while_waiting` (the charter file's, else
//! `sla.pause_while_waiting`), the deadline moves by the working days spent waiting, counted
//! by [`working_days_waited`]: the working days after the day the officer asked, up to and
//! including the day the citizen answered. Asking and being answered the same day pauses
//! nothing; asked on Thursday and answered on Sunday (Friday and Saturday the weekend) is
//! one working day. The new deadline is the charter deadline from the receipt time for the
//! service's working days plus every working day paused so far (kept on the ticket, so a
//! deadline recomputed for a new holiday keeps it), recorded as a `deadline-changed` event
//! with the reason.

use jiff::Timestamp;
use jiff::civil::Date;

use super::Desk;
use crate::domain::EventKind;
use crate::sla::Calendar;
use crate::store::conversation::{add_pause, end_waiting, waiting};
use crate::store::tickets::{Ticket, add_event};
use crate::store::{StoreError, Tx, db_time, parse_db_time};

/// Working days in `(asked, answered]` by the office's dates: see the module doc.
pub fn working_days_waited(calendar: &Calendar, asked: Date, answered: Date) -> u32 {
    let mut n = 0;
    let mut d = asked;
    while d < answered {
        let Ok(next) = d.tomorrow() else { break };
        d = next;
        if calendar.is_working_day(d) {
            n += 1;
        }
    }
    n
}

/// The citizen answered ticket `t` (a follow-up joined it): if it was waiting, it is open
/// again (`waiting-ended`), and with `pause_while_waiting` its deadline moves by the working
/// days waited (`deadline-changed`). Returns whether it was waiting.
pub(crate) async fn citizen_answered(
    desk: &Desk,
    tx: &mut Tx,
    t: &Ticket,
    from: Option<&str>,
    message_id: &str,
    now: Timestamp,
) -> Result<bool, StoreError> {
    let w = waiting(tx, t.id).await?;
    if !end_waiting(tx, t.id).await? {
        return Ok(false);
    }
    let tz = desk.config.office.timezone.clone();
    let since = match w.since.as_deref() {
        Some(s) => parse_db_time(s, "tickets.waiting_since")?,
        None => now,
    };
    let days = working_days_waited(
        &desk.calendar,
        since.to_zoned_datetime(tz.clone()).date(),
        now.to_zoned_datetime(tz).date(),
    );
    let pause = desk.config.pause_while_waiting();
    let detail = serde_json::json!({
        "from": from, "message_id": message_id, "since": w.since,
        "working_days": days, "deadline_paused": pause,
    });
    add_event(tx, t.id, EventKind::WaitingEnded, &detail, now).await?;
    tracing::info!(ticket = %t.reference, working_days = days, "the citizen answered: ticket open again");
    let service = t
        .service
        .as_deref()
        .and_then(|c| desk.config.charter.get(c));
    if let (true, true, Some(service)) = (pause, days > 0, service) {
        let received = parse_db_time(&t.received_at, "tickets.received_at")?;
        let paused = w.paused_working_days.max(0) as u32 + days;
        let deadline = desk
            .calendar
            .deadline(received, service.sla_working_days + paused);
        let new_due = db_time(deadline.due.timestamp());
        add_pause(
            tx,
            t.id,
            i64::from(days),
            &deadline.receipt_day.to_string(),
            &new_due,
        )
        .await?;
        let detail = serde_json::json!({
            "old_due": t.due_at,
            "new_due": new_due,
            "reason": format!(
                "paused while waiting for the citizen: {days} working day(s), {} to {}",
                w.since.as_deref().unwrap_or("?"),
                db_time(now)
            ),
            "waited_working_days": days,
            "paused_working_days": paused,
        });
        add_event(tx, t.id, EventKind::DeadlineChanged, &detail, now).await?;
        tracing::info!(ticket = %t.reference, days, new_due = %new_due, "deadline moved by the days waited");
    }
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::{Weekday, date, time};

    fn calendar() -> Calendar {
        Calendar::new(
            jiff::tz::db().get("Asia/Dhaka").unwrap(),
            vec![Weekday::Friday, Weekday::Saturday],
            time(17, 0, 0, 0),
        )
        .with_holiday(date(2026, 12, 16), "বিজয় দিবস / Victory Day")
    }

    #[test]
    fn working_days_waited_skip_weekends_and_holidays() {
        let c = calendar();
        // The same day: nothing.
        assert_eq!(
            working_days_waited(&c, date(2026, 12, 15), date(2026, 12, 15)),
            0
        );
        // Tuesday → Wednesday 16 December (Victory Day) → Thursday: one working day.
        assert_eq!(
            working_days_waited(&c, date(2026, 12, 15), date(2026, 12, 17)),
            1
        );
        // Tuesday 15 → Sunday 20: Wed (holiday), Thu, Fri, Sat (weekend), Sun: two.
        assert_eq!(
            working_days_waited(&c, date(2026, 12, 15), date(2026, 12, 20)),
            2
        );
        // Thursday → Sunday: one (the weekend does not count).
        assert_eq!(
            working_days_waited(&c, date(2026, 12, 10), date(2026, 12, 13)),
            1
        );
        // Answered "before" asked (a clock set back): nothing, never negative.
        assert_eq!(
            working_days_waited(&c, date(2026, 12, 20), date(2026, 12, 15)),
            0
        );
    }
}

//! The officer hears of a citizen's follow-up (issue 16): a short notice with the new text
//! (quoted history stripped) and the ticket's `[REF/TOKEN]` in its subject, so that a reply
//! to it can carry commands.
//!
//! At most one notice per ticket per [`NOTICE_GAP`]: a follow-up within the gap after the
//! last notice waits, and the next notice carries every follow-up not told yet — sent by
//! the next follow-up after the gap, or by the office's periodic look ([`flush`]) once the
//! gap has passed. Only mail from a person reaches here (auto-replies, bounces and bulk mail
//! are triaged away before); the officer's own mail and the citizens' status requests
//! (answered automatically) are not notified.
//!
//! A flood (many tickets' citizens writing at once, or forged citizens' From lines) is
//! bounded too: at most `hygiene.notice_limit_per_hour` follow-up notices per office per
//! hour; the others stay pending and go out, batched, when the hour allows.
//!
//! The notice carries the follow-ups' attachments as the new-ticket notice carries the
//! request's (see [`crate::outbox::attachments`]): up to `attachments.forward_max_bytes` in
//! all, the rest (and every program or archive) listed with the command that fetches it.
//!
//! Exactly once, with any number of replicas: the notice's outbox key is
//! `followup:REF:E`, E being the id of the first follow-up event it tells of, and the
//! follow-up events it covers are recorded (table `followup_notices`) in the same
//! transaction. Two replicas that race read the same untold events, compute the same key and
//! only one insert wins. (The key was once the ticket's count of notices plus one: a replica
//! that read the untold events before the other committed and counted the notices after it
//! made a second key, and the officer got the batch twice — the two-replica test caught it
//! under load.)

use jiff::{SignedDuration, Timestamp};

use super::{Desk, WorkError};
use crate::domain::{EventKind, OutboxKind, TicketRef};
use crate::outbox::attachments::Listing;
use crate::outbox::conversation::{EXCERPT_MAX_CHARS, FollowupItem, followup_notice};
use crate::store::attachments::{forward_with, listed};
use crate::store::conversation::{
    events_of, last_mail_at, mark_notified, notified_followups, office_mails_since,
};
use crate::store::outbox::{NewOutboxMail, enqueue};
use crate::store::tickets::{Ticket, ticket_in_tx};
use crate::store::{Tx, parse_db_time};

/// The shortest time between two follow-up notices of one ticket.
pub const NOTICE_GAP: SignedDuration = SignedDuration::from_mins(10);

/// How far back [`flush`] looks for follow-ups not told yet (a daemon stopped longer than
/// this does not mail the officer about week-old follow-ups; they are in the digest's
/// tickets and in `tickets show`).
const LOOK_BACK: SignedDuration = SignedDuration::from_hours(7 * 24);

/// The detail of a `followup` event: the new text shown to the officer (see
/// [`crate::outbox::conversation::excerpt`]) and whether it was cut, and whether the officer
/// is to be told of it at all.
pub fn event_text(body: &str, notify: bool) -> serde_json::Value {
    let (text, cut) = crate::outbox::conversation::excerpt(body, EXCERPT_MAX_CHARS);
    serde_json::json!({ "text": text, "text_cut": cut, "notify": notify })
}

/// The follow-ups of ticket `t` the officer is to be told of now: none while the last
/// notice is less than [`NOTICE_GAP`] old. Reads only.
async fn pending(
    desk: &Desk,
    tx: &mut Tx,
    t: &Ticket,
    now: Timestamp,
) -> Result<Vec<crate::store::conversation::StoredEvent>, WorkError> {
    if !desk.config.reminders.notify_new {
        return Ok(Vec::new());
    }
    if let Some(last) = last_mail_at(tx, t.id, OutboxKind::OfficerFollowup).await? {
        let last = parse_db_time(&last, "outbox.created_at")?;
        if now - last < NOTICE_GAP {
            return Ok(Vec::new());
        }
    }
    let office = &desk.config.office;
    let hour = office_mails_since(
        tx,
        office.address.as_str(),
        OutboxKind::OfficerFollowup,
        now - SignedDuration::from_hours(1),
    )
    .await?;
    if hour >= i64::from(desk.config.hygiene.notice_limit_per_hour) {
        tracing::info!(ticket = %t.reference, hour, "follow-up notice held: the office's hourly notices are used up");
        return Ok(Vec::new());
    }
    let events = events_of(tx, t.id, &[EventKind::Followup]).await?;
    let covered = notified_followups(tx, t.id).await?;
    let since = now - LOOK_BACK;
    Ok(events
        .into_iter()
        .filter(|e| !covered.contains(&e.id))
        // Follow-ups recorded before this release carry no text and no "notify": not told.
        .filter(|e| e.detail["notify"].as_bool() == Some(true))
        .filter(|e| e.at.parse::<Timestamp>().is_ok_and(|at| at >= since))
        .collect())
}

/// The attachments the follow-ups `pending` brought (their events name them by number, see
/// [`event_attachments`]), planned as on the new-ticket notice: within
/// `attachments.forward_max_bytes` in all, programs and archives listed only.
async fn attachments_of(
    desk: &Desk,
    tx: &mut Tx,
    t: &Ticket,
    pending: &[crate::store::conversation::StoredEvent],
) -> Result<Listing, WorkError> {
    let numbers: Vec<i64> = pending
        .iter()
        .filter_map(|e| e.detail["attachments"].as_array())
        .flatten()
        .filter_map(serde_json::Value::as_i64)
        .collect();
    let not_stored: u64 = pending
        .iter()
        .filter_map(|e| e.detail["attachments_left_out"].as_u64())
        .sum();
    if numbers.is_empty() && not_stored == 0 {
        return Ok(Listing::default());
    }
    let rows = listed(tx, t.id, &numbers).await?;
    Ok(Listing::plan(
        &t.reference.to_string(),
        rows,
        not_stored as usize,
        desk.config.attachments.forward_max_bytes,
    ))
}

/// What a `followup` event records of its message's attachments, from the `attachments`
/// event's detail (written by the pipeline's `store_files`): their numbers on the ticket and
/// how many the limits left out of the store, so the notice can carry and list them.
pub fn event_attachments(files: &serde_json::Value) -> serde_json::Value {
    serde_json::json!({
        "attachments": files["numbers"],
        "attachments_left_out": files["left_out"],
    })
}

/// Sends the officer a notice of ticket `t`'s follow-ups not told yet, unless one went less
/// than [`NOTICE_GAP`] ago (they wait for the next). Inside the caller's transaction.
/// Returns whether a notice was queued.
pub(crate) async fn notify_in(
    desk: &Desk,
    tx: &mut Tx,
    t: &Ticket,
    now: Timestamp,
) -> Result<bool, WorkError> {
    let pending = pending(desk, tx, t, now).await?;
    if pending.is_empty() {
        return Ok(false);
    }
    let tz = desk.config.office.timezone.clone();
    let items: Vec<FollowupItem> = pending
        .iter()
        .map(|e| FollowupItem {
            at: e
                .at
                .parse::<Timestamp>()
                .unwrap_or(now)
                .to_zoned_datetime(tz.clone()),
            from: e.detail["from"].as_str().unwrap_or("").to_string(),
            text: e.detail["text"].as_str().unwrap_or("").to_string(),
            cut: e.detail["text_cut"].as_bool().unwrap_or(false),
        })
        .collect();
    let files = attachments_of(desk, tx, t, &pending).await?;
    let (line, _) = super::reminders::line(&desk.config, t);
    let office = &desk.config.office;
    let mail = followup_notice(office, &office.officer_email, &line, &items, &files, now)?;
    // Named by the first event it tells of: whoever reads the same untold events makes the
    // same key (see the module's comment).
    let first = pending.iter().map(|e| e.id).min().unwrap_or_default();
    let key = format!("followup:{}:{first}", t.reference);
    let queued = enqueue(
        tx,
        &NewOutboxMail {
            ticket_id: Some(t.id),
            kind: OutboxKind::OfficerFollowup.as_str(),
            dedup_key: &key,
            mail_from: office.address.as_str(),
            rcpt_to: office.officer_email.as_str(),
            message_id: &mail.message_id,
            raw: &mail.raw,
        },
        now,
    )
    .await?;
    if !queued {
        // Another replica told the officer of these in the same moment.
        return Ok(false);
    }
    let ids: Vec<i64> = pending.iter().map(|e| e.id).collect();
    mark_notified(tx, t.id, &ids, &key).await?;
    let attached = files.attached();
    if !attached.is_empty() {
        forward_with(tx, &key, t.id, &attached).await?;
    }
    tracing::info!(ticket = %t.reference, followups = ids.len(), attachments = attached.len(), "officer told of the citizen's follow-up");
    Ok(true)
}

/// The office's periodic look: a notice for every ticket whose follow-ups waited out the
/// gap. Returns how many notices were queued.
pub async fn flush(desk: &Desk) -> Result<usize, WorkError> {
    if !desk.config.reminders.notify_new {
        return Ok(0);
    }
    let now = desk.clock.now();
    let office = &desk.config.office.code;
    // Follow-ups recorded in the last LOOK_BACK: the candidates (most are told already).
    let references = desk
        .store
        .tickets_with_followups_since(office, now - LOOK_BACK)
        .await?;
    let mut queued = 0;
    for reference in references {
        let Some(reference) = TicketRef::parse(&reference) else {
            continue;
        };
        // A look without the write lock first: most candidates have nothing to tell.
        let mut look = desk.store.begin().await?;
        let due = match ticket_in_tx(&mut look, &reference).await? {
            Some(t) => !pending(desk, &mut look, &t, now).await?.is_empty(),
            None => false,
        };
        look.rollback().await?;
        if !due {
            continue;
        }
        let _gate = desk.store.write_gate().await;
        let mut tx = desk.store.begin_write().await?;
        let Some(t) = ticket_in_tx(&mut tx, &reference).await? else {
            continue;
        };
        if notify_in(desk, &mut tx, &t, now).await? {
            queued += 1;
        }
        tx.commit().await?;
    }
    Ok(queued)
}

//! Health made visible: when intake or sending has been failing for longer than
//! `health.alert_after`, the officer gets one alert mail per failure episode (for a mailbox
//! failure it goes out through SMTP, a path that is not the failing one); `sebadesk status`
//! shows the rest.

use crate::domain::OutboxKind;
use crate::outbox::officer_mail;
use crate::store::outbox::{NewOutboxMail, enqueue};
use crate::tickets::{Desk, WorkError};

/// Queues an alert for each component failing for too long. Returns how many were new.
pub async fn alert_if_failing(p: &Desk) -> Result<usize, WorkError> {
    let now = p.clock.now();
    let limit = jiff::SignedDuration::from_secs(p.config.health_alert_after.as_secs() as i64);
    let office = &p.config.office;
    // This office's rows only: its mailbox, and the sending identity it owns (the main office
    // owns the shared one).
    let mine = [
        crate::config::health_component(&p.config, "imap"),
        crate::config::health_component(&p.config, "smtp"),
    ];
    let mut queued = 0;
    for h in p.store.health_of(&mine).await? {
        let Some(since) = h.failing_since.as_deref() else {
            continue;
        };
        let Ok(since_ts) = since.parse::<jiff::Timestamp>() else {
            continue;
        };
        if now - limit < since_ts {
            continue;
        }
        let shown = since_ts
            .to_zoned_datetime(office.timezone.clone())
            .strftime("%Y-%m-%d %H:%M %:z")
            .to_string();
        let mail = officer_mail::health_alert(
            office,
            &office.officer_email,
            &h.component,
            &shown,
            h.last_error.as_deref().unwrap_or(""),
            now,
        )?;
        let mut tx = p.store.begin().await?;
        let new = enqueue(
            &mut tx,
            &NewOutboxMail {
                ticket_id: None,
                kind: OutboxKind::HealthAlert.as_str(),
                // one per failure episode, whatever the number of checks or daemons
                dedup_key: &format!("health:{}:{since}", h.component),
                mail_from: office.address.as_str(),
                rcpt_to: office.officer_email.as_str(),
                message_id: &mail.message_id,
                raw: &mail.raw,
            },
            now,
        )
        .await?;
        tx.commit().await?;
        if new {
            tracing::warn!(component = %h.component, since, "health alert queued for the officer");
            queued += 1;
        }
    }
    Ok(queued)
}

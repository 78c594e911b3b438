//! The monthly report by mail: on the first working day of each month, from the digest time
//! on, the previous month's report goes to the office's officer and supervisor (the HTML
//! report as the body, the XLSX attached).
//!
//! Exactly once whatever the number of replicas and restarts, the reminders' scheme (see
//! `tickets::reminders`): one outbox row per (office, month, recipient), key
//! `report:MEL:2026-11:officer@…`, inserted with `ON CONFLICT DO NOTHING`; the office loop of
//! the replica holding the office's lease calls [`run_once`] every `reminders.interval`.
//!
//! The district-wide report ([`run_district_once`]): every office of the deployment, one row
//! each, to `web.admins` and `reminders.report_recipients`, sent by the main office's loop at
//! the same moment, keyed `report:district:2026-11:admin@…` the same way.

use jiff::civil::Date;

use super::{Period, ReportError};
use crate::config::Config;
use crate::domain::{EmailAddress, OutboxKind};
use crate::outbox::render::RenderError;
use crate::outbox::report_mail::{self, ReportMail};
use crate::sla::Calendar;
use crate::store::StoreError;
use crate::store::outbox::{NewOutboxMail, enqueue};
use crate::tickets::Desk;

/// Why a monthly report mail could not be built or queued.
#[derive(Debug, thiserror::Error)]
pub enum MonthlyError {
    /// The report could not be built.
    #[error(transparent)]
    Report(#[from] ReportError),
    /// The outbox could not be read or written.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The mail could not be rendered.
    #[error(transparent)]
    Render(#[from] RenderError),
}

impl From<sqlx::Error> for MonthlyError {
    fn from(e: sqlx::Error) -> Self {
        MonthlyError::Store(StoreError::Sqlx(e))
    }
}

/// Whether `day` is the first working day of its month.
pub fn first_working_day_of_month(calendar: &Calendar, day: Date) -> bool {
    if !calendar.is_working_day(day) {
        return false;
    }
    let mut d = day.first_of_month();
    while d < day {
        if calendar.is_working_day(d) {
            return false;
        }
        d = d.tomorrow().expect("a date within the charter's range");
    }
    true
}

/// The outbox key of one recipient's monthly report.
pub fn key(office: &str, month: &str, to: &EmailAddress) -> String {
    format!(
        "report:{office}:{month}:{}",
        to.as_str().to_ascii_lowercase()
    )
}

/// Queues the previous month's report when it is due now. Returns how many mails were new.
pub async fn run_once(desk: &Desk) -> Result<usize, MonthlyError> {
    let config = &desk.config;
    let office = &config.office;
    let mut recipients = vec![office.officer_email.clone()];
    if let Some(s) = &config.reminders.supervisor_email
        && !s.same_as(office.officer_email.as_str())
    {
        recipients.push(s.clone());
    }
    queue(
        desk,
        std::slice::from_ref(config.as_ref()),
        &office.code,
        &recipients,
    )
    .await
}

/// The district-wide report of `offices` (the whole deployment, the main office first), when
/// it is due now, to `web.admins` and `reminders.report_recipients` (each once). Returns how
/// many mails were new.
pub async fn run_district_once(desk: &Desk, offices: &[Config]) -> Result<usize, MonthlyError> {
    let mut recipients: Vec<EmailAddress> = Vec::new();
    for a in desk
        .config
        .web
        .admins
        .iter()
        .chain(&desk.config.reminders.report_recipients)
    {
        if !recipients.iter().any(|r| r.same_as(a.as_str())) {
            recipients.push(a.clone());
        }
    }
    if recipients.is_empty() || offices.is_empty() {
        return Ok(0);
    }
    queue(desk, offices, DISTRICT, &recipients).await
}

/// The key word of the district-wide report (office codes are upper case).
pub const DISTRICT: &str = "district";

async fn queue(
    desk: &Desk,
    offices: &[Config],
    scope: &str,
    recipients: &[EmailAddress],
) -> Result<usize, MonthlyError> {
    let config = &desk.config;
    let office = &config.office;
    let now = desk.clock.now();
    let local = now.to_zoned_datetime(office.timezone.clone());
    if !first_working_day_of_month(&desk.calendar, local.date())
        || local.time() < config.reminders.digest_time
    {
        return Ok(0);
    }
    let period = Period::previous_month(local.date());
    let keys: Vec<String> = recipients
        .iter()
        .map(|to| key(scope, &period.label, to))
        .collect();
    let done = desk.store.existing_outbox_keys(&keys).await?;
    if keys.iter().all(|k| done.contains(k)) {
        return Ok(0);
    }
    let district = scope == DISTRICT;
    let report = super::build(&desk.store, offices, &period, now, district).await?;
    let html = super::html::html(&report);
    let xlsx = super::xlsx::xlsx(&report)?;
    // The district's report names how many offices it covers; an office's, its code.
    let offices_covered = district.then_some(offices.len());
    let (subject, text) = report_mail::words(
        office,
        &period.label,
        &report.office_name_bn,
        &report.office_name_en,
        &report.total.headline(),
        offices_covered,
    )?;
    let mut tx = desk.store.begin().await?;
    let mut queued = 0;
    for (to, k) in recipients.iter().zip(&keys) {
        if done.contains(k) {
            continue;
        }
        let mail = report_mail::render(
            &ReportMail {
                office,
                to,
                subject: subject.clone(),
                text: text.clone(),
                html: html.clone(),
                attachment_name: format!(
                    "charter-report-{}-{}.xlsx",
                    if district { DISTRICT } else { &office.code },
                    period.label
                ),
                xlsx: xlsx.clone(),
            },
            now,
        )?;
        queued += enqueue(
            &mut tx,
            &NewOutboxMail {
                ticket_id: None,
                kind: OutboxKind::Report.as_str(),
                dedup_key: k,
                mail_from: office.address.as_str(),
                rcpt_to: to.as_str(),
                message_id: &mail.message_id,
                raw: &mail.raw,
            },
            now,
        )
        .await? as usize;
    }
    tx.commit().await?;
    if queued > 0 {
        tracing::info!(scope, month = %period.label, queued, "monthly report queued");
    }
    Ok(queued)
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::{Weekday, date, time};

    #[test]
    fn the_first_working_day_skips_weekends_and_holidays() {
        let cal = Calendar::new(
            jiff::tz::db().get("Asia/Dhaka").unwrap(),
            vec![Weekday::Friday, Weekday::Saturday],
            time(17, 0, 0, 0),
        )
        .with_holiday(date(2027, 1, 3), "test");
        // 1 Jan 2027 is a Friday, 2nd Saturday, 3rd a holiday: Monday 4th.
        assert!(!first_working_day_of_month(&cal, date(2027, 1, 3)));
        assert!(first_working_day_of_month(&cal, date(2027, 1, 4)));
        assert!(!first_working_day_of_month(&cal, date(2027, 1, 5)));
        // 1 Dec 2026 is a Tuesday.
        assert!(first_working_day_of_month(&cal, date(2026, 12, 1)));
        assert!(!first_working_day_of_month(&cal, date(2026, 12, 2)));
    }
}

//! `sebadesk sla`: the working-day calendar and deadlines, as the daemon computes them.

use super::*;

pub(crate) fn sla(config: &Config, action: SlaAction) -> anyhow::Result<()> {
    let calendar = config.calendar();
    match action {
        SlaAction::Due {
            service,
            received,
            format,
        } => {
            let s = config
                .charter
                .get(&service)
                .ok_or_else(|| UsageError(format!("--service: no charter service {service:?}")))?;
            let d = calendar.deadline(received, s.sla_working_days);
            let due = d.due.strftime("%Y-%m-%dT%H:%M:%S%:z").to_string();
            if format == Format::Json {
                let v = serde_json::json!({
                    "service": s.code,
                    "received": received.to_zoned_datetime(config.office.timezone.clone()).strftime("%Y-%m-%dT%H:%M:%S%:z").to_string(),
                    "receipt_day": d.receipt_day.to_string(),
                    "working_days": d.working_days,
                    "due": due,
                    "skipped": d.skipped,
                });
                println!("{v}");
            } else {
                println!("{due}");
                println!(
                    "receipt day {}, {} working days after it",
                    d.receipt_day, d.working_days
                );
                for day in d.skipped {
                    println!("  skipped {} ({})", day.date, day.reason);
                }
            }
        }
        SlaAction::Calendar { year } => {
            let first = jiff::civil::Date::new(year, 1, 1)
                .map_err(|e| UsageError(format!("year {year}: {e}")))?;
            let mut total = 0;
            for month in 1..=12i8 {
                let start = first.with().month(month).build()?;
                let mut working = 0;
                let mut notes = Vec::new();
                let mut day = start;
                while day.month() == month && day.year() == year {
                    match calendar.non_working_reason(day) {
                        None => working += 1,
                        Some(reason) if reason.starts_with("holiday") => {
                            notes.push(format!("{} {}", day.day(), reason))
                        }
                        Some(_) => {}
                    }
                    day = day.tomorrow()?;
                }
                total += working;
                println!(
                    "{year}-{month:02}  {working:>2} working days  {}",
                    notes.join("; ")
                );
            }
            println!("{year}: {total} working days");
        }
    }
    Ok(())
}

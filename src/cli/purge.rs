//! `sebadesk purge [--dry-run] [--format json]`: data retention on demand (the daemon also
//! runs it hourly). The work is `sebadesk::tickets::retention`.

use sebadesk::store::retention::Amount;
use sebadesk::tickets::retention::{Report, purge_offices};

use super::*;

fn amount(a: &Amount) -> String {
    format!(
        "{} messages, {} sent mails, {} bytes",
        a.messages, a.outbox_mails, a.bytes
    )
}

pub(crate) async fn purge(
    deployment: &Config,
    config: &Config,
    office_filter: Option<&str>,
    dry_run: bool,
    format: Format,
) -> anyhow::Result<()> {
    let offices = match office_filter {
        Some(_) => vec![config.clone()],
        None => deployment.offices(),
    };
    let store = open_store(config).await?;
    let report: Report = purge_offices(&store, &offices, jiff::Timestamp::now(), dry_run)
        .await
        .context("purging mail past its retention")?;
    store.close().await;
    if format == Format::Json {
        println!("{}", serde_json::to_string(&report)?);
        return Ok(());
    }
    let verb = if dry_run { "would purge" } else { "purged" };
    for t in &report.tickets {
        println!(
            "{}  {} {}  {}",
            shown(&t.ticket.reference),
            t.ticket.status,
            t.ticket
                .resolved_at
                .as_deref()
                .map(|r| local(config, r))
                .unwrap_or_else(|| "-".into()),
            amount(&t.amount)
        );
    }
    println!(
        "{verb}: the mail of {} tickets ({}); quarantined mail: {}; mail that opened no ticket: {}; {} bytes in all",
        report.tickets.len(),
        amount(&Amount {
            messages: report.tickets.iter().map(|t| t.amount.messages).sum(),
            outbox_mails: report.tickets.iter().map(|t| t.amount.outbox_mails).sum(),
            bytes: report.tickets.iter().map(|t| t.amount.bytes).sum(),
        }),
        amount(&report.quarantine),
        amount(&report.untracked_mail),
        report.total.bytes
    );
    Ok(())
}

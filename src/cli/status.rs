//! `sebadesk status`: health, backlog, replicas and mailbox leases (text or JSON).

use super::*;

pub(crate) async fn show(
    config: &Config,
    office_filter: Option<&str>,
    format: Format,
) -> anyhow::Result<()> {
    let store = open_store(config).await?;
    let mut health = store.health().await?;
    let backlog = store.backlog(jiff::Timestamp::now()).await?;
    let replicas = store.replicas().await?;
    let mut leases = store.leases().await?;
    if let Some(code) = &office_filter {
        let mine = [
            sebadesk::config::health_component(config, "imap"),
            sebadesk::config::health_component(config, "smtp"),
        ];
        health.retain(|h| mine.contains(&h.component));
        leases.retain(|l| &l.office == code);
    }
    if format == Format::Json {
        println!(
            "{}",
            serde_json::json!({ "health": health, "backlog": backlog, "replicas": replicas, "leases": leases })
        );
    } else {
        for h in &health {
            let state = match &h.failing_since {
                Some(since) => format!(
                    "FAILING since {} ({})",
                    local(config, since),
                    shown(h.last_error.as_deref().unwrap_or(""))
                ),
                None => "ok".to_string(),
            };
            let last = h
                .ok_at
                .as_deref()
                .map(|t| local(config, t))
                .unwrap_or_else(|| "never".into());
            println!("{:<5} {state}; last success {last}", h.component);
        }
        if health.is_empty() {
            println!("the daemon has not run yet");
        }
        let now = sebadesk::store::db_time(jiff::Timestamp::now());
        for r in &replicas {
            let state = if r.expires_at > now { "live" } else { "dead" };
            let held = leases.iter().filter(|l| l.owner == r.id).count();
            println!(
                "replica {} ({state}, pid {} on {}): {held} mailbox(es), heartbeat {}",
                r.id,
                r.pid,
                r.host,
                local(config, &r.heartbeat_at)
            );
        }
        println!(
            "outbox: {} queued (oldest {}), {} failed; quarantined mail: {}; open tickets: {} ({} overdue)",
            backlog.queued_mail,
            backlog
                .oldest_queued
                .as_deref()
                .map(|t| local(config, t))
                .unwrap_or_else(|| "-".into()),
            backlog.failed_mail,
            backlog.quarantined,
            backlog.open_tickets,
            backlog.overdue_tickets
        );
    }
    Ok(())
}

//! `sebadesk backup --to FILE` and `sebadesk restore --from FILE` (SQLite; PostgreSQL has
//! pg_dump and pg_restore, which both commands name). The work is in
//! `sebadesk::store::backup`; this only maps refusals to exit 2 and prints the summary.

use std::path::Path;

use sebadesk::store::backup::{self, BackupError, DatabaseInfo};

use super::*;

/// A refusal the operator resolves (exit 2); anything else is a runtime failure (exit 1).
fn classify(e: BackupError) -> anyhow::Error {
    match e {
        BackupError::Io { .. } | BackupError::Store(_) => anyhow::Error::new(e),
        refusal => UsageError(refusal.to_string()).into(),
    }
}

fn summary(info: &DatabaseInfo) -> String {
    format!(
        "{} bytes, migration {} (this sebadesk: {}), {} tickets, {} events, {} messages, {} outbox mails",
        info.bytes,
        info.migration,
        info.known_migration,
        info.tickets,
        info.events,
        info.messages,
        info.outbox
    )
}

pub(crate) async fn backup(
    config: &Config,
    to: &Path,
    force: bool,
    format: Format,
) -> anyhow::Result<()> {
    let path = backup::sqlite_path(&config.database.url)
        .map_err(classify)?
        .ok_or_else(|| classify(BackupError::InMemory))?;
    if !path.is_file() {
        return Err(UsageError(format!("no database at {}", path.display())).into());
    }
    let store = Store::connect(&config.database.url, 1)
        .await
        .context("opening the database")?;
    let result = store.backup_to(to, force).await;
    store.close().await;
    let info = result.map_err(classify)?;
    match format {
        Format::Json => println!("{}", serde_json::json!({ "backup": info })),
        Format::Text => println!("backup written to {}: {}", to.display(), summary(&info)),
    }
    Ok(())
}

pub(crate) async fn restore(config: &Config, from: &Path, format: Format) -> anyhow::Result<()> {
    if !config.database.url.starts_with("sqlite:") {
        return Err(classify(BackupError::Postgres));
    }
    let done = backup::restore_sqlite(
        from,
        &config.database.url,
        jiff::Timestamp::now(),
        &sebadesk::daemon::replicas::host_name(),
    )
    .await
    .map_err(classify)?;
    match format {
        Format::Json => println!("{}", serde_json::json!({ "restored": done })),
        Format::Text => {
            println!(
                "restored {} from {}: {}",
                done.database.display(),
                from.display(),
                summary(&done.from)
            );
            if let Some(kept) = &done.previous_kept_at {
                println!("the database it replaced is kept at {}", kept.display());
            }
            println!("schema now at migration {}", done.migration);
        }
    }
    Ok(())
}

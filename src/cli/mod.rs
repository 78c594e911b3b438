//! The command line: one module per subcommand family, each parsing its arguments into
//! domain types and calling the library; `main.rs` only dispatches and maps errors to exit
//! codes. Process-wide setup (logging, the allocator's memory return) lives here too: the
//! library never installs global state.

pub mod args;
pub mod attachments;
pub mod backup;
pub mod classify;
pub mod config_check;
pub mod logging;
pub mod memory;
pub mod oauth;
pub mod purge;
pub mod quarantine;
pub mod report;
pub mod run;
pub mod sla;
pub mod status;
pub mod templates;
pub mod tickets;
pub mod web;

use std::path::PathBuf;

use anyhow::Context;

use sebadesk::config::Config;
use sebadesk::domain::TicketRef;
use sebadesk::store::Store;
use sebadesk::text::safety::for_terminal as shown;
use sebadesk::tickets::{Desk, actions};

pub(crate) use args::*;

/// An error that means "bad usage or config" (exit 2) rather than a runtime failure.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub(crate) struct UsageError(pub String);

/// The configuration of the office named by `--office` (the main office without it).
pub(crate) fn office_config(config: &Config, office: Option<&str>) -> Result<Config, UsageError> {
    match office {
        None => Ok(config.offices().swap_remove(0)),
        Some(code) => config.office(code).ok_or_else(|| {
            let known: Vec<String> = config
                .offices()
                .iter()
                .map(|c| c.office.code.clone())
                .collect();
            UsageError(format!(
                "--office: no office {code:?} in this deployment (offices: {})",
                known.join(", ")
            ))
        }),
    }
}

pub(crate) async fn open_store(config: &Config) -> anyhow::Result<Store> {
    let store = Store::connect_with_cache(
        &config.database.url,
        config.database.max_connections,
        config.database.sqlite_cache_kib,
    )
    .await
    .context("opening the database")?;
    store.migrate().await.context("migrating the database")?;
    Ok(store)
}

/// A stored UTC time shown in the office's time zone.
pub(crate) fn local(config: &Config, utc: &str) -> String {
    utc.parse::<jiff::Timestamp>()
        .map(|t| {
            t.to_zoned_datetime(config.office.timezone.clone())
                .strftime("%Y-%m-%d %H:%M %:z")
                .to_string()
        })
        .unwrap_or_else(|_| utc.to_string())
}

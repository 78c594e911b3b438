//! Wiring: the long-running tasks (intake, outbox worker) and graceful shutdown.
//!
//! One cancellation token says "stop". Each task heeds it only between units of work: intake
//! finishes the message in hand (its transaction commits or never started) or leaves IDLE;
//! the outbox worker finishes the send in hand and records it. Then the pool closes.

use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;
use jiff::Timestamp;
use tokio::sync::Notify;
use tokio_util::sync::CancellationToken;
use tokio_util::task::TaskTracker;

use crate::config::Config;
use crate::intake::watch::Watcher;
use crate::outbox::smtp::{Sender, claimer_id, run_worker};
use crate::pipeline::Pipeline;
use crate::sla::{Calendar, Clock, SystemClock};
use crate::store::Store;

/// How long shutdown waits for the tasks before giving up on them.
const SHUTDOWN_GRACE: Duration = Duration::from_secs(20);

pub struct RunOptions {
    /// Import mail that arrived since this instant on the first start (default: none).
    pub since: Option<Timestamp>,
}

pub async fn run(config: Config, options: RunOptions) -> anyhow::Result<()> {
    let config = Arc::new(config);
    let store = Store::connect(&config.database.url, config.database.max_connections)
        .await
        .context("opening the database")?;
    store.migrate().await.context("migrating the database")?;
    let released = store
        .release_leases()
        .await
        .context("releasing stale outbox claims")?;
    if released > 0 {
        tracing::warn!(
            released,
            "mail claimed by a previous run that did not finish: sending it again now"
        );
    }
    let clock: Arc<dyn Clock> = Arc::new(SystemClock);
    let sender = Sender::new(&config.smtp).context("setting up SMTP")?;
    let changed = crate::deadlines::recompute_open(
        &store,
        &config.charter,
        &Calendar::from_config(&config),
        clock.as_ref(),
    )
    .await
    .context("recomputing deadlines")?;
    if changed > 0 {
        tracing::info!(
            changed,
            "deadlines of open tickets recomputed for the current calendar"
        );
    }
    let pipeline = Arc::new(
        Pipeline::new(config.clone(), store.clone(), clock.clone())
            .context("loading the classifier")?,
    );

    pipeline
        .retrain_if_changed()
        .await
        .context("training the classifier")?;

    let cancel = CancellationToken::new();
    let wake_outbox = Arc::new(Notify::new());
    let tracker = TaskTracker::new();
    tracker.spawn(
        Watcher::new(
            pipeline.clone(),
            options.since,
            wake_outbox.clone(),
            cancel.clone(),
        )
        .run(),
    );
    tracker.spawn(reminder_loop(
        pipeline.clone(),
        wake_outbox.clone(),
        cancel.clone(),
    ));
    tracker.spawn(run_worker(
        store.clone(),
        sender,
        clock.clone(),
        wake_outbox.clone(),
        cancel.clone(),
        config.smtp.concurrency,
        claimer_id(),
    ));
    tracker.close();
    tracing::info!(office = %config.office.code, mailbox = %config.imap.mailbox, "sebadesk running");

    shutdown_signal().await?;
    tracing::info!("shutdown requested: finishing the work in hand");
    cancel.cancel();
    if tokio::time::timeout(SHUTDOWN_GRACE, tracker.wait())
        .await
        .is_err()
    {
        tracing::warn!(
            "tasks did not stop within {SHUTDOWN_GRACE:?}; exiting anyway (uncommitted work is redone on restart)"
        );
    }
    store.close().await;
    tracing::info!("stopped");
    Ok(())
}

/// Runs the reminder scheduler once a minute (reminders are keyed per day, so the period only
/// bounds how late one can be).
async fn reminder_loop(
    pipeline: Arc<Pipeline>,
    wake_outbox: Arc<Notify>,
    cancel: CancellationToken,
) {
    let mut failing = false;
    while !cancel.is_cancelled() {
        // The officer may have corrected a service from the command line meanwhile.
        if let Err(e) = pipeline.retrain_if_changed().await {
            tracing::warn!(error = %e, "classifier: cannot retrain");
        }
        match crate::health::alert_if_failing(&pipeline).await {
            Ok(n) if n > 0 => wake_outbox.notify_one(),
            Ok(_) => {}
            Err(e) => tracing::warn!(error = %e, "health: cannot check"),
        }
        match crate::reminders::run_once(&pipeline).await {
            Ok(n) => {
                failing = false;
                if n > 0 {
                    wake_outbox.notify_one();
                }
            }
            Err(e) if !failing => {
                tracing::error!(error = %e, "reminders: cannot plan");
                failing = true;
            }
            Err(_) => {}
        }
        tokio::select! {
            _ = tokio::time::sleep(Duration::from_secs(60)) => {}
            _ = cancel.cancelled() => {}
        }
    }
}

async fn shutdown_signal() -> anyhow::Result<()> {
    let mut term = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        .context("installing the SIGTERM handler")?;
    tokio::select! {
        r = tokio::signal::ctrl_c() => r.context("waiting for Ctrl-C")?,
        _ = term.recv() => {}
    }
    Ok(())
}

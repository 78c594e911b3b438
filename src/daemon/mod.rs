//! Wiring: the long-running tasks (the desks of the offices, under the lease coordinator, and
//! the outbox worker) and graceful shutdown.
//!
//! One cancellation token says "stop". Each task heeds it only between units of work: intake
//! finishes the message in hand (its transaction commits or never started) or leaves IDLE;
//! the outbox worker finishes the send in hand and records it; the coordinator gives the
//! mailbox leases back. Then the pool closes.

pub mod health;
pub mod replicas;

use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;
use jiff::Timestamp;
use tokio::sync::{Notify, Semaphore};
use tokio_util::sync::CancellationToken;
use tokio_util::task::TaskTracker;

use crate::config::Config;
use crate::daemon::replicas::{Coordinator, DeskContext, MailboxDesk, replica_id};
use crate::outbox::smtp::{Senders, run_worker};
use crate::pipeline::Pipeline;
use crate::sla::Clock;
use crate::store::{Backend, Store};
use crate::tickets::Learner;

/// How long shutdown waits for the tasks before giving up on them.
const SHUTDOWN_GRACE: Duration = Duration::from_secs(20);

/// How the daemon was started beyond its configuration (the `run` subcommand's flags).
pub struct RunOptions {
    /// Import mail that arrived since this instant on the first start (default: none).
    pub since: Option<Timestamp>,
}

/// Runs every office's desk and the outbox worker until `shutdown` completes, then drains
/// (bounded by [`SHUTDOWN_GRACE`]) and closes the pool. Time for the SLA comes from `clock`.
/// Signals are the caller's business (mini-redis's `server::run(listener, shutdown)`): the
/// binary passes SIGTERM/Ctrl-C, a test can pass any future.
pub async fn run(
    config: Config,
    options: RunOptions,
    clock: Arc<dyn Clock>,
    shutdown: impl std::future::Future<Output = ()>,
) -> anyhow::Result<()> {
    let config = Arc::new(config);
    let (store, replica) = open_store(&config).await?;
    let offices = config.offices();
    let senders = Senders::new(&offices).context("setting up SMTP")?;
    // Listeners are bound before anything runs, so a taken port fails the start instead of
    // leaving a desk missing.
    let metrics_listener = bind(config.metrics_listen, "metrics.listen").await?;
    let all_offices = Arc::new(offices.clone());
    let metrics_state = Arc::new(crate::metrics::MetricsState::new(
        store.clone(),
        offices.clone(),
        config.health_alert_after,
    ));
    let (desks, web_desks) = build_desks(&config, offices, &store, &clock).await?;
    let web_listener = match config.web.listen {
        Some(addr) => Some(
            crate::web::bind(addr)
                .await
                .with_context(|| format!("web.listen: cannot listen on {addr}"))?,
        ),
        None => None,
    };

    let cancel = CancellationToken::new();
    let wake_outbox = Arc::new(Notify::new());
    let tracker = TaskTracker::new();
    let offices_count = desks.len();
    tracker.spawn(
        Coordinator {
            store: store.clone(),
            replica: replica.clone(),
            desks,
            ttl: config.deployment.lease_ttl,
            heartbeat: config.deployment.heartbeat,
            context: DeskContext {
                since: options.since,
                wake_outbox: wake_outbox.clone(),
                intake_permits: Arc::new(Semaphore::new(
                    config.deployment.max_parallel_intake as usize,
                )),
                offices: all_offices,
            },
            cancel: cancel.clone(),
        }
        .run(),
    );
    tracker.spawn(run_worker(
        store.clone(),
        senders,
        clock.clone(),
        wake_outbox.clone(),
        cancel.clone(),
        config.smtp.concurrency,
        replica.clone(),
    ));
    if let Some(listener) = web_listener {
        let web = Arc::new(crate::web::WebDesk {
            config: config.clone(),
            desks: web_desks,
            store: store.clone(),
            clock: clock.clone(),
        });
        // `/metrics`, `/healthz`, `/readyz` on the desk's listener too (issue 19).
        let extra = crate::metrics::router(metrics_state.clone());
        tracker.spawn(serve_web(web, extra, listener, cancel.clone()));
    }
    if let Some(listener) = metrics_listener {
        tracing::info!(addr = ?listener.local_addr().ok(), "serving /metrics, /healthz, /readyz");
        tracker.spawn(crate::metrics::serve(
            listener,
            crate::metrics::router(metrics_state),
            cancel.clone(),
        ));
    }
    tracker.close();
    tracing::info!(office = %config.office.code, offices = offices_count, %replica, "sebadesk running");

    shutdown.await;
    drain_and_close(cancel, tracker, store).await;
    tracing::info!("stopped");
    Ok(())
}

/// Stops every task (they finish the work in hand, bounded by [`SHUTDOWN_GRACE`]) and
/// closes the pool.
async fn drain_and_close(cancel: CancellationToken, tracker: TaskTracker, store: Store) {
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
}

/// Opens and migrates the database and registers this replica, alive before the outbox
/// worker claims anything (another replica releases the claims of any claimer it does not
/// see alive).
async fn open_store(config: &Config) -> anyhow::Result<(Store, String)> {
    let store = Store::connect_with_cache(
        &config.database.url,
        config.database.max_connections,
        config.database.sqlite_cache_kib,
    )
    .await
    .context("opening the database")?;
    store.migrate().await.context("migrating the database")?;
    let replica = replica_id(config.deployment.replica_id.as_deref());
    if store.backend() == Backend::Sqlite {
        // One process per SQLite file: whatever is claimed was claimed by a run that died.
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
    }
    store
        .heartbeat(
            &replica,
            &crate::daemon::replicas::host_name(),
            std::process::id(),
            Timestamp::now(),
            config.deployment.lease_ttl,
        )
        .await
        .context("registering this replica")?;
    Ok((store, replica))
}

/// Listens on `addr` if it is set; `key` names the setting in the error.
async fn bind(
    addr: Option<std::net::SocketAddr>,
    key: &str,
) -> anyhow::Result<Option<tokio::net::TcpListener>> {
    match addr {
        Some(addr) => Ok(Some(
            tokio::net::TcpListener::bind(addr)
                .await
                .with_context(|| format!("{key}: cannot listen on {addr}"))?,
        )),
        None => Ok(None),
    }
}

/// One mailbox desk per office, and the web desk's own desks when it listens (one per
/// office, calling the same actions); offices with the same charter share one classifier,
/// trained before any desk starts.
async fn build_desks(
    config: &Config,
    offices: Vec<Config>,
    store: &Store,
    clock: &Arc<dyn Clock>,
) -> anyhow::Result<(Vec<Arc<MailboxDesk>>, Vec<Arc<crate::tickets::Desk>>)> {
    let mut learners: Vec<Arc<Learner>> = Vec::new();
    let mut desks: Vec<Arc<MailboxDesk>> = Vec::with_capacity(offices.len());
    let mut web_desks: Vec<Arc<crate::tickets::Desk>> = Vec::new();
    for office in offices {
        let learner = match learners.iter().find(|l| l.fits(&office)) {
            Some(l) => l.clone(),
            None => {
                let l = Arc::new(Learner::new(&office).context("loading the classifier")?);
                learners.push(l.clone());
                l
            }
        };
        let office = Arc::new(office);
        if config.web.listen.is_some() {
            web_desks.push(Arc::new(crate::tickets::Desk::with_learner(
                office.clone(),
                store.clone(),
                clock.clone(),
                learner.clone(),
            )));
        }
        let pipeline = Pipeline::with_learner(office, store.clone(), clock.clone(), learner);
        desks.push(Arc::new(MailboxDesk::new(Arc::new(pipeline))));
    }
    for learner in &learners {
        learner
            .retrain_if_changed(store)
            .await
            .context("training the classifier")?;
    }
    Ok((desks, web_desks))
}

/// Serves the web desk (with the metrics routes beside it) until `cancel`.
async fn serve_web(
    web: Arc<crate::web::WebDesk>,
    extra: axum::Router,
    listener: tokio::net::TcpListener,
    cancel: CancellationToken,
) {
    let address = listener
        .local_addr()
        .map(|a| a.to_string())
        .unwrap_or_default();
    tracing::info!(listen = %address, base_url = %web.config.web.base_url, "web desk listening");
    if let Err(e) = crate::web::serve_with(web, extra, listener, cancel).await {
        tracing::error!(error.message = %e, "web desk stopped");
    }
}

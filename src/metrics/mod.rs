//! `GET /metrics` (Prometheus text format), `GET /healthz` and `GET /readyz` (issue 19).
//!
//! [`router`] is an axum `Router` of its own, so the web desk can mount it on its listener;
//! [`serve`] runs it on `[metrics] listen` when the daemon is configured so. Two kinds of
//! metrics: counters and histograms of this process, recorded through the `metrics` facade
//! where things happen (the pipeline, the SMTP worker, the outbox's "sent" record) and
//! rendered by `metrics-exporter-prometheus`; and gauges read from the database (tickets,
//! outbox, quarantine, health, replicas, leases), so that every replica reports the same
//! figures for the whole deployment. Every metric is listed in README ("Metrics").
//!
//! The open and overdue ticket counts are cached ([`GaugeCache`]): counting them for 500
//! offices is an index scan of every open ticket (hundreds of milliseconds with a quarter
//! of a million open), too slow for a scrape's 20 ms budget and wasted work when several
//! scrapers ask. The other database gauges (health, outbox, quarantine, replicas) are small
//! reads, made at every scrape, so `/metrics` and `/readyz` agree at once. A scrape gets the last read when it is younger than
//! [`GAUGE_REFRESH`]; older, but younger than [`GAUGE_MAX_AGE`], it gets it too and starts one
//! read in the background for the next scrape; older still (or none yet) it reads and waits.
//! So at a steady scrape interval the gauges lag by at most that interval, and the database
//! is read at most once per [`GAUGE_REFRESH`] per replica.

mod exposition;

pub use exposition::render;

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

use axum::Router;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use jiff::Timestamp;
use metrics_exporter_prometheus::{Matcher, PrometheusBuilder, PrometheusHandle};
use tokio_util::sync::CancellationToken;

use crate::config::{Config, health_component};
use crate::store::gauges::OpenTickets;
use crate::store::{Store, StoreError, db_time};

/// A read of the open-ticket counts younger than this is served as it is.
pub const GAUGE_REFRESH: Duration = Duration::from_secs(5);

/// A read older than this is not served: the scrape reads and waits.
pub const GAUGE_MAX_AGE: Duration = Duration::from_secs(60);

/// Buckets (seconds) of the latency histograms: sub-second IDLE delivery to an hour of outage.
const BUCKETS: &[f64] = &[
    0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 300.0, 900.0, 3600.0,
];

/// The process-wide recorder (installed once; a second caller gets the same handle). If
/// another recorder was installed first, this process's counters are not exported, the
/// database gauges still are.
pub fn handle() -> &'static PrometheusHandle {
    static HANDLE: OnceLock<PrometheusHandle> = OnceLock::new();
    HANDLE.get_or_init(|| {
        let builder = PrometheusBuilder::new()
            .set_buckets_for_metric(Matcher::Suffix("_seconds".into()), BUCKETS)
            .expect("the buckets are not empty");
        let recorder = builder.build_recorder();
        let handle = recorder.handle();
        if ::metrics::set_global_recorder(recorder).is_err() {
            tracing::warn!(
                "a metrics recorder was already installed: process counters not exported"
            );
        }
        handle
    })
}

/// What the endpoints read.
pub struct MetricsState {
    /// The database the gauges are read from.
    pub store: Store,
    /// Every office of the deployment (each one's config).
    pub offices: Vec<Config>,
    /// IMAP or SMTP failing for longer than this makes `/readyz` answer 503.
    pub alert_after: Duration,
    gauges: Arc<GaugeCache>,
}

impl MetricsState {
    /// The endpoints' state, with an empty cache of the open-ticket counts (filled by the
    /// first scrape).
    pub fn new(store: Store, offices: Vec<Config>, alert_after: Duration) -> Self {
        MetricsState {
            store,
            offices,
            alert_after,
            gauges: Arc::default(),
        }
    }

    /// Reads the open-ticket counts now, for the next scrapes (the background refresh).
    pub async fn refresh_gauges(&self) -> Result<Arc<OpenTickets>, StoreError> {
        self.gauges.read(&self.store).await
    }
}

/// The last read of the open-ticket counts (see the module doc).
#[derive(Default)]
pub struct GaugeCache {
    /// std's mutex: held only to copy or replace the pointer, never across an await.
    last: Mutex<Option<(Instant, Arc<OpenTickets>)>>,
    reading: AtomicBool,
}

impl GaugeCache {
    async fn read(&self, store: &Store) -> Result<Arc<OpenTickets>, StoreError> {
        let g = Arc::new(store.open_ticket_gauges(Timestamp::now()).await?);
        *self.last.lock().unwrap_or_else(|e| e.into_inner()) = Some((Instant::now(), g.clone()));
        Ok(g)
    }

    /// The gauges a scrape shows.
    async fn current(self: &Arc<Self>, store: &Store) -> Result<Arc<OpenTickets>, StoreError> {
        let last = self.last.lock().unwrap_or_else(|e| e.into_inner()).clone();
        match last {
            Some((at, g)) if at.elapsed() < GAUGE_REFRESH => Ok(g),
            Some((at, g)) if at.elapsed() < GAUGE_MAX_AGE => {
                if !self.reading.swap(true, Ordering::AcqRel) {
                    let (cache, store) = (self.clone(), store.clone());
                    tokio::spawn(async move {
                        if let Err(e) = cache.read(&store).await {
                            tracing::warn!(error = %e, "metrics: database gauges not refreshed");
                        }
                        cache.reading.store(false, Ordering::Release);
                    });
                }
                Ok(g)
            }
            _ => self.read(store).await,
        }
    }
}

/// `/metrics`, `/healthz`, `/readyz`.
pub fn router(state: Arc<MetricsState>) -> Router {
    // Installed with the routes: the counters count from then on.
    handle();
    Router::new()
        .route("/metrics", get(metrics))
        .route("/healthz", get(healthz))
        .route("/readyz", get(readyz))
        .with_state(state)
}

/// Serves `router` on `listener` until `cancel`, then finishes the requests in hand.
pub async fn serve(listener: tokio::net::TcpListener, router: Router, cancel: CancellationToken) {
    let upkeep = {
        let cancel = cancel.clone();
        async move {
            // Drains the histograms' buckets even when nobody scrapes.
            loop {
                tokio::select! {
                    _ = cancel.cancelled() => break,
                    _ = tokio::time::sleep(Duration::from_secs(5)) => handle().run_upkeep(),
                }
            }
        }
    };
    let server = axum::serve(listener, router).with_graceful_shutdown(cancel.cancelled_owned());
    let (result, ()) = tokio::join!(server.into_future(), upkeep);
    if let Err(e) = result {
        tracing::error!(error = %e, "metrics listener failed");
    }
}

async fn healthz() -> &'static str {
    "ok\n"
}

/// 200 when the database answers and every office's IMAP and SMTP have not been failing for
/// longer than `health.alert_after`; else 503 with the reasons, one a line.
async fn readyz(State(state): State<Arc<MetricsState>>) -> Response {
    match not_ready(&state).await {
        Ok(reasons) if reasons.is_empty() => (StatusCode::OK, "ready\n").into_response(),
        Ok(reasons) => (
            StatusCode::SERVICE_UNAVAILABLE,
            format!("not ready\n{}\n", reasons.join("\n")),
        )
            .into_response(),
        Err(e) => (
            StatusCode::SERVICE_UNAVAILABLE,
            format!("not ready\ndatabase: {e}\n"),
        )
            .into_response(),
    }
}

/// Why the deployment is not ready (empty: ready).
pub async fn not_ready(state: &MetricsState) -> Result<Vec<String>, StoreError> {
    let health = tokio::time::timeout(Duration::from_secs(3), state.store.health())
        .await
        .map_err(|_| StoreError::Sqlx(sqlx::Error::PoolTimedOut))??;
    let limit = db_time(
        Timestamp::now() - jiff::SignedDuration::try_from(state.alert_after).unwrap_or_default(),
    );
    let mut reasons = Vec::new();
    for office in &state.offices {
        for kind in ["imap", "smtp"] {
            let component = health_component(office, kind);
            if let Some(h) = health.iter().find(|h| h.component == component)
                && let Some(since) = &h.failing_since
                && since.as_str() <= limit.as_str()
            {
                reasons.push(format!(
                    "{} {kind}: failing since {since}",
                    office.office.code
                ));
            }
        }
    }
    Ok(reasons)
}

async fn metrics(State(state): State<Arc<MetricsState>>) -> Response {
    match render(&state).await {
        Ok(body) => (
            [(
                header::CONTENT_TYPE,
                "text/plain; version=0.0.4; charset=utf-8",
            )],
            body,
        )
            .into_response(),
        Err(e) => {
            tracing::warn!(error = %e, "metrics: database unreadable");
            (StatusCode::SERVICE_UNAVAILABLE, format!("database: {e}\n")).into_response()
        }
    }
}

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

use std::collections::BTreeMap;
use std::fmt::Write;
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

use crate::config::{Config, health_component, mailbox_name};
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

/// Prometheus text: label values escaped (backslash, quote, newline).
fn label(v: &str) -> String {
    v.replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n")
}

struct Out(String);

impl Out {
    fn family(&mut self, name: &str, kind: &str, help: &str) {
        let _ = writeln!(self.0, "# HELP {name} {help}\n# TYPE {name} {kind}");
    }

    fn sample(&mut self, name: &str, labels: &[(&str, &str)], value: f64) {
        let labels: Vec<String> = labels
            .iter()
            .map(|(k, v)| format!("{k}=\"{}\"", label(v)))
            .collect();
        if labels.is_empty() {
            let _ = writeln!(self.0, "{name} {value}");
        } else {
            let _ = writeln!(self.0, "{name}{{{}}} {value}", labels.join(","));
        }
    }
}

/// The whole exposition: the database gauges, then this process's counters and histograms.
pub async fn render(state: &MetricsState) -> Result<String, StoreError> {
    let now = Timestamp::now();
    let open_tickets = state.gauges.current(&state.store).await?;
    let g = state.store.metrics_gauges(now).await?;
    let mut out = Out(String::with_capacity(16 * 1024));
    let codes: Vec<&str> = state
        .offices
        .iter()
        .map(|c| c.office.code.as_str())
        .collect();
    let by_address: BTreeMap<String, &str> = state
        .offices
        .iter()
        .map(|c| {
            (
                c.office.address.as_str().to_ascii_lowercase(),
                c.office.code.as_str(),
            )
        })
        .collect();
    let by_mailbox: BTreeMap<String, &str> = state
        .offices
        .iter()
        .map(|c| (mailbox_name(&c.imap), c.office.code.as_str()))
        .collect();

    let per_office =
        |rows: &BTreeMap<String, (i64, i64)>, code: &str| rows.get(code).copied().unwrap_or((0, 0));
    out.family(
        "sebadesk_tickets_open",
        "gauge",
        "Tickets not resolved or closed (any open status).",
    );
    for c in &codes {
        out.sample(
            "sebadesk_tickets_open",
            &[("office", c)],
            per_office(&open_tickets, c).0 as f64,
        );
    }
    out.family(
        "sebadesk_tickets_overdue",
        "gauge",
        "Open tickets whose final deadline has passed.",
    );
    for c in &codes {
        out.sample(
            "sebadesk_tickets_overdue",
            &[("office", c)],
            per_office(&open_tickets, c).1 as f64,
        );
    }

    // The outbox by office (a mail is the office's whose address sends it).
    let mut queued: BTreeMap<&str, (i64, Option<String>, i64)> = BTreeMap::new();
    for (from, count, oldest, failed) in &g.outbox {
        let office = by_address
            .get(&from.to_ascii_lowercase())
            .copied()
            .unwrap_or("");
        let e = queued.entry(office).or_insert((0, None, 0));
        e.0 += count;
        e.2 += failed;
        if let Some(o) = oldest
            && e.1.as_ref().is_none_or(|x| o < x)
        {
            e.1 = Some(o.clone());
        }
    }
    let outbox_offices: Vec<&str> = codes
        .iter()
        .copied()
        .chain(queued.keys().copied().filter(|k| k.is_empty()))
        .collect();
    out.family(
        "sebadesk_outbox_queued",
        "gauge",
        "Mails waiting to be sent (queued, not held).",
    );
    for c in &outbox_offices {
        let v = queued.get(c).map(|e| e.0).unwrap_or(0);
        out.sample("sebadesk_outbox_queued", &[("office", c)], v as f64);
    }
    out.family(
        "sebadesk_outbox_oldest_queued_age_seconds",
        "gauge",
        "Age of the oldest queued mail (0 when none).",
    );
    for c in &outbox_offices {
        let age = queued
            .get(c)
            .and_then(|e| e.1.as_deref())
            .and_then(|t| t.parse::<Timestamp>().ok())
            .map(|t| (now - t).as_secs_f64().max(0.0))
            .unwrap_or(0.0);
        out.sample(
            "sebadesk_outbox_oldest_queued_age_seconds",
            &[("office", c)],
            age,
        );
    }
    out.family(
        "sebadesk_outbox_failed",
        "gauge",
        "Mails that failed for good (recorded on their tickets).",
    );
    for c in &outbox_offices {
        let v = queued.get(c).map(|e| e.2).unwrap_or(0);
        out.sample("sebadesk_outbox_failed", &[("office", c)], v as f64);
    }

    let mut quarantined: BTreeMap<&str, i64> = BTreeMap::new();
    for (mailbox, n) in &g.quarantined {
        let office = by_mailbox.get(mailbox).copied().unwrap_or("");
        *quarantined.entry(office).or_default() += n;
    }
    out.family(
        "sebadesk_quarantined",
        "gauge",
        "Messages set aside for the officer (unparseable, oversize, a stage failed).",
    );
    for c in codes
        .iter()
        .copied()
        .chain(quarantined.keys().copied().filter(|k| k.is_empty()))
    {
        let v = quarantined.get(c).copied().unwrap_or(0);
        out.sample("sebadesk_quarantined", &[("office", c)], v as f64);
    }

    for kind in ["imap", "smtp"] {
        let up = format!("sebadesk_{kind}_up");
        let last = format!("sebadesk_{kind}_last_success_timestamp_seconds");
        out.family(
            &up,
            "gauge",
            &format!("1 when the office's last {kind} attempt succeeded, 0 when it is failing or never succeeded."),
        );
        let mut lasts = Vec::new();
        for c in &state.offices {
            let component = health_component(c, kind);
            let h = g.health.iter().find(|h| h.component == component);
            // An office without its own SMTP login sends through the main office's.
            let h = match (h, kind) {
                (None, "smtp") => g.health.iter().find(|h| h.component == "smtp"),
                (h, _) => h,
            };
            let is_up = h.is_some_and(|h| h.failing_since.is_none() && h.ok_at.is_some());
            out.sample(
                &up,
                &[("office", &c.office.code)],
                if is_up { 1.0 } else { 0.0 },
            );
            let at = h
                .and_then(|h| h.ok_at.as_deref())
                .and_then(|t| t.parse::<Timestamp>().ok())
                .map(|t| t.as_second() as f64);
            lasts.push((c.office.code.clone(), at));
        }
        out.family(
            &last,
            "gauge",
            &format!("Unix time of the office's last successful {kind} attempt (absent: never)."),
        );
        for (code, at) in lasts {
            if let Some(at) = at {
                out.sample(&last, &[("office", &code)], at);
            }
        }
    }

    out.family(
        "sebadesk_replicas_live",
        "gauge",
        "sebadesk processes sharing the database whose heartbeat has not expired.",
    );
    out.sample("sebadesk_replicas_live", &[], g.live_replicas as f64);
    out.family(
        "sebadesk_mailbox_leases_held",
        "gauge",
        "Mailbox leases (mailboxes watched) per replica.",
    );
    for (owner, n) in &g.leases {
        out.sample(
            "sebadesk_mailbox_leases_held",
            &[("replica", owner)],
            *n as f64,
        );
    }

    let h = handle();
    h.run_upkeep();
    out.0.push_str(&h.render());
    Ok(out.0)
}

//! The Prometheus text of `GET /metrics`: the database's gauges (tickets, outbox, quarantine,
//! mail-server health, replicas), one function per group, then this process's counters and
//! histograms from the recorder.

use std::collections::BTreeMap;
use std::fmt::Write;

use jiff::Timestamp;

use super::{MetricsState, handle};
use crate::config::{Config, health_component, mailbox_name};
use crate::store::StoreError;
use crate::store::gauges::{Gauges, OpenTickets};
use crate::store::health::Health;

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

    /// A gauge family with one sample per office.
    fn per_office<'a>(
        &mut self,
        name: &str,
        help: &str,
        values: impl IntoIterator<Item = (&'a str, f64)>,
    ) {
        self.family(name, "gauge", help);
        for (office, v) in values {
            self.sample(name, &[("office", office)], v);
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
    tickets(&mut out, &codes, &open_tickets);
    outbox(&mut out, &state.offices, &codes, &g, now);
    quarantine(&mut out, &state.offices, &codes, &g);
    for kind in ["imap", "smtp"] {
        mail_server(&mut out, &state.offices, &g.health, kind);
    }
    replicas(&mut out, &g);
    let h = handle();
    h.run_upkeep();
    out.0.push_str(&h.render());
    Ok(out.0)
}

/// Open and overdue tickets per office.
fn tickets(out: &mut Out, codes: &[&str], open_tickets: &OpenTickets) {
    let per_office = |code: &str| open_tickets.get(code).copied().unwrap_or((0, 0));
    out.per_office(
        "sebadesk_tickets_open",
        "Tickets not resolved or closed (any open status).",
        codes.iter().map(|c| (*c, per_office(c).0 as f64)),
    );
    out.per_office(
        "sebadesk_tickets_overdue",
        "Open tickets whose final deadline has passed.",
        codes.iter().map(|c| (*c, per_office(c).1 as f64)),
    );
}

/// The outbox by office: a mail is the office's whose address sends it; mail from an
/// address no office has is shown under `office=""`.
fn outbox(out: &mut Out, offices: &[Config], codes: &[&str], g: &Gauges, now: Timestamp) {
    let by_address: BTreeMap<String, &str> = offices
        .iter()
        .map(|c| {
            (
                c.office.address.as_str().to_ascii_lowercase(),
                c.office.code.as_str(),
            )
        })
        .collect();
    // office → (queued, oldest queued, failed)
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
    let of = |c: &str| queued.get(c);
    out.per_office(
        "sebadesk_outbox_queued",
        "Mails waiting to be sent (queued, not held).",
        outbox_offices
            .iter()
            .map(|c| (*c, of(c).map(|e| e.0).unwrap_or(0) as f64)),
    );
    let age = |c: &str| {
        of(c)
            .and_then(|e| e.1.as_deref())
            .and_then(|t| t.parse::<Timestamp>().ok())
            .map(|t| (now - t).as_secs_f64().max(0.0))
            .unwrap_or(0.0)
    };
    out.per_office(
        "sebadesk_outbox_oldest_queued_age_seconds",
        "Age of the oldest queued mail (0 when none).",
        outbox_offices.iter().map(|c| (*c, age(c))),
    );
    out.per_office(
        "sebadesk_outbox_failed",
        "Mails that failed for good (recorded on their tickets).",
        outbox_offices
            .iter()
            .map(|c| (*c, of(c).map(|e| e.2).unwrap_or(0) as f64)),
    );
}

/// Quarantined messages by the office whose mailbox they came from.
fn quarantine(out: &mut Out, offices: &[Config], codes: &[&str], g: &Gauges) {
    let by_mailbox: BTreeMap<String, &str> = offices
        .iter()
        .map(|c| (mailbox_name(&c.imap), c.office.code.as_str()))
        .collect();
    let mut quarantined: BTreeMap<&str, i64> = BTreeMap::new();
    for (mailbox, n) in &g.quarantined {
        let office = by_mailbox.get(mailbox).copied().unwrap_or("");
        *quarantined.entry(office).or_default() += n;
    }
    let shown: Vec<&str> = codes
        .iter()
        .copied()
        .chain(quarantined.keys().copied().filter(|k| k.is_empty()))
        .collect();
    out.per_office(
        "sebadesk_quarantined",
        "Messages set aside for the officer (unparseable, oversize, a stage failed).",
        shown
            .iter()
            .map(|c| (*c, quarantined.get(c).copied().unwrap_or(0) as f64)),
    );
}

/// Whether each office's IMAP (or SMTP) is up, and when it last succeeded.
fn mail_server(out: &mut Out, offices: &[Config], health: &[Health], kind: &str) {
    let up = format!("sebadesk_{kind}_up");
    let last = format!("sebadesk_{kind}_last_success_timestamp_seconds");
    let rows: Vec<(&str, Option<&Health>)> = offices
        .iter()
        .map(|c| {
            let component = health_component(c, kind);
            let h = health.iter().find(|h| h.component == component);
            // An office without its own SMTP login sends through the main office's.
            let h = match (h, kind) {
                (None, "smtp") => health.iter().find(|h| h.component == "smtp"),
                (h, _) => h,
            };
            (c.office.code.as_str(), h)
        })
        .collect();
    out.per_office(
        &up,
        &format!("1 when the office's last {kind} attempt succeeded, 0 when it is failing or never succeeded."),
        rows.iter().map(|(code, h)| {
            let is_up = h.is_some_and(|h| h.failing_since.is_none() && h.ok_at.is_some());
            (*code, if is_up { 1.0 } else { 0.0 })
        }),
    );
    out.per_office(
        &last,
        &format!("Unix time of the office's last successful {kind} attempt (absent: never)."),
        rows.iter().filter_map(|(code, h)| {
            h.and_then(|h| h.ok_at.as_deref())
                .and_then(|t| t.parse::<Timestamp>().ok())
                .map(|t| (*code, t.as_second() as f64))
        }),
    );
}

/// Live replicas, and the mailbox leases each holds.
fn replicas(out: &mut Out, g: &Gauges) {
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
}

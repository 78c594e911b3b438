//! sebadesk turns a government ICT office's mailbox into a citizen-charter ticket desk.
//!
//! One message walks one path, top to bottom (see [`pipeline::Pipeline::process_message`]):
//!
//! ```text
//! IMAP mailbox ─► intake ─► triage ─► classify ─► store (ticket + ack, one transaction) ─► outbox ─► SMTP
//!  (IDLE/poll)   (fetch,   (request? auto-   (charter      (SLA deadline from                (worker:
//!                 parse)    reply? bounce…)   service)      the sla calendar)                 retries)
//! ```
//!
//! The modules follow that path; each depends only on the ones before it in this list:
//!
//! - [`domain`]: validated values (addresses, ticket references) and our Message-ID scheme.
//! - [`text`]: Bengali digits, and the characters never shown or written unescaped.
//! - [`templates`]: the words of every mail, template files an office can edit (minijinja).
//! - [`config`]: the validated configuration (TOML files + `SEBADESK_<SECTION>_<KEY>` overrides).

//! - [`sla`]: the working-day calendar, holidays and deadlines; pure, time comes from a [`sla::Clock`].
//! - [`mail`]: one message as held ([`mail::InboundMessage`]) and parsed ([`mail::ParsedMail`]); a leaf.
//! - [`triage`]: what kind of message it is, bounces, the officer's commands; pure, no I/O.
//! - [`classify`]: which charter service a request asks for; pure, no I/O.
//! - [`store`]: the database (SQLite or PostgreSQL through sqlx `Any`); the only place with SQL.
//! - [`outbox`]: rendering mail (Bangla first, then English) and the SMTP worker.
//! - [`tickets`]: the office's [`tickets::Desk`] and what happens to tickets: actions, e-mail
//!   commands, reminders, deadline recomputation, hourly limits.
//! - [`pipeline`]: one message's path through triage, classify and tickets, in one transaction.
//! - [`intake`]: the IMAP session (TLS, IDLE or poll, UID cursor) feeding the pipeline.
//! - [`report`]: charter compliance reports (text, JSON, CSV, XLSX, HTML with SVG charts).
//! - [`net`]: TLS client settings, the loopback test and [`net::Secret`]; a leaf.
//! - [`metrics`]: `GET /metrics`, `/healthz`, `/readyz` as an axum router (served on `[metrics] listen`).
//! - [`daemon`]: the wiring: desks under the lease coordinator, the outbox worker, health
//!   alerts, graceful shutdown.

#![warn(missing_docs)]

pub mod classify;
pub mod config;
pub mod daemon;
pub mod domain;
pub mod intake;
pub mod mail;
pub mod metrics;
pub mod net;
pub mod oauth;
pub mod outbox;
pub mod pipeline;
pub mod report;
pub mod sla;
pub mod small_file;
pub mod store;
pub mod templates;
#[cfg(test)]
pub(crate) mod test_support;
pub mod text;
pub mod tickets;
pub mod triage;
pub mod unseen;
pub mod web;

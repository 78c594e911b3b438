//! sebadesk turns a government ICT office's mailbox into a citizen-charter ticket desk.
//!
//! One message walks one path, top to bottom (see [`pipeline::process_message`]):
//!
//! ```text
//! IMAP mailbox ─► intake ─► triage ─► classify ─► store (ticket + ack, one transaction) ─► outbox ─► SMTP
//!  (IDLE/poll)   (fetch,   (request? auto-   (charter      (SLA deadline from                (worker:
//!                 parse)    reply? bounce…)   service)      the sla calendar)                 retries)
//! ```
//!
//! - [`config`]: the validated configuration (TOML files + `SEBADESK_<SECTION>_<KEY>` overrides).
//! - [`charter`]: the office's charter services (code, names, SLA in working days).
//! - [`intake`]: the IMAP session (TLS, IDLE or poll, UID cursor) and parsing into [`intake::InboundMessage`].
//! - [`triage`]: what kind of message it is; pure, no I/O.
//! - [`classify`]: which charter service a request asks for; pure, no I/O.
//! - [`sla`]: the working-day calendar and deadlines; pure, time comes from a [`sla::Clock`].
//! - [`store`]: the database (SQLite or PostgreSQL through sqlx `Any`); the only place with SQL.
//! - [`outbox`]: rendering acknowledgements (Bangla first, then English) and the SMTP worker.
//! - [`daemon`]: the long-running tasks and graceful shutdown.

pub mod actions;
pub mod bangla;
pub mod bounce;
pub mod charter;
pub mod classify;
pub mod config;
pub mod daemon;
pub mod deadlines;
pub mod domain;
pub mod health;
pub mod holidays;
pub mod intake;
pub mod limits;
pub mod logging;
pub mod memory;
pub mod officer;
pub mod outbox;
pub mod pipeline;
pub mod reminders;
pub mod replicas;
pub mod sla;
pub mod small_file;
pub mod store;
pub mod text_safety;
pub mod tls;
pub mod triage;
pub mod unseen;

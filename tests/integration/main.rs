//! End-to-end tests against a real Dovecot + Postfix started by `scripts/mailstack/` and the
//! real `sebadesk` binary, driven from outside as an operator would (config file +
//! `SEBADESK_*` environment). Needs root and the Debian packages of `scripts/install-deps.sh`;
//! `scripts/test.sh` installs them.

mod attachments;
mod bombs;
mod conversation;
mod corpus;
mod faults;
mod fuzz;
mod hardening;
mod helpers;
mod hygiene;
#[path = "../kit/mod.rs"]
mod kit;
mod metrics;
mod oauth;
mod officer;
mod operations;
mod pipeline;
mod reminders;
mod replicas;
mod report;
mod security;
mod skeleton;
mod templates;
mod unseen;
mod web;
mod web_attachments;
mod web_queue;
mod web_tls;

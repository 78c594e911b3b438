//! The outbox: what sebadesk says to people, and the worker that says it over SMTP.
//!
//! - [`render`]: acknowledgements, Bangla first then English, as ready-to-send bytes; every
//!   mail's words come from the office's templates ([`crate::templates`]), its headers from code.
//! - [`conversation`], [`officer_mail`], [`report_mail`]: the other mails.
//! - [`samples`]: every mail kind with sample data, for `templates check` / `preview` and the
//!   golden test.
//! - [`smtp`]: the worker that claims queued mail, sends it with lettre, and records the result
//!   (sent, retry later with backoff, or failed for good).
//! - [`attachments`]: which citizens' attachments the officer's mail carries, their listing,
//!   and adding them to a rendered mail when it is sent.

pub mod attachments;
pub mod conversation;
pub mod officer_mail;
pub mod render;
pub mod report_mail;
pub mod samples;
pub mod smtp;

#[cfg(test)]
mod golden_tests;

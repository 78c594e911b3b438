//! Intake: the officer's mailbox over IMAP, each fetched message made into one owned
//! [`InboundMessage`] (see [`crate::mail`]) and handed to the pipeline.
//!
//! - [`session`]: connecting (implicit TLS, STARTTLS, or plain on loopback) and logging in.
//! - [`watch`]: the mailbox loop: UID cursor, fetch, hand each message to the pipeline,
//!   mark it processed after the commit, then IDLE or poll.

pub mod session;
pub mod watch;

/// The message types and the parser live in [`crate::mail`] (a leaf module); these paths are
/// kept for the callers that know them as intake's.
pub use crate::mail::{InboundMessage, MailboxPosition, ParsedMail, content_fingerprint, parse};

//! Intake: the officer's mailbox over IMAP, and each fetched message parsed into one owned
//! [`InboundMessage`] that the later stages read.
//!
//! - [`session`]: connecting (implicit TLS, STARTTLS, or plain on loopback) and logging in.
//! - [`watch`]: the mailbox loop: UID cursor, fetch, hand each message to the pipeline,
//!   mark it processed after the commit, then IDLE or poll.
//! - [`parse`]: raw RFC 5322 bytes into [`ParsedMail`]; never panics, never fails: a message
//!   the parser rejects is carried as `parsed: None` and quarantined downstream.

pub mod parse;
pub mod session;
pub mod watch;

pub use parse::ParsedMail;

use jiff::Timestamp;

/// Where a message sits on the server: enough to flag or move it after the commit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MailboxPosition {
    /// A stable name for the mailbox, e.g. `officer@imap.example.org/INBOX`.
    pub mailbox: String,
    pub uidvalidity: u32,
    pub uid: u32,
}

/// One message as fetched, owned, ready for triage.
#[derive(Debug, Clone)]
pub struct InboundMessage {
    pub position: MailboxPosition,
    /// When the message reached the mailbox (IMAP INTERNALDATE): the SLA's receipt time.
    pub received_at: Timestamp,
    /// Size on the server (RFC822.SIZE).
    pub size: u64,
    /// The raw bytes; only the header for an oversize message.
    pub raw: Vec<u8>,
    /// True when only the header was fetched because the message exceeds the size limit.
    pub truncated: bool,
    /// `None` when the parser could not make sense of the bytes.
    pub parsed: Option<ParsedMail>,
}

impl InboundMessage {
    pub fn new(
        position: MailboxPosition,
        received_at: Timestamp,
        size: u64,
        raw: Vec<u8>,
        truncated: bool,
    ) -> Self {
        let parsed = parse::parse(&raw);
        InboundMessage {
            position,
            received_at,
            size,
            raw,
            truncated,
            parsed,
        }
    }

    /// The identity used to deduplicate: the Message-ID header, or a hash of the bytes when
    /// the sender gave none (so a re-fetched copy still maps to the same row).
    pub fn dedup_id(&self) -> String {
        match self.parsed.as_ref().and_then(|p| p.message_id.as_deref()) {
            Some(id) => id.to_string(),
            None => {
                use sha2::Digest;
                let digest = sha2::Sha256::digest(&self.raw);
                let hex: String = digest.iter().take(16).map(|b| format!("{b:02x}")).collect();
                format!("sha256:{hex}")
            }
        }
    }
}

//! One message as sebadesk holds it: an owned [`InboundMessage`] (where it sits on the
//! server, its bytes) and its [`ParsedMail`]. A leaf: intake makes these, triage, classify
//! and the pipeline read them, and this module imports none of them.
//!
//! - [`parse`]: raw RFC 5322 bytes into [`ParsedMail`]; never panics, never fails: a message
//!   the parser rejects is carried as `parsed: None` and quarantined downstream.
//! - [`attachments`]: a message's attachments as stored (bytes as sent, the mail's content
//!   type, sanitised names, SHA-256), within per-message limits.

pub mod attachments;
pub mod parse;

pub use parse::ParsedMail;

use jiff::Timestamp;

/// Where a message sits on the server: enough to flag or move it after the commit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MailboxPosition {
    /// A stable name for the mailbox, e.g. `officer@imap.example.org/INBOX`.
    pub mailbox: String,
    /// The server's UIDVALIDITY for the mailbox when the message was fetched.
    pub uidvalidity: u32,
    /// The message's IMAP UID; meaningful only together with `uidvalidity`.
    pub uid: u32,
}

/// One message as fetched, owned, ready for triage.
#[derive(Debug, Clone)]
pub struct InboundMessage {
    /// Where the message sits on the server, to flag or move it after the commit.
    pub position: MailboxPosition,
    /// When the message reached the mailbox (IMAP INTERNALDATE): the SLA's receipt time.
    pub received_at: Timestamp,
    /// Size on the server (RFC822.SIZE).
    pub size: u64,
    /// The raw bytes; only the header for an oversize message. Shared, never copied on the
    /// way from the IMAP connection's buffer to the journal (a big mail is held once).
    pub raw: bytes::Bytes,
    /// True when only the header was fetched because the message exceeds the size limit.
    pub truncated: bool,
    /// `None` when the parser could not make sense of the bytes.
    pub parsed: Option<ParsedMail>,
}

impl InboundMessage {
    /// Wraps fetched bytes and parses them at once; a parse failure gives `parsed: None`, never an error.
    pub fn new(
        position: MailboxPosition,
        received_at: Timestamp,
        size: u64,
        raw: impl Into<bytes::Bytes>,
        truncated: bool,
    ) -> Self {
        let raw = raw.into();
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

    /// What the mail says, apart from its route: a hash of its From and Subject header lines
    /// and of its body bytes. Two deliveries of one mail (another route, a re-APPEND, a
    /// rescan after a UIDVALIDITY change) differ only in trace headers and share it; a
    /// different mail that reuses a Message-ID (web forms and some clients reuse or predict
    /// them) does not, so it is taken in as its own request instead of vanishing.
    pub fn content_fingerprint(&self) -> String {
        content_fingerprint(&self.raw)
    }
}

/// See [`InboundMessage::content_fingerprint`]; for a journaled copy's bytes too.
pub fn content_fingerprint(raw: &[u8]) -> String {
    use sha2::Digest;
    let (head, body) = split_header(raw);
    let mut hash = sha2::Sha256::new();
    for wanted in ["from", "subject"] {
        hash.update(wanted.as_bytes());
        hash.update(header_line(head, wanted).unwrap_or_default());
        hash.update(b"\n");
    }
    hash.update(body);
    hash.finalize()
        .iter()
        .take(12)
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The header block and the body of raw mail bytes (all header when there is no blank line).
fn split_header(raw: &[u8]) -> (&[u8], &[u8]) {
    let crlf = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .map(|i| (i, i + 4));
    let lf = raw
        .windows(2)
        .position(|w| w == b"\n\n")
        .map(|i| (i, i + 2));
    match [crlf, lf].into_iter().flatten().min() {
        Some((end, start)) => (&raw[..end], &raw[start..]),
        None => (raw, &[]),
    }
}

/// The unfolded value of the first header `name` (lower case) in a header block, with line
/// ends and surrounding blanks removed: equal for the same header however it was folded.
fn header_line(head: &[u8], name: &str) -> Option<Vec<u8>> {
    let mut lines = head.split(|&b| b == b'\n').peekable();
    while let Some(line) = lines.next() {
        let Some(colon) = line.iter().position(|&b| b == b':') else {
            continue;
        };
        if !line[..colon]
            .trim_ascii()
            .eq_ignore_ascii_case(name.as_bytes())
        {
            continue;
        }
        let mut value: Vec<u8> = line[colon + 1..].trim_ascii().to_vec();
        while let Some(next) = lines
            .peek()
            .filter(|l| l.first().is_some_and(|b| *b == b' ' || *b == b'\t'))
        {
            value.push(b' ');
            value.extend_from_slice(next.trim_ascii());
            lines.next();
        }
        return Some(value);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::content_fingerprint;

    #[test]
    fn one_mail_by_two_routes_has_one_fingerprint_and_another_mail_another() {
        let first = b"Received: from a.example.test\r\nFrom: <c@example.test>\r\nSubject: lab\r\n\tcomputers\r\nMessage-ID: <same@example.test>\r\n\r\nOur lab computers do not start.\r\n";
        let again = b"Received: from b.example.test\r\nReceived: from c.example.test\r\nFrom: <c@example.test>\r\nSubject: lab computers\r\nMessage-ID: <same@example.test>\r\n\r\nOur lab computers do not start.\r\n";
        let other = b"From: <c@example.test>\r\nSubject: lab computers\r\nMessage-ID: <same@example.test>\r\n\r\nPlease update our web portal.\r\n";
        let forged = b"From: <x@evil.test>\r\nSubject: lab computers\r\nMessage-ID: <same@example.test>\r\n\r\nOur lab computers do not start.\r\n";
        assert_eq!(content_fingerprint(first), content_fingerprint(again));
        assert_ne!(content_fingerprint(first), content_fingerprint(other));
        assert_ne!(content_fingerprint(first), content_fingerprint(forged));
        assert_eq!(content_fingerprint(b"").len(), 24);
    }
}

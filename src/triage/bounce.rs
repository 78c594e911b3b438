//! Reading bounces (RFC 3464 delivery status notifications and the common non-standard
//! formats): which recipient failed, why, and which of our mails it was.
//!
//! Pure and forgiving: it scans the decoded contents of every part for the DSN fields and
//! for Message-IDs written by sebadesk. Our Message-IDs are distinctive
//! (`sebadesk.MEL-2026-000001.ack.…@domain`), so finding one anywhere in a bounce — in a
//! returned `message/rfc822`, in `text/rfc822-headers`, or quoted in plain text by an MTA
//! that ignores the RFC — names the ticket whose acknowledgement bounced. When the parts
//! miss the recipients or our Message-ID (odd MTAs, broken MIME), the raw bytes are scanned
//! too.
//!
//! Bounded, because a bounce is whatever its sender makes it: one pass over the bytes, no
//! copy of them, set look-ups for duplicates, and at most [`MAX_RECIPIENTS`] recipients and
//! [`MAX_OUR_IDS`] Message-IDs kept. A real DSN names the few recipients of one mail; the
//! review's 14 MB report with 150,000 recipients and 50,000 of our Message-IDs took 150 s
//! of quadratic de-duplication (while the database's write lock was held) and now reads in
//! tens of milliseconds. The pipeline reads bounces before a message's transaction opens.

use std::collections::HashSet;

use mail_parser::MessageParser;

use crate::domain::TicketRef;
use crate::domain::{MESSAGE_ID_PREFIX, ticket_of_our_message_id};

/// At most this many failed recipients are kept from one bounce: they go into the ticket's
/// event and the log line, where a hundred is already more than any real DSN names.
pub const MAX_RECIPIENTS: usize = 100;

/// At most this many of our Message-IDs are kept (a returned mail names one or two).
pub const MAX_OUR_IDS: usize = 20;

/// A longer token is not one of our Message-IDs (ours are under 100 bytes; RFC 5322 caps a
/// line at 998), so the search never reads far past a `sebadesk.` it finds.
const MAX_ID_LEN: usize = 255;

/// Longest address kept (RFC 5321's path limit).
const MAX_ADDRESS_LEN: usize = 254;

/// Longest diagnostic kept, in characters.
const MAX_DIAGNOSTIC_CHARS: usize = 300;

/// One recipient a bounce reports on (a per-recipient block of RFC 3464, or the address a
/// plain-text bounce names).
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
pub struct FailedRecipient {
    /// The recipient's address, as the report gave it (cut to 254 characters).
    pub address: String,
    /// `failed`, `delayed`, `delivered`, `relayed`, `expanded` (RFC 3464 §2.3.3), if given.
    pub action: Option<String>,
    /// The RFC 3463 status code, e.g. `5.1.1`.
    pub status: Option<String>,
    /// The MTA's diagnostic (e.g. the remote server's reply), on one line, cut to 300 characters.
    pub diagnostic: Option<String>,
}

impl FailedRecipient {
    /// A delay warning is not a failure: the MTA is still trying.
    pub fn is_permanent(&self) -> bool {
        match (&self.action, &self.status) {
            (Some(a), _) if a.eq_ignore_ascii_case("delayed") => false,
            (_, Some(s)) => s.starts_with('5'),
            (Some(a), None) => a.eq_ignore_ascii_case("failed"),
            (None, None) => true,
        }
    }
}

/// What a bounce tells us: who failed, and which of our mails it was.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
pub struct BounceReport {
    /// The recipients reported on (at most [`MAX_RECIPIENTS`]).
    pub recipients: Vec<FailedRecipient>,
    /// Message-IDs (without brackets) of sebadesk's mails found in the bounce.
    pub our_message_ids: Vec<String>,
    /// The bounce named more recipients or Message-IDs than are kept (see
    /// [`MAX_RECIPIENTS`], [`MAX_OUR_IDS`]); the first ones are.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub truncated: bool,
}

impl BounceReport {
    /// The ticket whose mail bounced, if the bounce names one of our Message-IDs.
    pub fn ticket(&self) -> Option<TicketRef> {
        self.our_message_ids
            .iter()
            .find_map(|id| ticket_of_our_message_id(id))
    }

    /// Whether the mail failed for good (a recipient failed permanently, or the bounce named no
    /// recipient at all) rather than being only delayed.
    pub fn is_permanent(&self) -> bool {
        self.recipients.is_empty() || self.recipients.iter().any(FailedRecipient::is_permanent)
    }
}

/// Reads a bounce from the raw message. Never fails: an empty report means "nothing found".
pub fn read(raw: &[u8]) -> BounceReport {
    let mut reader = Reader::default();
    if let Some(message) = MessageParser::default().parse(raw) {
        for part in message.parts.iter().filter(|p| !p.is_multipart()) {
            // Decoded text, or the bytes of message/delivery-status, text/rfc822-headers and
            // a returned message/rfc822, which the parser may keep undecoded.
            reader.scan(part.contents());
        }
    }
    // Whatever the parser made of it, the raw bytes are searched for what it did not yield.
    if reader.report.recipients.is_empty() || reader.report.our_message_ids.is_empty() {
        reader.scan(raw);
    }
    reader.report
}

/// The report being built, with the keys already in it for constant-time de-duplication.
#[derive(Default)]
struct Reader {
    report: BounceReport,
    /// Lower-case addresses of `report.recipients`.
    addresses: HashSet<String>,
    ids: HashSet<String>,
}

impl Reader {
    fn scan(&mut self, text: &[u8]) {
        self.scan_fields(text);
        self.scan_our_ids(text);
    }

    fn is_full(&self) -> bool {
        self.report.recipients.len() >= MAX_RECIPIENTS
    }

    /// Keeps a finished recipient block unless its address is empty or already kept.
    fn add_recipient(&mut self, r: FailedRecipient) {
        if r.address.is_empty() || self.addresses.contains(&r.address.to_ascii_lowercase()) {
            return;
        }
        if self.is_full() {
            self.report.truncated = true;
            return;
        }
        self.addresses.insert(r.address.to_ascii_lowercase());
        self.report.recipients.push(r);
    }

    fn add_our_id(&mut self, id: String) {
        if self.ids.contains(&id) {
            return;
        }
        if self.report.our_message_ids.len() >= MAX_OUR_IDS {
            self.report.truncated = true;
            return;
        }
        self.ids.insert(id.clone());
        self.report.our_message_ids.push(id);
    }

    /// The per-recipient fields of RFC 3464 §2.3: a block starts at each
    /// `Final-Recipient:`; an `Original-Recipient:` gives the address only when the block has
    /// none.
    fn scan_fields(&mut self, text: &[u8]) {
        let mut current: Option<FailedRecipient> = None;
        for line in text.split(|&b| b == b'\n') {
            // Full, and a further recipient already seen: nothing more can be kept.
            if self.is_full() && self.report.truncated {
                return;
            }
            let Some(colon) = line.iter().position(|&b| b == b':') else {
                continue;
            };
            let name = line[..colon].trim_ascii();
            let is_final = name.eq_ignore_ascii_case(b"final-recipient");
            let is_recipient = is_final || name.eq_ignore_ascii_case(b"original-recipient");
            if !is_recipient && current.is_none() {
                continue;
            }
            let value = String::from_utf8_lossy(line[colon + 1..].trim_ascii());
            if !is_recipient {
                if let Some(c) = current.as_mut() {
                    read_recipient_field(c, name, &value);
                }
                continue;
            }
            if is_final && let Some(done) = current.take_if(|c| !c.address.is_empty()) {
                self.add_recipient(done);
            }
            let entry = current.get_or_insert_with(FailedRecipient::default);
            if entry.address.is_empty() || is_final {
                entry.address = recipient_address(&value);
            }
        }
        if let Some(done) = current {
            self.add_recipient(done);
        }
    }

    /// Every `sebadesk.` in the text, each read as a Message-ID up to the end of its token.
    /// Occurrences inside one token share its end, found once: every byte is looked at a
    /// bounded number of times however the prefixes are packed.
    fn scan_our_ids(&mut self, text: &[u8]) {
        let prefix = MESSAGE_ID_PREFIX.as_bytes();
        let mut from = 0;
        let mut token_end = 0;
        while let Some(pos) = find(&text[from..], prefix).map(|p| from + p) {
            if pos >= token_end {
                token_end = pos + id_token_len(&text[pos..]);
            }
            if token_end - pos <= MAX_ID_LEN {
                if let Some(id) = our_id(&text[pos..token_end]) {
                    self.add_our_id(id);
                }
                from = pos + prefix.len();
            } else {
                // Too long to be ours from here: the first start that could be is near its end.
                from = (token_end - MAX_ID_LEN).max(pos + prefix.len());
            }
            if self.report.our_message_ids.len() >= MAX_OUR_IDS && self.report.truncated {
                return;
            }
        }
    }
}

/// "rfc822; user@example.test" → "user@example.test".
fn recipient_address(value: &str) -> String {
    let address = value
        .rsplit(';')
        .next()
        .unwrap_or("")
        .trim()
        .trim_matches(['<', '>']);
    if address.len() > MAX_ADDRESS_LEN {
        return String::new();
    }
    address.to_string()
}

/// `Action:`, `Status:` and `Diagnostic-Code:` of the recipient block being read.
fn read_recipient_field(c: &mut FailedRecipient, name: &[u8], value: &str) {
    if name.eq_ignore_ascii_case(b"action") {
        c.action = Some(
            value
                .chars()
                .take(32)
                .collect::<String>()
                .to_ascii_lowercase(),
        );
    } else if name.eq_ignore_ascii_case(b"status") {
        if value.chars().next().is_some_and(|ch| ch.is_ascii_digit()) {
            let code = value.split_whitespace().next().unwrap_or("");
            c.status = Some(code.chars().take(32).collect());
        }
    } else if name.eq_ignore_ascii_case(b"diagnostic-code") {
        let d = value
            .split_once(';')
            .map(|(_, d)| d)
            .unwrap_or(value)
            .trim();
        c.diagnostic = Some(d.chars().take(MAX_DIAGNOSTIC_CHARS).collect());
    }
}

/// Length of the Message-ID-like token at the start of `tail`: up to white space or a
/// delimiter that cannot be in an id.
fn id_token_len(tail: &[u8]) -> usize {
    tail.iter()
        .position(|&b| {
            b.is_ascii_whitespace() || matches!(b, b'>' | b'<' | b'"' | b'\'' | b')' | b',')
        })
        .unwrap_or(tail.len())
}

/// The token, if it is one of our Message-IDs.
fn our_id(token: &[u8]) -> Option<String> {
    let id = std::str::from_utf8(token).ok()?;
    (ticket_of_our_message_id(id).is_some() && id.contains('@')).then(|| id.to_string())
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    const DSN: &str = "From: MAILER-DAEMON@mx.example.test\r\nTo: ict.melandaha@office.test\r\nReturn-Path: <>\r\n\
Subject: Undelivered Mail Returned to Sender\r\nMIME-Version: 1.0\r\n\
Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\r\n\r\n\
--b\r\nContent-Type: text/plain\r\n\r\nI'm sorry to have to inform you that your message could not be delivered.\r\n\
--b\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.example.test\r\n\r\n\
Final-Recipient: rfc822; nobody@example.test\r\nOriginal-Recipient: rfc822;nobody@example.test\r\nAction: failed\r\n\
Status: 5.1.1\r\nDiagnostic-Code: smtp; 550 5.1.1 <nobody@example.test>: Recipient address rejected: User unknown\r\n\
--b\r\nContent-Type: text/rfc822-headers\r\n\r\nFrom: Upazila ICT Office <ict.melandaha@office.test>\r\n\
Message-ID: <sebadesk.MEL-2026-000042.ack.0a1b2c3d4e5f@office.test>\r\nSubject: [MEL-2026-000042] ...\r\n--b--\r\n";

    #[test]
    fn rfc3464_recipient_status_and_our_ticket() {
        let r = read(DSN.as_bytes());
        assert_eq!(r.recipients.len(), 1);
        assert_eq!(r.recipients[0].address, "nobody@example.test");
        assert_eq!(r.recipients[0].status.as_deref(), Some("5.1.1"));
        assert_eq!(r.recipients[0].action.as_deref(), Some("failed"));
        assert!(
            r.recipients[0]
                .diagnostic
                .as_deref()
                .unwrap()
                .contains("User unknown")
        );
        assert!(r.is_permanent());
        assert_eq!(r.ticket().unwrap().to_string(), "MEL-2026-000042");
    }

    /// A DSN with `recipients` distinct Final-Recipient blocks and `ids` distinct
    /// Message-IDs of ours in its returned header part (the review's bounce bomb: 150,000
    /// and 50,000 make 14 MB).
    fn bounce_bomb(recipients: usize, ids: usize) -> Vec<u8> {
        use std::fmt::Write;
        let mut m = String::with_capacity(recipients * 80 + ids * 72 + 1024);
        m.push_str(
            "From: MAILER-DAEMON@mx.example.test\r\nTo: ict.melandaha@office.test\r\n\
Subject: Undelivered Mail Returned to Sender\r\nMIME-Version: 1.0\r\n\
Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\r\n\r\n\
--b\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.example.test\r\n\r\n",
        );
        for i in 0..recipients {
            let _ = write!(
                m,
                "Final-Recipient: rfc822; user{i}@example.test\r\nAction: failed\r\nStatus: 5.1.1\r\n\r\n"
            );
        }
        m.push_str("--b\r\nContent-Type: text/rfc822-headers\r\n\r\n");
        for i in 0..ids {
            let _ = write!(
                m,
                "Message-ID: <sebadesk.MEL-2026-{:06}.ack.{i:08x}@office.test>\r\n",
                i + 1
            );
        }
        m.push_str("--b--\r\n");
        m.into_bytes()
    }

    /// CPU time of this thread (Linux), so that a bound holds on a machine busy compiling;
    /// wall time where /proc does not say.
    fn thread_cpu_time() -> Option<std::time::Duration> {
        let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
        let nanos: u64 = stat.split_whitespace().next()?.parse().ok()?;
        Some(std::time::Duration::from_nanos(nanos))
    }

    /// CPU time (or wall time) `f` takes, printed under `what`.
    fn timed<T>(what: &str, f: impl FnOnce() -> T) -> (T, std::time::Duration) {
        let (cpu, wall) = (thread_cpu_time(), std::time::Instant::now());
        let out = f();
        let wall = wall.elapsed();
        let cpu = cpu.zip(thread_cpu_time()).map(|(a, b)| b - a);
        println!("{what}: {:?} CPU, {wall:?} wall", cpu);
        (out, cpu.unwrap_or(wall))
    }

    /// H1: the review's bounce bomb (150,000 recipients, 50,000 of our Message-IDs) took
    /// 150 s in release in two quadratic de-duplications, holding the database's write lock.
    /// Debug build: a linear read takes well under a second; the bound is generous, and the
    /// quadratic code misses it by orders of magnitude (it ran over 6 min of CPU here before
    /// it was stopped).
    #[test]
    fn a_bounce_bomb_is_read_in_linear_time() {
        let raw = bounce_bomb(150_000, 50_000);
        assert!(raw.len() > 14_000_000, "{} bytes", raw.len());
        let (report, took) = timed(&format!("bounce bomb of {} bytes", raw.len()), || {
            read(&raw)
        });
        assert!(took < std::time::Duration::from_secs(2), "took {took:?}");
        assert_eq!(report.ticket().unwrap().to_string(), "MEL-2026-000001");
        assert_eq!(report.recipients[0].address, "user0@example.test");
        assert_eq!(report.recipients.len(), MAX_RECIPIENTS);
        assert_eq!(report.our_message_ids.len(), MAX_OUR_IDS);
        assert!(report.truncated);
        assert!(report.is_permanent());
    }

    /// The same bomb without any Message-ID of ours also makes the reader scan the raw bytes
    /// (the parts did not name a ticket): still one linear pass each.
    #[test]
    fn a_bounce_bomb_naming_no_ticket_is_read_in_linear_time() {
        let raw = bounce_bomb(150_000, 0);
        let (report, took) = timed("bounce bomb without our Message-IDs", || read(&raw));
        assert!(took < std::time::Duration::from_secs(2), "took {took:?}");
        assert!(report.ticket().is_none());
        assert_eq!(report.recipients.len(), MAX_RECIPIENTS);
    }

    /// A `sebadesk.` followed by megabytes without a delimiter made the old search read to
    /// the end of the text at every occurrence: quadratic too.
    #[test]
    fn a_run_of_our_prefix_without_delimiters_is_read_in_linear_time() {
        let body = MESSAGE_ID_PREFIX.repeat(1_000_000);
        let raw = format!("From: MAILER-DAEMON@mx.example.test\r\nSubject: x\r\n\r\n{body}\r\n");
        let (report, took) = timed("9 MB of our prefix", || read(raw.as_bytes()));
        assert!(took < std::time::Duration::from_secs(2), "took {took:?}");
        assert!(report.our_message_ids.is_empty());
    }

    /// As before the bound: an id glued to junk before it is still found.
    #[test]
    fn our_id_at_the_end_of_a_long_token_is_found() {
        for junk in [MESSAGE_ID_PREFIX.to_string(), MESSAGE_ID_PREFIX.repeat(100)] {
            let raw = format!(
                "From: MAILER-DAEMON@mx.example.test\r\nSubject: x\r\n\r\n\
{junk}sebadesk.MEL-2026-000009.ack.ab@office.test\r\n"
            );
            let r = read(raw.as_bytes());
            assert_eq!(
                r.our_message_ids,
                ["sebadesk.MEL-2026-000009.ack.ab@office.test"]
            );
        }
    }

    #[test]
    fn duplicates_are_kept_once_and_not_counted_as_more() {
        let twice = DSN.replace(
            "--b\r\nContent-Type: text/rfc822-headers",
            "Final-Recipient: rfc822; NOBODY@example.test\r\nAction: failed\r\n\r\n\
--b\r\nContent-Type: text/rfc822-headers",
        );
        let r = read(twice.as_bytes());
        assert_eq!(r.recipients.len(), 1, "{:?}", r.recipients);
        assert_eq!(r.our_message_ids.len(), 1);
        assert!(!r.truncated);
        let detail = serde_json::to_value(&r).unwrap();
        assert!(detail.get("truncated").is_none(), "{detail}");
    }

    #[test]
    fn more_than_the_caps_are_cut_and_said_so() {
        let r = read(&bounce_bomb(MAX_RECIPIENTS + 1, MAX_OUR_IDS));
        assert_eq!(r.recipients.len(), MAX_RECIPIENTS);
        assert_eq!(r.our_message_ids.len(), MAX_OUR_IDS);
        assert!(r.truncated);
        let exact = read(&bounce_bomb(MAX_RECIPIENTS, MAX_OUR_IDS));
        assert_eq!(exact.recipients.len(), MAX_RECIPIENTS);
        assert!(!exact.truncated);
    }

    #[test]
    fn a_delay_warning_is_not_permanent() {
        let delayed = DSN
            .replace("Action: failed", "Action: delayed")
            .replace("Status: 5.1.1", "Status: 4.4.1");
        assert!(!read(delayed.as_bytes()).is_permanent());
    }

    #[test]
    fn non_standard_bounce_still_names_the_ticket() {
        let qmail = "From: MAILER-DAEMON@example.test\r\nSubject: failure notice\r\n\r\n\
Hi. This is the qmail-send program.\r\n<nobody@example.test>:\r\nSorry, no mailbox here by that name.\r\n\
--- Below this line is a copy of the message.\r\n\r\nMessage-ID: <sebadesk.MEL-2026-000007.ack.ffee@office.test>\r\n";
        let r = read(qmail.as_bytes());
        assert_eq!(r.ticket().unwrap().seq, 7);
        assert!(r.recipients.is_empty());
        assert!(r.is_permanent());
    }
}

//! Reading bounces (RFC 3464 delivery status notifications and the common non-standard
//! formats): which recipient failed, why, and which of our mails it was.
//!
//! Pure and forgiving: it scans the decoded text of every part for the DSN fields and for
//! Message-IDs written by sebadesk. Our Message-IDs are distinctive
//! (`sebadesk.MEL-2026-000001.ack.…@domain`), so finding one anywhere in a bounce — in a
//! returned `message/rfc822`, in `text/rfc822-headers`, or quoted in plain text by an MTA
//! that ignores the RFC — names the ticket whose acknowledgement bounced.

use mail_parser::MessageParser;

use crate::domain::TicketRef;
use crate::triage::{MESSAGE_ID_PREFIX, ticket_of_our_message_id};

#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
pub struct FailedRecipient {
    pub address: String,
    /// `failed`, `delayed`, `delivered`, `relayed`, `expanded` (RFC 3464 §2.3.3), if given.
    pub action: Option<String>,
    /// The RFC 3463 status code, e.g. `5.1.1`.
    pub status: Option<String>,
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

#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
pub struct BounceReport {
    pub recipients: Vec<FailedRecipient>,
    /// Message-IDs (without brackets) of sebadesk's mails found in the bounce.
    pub our_message_ids: Vec<String>,
}

impl BounceReport {
    /// The ticket whose mail bounced, if the bounce names one of our Message-IDs.
    pub fn ticket(&self) -> Option<TicketRef> {
        self.our_message_ids
            .iter()
            .find_map(|id| ticket_of_our_message_id(id))
    }

    pub fn is_permanent(&self) -> bool {
        self.recipients.is_empty() || self.recipients.iter().any(FailedRecipient::is_permanent)
    }
}

/// Reads a bounce from the raw message. Never fails: an empty report means "nothing found".
pub fn read(raw: &[u8]) -> BounceReport {
    let mut texts: Vec<String> = Vec::new();
    if let Some(message) = MessageParser::default().parse(raw) {
        for part in message.parts.iter() {
            if let Some(t) = part.text_contents() {
                texts.push(t.to_string());
            } else if !part.is_multipart() {
                // message/delivery-status and text/rfc822-headers may be stored as bytes.
                texts.push(String::from_utf8_lossy(part.contents()).into_owned());
            }
        }
    }
    // Whatever the parser made of it, the raw bytes are searched too (odd MTAs, broken MIME).
    texts.push(String::from_utf8_lossy(raw).into_owned());

    let mut report = BounceReport::default();
    for text in &texts {
        scan_fields(text, &mut report.recipients);
        scan_our_ids(text, &mut report.our_message_ids);
    }
    report
}

fn scan_fields(text: &str, out: &mut Vec<FailedRecipient>) {
    let mut current: Option<FailedRecipient> = None;
    let flush = |r: Option<FailedRecipient>, out: &mut Vec<FailedRecipient>| {
        if let Some(r) = r
            && !r.address.is_empty()
            && !out
                .iter()
                .any(|o| o.address.eq_ignore_ascii_case(&r.address))
        {
            out.push(r);
        }
    };
    for line in text.lines() {
        let Some((name, value)) = line.split_once(':') else {
            continue;
        };
        let value = value.trim();
        match name.trim().to_ascii_lowercase().as_str() {
            "final-recipient" | "original-recipient" => {
                // "rfc822; user@example.test"
                let address = value
                    .rsplit(';')
                    .next()
                    .unwrap_or("")
                    .trim()
                    .trim_matches(['<', '>'])
                    .to_string();
                if current.as_ref().is_some_and(|c| !c.address.is_empty())
                    && name.trim().eq_ignore_ascii_case("final-recipient")
                {
                    flush(current.take(), out);
                }
                let entry = current.get_or_insert_with(FailedRecipient::default);
                if entry.address.is_empty() || name.trim().eq_ignore_ascii_case("final-recipient") {
                    entry.address = address;
                }
            }
            "action" => {
                if let Some(c) = current.as_mut() {
                    c.action = Some(value.to_ascii_lowercase());
                }
            }
            "status" => {
                if let Some(c) = current.as_mut()
                    && value.chars().next().is_some_and(|ch| ch.is_ascii_digit())
                {
                    c.status = Some(value.split_whitespace().next().unwrap_or("").to_string());
                }
            }
            "diagnostic-code" => {
                if let Some(c) = current.as_mut() {
                    let d = value
                        .split_once(';')
                        .map(|(_, d)| d)
                        .unwrap_or(value)
                        .trim();
                    c.diagnostic = Some(d.chars().take(300).collect());
                }
            }
            _ => {}
        }
    }
    flush(current, out);
}

fn scan_our_ids(text: &str, out: &mut Vec<String>) {
    let mut rest = text;
    while let Some(pos) = rest.find(MESSAGE_ID_PREFIX) {
        let tail = &rest[pos..];
        let id: String = tail
            .chars()
            .take_while(|c| !c.is_whitespace() && !matches!(c, '>' | '<' | '"' | '\'' | ')' | ','))
            .collect();
        if id.contains('@') && ticket_of_our_message_id(&id).is_some() && !out.contains(&id) {
            out.push(id);
        }
        rest = &rest[pos + MESSAGE_ID_PREFIX.len()..];
    }
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

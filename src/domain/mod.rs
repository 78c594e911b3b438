//! Small validated types shared by every stage. Holding one proves it was parsed.

use std::fmt;

use crate::text::bangla;

mod our_mail;
mod ticket;
pub use our_mail::{LOOP_HEADER, MESSAGE_ID_PREFIX, our_message_id, ticket_of_our_message_id};
pub use ticket::{EventKind, OutboxKind, Ticket, TicketStatus};

/// An e-mail address in `local@domain` form, as it appears on the wire.
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(transparent)]
pub struct EmailAddress(String);

#[derive(Debug, thiserror::Error)]
#[error("not an e-mail address: {0:?}")]
/// The text that failed [`EmailAddress::parse`], as given.
pub struct InvalidEmailAddress(pub String);

impl EmailAddress {
    /// Accepts `local@domain` with no whitespace, angle brackets or control characters.
    /// Stricter than RFC 5322 on purpose: these addresses go into SMTP envelopes and headers.
    pub fn parse(raw: &str) -> Result<Self, InvalidEmailAddress> {
        let s = raw.trim();
        let bad = s.is_empty()
            || s.len() > 254
            || s.chars()
                .any(|c| c.is_whitespace() || c.is_control() || "<>,;\"\\".contains(c));
        match s.rsplit_once('@') {
            Some((local, domain)) if !bad && !local.is_empty() && domain.contains('.') => {
                if domain.starts_with('.') || domain.ends_with('.') {
                    return Err(InvalidEmailAddress(raw.to_string()));
                }
                // The SMTP side (lettre) must accept it too, or an acknowledgement could not be
                // built after the ticket was: one definition of "valid" for both. Its envelope
                // address and its header parser differ (`x@[127.0.0.1]` passes the first, not
                // the second, and the message builder then fails): both must accept it.
                s.parse::<lettre::Address>()
                    .map_err(|_| InvalidEmailAddress(raw.to_string()))?;
                format!("<{s}>")
                    .parse::<lettre::message::Mailbox>()
                    .map_err(|_| InvalidEmailAddress(raw.to_string()))?;
                Ok(EmailAddress(s.to_string()))
            }
            _ => Err(InvalidEmailAddress(raw.to_string())),
        }
    }

    /// The address as validated (trimmed, case kept).
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The part after the last `@` (case as written).
    pub fn domain(&self) -> &str {
        self.0.rsplit_once('@').map(|(_, d)| d).unwrap_or("")
    }

    /// Addresses compare case-insensitively in practice (domains always, local parts on
    /// every server this office will meet).
    pub fn same_as(&self, other: &str) -> bool {
        self.0.eq_ignore_ascii_case(other.trim())
    }

    /// This address in [`normal_form`]: the key under which caps count it.
    pub fn normal_form(&self) -> String {
        normal_form(&self.0)
    }
}

/// The mailbox an address reaches, as one string: what the per-address caps count and what
/// identities (a ticket's citizen) are compared by. Case is folded (`CapVictim@EXAMPLE.test`
/// is `capvictim@example.test`), a sub-address tag is dropped (`name+anything@` reaches
/// `name@` at Gmail, Outlook, Fastmail and any Postfix with the default
/// `recipient_delimiter`), and Gmail's ignored dots go. Without it one mailbox written 30
/// ways got 30 acknowledgements against a cap of 10. Never used as a recipient: mail goes to
/// the address as written.
pub fn normal_form(address: &str) -> String {
    let lower = address.trim().to_lowercase();
    let Some((local, domain)) = lower.rsplit_once('@') else {
        return lower;
    };
    let local = match local.split_once('+') {
        Some((base, _tag)) if !base.is_empty() => base,
        _ => local,
    };
    let (local, domain) = match domain {
        "gmail.com" | "googlemail.com" => (local.replace('.', ""), "gmail.com"),
        _ => (local.to_string(), domain),
    };
    format!("{local}@{domain}")
}

impl fmt::Display for EmailAddress {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A ticket reference such as `MEL-2026-000123`: office code, year, sequence.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct TicketRef {
    /// The office code, upper-case ASCII letters or digits (at most 8), e.g. `MEL`.
    pub office: String,
    /// The year the request was received, in the office's time zone.
    pub year: i16,
    /// The office's running number within that year; printed zero-padded to six digits.
    pub seq: i64,
}

impl TicketRef {
    /// Parses `MEL-2026-000123`, also written with Bengali digits (`MEL-২০২৬-০০০১২৩`).
    pub fn parse(raw: &str) -> Option<Self> {
        let folded = bangla::fold_digits(raw.trim());
        let mut parts = folded.split('-');
        let office = parts.next()?;
        let year = parts.next()?;
        let seq = parts.next()?;
        if parts.next().is_some()
            || office.is_empty()
            || office.len() > 8
            || !office.chars().all(|c| c.is_ascii_alphanumeric())
            || year.len() != 4
            || seq.is_empty()
            || seq.len() > 9
            || !year.chars().chain(seq.chars()).all(|c| c.is_ascii_digit())
        {
            return None;
        }
        Some(TicketRef {
            office: office.to_ascii_uppercase(),
            year: year.parse().ok()?,
            seq: seq.parse().ok()?,
        })
    }

    /// Finds the first reference to one of `office`'s tickets in free text (a subject line),
    /// with or without brackets, in ASCII or Bengali digits.
    pub fn find_in(text: &str, office: &str) -> Option<Self> {
        let folded = bangla::fold_digits(text);
        let upper = folded.to_ascii_uppercase();
        let needle = format!("{}-", office.to_ascii_uppercase());
        let mut from = 0;
        while let Some(pos) = upper[from..].find(&needle) {
            let start = from + pos;
            let boundary_ok = upper[..start]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_ascii_alphanumeric());
            let tail: String = upper[start..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
                .collect();
            if boundary_ok && let Some(r) = TicketRef::parse(&tail) {
                return Some(r);
            }
            from = start + needle.len();
        }
        None
    }
}

impl fmt::Display for TicketRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-{:04}-{:06}", self.office, self.year, self.seq)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticket_ref_round_trip_and_bengali_digits() {
        let r = TicketRef::parse("MEL-2026-000123").unwrap();
        assert_eq!(r.to_string(), "MEL-2026-000123");
        assert_eq!(TicketRef::parse("MEL-২০২৬-০০০১২৩"), Some(r.clone()));
        assert_eq!(
            TicketRef::find_in("Re: [MEL-2026-000123] ল্যাব", "MEL"),
            Some(r.clone())
        );
        assert_eq!(
            TicketRef::find_in("পুনরায়: MEL-২০২৬-০০০১২৩ সম্পর্কে", "mel"),
            Some(r)
        );
        assert_eq!(TicketRef::find_in("XMEL-2026-000123", "MEL"), None);
        assert_eq!(TicketRef::find_in("MEL-26-1", "MEL"), None);
    }

    #[test]
    fn email_address_rejects_injection() {
        assert!(EmailAddress::parse("citizen1@example.test").is_ok());
        assert!(EmailAddress::parse("a@b.test\r\nBcc: x@y.test").is_err());
        assert!(EmailAddress::parse("<a@b.test>").is_err());
        assert!(EmailAddress::parse("nobody").is_err());
        assert!(
            EmailAddress::parse("john..doe@example.test").is_err(),
            "lettre refuses it, so do we"
        );
        assert!(EmailAddress::parse(".john@example.test").is_err());
    }

    #[test]
    fn one_mailbox_has_one_normal_form() {
        let victim = "capvictim@example.test";
        for written in [
            "CapVictim@EXAMPLE.test",
            "capvictim@example.TEST",
            "CAPVICTIM@example.test",
            "capvictim+1@example.test",
            "CapVictim+spam-shop@Example.Test",
            " capvictim@example.test ",
        ] {
            assert_eq!(normal_form(written), victim, "{written}");
        }
        assert_eq!(
            normal_form("C.a.p.Victim+x@GoogleMail.com"),
            "capvictim@gmail.com"
        );
        // Dots matter elsewhere, and a leading '+' is no tag.
        assert_eq!(
            normal_form("cap.victim@example.test"),
            "cap.victim@example.test"
        );
        assert_eq!(normal_form("+x@example.test"), "+x@example.test");
        assert_ne!(normal_form("other@example.test"), victim);
    }

    /// Every address we accept must make a mail lettre builds: `x@[127.0.0.1]` once passed
    /// our check and lettre's `Address`, failed its header parser, and quarantined the request.
    #[test]
    fn an_accepted_address_is_one_lettre_can_address_a_mail_to() {
        let builds = |a: &str| {
            let mailbox = lettre::message::Mailbox::new(
                Some("রহিম".into()),
                a.parse::<lettre::Address>().unwrap(),
            );
            lettre::Message::builder()
                .from("office <ict.melandaha@office.test>".parse().unwrap())
                .to(mailbox)
                .subject("s")
                .body(String::from("b"))
                .is_ok()
        };
        for a in ["x@[127.0.0.1]", "x@[IPv6:::1]", "x@[::1]"] {
            assert!(EmailAddress::parse(a).is_err(), "{a} accepted");
        }
        for a in [
            "citizen1@example.test",
            "first.last+tag@sub.example.test",
            "o'brien@example.test",
        ] {
            let parsed = EmailAddress::parse(a).unwrap_or_else(|e| panic!("{e}"));
            assert!(
                builds(parsed.as_str()),
                "{a} accepted but lettre cannot build to it"
            );
        }
    }
}

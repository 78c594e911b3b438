//! How sebadesk marks the mail it writes, so that it knows its own mail when it comes back:
//! the loop header and the Message-ID scheme `sebadesk.<REF>.<purpose>.<unique>@<domain>`.
//! The outbox writes these marks, triage and bounce reading recognise them; both read them
//! here so the two sides cannot drift apart.

use super::TicketRef;

/// The header every mail sebadesk sends carries; seeing it inbound means a loop.
pub const LOOP_HEADER: &str = "X-Sebadesk-Loop";
/// Message-IDs sebadesk writes start with this, then the ticket reference.
pub const MESSAGE_ID_PREFIX: &str = "sebadesk.";

/// A Message-ID of ours for `reference`: `sebadesk.<REF>.<purpose>.<unique>@<domain>`
/// (without angle brackets). `unique` is the caller's random part.
pub fn our_message_id(reference: &TicketRef, purpose: &str, unique: &str, domain: &str) -> String {
    format!("{MESSAGE_ID_PREFIX}{reference}.{purpose}.{unique}@{domain}")
}

/// The ticket a Message-ID of ours belongs to: `sebadesk.MEL-2026-000001.ack.…@domain`.
pub fn ticket_of_our_message_id(id: &str) -> Option<TicketRef> {
    let rest = id
        .trim_matches(['<', '>'])
        .strip_prefix(MESSAGE_ID_PREFIX)?;
    TicketRef::parse(rest.split('.').next()?)
}

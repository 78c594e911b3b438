//! A ticket as the rest of the program sees it, and the closed sets of words the database
//! stores about tickets: statuses, event kinds, outbox kinds. Each is an enum here and the
//! same string as before in the database (`as_str`), so no stored data changes.

/// Where a ticket stands. Stored as `open`, `waiting`, `resolved`, `closed`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum TicketStatus {
    /// New or reopened: the officer owes the citizen an answer; the SLA clock runs.
    Open,
    /// The officer asked the citizen something (`tickets reply --wait`, `#reply --wait`): the
    /// ticket waits for the citizen's next mail, which makes it `open` again. Not done: the
    /// SLA clock runs on unless the charter pauses it (`pause_while_waiting`).
    Waiting,
    /// The officer marked it done (`#resolve`, `tickets resolve`) and the citizen is told; a
    /// reply within `reopen_window_days` reopens it, a later one opens a new ticket.
    Resolved,
    /// Done, counted like `Resolved`. sebadesk's own actions do not write it today; it is
    /// read for rows that hold it.
    Closed,
}

impl TicketStatus {
    /// The word stored in the database and printed in the CLI's JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            TicketStatus::Open => "open",
            TicketStatus::Waiting => "waiting",
            TicketStatus::Resolved => "resolved",
            TicketStatus::Closed => "closed",
        }
    }

    /// The status a stored word names, or `None` for a word sebadesk never writes.
    pub fn parse(word: &str) -> Option<TicketStatus> {
        [
            TicketStatus::Open,
            TicketStatus::Waiting,
            TicketStatus::Resolved,
            TicketStatus::Closed,
        ]
        .into_iter()
        .find(|s| s.as_str() == word)
    }

    /// Resolved or closed: the SLA clock no longer runs.
    pub fn is_done(self) -> bool {
        matches!(self, TicketStatus::Resolved | TicketStatus::Closed)
    }
}

impl std::fmt::Display for TicketStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Declares a closed set of stored words: the enum, `as_str` and `Display`.
macro_rules! stored_words {
    ($(#[$doc:meta])* $name:ident { $($(#[$vdoc:meta])* $variant:ident => $word:literal,)+ }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum $name {
            $($(#[$vdoc])* $variant,)+
        }

        impl $name {
            /// The word stored in the database (unchanged from the string it replaced).
            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $word,)+
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

stored_words! {
    /// What a ticket event records (`ticket_events.kind`). A failed send is recorded as
    /// `<outbox kind>-failed`, named by the outbox row (see `store::outbox`).
    EventKind {
        /// A ticket was opened from a citizen's request (service, confidence, deadline).
        Opened => "opened",
        /// The citizen wrote again on an open ticket; the officer is told.
        Followup => "followup",
        /// Someone other than the citizen named this ticket's reference in a mail that does not
        /// reply to ours: filed here, not treated as the citizen's follow-up.
        Mentioned => "mentioned",
        /// The officer resolved the ticket (by whom, the text sent to the citizen).
        Resolved => "resolved",
        /// A done ticket became open again: the citizen replied within the reopen window, or the
        /// officer reopened it.
        Reopened => "reopened",
        /// The officer changed the charter service; the deadline follows (old and new).
        Reclassified => "reclassified",
        /// The officer's internal note; never sent to the citizen.
        Note => "note",
        /// An e-mail command about this ticket was refused (bad token, wrong sender, bad arguments).
        CommandRefused => "command-refused",
        /// The ticket's officer token was found in a text meant for the citizen and removed.
        TokenWithheld => "token-withheld",
        /// The due time moved (holidays changed, a pause while waiting, a new service): old, new, why.
        DeadlineChanged => "deadline-changed",
        /// The resolution notice could not be queued (no valid citizen address).
        NotNotified => "not-notified",
        /// The officer's new-ticket notice was held by an hourly limit (see `tickets::limits`).
        OfficerNoticeHeld => "officer-notice-held",
        /// No acknowledgement was queued: no valid From or Reply-To address.
        NotAcknowledged => "not-acknowledged",
        /// No acknowledgement was queued: a per-address or hourly cap gave a reason.
        AckSuppressed => "ack-suppressed",
        /// A mail we sent for this ticket bounced (a permanent DSN).
        MailBounced => "mail-bounced",
        /// A mail we sent for this ticket is delayed (a delay DSN); it may still arrive.
        MailDelayed => "mail-delayed",
        /// An automatic answer (out of office, a dead mailbox…) to a mail we sent for the
        /// ticket: filed on it for the officer, never answered.
        AutoReply => "auto-reply",
        /// The content stage found the request doubtful: its acknowledgement is kept unsent
        /// until the officer releases it.
        AckHeld => "ack-held",
        /// The officer released a held acknowledgement.
        AckReleased => "ack-released",
        /// The officer wrote to the citizen through the desk (`tickets reply`, `#reply`):
        /// the text, who, and whether the ticket now waits for the citizen.
        Replied => "replied",
        /// The citizen answered a ticket that was waiting for them: open again (and how many
        /// working days it waited).
        WaitingEnded => "waiting-ended",
        /// The citizen asked for the status by e-mail and was answered automatically.
        StatusAnswered => "status-answered",
        /// The citizen asked for the status by e-mail and got no automatic answer (why).
        StatusNotAnswered => "status-not-answered",
        /// Retention purged the ticket's mail (raw messages, the bodies of the mail we sent);
        /// the detail says how much. The ticket's metadata and events stay.
        MailPurged => "mail-purged",
        /// A message's attachments were stored on the ticket (numbers, bytes, and how many
        /// the per-message limits left out).
        Attachments => "attachments",
        /// A supervisor took the ticket over ("escalate to self"): `by` (who acted),
        /// `supervisor` (the address it is escalated to), `reason` (why).
        Escalated => "escalated",
    }
}

stored_words! {
    /// What an outbox mail is (`outbox.kind`). The outbox row itself carries the word
    /// (`store::outbox::NewOutboxMail::kind`), so a failed send's event can name it.
    OutboxKind {
        /// The citizen's acknowledgement.
        Ack => "ack",
        /// The citizen's resolution notice.
        Resolution => "resolution",
        /// The officer's reply to the citizen (issue 16).
        Reply => "reply",
        /// The automatic answer to a citizen's status request.
        StatusAnswer => "status-answer",
        /// The officer's notice of a citizen's follow-up(s).
        OfficerFollowup => "officer-followup",
        /// The officer's notice of a new ticket.
        OfficerNew => "officer-new",
        /// The confirmation of an officer's e-mail command that was carried out.
        OfficerConfirm => "officer-confirm",
        /// The answer to an officer's e-mail command that was refused, with why.
        OfficerRefusal => "officer-refusal",
        /// The officer's reminder that a ticket is past its deadline.
        OfficerOverdue => "officer-overdue",
        /// The officer's reminder that a ticket is due today.
        OfficerDueToday => "officer-due-today",
        /// The officer's morning digest of open tickets.
        OfficerDigest => "officer-digest",
        /// The supervisor's notice of a ticket overdue by more than `escalate_after` working days.
        Escalation => "escalation",
        /// The officer's alert that a component (mailbox, SMTP…) has been unhealthy for a while.
        HealthAlert => "health-alert",
        /// The officer's alert that the hourly acknowledgement limit held mail back.
        LimitAlertAck => "limit-alert-ack",
        /// The officer's alert that a new-ticket notice limit held notices back.
        LimitAlertNotice => "limit-alert-notice",
        /// A one-time sign-in link of the web desk (no ticket).
        WebSignIn => "web-sign-in",
        /// The monthly charter report to the officer and the supervisor (issue 19).
        Report => "report",
        /// The officer's notice that the supervisor took a ticket over (issue 17).
        OfficerEscalated => "officer-escalated",
    }
}

/// A ticket as the CLI shows it. Field names are part of the JSON interface: keep them.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Ticket {
    #[serde(skip)]
    /// The database row id; internal, never shown (the reference is the public name).
    pub id: i64,
    /// The public reference, `OFFICE-YYYY-NNNNNN` (see [`crate::domain::TicketRef`]).
    pub reference: String,
    /// The code of the office that owns the ticket.
    pub office: String,
    /// The charter service code; `None` when the classifier found none.
    pub service: Option<String>,
    /// The classifier's confidence in `service`, 0.0–1.0 (1.0 when an officer set it).
    pub confidence: Option<f64>,
    /// Where the ticket stands now.
    pub status: TicketStatus,
    /// The citizen's address as written in their mail; answers go there.
    pub citizen_email: String,
    /// The citizen's display name, when their From header gave one.
    pub citizen_name: Option<String>,
    /// The request's subject as the citizen wrote it.
    pub subject: String,
    /// When the request reached the mailbox (RFC 3339 UTC): the SLA's receipt time.
    pub received_at: String,
    /// The SLA receipt day, `YYYY-MM-DD` in the office's time zone; `None` without a service.
    pub receipt_day: Option<String>,
    /// The charter deadline (RFC 3339 UTC); `None` without a service.
    pub due_at: Option<String>,
    /// When it was last resolved (RFC 3339 UTC); cleared when the ticket is reopened.
    pub resolved_at: Option<String>,
    /// When sebadesk opened the ticket (RFC 3339 UTC), which can be later than `received_at`.
    pub created_at: String,
    /// The per-ticket secret of the officer's e-mail commands: never printed.
    #[serde(skip)]
    pub officer_token: Option<String>,
    /// The citizen's first mail (without brackets), to thread answers to it.
    #[serde(skip)]
    pub original_message_id: Option<String>,
    /// The supervisor who took the ticket over ("escalate to self", issue 17), or `None`.
    pub escalated_to: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_are_stored_and_shown_as_before() {
        for (s, w) in [
            (TicketStatus::Open, "open"),
            (TicketStatus::Waiting, "waiting"),
            (TicketStatus::Resolved, "resolved"),
            (TicketStatus::Closed, "closed"),
        ] {
            assert_eq!(s.as_str(), w);
            assert_eq!(TicketStatus::parse(w), Some(s));
            assert_eq!(serde_json::to_string(&s).unwrap(), format!("\"{w}\""));
        }
        assert_eq!(TicketStatus::parse("Open"), None);
        assert!(TicketStatus::Closed.is_done() && !TicketStatus::Open.is_done());
        assert!(
            !TicketStatus::Waiting.is_done(),
            "a waiting ticket is not done"
        );
    }
}

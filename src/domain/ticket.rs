//! A ticket as the rest of the program sees it, and the closed sets of words the database
//! stores about tickets: statuses, event kinds, outbox kinds. Each is an enum here and the
//! same string as before in the database (`as_str`), so no stored data changes.

/// Where a ticket stands. Stored as `open`, `waiting`, `resolved`, `closed`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum TicketStatus {
    Open,
    /// The officer asked the citizen something (`tickets reply --wait`, `#reply --wait`): the
    /// ticket waits for the citizen's next mail, which makes it `open` again. Not done: the
    /// SLA clock runs on unless the charter pauses it (`pause_while_waiting`).
    Waiting,
    Resolved,
    Closed,
}

impl TicketStatus {
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
        Opened => "opened",
        Followup => "followup",
        Mentioned => "mentioned",
        Resolved => "resolved",
        Reopened => "reopened",
        Reclassified => "reclassified",
        Note => "note",
        CommandRefused => "command-refused",
        TokenWithheld => "token-withheld",
        DeadlineChanged => "deadline-changed",
        NotNotified => "not-notified",
        OfficerNoticeHeld => "officer-notice-held",
        NotAcknowledged => "not-acknowledged",
        AckSuppressed => "ack-suppressed",
        MailBounced => "mail-bounced",
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
        OfficerNew => "officer-new",
        OfficerConfirm => "officer-confirm",
        OfficerRefusal => "officer-refusal",
        OfficerOverdue => "officer-overdue",
        OfficerDueToday => "officer-due-today",
        OfficerDigest => "officer-digest",
        Escalation => "escalation",
        HealthAlert => "health-alert",
        LimitAlertAck => "limit-alert-ack",
        LimitAlertNotice => "limit-alert-notice",
        /// A one-time sign-in link of the web desk (no ticket).
        WebSignIn => "web-sign-in",
    }
}

/// A ticket as the CLI shows it. Field names are part of the JSON interface: keep them.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Ticket {
    #[serde(skip)]
    pub id: i64,
    pub reference: String,
    pub office: String,
    pub service: Option<String>,
    pub confidence: Option<f64>,
    pub status: TicketStatus,
    pub citizen_email: String,
    pub citizen_name: Option<String>,
    pub subject: String,
    pub received_at: String,
    pub receipt_day: Option<String>,
    pub due_at: Option<String>,
    pub resolved_at: Option<String>,
    pub created_at: String,
    /// The per-ticket secret of the officer's e-mail commands: never printed.
    #[serde(skip)]
    pub officer_token: Option<String>,
    /// The citizen's first mail (without brackets), to thread answers to it.
    #[serde(skip)]
    pub original_message_id: Option<String>,
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

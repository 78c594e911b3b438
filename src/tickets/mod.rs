//! Tickets: everything that happens to a ticket after a message opened it, for every caller
//! (the pipeline, the CLI, the officer's e-mail commands, the daemon's periodic work). Each
//! function takes the office's [`Desk`] and, where it changes something, a transaction.
//!
//! - [`desk`]: the narrow per-office context (identity, charter, calendar, clock, store,
//!   learner) every action takes, and the classifier that learns from corrections.
//! - [`actions`]: the officer's actions — resolve, reply, reclassify, note, reopen.
//! - [`waiting`]: a ticket waiting for its citizen, and the SLA pause (issue 16).
//! - [`followups`]: the officer's notices of citizens' follow-ups, rate-limited per ticket.
//! - [`status_answer`]: the automatic answer to a citizen's status request.
//! - [`attachments`]: a ticket's stored attachments, listed and fetched.
//! - [`commands`]: the officer's e-mail commands, authenticated and run as actions.
//! - [`reminders`]: the daily plan of reminders and escalations.
//! - [`deadlines`]: open tickets' deadlines recomputed when the calendar changes.
//! - [`limits`]: the hourly limits on acknowledgements and officer notices.
//! - [`retention`]: citizens' mail purged after `[retention]` days (the tickets stay).

pub mod actions;
pub mod attachments;
pub mod commands;
pub mod deadlines;
pub mod desk;
pub mod followups;
pub mod limits;
pub mod reminders;
pub mod retention;
pub mod status_answer;
pub mod waiting;

pub use desk::{Desk, Learner};

use crate::outbox::render::RenderError;
use crate::store::StoreError;

/// What the e-mail commands and the periodic work (reminders, health alerts) can fail with:
/// the database, or rendering a mail. A refused command or a skipped reminder is not an error.
#[derive(Debug, thiserror::Error)]
pub enum WorkError {
    /// The database failed.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// A mail could not be rendered.
    #[error(transparent)]
    Render(#[from] RenderError),
}

impl From<sqlx::Error> for WorkError {
    fn from(e: sqlx::Error) -> Self {
        WorkError::Store(StoreError::Sqlx(e))
    }
}

//! The command line's arguments (clap), parsed once in `main`.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

#[derive(Parser)]
#[command(
    name = "sebadesk",
    version,
    about = "A citizen-charter ticket desk on an office mailbox"
)]
pub(crate) struct Cli {
    /// The configuration file (the charter and keyword files are found beside it).
    #[arg(
        long,
        global = true,
        env = "SEBADESK_CONFIG",
        default_value = "config/sebadesk.toml"
    )]
    pub(crate) config: PathBuf,
    /// The office a command is about, by code (a deployment with several offices; default:
    /// the main file's office, or for `tickets list` and `status` every office).
    #[arg(long, global = true, value_name = "CODE")]
    pub(crate) office: Option<String>,
    #[command(subcommand)]
    pub(crate) command: Command,
}

#[derive(Clone, Copy, ValueEnum, PartialEq)]
pub(crate) enum Format {
    Text,
    Json,
}

#[derive(Subcommand)]
pub(crate) enum Command {
    /// Run the daemon: watch the mailbox, open tickets, send acknowledgements.
    Run {
        /// On the first start, also take in mail that arrived on or after this date
        /// (YYYY-MM-DD, office time zone). Without it, mail already there is left alone.
        #[arg(long, value_name = "DATE")]
        since: Option<jiff::civil::Date>,
    },
    /// Show how sebadesk would handle .eml files: disposition, service, acknowledgement.
    Classify {
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// List or show tickets.
    Tickets {
        #[command(subcommand)]
        action: TicketsAction,
    },
    /// Messages set aside for the officer (unparseable, oversize).
    Quarantine {
        #[command(subcommand)]
        action: QuarantineAction,
    },
    /// Process a quarantined message again (e.g. after an upgrade).
    Reprocess {
        /// The message id shown by `sebadesk quarantine list`.
        id: i64,
    },
    /// The charter clock: deadlines and the working-day calendar.
    Sla {
        #[command(subcommand)]
        action: SlaAction,
    },
    /// The daemon's health: last successful poll and send, failures, backlog, quarantine.
    Status {
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
    },
    /// Charter compliance report of a period: per service and in total (issue 19).
    Report(ReportArgs),
    /// Create or update the database schema.
    Migrate,
    /// Back the SQLite database up into FILE (consistent while the daemon runs; owner-only).
    /// For PostgreSQL use pg_dump (the command says so).
    Backup {
        #[arg(long, value_name = "FILE")]
        to: PathBuf,
        /// Replace FILE if it exists.
        #[arg(long)]
        force: bool,
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
    },
    /// Replace the SQLite database with a backup (checked first; refused while a desk runs;
    /// the replaced database is kept beside it).
    Restore {
        #[arg(long, value_name = "FILE")]
        from: PathBuf,
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
    },
    /// Purge citizens' mail past `[retention]` (resolved/closed tickets' mail after
    /// `mail_days`, quarantined mail after `quarantine_days`); tickets and events stay.
    Purge {
        /// Only show what would be purged.
        #[arg(long)]
        dry_run: bool,
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
    },
    /// Validate the configuration and print a summary.
    Config {
        #[command(subcommand)]
        action: ConfigAction,
    },
    /// The mail templates (README, "Mail templates"): check them all, or preview one.
    Templates {
        #[command(subcommand)]
        action: TemplatesAction,
    },
    /// The web desk (README, "Web desk").
    Web {
        #[command(subcommand)]
        action: WebAction,
    },
    /// OAuth2 sign-in for Gmail and Microsoft 365 (README, "OAuth2 sign-in").
    Oauth {
        #[command(subcommand)]
        action: OauthAction,
    },
}

#[derive(Subcommand)]
pub(crate) enum OauthAction {
    /// Sign the desk's mailbox in with the device-code flow (RFC 8628): shows a page and a
    /// code for a person to enter, waits for them, and writes the refresh token to
    /// oauth2.refresh_token_file (mode 600). The token is never printed.
    Login {
        /// The provider whose endpoints and scopes are used where `[oauth2]` gives none.
        #[arg(long, value_enum)]
        provider: Option<OauthProvider>,
    },
}

#[derive(Clone, Copy, ValueEnum, PartialEq)]
pub(crate) enum OauthProvider {
    Google,
    Microsoft,
}

#[derive(Subcommand)]
pub(crate) enum TemplatesAction {
    /// Render every template (the shared ones and every office's overrides) with sample
    /// data; on an error print the file, line and message and exit 2.
    Check {
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
    },
    /// Print one mail rendered with sample data: a template's name (e.g. acknowledgement)
    /// or a sample's (e.g. acknowledgement-no-service); --office CODE for an office's own.
    Preview {
        name: String,
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
    },
}

#[derive(Subcommand)]
pub(crate) enum WebAction {
    /// Print a one-time sign-in link for a user of the web desk (an officer, a supervisor or
    /// one of web.admins), valid 15 minutes; nothing is mailed.
    Link {
        #[arg(long)]
        email: String,
    },
}

#[derive(Subcommand)]
pub(crate) enum TicketsAction {
    List {
        #[arg(long)]
        status: Option<String>,
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
    },
    Show {
        reference: String,
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
    },
    /// Resolve a ticket: the citizen gets a resolution notice (with the note, if given).
    Resolve {
        reference: String,
        #[arg(long)]
        note: Option<String>,
    },
    /// Correct a ticket's service, or `none` for outside the charter (the deadline follows;
    /// the classifier learns from it).
    Reclassify { reference: String, service: String },
    /// Write to the ticket's citizen (Bangla-first frame, threaded to their latest mail):
    /// TEXT, or the contents of --file (`-` for standard input).
    Reply {
        reference: String,
        #[arg(required_unless_present = "file", conflicts_with = "file")]
        text: Option<String>,
        /// Read the text from this file (UTF-8; `-`: standard input).
        #[arg(long, value_name = "PATH")]
        file: Option<PathBuf>,
        /// The ticket then waits for the citizen's answer (status `waiting`).
        #[arg(long)]
        wait: bool,
    },
    /// Add a note to a ticket's history.
    Note { reference: String, text: String },
    /// Open a resolved ticket again.
    Reopen { reference: String },
    /// The office's supervisor (`reminders.supervisor_email`) takes the ticket over: an
    /// `escalated` event with the reason, and a notice to the officer. Again: nothing changes.
    Escalate {
        reference: String,
        /// Why (kept on the ticket, sent to the officer).
        #[arg(long)]
        reason: String,
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
    },
    /// Send the acknowledgement held for a doubtful request (event `ack-held`).
    Release { reference: String },
    /// List a ticket's attachments: number, name, content type, size, SHA-256.
    Attachments {
        reference: String,
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
    },
    /// Write attachment N of a ticket to a file, byte for byte (an existing file is left
    /// alone unless --force).
    Attachment {
        reference: String,
        n: i64,
        #[arg(long)]
        out: PathBuf,
        #[arg(long)]
        force: bool,
    },
}

#[derive(Subcommand)]
pub(crate) enum QuarantineAction {
    List {
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
    },
}

#[derive(Subcommand)]
pub(crate) enum SlaAction {
    /// The deadline of a request for SERVICE received at an instant.
    Due {
        #[arg(long)]
        service: String,
        /// When the mail reached the mailbox, RFC 3339 (e.g. 2026-12-03T16:00:00+06:00).
        #[arg(long)]
        received: jiff::Timestamp,
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
    },
    /// The working-day calendar of a year: working days per month and every holiday.
    Calendar { year: i16 },
}

#[derive(Subcommand)]
pub(crate) enum ConfigAction {
    Check,
}

/// `sebadesk report`: one period, one office (`--office`, default the main one) or `--all`.
#[derive(clap::Args)]
#[command(group(clap::ArgGroup::new("period").required(true).args(["month", "quarter", "fy", "from"])))]
pub(crate) struct ReportArgs {
    /// A month, e.g. 2026-11.
    #[arg(long, value_name = "YYYY-MM")]
    pub(crate) month: Option<String>,
    /// A calendar quarter, e.g. 2026Q4 (October–December).
    #[arg(long, value_name = "YYYYQn")]
    pub(crate) quarter: Option<String>,
    /// A Bangladesh fiscal year, July to June, e.g. 2026-27.
    #[arg(long, value_name = "YYYY-YY")]
    pub(crate) fy: Option<String>,
    /// First day of a range (office time zone), with --to.
    #[arg(long, value_name = "DATE", requires = "to")]
    pub(crate) from: Option<jiff::civil::Date>,
    /// Last day of the range, included.
    #[arg(long, value_name = "DATE", requires = "from")]
    pub(crate) to: Option<jiff::civil::Date>,
    /// Every office of the deployment: one row per office, plus the totals.
    #[arg(long)]
    pub(crate) all: bool,
    #[arg(long, value_enum, default_value = "text")]
    pub(crate) format: ReportFormat,
    /// Write to this file instead of standard output.
    #[arg(long, value_name = "FILE")]
    pub(crate) output: Option<PathBuf>,
}

#[derive(Clone, Copy, ValueEnum, PartialEq)]
pub(crate) enum ReportFormat {
    Text,
    Json,
    Csv,
    Xlsx,
    Html,
}

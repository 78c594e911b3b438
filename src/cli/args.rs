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
    /// Validate the configuration and print a summary.
    Config {
        #[command(subcommand)]
        action: ConfigAction,
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
    /// Add a note to a ticket's history.
    Note { reference: String, text: String },
    /// Open a resolved ticket again.
    Reopen { reference: String },
    /// Send the acknowledgement held for a doubtful request (event `ack-held`).
    Release { reference: String },
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

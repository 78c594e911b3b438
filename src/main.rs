//! The `sebadesk` command line. Only argument handling and output here; the work is in the
//! library. Exit codes: 0 success, 2 bad usage or config, 1 runtime failure, with a one-line
//! reason on stderr.

mod cli;

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use clap::{Parser, Subcommand, ValueEnum};

use sebadesk::config::{Config, ConfigError};
use sebadesk::domain::TicketRef;
use sebadesk::store::Store;
use sebadesk::text::safety::for_terminal as shown;
use sebadesk::tickets::{Desk, actions};

#[derive(Parser)]
#[command(
    name = "sebadesk",
    version,
    about = "A citizen-charter ticket desk on an office mailbox"
)]
struct Cli {
    /// The configuration file (the charter and keyword files are found beside it).
    #[arg(
        long,
        global = true,
        env = "SEBADESK_CONFIG",
        default_value = "config/sebadesk.toml"
    )]
    config: PathBuf,
    /// The office a command is about, by code (a deployment with several offices; default:
    /// the main file's office, or for `tickets list` and `status` every office).
    #[arg(long, global = true, value_name = "CODE")]
    office: Option<String>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, ValueEnum, PartialEq)]
enum Format {
    Text,
    Json,
}

#[derive(Subcommand)]
enum Command {
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
    /// Create or update the database schema.
    Migrate,
    /// Validate the configuration and print a summary.
    Config {
        #[command(subcommand)]
        action: ConfigAction,
    },
}

#[derive(Subcommand)]
enum TicketsAction {
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
}

#[derive(Subcommand)]
enum QuarantineAction {
    List {
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
    },
}

#[derive(Subcommand)]
enum SlaAction {
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
enum ConfigAction {
    Check,
}

/// An error that means "bad usage or config" (exit 2) rather than a runtime failure.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
struct UsageError(String);

fn main() -> ExitCode {
    cli::memory::return_large_blocks_to_the_system();
    let cli = Cli::parse();
    cli::logging::init();
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("sebadesk: cannot start the async runtime: {e}");
            return ExitCode::from(1);
        }
    };
    match runtime.block_on(run(cli)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            let usage = e
                .chain()
                .any(|c| c.is::<ConfigError>() || c.is::<UsageError>());
            let chain: Vec<String> = e.chain().map(|c| c.to_string()).collect();
            eprintln!("sebadesk: {}", chain.join(": ").replace('\n', " "));
            ExitCode::from(if usage { 2 } else { 1 })
        }
    }
}

/// The configuration of the office named by `--office` (the main office without it).
fn office_config(config: &Config, office: Option<&str>) -> Result<Config, UsageError> {
    match office {
        None => Ok(config.offices().swap_remove(0)),
        Some(code) => config.office(code).ok_or_else(|| {
            let known: Vec<String> = config
                .offices()
                .iter()
                .map(|c| c.office.code.clone())
                .collect();
            UsageError(format!(
                "--office: no office {code:?} in this deployment (offices: {})",
                known.join(", ")
            ))
        }),
    }
}

async fn run(cli: Cli) -> anyhow::Result<()> {
    let deployment = Config::load(&cli.config)?;
    let office_filter = cli.office.as_deref().map(str::to_ascii_uppercase);
    // `run` serves every office; the other commands work on one (or filter by it).
    let config = office_config(&deployment, office_filter.as_deref())?;
    match cli.command {
        Command::Run { since } => {
            let since = since
                .map(|d| {
                    d.to_zoned_datetime(config.office.timezone.clone())
                        .map(|z| z.timestamp())
                })
                .transpose()
                .map_err(|e| UsageError(format!("--since: {e}")))?;
            if office_filter.is_some() {
                return Err(UsageError(
                    "run serves every office of the deployment: --office does not apply".into(),
                )
                .into());
            }
            sebadesk::daemon::run(deployment, sebadesk::daemon::RunOptions { since }).await
        }
        Command::Classify { format, files } => classify(&config, format, &files),
        Command::Tickets { action } => tickets(&deployment, office_filter.as_deref(), action).await,
        Command::Quarantine {
            action: QuarantineAction::List { format },
        } => {
            let store = open_store(&config).await?;
            let rows = store.quarantined().await?;
            if format == Format::Json {
                for r in rows {
                    println!("{}", serde_json::to_string(&r)?);
                }
            } else {
                for r in rows {
                    println!(
                        "{}\tuid {}\t{}\t{}\t{}",
                        r.id,
                        r.uid,
                        shown(&r.from_address.unwrap_or_default()),
                        shown(&r.subject.unwrap_or_default()),
                        shown(&r.reason)
                    );
                }
            }
            Ok(())
        }
        Command::Reprocess { id } => {
            let store = open_store(&config).await?;
            let clock: std::sync::Arc<dyn sebadesk::sla::Clock> =
                std::sync::Arc::new(sebadesk::sla::SystemClock);
            // The message belongs to the office whose mailbox it came from.
            let mailbox = store
                .quarantined_raw(id)
                .await?
                .map(|q| q.mailbox)
                .ok_or_else(|| anyhow::anyhow!("no quarantined message {id}"))?;
            let office = deployment
                .offices()
                .into_iter()
                .find(|c| sebadesk::config::mailbox_name(&c.imap) == mailbox)
                .ok_or_else(|| {
                    anyhow::anyhow!("message {id} came from {mailbox}, which no office of this configuration watches")
                })?;
            let pipeline =
                sebadesk::pipeline::Pipeline::new(std::sync::Arc::new(office), store, clock)?;
            let outcome = pipeline.reprocess(id).await?;
            println!("message {id}: {outcome:?}");
            Ok(())
        }
        Command::Sla { action } => sla(&config, action),
        Command::Status { format } => {
            let store = open_store(&config).await?;
            let mut health = store.health().await?;
            let backlog = store.backlog(jiff::Timestamp::now()).await?;
            let replicas = store.replicas().await?;
            let mut leases = store.leases().await?;
            if let Some(code) = &office_filter {
                let mine = [
                    sebadesk::config::health_component(&config, "imap"),
                    sebadesk::config::health_component(&config, "smtp"),
                ];
                health.retain(|h| mine.contains(&h.component));
                leases.retain(|l| &l.office == code);
            }
            if format == Format::Json {
                println!(
                    "{}",
                    serde_json::json!({ "health": health, "backlog": backlog, "replicas": replicas, "leases": leases })
                );
            } else {
                for h in &health {
                    let state = match &h.failing_since {
                        Some(since) => format!(
                            "FAILING since {} ({})",
                            local(&config, since),
                            shown(h.last_error.as_deref().unwrap_or(""))
                        ),
                        None => "ok".to_string(),
                    };
                    let last = h
                        .ok_at
                        .as_deref()
                        .map(|t| local(&config, t))
                        .unwrap_or_else(|| "never".into());
                    println!("{:<5} {state}; last success {last}", h.component);
                }
                if health.is_empty() {
                    println!("the daemon has not run yet");
                }
                let now = sebadesk::store::db_time(jiff::Timestamp::now());
                for r in &replicas {
                    let state = if r.expires_at > now { "live" } else { "dead" };
                    let held = leases.iter().filter(|l| l.owner == r.id).count();
                    println!(
                        "replica {} ({state}, pid {} on {}): {held} mailbox(es), heartbeat {}",
                        r.id,
                        r.pid,
                        r.host,
                        local(&config, &r.heartbeat_at)
                    );
                }
                println!(
                    "outbox: {} queued (oldest {}), {} failed; quarantined mail: {}; open tickets: {} ({} overdue)",
                    backlog.queued_mail,
                    backlog
                        .oldest_queued
                        .as_deref()
                        .map(|t| local(&config, t))
                        .unwrap_or_else(|| "-".into()),
                    backlog.failed_mail,
                    backlog.quarantined,
                    backlog.open_tickets,
                    backlog.overdue_tickets
                );
            }
            Ok(())
        }
        Command::Migrate => {
            open_store(&config).await?;
            println!("database schema is up to date");
            Ok(())
        }
        Command::Config {
            action: ConfigAction::Check,
        } => {
            println!("config {} is valid", config.path.display());
            let offices = deployment.offices();
            if offices.len() > 1 && office_filter.is_none() {
                println!("{} offices:", offices.len());
                for c in &offices {
                    println!(
                        "  office {} <{}>, officer <{}>, mailbox {}",
                        c.office.code,
                        c.office.address,
                        c.office.officer_email,
                        sebadesk::config::mailbox_name(&c.imap)
                    );
                }
                println!("the main office:");
            }
            println!(
                "office {} <{}>, officer <{}>",
                config.office.code, config.office.address, config.office.officer_email
            );
            println!(
                "imap {}:{} ({:?}) mailbox {}, smtp {}:{} ({:?})",
                config.imap.server.host,
                config.imap.server.port,
                config.imap.server.security,
                config.imap.mailbox,
                config.smtp.server.host,
                config.smtp.server.port,
                config.smtp.server.security
            );
            for s in config.charter.services() {
                println!(
                    "service {} ({} working days): {} / {}",
                    s.code, s.sla_working_days, s.name_bn, s.name_en
                );
            }
            Ok(())
        }
    }
}

fn sla(config: &Config, action: SlaAction) -> anyhow::Result<()> {
    let calendar = config.calendar();
    match action {
        SlaAction::Due {
            service,
            received,
            format,
        } => {
            let s = config
                .charter
                .get(&service)
                .ok_or_else(|| UsageError(format!("--service: no charter service {service:?}")))?;
            let d = calendar.deadline(received, s.sla_working_days);
            let due = d.due.strftime("%Y-%m-%dT%H:%M:%S%:z").to_string();
            if format == Format::Json {
                let v = serde_json::json!({
                    "service": s.code,
                    "received": received.to_zoned_datetime(config.office.timezone.clone()).strftime("%Y-%m-%dT%H:%M:%S%:z").to_string(),
                    "receipt_day": d.receipt_day.to_string(),
                    "working_days": d.working_days,
                    "due": due,
                    "skipped": d.skipped,
                });
                println!("{v}");
            } else {
                println!("{due}");
                println!(
                    "receipt day {}, {} working days after it",
                    d.receipt_day, d.working_days
                );
                for day in d.skipped {
                    println!("  skipped {} ({})", day.date, day.reason);
                }
            }
        }
        SlaAction::Calendar { year } => {
            let first = jiff::civil::Date::new(year, 1, 1)
                .map_err(|e| UsageError(format!("year {year}: {e}")))?;
            let mut total = 0;
            for month in 1..=12i8 {
                let start = first.with().month(month).build()?;
                let mut working = 0;
                let mut notes = Vec::new();
                let mut day = start;
                while day.month() == month && day.year() == year {
                    match calendar.non_working_reason(day) {
                        None => working += 1,
                        Some(reason) if reason.starts_with("holiday") => {
                            notes.push(format!("{} {}", day.day(), reason))
                        }
                        Some(_) => {}
                    }
                    day = day.tomorrow()?;
                }
                total += working;
                println!(
                    "{year}-{month:02}  {working:>2} working days  {}",
                    notes.join("; ")
                );
            }
            println!("{year}: {total} working days");
        }
    }
    Ok(())
}

async fn open_store(config: &Config) -> anyhow::Result<Store> {
    let store = Store::connect(&config.database.url, config.database.max_connections)
        .await
        .context("opening the database")?;
    store.migrate().await.context("migrating the database")?;
    Ok(store)
}

fn classify(config: &Config, format: Format, files: &[PathBuf]) -> anyhow::Result<()> {
    use sebadesk::triage::Disposition;
    let codes: Vec<&str> = config
        .charter
        .services()
        .iter()
        .map(|s| s.code.as_str())
        .collect();
    let classifier = sebadesk::classify::Classifier::with_examples(
        &config.keywords,
        &codes,
        &config.seed_examples,
    )?;
    let identity = sebadesk::tickets::desk::identity(config);
    for file in files {
        let raw = std::fs::read(file).with_context(|| format!("reading {}", file.display()))?;
        let line = match sebadesk::mail::parse::parse(&raw) {
            None => serde_json::json!({
                "file": file.display().to_string(), "disposition": "quarantined", "service": null,
                "ack": false, "confidence": 0.0, "ticket_ref": null, "why": ["unparseable"],
            }),
            Some(mail) => {
                let a = sebadesk::pipeline::assess(&identity, &classifier, &mail);
                let c = a.classification.as_ref();
                let mut why = a.triage.reasons.clone();
                if let Some(c) = c {
                    why.extend(c.reasons.iter().cloned());
                }
                serde_json::json!({
                    "file": file.display().to_string(),
                    "disposition": a.triage.disposition.as_str(),
                    "service": c.and_then(|c| c.service.clone()),
                    "ack": a.triage.disposition == Disposition::New,
                    "confidence": c.map(|c| c.confidence).unwrap_or(0.0),
                    "ticket_ref": a.triage.ticket_ref.as_ref().map(|r| r.to_string()),
                    "why": why,
                })
            }
        };
        match format {
            Format::Json => println!("{line}"),
            Format::Text => println!(
                "{}\t{}\t{}\tack={}\t{:.2}",
                line["file"].as_str().unwrap_or(""),
                line["disposition"].as_str().unwrap_or(""),
                line["service"].as_str().unwrap_or("-"),
                line["ack"],
                line["confidence"].as_f64().unwrap_or(0.0)
            ),
        }
    }
    Ok(())
}

async fn tickets(
    deployment: &Config,
    office: Option<&str>,
    action: TicketsAction,
) -> anyhow::Result<()> {
    let main_office = office_config(deployment, office)?;
    let store = open_store(&main_office).await?;
    let parse_ref = |reference: &str| {
        TicketRef::parse(reference)
            .ok_or_else(|| UsageError(format!("not a ticket reference: {reference:?}")))
    };
    // An action on a ticket uses its office's configuration (the reference names the office).
    let config_of = |r: &TicketRef| -> Result<Config, UsageError> {
        if let Some(code) = office
            && !code.eq_ignore_ascii_case(&r.office)
        {
            return Err(UsageError(format!("{r} is not a ticket of office {code}")));
        }
        deployment
            .office(&r.office)
            .ok_or_else(|| UsageError(format!("{r}: no office {} in this deployment", r.office)))
    };
    let by = format!(
        "cli:{}",
        std::env::var("USER").unwrap_or_else(|_| "officer".into())
    );
    let officer_action = async |store: Store, config: Config| -> anyhow::Result<Desk> {
        let clock: std::sync::Arc<dyn sebadesk::sla::Clock> =
            std::sync::Arc::new(sebadesk::sla::SystemClock);
        Ok(Desk::new(std::sync::Arc::new(config), store, clock)?)
    };
    let config = &main_office;
    match action {
        TicketsAction::Resolve { reference, note } => {
            let r = parse_ref(&reference)?;
            let desk = officer_action(store, config_of(&r)?).await?;
            let done = actions::resolve(&desk, &r, note.as_deref(), &by).await?;
            println!("{}\n{}", done.bn, done.en);
        }
        TicketsAction::Reclassify { reference, service } => {
            let r = parse_ref(&reference)?;
            let office_config = config_of(&r)?;
            if service != "none" && office_config.charter.get(&service).is_none() {
                return Err(UsageError(format!("no charter service {service:?} (or none)")).into());
            }
            let desk = officer_action(store, office_config).await?;
            let done = actions::reclassify(&desk, &r, &service, &by).await?;
            println!("{}\n{}", done.bn, done.en);
        }
        TicketsAction::Note { reference, text } => {
            let r = parse_ref(&reference)?;
            let desk = officer_action(store, config_of(&r)?).await?;
            let done = actions::note(&desk, &r, &text, &by).await?;
            println!("{}\n{}", done.bn, done.en);
        }
        TicketsAction::Reopen { reference } => {
            let r = parse_ref(&reference)?;
            let desk = officer_action(store, config_of(&r)?).await?;
            let done = actions::reopen(&desk, &r, &by).await?;
            println!("{}\n{}", done.bn, done.en);
        }
        TicketsAction::List { status, format } => {
            let list = store.office_tickets(office, status.as_deref()).await?;
            match format {
                Format::Json => {
                    for t in &list {
                        println!("{}", serde_json::to_string(t)?);
                    }
                }
                Format::Text => {
                    println!(
                        "{:<16} {:<8} {:<12} {:<26} {:<30} subject",
                        "ticket", "status", "service", "due", "citizen"
                    );
                    for t in &list {
                        println!(
                            "{:<16} {:<8} {:<12} {:<26} {:<30} {}",
                            t.reference,
                            shown(t.status.as_str()),
                            shown(t.service.as_deref().unwrap_or("(triage)")),
                            t.due_at
                                .as_deref()
                                .map(|d| local(config, d))
                                .unwrap_or_else(|| "-".into()),
                            shown(&t.citizen_email),
                            shown(&t.subject)
                        );
                    }
                }
            }
        }
        TicketsAction::Show { reference, format } => {
            let r = TicketRef::parse(&reference)
                .ok_or_else(|| UsageError(format!("not a ticket reference: {reference:?}")))?;
            let t = store
                .ticket(&r)
                .await?
                .ok_or_else(|| anyhow::anyhow!("no ticket {r}"))?;
            let events = store.events(t.id).await?;
            let outbox = store.outbox_for_ticket(t.id).await?;
            match format {
                Format::Json => {
                    let mut v = serde_json::to_value(&t)?;
                    v["events"] = serde_json::to_value(&events)?;
                    v["outbox"] = serde_json::to_value(&outbox)?;
                    println!("{v}");
                }
                Format::Text => {
                    println!(
                        "{}  [{}]  {}",
                        t.reference,
                        shown(t.status.as_str()),
                        shown(&t.subject)
                    );
                    println!(
                        "citizen: {} <{}>",
                        shown(t.citizen_name.as_deref().unwrap_or("")),
                        shown(&t.citizen_email)
                    );
                    println!(
                        "service: {}  confidence {:.2}",
                        shown(t.service.as_deref().unwrap_or("(triage)")),
                        t.confidence.unwrap_or(0.0)
                    );
                    println!(
                        "received {}  due {}",
                        local(config, &t.received_at),
                        t.due_at
                            .as_deref()
                            .map(|d| local(config, d))
                            .unwrap_or_else(|| "-".into())
                    );
                    for e in events {
                        println!(
                            "  {} {} {}",
                            local(config, &e.at),
                            shown(&e.kind),
                            shown(&e.detail.to_string())
                        );
                    }
                    for o in outbox {
                        println!(
                            "  mail {} to {}: {} after {} attempt(s){}",
                            shown(&o.kind),
                            shown(&o.rcpt_to),
                            shown(&o.status),
                            o.attempts,
                            o.last_error
                                .map(|e| format!(" ({})", shown(&e)))
                                .unwrap_or_default()
                        );
                    }
                }
            }
        }
    }
    Ok(())
}

/// A stored UTC time shown in the office's time zone.
fn local(config: &Config, utc: &str) -> String {
    utc.parse::<jiff::Timestamp>()
        .map(|t| {
            t.to_zoned_datetime(config.office.timezone.clone())
                .strftime("%Y-%m-%d %H:%M %:z")
                .to_string()
        })
        .unwrap_or_else(|_| utc.to_string())
}

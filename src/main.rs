//! The `sebadesk` command line. Only argument handling and output here; the work is in the
//! library. Exit codes: 0 success, 2 bad usage or config, 1 runtime failure, with a one-line
//! reason on stderr.

mod cli;

use std::process::ExitCode;

use clap::Parser;

use cli::{
    Cli, Command, ConfigAction, OauthAction, QuarantineAction, TemplatesAction, UsageError,
    WebAction,
};
use sebadesk::config::{Config, ConfigError};

fn main() -> ExitCode {
    cli::memory::return_large_blocks_to_the_system();
    let cli = Cli::parse();
    let log_format = match cli::logging::LogFormat::from_env() {
        Ok(f) => f,
        Err(message) => {
            eprintln!("sebadesk: {message}");
            return ExitCode::from(2);
        }
    };
    cli::logging::init(log_format);
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

async fn run(cli: Cli) -> anyhow::Result<()> {
    let deployment = Config::load(&cli.config)?;
    let office_filter = cli.office.as_deref().map(str::to_ascii_uppercase);
    // `run` serves every office; the other commands work on one (or filter by it).
    let config = cli::office_config(&deployment, office_filter.as_deref())?;
    match cli.command {
        Command::Run { since } => {
            cli::run::run_daemon(deployment, &config, office_filter.as_deref(), since).await
        }
        Command::Classify { format, files } => cli::classify::classify(&config, format, &files),
        Command::Tickets { action } => {
            cli::tickets::tickets(&deployment, office_filter.as_deref(), action).await
        }
        Command::Quarantine {
            action: QuarantineAction::List { format },
        } => cli::quarantine::list(&config, format).await,
        Command::Reprocess { id } => cli::quarantine::reprocess(&deployment, &config, id).await,
        Command::Sla { action } => cli::sla::sla(&config, action),
        Command::Status { format } => {
            cli::status::show(&config, office_filter.as_deref(), format).await
        }
        Command::Report(args) => {
            cli::report::report(&deployment, office_filter.as_deref(), args).await
        }
        Command::Migrate => {
            cli::open_store(&config).await?;
            println!("database schema is up to date");
            Ok(())
        }
        Command::Backup { to, force, format } => {
            cli::backup::backup(&config, &to, force, format).await
        }
        Command::Purge { dry_run, format } => {
            cli::purge::purge(
                &deployment,
                &config,
                office_filter.as_deref(),
                dry_run,
                format,
            )
            .await
        }
        Command::Restore { from, format } => cli::backup::restore(&config, &from, format).await,
        Command::Config {
            action: ConfigAction::Check,
        } => cli::config_check::check(&deployment, &config, office_filter.as_deref()),
        Command::Templates {
            action: TemplatesAction::Check { format },
        } => cli::templates::check(&deployment, format),
        Command::Templates {
            action: TemplatesAction::Preview { name, format },
        } => cli::templates::preview(&config, &name, format),
        Command::Web {
            action: WebAction::Link { email },
        } => cli::web::link(&deployment, &email).await,
        Command::Oauth {
            action: OauthAction::Login { provider },
        } => cli::oauth::login(&config, provider).await,
    }
}

//! `sebadesk run`: the daemon, serving every office of the deployment until SIGTERM or Ctrl-C.

use super::*;

pub(crate) async fn run_daemon(
    deployment: Config,
    config: &Config,
    office_filter: Option<&str>,
    since: Option<jiff::civil::Date>,
) -> anyhow::Result<()> {
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
    // Every template renders before anything is sent (a syntax error already failed
    // loading the config): a broken template is a config error, never a half-sent mail.
    super::templates::check_at_start(&deployment)?;
    let shutdown = shutdown_signal().await?;
    let clock: std::sync::Arc<dyn sebadesk::sla::Clock> =
        std::sync::Arc::new(sebadesk::sla::SystemClock);
    sebadesk::daemon::run(
        deployment,
        sebadesk::daemon::RunOptions { since },
        clock,
        shutdown,
    )
    .await
}

/// SIGTERM or Ctrl-C, as a future the daemon awaits. The handlers are installed before the
/// daemon starts, so a signal during start-up is not lost.
async fn shutdown_signal() -> anyhow::Result<impl std::future::Future<Output = ()>> {
    let mut term = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        .context("installing the SIGTERM handler")?;
    Ok(async move {
        tokio::select! {
            r = tokio::signal::ctrl_c() => {
                if let Err(e) = r {
                    tracing::warn!(error.message = %e, "waiting for Ctrl-C failed: stopping");
                }
            }
            _ = term.recv() => {}
        }
    })
}

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
    sebadesk::daemon::run(deployment, sebadesk::daemon::RunOptions { since }).await
}

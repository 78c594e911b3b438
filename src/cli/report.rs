//! `sebadesk report`: the charter compliance report of a period (see `sebadesk::report`).

use std::io::Write;

use super::*;
use sebadesk::report::{self, Period};

fn period(args: &ReportArgs) -> Result<Period, UsageError> {
    let p = match (&args.month, &args.quarter, &args.fy, args.from, args.to) {
        (Some(m), None, None, None, None) => Period::month(m),
        (None, Some(q), None, None, None) => Period::quarter(q),
        (None, None, Some(y), None, None) => Period::fiscal_year(y),
        (None, None, None, Some(from), Some(to)) => Period::range(from, to),
        _ => {
            return Err(UsageError(
                "give one period: --month, --quarter, --fy, or --from with --to".into(),
            ));
        }
    };
    p.map_err(|e| UsageError(e.to_string()))
}

pub(crate) async fn report(
    deployment: &Config,
    office: Option<&str>,
    args: ReportArgs,
) -> anyhow::Result<()> {
    let period = period(&args)?;
    let offices = match (office, args.all) {
        (Some(_), true) => {
            return Err(UsageError("--office and --all exclude each other".into()).into());
        }
        (_, true) => deployment.offices(),
        (office, false) => vec![office_config(deployment, office)?],
    };
    let store = open_store(&offices[0]).await?;
    let r = report::build(&store, &offices, &period, jiff::Timestamp::now(), args.all).await?;
    let bytes = match args.format {
        ReportFormat::Text => report::render::text(&r).into_bytes(),
        ReportFormat::Json => (report::render::json(&r) + "\n").into_bytes(),
        ReportFormat::Csv => report::render::csv(&r)?,
        ReportFormat::Xlsx => report::xlsx::xlsx(&r)?,
        ReportFormat::Html => report::html::html(&r).into_bytes(),
    };
    match &args.output {
        Some(path) => {
            std::fs::write(path, &bytes).with_context(|| format!("writing {}", path.display()))?
        }
        None => std::io::stdout()
            .write_all(&bytes)
            .context("writing the report")?,
    }
    store.close().await;
    Ok(())
}

//! `sebadesk quarantine list` and `sebadesk reprocess`: the mail that could not be taken in.

use super::*;

pub(crate) async fn list(config: &Config, format: Format) -> anyhow::Result<()> {
    let store = open_store(config).await?;
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

pub(crate) async fn reprocess(deployment: &Config, config: &Config, id: i64) -> anyhow::Result<()> {
    let store = open_store(config).await?;
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
            anyhow::anyhow!(
                "message {id} came from {mailbox}, which no office of this configuration watches"
            )
        })?;
    let pipeline = sebadesk::pipeline::Pipeline::new(std::sync::Arc::new(office), store, clock)?;
    let outcome = pipeline.reprocess(id).await?;
    println!("message {id}: {outcome:?}");
    Ok(())
}

//! `sebadesk tickets attachments REF` and `sebadesk tickets attachment REF N --out FILE`.

use std::io::Write;
use std::path::Path;

use super::*;

/// One line (or one JSON object) per attachment, then how many the limits left out.
pub(crate) async fn list(store: &Store, r: &TicketRef, format: Format) -> anyhow::Result<()> {
    let (stored, left_out) = sebadesk::tickets::attachments::list(store, r).await?;
    match format {
        Format::Json => {
            for a in &stored {
                println!("{}", serde_json::to_string(a)?);
            }
        }
        Format::Text => {
            println!(
                "{:>3}  {:<40} {:<30} {:>10}  sha256",
                "N", "name", "type", "size"
            );
            for a in &stored {
                println!(
                    "{:>3}  {:<40} {:<30} {:>10}  {}",
                    a.n,
                    shown(&a.name),
                    shown(&a.content_type),
                    a.size,
                    a.sha256
                );
            }
            if stored.is_empty() {
                println!("(no attachments)");
            }
            if left_out > 0 {
                println!(
                    "{left_out} more attachment(s) were over the per-message limits and not stored ([attachments] max_per_message, max_bytes_per_message)"
                );
            }
        }
    }
    Ok(())
}

/// Writes attachment `n` to `out`, byte for byte, owner-only (0600): a new file, or with
/// `force` a replaced one (written beside it, then renamed over it, so it is never half
/// written). The bytes are checked against their SHA-256 first.
pub(crate) async fn write(
    store: &Store,
    r: &TicketRef,
    n: i64,
    out: &Path,
    force: bool,
) -> anyhow::Result<()> {
    let (a, data) = sebadesk::tickets::attachments::fetch(store, r, n)
        .await?
        .ok_or_else(|| {
            anyhow::anyhow!("{r} has no attachment {n} (see: sebadesk tickets attachments {r})")
        })?;
    if sebadesk::mail::attachments::sha256_hex(&data) != a.sha256 {
        anyhow::bail!("attachment {n} of {r}: the stored bytes do not match their SHA-256");
    }
    if !force && out.exists() {
        return Err(UsageError(format!(
            "{} exists: not overwritten (use --force)",
            out.display()
        ))
        .into());
    }
    let open = |path: &Path| {
        let mut o = std::fs::OpenOptions::new();
        o.write(true).create_new(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut o, 0o600);
        o.open(path)
    };
    if force {
        let dir = out
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        let tmp = dir.join(format!(
            ".sebadesk-attachment-{}-{n}.tmp",
            std::process::id()
        ));
        let written = open(&tmp).and_then(|mut f| {
            f.write_all(&data)?;
            f.sync_all()
        });
        if let Err(e) = written.and_then(|()| std::fs::rename(&tmp, out)) {
            let _ = std::fs::remove_file(&tmp);
            return Err(anyhow::anyhow!("writing {}: {e}", out.display()));
        }
    } else {
        let mut f = open(out).with_context(|| format!("creating {}", out.display()))?;
        if let Err(e) = f.write_all(&data).and_then(|()| f.sync_all()) {
            drop(f);
            let _ = std::fs::remove_file(out);
            return Err(anyhow::anyhow!("writing {}: {e}", out.display()));
        }
    }
    eprintln!(
        "{}: {} bytes, {}, {} (sha256 {})",
        out.display(),
        data.len(),
        shown(&a.content_type),
        shown(&a.name),
        a.sha256
    );
    Ok(())
}

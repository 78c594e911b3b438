//! Tests of backing up and restoring the store.

use super::*;

async fn desk_db(dir: &Path, name: &str) -> (Store, PathBuf, String) {
    let path = dir.join(name);
    let url = format!("sqlite://{}", path.display());
    let store = Store::connect(&url, 2).await.unwrap();
    store.migrate().await.unwrap();
    (store, path, url)
}

fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

#[tokio::test]
async fn a_backup_is_private_checked_and_not_overwritten_by_accident() {
    let dir = tempfile::tempdir().unwrap();
    let (store, _, _) = desk_db(dir.path(), "desk.db").await;
    let to = dir.path().join("backup.db");
    let info = store.backup_to(&to, false).await.unwrap();
    assert_eq!(mode(&to), 0o600);
    assert_eq!(info.migration, info.known_migration);
    assert!(matches!(
        store.backup_to(&to, false).await,
        Err(BackupError::Exists(_))
    ));
    store.backup_to(&to, true).await.unwrap();
    assert!(!sibling(&to, ".partial").exists());
    store.close().await;
}

#[tokio::test]
async fn restore_refuses_what_is_not_a_known_sebadesk_database() {
    let dir = tempfile::tempdir().unwrap();
    let target = format!("sqlite://{}", dir.path().join("target.db").display());
    let junk = dir.path().join("junk.db");
    std::fs::write(&junk, b"this is not a database at all, just bytes").unwrap();
    let e = restore_sqlite(&junk, &target, Timestamp::now(), "here")
        .await
        .unwrap_err();
    assert!(matches!(e, BackupError::NotSebadesk { .. }), "{e}");

    // An SQLite database, but someone else's.
    let other = dir.path().join("other.db");
    let s = Store::connect(&format!("sqlite://{}", other.display()), 1)
        .await
        .unwrap();
    sqlx::query("CREATE TABLE notes (x TEXT)")
        .execute(s.pool())
        .await
        .unwrap();
    s.close().await;
    let e = restore_sqlite(&other, &target, Timestamp::now(), "here")
        .await
        .unwrap_err();
    assert!(e.to_string().contains("no table _sqlx_migrations"), "{e}");

    // A sebadesk database from a newer version.
    let (store, newer, _) = desk_db(dir.path(), "newer.db").await;
    sqlx::query(
        "INSERT INTO _sqlx_migrations (version, description, success, checksum, execution_time)
             VALUES (9999, 'from the future', 1, x'00', 0)",
    )
    .execute(store.pool())
    .await
    .unwrap();
    store.close().await;
    let e = restore_sqlite(&newer, &target, Timestamp::now(), "here")
        .await
        .unwrap_err();
    assert!(
        matches!(e, BackupError::UnknownMigration { version: 9999, .. }),
        "{e}"
    );
    assert!(
        !dir.path().join("target.db").exists(),
        "nothing was written"
    );
}

#[tokio::test]
async fn restore_refuses_a_database_in_use_and_keeps_the_one_it_replaces() {
    let dir = tempfile::tempdir().unwrap();
    let (source, source_path, _) = desk_db(dir.path(), "source.db").await;
    sqlx::query(
        "INSERT INTO tickets (reference, office, status, citizen_email, subject, received_at, created_at)
             VALUES ('MEL-2026-000001', 'MEL', 'open', 'c@example.test', 's', '2026-12-01T00:00:00Z', '2026-12-01T00:00:00Z')",
    )
    .execute(source.pool())
    .await
    .unwrap();
    let backup = dir.path().join("backup.db");
    source.backup_to(&backup, false).await.unwrap();
    source.close().await;
    let _ = source_path;

    let (target, target_path, target_url) = desk_db(dir.path(), "target.db").await;
    // A live heartbeat: refused, naming the replica.
    let now = Timestamp::now();
    target
        .heartbeat(
            "r-elsewhere",
            "other-host",
            1,
            now,
            std::time::Duration::from_secs(20),
        )
        .await
        .unwrap();
    let e = restore_sqlite(&backup, &target_url, now, "here")
        .await
        .unwrap_err();
    assert!(
        matches!(&e, BackupError::InUse { by, .. } if by.contains("r-elsewhere")),
        "{e}"
    );
    target.close().await;
    let later = now + jiff::SignedDuration::from_secs(60);
    // The heartbeat has expired, but another process holds the file open (a desk starting
    // up, any command): refused, naming the process.
    let mut holder = std::process::Command::new("sleep")
        .arg("30")
        .stdin(std::fs::File::open(&target_path).unwrap())
        .spawn()
        .unwrap();
    let e = restore_sqlite(&backup, &target_url, later, "here")
        .await
        .unwrap_err();
    let _ = holder.kill();
    let _ = holder.wait();
    assert!(
        matches!(&e, BackupError::InUse { by, .. } if by.contains(&format!("process {}", holder.id()))),
        "{e}"
    );
    let done = restore_sqlite(&backup, &target_url, later, "here")
        .await
        .unwrap();
    let kept = done.previous_kept_at.expect("the old database is kept");
    assert_eq!(inspect_sqlite(&kept).await.unwrap().tickets, 0);
    assert_eq!(mode(&kept), 0o600);
    let restored = inspect_sqlite(&target_path).await.unwrap();
    assert_eq!(restored.tickets, 1);
    assert_eq!(mode(&target_path), 0o600);
    // The restored database names no replica: the next start takes its mailboxes at once.
    let store = Store::connect(&target_url, 1).await.unwrap();
    assert!(store.replicas().await.unwrap().is_empty());
    store.close().await;
}

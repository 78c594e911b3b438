//! Backup and restore of an SQLite desk (`sebadesk backup`, `sebadesk restore`).
//!
//! A backup is `VACUUM INTO` a new file: one read transaction, so the copy is a consistent
//! snapshot of every committed transaction (WAL mode lets the daemon go on writing meanwhile),
//! compacted, without the `-wal`. It is written owner-only (0600) beside the target and renamed
//! into place only once it has been checked, so a file at the target path is always whole.
//!
//! A restore checks the file first (an SQLite database, sebadesk's tables, every applied
//! migration one this binary knows, byte for byte), refuses while a desk uses the target (a
//! live heartbeat row, a live process of a replica row on this host, or any process holding the
//! file open), keeps the database it replaces (`FILE.before-restore-TIME`, itself a
//! `VACUUM INTO` copy), swaps the file in with a rename, and migrates it.
//!
//! PostgreSQL has its own tools (`pg_dump`, `pg_restore`): both commands say so.

use std::path::{Path, PathBuf};
use std::str::FromStr;

use jiff::Timestamp;
use sqlx::sqlite::{SqliteConnectOptions, SqliteConnection};
use sqlx::{Connection, Row};

use super::{Backend, Store, StoreError, db_time};

/// Why `sebadesk backup` or `restore` refused or failed; each message says what to do.
#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    #[error(
        "the database is PostgreSQL: back it up with pg_dump (e.g. `pg_dump -Fc -f sebadesk.dump DBNAME`) and restore it with pg_restore; see README, \"Backup and restore\""
    )]
    /// The store is PostgreSQL, which has its own tools.
    Postgres,
    #[error("the database is in memory: there is no file to back up or restore")]
    /// The store is an in-memory SQLite database.
    InMemory,
    #[error("{0} exists already (give --force to replace it)")]
    /// The backup target exists and `--force` was not given.
    Exists(PathBuf),
    #[error("{path}: {source}")]
    /// A file operation failed.
    Io {
        /// The file or folder it failed on.
        path: PathBuf,
        /// The operating system's error.
        source: std::io::Error,
    },
    #[error("{path} is not a sebadesk database: {reason}")]
    /// The file to restore is not an SQLite database with sebadesk's tables.
    NotSebadesk {
        /// The file checked.
        path: PathBuf,
        /// What the check found wrong.
        reason: String,
    },
    #[error(
        "{path} has migration {version} applied, which this sebadesk does not know (it knows up to {known}): it comes from another version; restore it with that version"
    )]
    /// The file comes from a newer sebadesk (or its migration differs from ours).
    UnknownMigration {
        /// The file checked.
        path: PathBuf,
        /// The migration the file has applied that this binary does not know.
        version: i64,
        /// The highest migration this binary knows.
        known: i64,
    },
    #[error("{path} and the configured database are the same file")]
    /// Restoring the configured database onto itself.
    SameFile {
        /// The file given, which is the configured database.
        path: PathBuf,
    },
    #[error(
        "the database {path} is in use by a running desk: {by}; stop it first (systemctl stop sebadesk)"
    )]
    /// A running desk uses the target database: a restore under it would lose writes.
    InUse {
        /// The configured database file.
        path: PathBuf,
        /// Who uses it (a replica's heartbeat, a process id).
        by: String,
    },
    /// The database itself failed (opening, reading, migrating).
    #[error(transparent)]
    Store(#[from] StoreError),
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> BackupError + '_ {
    move |source| BackupError::Io {
        path: path.to_path_buf(),
        source,
    }
}

fn sqlx_err(e: sqlx::Error) -> BackupError {
    BackupError::Store(StoreError::Sqlx(e))
}

/// What a database file holds, as far as a restore needs to know.
#[derive(Debug, Clone, serde::Serialize)]
pub struct DatabaseInfo {
    /// The file examined.
    pub path: PathBuf,
    /// Its size in bytes.
    pub bytes: u64,
    /// The highest migration applied (e.g. 10 for `0010_lease_sessions`).
    pub migration: i64,
    /// The highest migration this binary knows.
    pub known_migration: i64,
    /// Rows in `tickets`.
    pub tickets: i64,
    /// Rows in `ticket_events`.
    pub events: i64,
    /// Rows in `messages` (the intake journal).
    pub messages: i64,
    /// Rows in `outbox` (queued, sent and failed mail).
    pub outbox: i64,
}

/// The migrations embedded in the binary for SQLite.
fn sqlite_migrator() -> sqlx::migrate::Migrator {
    sqlx::migrate!("migrations/sqlite")
}

/// The file behind an `sqlite://` URL (None for an in-memory database).
pub fn sqlite_path(url: &str) -> Result<Option<PathBuf>, BackupError> {
    if !url.starts_with("sqlite:") {
        return Err(BackupError::Postgres);
    }
    let options = SqliteConnectOptions::from_str(url).map_err(sqlx_err)?;
    let path = options.get_filename().to_path_buf();
    let shown = path.to_string_lossy();
    if url.contains("mode=memory") || shown.starts_with("file:") || shown == ":memory:" {
        return Ok(None);
    }
    Ok(Some(path))
}

/// Opens an SQLite file read-only, for checking.
async fn open_read_only(path: &Path) -> Result<SqliteConnection, BackupError> {
    if !path.is_file() {
        return Err(BackupError::NotSebadesk {
            path: path.to_path_buf(),
            reason: "no such file".into(),
        });
    }
    SqliteConnection::connect_with(
        &SqliteConnectOptions::new()
            .filename(path)
            .read_only(true)
            .create_if_missing(false),
    )
    .await
    .map_err(|e| BackupError::NotSebadesk {
        path: path.to_path_buf(),
        reason: e.to_string(),
    })
}

/// Checks that `path` is a whole sebadesk SQLite database whose every applied migration this
/// binary knows (same version, same checksum), and counts what it holds.
pub async fn inspect_sqlite(path: &Path) -> Result<DatabaseInfo, BackupError> {
    let not = |reason: String| BackupError::NotSebadesk {
        path: path.to_path_buf(),
        reason,
    };
    let mut conn = open_read_only(path).await?;
    let check: String = sqlx::query_scalar("PRAGMA quick_check")
        .fetch_one(&mut conn)
        .await
        .map_err(|e| not(e.to_string()))?;
    if check != "ok" {
        return Err(not(format!("integrity check: {check}")));
    }
    let tables: Vec<String> =
        sqlx::query_scalar("SELECT name FROM sqlite_master WHERE type = 'table'")
            .fetch_all(&mut conn)
            .await
            .map_err(|e| not(e.to_string()))?;
    for needed in [
        "_sqlx_migrations",
        "tickets",
        "ticket_events",
        "messages",
        "outbox",
    ] {
        if !tables.iter().any(|t| t == needed) {
            return Err(not(format!("no table {needed}")));
        }
    }
    let applied = sqlx::query(
        "SELECT version, CAST(success AS INTEGER), checksum FROM _sqlx_migrations ORDER BY version",
    )
    .fetch_all(&mut conn)
    .await
    .map_err(|e| not(e.to_string()))?;
    let migrator = sqlite_migrator();
    let known = migrator.iter().map(|m| m.version).max().unwrap_or(0);
    let mut level = 0;
    for row in &applied {
        let version: i64 = row.try_get(0).map_err(sqlx_err)?;
        let success: i64 = row.try_get(1).map_err(sqlx_err)?;
        let checksum: Vec<u8> = row.try_get(2).map_err(sqlx_err)?;
        if success != 1 {
            return Err(not(format!("migration {version} did not finish")));
        }
        match migrator.iter().find(|m| m.version == version) {
            None => {
                return Err(BackupError::UnknownMigration {
                    path: path.to_path_buf(),
                    version,
                    known,
                });
            }
            Some(m) if m.checksum.as_ref() != checksum.as_slice() => {
                return Err(not(format!(
                    "migration {version} differs from this version's ({})",
                    m.description
                )));
            }
            Some(_) => level = level.max(version),
        }
    }
    if level == 0 {
        return Err(not("no migration applied".into()));
    }
    let mut count = async |table: &str| -> Result<i64, BackupError> {
        sqlx::query_scalar::<_, i64>(sqlx::AssertSqlSafe(format!("SELECT COUNT(*) FROM {table}")))
            .fetch_one(&mut conn)
            .await
            .map_err(sqlx_err)
    };
    let tickets = count("tickets").await?;
    let events = count("ticket_events").await?;
    let messages = count("messages").await?;
    let outbox = count("outbox").await?;
    drop(conn);
    Ok(DatabaseInfo {
        path: path.to_path_buf(),
        bytes: std::fs::metadata(path).map_err(io(path))?.len(),
        migration: level,
        known_migration: known,
        tickets,
        events,
        messages,
        outbox,
    })
}

/// A new, empty, owner-only file (removing a leftover of a failed run at the same path).
fn fresh_private_file(path: &Path) -> Result<(), BackupError> {
    use std::os::unix::fs::OpenOptionsExt;
    match std::fs::remove_file(path) {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => return Err(io(path)(e)),
    }
    std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)
        .map_err(io(path))?;
    Ok(())
}

fn sibling(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(suffix);
    path.with_file_name(name)
}

/// Flushes a file and its folder's entry to disk.
fn sync(path: &Path) -> Result<(), BackupError> {
    std::fs::File::open(path)
        .and_then(|f| f.sync_all())
        .map_err(io(path))?;
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        // A folder cannot always be opened for syncing (some file systems): not fatal.
        let _ = std::fs::File::open(dir).and_then(|f| f.sync_all());
    }
    Ok(())
}

/// `VACUUM INTO` a private temporary file beside `to`, checked, then renamed to `to`.
async fn vacuum_into(pool: &sqlx::AnyPool, to: &Path) -> Result<(), BackupError> {
    let partial = sibling(to, ".partial");
    fresh_private_file(&partial)?;
    let result = sqlx::query("VACUUM INTO $1")
        .bind(partial.to_string_lossy().into_owned())
        .execute(pool)
        .await;
    if let Err(e) = result {
        let _ = std::fs::remove_file(&partial);
        return Err(sqlx_err(e));
    }
    if let Err(e) = inspect_sqlite(&partial).await {
        let _ = std::fs::remove_file(&partial);
        return Err(e);
    }
    sync(&partial)?;
    std::fs::rename(&partial, to).map_err(io(to))?;
    sync(to)
}

impl Store {
    /// Backs the SQLite database up into `to` (0600), consistent while the daemon runs.
    /// Refuses an existing `to` unless `replace`.
    pub async fn backup_to(&self, to: &Path, replace: bool) -> Result<DatabaseInfo, BackupError> {
        if self.backend() == Backend::Postgres {
            return Err(BackupError::Postgres);
        }
        if to.exists() && !replace {
            return Err(BackupError::Exists(to.to_path_buf()));
        }
        let t0 = std::time::Instant::now();
        vacuum_into(self.pool(), to).await?;
        let info = inspect_sqlite(to).await?;
        tracing::info!(file = %to.display(), bytes = info.bytes, tickets = info.tickets,
            migration = info.migration, seconds = t0.elapsed().as_secs_f64(), "backup written");
        Ok(info)
    }
}

/// Who uses the SQLite database at `path` now, if anyone: a replica whose heartbeat has not
/// expired, a replica row of this host whose process still runs as sebadesk (a desk stalled
/// past its heartbeat), or any other process holding the file open (a daemon starting up, or
/// any command). `None` when the file is free.
pub async fn sqlite_in_use(
    path: &Path,
    now: Timestamp,
    host: &str,
) -> Result<Option<String>, BackupError> {
    if !path.exists() {
        return Ok(None);
    }
    if let Ok(mut conn) = open_read_only(path).await {
        let rows = sqlx::query("SELECT id, host, pid, heartbeat_at, expires_at FROM replicas")
            .fetch_all(&mut conn)
            .await
            .unwrap_or_default();
        drop(conn);
        for r in rows {
            let id: String = r.try_get(0).map_err(sqlx_err)?;
            let rhost: String = r.try_get(1).map_err(sqlx_err)?;
            let pid: i64 = r.try_get(2).map_err(sqlx_err)?;
            let heartbeat: String = r.try_get(3).map_err(sqlx_err)?;
            let expires: String = r.try_get(4).map_err(sqlx_err)?;
            // A replica of this host whose process is gone died (a crash): not in use, though
            // its heartbeat has not expired yet.
            let gone_here = rhost == host && !Path::new(&format!("/proc/{pid}")).exists();
            if expires > db_time(now) && !gone_here {
                return Ok(Some(format!(
                    "replica {id} (host {rhost}, pid {pid}) renewed its heartbeat at {heartbeat}, valid until {expires}"
                )));
            }
            if rhost == host
                && pid as u32 != std::process::id()
                && process_name(pid).is_some_and(|n| n.starts_with("sebadesk"))
            {
                return Ok(Some(format!(
                    "replica {id}: its process {pid} still runs on this host (last heartbeat {heartbeat})"
                )));
            }
        }
    }
    Ok(process_holding(path))
}

fn process_name(pid: i64) -> Option<String> {
    std::fs::read_to_string(format!("/proc/{pid}/comm"))
        .ok()
        .map(|s| s.trim().to_string())
}

/// A process other than this one with `path` (or its `-wal`/`-shm`) open, from /proc (Linux;
/// processes of other users are seen only by root — the service's own user sees its own).
fn process_holding(path: &Path) -> Option<String> {
    let target = std::fs::canonicalize(path).ok()?;
    let wal = sibling(&target, "-wal");
    let shm = sibling(&target, "-shm");
    let me = std::process::id().to_string();
    for entry in std::fs::read_dir("/proc").ok()?.flatten() {
        let pid = entry.file_name().to_string_lossy().into_owned();
        if pid == me || !pid.bytes().all(|b| b.is_ascii_digit()) {
            continue;
        }
        let Ok(fds) = std::fs::read_dir(entry.path().join("fd")) else {
            continue;
        };
        for fd in fds.flatten() {
            if let Ok(link) = std::fs::read_link(fd.path())
                && (link == target || link == wal || link == shm)
            {
                let name = process_name(pid.parse().unwrap_or(0)).unwrap_or_default();
                return Some(format!("process {pid} ({name}) has the file open"));
            }
        }
    }
    None
}

/// What a restore did.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Restored {
    /// The file restored from, as checked.
    pub from: DatabaseInfo,
    /// The configured database file that now holds the restored data.
    pub database: PathBuf,
    /// Where the database it replaced was kept (None when there was none).
    pub previous_kept_at: Option<PathBuf>,
    /// The migration level after the restore (the file's, brought up to this binary's).
    pub migration: i64,
}

/// Restores the SQLite database of `target_url` from the backup file `from` (see the module
/// docs for the checks). The replaced database is kept beside it. `host` is this machine's
/// name as replicas record it.
pub async fn restore_sqlite(
    from: &Path,
    target_url: &str,
    now: Timestamp,
    host: &str,
) -> Result<Restored, BackupError> {
    let target = sqlite_path(target_url)?.ok_or(BackupError::InMemory)?;
    let info = inspect_sqlite(from).await?;
    if let (Ok(a), Ok(b)) = (std::fs::canonicalize(from), std::fs::canonicalize(&target))
        && a == b
    {
        return Err(BackupError::SameFile {
            path: from.to_path_buf(),
        });
    }
    if let Some(by) = sqlite_in_use(&target, now, host).await? {
        return Err(BackupError::InUse { path: target, by });
    }
    // The new file, whole and checked, beside the target (same file system: the rename is
    // atomic).
    let incoming = sibling(&target, ".restoring");
    fresh_private_file(&incoming)?;
    std::fs::copy(from, &incoming).map_err(io(&incoming))?;
    sync(&incoming)?;
    inspect_sqlite(&incoming).await?;

    // Keep what is replaced: a consistent copy (its WAL included), then the old files go.
    let mut previous_kept_at = None;
    if target.exists() {
        let kept = sibling(
            &target,
            &format!(".before-restore-{}", now.strftime("%Y%m%dT%H%M%SZ")),
        );
        match Store::connect(target_url, 1).await {
            Ok(old) => {
                let copied = vacuum_into(old.pool(), &kept).await;
                old.close().await;
                copied?;
            }
            // Not a database (an empty or foreign file): kept as it is.
            Err(_) => {
                std::fs::copy(&target, &kept).map_err(io(&kept))?;
            }
        }
        previous_kept_at = Some(kept);
        // Checked again just before the swap: a desk that started meanwhile wins.
        if let Some(by) = sqlite_in_use(&target, now.max(Timestamp::now()), host).await? {
            let _ = std::fs::remove_file(&incoming);
            return Err(BackupError::InUse { path: target, by });
        }
        for suffix in ["-wal", "-shm"] {
            let f = sibling(&target, suffix);
            match std::fs::remove_file(&f) {
                Ok(()) => {}
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => return Err(io(&f)(e)),
            }
        }
    }
    std::fs::rename(&incoming, &target).map_err(io(&target))?;
    sync(&target)?;

    // The restored file names the processes that ran when it was backed up: they are not
    // running here. Forget them, so that the next start takes its mailboxes at once.
    let store = Store::connect(target_url, 1).await?;
    store.migrate().await?;
    sqlx::query("DELETE FROM mailbox_leases")
        .execute(store.pool())
        .await
        .map_err(sqlx_err)?;
    sqlx::query("DELETE FROM replicas")
        .execute(store.pool())
        .await
        .map_err(sqlx_err)?;
    store.close().await;
    let migration = sqlite_migrator()
        .iter()
        .map(|m| m.version)
        .max()
        .unwrap_or(0);
    tracing::info!(from = %from.display(), database = %target.display(), tickets = info.tickets,
        "database restored");
    Ok(Restored {
        from: info,
        database: target,
        previous_kept_at,
        migration,
    })
}

#[cfg(test)]
#[path = "backup_tests.rs"]
mod tests;

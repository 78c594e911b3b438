//! The database: the only module with SQL.
//!
//! One code path for SQLite (embedded default) and PostgreSQL through sqlx's `Any` driver:
//! `$n` placeholders (anonymous `?` on SQLite in the multi-row statements built at run time: see
//! [`Placeholders`]), portable column types (see the migrations), runtime queries. Functions
//! take the pool or an open transaction (`&mut Tx`) and domain values; row types stay here.
//! Timestamps are stored as RFC 3339 UTC text with second precision, which sorts as text.

pub mod attachments;
pub mod backup;
pub(crate) mod blob_stream;
pub mod cluster;
pub mod conversation;
pub mod gauges;
pub mod health;
pub mod messages;
pub mod outbox;
pub mod reports;
pub mod retention;
pub mod tickets;
pub mod web;

use std::str::FromStr;

use jiff::Timestamp;
use sqlx::any::AnyPoolOptions;
use sqlx::{Any, AnyPool, Transaction};

/// An open database transaction on either backend; dropping it uncommitted rolls back.
pub type Tx = Transaction<'static, Any>;

/// Why a store call failed. Only [`StoreError::is_transient`] errors are worth retrying.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The driver failed (connection, SQL, constraint); may be transient, see `is_transient`.
    #[error("database: {0}")]
    Sqlx(#[from] sqlx::Error),
    /// The embedded migrations could not be applied (e.g. the database is newer than the binary).
    #[error("database migration: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    /// A stored value does not parse (a timestamp, a status): the row was written by something else
    /// or damaged.
    #[error("database holds an unreadable value in {what}: {value:?}")]
    Corrupt {
        /// The table and column read, e.g. `tickets.due_at`.
        what: &'static str,
        /// The text found there.
        value: String,
    },
    /// No ticket with this reference (the reference, as text).
    #[error("no ticket {0}")]
    NoSuchTicket(String),
    /// No quarantined message waiting with this journal row id.
    #[error("no quarantined message {0}")]
    NoSuchMessage(i64),
}

impl StoreError {
    /// Lock contention and lost connections pass; the caller retries the whole unit of work.
    pub fn is_transient(&self) -> bool {
        match self {
            StoreError::Sqlx(sqlx::Error::Io(_))
            | StoreError::Sqlx(sqlx::Error::PoolTimedOut)
            | StoreError::Sqlx(sqlx::Error::PoolClosed) => true,
            StoreError::Sqlx(sqlx::Error::Database(e)) => {
                let m = e.message().to_ascii_lowercase();
                m.contains("locked") || m.contains("busy") || m.contains("deadlock")
            }
            _ => false,
        }
    }
}

/// Whether `tx` runs on SQLite (SQL that only SQLite has, such as `zeroblob`).
pub(crate) fn is_sqlite(tx: &Tx) -> bool {
    tx.backend_name().eq_ignore_ascii_case("sqlite")
}

/// Bind-parameter placeholders for a statement built at run time, handed out in bind order.
///
/// SQLite keeps the names of numbered parameters (`$7`) in a list searched from the start,
/// and sqlx asks for the name of every parameter when it binds, so binding a statement with
/// n numbered parameters costs O(n²): with 50-row INSERTs (650–750 parameters) that was the
/// daemon's hottest function while draining a backlog (`sqlite3_bind_parameter_name`, 8 % of
/// its CPU). Anonymous `?` parameters have no name and are bound in the order they appear.
/// PostgreSQL only knows `$n`.
pub(crate) struct Placeholders {
    anonymous: bool,
    next: usize,
}

impl Placeholders {
    /// Placeholders for a statement run in `tx`, the first bound value being number 1.
    pub(crate) fn for_tx(tx: &Tx) -> Placeholders {
        let anonymous = tx.backend_name().eq_ignore_ascii_case("sqlite");
        Placeholders { anonymous, next: 1 }
    }

    /// The placeholder of the next value bound.
    pub(crate) fn next(&mut self) -> String {
        self.next += 1;
        if self.anonymous {
            "?".to_string()
        } else {
            format!("${}", self.next - 1)
        }
    }

    /// `(…), (…)`: `rows` rows of `columns` placeholders each, bound row after row.
    pub(crate) fn rows(&mut self, rows: usize, columns: usize) -> String {
        (0..rows)
            .map(|_| {
                let cells: Vec<String> = (0..columns).map(|_| self.next()).collect();
                format!("({})", cells.join(", "))
            })
            .collect::<Vec<_>>()
            .join(", ")
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
/// Which database a [`Store`] talks to; decides SQL dialect details and the write gate.
pub enum Backend {
    /// Embedded SQLite file (or `:memory:`); one writer at a time.
    Sqlite,
    /// PostgreSQL server; concurrent writers.
    Postgres,
}

#[derive(Debug, Clone)]
/// The database handle: a connection pool on SQLite or PostgreSQL. Cheap to clone (shared pool).
pub struct Store {
    pool: AnyPool,
    backend: Backend,
    /// SQLite has one writer at a time, and a writer that finds the database locked sleeps in
    /// growing steps: under steady intake, the outbox's "sent" record could starve for long
    /// enough to widen the crash-duplicate window. The hot writers queue here instead, in
    /// order (tokio's mutex is fair). PostgreSQL needs no gate.
    write_gate: Option<std::sync::Arc<tokio::sync::Mutex<()>>>,
}

/// Held while a hot-path write transaction runs (SQLite only; see [`Store`]).
pub type WriteGuard = Option<tokio::sync::OwnedMutexGuard<()>>;

/// A timestamp as the database stores it.
pub fn db_time(t: Timestamp) -> String {
    t.strftime("%Y-%m-%dT%H:%M:%SZ").to_string()
}

/// Parses a timestamp as [`db_time`] writes it; [`StoreError::Corrupt`] naming `what` when not.
pub fn parse_db_time(s: &str, what: &'static str) -> Result<Timestamp, StoreError> {
    Timestamp::from_str(s).map_err(|_| StoreError::Corrupt {
        what,
        value: s.to_string(),
    })
}

/// The SQLite database holds raw mail and the officers' reply tokens: owner-only (0600).
/// A new file is created 0600 before sqlx opens it (SQLite gives its `-wal` and `-shm` files
/// the main file's mode); an existing file that others can read is tightened, with a warning.
/// In-memory databases have no file.
fn private_sqlite_files(url: &str) -> Result<(), StoreError> {
    use sqlx::sqlite::SqliteConnectOptions;
    let Ok(options) = SqliteConnectOptions::from_str(url) else {
        return Ok(()); // sqlx reports the bad URL when it connects
    };
    let path = options.get_filename();
    let shown = path.to_string_lossy();
    if url.contains("mode=memory") || shown.starts_with("file:") || shown == ":memory:" {
        return Ok(());
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
        if url.contains("mode=rwc") && !path.exists() {
            match std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .mode(0o600)
                .open(path)
            {
                Ok(_) => {}
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
                Err(e) => return Err(StoreError::Sqlx(sqlx::Error::Io(e))),
            }
        }
        for suffix in ["", "-wal", "-shm"] {
            let file = std::path::PathBuf::from(format!("{}{suffix}", path.display()));
            let Ok(meta) = std::fs::metadata(&file) else {
                continue;
            };
            let mode = meta.permissions().mode() & 0o777;
            if mode & 0o077 != 0 {
                std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o600))
                    .map_err(|e| StoreError::Sqlx(sqlx::Error::Io(e)))?;
                tracing::warn!(
                    file = %file.display(),
                    was = format!("{mode:o}"),
                    "database file was readable by others: now 600 (owner only)"
                );
            }
        }
    }
    Ok(())
}

/// SQLite's page cache per pooled connection, in KiB, unless `database.sqlite_cache_kib` says
/// otherwise. SQLite's own default is 2,000 KiB per connection; the daemon's five connections
/// filled ~10 MB of it draining 10,000 mails (heaptrack, issue 20) while intake, whose
/// writes are appended rows, went no faster for it (BENCHMARKS.md, "Large mail: memory by
/// bytes").
pub const SQLITE_CACHE_KIB: u32 = 512;

impl Store {
    /// Connects (creating an SQLite file if needed) without migrating, with SQLite's page
    /// cache at [`SQLITE_CACHE_KIB`] per connection.
    pub async fn connect(url: &str, max_connections: u32) -> Result<Store, StoreError> {
        Self::connect_with_cache(url, max_connections, SQLITE_CACHE_KIB).await
    }

    /// [`Store::connect`] with SQLite's page cache per connection in KiB
    /// (`database.sqlite_cache_kib`; ignored on PostgreSQL).
    pub async fn connect_with_cache(
        url: &str,
        max_connections: u32,
        sqlite_cache_kib: u32,
    ) -> Result<Store, StoreError> {
        sqlx::any::install_default_drivers();
        let backend = if url.starts_with("sqlite:") {
            Backend::Sqlite
        } else {
            Backend::Postgres
        };
        let url = match backend {
            // Without mode=rwc sqlx refuses to create the file: a first start would fail.
            Backend::Sqlite if !url.contains("mode=") => {
                let sep = if url.contains('?') { '&' } else { '?' };
                format!("{url}{sep}mode=rwc")
            }
            _ => url.to_string(),
        };
        let sqlite = backend == Backend::Sqlite;
        if sqlite {
            private_sqlite_files(&url)?;
            // Before the first connection: each gets the big-blob writer.
            blob_stream::install();
        }
        let pool = AnyPoolOptions::new()
            .max_connections(max_connections)
            .acquire_timeout(std::time::Duration::from_secs(30))
            .after_connect(move |conn, _| {
                Box::pin(async move {
                    if sqlite {
                        // With WAL, NORMAL syncs at checkpoints instead of every commit: a crash
                        // of the process loses nothing; a power cut may lose the last commits,
                        // which intake redoes from the mailbox (the cursor is in them too).
                        sqlx::query("PRAGMA synchronous = NORMAL")
                            .execute(&mut *conn)
                            .await?;
                        // Negative: a size in KiB rather than in pages.
                        // A number from the config (u32), not text: nothing to inject.
                        sqlx::query(sqlx::AssertSqlSafe(format!(
                            "PRAGMA cache_size = -{sqlite_cache_kib}"
                        )))
                        .execute(&mut *conn)
                        .await?;
                    }
                    Ok(())
                })
            })
            .connect(&url)
            .await?;
        if backend == Backend::Sqlite {
            // WAL lets the outbox worker read while intake writes; it persists in the file.
            sqlx::query("PRAGMA journal_mode=WAL")
                .execute(&pool)
                .await?;
        }
        let write_gate = sqlite.then(|| std::sync::Arc::new(tokio::sync::Mutex::new(())));
        Ok(Store {
            pool,
            backend,
            write_gate,
        })
    }

    /// Brings the schema up to date with the migrations embedded in the binary.
    pub async fn migrate(&self) -> Result<(), StoreError> {
        match self.backend {
            Backend::Sqlite => sqlx::migrate!("migrations/sqlite").run(&self.pool).await?,
            Backend::Postgres => {
                sqlx::migrate!("migrations/postgres")
                    .run(&self.pool)
                    .await?
            }
        }
        Ok(())
    }

    /// Waits for the write gate (SQLite); hold the guard until the transaction commits.
    pub async fn write_gate(&self) -> WriteGuard {
        match &self.write_gate {
            Some(gate) => Some(gate.clone().lock_owned().await),
            None => None,
        }
    }

    /// A plain transaction (deferred on SQLite: prefer [`Store::begin_write`] when it will write).
    pub async fn begin(&self) -> Result<Tx, StoreError> {
        Ok(self.pool.begin().await?)
    }

    /// A transaction that writes from its first statement. On SQLite it takes the write lock
    /// at `BEGIN` (`BEGIN IMMEDIATE`): a transaction that reads first and writes later would
    /// have to upgrade its read lock, which fails if another connection wrote meanwhile.
    pub async fn begin_write(&self) -> Result<Tx, StoreError> {
        Ok(match self.backend {
            Backend::Sqlite => self.pool.begin_with("BEGIN IMMEDIATE").await?,
            Backend::Postgres => self.pool.begin().await?,
        })
    }

    /// The underlying sqlx pool, for queries outside a transaction.
    pub fn pool(&self) -> &AnyPool {
        &self.pool
    }

    /// Which database this store talks to.
    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// Closes the pool, waiting for connections in use to be returned.
    pub async fn close(&self) {
        self.pool.close().await;
    }
}

#[cfg(all(test, unix))]
mod file_mode_tests {
    use std::os::unix::fs::PermissionsExt;

    use super::Store;

    fn mode(path: &std::path::Path) -> u32 {
        std::fs::metadata(path).unwrap().permissions().mode() & 0o777
    }

    /// The database files were created 0644 (the umask's default) with raw mail and tokens.
    #[tokio::test]
    async fn sqlite_files_are_owner_only_new_or_existing() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("new.db");
        let store = Store::connect(&format!("sqlite://{}", db.display()), 2)
            .await
            .unwrap();
        store.migrate().await.unwrap();
        for suffix in ["", "-wal", "-shm"] {
            let f = std::path::PathBuf::from(format!("{}{suffix}", db.display()));
            assert!(f.exists(), "{} missing", f.display());
            assert_eq!(mode(&f), 0o600, "{}", f.display());
        }
        store.close().await;

        // A file from an older version, readable by everyone: tightened at the next start.
        let old = dir.path().join("old.db");
        std::fs::write(&old, b"").unwrap();
        std::fs::set_permissions(&old, std::fs::Permissions::from_mode(0o644)).unwrap();
        let store = Store::connect(&format!("sqlite://{}?mode=rwc", old.display()), 1)
            .await
            .unwrap();
        assert_eq!(mode(&old), 0o600);
        store.close().await;
    }
}

#[cfg(test)]
mod cache_tests {
    use super::{SQLITE_CACHE_KIB, Store};

    async fn cache_size(store: &Store) -> i64 {
        sqlx::query_scalar::<_, i64>("PRAGMA cache_size")
            .fetch_one(store.pool())
            .await
            .unwrap()
    }

    /// Every pooled SQLite connection gets the configured page cache, in KiB (negative).
    #[tokio::test]
    async fn sqlite_connections_get_the_page_cache_asked_for() {
        let dir = tempfile::tempdir().unwrap();
        let url = format!("sqlite://{}/c.db", dir.path().display());
        let store = Store::connect(&url, 1).await.unwrap();
        assert_eq!(cache_size(&store).await, -i64::from(SQLITE_CACHE_KIB));
        store.close().await;
        let store = Store::connect_with_cache(&url, 1, 3000).await.unwrap();
        assert_eq!(cache_size(&store).await, -3000);
    }
}

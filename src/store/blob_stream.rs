//! Big blobs into SQLite a piece at a time (issue 20: memory bounded by bytes).
//!
//! A blob bound to a statement through sqlx's `Any` driver is copied three times before
//! SQLite has it on a page: into the `Any` arguments, into the SQLite arguments, by SQLite's
//! own bind (`SQLITE_TRANSIENT`), and once more while SQLite builds the row's record. A
//! 25 MB mail journaled that way held ~100 MB at once (`src/cli/memory.rs`). So a big
//! blob is written as SQLite's incremental blob I/O intends: the row takes a `zeroblob(n)`
//! (no bytes in memory: SQLite writes zeroed overflow pages — only when the blob is the
//! row's last column with data, hence `message_raw` and `attachment_data`, migration 0021;
//! otherwise SQLite expands it in memory to build the row), then [`fill`] writes the
//! bytes into it in 64 KiB pieces, straight from where they are (the fetched mail, or an
//! attachment decoded from it as it goes), through the page cache.
//!
//! sqlx gives no access to the SQLite handle behind an `Any` connection, so the writing
//! happens in an application-defined SQL function, `sebadesk_fill_blob(table, column,
//! rowid, token)`, registered on every SQLite connection the process opens
//! ([`install`], through `sqlite3_auto_extension`). It runs on the connection's own thread,
//! inside the caller's transaction; `token` names a [`BlobSource`] handed over in a
//! process-wide table just before the call.

use std::collections::HashMap;
use std::ffi::{CStr, c_char, c_int, c_void};
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::{Mutex, Once};

use libsqlite3_sys as ffi;

use super::{StoreError, Tx};

/// Blobs from this size up are written by [`fill`]; smaller ones are bound as before (the
/// copies are cheap and one statement is faster than three).
pub const STREAM_FROM: usize = 64 * 1024;

/// How much is written at a time.
const PIECE: usize = 64 * 1024;

/// Bytes to write into a blob, produced in pieces.
pub trait BlobSource: Send + 'static {
    /// How many bytes [`BlobSource::write_to`] produces: the blob's size.
    fn len(&self) -> u64;

    /// Produces the bytes in order, each piece handed to `sink` (any size; [`fill`] cuts
    /// them to what it writes at a time). Stops at the first error of `sink`.
    fn write_to(&self, sink: &mut dyn FnMut(&[u8]) -> Result<(), String>) -> Result<(), String>;
}

/// A blob's bytes already in memory, written as they are (a fetched mail's).
impl BlobSource for bytes::Bytes {
    fn len(&self) -> u64 {
        bytes::Bytes::len(self) as u64
    }

    fn write_to(&self, sink: &mut dyn FnMut(&[u8]) -> Result<(), String>) -> Result<(), String> {
        self.chunks(PIECE).try_for_each(sink)
    }
}

/// Sources handed over to `sebadesk_fill_blob`, by token.
static SOURCES: Mutex<Option<HashMap<i64, Box<dyn BlobSource>>>> = Mutex::new(None);
static NEXT_TOKEN: AtomicI64 = AtomicI64::new(1);

/// Registers `sebadesk_fill_blob` on every SQLite connection opened from now on. Call it
/// before the first connection (idempotent).
pub fn install() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        // SAFETY: `register` has the signature SQLite calls an auto-extension with.
        let rc = unsafe { ffi::sqlite3_auto_extension(Some(register)) };
        if rc != ffi::SQLITE_OK {
            tracing::error!(
                rc,
                "cannot register the SQLite blob writer: big mail is bound whole"
            );
        }
    });
}

/// Writes `source` into the blob `table.column` of row `rowid`, which must already hold a
/// blob of exactly `source.len()` bytes (inserted as `zeroblob(n)`), inside `tx`. SQLite
/// only, on a store connected after [`install`] (as [`super::Store::connect`] does).
pub async fn fill(
    tx: &mut Tx,
    table: &'static str,
    column: &'static str,
    rowid: i64,
    source: Box<dyn BlobSource>,
) -> Result<(), StoreError> {
    let token = NEXT_TOKEN.fetch_add(1, Ordering::Relaxed);
    let handed = Handed::new(token, source);
    let written: i64 = sqlx::query_scalar("SELECT sebadesk_fill_blob($1, $2, $3, $4)")
        .bind(table)
        .bind(column)
        .bind(rowid)
        .bind(token)
        .fetch_one(&mut **tx)
        .await?;
    drop(handed);
    tracing::debug!(table, rowid, bytes = written, "blob written in pieces");
    Ok(())
}

/// A source in the table for as long as the call that takes it may run; removed if the
/// call never took it (the query failed or was dropped).
struct Handed(i64);

impl Handed {
    fn new(token: i64, source: Box<dyn BlobSource>) -> Handed {
        sources()
            .get_or_insert_with(HashMap::new)
            .insert(token, source);
        Handed(token)
    }
}

impl Drop for Handed {
    fn drop(&mut self) {
        if let Some(map) = sources().as_mut() {
            map.remove(&self.0);
        }
    }
}

fn sources() -> std::sync::MutexGuard<'static, Option<HashMap<i64, Box<dyn BlobSource>>>> {
    SOURCES
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// The auto-extension: defines `sebadesk_fill_blob` on a new connection.
unsafe extern "C" fn register(
    db: *mut ffi::sqlite3,
    _err: *mut *mut c_char,
    _api: *const ffi::sqlite3_api_routines,
) -> c_int {
    // SAFETY: `db` is the connection being opened; the name is a C string literal; the
    // function takes no user data and lives as long as the program.
    unsafe {
        ffi::sqlite3_create_function_v2(
            db,
            c"sebadesk_fill_blob".as_ptr(),
            4,
            ffi::SQLITE_UTF8 | ffi::SQLITE_DIRECTONLY,
            std::ptr::null_mut(),
            Some(fill_blob),
            None,
            None,
            None,
        )
    }
}

/// `sebadesk_fill_blob(table, column, rowid, token)`: writes the source `token` into the
/// blob; returns the bytes written. An error (no such source, a size that differs, a write
/// that fails) fails the statement, and so the caller's transaction.
unsafe extern "C" fn fill_blob(
    ctx: *mut ffi::sqlite3_context,
    argc: c_int,
    argv: *mut *mut ffi::sqlite3_value,
) {
    // A panic must not unwind into SQLite's C frames.
    let result = std::panic::catch_unwind(|| {
        if argc != 4 {
            return Err("sebadesk_fill_blob takes 4 arguments".to_string());
        }
        // SAFETY: SQLite passes `argc` valid values; text values stay valid during the call.
        let (table, column, rowid, token) = unsafe {
            let arg = |i: usize| *argv.add(i);
            let text = |v: *mut ffi::sqlite3_value| {
                let p = ffi::sqlite3_value_text(v);
                (!p.is_null()).then(|| CStr::from_ptr(p.cast::<c_char>()).to_owned())
            };
            (
                text(arg(0)),
                text(arg(1)),
                ffi::sqlite3_value_int64(arg(2)),
                ffi::sqlite3_value_int64(arg(3)),
            )
        };
        let (Some(table), Some(column)) = (table, column) else {
            return Err("sebadesk_fill_blob: table and column are text".to_string());
        };
        let source = sources()
            .as_mut()
            .and_then(|m| m.remove(&token))
            .ok_or_else(|| format!("sebadesk_fill_blob: no source {token}"))?;
        // SAFETY: the context's connection is open for the whole call.
        let db = unsafe { ffi::sqlite3_context_db_handle(ctx) };
        write_blob(db, &table, &column, rowid, source.as_ref())
    });
    let outcome = result.unwrap_or_else(|_| Err("sebadesk_fill_blob panicked".to_string()));
    // SAFETY: `ctx` is the call's context; SQLite copies the message (length given).
    unsafe {
        match outcome {
            Ok(written) => ffi::sqlite3_result_int64(ctx, written),
            Err(message) => ffi::sqlite3_result_error(
                ctx,
                message.as_ptr().cast::<c_char>(),
                c_int::try_from(message.len()).unwrap_or(c_int::MAX),
            ),
        }
    }
}

/// Opens the blob for writing, checks its size, writes the source into it, closes it.
fn write_blob(
    db: *mut ffi::sqlite3,
    table: &CStr,
    column: &CStr,
    rowid: i64,
    source: &dyn BlobSource,
) -> Result<i64, String> {
    let mut blob: *mut ffi::sqlite3_blob = std::ptr::null_mut();
    // SAFETY: `db` is open; the names are C strings; `blob` receives the handle.
    let rc = unsafe {
        ffi::sqlite3_blob_open(
            db,
            c"main".as_ptr(),
            table.as_ptr(),
            column.as_ptr(),
            rowid,
            1,
            &mut blob,
        )
    };
    if rc != ffi::SQLITE_OK {
        // SAFETY: the handle is closed even when opening failed (a no-op on null).
        unsafe { ffi::sqlite3_blob_close(blob) };
        return Err(format!(
            "sebadesk_fill_blob: cannot open {}.{} row {rowid}: {}",
            table.to_string_lossy(),
            column.to_string_lossy(),
            errmsg(db)
        ));
    }
    let result = (|| {
        // SAFETY: `blob` is the open handle.
        let size = unsafe { ffi::sqlite3_blob_bytes(blob) } as u64;
        if size != source.len() {
            return Err(format!(
                "sebadesk_fill_blob: the blob holds {size} bytes, the source {}",
                source.len()
            ));
        }
        let mut offset: u64 = 0;
        source.write_to(&mut |bytes: &[u8]| {
            for piece in bytes.chunks(PIECE) {
                if offset + piece.len() as u64 > size {
                    return Err(
                        "sebadesk_fill_blob: the source gave more bytes than it said".into(),
                    );
                }
                // SAFETY: `piece` is valid for its length; offset + length is within the blob
                // (checked above), so both fit an int (a blob is at most 2^31 - 1 bytes).
                let rc = unsafe {
                    ffi::sqlite3_blob_write(
                        blob,
                        piece.as_ptr().cast::<c_void>(),
                        piece.len() as c_int,
                        offset as c_int,
                    )
                };
                if rc != ffi::SQLITE_OK {
                    return Err(format!("sebadesk_fill_blob: write failed: {}", errmsg(db)));
                }
                offset += piece.len() as u64;
            }
            Ok(())
        })?;
        if offset != size {
            return Err(format!(
                "sebadesk_fill_blob: the source gave {offset} of {size} bytes"
            ));
        }
        Ok(offset as i64)
    })();
    // SAFETY: closes the handle opened above, once.
    let rc = unsafe { ffi::sqlite3_blob_close(blob) };
    match result {
        Ok(_) if rc != ffi::SQLITE_OK => Err(format!(
            "sebadesk_fill_blob: closing the blob failed: {}",
            errmsg(db)
        )),
        other => other,
    }
}

fn errmsg(db: *mut ffi::sqlite3) -> String {
    // SAFETY: SQLite returns a valid C string for an open connection.
    unsafe { CStr::from_ptr(ffi::sqlite3_errmsg(db)) }
        .to_string_lossy()
        .into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::mail::attachments::Attachment;
    use crate::store::Store;
    use crate::store::messages::{NewMessage, insert_message, insert_messages};
    use jiff::Timestamp;

    /// A migrated SQLite store in a folder of its own (kept alive by the returned guard).
    async fn migrated_store() -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::connect(&format!("sqlite://{}/t.db", dir.path().display()), 2)
            .await
            .unwrap();
        store.migrate().await.unwrap();
        (dir, store)
    }

    fn message<'a>(uid: u32, dedup_id: &'a str, raw: &'a bytes::Bytes) -> NewMessage<'a> {
        NewMessage {
            mailbox: "desk/INBOX",
            uidvalidity: 1,
            uid,
            dedup_id,
            disposition: "quarantined",
            received_at: "2026-12-01T04:00:00Z".parse().unwrap(),
            from_address: None,
            subject: None,
            size: raw.len() as u64,
            raw,
            quarantine_reason: Some("test"),
            ticket_id: None,
        }
    }

    fn bytes_of(len: usize, seed: u32) -> bytes::Bytes {
        (0..len as u32)
            .map(|i| (i.wrapping_mul(2_654_435_761).wrapping_add(seed) >> 11) as u8)
            .collect::<Vec<u8>>()
            .into()
    }

    async fn raw_of(store: &Store, uid: u32) -> Vec<u8> {
        sqlx::query_scalar(
            "SELECT r.raw FROM messages m JOIN message_raw r ON r.message_id = m.id
             WHERE m.uid = $1",
        )
        .bind(uid as i64)
        .fetch_one(store.pool())
        .await
        .unwrap()
    }

    /// Big mail and big attachments go in by pieces and come out byte for byte, beside small
    /// ones bound whole, alone and in a multi-row insert.
    #[tokio::test]
    async fn big_blobs_are_written_in_pieces_and_read_back_whole() {
        let (_dir, store) = migrated_store().await;
        let now: Timestamp = "2026-12-01T04:00:00Z".parse().unwrap();
        let big = bytes_of(3 * PIECE + 17, 1);
        let small = bytes_of(STREAM_FROM - 1, 2);
        let exact = bytes_of(STREAM_FROM, 3);
        let mut tx = store.begin_write().await.unwrap();
        let row = insert_message(&mut tx, &message(1, "one", &big), now)
            .await
            .unwrap()
            .unwrap();
        assert!(
            insert_message(&mut tx, &message(1, "one", &big), now)
                .await
                .unwrap()
                .is_none(),
            "a duplicate is not written"
        );
        let batch = [
            message(2, "two", &small),
            message(3, "three", &exact),
            message(4, "four", &big),
        ];
        assert_eq!(insert_messages(&mut tx, &batch, now).await.unwrap(), 3);
        let ticket = crate::store::tickets::insert_ticket(
            &mut tx,
            &crate::domain::TicketRef {
                office: "MEL".into(),
                year: 2026,
                seq: 1,
            },
            &crate::store::tickets::NewTicket {
                office: "MEL",
                service: None,
                confidence: None,
                classification: "{}",
                citizen_email: "c@example.test",
                citizen_name: None,
                subject: "s",
                subject_key: "s",
                received_at: now,
                receipt_day: None,
                due_at: None,
                officer_token: "t",
                original_message_id: None,
            },
            now,
        )
        .await
        .unwrap();
        let file = Attachment::new(
            0,
            "scan.pdf",
            "application/pdf",
            bytes_of(200_000, 4).to_vec(),
        );
        crate::store::attachments::store_attachments(
            &mut tx,
            ticket,
            row,
            1,
            std::slice::from_ref(&file),
            now,
        )
        .await
        .unwrap();
        tx.commit().await.unwrap();
        assert_eq!(raw_of(&store, 1).await, big);
        assert_eq!(raw_of(&store, 2).await, small);
        assert_eq!(raw_of(&store, 3).await, exact);
        assert_eq!(raw_of(&store, 4).await, big);
        let data: Vec<u8> =
            sqlx::query_scalar("SELECT data FROM attachment_data WHERE sha256 = $1")
                .bind(&file.sha256)
                .fetch_one(store.pool())
                .await
                .unwrap();
        assert_eq!(data, file.content().to_vec());
        assert!(
            sources().as_ref().is_none_or(HashMap::is_empty),
            "no source left behind"
        );
        store.close().await;
    }

    /// A source that gives other than the blob's size fails the statement (and so the
    /// transaction) instead of leaving zeroes or a cut blob behind.
    #[tokio::test]
    async fn a_source_of_the_wrong_size_fails_the_statement() {
        let (_dir, store) = migrated_store().await;
        let now: Timestamp = "2026-12-01T04:00:00Z".parse().unwrap();
        let raw = bytes_of(10, 5);
        let mut tx = store.begin_write().await.unwrap();
        let row = insert_message(&mut tx, &message(1, "one", &raw), now)
            .await
            .unwrap()
            .unwrap();
        sqlx::query("UPDATE message_raw SET raw = zeroblob(20) WHERE message_id = $1")
            .bind(row)
            .execute(&mut *tx)
            .await
            .unwrap();
        let err = fill(&mut tx, "message_raw", "raw", row, Box::new(raw.clone()))
            .await
            .unwrap_err();
        assert!(
            err.to_string()
                .contains("the blob holds 20 bytes, the source 10"),
            "{err}"
        );
        let err = fill(&mut tx, "message_raw", "raw", row + 1, Box::new(raw))
            .await
            .unwrap_err();
        assert!(err.to_string().contains("cannot open"), "{err}");
        assert!(
            sources().as_ref().is_none_or(HashMap::is_empty),
            "no source left behind"
        );
        drop(tx);
        store.close().await;
    }
}

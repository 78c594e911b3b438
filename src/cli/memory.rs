//! The allocator's settings for the process: memory freed after a big mail goes back to the
//! system instead of staying resident until the next one.
//!
//! glibc's malloc serves a block above its mmap threshold with a mapping of its own,
//! returned to the system on free; but the threshold is dynamic: once such a block is freed
//! it rises to that block's size (up to 32 MB), so the buffers of the next large mail come
//! from the heap arenas — one per thread that allocates: tokio's workers, the blocking
//! threads that parse, SQLite's worker — and stay resident after they are freed. Measured
//! with six ~24 MB MIME-heavy mails and a 15 MB bounce, each alone in a fresh daemon
//! (`tests/integration/bombs.rs`, debug build): peak RSS 8–11× the message with the dynamic
//! threshold, 4–7× with a fixed 1 MiB one. The cost is one mmap/munmap pair per block above
//! 1 MiB, which only a large mail makes.
//!
//! Where a big mail's bytes were held at once before issue 20 (read from the code, for a
//! 25 MB mail with an 18.7 MB base64 scan; the 192.6 MB peak of `bench --mix large`): the
//! IMAP response buffer and its copy (2 × 25), the mail-parser tree with the scan decoded
//! (18.7, twice over: once to read the text, once for the attachments, the second kept until
//! the commit), and the journal's INSERT: sqlx's `Any` argument, the SQLite argument,
//! SQLite's bound copy and the row's record (3 × 25 at once, beside the mail itself), then
//! the same for the attachment's blob (3 × 18.7); plus the next batch (up to
//! `imap.max_batch_bytes`) fetched meanwhile. Now the mail is held once, from the response
//! buffer to the journal (`intake/watch/fetch.rs`); big blobs go into SQLite in 64 KiB
//! pieces (`store/blob_stream.rs`); an attachment is decoded piece by piece as it is stored
//! (`mail/attachments.rs`); and no batch is fetched beside a committing one when the two
//! pass `imap.max_batch_bytes`. What remains is the parser's decoded tree while a mail is
//! read (about ¾ of its size, transient). SQLite's own copy is gone too: it expanded a
//! `zeroblob` in memory (55 MB of a 25 MB mail's 112 MB peak, heaptrack) because columns with
//! data followed the blob in its row; since migration 0021 a mail's bytes are the last column
//! of `message_raw` and an attachment's of `attachment_data`, and nothing is expanded.
//!
//! Beside the mail itself, the draining daemon's peak held (heaptrack, `bench --mix realworld`,
//! 55 MB of heap at the peak): the scam stage's phrase automata built as DFAs (~11 MB; now
//! contiguous NFAs, `unseen`), SQLite's page caches (~10 MB over the pool; now
//! `database.sqlite_cache_kib`, 512 KiB a connection), the classifier's vocabularies (4 MB; now
//! one string of names), and at start two trainings of the same classifier (now one when there
//! is no lesson). BENCHMARKS.md, "Where the bytes were, and the targets met", has the figures.

/// Blocks from this size up get their own mapping, returned to the system when freed.
const MMAP_THRESHOLD: i32 = 1 << 20;

/// At most this many malloc arenas. glibc gives every thread that allocates while another
/// holds the arena an arena of its own, up to 8 per core: tokio's workers, the blocking
/// threads that parse a batch in two halves, SQLite's connection threads; each keeps what it
/// freed resident for its own next use, so the same bytes are held once per arena. Measured
/// on draining 10,000 mails of `bench --mix realworld` (2 cores, one run each, load ~10):
/// VmHWM 74.6 MB with `MALLOC_ARENA_MAX=2` against 88.0 – 89.6 MB with glibc's default
/// (BENCHMARKS.md, "Large mail: memory by bytes"). An office's server has few cores and the
/// daemon few threads that allocate at once, so two arenas cost little contention.
const ARENAS: i32 = 2;

/// Fixes malloc's mmap threshold and its number of arenas (see the module doc and
/// [`ARENAS`]); `MALLOC_ARENA_MAX` in the environment, if set, is left to decide the latter.
/// Call it first in `main`, before any thread starts; elsewhere than glibc it does nothing.
pub fn return_large_blocks_to_the_system() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        let arenas_set = std::env::var_os("MALLOC_ARENA_MAX").is_some();
        // SAFETY: mallopt only changes a malloc parameter; called before other threads
        // exist, and an unaccepted value leaves the default in place (it returns 0).
        unsafe {
            libc::mallopt(libc::M_MMAP_THRESHOLD, MMAP_THRESHOLD);
            if !arenas_set {
                libc::mallopt(libc::M_ARENA_MAX, ARENAS);
            }
        }
    }
}

-- Big blobs in tables of their own, as their rows' last column (issue 20: memory bounded by
-- bytes). SQLite writes a zeroblob(n) without holding n bytes only when nothing with bytes
-- follows it in the row's record; in `messages` the raw mail was followed by
-- `marked_on_server` and `created_at`, in `attachment_blobs` the data by `created_at`, so
-- SQLite expanded the zeroblob in memory before the 64 KiB pieces were written into it
-- (src/store/blob_stream.rs): 55 MB of a 25 MB mail's 112 MB peak. Here the blob is the
-- last column: nothing is expanded. migrations/postgres/ has the same tables.
--
-- A journaled message's bytes: one row while they are kept, none once retention purged them
-- (messages.purged_at says when) or when there were none.
CREATE TABLE message_raw (
    message_id  INTEGER PRIMARY KEY REFERENCES messages (id),
    raw         BLOB NOT NULL
);
INSERT INTO message_raw (message_id, raw) SELECT id, raw FROM messages WHERE raw IS NOT NULL;
ALTER TABLE messages DROP COLUMN raw;

-- An attachment blob's bytes (attachment_blobs keeps its hash, size and date).
CREATE TABLE attachment_data (
    sha256  TEXT PRIMARY KEY REFERENCES attachment_blobs (sha256),
    data    BLOB NOT NULL
);
INSERT INTO attachment_data (sha256, data) SELECT sha256, data FROM attachment_blobs;
ALTER TABLE attachment_blobs DROP COLUMN data;

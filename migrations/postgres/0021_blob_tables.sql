-- Big blobs in tables of their own (issue 20: memory bounded by bytes), as on SQLite, where
-- a zeroblob is written without holding its bytes only when it is the row's last column
-- with data (see migrations/sqlite/0021_blob_tables.sql). PostgreSQL has no such limit; the
-- tables are the same so that the two databases share their statements.
--
-- A journaled message's bytes: one row while they are kept, none once retention purged them
-- (messages.purged_at says when) or when there were none.
CREATE TABLE message_raw (
    message_id  BIGINT PRIMARY KEY REFERENCES messages (id),
    raw         BYTEA NOT NULL
);
INSERT INTO message_raw (message_id, raw) SELECT id, raw FROM messages WHERE raw IS NOT NULL;
ALTER TABLE messages DROP COLUMN raw;

-- An attachment blob's bytes (attachment_blobs keeps its hash, size and date).
CREATE TABLE attachment_data (
    sha256  TEXT PRIMARY KEY REFERENCES attachment_blobs (sha256),
    data    BYTEA NOT NULL
);
INSERT INTO attachment_data (sha256, data) SELECT sha256, data FROM attachment_blobs;
ALTER TABLE attachment_blobs DROP COLUMN data;

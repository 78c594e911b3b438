-- The rendered mail of an outbox row moves to a table of its own, as on SQLite, where claiming
-- a mail and recording it sent rewrote the whole 3–4 KB mail with the row each time. (Here an
-- update's new row version only copies the TOAST pointer of a mail that large, so the gain is
-- SQLite's; the schema stays the same on both so that the store has one code path.)
CREATE TABLE outbox_bodies (
    outbox_id  BIGINT PRIMARY KEY REFERENCES outbox (id),
    raw        BYTEA NOT NULL
);
INSERT INTO outbox_bodies (outbox_id, raw) SELECT id, raw FROM outbox;
ALTER TABLE outbox DROP COLUMN raw;

-- The rendered mail of an outbox row moves to a table of its own. Claiming a mail and
-- recording it sent both rewrite the outbox row; with the 3–4 KB mail inside it (on overflow
-- pages) each of those rewrote the whole mail as well, twice per mail sent. The body is
-- written once, with its row, and only read after. migrations/postgres/ has the same.
CREATE TABLE outbox_bodies (
    outbox_id  INTEGER PRIMARY KEY REFERENCES outbox (id),
    raw        BLOB NOT NULL
);
INSERT INTO outbox_bodies (outbox_id, raw) SELECT id, raw FROM outbox;
ALTER TABLE outbox DROP COLUMN raw;

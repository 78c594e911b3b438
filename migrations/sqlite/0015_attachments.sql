-- Citizens' attachments (issue 16, point 5), in the database: stored in the transaction that
-- takes the message in (nothing lost, nothing twice), shared by every replica, backed up with
-- the rest. migrations/postgres/ has the same.
--
-- The bytes, once per content (SHA-256, lower-case hex): the same PDF sent twice, or to two
-- tickets, is one blob.
CREATE TABLE attachment_blobs (
    sha256      TEXT PRIMARY KEY,
    size        BIGINT NOT NULL,
    data        BLOB NOT NULL,
    created_at  TEXT NOT NULL
);

-- One row per (ticket, message, attachment): n numbers a ticket's attachments from 1 (what
-- `sebadesk tickets attachment REF N` takes); part is the attachment's place in its message.
-- name is sanitised; content_type is the mail's, never guessed from the name.
CREATE TABLE attachments (
    id            INTEGER PRIMARY KEY,
    ticket_id     BIGINT NOT NULL REFERENCES tickets (id),
    message_id    BIGINT NOT NULL REFERENCES messages (id),
    n             INTEGER NOT NULL,
    part          INTEGER NOT NULL,
    name          TEXT NOT NULL,
    content_type  TEXT NOT NULL,
    size          BIGINT NOT NULL,
    sha256        TEXT NOT NULL REFERENCES attachment_blobs (sha256),
    created_at    TEXT NOT NULL,
    UNIQUE (ticket_id, n),
    UNIQUE (message_id, part)
);
CREATE INDEX attachments_sha256 ON attachments (sha256);

-- Which attachments an outbox mail (the officer's new-ticket notice) carries: added from the
-- store when it is sent, so the outbox does not hold a second copy of the bytes.
CREATE TABLE outbox_attachments (
    outbox_id   BIGINT NOT NULL REFERENCES outbox (id),
    ticket_id   BIGINT NOT NULL,
    n           INTEGER NOT NULL,
    PRIMARY KEY (outbox_id, n)
);

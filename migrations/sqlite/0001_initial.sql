-- sebadesk schema, SQLite flavour. migrations/postgres/ holds the same schema for PostgreSQL:
-- change both together. Portable column types only (see README, "Database"): ids and counters
-- BIGINT/INTEGER, timestamps TEXT in RFC 3339 UTC with second precision (they sort as text),
-- flags INTEGER 0/1, raw mail BLOB here and BYTEA there.

-- Where intake stands in each mailbox. UIDs below next_uid under this uidvalidity are done.
CREATE TABLE mailbox_cursors (
    mailbox      TEXT PRIMARY KEY,
    uidvalidity  BIGINT NOT NULL,
    next_uid     BIGINT NOT NULL,
    -- mail that reached the mailbox before this instant predates sebadesk: never acknowledged
    baseline_at  TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);

-- Every message taken in, whatever became of it. The journal that makes re-fetching harmless.
CREATE TABLE messages (
    id            INTEGER PRIMARY KEY,
    mailbox       TEXT NOT NULL,
    uidvalidity   BIGINT NOT NULL,
    uid           BIGINT NOT NULL,
    -- the Message-ID header, or sha256:… of the bytes when there is none
    dedup_id      TEXT NOT NULL,
    ticket_id     BIGINT,
    disposition   TEXT NOT NULL,
    received_at   TEXT NOT NULL,
    from_address  TEXT,
    subject       TEXT,
    size          BIGINT NOT NULL,
    raw           BLOB,
    -- set when something is wrong with the message (unparseable, oversize): visible to the officer
    quarantine_reason TEXT,
    -- 1 once \Seen (and the move) succeeded on the server; retried until then
    marked_on_server INTEGER NOT NULL DEFAULT 0,
    created_at    TEXT NOT NULL,
    UNIQUE (mailbox, uidvalidity, uid),
    UNIQUE (mailbox, dedup_id)
);

-- Per office and year, the last ticket sequence number handed out.
CREATE TABLE ticket_counters (
    office    TEXT NOT NULL,
    year      INTEGER NOT NULL,
    last_seq  BIGINT NOT NULL,
    PRIMARY KEY (office, year)
);

CREATE TABLE tickets (
    id              INTEGER PRIMARY KEY,
    reference       TEXT NOT NULL UNIQUE,
    office          TEXT NOT NULL,
    service         TEXT,
    confidence      DOUBLE PRECISION,
    classification  TEXT,
    status          TEXT NOT NULL,
    citizen_email   TEXT NOT NULL,
    citizen_name    TEXT,
    subject         TEXT NOT NULL,
    received_at     TEXT NOT NULL,
    receipt_day     TEXT,
    due_at          TEXT,
    resolved_at     TEXT,
    created_at      TEXT NOT NULL
);
CREATE INDEX tickets_status_due ON tickets (status, due_at);

-- What happened to a ticket, in order: opened, acknowledged, follow-up, reclassified, resolved…
CREATE TABLE ticket_events (
    id         INTEGER PRIMARY KEY,
    ticket_id  BIGINT NOT NULL REFERENCES tickets (id),
    at         TEXT NOT NULL,
    kind       TEXT NOT NULL,
    detail     TEXT NOT NULL
);
CREATE INDEX ticket_events_ticket ON ticket_events (ticket_id, id);

-- Mail to send. Written in the same transaction as the ticket; a worker sends and records.
CREATE TABLE outbox (
    id               INTEGER PRIMARY KEY,
    ticket_id        BIGINT REFERENCES tickets (id),
    kind             TEXT NOT NULL,
    -- one mail per purpose: e.g. ack:MEL-2026-000001; a second insert is a no-op
    dedup_key        TEXT NOT NULL UNIQUE,
    mail_from        TEXT NOT NULL,
    rcpt_to          TEXT NOT NULL,
    message_id       TEXT NOT NULL,
    raw              BLOB NOT NULL,
    status           TEXT NOT NULL,
    attempts         INTEGER NOT NULL DEFAULT 0,
    next_attempt_at  TEXT NOT NULL,
    lease_until      TEXT,
    last_error       TEXT,
    created_at       TEXT NOT NULL,
    sent_at          TEXT
);
CREATE INDEX outbox_due ON outbox (status, next_attempt_at);

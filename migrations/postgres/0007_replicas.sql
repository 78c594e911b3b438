-- Several offices and several sebadesk processes (replicas) on one database. Same statements
-- for SQLite and PostgreSQL (SQLite runs one replica, which owns every lease).

-- Each running sebadesk process, renewed every deployment.heartbeat; one whose expires_at
-- has passed is dead. Live replicas share the mailboxes evenly.
CREATE TABLE replicas (
    id            TEXT PRIMARY KEY,
    host          TEXT NOT NULL,
    pid           BIGINT NOT NULL,
    started_at    TEXT NOT NULL,
    heartbeat_at  TEXT NOT NULL,
    expires_at    TEXT NOT NULL
);

-- Who watches each mailbox. A lease is renewed with the heartbeat; when it expires any
-- replica may take it. At most one live owner per mailbox: the exactly-once guarantees do not
-- depend on it (the intake journal does), but it keeps two replicas from fetching the same
-- mail and the office's reminders from being planned twice.
CREATE TABLE mailbox_leases (
    mailbox      TEXT PRIMARY KEY,
    office       TEXT NOT NULL,
    owner        TEXT NOT NULL,
    acquired_at  TEXT NOT NULL,
    expires_at   TEXT NOT NULL
);
CREATE INDEX mailbox_leases_owner ON mailbox_leases (owner);
-- Per-office queries of a deployment (each office's open tickets, every minute) and the
-- classifier's periodic count of the officers' corrections.
CREATE INDEX tickets_office_status ON tickets (office, status);
CREATE INDEX ticket_events_kind ON ticket_events (kind);

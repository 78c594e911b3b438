-- Issue 19, performance: a fiscal-year report for 495 offices without reading 2.4 million
-- tickets. Same tables as migrations/postgres/0019, with SQLite's triggers.
--
-- report_month_counts: the resolved and closed tickets of one office and one UTC month
-- (substr(received_at, 1, 7)), counted by the keys of the charter report (store::reports
-- CountRow): local month of receipt (office time zone), service (NULL outside the charter),
-- class, working days to resolution, acknowledgement delay, reopened, held. Those figures do
-- not change with the report's time, only when a ticket changes or the office's calendar
-- does; open tickets are always counted live (overdue and age depend on the report's time).
-- A report reads these rows for the (office, month) pairs that are not stale, after counting
-- the stale ones again (report::build).
CREATE TABLE report_month_counts (
    office      TEXT NOT NULL,
    utc_month   TEXT NOT NULL,
    local_month TEXT NOT NULL,
    service     TEXT,
    class       BIGINT NOT NULL,
    days        BIGINT,
    ack_secs    BIGINT,
    reopened    BIGINT NOT NULL,
    held        BIGINT NOT NULL,
    n           BIGINT NOT NULL
);
CREATE INDEX report_month_counts_local ON report_month_counts (office, local_month);
CREATE INDEX report_month_counts_utc ON report_month_counts (office, utc_month);

-- An (office, UTC month) whose tickets changed since it was counted: written by the triggers
-- below in the same transaction as the change, whatever code (or hand-written SQL) made it.
-- `version` grows with every change, so a count that raced a change does not clear the mark.
CREATE TABLE report_stale (
    office    TEXT NOT NULL,
    utc_month TEXT NOT NULL,
    version   BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (office, utc_month)
);

-- The calendar (time zone, weekend, holidays, closing time) each office's counts were made
-- with: working days to resolution depend on it, so a changed calendar (a holiday declared
-- later) makes every month of the office stale.
CREATE TABLE report_calendars (
    office      TEXT PRIMARY KEY,
    fingerprint TEXT NOT NULL
);

-- Every month that holds tickets is counted at the first report.
INSERT INTO report_stale (office, utc_month, version)
    SELECT office, substr(received_at, 1, 7), 1 FROM tickets GROUP BY office, substr(received_at, 1, 7);

CREATE TRIGGER tickets_report_insert AFTER INSERT ON tickets BEGIN
    INSERT OR IGNORE INTO report_stale (office, utc_month) VALUES (NEW.office, substr(NEW.received_at, 1, 7));
    UPDATE report_stale SET version = version + 1
        WHERE office = NEW.office AND utc_month = substr(NEW.received_at, 1, 7);
END;
CREATE TRIGGER tickets_report_update
AFTER UPDATE OF office, service, status, received_at, receipt_day, due_at, resolved_at,
                ack_sent_at, ack_delay_secs, reopened, ack_held ON tickets BEGIN
    INSERT OR IGNORE INTO report_stale (office, utc_month) VALUES (OLD.office, substr(OLD.received_at, 1, 7));
    UPDATE report_stale SET version = version + 1
        WHERE office = OLD.office AND utc_month = substr(OLD.received_at, 1, 7);
    INSERT OR IGNORE INTO report_stale (office, utc_month) VALUES (NEW.office, substr(NEW.received_at, 1, 7));
    UPDATE report_stale SET version = version + 1
        WHERE office = NEW.office AND utc_month = substr(NEW.received_at, 1, 7);
END;
CREATE TRIGGER tickets_report_delete AFTER DELETE ON tickets BEGIN
    INSERT OR IGNORE INTO report_stale (office, utc_month) VALUES (OLD.office, substr(OLD.received_at, 1, 7));
    UPDATE report_stale SET version = version + 1
        WHERE office = OLD.office AND utc_month = substr(OLD.received_at, 1, 7);
END;

-- The open tickets of a period, counted live at every report: only those rows.
CREATE INDEX tickets_open_received ON tickets (office, received_at)
    WHERE status NOT IN ('resolved', 'closed');

-- Issue 19, performance: a fiscal-year report for 495 offices without reading 2.4 million
-- tickets. Same tables as migrations/sqlite/0019 (see the comments there), with PostgreSQL's
-- triggers.
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

CREATE TABLE report_stale (
    office    TEXT NOT NULL,
    utc_month TEXT NOT NULL,
    version   BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (office, utc_month)
);

CREATE TABLE report_calendars (
    office      TEXT PRIMARY KEY,
    fingerprint TEXT NOT NULL
);

INSERT INTO report_stale (office, utc_month, version)
    SELECT office, substr(received_at, 1, 7), 1 FROM tickets GROUP BY office, substr(received_at, 1, 7);

-- Inserts mark per statement (a transition table): a batch of new tickets, or a bulk load,
-- marks each (office, month) once.
CREATE FUNCTION report_stale_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO report_stale (office, utc_month, version)
        SELECT office, substr(received_at, 1, 7), 1 FROM new_rows
        GROUP BY office, substr(received_at, 1, 7)
        ORDER BY 1, 2
    ON CONFLICT (office, utc_month) DO UPDATE SET version = report_stale.version + 1;
    RETURN NULL;
END $$;
CREATE TRIGGER tickets_report_insert AFTER INSERT ON tickets
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_stale_rows();

-- Updates and deletes mark per row (a trigger with a column list cannot see transition tables).
CREATE FUNCTION report_stale_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'DELETE' THEN
        INSERT INTO report_stale (office, utc_month, version)
            VALUES (NEW.office, substr(NEW.received_at, 1, 7), 1)
        ON CONFLICT (office, utc_month) DO UPDATE SET version = report_stale.version + 1;
    END IF;
    IF TG_OP = 'DELETE' OR OLD.office IS DISTINCT FROM NEW.office
       OR substr(OLD.received_at, 1, 7) IS DISTINCT FROM substr(NEW.received_at, 1, 7) THEN
        INSERT INTO report_stale (office, utc_month, version)
            VALUES (OLD.office, substr(OLD.received_at, 1, 7), 1)
        ON CONFLICT (office, utc_month) DO UPDATE SET version = report_stale.version + 1;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER tickets_report_update
    AFTER UPDATE OF office, service, status, received_at, receipt_day, due_at, resolved_at,
                    ack_sent_at, ack_delay_secs, reopened, ack_held ON tickets
    FOR EACH ROW EXECUTE FUNCTION report_stale_row();
CREATE TRIGGER tickets_report_delete AFTER DELETE ON tickets
    FOR EACH ROW EXECUTE FUNCTION report_stale_row();

-- The open tickets of a period, counted live at every report: an index-only range of just
-- those rows, with every column the count reads.
CREATE INDEX tickets_open_received ON tickets (office, received_at)
    INCLUDE (service, status, receipt_day, due_at, resolved_at, ack_sent_at, ack_delay_secs,
             reopened, ack_held)
    WHERE status NOT IN ('resolved', 'closed');

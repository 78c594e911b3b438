-- Issue 19, performance. Same statements for PostgreSQL except the backfill's time arithmetic.
-- ack_delay_secs: seconds from the mail reaching the mailbox (received_at) to the first
-- acknowledgement accepted by the SMTP server (ack_sent_at), written with ack_sent_at. The
-- charter reports aggregate in SQL, and parsing two timestamps per ticket in SQL cost more
-- than the rest of a fiscal-year report (measured: BENCHMARKS.md).
ALTER TABLE tickets ADD COLUMN ack_delay_secs BIGINT;
UPDATE tickets SET ack_delay_secs =
    CAST(strftime('%s', ack_sent_at) AS INTEGER) - CAST(strftime('%s', received_at) AS INTEGER)
    WHERE ack_sent_at IS NOT NULL;
-- GET /metrics counts open and overdue tickets per office: with due_at in the index both
-- counts come from the index alone (the statuses are named, so only open ones are read).
-- That index, tickets_office_status_due (office, status, due_at), is migration 0017's (the
-- web desk's queue needs the same order); its prefix serves what (office, status) served.
DROP INDEX tickets_office_status;
-- And its quarantine count reads only the messages set aside (few) instead of every message.
CREATE INDEX messages_quarantined ON messages (mailbox)
    WHERE quarantine_reason IS NOT NULL AND ticket_id IS NULL;

-- What the charter reports need (issue 19), kept on the ticket row when it happens, so that
-- closing, reopening or a later purge of the outbox cannot erase it. Same statements for
-- SQLite and PostgreSQL.
-- ack_sent_at: when the citizen's acknowledgement was first accepted by the SMTP server.
-- first_resolved_at: the first resolution (resolved_at is cleared by a reopening).
-- reopened: how many times the ticket was reopened (by the officer or a citizen's reply).
-- ack_held: 1 when the acknowledgement was held as doubtful (possible spam or scam).
ALTER TABLE tickets ADD COLUMN ack_sent_at TEXT;
ALTER TABLE tickets ADD COLUMN first_resolved_at TEXT;
ALTER TABLE tickets ADD COLUMN reopened BIGINT NOT NULL DEFAULT 0;
ALTER TABLE tickets ADD COLUMN ack_held INTEGER NOT NULL DEFAULT 0;
-- Tickets written before this migration: the same facts from their history.
UPDATE tickets SET ack_sent_at = (SELECT MIN(o.sent_at) FROM outbox o
    WHERE o.ticket_id = tickets.id AND o.kind = 'ack' AND o.status = 'sent');
UPDATE tickets SET first_resolved_at = (SELECT MIN(e.at) FROM ticket_events e
    WHERE e.ticket_id = tickets.id AND e.kind = 'resolved');
UPDATE tickets SET reopened = (SELECT COUNT(*) FROM ticket_events e
    WHERE e.ticket_id = tickets.id AND e.kind = 'reopened');
UPDATE tickets SET ack_held = 1
    WHERE id IN (SELECT ticket_id FROM ticket_events WHERE kind = 'ack-held');
-- A report reads one office's tickets received in a period.
CREATE INDEX tickets_office_received ON tickets (office, received_at);

-- Issue 16, the conversation. A ticket may wait for its citizen (status 'waiting', set by
-- the officer's reply with --wait): since when, and how many working days its deadline has
-- been moved by waiting in all (charter setting pause_while_waiting), so that a deadline
-- recomputed for a new holiday keeps the pause.
ALTER TABLE tickets ADD COLUMN waiting_since TEXT;
ALTER TABLE tickets ADD COLUMN paused_working_days BIGINT NOT NULL DEFAULT 0;
-- The officer's follow-up notices look for recent follow-ups not yet notified.
CREATE INDEX ticket_events_kind_at ON ticket_events (kind, at);
-- The citizens' follow-ups the officer has been told of, and by which notice (outbox key):
-- the next follow-up notice carries the others.
CREATE TABLE followup_notices (
    event_id    BIGINT PRIMARY KEY REFERENCES ticket_events (id),
    ticket_id   BIGINT NOT NULL REFERENCES tickets (id),
    notice_key  TEXT NOT NULL
);
CREATE INDEX followup_notices_ticket ON followup_notices (ticket_id);

-- A supervisor's "escalate to self" (issue 17): the supervisor who took the ticket over, or
-- NULL. The who, when and why are in the ticket's `escalated` event; this column is what the
-- queue shows as a mark without reading events.
ALTER TABLE tickets ADD COLUMN escalated_to TEXT;

-- The subject without Re:/Fwd: prefixes, lower case: "no second acknowledgement for the same
-- subject within a window" compares these. Same statement for PostgreSQL.
ALTER TABLE tickets ADD COLUMN subject_key TEXT;
CREATE INDEX tickets_citizen_subject ON tickets (citizen_email, subject_key);

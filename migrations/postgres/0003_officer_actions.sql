-- The officer's actions. Same statements for PostgreSQL.
-- officer_token: a per-ticket secret that only mails sent to the officer carry; an e-mail
-- command must quote it, since a From header can be forged.
-- original_message_id: the citizen's first mail, to thread the resolution notice to it.
ALTER TABLE tickets ADD COLUMN officer_token TEXT;
ALTER TABLE tickets ADD COLUMN original_message_id TEXT;

-- Indexes for queries that run for every message (per-sender acknowledgement caps) and every
-- intake pass (messages not yet marked on the server). Without them both scan whole tables
-- and intake slows down as the office's history grows. Same statements for PostgreSQL.
CREATE INDEX outbox_rcpt_kind_created ON outbox (rcpt_to, kind, created_at);
CREATE INDEX messages_unmarked ON messages (mailbox, uidvalidity, marked_on_server);

-- Who holds (or last held) an outbox row's lease: an opaque claimer id, one per sending
-- process, set by every claim together with lease_until. A live claim is still told by
-- lease_until; claimed_by lets a process give back only its own claims when several share
-- the database. Same statement for PostgreSQL.
ALTER TABLE outbox ADD COLUMN claimed_by TEXT;

-- How many IMAP sessions the lease's owner holds open on the mailbox (0 or 1; more would be a
-- defect), written by the owner with its heartbeat and shown by `sebadesk status`. Same
-- statement for SQLite and PostgreSQL.
ALTER TABLE mailbox_leases ADD COLUMN sessions BIGINT NOT NULL DEFAULT 0;

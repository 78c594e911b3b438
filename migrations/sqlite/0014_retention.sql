-- Data retention (issue 20): the content of citizens' mail is purged after `[retention]`
-- days; the tickets (service, dates, status, events) stay for reports. Same statements for
-- SQLite and PostgreSQL.

-- When a journaled message's bytes were purged (raw is NULL from then on), and the content
-- fingerprint they had: a later, different mail reusing the Message-ID is still told apart
-- from a redelivery of this one (see store::messages::journaled_fingerprint).
ALTER TABLE messages ADD COLUMN purged_at TEXT;
ALTER TABLE messages ADD COLUMN purged_fingerprint TEXT;
-- When a resolved or closed ticket's mail was purged: the ticket is not looked at again.
ALTER TABLE tickets ADD COLUMN mail_purged_at TEXT;
-- What each purge of mail that belongs to no ticket removed (quarantined mail; spam, bulk,
-- automatic replies and bounces): a ticket's purge is an event on the ticket instead.
CREATE TABLE purge_log (
    id         INTEGER PRIMARY KEY,
    at         TEXT NOT NULL,
    office     TEXT NOT NULL,
    -- 'quarantine' or 'untracked-mail'
    kind       TEXT NOT NULL,
    messages   BIGINT NOT NULL,
    bytes      BIGINT NOT NULL,
    older_than TEXT NOT NULL
);
-- The purge's hourly look for quarantined and ticketless mail of a mailbox past its days.
CREATE INDEX messages_purge ON messages (mailbox, purged_at, created_at);

-- The web desk (src/web/): sign-in links, sessions, rate limits, per-user preferences and the
-- text of the citizens' mail for search. Timestamps RFC 3339 UTC text, as everywhere.

-- One-time sign-in links: only the SHA-256 of the token is kept; used_at spends it.
CREATE TABLE web_links (
    token_hash  TEXT PRIMARY KEY,
    email       TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    expires_at  TEXT NOT NULL,
    used_at     TEXT
);

-- Signed-in browsers: the cookie holds the session id, the row only its SHA-256.
CREATE TABLE web_sessions (
    id_hash     TEXT PRIMARY KEY,
    email       TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    expires_at  TEXT NOT NULL
);
CREATE INDEX web_sessions_expires ON web_sessions (expires_at);

-- Sign-in link requests, per address and per client, for the rate limits (kept one day).
CREATE TABLE web_attempts (
    id     INTEGER PRIMARY KEY,
    scope  TEXT NOT NULL,
    at     TEXT NOT NULL
);
CREATE INDEX web_attempts_scope ON web_attempts (scope, at);

-- What each user chose (the page language), by address.
CREATE TABLE web_users (
    email  TEXT PRIMARY KEY,
    lang   TEXT NOT NULL
);

-- The text of each message filed on a ticket (lower case), for the queue's search: filled
-- by the web desk from the journal's raw mail, in message id order.
CREATE TABLE web_search (
    message_id  BIGINT PRIMARY KEY,
    ticket_id   BIGINT NOT NULL,
    body        TEXT NOT NULL
);
CREATE INDEX web_search_ticket ON web_search (ticket_id);

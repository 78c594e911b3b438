-- The daemon's own health, one row per component ('imap', 'smtp'): the last success, and
-- since when it has been failing (NULL when it works). Same statements for PostgreSQL.
CREATE TABLE health (
    component      TEXT PRIMARY KEY,
    ok_at          TEXT,
    failing_since  TEXT,
    last_error     TEXT,
    updated_at     TEXT NOT NULL
);

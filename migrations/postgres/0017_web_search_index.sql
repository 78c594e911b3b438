-- The web desk's queue and search at 100,000 tickets (issue 17, BENCHMARKS.md "Web desk page
-- times"). Same purpose as migrations/sqlite/0017, with PostgreSQL's own tools.

-- Search needs the pg_trgm extension (part of PostgreSQL's contrib, in Debian's postgresql
-- package). It is a trusted extension: the owner of the database may create it; otherwise a
-- superuser runs `CREATE EXTENSION pg_trgm;` in sebadesk's database once (README, "Web desk").
DO $$
BEGIN
    CREATE EXTENSION IF NOT EXISTS pg_trgm;
EXCEPTION WHEN OTHERS THEN
    RAISE EXCEPTION 'sebadesk migration 0017 needs the PostgreSQL extension pg_trgm for the web desk''s search, and could not create it: %. Install PostgreSQL''s contrib extensions, then either make the sebadesk user the owner of its database or have a superuser run CREATE EXTENSION pg_trgm; in it, and start sebadesk again (README, "Web desk").', SQLERRM;
END
$$;

-- The queue walks one (office, status) at a time in deadline order and stops after a page
-- (keyset paging): this index serves that order, the ticket id breaking ties.
CREATE INDEX tickets_office_status_due ON tickets (office, status, due_at, id);

-- Reference search by its beginning ("MEL-2026-0001…"): a range in byte order, through a
-- btree whatever the database's collation (a bound prefix LIKE could not use an index in a
-- prepared statement's generic plan).
CREATE INDEX tickets_reference_prefix ON tickets ((reference COLLATE "C"));

-- Substring search through trigram GIN indexes: LIKE '%word%' (three characters or more)
-- reads the index, not every row. The expression must stay the same as the store's
-- (src/store/web.rs, PG_HAY): reference, subject, citizen address and name, one per line.
CREATE INDEX tickets_search_trgm ON tickets USING gin (
    lower(reference || E'\n' || subject || E'\n' || citizen_email || E'\n'
          || COALESCE(citizen_name, '')) gin_trgm_ops
);
CREATE INDEX web_search_body_trgm ON web_search USING gin (body gin_trgm_ops);

-- The web desk's queue and search at 100,000 tickets (issue 17, BENCHMARKS.md "Web desk page
-- times"). Same purpose as migrations/postgres/0017, with SQLite's own tools.

-- The queue walks one (office, status) at a time in deadline order and stops after a page
-- (keyset paging): this index serves that order without a sort. SQLite appends the rowid
-- (the ticket id, the order's tie-break) to every index entry.
CREATE INDEX tickets_office_status_due ON tickets (office, status, due_at);

-- Search: FTS5 with the trigram tokenizer, so a query of three or more characters finds any
-- substring (Bangla words inside longer words too), case-insensitively, through an index.
-- One column per ticket: reference, subject, citizen address and name, one per line.
CREATE VIRTUAL TABLE tickets_search USING fts5 (hay, tokenize = 'trigram');
INSERT INTO tickets_search (rowid, hay)
    SELECT id, reference || char(10) || subject || char(10) || citizen_email || char(10)
               || COALESCE(citizen_name, '')
    FROM tickets;
CREATE TRIGGER tickets_search_insert AFTER INSERT ON tickets BEGIN
    INSERT INTO tickets_search (rowid, hay)
    VALUES (NEW.id, NEW.reference || char(10) || NEW.subject || char(10) || NEW.citizen_email
                    || char(10) || COALESCE(NEW.citizen_name, ''));
END;
CREATE TRIGGER tickets_search_update
AFTER UPDATE OF reference, subject, citizen_email, citizen_name ON tickets BEGIN
    DELETE FROM tickets_search WHERE rowid = OLD.id;
    INSERT INTO tickets_search (rowid, hay)
    VALUES (NEW.id, NEW.reference || char(10) || NEW.subject || char(10) || NEW.citizen_email
                    || char(10) || COALESCE(NEW.citizen_name, ''));
END;
CREATE TRIGGER tickets_search_delete AFTER DELETE ON tickets BEGIN
    DELETE FROM tickets_search WHERE rowid = OLD.id;
END;

-- The mails' text (web_search, filled by the desk from the journal) through the same kind of
-- index; an external-content table, so the text is stored once.
CREATE VIRTUAL TABLE web_search_text USING fts5 (
    body, content = 'web_search', content_rowid = 'message_id', tokenize = 'trigram'
);
INSERT INTO web_search_text (web_search_text) VALUES ('rebuild');
CREATE TRIGGER web_search_text_insert AFTER INSERT ON web_search BEGIN
    INSERT INTO web_search_text (rowid, body) VALUES (NEW.message_id, NEW.body);
END;
CREATE TRIGGER web_search_text_delete AFTER DELETE ON web_search BEGIN
    INSERT INTO web_search_text (web_search_text, rowid, body)
    VALUES ('delete', OLD.message_id, OLD.body);
END;
CREATE TRIGGER web_search_text_update AFTER UPDATE ON web_search BEGIN
    INSERT INTO web_search_text (web_search_text, rowid, body)
    VALUES ('delete', OLD.message_id, OLD.body);
    INSERT INTO web_search_text (rowid, body) VALUES (NEW.message_id, NEW.body);
END;

-- The per-address acknowledgement caps count a mailbox, not a spelling of it: each outbox
-- row keeps its recipient's normal form (lower case, no +tag, Gmail's dots dropped; see
-- domain::normal_form), and the caps look rows up by it. Rows written before this migration
-- get the lower-cased address, which is their normal form in all but the +tag/Gmail cases
-- (and those only mattered for the 24 hours the caps look back).
ALTER TABLE outbox ADD COLUMN rcpt_key TEXT;
UPDATE outbox SET rcpt_key = lower(rcpt_to);
CREATE INDEX outbox_rcpt_key_kind_created ON outbox (rcpt_key, kind, created_at);
-- The caps no longer look rows up by the address as written.
DROP INDEX outbox_rcpt_kind_created;
-- A mail naming a ticket is checked against the ticket's senders and the mails we sent for
-- it (a stranger who knows a ticket number must not join or reopen it): both by ticket.
CREATE INDEX outbox_ticket ON outbox (ticket_id);
CREATE INDEX messages_ticket ON messages (ticket_id);
-- An office's hourly limits count its acknowledgements and new-ticket notices of the hour.
CREATE INDEX outbox_from_kind_created ON outbox (mail_from, kind, created_at);

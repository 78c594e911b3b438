//! Reading tickets outside a transaction: one ticket, an office's list, a ticket's events
//! (the CLI and the web desk), and what the classifier learns from (the officer's
//! corrections and released acknowledgements).

use super::*;

impl Store {
    /// How many times the officer corrected a service (any ticket).
    pub async fn correction_count(&self) -> Result<i64, StoreError> {
        let row = sqlx::query("SELECT COUNT(*) FROM ticket_events WHERE kind = 'reclassified'")
            .fetch_one(self.pool())
            .await?;
        Ok(row.try_get(0)?)
    }

    /// How many things the officer taught the classifiers: service corrections and
    /// released acknowledgements (a "not spam" verdict on a held one).
    pub async fn lesson_count(&self) -> Result<i64, StoreError> {
        let row = sqlx::query(
            "SELECT COUNT(*) FROM ticket_events WHERE kind IN ('reclassified', 'ack-released')",
        )
        .fetch_one(self.pool())
        .await?;
        Ok(row.try_get(0)?)
    }

    /// The raw first mail of every ticket whose held acknowledgement the officer released:
    /// the learnt spam signal had a hand in holding it, and the officer says it is a request.
    pub async fn released_requests(&self) -> Result<Vec<Vec<u8>>, StoreError> {
        let rows = sqlx::query(
            "SELECT r.raw FROM tickets t JOIN messages m ON m.ticket_id = t.id
             JOIN message_raw r ON r.message_id = m.id
             WHERE t.id IN (SELECT ticket_id FROM ticket_events WHERE kind = 'ack-released')
               AND m.id = (SELECT MIN(id) FROM messages WHERE ticket_id = t.id)
             ORDER BY t.id",
        )
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(|r| Ok(r.try_get(0)?)).collect()
    }

    /// The corrected tickets: their current service (None: outside the charter) and the raw
    /// bytes of the citizen's first mail, to learn from.
    pub async fn corrections(&self) -> Result<Vec<(Option<String>, Vec<u8>)>, StoreError> {
        let rows = sqlx::query(
            "SELECT t.service, r.raw FROM tickets t JOIN messages m ON m.ticket_id = t.id
             JOIN message_raw r ON r.message_id = m.id
             WHERE t.id IN (SELECT ticket_id FROM ticket_events WHERE kind = 'reclassified')
               AND m.id = (SELECT MIN(id) FROM messages WHERE ticket_id = t.id)
             ORDER BY t.id",
        )
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| Ok((r.try_get(0)?, r.try_get(1)?)))
            .collect()
    }

    /// Every office's tickets, optionally only those with `status`.
    pub async fn tickets(&self, status: Option<&str>) -> Result<Vec<Ticket>, StoreError> {
        self.office_tickets(None, status).await
    }

    /// The tickets of one office (or of all, with `None`), optionally only with `status`.
    pub async fn office_tickets(
        &self,
        office: Option<&str>,
        status: Option<&str>,
    ) -> Result<Vec<Ticket>, StoreError> {
        // Two optional filters, always bound (an empty string means "any"): one statement.
        let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {TICKET_COLUMNS} FROM tickets
             WHERE ($1 = '' OR office = $1) AND ($2 = '' OR status = $2) ORDER BY id"
        )))
        .bind(office.unwrap_or("").to_string())
        .bind(status.unwrap_or("").to_string())
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(ticket_from_row).collect()
    }

    /// The ticket with this reference (the office code is part of it); `None` when unknown.
    pub async fn ticket(&self, reference: &TicketRef) -> Result<Option<Ticket>, StoreError> {
        ticket_by_ref(self.pool(), reference).await
    }

    /// A ticket's event log, oldest first.
    pub async fn events(&self, ticket_id: i64) -> Result<Vec<Event>, StoreError> {
        let rows = sqlx::query(
            "SELECT at, kind, detail FROM ticket_events WHERE ticket_id = $1 ORDER BY id",
        )
        .bind(ticket_id)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| {
                let detail: String = r.try_get(2)?;
                Ok(Event {
                    at: r.try_get(0)?,
                    kind: r.try_get(1)?,
                    detail: serde_json::from_str(&detail)
                        .unwrap_or(serde_json::Value::String(detail)),
                })
            })
            .collect()
    }
}

//! Replicas and mailbox leases: how several sebadesk processes share one database's offices.
//!
//! Plain rows, renewed on a heartbeat, rather than anything home-made: a lease is taken with
//! one conditional upsert (`ON CONFLICT … DO UPDATE … WHERE expired`), which PostgreSQL
//! serialises on the row, so two replicas can never both win it. Times are the replicas'
//! clocks (kept by NTP); a lease TTL of tens of seconds tolerates ordinary skew.

use jiff::{SignedDuration, Timestamp};
use sqlx::Row;

use super::{Store, StoreError, db_time};

/// A mailbox lease as the database holds it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Lease {
    /// The mailbox's stable name (`user@imap.host/INBOX`): what is leased.
    pub mailbox: String,
    /// The office code whose desk watches that mailbox.
    pub office: String,
    /// The holding replica's id (see [`crate::daemon::replicas::replica_id`]).
    pub owner: String,
    /// When the owner took the lease (RFC 3339 UTC text); kept across renewals.
    pub acquired_at: String,
    /// When the lease lapses unless renewed (RFC 3339 UTC text); then any replica may take it.
    pub expires_at: String,
    /// IMAP sessions the owner holds open on the mailbox, as it last reported (0 or 1).
    pub sessions: i64,
}

/// A replica's heartbeat row.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Replica {
    /// The replica's id, `host-pid-random` unless configured.
    pub id: String,
    /// The host it runs on (as its SMTP greeting names it).
    pub host: String,
    /// Its process id on that host; lets a restart on the same host free a dead one's leases at once.
    pub pid: i64,
    /// When the process started (RFC 3339 UTC text).
    pub started_at: String,
    /// Its last heartbeat (RFC 3339 UTC text).
    pub heartbeat_at: String,
    /// When it counts as dead unless it beats again (RFC 3339 UTC text).
    pub expires_at: String,
}

fn plus(now: Timestamp, ttl: std::time::Duration) -> String {
    db_time(now + SignedDuration::from_secs(ttl.as_secs() as i64))
}

impl Store {
    /// Records that replica `id` is alive until `now + ttl`.
    pub async fn heartbeat(
        &self,
        id: &str,
        host: &str,
        pid: u32,
        now: Timestamp,
        ttl: std::time::Duration,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO replicas (id, host, pid, started_at, heartbeat_at, expires_at)
             VALUES ($1, $2, $3, $4, $4, $5)
             ON CONFLICT (id) DO UPDATE SET heartbeat_at = $4, expires_at = $5",
        )
        .bind(id)
        .bind(host)
        .bind(pid as i64)
        .bind(db_time(now))
        .bind(plus(now, ttl))
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// Every replica row, live or not (dead ones are removed by [`Store::forget_dead_replicas`]).
    pub async fn replicas(&self) -> Result<Vec<Replica>, StoreError> {
        let rows = sqlx::query(
            "SELECT id, host, pid, started_at, heartbeat_at, expires_at FROM replicas ORDER BY id",
        )
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| {
                Ok(Replica {
                    id: r.try_get(0)?,
                    host: r.try_get(1)?,
                    pid: r.try_get(2)?,
                    started_at: r.try_get(3)?,
                    heartbeat_at: r.try_get(4)?,
                    expires_at: r.try_get(5)?,
                })
            })
            .collect()
    }

    /// How many replicas are alive at `now` (at least 1: the caller is one).
    pub async fn live_replicas(&self, now: Timestamp) -> Result<u32, StoreError> {
        let row = sqlx::query("SELECT COUNT(*) FROM replicas WHERE expires_at > $1")
            .bind(db_time(now))
            .fetch_one(self.pool())
            .await?;
        Ok((row.try_get::<i64, _>(0)?).max(1) as u32)
    }

    /// Removes the rows of replicas dead for more than `grace` (their leases have expired
    /// long since), so the table does not grow with every restart.
    pub async fn forget_dead_replicas(
        &self,
        now: Timestamp,
        grace: std::time::Duration,
    ) -> Result<u64, StoreError> {
        let before = now - SignedDuration::from_secs(grace.as_secs() as i64);
        let done = sqlx::query("DELETE FROM replicas WHERE expires_at < $1")
            .bind(db_time(before))
            .execute(self.pool())
            .await?;
        Ok(done.rows_affected())
    }

    /// Outbox claims held by no live replica (its process died mid-send) are released, so
    /// their mail goes out now rather than when the claim's lease expires. A live replica's
    /// claim is never touched. Returns how many were released.
    pub async fn release_claims_of_dead(&self, now: Timestamp) -> Result<u64, StoreError> {
        let now = db_time(now);
        let _gate = self.write_gate().await;
        let done = sqlx::query(
            "UPDATE outbox SET lease_until = NULL
             WHERE status = 'queued' AND lease_until IS NOT NULL AND lease_until > $1
               AND (claimed_by IS NULL
                    OR claimed_by NOT IN (SELECT id FROM replicas WHERE expires_at > $1))",
        )
        .bind(&now)
        .execute(self.pool())
        .await?;
        Ok(done.rows_affected())
    }

    /// Declares replica `id` dead at once (its process is known to be gone): its heartbeat
    /// expires and its mailbox leases are freed for whoever takes them next.
    pub async fn declare_dead(&self, id: &str, now: Timestamp) -> Result<(), StoreError> {
        let expired = db_time(now - SignedDuration::from_secs(1));
        sqlx::query("UPDATE replicas SET expires_at = $2 WHERE id = $1")
            .bind(id)
            .bind(&expired)
            .execute(self.pool())
            .await?;
        sqlx::query("DELETE FROM mailbox_leases WHERE owner = $1")
            .bind(id)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    /// A replica that stops cleanly says so: the others need not wait for its expiry.
    pub async fn retire_replica(&self, id: &str) -> Result<(), StoreError> {
        sqlx::query("DELETE FROM mailbox_leases WHERE owner = $1")
            .bind(id)
            .execute(self.pool())
            .await?;
        sqlx::query("DELETE FROM replicas WHERE id = $1")
            .bind(id)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    /// Every mailbox lease, by office then mailbox (`sebadesk status`).
    pub async fn leases(&self) -> Result<Vec<Lease>, StoreError> {
        let rows = sqlx::query(
            "SELECT mailbox, office, owner, acquired_at, expires_at, sessions FROM mailbox_leases ORDER BY office, mailbox",
        )
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| {
                Ok(Lease {
                    mailbox: r.try_get(0)?,
                    office: r.try_get(1)?,
                    owner: r.try_get(2)?,
                    acquired_at: r.try_get(3)?,
                    expires_at: r.try_get(4)?,
                    sessions: r.try_get(5)?,
                })
            })
            .collect()
    }

    /// Records how many IMAP sessions `owner` holds open on `mailbox`, while the lease is its.
    pub async fn set_lease_sessions(
        &self,
        mailbox: &str,
        owner: &str,
        sessions: i64,
    ) -> Result<(), StoreError> {
        sqlx::query("UPDATE mailbox_leases SET sessions = $3 WHERE mailbox = $1 AND owner = $2")
            .bind(mailbox)
            .bind(owner)
            .bind(sessions)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    /// Takes the lease on `mailbox` for `owner` if nobody holds it, its holder let it expire,
    /// or `owner` holds it already (then it is renewed). Returns whether `owner` holds it now.
    pub async fn acquire_lease(
        &self,
        mailbox: &str,
        office: &str,
        owner: &str,
        now: Timestamp,
        ttl: std::time::Duration,
    ) -> Result<bool, StoreError> {
        let row = sqlx::query(
            "INSERT INTO mailbox_leases (mailbox, office, owner, acquired_at, expires_at)
             VALUES ($1, $2, $3, $4, $5)
             ON CONFLICT (mailbox) DO UPDATE SET owner = $3, office = $2, acquired_at = $4, expires_at = $5,
                 sessions = CASE WHEN mailbox_leases.owner = $3 THEN mailbox_leases.sessions ELSE 0 END
             WHERE mailbox_leases.expires_at <= $4 OR mailbox_leases.owner = $3
             RETURNING owner",
        )
        .bind(mailbox)
        .bind(office)
        .bind(owner)
        .bind(db_time(now))
        .bind(plus(now, ttl))
        .fetch_optional(self.pool())
        .await?;
        Ok(row.is_some())
    }

    /// Extends every lease `owner` still holds (also one that expired but was not taken over:
    /// the owner check is atomic); returns the mailboxes it holds. A mailbox missing from the
    /// answer was taken over (this replica was too late): stop watching it.
    pub async fn renew_leases(
        &self,
        owner: &str,
        now: Timestamp,
        ttl: std::time::Duration,
    ) -> Result<Vec<String>, StoreError> {
        let rows = sqlx::query(
            "UPDATE mailbox_leases SET expires_at = $2 WHERE owner = $1 RETURNING mailbox",
        )
        .bind(owner)
        .bind(plus(now, ttl))
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(|r| Ok(r.try_get(0)?)).collect()
    }

    /// Gives a lease back (rebalancing, shutdown), only while it is still `owner`'s.
    pub async fn release_lease(&self, mailbox: &str, owner: &str) -> Result<(), StoreError> {
        sqlx::query("DELETE FROM mailbox_leases WHERE mailbox = $1 AND owner = $2")
            .bind(mailbox)
            .bind(owner)
            .execute(self.pool())
            .await?;
        Ok(())
    }
}

//! The SMTP worker: claims queued mail, sends it, records the result.
//!
//! A send ends one of three ways (as lettre classifies the error, never by its text):
//! sent; a transient failure (4xx, connection, TLS, timeout) retried with exponential backoff
//! and jitter; or a permanent failure (5xx) recorded on the ticket. The claim, the send and
//! the record are separate steps: no database transaction is open while we talk to the server.

mod worker;

use std::sync::Arc;
use std::time::Duration;

use jiff::SignedDuration;
use lettre::address::Envelope;
use lettre::transport::smtp::authentication::{Credentials, Mechanism};
use lettre::transport::smtp::client::{AsyncSmtpConnection, Certificate, TlsParameters};
use lettre::transport::smtp::extension::ClientId;
use tokio::sync::Notify;
use tokio_util::sync::CancellationToken;

use crate::config::{Security, SmtpConfig};
use crate::sla::Clock;
use crate::store::Store;
use crate::store::outbox::OutboxMail;
pub use worker::{backoff, run_worker};

/// Why the SMTP sender could not be set up (a config problem: exit code 2 at start).
#[derive(Debug, thiserror::Error)]
pub enum SmtpSetupError {
    /// `smtp.ca_file` is missing, unreadable, or holds no usable certificate.
    #[error("smtp.ca_file {path}: {message}")]
    CaFile {
        /// The file as configured.
        path: String,
        /// What is wrong with it.
        message: String,
    },
    /// lettre refused the TLS parameters.
    #[error("smtp TLS setup: {0}")]
    Tls(String),
}

/// Sends mail over a small pool of reused SMTP connections, with TCP_NODELAY set: the SMTP
/// dialogue is many small writes, and with Nagle's algorithm on, each waits for a delayed ACK
/// (~40 ms here), which capped delivery near 20 mails/s per connection.
pub struct Sender {
    host: String,
    port: u16,
    security: Security,
    tls: Option<TlsParameters>,
    credentials: Option<Credentials>,
    /// `auth = "oauth2"`: the account whose access token signs in (XOAUTH2).
    oauth: Option<(String, crate::oauth::Account)>,
    timeout: Duration,
    hello: ClientId,
    idle: tokio::sync::Mutex<Vec<(AsyncSmtpConnection, std::time::Instant)>>,
}

/// The senders of a deployment: one per distinct SMTP identity (server and username), chosen
/// for each mail by its envelope sender, the office's address. Offices without an SMTP
/// identity of their own share the main one.
pub struct Senders {
    by_from: std::collections::HashMap<String, (Arc<Sender>, String)>,
    main: (Arc<Sender>, String),
    /// Office code by sending address: the `office` label of the sent and failed counters.
    office_by_from: std::collections::HashMap<String, String>,
}

impl Senders {
    /// `offices`: one configuration per office, the main office first (see
    /// [`crate::config::Config::offices`]).
    pub fn new(offices: &[crate::config::Config]) -> Result<Senders, SmtpSetupError> {
        let first = offices
            .first()
            .expect("a deployment has at least one office");
        let identity = |c: &SmtpConfig| {
            (
                c.server.host.clone(),
                c.server.port,
                c.server.username.clone(),
            )
        };
        let main_identity = identity(&first.smtp);
        let main = (Arc::new(Sender::new(&first.smtp)?), "smtp".to_string());
        let mut by_from = std::collections::HashMap::new();
        let mut office_by_from = std::collections::HashMap::new();
        let mut by_identity = std::collections::HashMap::new();
        by_identity.insert(main_identity.clone(), main.clone());
        for c in offices {
            let id = identity(&c.smtp);
            let entry = match by_identity.get(&id) {
                Some(e) => e.clone(),
                None => {
                    let e = (
                        Arc::new(Sender::new(&c.smtp)?),
                        crate::config::health_component(c, "smtp"),
                    );
                    by_identity.insert(id, e.clone());
                    e
                }
            };
            by_from.insert(c.office.address.as_str().to_ascii_lowercase(), entry);
            office_by_from.insert(
                c.office.address.as_str().to_ascii_lowercase(),
                c.office.code.clone(),
            );
        }
        Ok(Senders {
            by_from,
            main,
            office_by_from,
        })
    }

    /// A deployment of one office (tests, tools).
    pub fn single(sender: Sender) -> Senders {
        Senders {
            by_from: std::collections::HashMap::new(),
            main: (Arc::new(sender), "smtp".to_string()),
            office_by_from: std::collections::HashMap::new(),
        }
    }

    /// The office whose address sends `mail` (empty when none does: a single-office tool).
    fn office_of(&self, mail: &OutboxMail) -> String {
        self.office_by_from
            .get(&mail.mail_from.to_ascii_lowercase())
            .cloned()
            .unwrap_or_default()
    }

    /// The sender for a mail, and the health row its results go to.
    fn for_mail(&self, mail: &OutboxMail) -> (&Sender, &str) {
        let (sender, component) = self
            .by_from
            .get(&mail.mail_from.to_ascii_lowercase())
            .unwrap_or(&self.main);
        (sender, component)
    }
}

/// A pooled connection unused for longer than this is dropped rather than reused (servers
/// close idle connections after a few minutes; Postfix after 300 s).
const MAX_IDLE: Duration = Duration::from_secs(60);

/// What became of one attempt to hand a mail to the server; decides the outbox row's fate.
pub enum SendOutcome {
    /// The server accepted the mail.
    Sent,
    /// A transient failure (4xx, no connection, a timeout, a sign-in that failed): tried again
    /// later, up to the attempt limit. The reason is on one line.
    Retry(String),
    /// A permanent failure (5xx, an envelope that cannot be built): not tried again.
    Failed(String),
}

impl Sender {
    /// A sender for the configured server; connects only when the first mail is sent.
    pub fn new(config: &SmtpConfig) -> Result<Sender, SmtpSetupError> {
        let server = &config.server;
        let tls = match server.security {
            Security::Plain => None,
            _ => {
                let mut params = TlsParameters::builder(server.host.clone());
                if let Some(path) = &server.ca_file {
                    let pem = std::fs::read(path).map_err(|e| SmtpSetupError::CaFile {
                        path: path.display().to_string(),
                        message: e.to_string(),
                    })?;
                    let cert = Certificate::from_pem(&pem).map_err(|e| SmtpSetupError::CaFile {
                        path: path.display().to_string(),
                        message: e.to_string(),
                    })?;
                    params = params.add_root_certificate(cert);
                }
                Some(
                    params
                        .build_rustls()
                        .map_err(|e| SmtpSetupError::Tls(e.to_string()))?,
                )
            }
        };
        let credentials = (!server.username.is_empty()).then(|| {
            Credentials::new(
                server.username.clone(),
                server.password.expose().to_string(),
            )
        });
        let oauth = match &server.auth {
            crate::config::ServerAuth::OAuth2(account) => {
                Some((server.username.clone(), account.clone()))
            }
            crate::config::ServerAuth::Password => None,
        };
        let credentials = if oauth.is_some() { None } else { credentials };
        let hello = ClientId::Domain(hostname_or_localhost());
        Ok(Sender {
            oauth,
            host: server.host.clone(),
            port: server.port,
            security: server.security,
            tls,
            credentials,
            timeout: config.timeout,
            hello,
            idle: tokio::sync::Mutex::new(Vec::new()),
        })
    }

    async fn connect(&self) -> Result<AsyncSmtpConnection, SendError> {
        let Some((user, account)) = &self.oauth else {
            let mut conn = self.open().await?;
            if let Some(credentials) = &self.credentials {
                conn.auth(&[Mechanism::Plain, Mechanism::Login], credentials)
                    .await?;
            }
            return Ok(conn);
        };
        let token = account.access_token().await.map_err(SendError::Token)?;
        let mut conn = self.open().await?;
        let credentials = Credentials::new(user.clone(), token.expose().to_string());
        match conn.auth(&[Mechanism::Xoauth2], &credentials).await {
            Ok(_) => Ok(conn),
            // A refused token is answered with a JSON challenge (lettre reports that as a
            // client error) or a 535: once more, on a new connection, with a new token.
            Err(e) => {
                tracing::info!(user = %user, error = %one_line_error(&e), "SMTP refused the access token: refreshing it");
                drop(conn);
                let token = account
                    .after_refusal(&token)
                    .await
                    .map_err(SendError::Token)?;
                let mut conn = self.open().await?;
                let credentials = Credentials::new(user.clone(), token.expose().to_string());
                conn.auth(&[Mechanism::Xoauth2], &credentials)
                    .await
                    .map_err(SendError::Auth)?;
                Ok(conn)
            }
        }
    }

    /// A connection, greeted and (as configured) under TLS, not yet signed in.
    async fn open(&self) -> Result<AsyncSmtpConnection, SendError> {
        let conn = match self.security {
            // Implicit TLS: lettre wraps the socket itself (Nagle stays on for this mode).
            Security::Tls => {
                AsyncSmtpConnection::connect_tokio1(
                    (self.host.as_str(), self.port),
                    Some(self.timeout),
                    &self.hello,
                    self.tls.clone(),
                    None,
                )
                .await?
            }
            Security::Starttls | Security::Plain => {
                let tcp = tokio::net::TcpStream::connect((self.host.as_str(), self.port))
                    .await
                    .map_err(SendError::Connect)?;
                let _ = tcp.set_nodelay(true);
                let mut conn =
                    AsyncSmtpConnection::connect_with_transport(Box::new(tcp), &self.hello).await?;
                if let (Security::Starttls, Some(tls)) = (self.security, &self.tls) {
                    conn.starttls(tls.clone(), &self.hello).await?;
                }
                conn
            }
        };
        Ok(conn)
    }

    async fn send_on(
        &self,
        conn: &mut AsyncSmtpConnection,
        envelope: &Envelope,
        raw: &[u8],
    ) -> Result<(), SendError> {
        conn.send(envelope, raw)
            .await
            .map(|_| ())
            .map_err(SendError::Smtp)
    }

    /// Sends one mail from the outbox, on a pooled connection when one is idle (and once more
    /// on a fresh one if that fails for a reason other than the server refusing the mail);
    /// each attempt within `smtp.timeout`.
    pub async fn send(&self, mail: &OutboxMail) -> SendOutcome {
        let envelope = match (mail.mail_from.parse(), mail.rcpt_to.parse()) {
            (Ok(from), Ok(to)) => match Envelope::new(Some(from), vec![to]) {
                Ok(e) => e,
                Err(e) => return SendOutcome::Failed(format!("envelope: {e}")),
            },
            _ => {
                return SendOutcome::Failed(format!(
                    "invalid envelope {} -> {}",
                    mail.mail_from, mail.rcpt_to
                ));
            }
        };
        // A reused connection may have been closed by the server meanwhile: if it fails for
        // a reason other than the server refusing the mail, try once more on a fresh one.
        let reused = {
            let mut idle = self.idle.lock().await;
            idle.retain(|(c, at)| at.elapsed() < MAX_IDLE && !c.has_broken());
            idle.pop().map(|(c, _)| c)
        };
        let attempts: &[bool] = if reused.is_some() {
            &[true, false]
        } else {
            &[false]
        };
        let mut reused = reused;
        let mut last_error = String::new();
        for &use_reused in attempts {
            let outcome = tokio::time::timeout(self.timeout, async {
                let mut conn = match (use_reused, reused.take()) {
                    (true, Some(c)) => c,
                    _ => self.connect().await?,
                };
                let result = self.send_on(&mut conn, &envelope, &mail.raw).await;
                if result.is_ok() {
                    self.idle
                        .lock()
                        .await
                        .push((conn, std::time::Instant::now()));
                }
                result
            })
            .await;
            match outcome {
                Ok(Ok(())) => return SendOutcome::Sent,
                Ok(Err(SendError::Smtp(e))) if e.is_permanent() => {
                    return SendOutcome::Failed(one_line_error(&e));
                }
                Ok(Err(SendError::Smtp(e))) => last_error = one_line_error(&e),
                Ok(Err(SendError::Connect(e))) => {
                    last_error = format!("connect to {}:{}: {e}", self.host, self.port)
                }
                // Not the mail's fault: retried (and the failing sign-in shows in the
                // sending health, which alerts the officer), never failed for good.
                Ok(Err(SendError::Token(e))) => last_error = e.to_string(),
                Ok(Err(SendError::Auth(e))) => {
                    last_error = format!("the access token was refused: {}", one_line_error(&e))
                }
                Err(_) => last_error = format!("timed out after {:?}", self.timeout),
            }
        }
        SendOutcome::Retry(last_error)
    }
}

/// Why one SMTP attempt failed: the TCP connection, or the SMTP dialogue (which lettre
/// classifies as transient or permanent by the reply code).
enum SendError {
    Connect(std::io::Error),
    Smtp(lettre::transport::smtp::Error),
    /// No access token (`auth = "oauth2"`): the refresh failed.
    Token(crate::oauth::TokenError),
    /// A fresh access token was refused too.
    Auth(lettre::transport::smtp::Error),
}

impl From<lettre::transport::smtp::Error> for SendError {
    fn from(e: lettre::transport::smtp::Error) -> Self {
        SendError::Smtp(e)
    }
}

/// `/etc/hostname` when it is a plain host name, else `localhost` (the EHLO name, and the
/// host part of a replica's id).
pub fn hostname_or_localhost() -> String {
    std::fs::read_to_string("/etc/hostname")
        .ok()
        .map(|h| h.trim().to_string())
        .filter(|h| {
            !h.is_empty()
                && h.chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.')
        })
        .unwrap_or_else(|| "localhost".into())
}

fn one_line_error(e: &dyn std::error::Error) -> String {
    let mut s = e.to_string();
    let mut source = e.source();
    while let Some(inner) = source {
        s.push_str(": ");
        s.push_str(&inner.to_string());
        source = inner.source();
    }
    s.replace(['\r', '\n'], " ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_grows_and_is_capped() {
        let b1 = backoff(1, 7).as_secs();
        let b2 = backoff(2, 7).as_secs();
        let b9 = backoff(9, 7).as_secs();
        assert!((30..=38).contains(&b1), "{b1}");
        assert!((60..=75).contains(&b2), "{b2}");
        assert!((3600..=4500).contains(&b9), "{b9}");
    }
}

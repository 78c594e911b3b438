//! One logged-in IMAP session over implicit TLS, STARTTLS or (loopback only) plain TCP.

use std::fmt;
use std::time::Duration;

use async_imap::Session;
use tokio::io::{AsyncRead, AsyncWrite};
use tokio::net::TcpStream;
use tokio_rustls::TlsConnector;
use tokio_rustls::rustls::pki_types::ServerName;

use crate::config::{Secret, Security, ServerAuth, ServerConfig};

/// TLS or plain TCP behind one type, so the rest of intake does not care which.
pub trait ImapStream: AsyncRead + AsyncWrite + Unpin + Send + fmt::Debug {}
impl<T: AsyncRead + AsyncWrite + Unpin + Send + fmt::Debug> ImapStream for T {}

/// A logged-in IMAP session, over TLS or (loopback only) plain TCP.
pub type ImapSession = Session<Box<dyn ImapStream>>;

/// Why no IMAP session could be opened; [`ConnectError::is_auth`] tells whether retrying soon
/// makes sense.
#[derive(Debug, thiserror::Error)]
pub enum ConnectError {
    /// The TCP connection failed (refused, unreachable, DNS).
    #[error("connect to {addr}: {source}")]
    Tcp {
        /// `host:port` as configured.
        addr: String,
        /// The socket error.
        source: std::io::Error,
    },
    /// The TLS handshake failed, e.g. an untrusted or mismatched certificate.
    #[error("TLS with {host}: {message}")]
    Tls {
        /// The server's host name, as checked against its certificate.
        host: String,
        /// The TLS library's message.
        message: String,
    },
    /// The server's greeting was missing or not IMAP, or it refused STARTTLS.
    #[error("IMAP greeting from {host}: {message}")]
    Greeting {
        /// The server's host name.
        host: String,
        /// What was wrong with the greeting.
        message: String,
    },
    /// The server refused the login (wrong password or token): retrying fast will not help.
    #[error("login as {user} refused: {message}")]
    Login {
        /// The configured user name (never the password).
        user: String,
        /// The server's answer.
        message: String,
    },
    /// No access token to sign in with (`auth = "oauth2"`).
    #[error("login as {user}: {source}")]
    Token {
        /// The configured user name.
        user: String,
        /// Why the token endpoint gave no token.
        source: crate::oauth::TokenError,
    },
    /// Connecting, the handshake and the login together took longer than this.
    #[error("timed out after {0:?}")]
    Timeout(Duration),
}

impl ConnectError {
    /// A refused login will not fix itself by retrying fast; everything else might.
    pub fn is_auth(&self) -> bool {
        match self {
            ConnectError::Login { .. } => true,
            ConnectError::Token { source, .. } => source.is_refusal(),
            _ => false,
        }
    }
}

const CONNECT_TIMEOUT: Duration = Duration::from_secs(30);

/// Connects to the configured IMAP server and signs in (password or OAuth2 token; a refused
/// token is refreshed and tried once more); each attempt gives up after 30 seconds.
pub async fn connect(server: &ServerConfig) -> Result<ImapSession, ConnectError> {
    let ServerAuth::OAuth2(account) = &server.auth else {
        return connect_once(server, &SignIn::Password).await;
    };
    let token = account
        .access_token()
        .await
        .map_err(|source| token_error(server, source))?;
    match connect_once(server, &SignIn::Token(account, token.clone())).await {
        // The token may have expired early or been revoked: once more with a new one.
        Err(ConnectError::Login { message, .. }) => {
            tracing::info!(user = %server.username, error = %message, "IMAP refused the access token: refreshing it");
            let token = account
                .after_refusal(&token)
                .await
                .map_err(|source| token_error(server, source))?;
            connect_once(server, &SignIn::Token(account, token)).await
        }
        other => other,
    }
}

fn token_error(server: &ServerConfig, source: crate::oauth::TokenError) -> ConnectError {
    ConnectError::Token {
        user: server.username.clone(),
        source,
    }
}

/// What a connection signs in with.
enum SignIn<'a> {
    Password,
    Token(&'a crate::oauth::Account, Secret),
}

async fn connect_once(
    server: &ServerConfig,
    sign_in: &SignIn<'_>,
) -> Result<ImapSession, ConnectError> {
    tokio::time::timeout(CONNECT_TIMEOUT, connect_inner(server, sign_in))
        .await
        .map_err(|_| ConnectError::Timeout(CONNECT_TIMEOUT))?
}

async fn tls_wrap(
    server: &ServerConfig,
    tcp: TcpStream,
) -> Result<tokio_rustls::client::TlsStream<TcpStream>, ConnectError> {
    let tls_err = |message: String| ConnectError::Tls {
        host: server.host.clone(),
        message,
    };
    let config = crate::net::tls::client_config(server.ca_file.as_deref())
        .map_err(|e| tls_err(e.to_string()))?;
    let name = ServerName::try_from(server.host.clone()).map_err(|e| tls_err(e.to_string()))?;
    TlsConnector::from(config)
        .connect(name, tcp)
        .await
        .map_err(|e| tls_err(e.to_string()))
}

async fn connect_inner(
    server: &ServerConfig,
    sign_in: &SignIn<'_>,
) -> Result<ImapSession, ConnectError> {
    let addr = format!("{}:{}", server.host, server.port);
    let tcp = TcpStream::connect(&addr)
        .await
        .map_err(|source| ConnectError::Tcp {
            addr: addr.clone(),
            source,
        })?;
    let greeting_err = |message: String| ConnectError::Greeting {
        host: server.host.clone(),
        message,
    };
    let stream: Box<dyn ImapStream> = match server.security {
        Security::Tls => {
            let tls = tls_wrap(server, tcp).await?;
            let mut client = async_imap::Client::new(Box::new(tls) as Box<dyn ImapStream>);
            read_greeting(&mut client).await.map_err(greeting_err)?;
            client.into_inner()
        }
        Security::Starttls => {
            let mut client = async_imap::Client::new(tcp);
            read_greeting(&mut client).await.map_err(greeting_err)?;
            client
                .run_command_and_check_ok("STARTTLS", None)
                .await
                .map_err(|e| greeting_err(format!("STARTTLS refused: {e}")))?;
            // No second greeting comes after STARTTLS: reading one would hang.
            Box::new(tls_wrap(server, client.into_inner()).await?)
        }
        Security::Plain => {
            let mut client = async_imap::Client::new(Box::new(tcp) as Box<dyn ImapStream>);
            read_greeting(&mut client).await.map_err(greeting_err)?;
            client.into_inner()
        }
    };
    let client = async_imap::Client::new(stream);
    let refused = |e: async_imap::error::Error| ConnectError::Login {
        user: server.username.clone(),
        message: e.to_string(),
    };
    match sign_in {
        SignIn::Password => client
            .login(&server.username, server.password.expose())
            .await
            .map_err(|(e, _)| refused(e)),
        SignIn::Token(account, token) => {
            let mechanism = account.settings().mechanism;
            let response = crate::oauth::sasl::initial_response(
                mechanism,
                &server.username,
                &server.host,
                server.port,
                token.expose(),
            );
            client
                .authenticate(
                    mechanism.imap_name(),
                    crate::oauth::sasl::ImapAuthenticator::new(response),
                )
                .await
                .map_err(|(e, _)| refused(e))
        }
    }
}

async fn read_greeting<T: AsyncRead + AsyncWrite + Unpin + Send + fmt::Debug>(
    client: &mut async_imap::Client<T>,
) -> Result<(), String> {
    match client.read_response().await {
        Ok(Some(_)) => Ok(()),
        Ok(None) => Err("connection closed before the greeting".into()),
        Err(e) => Err(e.to_string()),
    }
}

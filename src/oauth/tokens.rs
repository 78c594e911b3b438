//! Access tokens for one OAuth2 account: taken from the token endpoint with the refresh
//! token (RFC 6749 §6), kept until shortly before they expire, and taken anew when a server
//! refuses one. IMAP and SMTP of one mailbox share an [`Account`], so one refresh serves both.
//!
//! No token, client secret or refresh token is ever put in an error or a log line: errors
//! carry the endpoint's `error` code and (one line of) its description only.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use super::http::{Endpoint, HttpError, form, post_form};
use super::settings::OAuth2Settings;
use crate::net::Secret;

/// A token is refreshed this long before it expires (at most half its lifetime).
const EARLY: Duration = Duration::from_secs(60);
/// When the endpoint says nothing of the lifetime (`expires_in` is optional).
const ASSUMED_LIFETIME: Duration = Duration::from_secs(30 * 60);

/// Why no access token could be had.
#[derive(Debug, thiserror::Error)]
pub enum TokenError {
    /// The endpoint refused the refresh token (revoked, expired, wrong client): a person
    /// must sign in again with `sebadesk oauth login`.
    #[error(
        "OAuth2 token refresh refused by {url}: {error}{description} (sign in again: sebadesk oauth login)"
    )]
    Refused {
        /// The token endpoint.
        url: String,
        /// The OAuth2 `error` code (RFC 6749 §5.2), e.g. `invalid_grant`.
        error: String,
        /// The endpoint's `error_description`, with its separator, or empty.
        description: String,
    },
    /// The token endpoint could not be reached or answered no JSON.
    #[error("OAuth2 token refresh: {0}")]
    Http(#[from] HttpError),
    /// The endpoint answered without an access token.
    #[error("OAuth2 token refresh: {url} answered HTTP {status} without an access token")]
    Malformed {
        /// The token endpoint.
        url: String,
        /// The answer's HTTP status.
        status: u16,
    },
    /// No refresh token is configured, and the file named for it is missing or empty (the reason
    /// says which); a person must sign in.
    #[error("OAuth2: no refresh token ({0}); run sebadesk oauth login")]
    NoRefreshToken(String),
}

impl TokenError {
    /// A refusal will not pass by retrying soon; a network failure may.
    pub fn is_refusal(&self) -> bool {
        matches!(
            self,
            TokenError::Refused { .. } | TokenError::NoRefreshToken(_)
        )
    }
}

/// One OAuth2 account (client and refresh token) and its current access token.
#[derive(Clone)]
pub struct Account {
    inner: Arc<Inner>,
}

struct Inner {
    settings: OAuth2Settings,
    state: tokio::sync::Mutex<State>,
}

#[derive(Default)]
struct State {
    access: Option<(Secret, Instant)>,
    /// A refresh token the endpoint handed out in place of the configured one (Microsoft
    /// rotates them); also written back to the file.
    rotated: Option<Secret>,
}

impl std::fmt::Debug for Account {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Account")
            .field("token_url", &self.inner.settings.token_url.url)
            .field("client_id", &self.inner.settings.client_id)
            .finish_non_exhaustive()
    }
}

impl Account {
    /// An account with no access token yet: the first [`Account::access_token`] fetches one.
    pub fn new(settings: OAuth2Settings) -> Account {
        Account {
            inner: Arc::new(Inner {
                settings,
                state: tokio::sync::Mutex::new(State::default()),
            }),
        }
    }

    /// The configuration the account was made from.
    pub fn settings(&self) -> &OAuth2Settings {
        &self.inner.settings
    }

    /// An access token valid for a while yet: the one kept, or a new one.
    pub async fn access_token(&self) -> Result<Secret, TokenError> {
        let mut state = self.inner.state.lock().await;
        if let Some((token, good_until)) = &state.access
            && Instant::now() < *good_until
        {
            return Ok(token.clone());
        }
        self.refresh(&mut state).await
    }

    /// The server refused `refused`: a new token, unless another connection already took one
    /// meanwhile (then that one).
    pub async fn after_refusal(&self, refused: &Secret) -> Result<Secret, TokenError> {
        let mut state = self.inner.state.lock().await;
        if let Some((token, good_until)) = &state.access
            && token.expose() != refused.expose()
            && Instant::now() < *good_until
        {
            return Ok(token.clone());
        }
        state.access = None;
        self.refresh(&mut state).await
    }

    async fn refresh(&self, state: &mut State) -> Result<Secret, TokenError> {
        let s = &self.inner.settings;
        let refresh_token = match &state.rotated {
            Some(t) => t.clone(),
            None => s.refresh_token()?,
        };
        let mut pairs = vec![
            ("grant_type", "refresh_token"),
            ("refresh_token", refresh_token.expose()),
            ("client_id", s.client_id.as_str()),
        ];
        if !s.client_secret.expose().is_empty() {
            pairs.push(("client_secret", s.client_secret.expose()));
        }
        let started = Instant::now();
        let (status, answer) = post_form(&s.token_url, form(&pairs)).await?;
        if let Some(error) = answer.get("error") {
            state.access = None;
            return Err(refused(&s.token_url, error, &answer));
        }
        let Some(token) = answer
            .get("access_token")
            .and_then(|v| v.as_str())
            .filter(|t| !t.is_empty() && t.chars().all(|c| c.is_ascii_graphic()))
        else {
            return Err(TokenError::Malformed {
                url: s.token_url.url.clone(),
                status,
            });
        };
        let lifetime = answer
            .get("expires_in")
            .and_then(|v| v.as_u64().or_else(|| v.as_str()?.parse().ok()))
            .map(Duration::from_secs)
            .unwrap_or(ASSUMED_LIFETIME);
        let good_until = started + lifetime.saturating_sub(EARLY.min(lifetime / 2));
        if let Some(new) = answer
            .get("refresh_token")
            .and_then(|v| v.as_str())
            .filter(|t| !t.is_empty() && *t != refresh_token.expose())
        {
            let new = Secret::new(new.to_string());
            if let Some(path) = &s.refresh_token_file
                && let Err(e) = write_secret_file(path, new.expose())
            {
                tracing::warn!(file = %path.display(), error = %e, "cannot save the rotated OAuth2 refresh token (kept in memory)");
            }
            state.rotated = Some(new);
        }
        let token = Secret::new(token.to_string());
        state.access = Some((token.clone(), good_until));
        tracing::info!(token_url = %s.token_url.url, expires_in = lifetime.as_secs(), "OAuth2 access token refreshed");
        Ok(token)
    }
}

/// The endpoint's `error` and `error_description`, on one short line.
pub(super) fn refused(
    endpoint: &Endpoint,
    error: &serde_json::Value,
    answer: &serde_json::Map<String, serde_json::Value>,
) -> TokenError {
    let short = |s: &str| -> String {
        s.chars()
            .filter(|c| !c.is_control())
            .take(200)
            .collect::<String>()
    };
    TokenError::Refused {
        url: endpoint.url.clone(),
        error: short(error.as_str().unwrap_or("?")),
        description: answer
            .get("error_description")
            .and_then(|d| d.as_str())
            .map(|d| format!(" ({})", short(d)))
            .unwrap_or_default(),
    }
}

/// Writes a secret to `path`, readable by its owner only (0600), replacing the file in one
/// step: a reader sees the old token or the new one, never half of one.
pub fn write_secret_file(path: &Path, secret: &str) -> std::io::Result<()> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    let dir = path.parent().filter(|d| !d.as_os_str().is_empty());
    let tmp: PathBuf = {
        let mut name = path.file_name().unwrap_or_default().to_os_string();
        name.push(format!(".tmp{}", std::process::id()));
        dir.map(|d| d.join(&name)).unwrap_or_else(|| name.into())
    };
    let _ = std::fs::remove_file(&tmp);
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(&tmp)?;
    file.write_all(secret.as_bytes())?;
    file.write_all(b"\n")?;
    file.sync_all()?;
    drop(file);
    std::fs::rename(&tmp, path)
}

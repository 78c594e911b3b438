//! `[oauth2]`: which provider, which client, where the refresh token is. Provider presets
//! give the endpoints and scopes of Gmail and Microsoft 365; every one can be overridden
//! (a test points them at its own local endpoint).

use std::path::PathBuf;

use super::http::Endpoint;
use super::tokens::TokenError;
use crate::net::Secret;

/// Which OAuth2 provider the office's mail is at, for the preset endpoints and scope.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Provider {
    /// Gmail / Google Workspace.
    Google,
    /// Microsoft 365 (work and school accounts of any tenant).
    Microsoft,
    /// No preset: `token_url` (and for `oauth login`, `device_url` and `scope`) are given.
    Custom,
}

impl Provider {
    /// Reads `oauth2.provider`, with the usual aliases (`gmail`, `office365`, `outlook`…); `None`
    /// for an unknown name.
    pub fn parse(s: &str) -> Option<Provider> {
        match s.trim().to_ascii_lowercase().as_str() {
            "google" | "gmail" => Some(Provider::Google),
            "microsoft" | "microsoft365" | "office365" | "outlook" => Some(Provider::Microsoft),
            "custom" => Some(Provider::Custom),
            _ => None,
        }
    }

    /// (token endpoint, device authorization endpoint, scope) of the provider.
    pub fn preset(self) -> Option<(&'static str, &'static str, &'static str)> {
        match self {
            Provider::Google => Some((
                "https://oauth2.googleapis.com/token",
                "https://oauth2.googleapis.com/device/code",
                "https://mail.google.com/",
            )),
            // "organizations": work and school accounts of any tenant (Microsoft 365).
            Provider::Microsoft => Some((
                "https://login.microsoftonline.com/organizations/oauth2/v2.0/token",
                "https://login.microsoftonline.com/organizations/oauth2/v2.0/devicecode",
                "https://outlook.office.com/IMAP.AccessAsUser.All https://outlook.office.com/SMTP.Send offline_access",
            )),
            Provider::Custom => None,
        }
    }
}

/// The SASL mechanism IMAP signs in with (SMTP uses XOAUTH2, the one both Gmail and
/// Microsoft 365 accept for submission).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SaslMechanism {
    /// Google's and Microsoft's `XOAUTH2`.
    Xoauth2,
    /// RFC 7628 `OAUTHBEARER`.
    OAuthBearer,
}

impl SaslMechanism {
    /// The mechanism's name in IMAP's `AUTHENTICATE`.
    pub fn imap_name(self) -> &'static str {
        match self {
            SaslMechanism::Xoauth2 => "XOAUTH2",
            SaslMechanism::OAuthBearer => "OAUTHBEARER",
        }
    }
}

/// The `[oauth2]` section, validated: one account that both IMAP and SMTP sign in with.
#[derive(Debug, Clone)]
pub struct OAuth2Settings {
    /// Whose endpoints and scope are the defaults.
    pub provider: Provider,
    /// Where refresh tokens are exchanged for access tokens.
    pub token_url: Endpoint,
    /// The device authorization endpoint (`oauth login`); `None` if neither preset nor given.
    pub device_url: Option<Endpoint>,
    /// The scope asked for at sign-in (space-separated).
    pub scope: String,
    /// The client (application) id registered with the provider.
    pub client_id: String,
    /// Empty for a public client.
    pub client_secret: Secret,
    /// Given in the config or its environment variable (`SEBADESK_OAUTH2_REFRESH_TOKEN`).
    pub refresh_token: Secret,
    /// Where `oauth login` writes the refresh token and the daemon reads it.
    pub refresh_token_file: Option<PathBuf>,
    /// How IMAP presents the token (`oauth2.mechanism`).
    pub mechanism: SaslMechanism,
}

impl OAuth2Settings {
    /// The refresh token: the file's (read at each refresh, so a new `oauth login` takes
    /// effect without a restart), else the configured value.
    pub fn refresh_token(&self) -> Result<Secret, TokenError> {
        if let Some(path) = &self.refresh_token_file {
            match crate::small_file::read_to_string(path) {
                Ok(text) => {
                    let token = text.trim();
                    if !token.is_empty() {
                        return Ok(Secret::new(token.to_string()));
                    }
                }
                Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
                    return Err(TokenError::NoRefreshToken(format!(
                        "cannot read {}: {e}",
                        path.display()
                    )));
                }
                Err(_) => {}
            }
        }
        if !self.refresh_token.expose().is_empty() {
            return Ok(self.refresh_token.clone());
        }
        Err(TokenError::NoRefreshToken(match &self.refresh_token_file {
            Some(p) => format!("{} is missing or empty", p.display()),
            None => "neither oauth2.refresh_token_file nor oauth2.refresh_token is set".into(),
        }))
    }
}

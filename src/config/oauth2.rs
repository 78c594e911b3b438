//! `[oauth2]` and the `auth` key of `[imap]` and `[smtp]`: validated into one shared
//! [`crate::oauth::Account`]. The refresh token itself is not required here (`sebadesk oauth
//! login` reads this config before there is one); a missing one fails the sign-in, which
//! shows in `status` and raises the officer's health alert like a refused password.

use super::raw::{RawOAuth2, RawServer};
use super::validate::resolve;
use super::*;
use crate::oauth::http::Endpoint;
use crate::oauth::{Account, OAuth2Settings, Provider, SaslMechanism};

fn text(value: &Option<String>) -> Option<&str> {
    value.as_deref().map(str::trim).filter(|v| !v.is_empty())
}

fn endpoint(value: &str, key: &str) -> Result<Endpoint, ConfigError> {
    Endpoint::parse(value).map_err(|e| invalid(key, e.to_string()))
}

/// `None` when the section is empty.
pub(super) fn section(raw: &RawOAuth2, base: &Path) -> Result<Option<Account>, ConfigError> {
    let any = [
        &raw.provider,
        &raw.token_url,
        &raw.device_url,
        &raw.scope,
        &raw.client_id,
        &raw.client_secret,
        &raw.refresh_token,
        &raw.refresh_token_file,
        &raw.mechanism,
    ]
    .iter()
    .any(|v| text(v).is_some());
    if !any {
        return Ok(None);
    }
    let provider = match text(&raw.provider) {
        None => Provider::Custom,
        Some(p) => Provider::parse(p).ok_or_else(|| {
            invalid(
                "oauth2.provider",
                format!("{p:?} is not one of google, microsoft, custom"),
            )
        })?,
    };
    let preset = provider.preset();
    let token_url = match (text(&raw.token_url), preset) {
        (Some(u), _) => endpoint(u, "oauth2.token_url")?,
        (None, Some((u, _, _))) => endpoint(u, "oauth2.token_url")?,
        (None, None) => {
            return Err(invalid(
                "oauth2.token_url",
                "is required unless oauth2.provider is google or microsoft",
            ));
        }
    };
    let device_url = match (text(&raw.device_url), preset) {
        (Some(u), _) => Some(endpoint(u, "oauth2.device_url")?),
        (None, Some((_, u, _))) => Some(endpoint(u, "oauth2.device_url")?),
        (None, None) => None,
    };
    let scope = text(&raw.scope)
        .map(str::to_string)
        .or_else(|| preset.map(|(_, _, s)| s.to_string()))
        .unwrap_or_default();
    let client_id = text(&raw.client_id)
        .ok_or_else(|| {
            invalid(
                "oauth2.client_id",
                "is required (from the provider's app registration)",
            )
        })?
        .to_string();
    let mechanism = match text(&raw.mechanism).map(str::to_ascii_lowercase).as_deref() {
        None | Some("xoauth2") => SaslMechanism::Xoauth2,
        Some("oauthbearer") => SaslMechanism::OAuthBearer,
        Some(other) => {
            return Err(invalid(
                "oauth2.mechanism",
                format!("{other:?} is not one of xoauth2, oauthbearer"),
            ));
        }
    };
    let refresh_token_file = match text(&raw.refresh_token_file) {
        None => None,
        Some(p) => {
            let path = resolve(base, p);
            super::offices::private_secret_file(&path, "oauth2.refresh_token_file")?;
            Some(path)
        }
    };
    for (value, key) in [(&client_id, "oauth2.client_id"), (&scope, "oauth2.scope")] {
        super::validate::no_control_characters(value, key)?;
    }
    Ok(Some(Account::new(OAuth2Settings {
        provider,
        token_url,
        device_url,
        scope,
        client_id,
        client_secret: Secret(
            raw.client_secret
                .clone()
                .unwrap_or_default()
                .trim()
                .to_string(),
        ),
        refresh_token: Secret(
            raw.refresh_token
                .clone()
                .unwrap_or_default()
                .trim()
                .to_string(),
        ),
        refresh_token_file,
        mechanism,
    })))
}

/// `[imap] auth` / `[smtp] auth`: "password" (default) or "oauth2" (needs `[oauth2]`).
pub(super) fn apply_auth(
    raw: &RawServer,
    section: &str,
    server: &mut ServerConfig,
    account: Option<&Account>,
) -> Result<(), ConfigError> {
    let key = format!("{section}.auth");
    match text(&raw.auth).map(str::to_ascii_lowercase).as_deref() {
        None | Some("password") => Ok(()),
        Some("oauth2") => {
            let account = account.ok_or_else(|| {
                invalid(&key, "oauth2 needs an [oauth2] section (client_id, provider or token_url, refresh_token_file)")
            })?;
            if server.username.is_empty() {
                return Err(invalid(
                    &format!("{section}.username"),
                    "is required with auth = \"oauth2\" (the account's address)",
                ));
            }
            server.auth = ServerAuth::OAuth2(account.clone());
            Ok(())
        }
        Some(other) => Err(invalid(
            &key,
            format!("{other:?} is not one of password, oauth2"),
        )),
    }
}

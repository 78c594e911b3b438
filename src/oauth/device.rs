//! The device authorization grant (RFC 8628), for `sebadesk oauth login`: the desk asks for
//! a code, a person opens the provider's page on any device and enters it, and the desk
//! polls the token endpoint until the person has agreed (or refused, or the code expired).

use std::time::{Duration, Instant};

use super::http::{Endpoint, HttpError, form, post_form};
use super::settings::OAuth2Settings;
use super::tokens::{TokenError, refused};
use crate::net::Secret;

const GRANT_TYPE: &str = "urn:ietf:params:oauth:grant-type:device_code";
/// RFC 8628 §3.5: "If no value is provided, clients MUST use 5 as the default."
const DEFAULT_INTERVAL: Duration = Duration::from_secs(5);
/// RFC 8628 §3.5: `slow_down` adds 5 seconds to the interval, for this and later requests.
const SLOW_DOWN_STEP: Duration = Duration::from_secs(5);

/// Why `oauth login` could not get a refresh token.
#[derive(Debug, thiserror::Error)]
pub enum DeviceError {
    /// The provider has no preset device endpoint and `oauth2.device_url` is not set.
    #[error("oauth2.device_url is not set (and provider {0:?} has no preset)")]
    NoDeviceUrl(super::settings::Provider),
    /// The endpoint could not be reached or answered no JSON.
    #[error(transparent)]
    Http(#[from] HttpError),
    /// The endpoint answered without a field the grant needs.
    #[error("{url} answered HTTP {status} without {field}")]
    Malformed {
        /// The endpoint.
        url: String,
        /// Its HTTP status.
        status: u16,
        /// The missing field.
        field: &'static str,
    },
    /// The provider refused: a wrong client, a denied sign-in, a grant it does not offer.
    #[error("sign-in refused: {0}")]
    Refused(TokenError),
    /// The code expired before the person finished signing in.
    #[error("the code expired before the sign-in was completed; run the command again")]
    Expired,
}

/// What the person is shown, and what the desk polls with.
#[derive(Debug)]
pub struct DeviceCode {
    /// The code the person types on the provider's page.
    pub user_code: String,
    /// The provider's page where the code is entered.
    pub verification_uri: String,
    /// The same page with the code filled in, when the provider gives one (shown as a link to open
    /// directly).
    pub verification_uri_complete: Option<String>,
    /// How long the code is valid (the provider's `expires_in`, 15 minutes when it does not say, at
    /// most a day).
    pub expires_in: Duration,
    /// How long to wait between polls (5 seconds when the provider does not say; `slow_down`
    /// lengthens it).
    pub interval: Duration,
    device_code: Secret,
}

fn client_pairs<'a>(s: &'a OAuth2Settings, pairs: &mut Vec<(&'a str, &'a str)>) {
    pairs.push(("client_id", s.client_id.as_str()));
    if !s.client_secret.expose().is_empty() {
        pairs.push(("client_secret", s.client_secret.expose()));
    }
}

fn text(answer: &serde_json::Map<String, serde_json::Value>, key: &str) -> Option<String> {
    answer
        .get(key)
        .and_then(|v| v.as_str())
        .filter(|v| !v.is_empty())
        .map(|v| v.chars().filter(|c| !c.is_control()).collect())
}

fn seconds(answer: &serde_json::Map<String, serde_json::Value>, key: &str) -> Option<Duration> {
    answer
        .get(key)
        .and_then(|v| v.as_u64().or_else(|| v.as_str()?.parse().ok()))
        .map(|s| Duration::from_secs(s.min(24 * 3600)))
}

/// Asks the device authorization endpoint for a code.
pub async fn start(s: &OAuth2Settings) -> Result<DeviceCode, DeviceError> {
    let endpoint: &Endpoint = s
        .device_url
        .as_ref()
        .ok_or(DeviceError::NoDeviceUrl(s.provider))?;
    let mut pairs = vec![("scope", s.scope.as_str())];
    client_pairs(s, &mut pairs);
    let (status, answer) = post_form(endpoint, form(&pairs)).await?;
    if let Some(error) = answer.get("error") {
        return Err(DeviceError::Refused(refused(endpoint, error, &answer)));
    }
    let missing = |field| DeviceError::Malformed {
        url: endpoint.url.clone(),
        status,
        field,
    };
    Ok(DeviceCode {
        device_code: Secret::new(
            text(&answer, "device_code").ok_or_else(|| missing("device_code"))?,
        ),
        user_code: text(&answer, "user_code").ok_or_else(|| missing("user_code"))?,
        // Google once called it verification_url.
        verification_uri: text(&answer, "verification_uri")
            .or_else(|| text(&answer, "verification_url"))
            .ok_or_else(|| missing("verification_uri"))?,
        verification_uri_complete: text(&answer, "verification_uri_complete"),
        expires_in: seconds(&answer, "expires_in").unwrap_or(Duration::from_secs(900)),
        interval: seconds(&answer, "interval")
            .filter(|i| !i.is_zero())
            .unwrap_or(DEFAULT_INTERVAL),
    })
}

/// Polls the token endpoint until the person has signed in; returns the refresh token.
pub async fn poll(s: &OAuth2Settings, code: &DeviceCode) -> Result<Secret, DeviceError> {
    let deadline = Instant::now() + code.expires_in;
    let mut interval = code.interval;
    loop {
        tokio::time::sleep(interval).await;
        if Instant::now() > deadline {
            return Err(DeviceError::Expired);
        }
        let mut pairs = vec![
            ("grant_type", GRANT_TYPE),
            ("device_code", code.device_code.expose()),
        ];
        client_pairs(s, &mut pairs);
        let (status, answer) = post_form(&s.token_url, form(&pairs)).await?;
        match answer.get("error").and_then(|e| e.as_str()) {
            Some("authorization_pending") => continue,
            Some("slow_down") => {
                interval += SLOW_DOWN_STEP;
                tracing::debug!(interval_secs = interval.as_secs(), "device flow: slow_down");
                continue;
            }
            Some("expired_token") => return Err(DeviceError::Expired),
            Some(_) => {
                return Err(DeviceError::Refused(refused(
                    &s.token_url,
                    &answer["error"],
                    &answer,
                )));
            }
            None => {}
        }
        return text(&answer, "refresh_token")
            .map(Secret::new)
            .ok_or(DeviceError::Malformed {
                url: s.token_url.url.clone(),
                status,
                field: "refresh_token (does the scope ask for offline access?)",
            });
    }
}

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

/// The provider (custom unless named) and its endpoints: given, else the provider's preset.
fn endpoints(raw: &RawOAuth2) -> Result<(Provider, Endpoint, Option<Endpoint>), ConfigError> {
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
    Ok((provider, token_url, device_url))
}

/// `oauth2.mechanism`: how IMAP presents the token (XOAUTH2 unless OAUTHBEARER is named).
fn mechanism(raw: &RawOAuth2) -> Result<SaslMechanism, ConfigError> {
    match text(&raw.mechanism).map(str::to_ascii_lowercase).as_deref() {
        None | Some("xoauth2") => Ok(SaslMechanism::Xoauth2),
        Some("oauthbearer") => Ok(SaslMechanism::OAuthBearer),
        Some(other) => Err(invalid(
            "oauth2.mechanism",
            format!("{other:?} is not one of xoauth2, oauthbearer"),
        )),
    }
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
    let (provider, token_url, device_url) = endpoints(raw)?;
    let preset = provider.preset();
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
    let mechanism = mechanism(raw)?;
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
        client_secret: Secret::new(
            raw.client_secret
                .clone()
                .unwrap_or_default()
                .trim()
                .to_string(),
        ),
        refresh_token: Secret::new(
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

#[cfg(test)]
mod tests {
    use super::super::*;

    fn load(pairs: &[(&str, &str)]) -> Result<Config, ConfigError> {
        let env = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        Config::load_with_env(
            &Path::new(env!("CARGO_MANIFEST_DIR")).join("config/sebadesk.toml"),
            &env,
        )
    }

    #[test]
    fn password_stays_the_default_and_oauth2_is_shared_by_imap_and_smtp() {
        let c = load(&[]).unwrap();
        assert!(matches!(c.imap.server.auth, ServerAuth::Password));
        assert!(c.oauth2.is_none());
        let c = load(&[
            ("SEBADESK_IMAP_AUTH", "oauth2"),
            ("SEBADESK_SMTP_AUTH", "OAuth2"),
            ("SEBADESK_OAUTH2_PROVIDER", "microsoft"),
            ("SEBADESK_OAUTH2_CLIENT_ID", "abc"),
            ("SEBADESK_OAUTH2_CLIENT_SECRET", "s3cr3t-value"),
            ("SEBADESK_OAUTH2_REFRESH_TOKEN", "rt-value"),
            ("SEBADESK_OAUTH2_MECHANISM", "oauthbearer"),
        ])
        .unwrap();
        let (ServerAuth::OAuth2(imap), ServerAuth::OAuth2(_)) =
            (&c.imap.server.auth, &c.smtp.server.auth)
        else {
            panic!("both oauth2");
        };
        let s = imap.settings();
        assert!(
            s.token_url
                .url
                .starts_with("https://login.microsoftonline.com/")
        );
        assert!(s.scope.contains("IMAP.AccessAsUser.All"));
        assert_eq!(s.mechanism, crate::oauth::SaslMechanism::OAuthBearer);
        assert_eq!(s.refresh_token().unwrap().expose(), "rt-value");
        let shown = format!("{c:?}");
        assert!(!shown.contains("s3cr3t-value") && !shown.contains("rt-value"));
    }

    #[test]
    fn oauth2_mistakes_name_their_key() {
        for (vars, expected) in [
            (
                &[("SEBADESK_IMAP_AUTH", "oauth2")][..],
                "config key imap.auth: oauth2 needs an [oauth2] section",
            ),
            (
                &[("SEBADESK_IMAP_AUTH", "token")][..],
                "config key imap.auth: \"token\" is not one of password, oauth2",
            ),
            (
                &[("SEBADESK_OAUTH2_PROVIDER", "yahoo")][..],
                "config key oauth2.provider",
            ),
            (
                &[("SEBADESK_OAUTH2_CLIENT_ID", "x")][..],
                "config key oauth2.token_url: is required unless",
            ),
            (
                &[
                    ("SEBADESK_OAUTH2_CLIENT_ID", "x"),
                    ("SEBADESK_OAUTH2_TOKEN_URL", "http://idp.example.test/token"),
                ][..],
                "config key oauth2.token_url: http://idp.example.test/token is not an https:// URL",
            ),
            (
                &[("SEBADESK_OAUTH2_PROVIDER", "google")][..],
                "config key oauth2.client_id: is required",
            ),
        ] {
            let e = load(vars)
                .err()
                .unwrap_or_else(|| panic!("{vars:?} accepted"));
            assert!(e.to_string().starts_with(expected), "{vars:?}: {e}");
        }
    }

    #[test]
    fn a_refresh_token_file_others_can_read_is_refused() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("rt");
        std::fs::write(&file, "rt\n").unwrap();
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644)).unwrap();
        let path = file.display().to_string();
        let e = load(&[
            ("SEBADESK_OAUTH2_PROVIDER", "google"),
            ("SEBADESK_OAUTH2_CLIENT_ID", "x"),
            ("SEBADESK_OAUTH2_REFRESH_TOKEN_FILE", &path),
        ])
        .unwrap_err();
        assert!(e.to_string().contains("oauth2.refresh_token_file"), "{e}");
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o600)).unwrap();
        let c = load(&[
            ("SEBADESK_OAUTH2_PROVIDER", "google"),
            ("SEBADESK_OAUTH2_CLIENT_ID", "x"),
            ("SEBADESK_OAUTH2_REFRESH_TOKEN_FILE", &path),
        ])
        .unwrap();
        assert_eq!(
            c.oauth2
                .unwrap()
                .settings()
                .refresh_token()
                .unwrap()
                .expose(),
            "rt"
        );
    }
}

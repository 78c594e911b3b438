//! Sign-in without passwords: a one-time link (random, stored hashed, valid
//! [`LINK_MINUTES`], single use) mailed through the outbox; the link opens a page whose
//! button POSTs the token, and only that POST signs in (mail scanners open links). Sessions
//! are rows (the cookie holds a random id, the row its hash), ended by signing out.
//!
//! Link requests are limited per address and per client, counted in the database (a whole
//! office shares one IP address; several replicas share one database). The answer is the
//! same whoever asks: nobody learns which addresses may sign in.

use axum::http::{HeaderMap, header};
use jiff::{SignedDuration, Timestamp};
use sha2::Digest;

use super::WebDesk;
use super::access::Access;
use crate::config::Config;
use crate::domain::{EmailAddress, OutboxKind};
use crate::store::outbox::{NewOutboxMail, enqueue};
use crate::store::{Store, StoreError};

/// How long a sign-in link may be used.
pub const LINK_MINUTES: i64 = 15;
/// How long a session lasts (a working day, then a new link).
pub const SESSION_HOURS: i64 = 12;
/// Link requests allowed per e-mail address within [`LINK_MINUTES`].
pub const PER_ADDRESS: i64 = 5;
/// Link requests allowed per client (IP) address within [`LINK_MINUTES`].
pub const PER_CLIENT: i64 = 30;

/// The session cookie's name; its value is the session id, stored only as its SHA-256.
pub const SESSION_COOKIE: &str = "sd_session";
/// Before sign-in: the random id the sign-in forms' CSRF token is derived from.
pub const PRE_COOKIE: &str = "sd_pre";

/// Why a sign-in step failed (the pages answer each without saying whether an address exists).
#[derive(Debug, thiserror::Error)]
pub enum AuthError {
    /// The database failed.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The operating system gave no random bytes for a token.
    #[error("no randomness from the operating system")]
    Random,
    /// The address is no officer, supervisor or `web.admins` entry of the deployment.
    #[error("{0} may not sign in to the web desk (not an officer, supervisor or web.admins)")]
    NotAUser(String),
    /// Neither `web.base_url` nor `web.listen` is set, so a link cannot name the desk.
    #[error("web.base_url is not set (nor web.listen): links need the desk's address")]
    NoBaseUrl,
    /// The sign-in mail could not be rendered.
    #[error("cannot build the sign-in mail: {0}")]
    Render(String),
}

/// Lower-case hex SHA-256 of `text`: how link tokens and session ids are stored (a leaked
/// table signs nobody in).
pub fn sha256_hex(text: &str) -> String {
    sha2::Sha256::digest(text.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// 256 random bits as 64 hex digits.
pub fn random_token() -> Result<String, AuthError> {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).map_err(|_| AuthError::Random)?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

/// Whether a string can be a token of ours (64 lower-case hex digits): anything else is
/// refused before it reaches the database.
pub fn looks_like_token(s: &str) -> bool {
    s.len() == 64
        && s.bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// Creates a sign-in link for `email` (who must be a user) and returns its URL. For the
/// operator's `sebadesk web link` and for the mailed link.
pub async fn create_link(
    config: &Config,
    store: &Store,
    email: &str,
    now: Timestamp,
) -> Result<String, AuthError> {
    let access = Access::of(config, email).ok_or_else(|| AuthError::NotAUser(email.into()))?;
    if config.web.base_url.is_empty() {
        return Err(AuthError::NoBaseUrl);
    }
    let token = random_token()?;
    store
        .insert_web_link(
            &sha256_hex(&token),
            &access.email,
            now,
            now + SignedDuration::from_mins(LINK_MINUTES),
        )
        .await?;
    Ok(format!("{}/signin/{token}", config.web.base_url))
}

/// A sign-in link asked for on the sign-in page: mailed if `typed` is a user and the limits
/// allow; nothing otherwise. The caller answers the same in every case.
pub async fn request_link(web: &WebDesk, typed: &str, client: &str) -> Result<(), AuthError> {
    let now = web.clock.now();
    let typed = typed.trim().to_lowercase();
    let window = now - SignedDuration::from_mins(LINK_MINUTES);
    // Forget what no limit looks at any more (a day of attempts; dead sessions and links).
    web.store
        .purge_web(now, now - SignedDuration::from_hours(24))
        .await?;
    let address_scope = format!("address:{}", sha256_hex(&typed));
    let client_scope = format!("client:{client}");
    let counts = web
        .store
        .web_attempt(&[&address_scope, &client_scope], now, window)
        .await?;
    if counts[0] > PER_ADDRESS || counts[1] > PER_CLIENT {
        tracing::warn!(
            per_address = counts[0],
            per_client = counts[1],
            "web desk: sign-in link requests over the limit; no link sent"
        );
        return Ok(());
    }
    let Some(access) = Access::of(&web.config, &typed) else {
        tracing::info!("web desk: sign-in link asked for an address that is no user");
        return Ok(());
    };
    let Ok(to) = EmailAddress::parse(&typed) else {
        return Ok(());
    };
    // From the first office the user works for (its mailbox and SMTP identity).
    let office = web
        .desks
        .iter()
        .find(|d| access.role(&d.config.office.code).is_some())
        .map(|d| d.config.office.clone())
        .unwrap_or_else(|| web.config.office.clone());
    let url = create_link(&web.config, &web.store, &typed, now).await?;
    let mail = crate::outbox::officer_mail::web_sign_in(&office, &to, &url, LINK_MINUTES, now)
        .map_err(|e| AuthError::Render(e.message))?;
    let mut tx = web.store.begin().await?;
    enqueue(
        &mut tx,
        &NewOutboxMail {
            ticket_id: None,
            kind: OutboxKind::WebSignIn.as_str(),
            dedup_key: &format!("web-sign-in:{}", mail.message_id),
            mail_from: office.address.as_str(),
            rcpt_to: to.as_str(),
            message_id: &mail.message_id,
            raw: &mail.raw,
        },
        now,
    )
    .await?;
    tx.commit().await.map_err(StoreError::from)?;
    tracing::info!(office = %office.code, "web desk: sign-in link queued");
    Ok(())
}

/// Spends a link and opens a session: the new session id (for the cookie) and the user.
pub async fn sign_in(web: &WebDesk, token: &str) -> Result<Option<(String, Access)>, AuthError> {
    if !looks_like_token(token) {
        return Ok(None);
    }
    let now = web.clock.now();
    let Some(email) = web.store.spend_web_link(&sha256_hex(token), now).await? else {
        return Ok(None);
    };
    // The configuration may have changed since the link was made.
    let Some(access) = Access::of(&web.config, &email) else {
        return Ok(None);
    };
    let session = random_token()?;
    web.store
        .insert_web_session(
            &sha256_hex(&session),
            &access.email,
            now,
            now + SignedDuration::from_hours(SESSION_HOURS),
        )
        .await?;
    tracing::info!(offices = access.grants.len(), "web desk: signed in");
    Ok(Some((session, access)))
}

/// Whether a link may still be spent (the landing page says so before the button).
pub async fn link_usable(web: &WebDesk, token: &str) -> Result<bool, AuthError> {
    Ok(looks_like_token(token)
        && web
            .store
            .web_link_usable(&sha256_hex(token), web.clock.now())
            .await?)
}

/// The value of cookie `name`.
pub fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.to_string())
        .filter(|v| looks_like_token(v))
}

/// `Set-Cookie` for `name`: HttpOnly, SameSite=Lax (Strict would break links from reminder
/// mails), Secure when the desk is reached over https.
pub fn set_cookie(name: &str, value: &str, max_age_secs: i64, secure: bool) -> String {
    format!(
        "{name}={value}; Path=/; HttpOnly; SameSite=Lax; Max-Age={max_age_secs}{}",
        if secure { "; Secure" } else { "" }
    )
}

/// A signed-in user, from the session cookie.
#[derive(Debug, Clone)]
pub struct User {
    /// What the user may do in each office.
    pub access: Access,
    /// The session id from the cookie (the CSRF token is derived from it); never logged.
    pub session: String,
}

/// The user of a request's session cookie; `None` without a cookie, or for an expired or
/// unknown session, or an address that no longer has a role.
pub async fn current_user(web: &WebDesk, headers: &HeaderMap) -> Result<Option<User>, AuthError> {
    Ok(current_user_and_lang(web, headers)
        .await?
        .map(|(user, _)| user))
}

/// [`current_user`] and the language they chose (`bn`, `en`, or none yet), in one read.
pub async fn current_user_and_lang(
    web: &WebDesk,
    headers: &HeaderMap,
) -> Result<Option<(User, Option<String>)>, AuthError> {
    let Some(session) = cookie(headers, SESSION_COOKIE) else {
        return Ok(None);
    };
    let Some((email, lang)) = web
        .store
        .web_session_and_lang(&sha256_hex(&session), web.clock.now())
        .await?
    else {
        return Ok(None);
    };
    Ok(Access::of(&web.config, &email).map(|access| (User { access, session }, lang)))
}

/// Signs the user out: the session is deleted, so the cookie no longer works anywhere.
pub async fn sign_out(web: &WebDesk, user: &User) -> Result<(), AuthError> {
    web.store
        .end_web_session(&sha256_hex(&user.session))
        .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sla::Clock;

    /// A web desk over a fresh SQLite file, the example config and a manual clock.
    async fn desk(dir: &std::path::Path) -> (WebDesk, std::sync::Arc<crate::sla::ManualClock>) {
        use std::sync::Arc;
        let env: std::collections::BTreeMap<String, String> = [
            ("SEBADESK_WEB_LISTEN", "127.0.0.1:8080"),
            ("SEBADESK_WEB_ADMINS", "admin@office.test"),
        ]
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
        let config = Arc::new(
            Config::load_with_env(
                &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("config/sebadesk.toml"),
                &env,
            )
            .unwrap(),
        );
        let store = Store::connect(&format!("sqlite://{}/web.db", dir.display()), 2)
            .await
            .unwrap();
        store.migrate().await.unwrap();
        let clock = Arc::new(crate::sla::ManualClock::new(
            "2026-12-03T04:00:00Z".parse().unwrap(),
        ));
        let desk = crate::tickets::Desk::new(config.clone(), store.clone(), clock.clone()).unwrap();
        (
            WebDesk {
                config,
                desks: vec![Arc::new(desk)],
                store,
                clock: clock.clone(),
            },
            clock,
        )
    }

    fn token_of(url: &str) -> &str {
        url.rsplit('/').next().unwrap()
    }

    #[tokio::test]
    async fn a_link_signs_in_once_and_only_within_its_minutes() {
        let dir = tempfile::tempdir().unwrap();
        let (web, clock) = desk(dir.path()).await;
        let officer = web.config.office.officer_email.to_string();
        let url = create_link(&web.config, &web.store, &officer, clock.now())
            .await
            .unwrap();
        assert!(url.starts_with("http://127.0.0.1:8080/signin/"), "{url}");
        assert!(link_usable(&web, token_of(&url)).await.unwrap());
        let (session, access) = sign_in(&web, token_of(&url)).await.unwrap().unwrap();
        assert_eq!(access.email, officer);
        assert!(
            sign_in(&web, token_of(&url)).await.unwrap().is_none(),
            "used twice"
        );
        assert!(!link_usable(&web, token_of(&url)).await.unwrap());

        // The session is a row: found by its cookie, gone after sign-out.
        let mut headers = HeaderMap::new();
        headers.insert(
            header::COOKIE,
            format!("{SESSION_COOKIE}={session}").parse().unwrap(),
        );
        let user = current_user(&web, &headers).await.unwrap().unwrap();
        sign_out(&web, &user).await.unwrap();
        assert!(current_user(&web, &headers).await.unwrap().is_none());

        // Expired after LINK_MINUTES.
        let url = create_link(&web.config, &web.store, &officer, clock.now())
            .await
            .unwrap();
        clock.advance(SignedDuration::from_mins(LINK_MINUTES));
        assert!(
            sign_in(&web, token_of(&url)).await.unwrap().is_none(),
            "expired link"
        );
        // Strangers get no link from the operator's command either.
        assert!(matches!(
            create_link(
                &web.config,
                &web.store,
                "citizen1@example.test",
                clock.now()
            )
            .await,
            Err(AuthError::NotAUser(_))
        ));
    }

    #[tokio::test]
    async fn link_requests_are_limited_per_address_and_strangers_get_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let (web, clock) = desk(dir.path()).await;
        let officer = web.config.office.officer_email.to_string();
        let queued = |web: &WebDesk| {
            let store = web.store.clone();
            let now = web.clock.now();
            async move { store.backlog(now).await.unwrap().queued_mail }
        };
        request_link(&web, "stranger@example.test", "10.0.0.1")
            .await
            .unwrap();
        assert_eq!(queued(&web).await, 0, "no mail to a stranger");
        for _ in 0..PER_ADDRESS + 3 {
            request_link(&web, &officer.to_uppercase(), "10.0.0.1")
                .await
                .unwrap();
        }
        assert_eq!(queued(&web).await, PER_ADDRESS, "per address");
        // Another address from the same client still gets one…
        request_link(&web, "admin@office.test", "10.0.0.1")
            .await
            .unwrap();
        assert_eq!(queued(&web).await, PER_ADDRESS + 1);
        // …until the client's own limit.
        for _ in 0..PER_CLIENT {
            request_link(&web, "admin@office.test", "10.0.0.1")
                .await
                .unwrap();
        }
        assert_eq!(queued(&web).await, PER_ADDRESS * 2);
        // The window passes: the officer may ask again.
        clock.advance(SignedDuration::from_mins(LINK_MINUTES + 1));
        request_link(&web, &officer, "10.0.0.2").await.unwrap();
        assert_eq!(queued(&web).await, PER_ADDRESS * 2 + 1);
    }

    #[test]
    fn tokens_and_cookies() {
        let t = random_token().unwrap();
        assert!(looks_like_token(&t));
        assert_ne!(t, random_token().unwrap());
        assert!(!looks_like_token("../etc/passwd"));
        assert!(!looks_like_token(&t.to_uppercase()));
        let mut h = HeaderMap::new();
        h.insert(
            header::COOKIE,
            format!("a=b; {SESSION_COOKIE}={t}; x=y").parse().unwrap(),
        );
        assert_eq!(cookie(&h, SESSION_COOKIE), Some(t.clone()));
        h.insert(
            header::COOKIE,
            format!("{SESSION_COOKIE}=nope").parse().unwrap(),
        );
        assert_eq!(cookie(&h, SESSION_COOKIE), None);
        let c = set_cookie(SESSION_COOKIE, &t, 60, true);
        assert!(c.contains("HttpOnly") && c.contains("SameSite=Lax") && c.ends_with("Secure"));
        assert!(!set_cookie(SESSION_COOKIE, &t, 60, false).contains("Secure"));
    }
}

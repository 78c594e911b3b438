//! OAuth2 sign-in against the real Dovecot (its oauth2 passdb) and Postfix (submission through
//! Dovecot SASL): the test runs the provider — token endpoint, device authorization endpoint
//! and the introspection endpoint Dovecot asks — as a small HTTP server in this process.

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::extract::{Form, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::{Json, Router};
use serde_json::json;

use crate::helpers::*;

const DESK: &str = "ict.melandaha@office.test";
const CLIENT_ID: &str = "sebadesk-test-client";
const CLIENT_SECRET: &str = "client-secret-4b7e1d0c";
const REFRESH_TOKEN: &str = "refresh-token-9f3a77c2e5";

/// The provider's state, as the test sees and steers it.
#[derive(Default)]
struct Provider {
    refresh_tokens: HashSet<String>,
    /// Access token → (user, valid until).
    access: HashMap<String, (String, Instant)>,
    /// Lifetime of the access tokens handed out now.
    lifetime: Duration,
    refreshes: u32,
    refused_refreshes: u32,
    introspections: u32,
    refused_introspections: u32,
    /// Every access token ever handed out (the log must show none of them).
    issued: Vec<String>,
    /// Device flow: the token endpoint's answers to a device_code grant, in order, and when
    /// each poll came.
    device_answers: Vec<&'static str>,
    device_polls: Vec<Instant>,
    device_client_ok: bool,
}

type Shared = Arc<Mutex<Provider>>;

fn oauth_error(error: &str) -> Response {
    (
        StatusCode::BAD_REQUEST,
        Json(json!({"error": error, "error_description": "as the test says"})),
    )
        .into_response()
}

async fn token(State(p): State<Shared>, Form(form): Form<HashMap<String, String>>) -> Response {
    let mut p = p.lock().unwrap();
    let client_ok = form.get("client_id").map(String::as_str) == Some(CLIENT_ID)
        && form.get("client_secret").map(String::as_str) == Some(CLIENT_SECRET);
    match form.get("grant_type").map(String::as_str) {
        Some("refresh_token") => {
            let known = form
                .get("refresh_token")
                .is_some_and(|t| p.refresh_tokens.contains(t));
            if !client_ok {
                return oauth_error("invalid_client");
            }
            if !known {
                p.refused_refreshes += 1;
                return oauth_error("invalid_grant");
            }
            p.refreshes += 1;
            let token = format!("access-{}-{:08x}", p.refreshes, rand_u32());
            let until = Instant::now() + p.lifetime;
            p.access.insert(token.clone(), (DESK.to_string(), until));
            p.issued.push(token.clone());
            Json(json!({
                "access_token": token,
                "token_type": "Bearer",
                "expires_in": p.lifetime.as_secs(),
                "scope": "mail",
            }))
            .into_response()
        }
        Some("urn:ietf:params:oauth:grant-type:device_code") => {
            p.device_polls.push(Instant::now());
            p.device_client_ok &=
                client_ok && form.get("device_code").map(String::as_str) == Some("device-code-1");
            let answer = if p.device_answers.is_empty() {
                "authorization_pending"
            } else {
                p.device_answers.remove(0)
            };
            if answer == "ok" {
                Json(json!({
                    "access_token": "access-from-device",
                    "token_type": "Bearer",
                    "expires_in": 3600,
                    "refresh_token": "refresh-from-device-c0ffee",
                }))
                .into_response()
            } else {
                oauth_error(answer)
            }
        }
        _ => oauth_error("unsupported_grant_type"),
    }
}

async fn device(State(p): State<Shared>, Form(form): Form<HashMap<String, String>>) -> Response {
    let mut p = p.lock().unwrap();
    p.device_client_ok = form.get("client_id").map(String::as_str) == Some(CLIENT_ID)
        && form.get("scope").map(String::as_str) == Some("mail offline");
    Json(json!({
        "device_code": "device-code-1",
        "user_code": "WDJB-MJHT",
        "verification_uri": "https://provider.example.test/device",
        "expires_in": 120,
        "interval": 1,
    }))
    .into_response()
}

/// Dovecot's `introspection_mode = post`: `token=…`; the answer's `active` and `email`.
async fn introspect(
    State(p): State<Shared>,
    Form(form): Form<HashMap<String, String>>,
) -> Response {
    let mut p = p.lock().unwrap();
    p.introspections += 1;
    let now = Instant::now();
    let user = form
        .get("token")
        .and_then(|t| p.access.get(t))
        .filter(|(_, until)| now < *until)
        .map(|(user, _)| user.clone());
    match user {
        Some(user) => Json(json!({"active": true, "email": user})).into_response(),
        None => {
            p.refused_introspections += 1;
            Json(json!({"active": false})).into_response()
        }
    }
}

fn rand_u32() -> u32 {
    let mut b = [0u8; 4];
    getrandom::fill(&mut b).unwrap();
    u32::from_le_bytes(b)
}

/// The provider on 127.0.0.1; its base URL.
async fn start_provider(provider: Shared) -> String {
    let app = Router::new()
        .route("/token", post(token))
        .route("/device", post(device))
        .route("/introspect", post(introspect))
        .with_state(provider);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    url
}

fn new_provider(lifetime: Duration) -> Shared {
    Arc::new(Mutex::new(Provider {
        refresh_tokens: [REFRESH_TOKEN.to_string()].into(),
        lifetime,
        ..Default::default()
    }))
}

struct OAuthDesk {
    stack: MailStack,
    provider: Shared,
    daemon: Daemon,
    env: Vec<(String, String)>,
}

impl OAuthDesk {
    /// Stops the daemon and starts a new one with the same settings (no token in memory).
    fn restart_daemon(&mut self) {
        self.daemon.stop();
        let env: Vec<(&str, &str)> = self
            .env
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        self.daemon = Daemon::start(&self.stack, &env);
    }
}

/// A stack whose Dovecot asks this test's provider, and the daemon signing in with OAuth2
/// (IMAP with `mechanism`, SMTP with XOAUTH2 unless `smtp_auth` says otherwise). The
/// configured passwords are wrong: only the tokens can sign in.
async fn oauth_desk(
    mechanism: &str,
    lifetime: Duration,
    smtp_auth: &str,
    extra: &[(&str, &str)],
) -> OAuthDesk {
    let provider = new_provider(lifetime);
    let url = start_provider(provider.clone()).await;
    let introspect = format!("{url}/introspect");
    let stack =
        MailStack::start_with_options(&[], &[("MAILSTACK_OAUTH2_INTROSPECTION_URL", &introspect)]);
    let token_file = stack.dir.join("oauth2-refresh-token");
    sebadesk::oauth::write_secret_file(&token_file, REFRESH_TOKEN).unwrap();
    let token_url = format!("{url}/token");
    let token_file = token_file.display().to_string();
    let smtp_password = if smtp_auth == "password" {
        "ict.melandaha-pass"
    } else {
        "not-the-password"
    };
    let mut env = vec![
        ("SEBADESK_IMAP_AUTH", "oauth2"),
        ("SEBADESK_IMAP_PASSWORD", "not-the-password"),
        ("SEBADESK_SMTP_AUTH", smtp_auth),
        ("SEBADESK_SMTP_PASSWORD", smtp_password),
        ("SEBADESK_OAUTH2_TOKEN_URL", &token_url),
        ("SEBADESK_OAUTH2_CLIENT_ID", CLIENT_ID),
        ("SEBADESK_OAUTH2_CLIENT_SECRET", CLIENT_SECRET),
        ("SEBADESK_OAUTH2_REFRESH_TOKEN_FILE", &token_file),
        ("SEBADESK_OAUTH2_MECHANISM", mechanism),
    ];
    env.extend_from_slice(extra);
    let mut daemon = Daemon::start(&stack, &env);
    daemon.wait_watching().await;
    let env = env
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    OAuthDesk {
        stack,
        provider,
        daemon,
        env,
    }
}

const SUBJECT: &str = "ইউনিয়ন পরিষদের ওয়েব পোর্টাল হালনাগাদ";
const BODY: &str = "জনাব,\nআমাদের ইউনিয়ন পরিষদের ওয়েব পোর্টালে নতুন চেয়ারম্যানের নাম ও ছবি হালনাগাদ করা প্রয়োজন। \
                    অনুগ্রহ করে সহায়তা করবেন।\n";

/// A request into the desk's mailbox; waits for the citizen's acknowledgement number `n`.
async fn request_is_acknowledged(desk: &OAuthDesk, citizen: &str, id: &str, n: usize) {
    let mut office = desk.stack.imap(DESK).await;
    let mut inbox = desk.stack.imap(citizen).await;
    office
        .append(&bangla_request(citizen, id, SUBJECT, BODY))
        .await;
    assert!(
        inbox.wait_for(n, Duration::from_secs(30)).await.is_some(),
        "no acknowledgement {n} for {id}:\n{}",
        desk.daemon.log_text()
    );
}

fn assert_no_secret_in_log(desk: &OAuthDesk) {
    let log = desk.daemon.log_text();
    let p = desk.provider.lock().unwrap();
    for secret in [REFRESH_TOKEN, CLIENT_SECRET]
        .into_iter()
        .chain(p.issued.iter().map(String::as_str))
    {
        assert!(!log.contains(secret), "a secret is in the daemon's log");
    }
}

async fn signs_in_and_acknowledges(mechanism: &str) {
    let desk = oauth_desk(mechanism, Duration::from_secs(3600), "oauth2", &[]).await;
    request_is_acknowledged(&desk, "citizen1@example.test", "oauth-1@example.test", 1).await;
    let tickets = tickets_json(&desk.stack);
    assert_eq!(tickets.len(), 1, "{tickets:?}");
    {
        let p = desk.provider.lock().unwrap();
        // One refresh served both IMAP and SMTP; Dovecot checked the token for each login.
        assert_eq!(p.refreshes, 1);
        assert!(p.introspections >= 2, "{}", p.introspections);
        assert_eq!(p.refused_introspections, 0);
    }
    let dovecot_log =
        std::fs::read_to_string(desk.stack.dir.join("log/dovecot.log")).unwrap_or_default();
    let wanted = format!("method={}", mechanism.to_ascii_uppercase());
    assert!(
        dovecot_log.contains(&wanted),
        "Dovecot saw no {wanted} login:\n{dovecot_log}"
    );
    assert_no_secret_in_log(&desk);
}

#[tokio::test(flavor = "multi_thread")]
async fn xoauth2_sign_in_takes_mail_in_and_acknowledges_over_smtp_xoauth2() {
    signs_in_and_acknowledges("xoauth2").await;
}

#[tokio::test(flavor = "multi_thread")]
async fn oauthbearer_sign_in_takes_mail_in_and_acknowledges_over_smtp_xoauth2() {
    signs_in_and_acknowledges("oauthbearer").await;
}

/// A token that expires is replaced before it is used (no refused login), and one the
/// provider ends early is replaced after the server refuses it; the desk keeps working.
#[tokio::test(flavor = "multi_thread")]
async fn expired_access_tokens_are_refreshed_and_the_desk_keeps_working() {
    let desk = oauth_desk("xoauth2", Duration::from_secs(3), "oauth2", &[]).await;
    request_is_acknowledged(&desk, "citizen1@example.test", "exp-1@example.test", 1).await;

    // Past its lifetime: a new login takes a new token first.
    tokio::time::sleep(Duration::from_secs(4)).await;
    let before = desk.provider.lock().unwrap().refreshes;
    desk.stack.kick(DESK);
    request_is_acknowledged(&desk, "citizen2@example.test", "exp-2@example.test", 1).await;
    {
        let p = desk.provider.lock().unwrap();
        assert!(p.refreshes > before, "no refresh before expiry");
        assert_eq!(p.refused_introspections, 0, "an expired token was used");
    }

    // Ended early by the provider (as after a password change): refused, refreshed, retried.
    {
        let mut p = desk.provider.lock().unwrap();
        p.lifetime = Duration::from_secs(3600);
        p.access.clear();
    }
    desk.stack.kick(DESK);
    tokio::time::sleep(Duration::from_millis(500)).await;
    {
        // The kick may have raced a reconnect that refreshed on its own: end that one too.
        desk.provider.lock().unwrap().access.clear();
    }
    desk.stack.kick(DESK);
    request_is_acknowledged(&desk, "citizen3@example.test", "exp-3@example.test", 1).await;
    {
        let p = desk.provider.lock().unwrap();
        assert!(
            p.refused_introspections >= 1,
            "the ended token was never tried"
        );
    }
    assert!(
        desk.daemon
            .log_text()
            .contains("IMAP refused the access token: refreshing it"),
        "{}",
        desk.daemon.log_text()
    );
    assert_eq!(tickets_json(&desk.stack).len(), 3);
    assert_no_secret_in_log(&desk);
}

/// The refresh token revoked: intake fails, the officer gets the same health alert as for a
/// refused password (sent here over SMTP with a password), and no secret is logged.
#[tokio::test(flavor = "multi_thread")]
async fn a_revoked_refresh_token_alerts_the_officer_and_logs_no_secret() {
    let mut desk = oauth_desk(
        "xoauth2",
        Duration::from_secs(3600),
        "password",
        &[
            ("SEBADESK_HEALTH_ALERT_AFTER", "1"),
            ("SEBADESK_REMINDERS_INTERVAL", "1"),
            ("SEBADESK_REMINDERS_NOTIFY_NEW", "false"),
        ],
    )
    .await;
    {
        let mut p = desk.provider.lock().unwrap();
        p.refresh_tokens.clear();
        p.access.clear();
    }
    // A new daemon has no access token in memory: its first sign-in needs the refresh.
    desk.restart_daemon();
    let mut officer = desk.stack.imap("officer@office.test").await;
    assert!(
        officer.wait_for(1, Duration::from_secs(60)).await.is_some(),
        "no alert for the officer:\n{}",
        desk.daemon.log_text()
    );
    let alert = officer.messages().await.remove(0).2;
    let parsed = sebadesk::intake::parse::parse(&alert).unwrap();
    assert!(parsed.subject.contains("Alert"), "{}", parsed.subject);
    assert!(
        parsed.text.contains("invalid_grant") && parsed.text.contains("oauth login"),
        "{}",
        parsed.text
    );
    assert!(desk.provider.lock().unwrap().refused_refreshes >= 1);
    let log = desk.daemon.log_text();
    assert!(log.contains("OAuth2 token refresh refused"), "{log}");
    assert_no_secret_in_log(&desk);
    let status = sebadesk(&desk.stack, &[], &["status", "--format", "json"]);
    assert!(
        String::from_utf8_lossy(&status.stdout).contains("invalid_grant"),
        "{}",
        String::from_utf8_lossy(&status.stdout)
    );
}

/// `sebadesk oauth login` against the local provider: it polls at the given interval, keeps
/// polling while authorization is pending, slows down by 5 s when told, and writes the refresh
/// token (only) to the configured file, mode 600, without printing it.
#[tokio::test(flavor = "multi_thread")]
async fn oauth_login_runs_the_device_flow_and_writes_the_refresh_token() {
    let provider = new_provider(Duration::from_secs(3600));
    provider.lock().unwrap().device_answers = vec![
        "authorization_pending",
        "slow_down",
        "authorization_pending",
        "ok",
    ];
    let url = start_provider(provider.clone()).await;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("refresh-token");
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_sebadesk"));
    for (k, _) in std::env::vars().filter(|(k, _)| k.starts_with("SEBADESK_")) {
        cmd.env_remove(k);
    }
    let out = cmd
        .current_dir(project_root())
        .arg("--config")
        .arg(project_root().join("config/sebadesk.toml"))
        .args(["oauth", "login"])
        .env("SEBADESK_OAUTH2_TOKEN_URL", format!("{url}/token"))
        .env("SEBADESK_OAUTH2_DEVICE_URL", format!("{url}/device"))
        .env("SEBADESK_OAUTH2_SCOPE", "mail offline")
        .env("SEBADESK_OAUTH2_CLIENT_ID", CLIENT_ID)
        .env("SEBADESK_OAUTH2_CLIENT_SECRET", CLIENT_SECRET)
        .env("SEBADESK_OAUTH2_REFRESH_TOKEN_FILE", &file)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout).to_string();
    let stderr = String::from_utf8_lossy(&out.stderr).to_string();
    assert!(out.status.success(), "{stdout}\n{stderr}");
    assert!(
        stdout.contains("WDJB-MJHT") && stdout.contains("https://provider.example.test/device"),
        "{stdout}"
    );
    assert!(stdout.contains("এই কোডটি লিখুন"), "Bangla first: {stdout}");
    assert!(
        !stdout.contains("refresh-from-device") && !stderr.contains("refresh-from-device"),
        "the token was printed"
    );
    assert_eq!(
        std::fs::read_to_string(&file).unwrap().trim(),
        "refresh-from-device-c0ffee"
    );
    use std::os::unix::fs::PermissionsExt;
    assert_eq!(
        std::fs::metadata(&file).unwrap().permissions().mode() & 0o777,
        0o600
    );
    let p = provider.lock().unwrap();
    assert!(p.device_client_ok, "client, scope or device code not sent");
    let polls = &p.device_polls;
    assert_eq!(polls.len(), 4, "one poll per answer");
    let gaps: Vec<Duration> = polls.windows(2).map(|w| w[1] - w[0]).collect();
    // interval 1 s; after slow_down 1 + 5 = 6 s for this and every later poll.
    assert!(gaps[0] >= Duration::from_millis(900), "{gaps:?}");
    assert!(gaps[1] >= Duration::from_millis(5900), "{gaps:?}");
    assert!(gaps[2] >= Duration::from_millis(5900), "{gaps:?}");
}

/// SMTP is the first to use a token the provider has ended (IMAP stays signed in): the
/// submission server refuses it, the desk takes a new one and the acknowledgement goes out.
#[tokio::test(flavor = "multi_thread")]
async fn smtp_refreshes_a_token_the_server_refuses() {
    let desk = oauth_desk("xoauth2", Duration::from_secs(3600), "oauth2", &[]).await;
    {
        let mut p = desk.provider.lock().unwrap();
        p.access.clear();
    }
    request_is_acknowledged(&desk, "citizen1@example.test", "smtp-1@example.test", 1).await;
    let log = desk.daemon.log_text();
    assert!(
        log.contains("SMTP refused the access token: refreshing it"),
        "{log}"
    );
    {
        let p = desk.provider.lock().unwrap();
        assert_eq!(
            p.refreshes, 2,
            "one refresh at start, one after the refusal"
        );
        assert!(p.refused_introspections >= 1);
    }
    assert_no_secret_in_log(&desk);
}

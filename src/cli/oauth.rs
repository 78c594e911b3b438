//! `sebadesk oauth login`: the device-code sign-in that gives the desk its refresh token.

use anyhow::Context;

use super::{OauthProvider, UsageError};
use sebadesk::config::Config;
use sebadesk::oauth::{Provider, device, write_secret_file};
use sebadesk::text::safety::for_terminal as shown;

pub(crate) async fn login(config: &Config, provider: Option<OauthProvider>) -> anyhow::Result<()> {
    let account = config.oauth2.as_ref().ok_or_else(|| {
        UsageError(
            "[oauth2] is not configured: set at least oauth2.client_id, oauth2.provider and oauth2.refresh_token_file (README, \"OAuth2 sign-in\")".into(),
        )
    })?;
    let mut settings = account.settings().clone();
    if let Some(p) = provider {
        let wanted = match p {
            OauthProvider::Google => Provider::Google,
            OauthProvider::Microsoft => Provider::Microsoft,
        };
        if settings.provider != wanted && settings.provider != Provider::Custom {
            return Err(UsageError(format!(
                "--provider: the config's oauth2.provider is {:?}",
                settings.provider
            ))
            .into());
        }
        // A custom [oauth2] (endpoints of its own) takes from the preset what it lacks.
        if let Some((_, device_url, scope)) = wanted.preset() {
            if settings.device_url.is_none() {
                settings.device_url = Some(sebadesk::oauth::http::Endpoint::parse(device_url)?);
            }
            if settings.scope.is_empty() {
                settings.scope = scope.to_string();
            }
        }
    }
    let file = settings.refresh_token_file.clone().ok_or_else(|| {
        UsageError(
            "oauth2.refresh_token_file is not set: where should the refresh token go?".into(),
        )
    })?;
    let code = device::start(&settings)
        .await
        .context("asking for a sign-in code")?;
    let minutes = code.expires_in.as_secs().div_ceil(60);
    println!(
        "ডেস্কের মেইলবক্সে (OAuth2) সাইন-ইন: যেকোনো ডিভাইসে এই পাতাটি খুলুন\n  {}\nএবং এই কোডটি লিখুন: {}\n({} মিনিটের মধ্যে)\n",
        shown(&code.verification_uri),
        shown(&code.user_code),
        sebadesk::text::bangla::digits(&minutes.to_string()),
    );
    println!(
        "Sign the desk's mailbox in: open {} on any device and enter the code {} (within {minutes} minutes).",
        shown(
            code.verification_uri_complete
                .as_deref()
                .unwrap_or(&code.verification_uri)
        ),
        shown(&code.user_code)
    );
    println!("Waiting…");
    let refresh_token = device::poll(&settings, &code).await.context("signing in")?;
    write_secret_file(&file, refresh_token.expose())
        .with_context(|| format!("writing {}", file.display()))?;
    println!(
        "সাইন-ইন সম্পন্ন। Signed in: the refresh token is in {} (mode 600).",
        file.display()
    );
    Ok(())
}

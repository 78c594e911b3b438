//! `sebadesk web link --email ADDR`: a sign-in link for the operator to hand over (the first
//! sign-in, before any mail works), printed rather than mailed.

use super::*;

pub(crate) async fn link(deployment: &Config, email: &str) -> anyhow::Result<()> {
    use sebadesk::web::auth::{AuthError, create_link};
    if sebadesk::web::access::Access::of(deployment, email).is_none() {
        return Err(UsageError(format!(
            "--email: {} may not sign in to the web desk (not an office's officer, a supervisor or one of web.admins)",
            shown(email)
        ))
        .into());
    }
    let store = open_store(deployment).await?;
    let url = create_link(deployment, &store, email, jiff::Timestamp::now())
        .await
        .map_err(|e| match e {
            AuthError::NoBaseUrl => anyhow::Error::new(UsageError(e.to_string())),
            e => anyhow::Error::new(e).context("creating the sign-in link"),
        });
    store.close().await;
    println!("{}", url?);
    Ok(())
}

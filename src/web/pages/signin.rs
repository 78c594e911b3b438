//! Sign-in: the address form, the same answer for every address, the link's landing page
//! (a button, so that a mail scanner opening the link spends nothing), the POST that signs
//! in, and sign-out.

use std::net::SocketAddr;
use std::sync::Arc;

use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::{ConnectInfo, Path, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};

use super::{Chrome, WebError, signed_in, signed_in_post};
use crate::web::WebDesk;
use crate::web::auth::{
    self, PRE_COOKIE, SESSION_COOKIE, SESSION_HOURS, cookie, random_token, set_cookie,
};
use crate::web::csrf;

#[derive(Template, WebTemplate)]
#[template(path = "signin.html")]
struct SignInPage {
    c: Chrome,
    /// What the page shows: the form, "a link is on its way", the landing button, or
    /// "this link cannot be used".
    state: &'static str,
    token: String,
    minutes: i64,
}

/// The pre-session id of this browser (its cookie), or a new one to set.
fn pre_session(headers: &HeaderMap) -> Result<(String, Option<String>), WebError> {
    match cookie(headers, PRE_COOKIE) {
        Some(id) => Ok((id, None)),
        None => {
            let id = random_token()?;
            Ok((id.clone(), Some(id)))
        }
    }
}

fn page(
    web: &WebDesk,
    headers: &HeaderMap,
    state: &'static str,
    token: String,
) -> Result<Response, WebError> {
    let (pre, new) = pre_session(headers)?;
    let mut response = SignInPage {
        c: Chrome::anonymous(csrf::token_for(&pre)),
        state,
        token,
        minutes: auth::LINK_MINUTES,
    }
    .into_response();
    if state == "gone" {
        *response.status_mut() = StatusCode::GONE;
    }
    if let Some(id) = new
        && let Ok(v) = set_cookie(PRE_COOKIE, &id, 3600, web.secure()).parse()
    {
        response.headers_mut().append(header::SET_COOKIE, v);
    }
    Ok(response)
}

/// `GET /signin`: the form asking for an address (a signed-in user goes to the queue).
pub async fn form(
    State(web): State<Arc<WebDesk>>,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    if signed_in(&web, &headers).await?.is_some() {
        return Ok(Redirect::to("/").into_response());
    }
    page(&web, &headers, "form", String::new())
}

/// The sign-in form: the CSRF token (from the pre-sign-in cookie) and the typed address.
#[derive(serde::Deserialize)]
pub struct RequestForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    email: String,
}

/// A link asked for: the same page whatever the address.
pub async fn request(
    State(web): State<Arc<WebDesk>>,
    ConnectInfo(client): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    Form(form): Form<RequestForm>,
) -> Result<Response, WebError> {
    let Some(pre) = cookie(&headers, PRE_COOKIE) else {
        return Err(WebError::Forbidden);
    };
    if !csrf::valid(&pre, &form.csrf) {
        return Err(WebError::Forbidden);
    }
    if form.email.len() <= 254 {
        auth::request_link(&web, &form.email, &client.ip().to_string()).await?;
    }
    page(&web, &headers, "sent", String::new())
}

/// Where a mailed link lands: a button, nothing spent yet.
pub async fn landing(
    State(web): State<Arc<WebDesk>>,
    Path(token): Path<String>,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    if auth::link_usable(&web, &token).await? {
        page(&web, &headers, "confirm", token)
    } else {
        page(&web, &headers, "gone", String::new())
    }
}

/// The landing page's button: the CSRF token and the link's token.
#[derive(serde::Deserialize)]
pub struct ConfirmForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    token: String,
}

/// The button's POST: spends the link and signs in.
pub async fn confirm(
    State(web): State<Arc<WebDesk>>,
    headers: HeaderMap,
    Form(form): Form<ConfirmForm>,
) -> Result<Response, WebError> {
    let Some(pre) = cookie(&headers, PRE_COOKIE) else {
        return Err(WebError::Forbidden);
    };
    if !csrf::valid(&pre, &form.csrf) {
        return Err(WebError::Forbidden);
    }
    let Some((session, _access)) = auth::sign_in(&web, &form.token).await? else {
        return page(&web, &headers, "gone", String::new());
    };
    let mut response = Redirect::to("/").into_response();
    let h = response.headers_mut();
    if let Ok(v) = set_cookie(SESSION_COOKIE, &session, SESSION_HOURS * 3600, web.secure()).parse()
    {
        h.append(header::SET_COOKIE, v);
    }
    if let Ok(v) = set_cookie(PRE_COOKIE, "", 0, web.secure()).parse() {
        h.append(header::SET_COOKIE, v);
    }
    Ok(response)
}

/// The sign-out button: the CSRF token.
#[derive(serde::Deserialize)]
pub struct SignOutForm {
    #[serde(default)]
    csrf: String,
}

/// `POST /signout`: ends the session, clears its cookie and goes to the sign-in page.
pub async fn sign_out(
    State(web): State<Arc<WebDesk>>,
    headers: HeaderMap,
    Form(form): Form<SignOutForm>,
) -> Result<Response, WebError> {
    let (user, _) = signed_in_post(&web, &headers, &form.csrf).await?;
    auth::sign_out(&web, &user).await?;
    let mut response = Redirect::to("/signin").into_response();
    if let Ok(v) = set_cookie(SESSION_COOKIE, "", 0, web.secure()).parse() {
        response.headers_mut().append(header::SET_COOKIE, v);
    }
    Ok(response)
}

//! The pages, one module each, and what they share: the frame every page has (`Chrome`),
//! the signed-in user and language of a request, and error pages.

pub mod attachment;
pub mod health;
pub mod overview;
pub mod quarantine;
pub mod queue;
pub mod report;
pub mod signin;
pub mod ticket;

use std::sync::Arc;

use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};

use super::WebDesk;
use super::auth::{AuthError, User, current_user_and_lang};
use super::csrf;
use super::view::Lang;

/// What the frame of every page needs.
pub struct Chrome {
    /// The page's language.
    pub l: Lang,
    /// The CSRF token every form of the page carries.
    pub csrf: String,
    /// The signed-in address (empty before sign-in).
    pub email: String,
    /// Whether a user is signed in (the sign-out and language forms are shown).
    pub signed_in: bool,
    /// This page's path and query (the language switch comes back here).
    pub here: String,
}

impl Chrome {
    /// The frame of a page before sign-in: both languages on the page itself.
    pub fn anonymous(csrf: String) -> Chrome {
        Chrome {
            l: Lang::Bn,
            csrf,
            email: String::new(),
            signed_in: false,
            here: "/".into(),
        }
    }
}

/// Why a request failed, as the page says it.
#[derive(Debug)]
pub enum WebError {
    /// No such page, or a ticket the user may not read (404, so as not to admit it exists).
    NotFound,
    /// A POST without a valid CSRF token or session (403).
    Forbidden,
    /// A request the desk cannot read (400).
    BadRequest,
    /// Something failed on our side (500); the message is logged, never shown.
    Internal(String),
}

impl From<AuthError> for WebError {
    fn from(e: AuthError) -> Self {
        WebError::Internal(e.to_string())
    }
}

impl From<crate::store::StoreError> for WebError {
    fn from(e: crate::store::StoreError) -> Self {
        WebError::Internal(e.to_string())
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "error.html")]
struct ErrorPage {
    c: Chrome,
    code: u16,
    bn: &'static str,
    en: &'static str,
}

fn error_page(status: StatusCode, bn: &'static str, en: &'static str) -> Response {
    (
        status,
        ErrorPage {
            c: Chrome::anonymous(String::new()),
            code: status.as_u16(),
            bn,
            en,
        },
    )
        .into_response()
}

/// The 403 page: the user is asked to reopen the page and retry.
pub fn forbidden() -> Response {
    error_page(
        StatusCode::FORBIDDEN,
        "অনুরোধটি গ্রহণ করা হয়নি: পাতাটি আবার খুলে চেষ্টা করুন।",
        "Request refused: open the page again and retry.",
    )
}

impl IntoResponse for WebError {
    fn into_response(self) -> Response {
        match self {
            WebError::NotFound => {
                error_page(StatusCode::NOT_FOUND, "পাতাটি পাওয়া যায়নি।", "Page not found.")
            }
            WebError::Forbidden => forbidden(),
            WebError::BadRequest => error_page(
                StatusCode::BAD_REQUEST,
                "অনুরোধটি বোঝা যায়নি।",
                "The request could not be understood.",
            ),
            WebError::Internal(e) => {
                tracing::error!(error.message = %e, "web desk: request failed");
                error_page(
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "একটি ত্রুটি হয়েছে; কিছুক্ষণ পরে আবার চেষ্টা করুন।",
                    "Something went wrong; try again in a moment.",
                )
            }
        }
    }
}

/// The 404 page, the router's fallback.
pub async fn not_found() -> Response {
    WebError::NotFound.into_response()
}

/// The signed-in user of a request and the frame of their pages, or `None` (the caller
/// sends an anonymous visitor to sign in).
pub async fn signed_in(
    web: &WebDesk,
    headers: &HeaderMap,
) -> Result<Option<(User, Chrome)>, WebError> {
    let Some((user, lang)) = current_user_and_lang(web, headers).await? else {
        return Ok(None);
    };
    let l = lang.as_deref().and_then(Lang::parse).unwrap_or(Lang::Bn);
    let chrome = Chrome {
        l,
        csrf: csrf::token_for(&user.session),
        email: user.access.email.clone(),
        signed_in: true,
        here: "/".into(),
    };
    Ok(Some((user, chrome)))
}

/// The signed-in user of a POST whose token is right; otherwise the error to answer.
pub async fn signed_in_post(
    web: &WebDesk,
    headers: &HeaderMap,
    token: &str,
) -> Result<(User, Chrome), WebError> {
    match signed_in(web, headers).await? {
        Some((user, chrome)) if csrf::valid(&user.session, token) => Ok((user, chrome)),
        Some(_) => {
            tracing::warn!("web desk: POST without a valid CSRF token refused");
            Err(WebError::Forbidden)
        }
        None => Err(WebError::Forbidden),
    }
}

/// Sends an anonymous visitor to the sign-in page.
pub fn to_sign_in() -> Response {
    Redirect::to("/signin").into_response()
}

/// The language switch's form: the CSRF token, the chosen language, and the page to return to.
#[derive(serde::Deserialize)]
pub struct LangForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    lang: String,
    #[serde(default)]
    back: String,
}

/// The language switch, remembered for the user.
pub async fn lang(
    State(web): State<Arc<WebDesk>>,
    headers: HeaderMap,
    Form(form): Form<LangForm>,
) -> Result<Response, WebError> {
    let (user, _) = signed_in_post(&web, &headers, &form.csrf).await?;
    let lang = Lang::parse(&form.lang).ok_or(WebError::BadRequest)?;
    web.store
        .set_web_user_lang(&user.access.email, lang.code())
        .await?;
    Ok(Redirect::to(&local_path(&form.back)).into_response())
}

/// `path` if it is a path on this site (`/…`, not `//host` or `/\\host`), else the queue:
/// a form's "come back here" must not send the user elsewhere.
pub fn local_path(path: &str) -> String {
    let ok = path.starts_with('/')
        && !path.starts_with("//")
        && !path.starts_with("/\\")
        && path.len() < 2000
        && !path.chars().any(|c| c.is_control());
    if ok { path.to_string() } else { "/".into() }
}

#[cfg(test)]
mod tests {
    #[test]
    fn only_local_paths_come_back() {
        use super::local_path;
        assert_eq!(
            local_path("/tickets/MEL-2026-000001"),
            "/tickets/MEL-2026-000001"
        );
        assert_eq!(local_path("/?q=x"), "/?q=x");
        assert_eq!(local_path("//evil.test/"), "/");
        assert_eq!(local_path("/\\evil.test/"), "/");
        assert_eq!(local_path("https://evil.test/"), "/");
        assert_eq!(local_path("/x\r\nSet-Cookie: a=b"), "/");
    }
}

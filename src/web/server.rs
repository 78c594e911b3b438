//! The HTTP side: the listener, the routes, the security headers every response carries,
//! the `Sec-Fetch-Site`/`Origin` check on every POST, and the embedded assets.

use std::net::SocketAddr;
use std::sync::Arc;

use axum::Router;
use axum::extract::{Path, Request, State};
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use tokio_util::sync::CancellationToken;

use super::WebDesk;
use super::pages;

/// What every page may load: our own styles and fonts, nothing else; no script at all (so
/// no injected script can run either), no framing, forms only to ourselves.
pub const CSP: &str = "default-src 'none'; style-src 'self'; img-src 'self' data:; font-src 'self'; \
                       form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

#[derive(rust_embed::Embed)]
#[folder = "static/"]
struct Assets;

/// Binds the web desk's listener (before the daemon starts its tasks, so a taken port is a
/// start-up error, not a silent loss of the desk).
pub async fn bind(addr: SocketAddr) -> std::io::Result<tokio::net::TcpListener> {
    tokio::net::TcpListener::bind(addr).await
}

/// All routes of the web desk over `web` (the router the lead engineer mounts other
/// modules' routes on, e.g. `/metrics`).
pub fn router(web: Arc<WebDesk>) -> Router {
    Router::new()
        .route("/", get(pages::queue::page))
        .route(
            "/signin",
            get(pages::signin::form).post(pages::signin::request),
        )
        .route("/signin/confirm", post(pages::signin::confirm))
        .route("/signin/{token}", get(pages::signin::landing))
        .route("/signout", post(pages::signin::sign_out))
        .route("/lang", post(pages::lang))
        .route("/tickets/{reference}", get(pages::ticket::page))
        .route("/tickets/{reference}/{action}", post(pages::ticket::act))
        .route(
            "/tickets/{reference}/attachments/{n}",
            get(pages::attachment::download),
        )
        .route("/overview", get(pages::overview::page))
        .route("/health", get(pages::health::page))
        .route("/report", get(pages::report::page))
        .route("/report/file", get(pages::report::file))
        .route("/quarantine", get(pages::quarantine::page))
        .route("/quarantine/{id}/{action}", post(pages::quarantine::act))
        .route("/assets/{*path}", get(asset))
        .fallback(pages::not_found)
        .layer(middleware::from_fn_with_state(web.clone(), guard))
        .with_state(web)
}

/// Serves `listener` until `cancel`; requests in flight finish (graceful shutdown).
pub async fn serve(
    web: Arc<WebDesk>,
    listener: tokio::net::TcpListener,
    cancel: CancellationToken,
) -> std::io::Result<()> {
    serve_with(web, Router::new(), listener, cancel).await
}

/// [`serve`], with `extra` routes beside the desk's (the daemon's `/metrics`, `/healthz`,
/// `/readyz`: outside the desk's sign-in and security-header layer).
pub async fn serve_with(
    web: Arc<WebDesk>,
    extra: Router,
    listener: tokio::net::TcpListener,
    cancel: CancellationToken,
) -> std::io::Result<()> {
    let tls = web.config.web.tls.clone();
    let app = router(web)
        .merge(extra)
        .into_make_service_with_connect_info::<SocketAddr>();
    let Some(tls) = tls else {
        return axum::serve(listener, app)
            .with_graceful_shutdown(async move { cancel.cancelled().await })
            .await;
    };
    // Checked when the configuration was loaded; read again here (the files may have been
    // replaced since), and a failure stops the desk with the reason.
    let config = super::tls::server_config(&tls.cert, &tls.key).map_err(std::io::Error::other)?;
    // `tap_io` gives the listener axum's `ConnectInfo<SocketAddr>` (the client's address).
    use axum::serve::ListenerExt;
    let listener = super::tls::TlsListener::new(listener, config, cancel.clone())?.tap_io(|_| ());
    axum::serve(listener, app)
        .with_graceful_shutdown(async move { cancel.cancelled().await })
        .await
}

/// Every request: a POST from another origin is refused before any handler runs; every
/// response gets the security headers.
async fn guard(State(web): State<Arc<WebDesk>>, request: Request, next: Next) -> Response {
    let started = std::time::Instant::now();
    let path = request.uri().path().to_string();
    let method = request.method().clone();
    let mut response = if request.method() == Method::POST
        && !super::csrf::same_origin(request.headers(), &web.config.web.base_url)
    {
        tracing::warn!(path = %path, "web desk: cross-origin POST refused");
        pages::forbidden()
    } else {
        next.run(request).await
    };
    let h = response.headers_mut();
    // One handler sets its own (still script-free) policy: the HTML report's inline styles
    // (pages::report::REPORT_CSP). Every other response gets the desk's.
    if !h.contains_key(header::CONTENT_SECURITY_POLICY) {
        h.insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(CSP),
        );
    }
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    // Sign-in links carry their token in the path: never in a Referer.
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    if !path.starts_with("/assets/") {
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    let ms = started.elapsed().as_secs_f64() * 1000.0;
    // The path only up to a token: /signin/<token> is logged as /signin/….
    let shown = if path.starts_with("/signin/") && path != "/signin/confirm" {
        "/signin/…"
    } else {
        path.as_str()
    };
    tracing::debug!(%method, path = shown, status = response.status().as_u16(), ms, "web request");
    response
}

async fn asset(Path(path): Path<String>) -> Response {
    let Some(file) = Assets::get(&path) else {
        return (StatusCode::NOT_FOUND, "not found").into_response();
    };
    let mime = match path.rsplit('.').next() {
        Some("css") => "text/css; charset=utf-8",
        Some("woff2") => "font/woff2",
        Some("ttf") => "font/ttf",
        Some("png") => "image/png",
        Some("svg") => "image/svg+xml",
        _ => "application/octet-stream",
    };
    (
        [
            (header::CONTENT_TYPE, mime),
            (header::CACHE_CONTROL, "public, max-age=86400"),
        ],
        file.data.into_owned(),
    )
        .into_response()
}

#[cfg(test)]
mod asset_tests {
    use super::*;

    /// Every `url(…)` in the stylesheet names an embedded asset, and the Bangla font is served
    /// as a font, cacheable: no asset of the desk comes from anywhere else.
    #[tokio::test]
    async fn the_stylesheets_fonts_are_embedded_and_served_as_fonts() {
        let css = Assets::get("desk.css").expect("desk.css is embedded");
        let css = std::str::from_utf8(&css.data).unwrap();
        let urls: Vec<&str> = css
            .split("url(")
            .skip(1)
            .map(|rest| rest.split(')').next().unwrap().trim_matches('"'))
            .collect();
        assert!(
            urls.iter().any(|u| u.ends_with("bengali-400-normal.woff2")),
            "{urls:?}"
        );
        for url in urls {
            let response = asset(Path(url.to_string())).await;
            assert_eq!(response.status(), StatusCode::OK, "{url}");
            assert_eq!(
                response.headers()[header::CONTENT_TYPE],
                "font/woff2",
                "{url}"
            );
            assert!(
                response.headers()[header::CACHE_CONTROL]
                    .to_str()
                    .unwrap()
                    .contains("max-age")
            );
        }
    }
}

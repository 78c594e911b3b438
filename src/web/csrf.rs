//! Cross-site request forgery: every POST carries a token tied to the browser's session (or,
//! before sign-in, to a random pre-session cookie), and passes a `Sec-Fetch-Site`/`Origin`
//! check. SameSite cookies alone are not enough: every site under one `*.gov.bd` district
//! domain counts as "same-site" to the browser.

use axum::http::{HeaderMap, header};

use super::auth::sha256_hex;

/// The form field every POST carries.
pub const FIELD: &str = "csrf";

/// The token of a session (or pre-session) id: derived, so it needs no row of its own, and
/// useless without the cookie it is derived from (HttpOnly: scripts cannot read it).
pub fn token_for(secret_id: &str) -> String {
    sha256_hex(&format!("sebadesk-csrf:{secret_id}"))
}

/// Whether `given` is the token of `secret_id`, compared in constant time.
pub fn valid(secret_id: &str, given: &str) -> bool {
    let expected = token_for(secret_id);
    expected.len() == given.len()
        && expected
            .bytes()
            .zip(given.bytes())
            .fold(0u8, |acc, (a, b)| acc | (a ^ b))
            == 0
}

/// Whether the request comes from one of our own pages. `Sec-Fetch-Site` when the browser
/// sends it (every current one does): only `same-origin` (our pages) and `none` (the user's
/// own navigation) pass; `same-site` — a neighbour under the district domain — does not.
/// Without it, `Origin` must name our own origin; with neither (an old browser), the token
/// alone decides.
pub fn same_origin(headers: &HeaderMap, base_url: &str) -> bool {
    if let Some(site) = headers.get("sec-fetch-site") {
        return matches!(site.to_str(), Ok("same-origin") | Ok("none"));
    }
    let Some(origin) = headers.get(header::ORIGIN).and_then(|o| o.to_str().ok()) else {
        return true;
    };
    if origin == "null" {
        return false;
    }
    if !base_url.is_empty() && origin.eq_ignore_ascii_case(origin_of(base_url)) {
        return true;
    }
    // Reached by another name than base_url (a test, a LAN address): the Host it asked for.
    let host = headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .unwrap_or("");
    let bare = origin
        .strip_prefix("https://")
        .or_else(|| origin.strip_prefix("http://"))
        .unwrap_or("");
    !host.is_empty() && bare.eq_ignore_ascii_case(host)
}

/// `https://desk.example.test` of `https://desk.example.test/sebadesk`.
fn origin_of(url: &str) -> &str {
    let scheme_end = url.find("://").map(|i| i + 3).unwrap_or(0);
    match url[scheme_end..].find('/') {
        Some(i) => &url[..scheme_end + i],
        None => url,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.insert(*k, HeaderValue::from_static(v));
        }
        h
    }

    #[test]
    fn tokens_are_tied_to_their_session() {
        let t = token_for("abc");
        assert!(valid("abc", &t));
        assert!(!valid("abd", &t));
        assert!(!valid("abc", ""));
        assert!(!valid("abc", &t[1..]));
    }

    #[test]
    fn fetch_site_and_origin() {
        let base = "https://desk.jamalpur.gov.test";
        assert!(same_origin(
            &headers(&[("sec-fetch-site", "same-origin")]),
            base
        ));
        assert!(same_origin(&headers(&[("sec-fetch-site", "none")]), base));
        // A neighbour under the same district domain is "same-site": refused.
        assert!(!same_origin(
            &headers(&[("sec-fetch-site", "same-site")]),
            base
        ));
        assert!(!same_origin(
            &headers(&[("sec-fetch-site", "cross-site")]),
            base
        ));
        assert!(same_origin(
            &headers(&[("origin", "https://desk.jamalpur.gov.test")]),
            base
        ));
        assert!(!same_origin(
            &headers(&[("origin", "https://blog.jamalpur.gov.test")]),
            base
        ));
        assert!(!same_origin(&headers(&[("origin", "null")]), base));
        assert!(same_origin(
            &headers(&[
                ("origin", "http://127.0.0.1:8080"),
                ("host", "127.0.0.1:8080")
            ]),
            base
        ));
        assert!(same_origin(&headers(&[]), base));
        assert_eq!(origin_of("https://a.test/x/y"), "https://a.test");
    }
}

//! `GET /tickets/REF/attachments/N`: a citizen's attachment, byte for byte, for the
//! officer and the supervisor of the ticket's office (not for admins, who read figures).
//!
//! Always a download, never a page: `Content-Disposition: attachment` with a filename made
//! safe for the header (RFC 6266: an ASCII `filename` and the UTF-8 `filename*`), the type
//! `application/octet-stream` whatever the mail claimed (an HTML or SVG attachment must not
//! run on the desk's origin), and `nosniff` (the guard's, on every response).

use std::sync::Arc;

use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

use super::{WebError, signed_in, to_sign_in};
use crate::domain::TicketRef;
use crate::web::WebDesk;
use crate::web::access::Act;

/// Longest filename put in the header (characters).
const MAX_NAME_CHARS: usize = 120;

/// `GET /tickets/REF/attachments/N`: the citizen's file as a download (never shown inline),
/// for the officer and the supervisor; the bytes are checked against their stored SHA-256.
pub async fn download(
    State(web): State<Arc<WebDesk>>,
    Path((reference, n)): Path<(String, String)>,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    let Some((user, _)) = signed_in(&web, &headers).await? else {
        return Ok(to_sign_in());
    };
    let r = TicketRef::parse(&reference).ok_or(WebError::NotFound)?;
    if !user.access.may(&r.office, Act::Read) {
        return Err(WebError::NotFound);
    }
    if !user.access.may(&r.office, Act::Attachments) {
        return Err(WebError::Forbidden);
    }
    let n: i64 = n.parse().map_err(|_| WebError::NotFound)?;
    let (a, data) = crate::tickets::attachments::fetch(&web.store, &r, n)
        .await
        .map_err(|e| match e {
            crate::tickets::actions::ActionError::NoSuchTicket(_) => WebError::NotFound,
            other => WebError::Internal(other.to_string()),
        })?
        .ok_or(WebError::NotFound)?;
    if crate::mail::attachments::sha256_hex(&data) != a.sha256 {
        return Err(WebError::Internal(format!(
            "attachment {n} of {r}: the stored bytes do not match their SHA-256"
        )));
    }
    tracing::info!(ticket = %r, attachment = n, bytes = data.len(), by = %user.access.email, "web desk: attachment downloaded");
    let disposition = content_disposition(&a.name, n);
    let mut response = (StatusCode::OK, data).into_response();
    let h = response.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/octet-stream"),
    );
    h.insert(
        header::CONTENT_DISPOSITION,
        HeaderValue::from_str(&disposition).map_err(|e| WebError::Internal(e.to_string()))?,
    );
    Ok(response)
}

/// `attachment; filename="…"; filename*=UTF-8''…` for a stored name (already sanitised at
/// intake, but treated as hostile here too): no folder part, no control character (no
/// header injection), no leading dot, at most [`MAX_NAME_CHARS`]; `attachment-N` if nothing
/// is left. The ASCII `filename` replaces what is not plain ASCII with `_`; `filename*`
/// percent-encodes the UTF-8 name (RFC 5987), which browsers prefer.
pub fn content_disposition(stored: &str, n: i64) -> String {
    let name = safe_name(stored, n);
    let ascii: String = name
        .chars()
        .map(|c| match c {
            ' '..='~' if !matches!(c, '"' | '\\' | '%' | ';') => c,
            _ => '_',
        })
        .collect();
    let encoded: String = name
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z'
            | b'a'..=b'z'
            | b'0'..=b'9'
            | b'!'
            | b'#'
            | b'$'
            | b'&'
            | b'+'
            | b'-'
            | b'.'
            | b'^'
            | b'_'
            | b'`'
            | b'|'
            | b'~' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect();
    format!("attachment; filename=\"{ascii}\"; filename*=UTF-8''{encoded}")
}

/// The file's own name, safe to save under: see [`content_disposition`].
fn safe_name(stored: &str, n: i64) -> String {
    let last = stored.rsplit(['/', '\\']).next().unwrap_or("");
    let cleaned: String = last
        .chars()
        .filter(|c| !c.is_control() && !matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'))
        .take(MAX_NAME_CHARS)
        .collect();
    let cleaned = cleaned.trim().trim_start_matches('.').trim().to_string();
    if cleaned.is_empty() {
        format!("attachment-{n}")
    } else {
        cleaned
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hostile_names_make_safe_headers() {
        let d = content_disposition("../../etc/passwd", 1);
        assert_eq!(
            d,
            "attachment; filename=\"passwd\"; filename*=UTF-8''passwd"
        );
        let d = content_disposition("ফাইল\r\nBcc: x@y", 2);
        assert!(!d.contains('\r') && !d.contains('\n'), "{d}");
        assert!(HeaderValue::from_str(&d).is_ok());
        assert!(
            d.starts_with("attachment; filename=\"____Bcc: x@y\""),
            "{d}"
        );
        assert!(d.contains("filename*=UTF-8''%E0%A6%AB"), "{d}");
        assert_eq!(
            content_disposition("..\\..\\win.ini", 3),
            "attachment; filename=\"win.ini\"; filename*=UTF-8''win.ini"
        );
        assert!(content_disposition("", 4).contains("\"attachment-4\""));
        assert!(content_disposition("...", 5).contains("\"attachment-5\""));
        assert!(content_disposition("a\"b;c%d.txt", 6).contains("filename=\"a_b_c_d.txt\""));
        // Right-to-left overrides cannot disguise the extension.
        assert!(content_disposition("invoice\u{202E}fdp.exe", 7).contains("\"invoicefdp.exe\""));
        let long = "ক".repeat(500);
        assert!(content_disposition(&long, 8).len() < 2000);
    }
}

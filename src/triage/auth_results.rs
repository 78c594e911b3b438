//! Whether the office's own mail server vouched for a mail's sender: its
//! `Authentication-Results` header (RFC 8601) read for SPF, DKIM and DMARC verdicts aligned
//! with the From domain.
//!
//! Anyone can write an `Authentication-Results` header into a mail, so only those stamped by
//! an authserv-id the office trusts (`hygiene.trusted_authserv_ids`: its own MX, which by
//! RFC 8601 §5 removes headers claiming its id from incoming mail) are read; others are
//! ignored. Without a trusted verdict a sender is unverified: the acknowledgement then
//! repeats nothing of what the sender wrote (a forged From must not turn the office's reply
//! into a carrier for someone else's words).

/// Whether `headers` (lower-case name, unfolded value; top first) carry a verdict from one of
/// `trusted` authserv-ids that authenticates the From domain `from_domain`.
pub fn sender_verified(
    headers: &[(String, String)],
    trusted: &[String],
    from_domain: &str,
) -> bool {
    if trusted.is_empty() || from_domain.is_empty() {
        return false;
    }
    headers
        .iter()
        .filter(|(name, _)| name == "authentication-results")
        .filter_map(|(_, value)| AuthResults::parse(value))
        .filter(|ar| {
            trusted
                .iter()
                .any(|t| t.eq_ignore_ascii_case(&ar.authserv_id))
        })
        .any(|ar| ar.authenticates(from_domain))
}

/// One `Authentication-Results` header: who stamped it and its method results.
#[derive(Debug, PartialEq)]
struct AuthResults {
    authserv_id: String,
    results: Vec<MethodResult>,
}

/// `method=result ptype.property=value …`, e.g. `dkim=pass header.d=example.test`.
#[derive(Debug, PartialEq)]
struct MethodResult {
    method: String,
    result: String,
    properties: Vec<(String, String)>,
}

impl AuthResults {
    fn parse(value: &str) -> Option<AuthResults> {
        let text = strip_comments(value);
        let mut parts = text.split(';');
        // `authserv-id [version]`.
        let authserv_id = parts
            .next()?
            .split_whitespace()
            .next()?
            .to_ascii_lowercase();
        let results = parts.filter_map(MethodResult::parse).collect();
        Some(AuthResults {
            authserv_id,
            results,
        })
    }

    /// A pass aligned with the From domain (relaxed alignment: the same organisational
    /// domain, approximated as equal or a subdomain either way).
    fn authenticates(&self, from_domain: &str) -> bool {
        self.results.iter().any(|r| {
            if r.result != "pass" {
                return false;
            }
            let aligned = |key: &str| {
                r.property(key)
                    .map(|v| v.rsplit_once('@').map_or(v, |(_, d)| d))
                    .is_some_and(|d| domains_align(d, from_domain))
            };
            match r.method.as_str() {
                // DMARC's own pass already means alignment; header.from names the domain.
                "dmarc" => r
                    .property("header.from")
                    .is_none_or(|d| domains_align(d, from_domain)),
                "dkim" => aligned("header.d") || aligned("header.i"),
                "spf" => aligned("smtp.mailfrom"),
                _ => false,
            }
        })
    }
}

impl MethodResult {
    fn parse(part: &str) -> Option<MethodResult> {
        let mut words = part.split_whitespace();
        let (method, result) = words.next()?.split_once('=')?;
        // `dkim/1=pass`: a method version.
        let method = method.split('/').next()?.to_ascii_lowercase();
        let properties = words
            .filter_map(|w| w.split_once('='))
            .map(|(k, v)| {
                (
                    k.to_ascii_lowercase(),
                    v.trim_matches('"').to_ascii_lowercase(),
                )
            })
            .collect();
        Some(MethodResult {
            method,
            result: result.to_ascii_lowercase(),
            properties,
        })
    }

    fn property(&self, key: &str) -> Option<&str> {
        self.properties
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }
}

fn domains_align(a: &str, b: &str) -> bool {
    let (a, b) = (a.trim_end_matches('.'), b.trim_end_matches('.'));
    let sub = |x: &str, y: &str| {
        x.len() > y.len() && x.ends_with(y) && x.as_bytes()[x.len() - y.len() - 1] == b'.'
    };
    !a.is_empty() && (a.eq_ignore_ascii_case(b) || sub(a, b) || sub(b, a))
}

/// RFC 5322 comments `( … )`, nested, removed.
fn strip_comments(value: &str) -> String {
    let mut depth = 0usize;
    value
        .chars()
        .filter(|&c| match c {
            '(' => {
                depth += 1;
                false
            }
            ')' => {
                depth = depth.saturating_sub(1);
                false
            }
            _ => depth == 0,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(values: &[&str]) -> Vec<(String, String)> {
        values
            .iter()
            .map(|v| ("authentication-results".to_string(), v.to_string()))
            .collect()
    }

    fn trusted() -> Vec<String> {
        vec!["mx.office.test".into()]
    }

    #[test]
    fn a_trusted_aligned_pass_verifies() {
        for v in [
            "mx.office.test; dmarc=pass (p=none) header.from=example.test",
            "mx.office.test 1; spf=pass smtp.mailfrom=citizen@example.test",
            "MX.Office.Test; dkim=pass (2048-bit key) header.d=mail.example.test header.s=s1",
            "mx.office.test; spf=fail smtp.mailfrom=x@evil.test; dkim=pass header.i=@example.test",
        ] {
            assert!(
                sender_verified(&headers(&[v]), &trusted(), "example.test"),
                "{v}"
            );
        }
    }

    #[test]
    fn forged_untrusted_failed_or_unaligned_verdicts_do_not() {
        for v in [
            // Written by the sender, not by our MX.
            "mx.evil.test; dmarc=pass header.from=example.test",
            // Our id inside a comment is not our id.
            "(mx.office.test) mx.evil.test; spf=pass smtp.mailfrom=example.test",
            "mx.office.test; dmarc=fail header.from=example.test",
            "mx.office.test; spf=softfail smtp.mailfrom=example.test",
            "mx.office.test; dkim=pass header.d=spam-shop.test",
            "mx.office.test; spf=pass smtp.mailfrom=bounce@notexample.test",
            "mx.office.test; none",
            "",
        ] {
            assert!(
                !sender_verified(&headers(&[v]), &trusted(), "example.test"),
                "{v}"
            );
        }
        let good = headers(&["mx.office.test; dmarc=pass header.from=example.test"]);
        assert!(
            !sender_verified(&good, &[], "example.test"),
            "nothing trusted"
        );
        assert!(!sender_verified(&good, &trusted(), ""), "no From domain");
        let other = vec![(
            "received".to_string(),
            "mx.office.test; dmarc=pass".to_string(),
        )];
        assert!(!sender_verified(&other, &trusted(), "example.test"));
    }
}

//! Raw bytes into an owned [`ParsedMail`], through mail-parser (which handles RFC 2047/2231
//! words, charsets, transfer encodings and broken MIME as well as anything we could write).

use mail_parser::{MessageParser, MimeHeaders};

/// The parts of a message that triage and classification read.
#[derive(Debug, Clone, Default)]
pub struct ParsedMail {
    /// Without angle brackets.
    pub message_id: Option<String>,
    /// The display name of the first From address, trimmed, when it has one.
    pub from_name: Option<String>,
    /// The bare address of the first From mailbox, trimmed (as written; not validated here).
    pub from_address: Option<String>,
    /// The first Reply-To address, when present: where a citizen wants answers to go.
    pub reply_to: Option<String>,
    /// Every To address (bare), in header order.
    pub to: Vec<String>,
    /// The decoded Subject, trimmed (Bijoy text converted); empty when absent.
    pub subject: String,
    /// The text body: text/plain if present, else HTML converted to text.
    pub text: String,
    /// The file names the message's attachments declare (parts without a name are not listed).
    pub attachment_names: Vec<String>,
    /// How many attachments the message has (named or not): whether the pipeline reads them
    /// (see [`super::attachments`]) before the message's transaction.
    pub attachment_count: usize,
    /// Message-IDs without angle brackets.
    pub in_reply_to: Vec<String>,
    /// Message-IDs of the References header, without angle brackets, in header order.
    pub references: Vec<String>,
    /// `type/subtype` of the top-level part, lower case.
    pub content_type: String,
    /// The `report-type` parameter of a multipart/report.
    pub report_type: Option<String>,
    /// Every header as (lower-case name, unfolded raw value), for triage.
    pub headers: Vec<(String, String)>,
    /// Some part is `message/delivery-status` (a DSN, even when not wrapped in multipart/report).
    pub has_delivery_status: bool,
    /// `type/subtype` of every part, lower case, in order (at most [`MAX_PARTS`]): an ARF
    /// `message/feedback-report` or an attached `text/rfc822-headers` can sit anywhere.
    pub part_types: Vec<String>,
    /// Links of the HTML parts, visible text and target (at most [`MAX_LINKS`]): a scam's
    /// link often shows one address and goes to another.
    pub links: Vec<Link>,
    /// Some of the subject or text was typed in Bijoy (SutonnyMJ) and has been converted to
    /// Unicode Bangla here (see [`crate::text::bijoy`]); the original stays in the raw mail.
    pub bijoy_converted: bool,
}

/// One `<a href>` of an HTML part.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Link {
    /// The visible text, tags removed, whitespace collapsed.
    pub text: String,
    /// The link's target as written in the `href` attribute (not resolved or checked).
    pub href: String,
}

/// Bounds on what is kept per message, so hostile mail costs no more than its size.
pub const MAX_PARTS: usize = 64;
/// The most HTML links kept per message (see [`ParsedMail::links`]).
pub const MAX_LINKS: usize = 32;

impl ParsedMail {
    /// The first value of a header, by case-insensitive name.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// Whether the message carries a header of this name (case-insensitive).
    pub fn has_header(&self, name: &str) -> bool {
        self.header(name).is_some()
    }
}

/// Cap on the text kept for classification: a citizen's request fits easily; a 20 MB text
/// part would only slow every later stage.
const MAX_TEXT: usize = 256 * 1024;

/// Parses raw RFC 5322 bytes. `None` when the bytes are not mail at all (no core header such
/// as From, Date or Message-ID); never panics, whatever the input.
pub fn parse(raw: &[u8]) -> Option<ParsedMail> {
    // Old Mac mail uses bare CR line ends, which the parser does not read as lines.
    let unix;
    let raw = if !raw.contains(&b'\n') && raw.contains(&b'\r') {
        unix = raw
            .iter()
            .map(|&b| if b == b'\r' { b'\n' } else { b })
            .collect::<Vec<u8>>();
        &unix[..]
    } else {
        raw
    };
    let message = MessageParser::default().parse(raw)?;
    if !has_core_header(&message) {
        return None;
    }
    let from = message.from().and_then(|a| a.first());
    let (text, subject, bijoy_converted) = text_and_subject(&message);
    let content_type = message.content_type();
    Some(ParsedMail {
        message_id: message
            .message_id()
            .map(|s| s.trim_matches(['<', '>']).to_string()),
        from_name: from.and_then(|a| a.name()).map(|s| s.trim().to_string()),
        from_address: from.and_then(|a| a.address()).map(|s| s.trim().to_string()),
        reply_to: message
            .reply_to()
            .and_then(|a| a.first())
            .and_then(|a| a.address())
            .map(str::to_string),
        to: message
            .to()
            .map(|a| {
                a.iter()
                    .filter_map(|a| a.address())
                    .map(str::to_string)
                    .collect()
            })
            .unwrap_or_default(),
        subject,
        text,
        bijoy_converted,
        attachment_names: message
            .attachments()
            .filter_map(|p| p.attachment_name())
            .map(str::to_string)
            .collect(),
        attachment_count: message.attachment_count(),
        in_reply_to: id_list(message.in_reply_to()),
        references: id_list(message.references()),
        content_type: content_type
            .map(type_name)
            .unwrap_or_else(|| "text/plain".into()),
        report_type: content_type
            .and_then(|c| c.attribute("report-type"))
            .map(|s| s.to_ascii_lowercase()),
        has_delivery_status: has_delivery_status(&message),
        headers: message
            .headers_raw()
            .map(|(n, v)| (n.to_ascii_lowercase(), unfold(v)))
            .collect(),
        part_types: message
            .parts
            .iter()
            .take(MAX_PARTS)
            .filter_map(|p| p.content_type())
            .map(type_name)
            .collect(),
        links: html_part_links(&message),
    })
}

/// Bytes with none of the headers every real message has are not mail, whatever the
/// lenient parser made of them: quarantine rather than open a ticket for noise.
fn has_core_header(message: &mail_parser::Message<'_>) -> bool {
    const CORE: &[&str] = &[
        "from",
        "sender",
        "to",
        "date",
        "subject",
        "message-id",
        "received",
        "return-path",
    ];
    message
        .headers_raw()
        .any(|(name, _)| CORE.iter().any(|c| c.eq_ignore_ascii_case(name)))
}

/// The text to classify (the first text part, else the first HTML part made text), cut at
/// [`MAX_TEXT`], and the subject; both converted from Bijoy when they are in it (the third
/// value says so).
fn text_and_subject(message: &mail_parser::Message<'_>) -> (String, String, bool) {
    // Only the kept prefix is copied: a 24 MB text part owned whole and then truncated
    // would keep its 24 MB allocation for as long as the message is in hand.
    // The first HTML body (a text part made HTML when there is none) serves both the text
    // fallback and the Bijoy font check: made once.
    let html = message.body_html(0);
    let text = match message.body_text(0) {
        Some(t) if !t.trim().is_empty() => owned_prefix(&t, MAX_TEXT),
        _ => html
            .as_deref()
            .map(|h| owned_prefix(&html_to_text(h), MAX_TEXT))
            .unwrap_or_default(),
    };
    unbijoy(
        text,
        message.subject().unwrap_or("").trim(),
        html.as_deref(),
    )
}

/// The Message-IDs of In-Reply-To or References, without their angle brackets.
fn id_list(v: &mail_parser::HeaderValue) -> Vec<String> {
    match v {
        mail_parser::HeaderValue::Text(t) => vec![t.trim_matches(['<', '>']).to_string()],
        mail_parser::HeaderValue::TextList(l) => l
            .iter()
            .map(|t| t.trim_matches(['<', '>']).to_string())
            .collect(),
        _ => Vec::new(),
    }
}

/// `type/subtype` in lower case.
fn type_name(c: &mail_parser::ContentType<'_>) -> String {
    match c.subtype() {
        Some(sub) => format!("{}/{}", c.ctype(), sub).to_ascii_lowercase(),
        None => c.ctype().to_ascii_lowercase(),
    }
}

/// A `message/delivery-status` part anywhere: the mark of a DSN.
fn has_delivery_status(message: &mail_parser::Message<'_>) -> bool {
    message.parts.iter().any(|p| {
        p.content_type().is_some_and(|c| {
            c.ctype().eq_ignore_ascii_case("message")
                && c.subtype()
                    .is_some_and(|s| s.eq_ignore_ascii_case("delivery-status"))
        })
    })
}

/// The links of the HTML bodies (at most [`MAX_PARTS`] of them), at most [`MAX_LINKS`].
/// Only real HTML parts are read: mail-parser's HTML form of a text part escapes every `<`
/// and so has no links, and making it cost an allocation and a copy per text part.
fn html_part_links(message: &mail_parser::Message<'_>) -> Vec<Link> {
    (0..message.html_body_count().min(MAX_PARTS))
        .filter_map(|i| message.html_part(u32::try_from(i).ok()?))
        .filter_map(|part| match &part.body {
            mail_parser::PartType::Html(html) => Some(html),
            _ => None,
        })
        .flat_map(|h| html_links(h))
        .take(MAX_LINKS)
        .collect()
}

/// Bangla typed in Bijoy (SutonnyMJ), still common in government offices, reaches us as
/// Latin-1 gibberish that no later stage can read: the text (from the HTML with its
/// SutonnyMJ-font spans converted, when there is one), then any Bijoy runs left in it and in
/// the subject, become Unicode Bangla. A subject is converted on weaker evidence when the
/// body was Bijoy (a short subject alone says too little). Returns (text, subject, converted).
fn unbijoy(text: String, subject: &str, html: Option<&str>) -> (String, String, bool) {
    use crate::text::bijoy;
    // Bijoy text always has some of the Latin-1 / punctuation glyphs that stand for vowel
    // signs and conjuncts (‡ for ে, © for reph, ¨ for ya-phala…): ASCII English and Unicode
    // Bangla, most mail, skip the detector (it reads every word).
    let glyphs = |s: &str| {
        s.chars()
            .any(|c| matches!(c, '\u{80}'..='\u{2FF}' | '\u{2010}'..='\u{203A}' | '\u{2122}'))
    };
    let mj_font = html.is_some_and(|h| h.contains("MJ"));
    if !mj_font && !glyphs(&text) && !glyphs(subject) {
        return (text, subject.to_string(), false);
    }
    let from_html = html
        .filter(|_| mj_font)
        .and_then(bijoy::convert_font_spans)
        .map(|h| owned_prefix(&html_to_text(&h), MAX_TEXT));
    let (text, in_body) = match from_html {
        Some(t) => (bijoy::convert_runs(&t).unwrap_or(t), true),
        None => match bijoy::convert_runs(&text) {
            Some(t) => (t, true),
            None => (text, false),
        },
    };
    let converted_subject = bijoy::convert_runs_hinted(subject, in_body);
    let converted = in_body || converted_subject.is_some();
    let subject = converted_subject.unwrap_or_else(|| subject.to_string());
    (text, subject, converted)
}

/// The `<a href="…">text</a>` links of an HTML text, at most [`MAX_LINKS`].
pub fn html_links(html: &str) -> Vec<Link> {
    let lower = html.to_ascii_lowercase();
    let mut links = Vec::new();
    let mut from = 0;
    while links.len() < MAX_LINKS {
        let Some(start) = lower[from..].find("<a ").map(|p| from + p) else {
            break;
        };
        let Some(tag_end) = lower[start..].find('>').map(|p| start + p) else {
            break;
        };
        let close = lower[tag_end..]
            .find("</a")
            .map(|p| tag_end + p)
            .unwrap_or(lower.len());
        if let Some(href) = attribute(&html[start..tag_end], &lower[start..tag_end], "href") {
            let text = html_to_text(&html[tag_end + 1..close]);
            links.push(Link {
                text: text.split_whitespace().collect::<Vec<_>>().join(" "),
                href: decode_entities(href.trim()),
            });
        }
        from = close.max(tag_end + 1);
    }
    links
}

/// The value of `name="…"` (or '…', or bare) in a tag; `lower` is the tag in lower case.
fn attribute<'a>(tag: &'a str, lower: &str, name: &str) -> Option<&'a str> {
    let at = lower.find(&format!("{name}="))? + name.len() + 1;
    let rest = &tag[at..];
    match rest.chars().next()? {
        q @ ('"' | '\'') => rest[1..].split(q).next(),
        _ => rest.split([' ', '\t', '\n', '\r', '>']).next(),
    }
}

fn unfold(value: &str) -> String {
    value
        .split(['\r', '\n'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The first `max` bytes of `s` (fewer, to end on a character), as a string of that size.
fn owned_prefix(s: &str, max: usize) -> String {
    let mut cut = s.len().min(max);
    while !s.is_char_boundary(cut) {
        cut -= 1;
    }
    s[..cut].to_string()
}

/// HTML to readable text: drops scripts and styles, turns block ends into line breaks,
/// strips tags and decodes the common entities. Enough for classification; not a renderer.
pub fn html_to_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len() / 2);
    let lower = html.to_ascii_lowercase();
    let mut i = 0;
    let bytes = html.as_bytes();
    while i < bytes.len() {
        if bytes[i] == b'<' {
            let Some(end) = html[i..].find('>').map(|e| i + e) else {
                break;
            };
            let tag = &lower[i + 1..end];
            let name: String = tag
                .trim_start_matches('/')
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric())
                .collect();
            if (name == "script" || name == "style") && !tag.starts_with('/') {
                let close = format!("</{name}");
                i = lower[end..]
                    .find(&close)
                    .map(|p| end + p)
                    .unwrap_or(bytes.len());
                continue;
            }
            if matches!(
                name.as_str(),
                "br" | "p" | "div" | "tr" | "li" | "h1" | "h2" | "h3" | "blockquote"
            ) {
                out.push('\n');
            }
            i = end + 1;
        } else {
            let next = html[i..].find('<').map(|p| i + p).unwrap_or(bytes.len());
            out.push_str(&decode_entities(&html[i..next]));
            i = next;
        }
    }
    out
}

fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(p) = rest.find('&') {
        out.push_str(&rest[..p]);
        rest = &rest[p..];
        let Some(semi) = rest[..rest.len().min(12)].find(';') else {
            out.push('&');
            rest = &rest[1..];
            continue;
        };
        let entity = &rest[1..semi];
        let decoded = match entity {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            "nbsp" => Some(' '),
            _ if entity.starts_with("#x") || entity.starts_with("#X") => {
                u32::from_str_radix(&entity[2..], 16)
                    .ok()
                    .and_then(char::from_u32)
            }
            _ if entity.starts_with('#') => entity[1..].parse().ok().and_then(char::from_u32),
            _ => None,
        };
        match decoded {
            Some(c) => {
                out.push(c);
                rest = &rest[semi + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bangla_encoded_words_and_base64_body() {
        let raw = "From: =?UTF-8?B?4Kaw4Ka54Ka/4Kau?= <citizen1@example.test>\r\n\
                   To: ict.melandaha@office.test\r\n\
                   Subject: =?UTF-8?B?4KaH4KaJ4Kaq4Ka/IOCmk+Cmr+CmvOCnh+CmrCDgpqrgp4vgprDgp43gpp/gpr7gprI=?=\r\n\
                   Message-ID: <abc@example.test>\r\n\
                   MIME-Version: 1.0\r\n\
                   Content-Type: text/plain; charset=utf-8\r\n\
                   Content-Transfer-Encoding: base64\r\n\r\n\
                   4KaG4Kau4Ka+4Kam4KeH4KawIOCmh+CmieCmqOCmv+Cmr+CmvOCmqOCnh+CmsCDgppPgpq/gprzgp4fgpqwg4Kaq4KeL4Kaw4KeN4Kaf4Ka+4KayIOCmueCmvuCmsuCmqOCmvuCml+CmvuCmpiDgppXgprDgpqTgp4cg4Ka54Kas4KeH4KWkCg==\r\n";
        let p = parse(raw.as_bytes()).unwrap();
        assert_eq!(p.message_id.as_deref(), Some("abc@example.test"));
        assert_eq!(p.from_name.as_deref(), Some("রহিম"));
        assert_eq!(p.subject, "ইউপি ওয়েব পোর্টাল");
        assert!(p.text.contains("আমাদের"));
    }

    #[test]
    fn garbage_does_not_panic() {
        for raw in [
            &b""[..],
            b"\xff\xfe\x00",
            b"no colon here\r\n\r\nbody",
            b"Content-Type: multipart/mixed; boundary=\"x\"\r\n\r\n--x\r\n--x--",
        ] {
            let _ = parse(raw);
        }
    }

    /// L8: a huge text part is kept as its first [`MAX_TEXT`] bytes, and only those are
    /// held: owning the whole text and truncating it kept the whole allocation.
    #[test]
    fn a_huge_text_body_keeps_only_its_prefix_in_memory() {
        let line = "ই-নথিতে লগইন হচ্ছে না। ";
        let body = line.repeat(4 * 1024 * 1024 / line.len());
        for (ctype, body) in [
            ("text/plain", body.clone()),
            ("text/html", format!("<p>{body}</p>")),
        ] {
            let raw = format!(
                "From: <citizen1@example.test>\r\nSubject: x\r\nContent-Type: {ctype}; charset=utf-8\r\n\r\n{body}"
            );
            let p = parse(raw.as_bytes()).unwrap();
            assert!(
                p.text.len() <= MAX_TEXT && p.text.len() > MAX_TEXT - 4,
                "{ctype}"
            );
            assert!(p.text.starts_with(line), "{ctype}");
            assert!(
                p.text.capacity() <= MAX_TEXT,
                "{ctype}: {} bytes held",
                p.text.capacity()
            );
        }
    }

    #[test]
    fn every_part_type_and_the_links_of_html_parts() {
        let raw = "From: <a@example.test>\r\nSubject: x\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n\
                   --b\r\nContent-Type: text/html\r\n\r\n<p><a class=x href=\"http://evil.example/r?a=1&amp;b=2\">https://e-nothi.gov.bd</a> \
                   <A HREF='mailto:x@y.example'>write</A><a name=top>no href</a></p>\r\n\
                   --b\r\nContent-Type: message/feedback-report\r\n\r\nFeedback-Type: abuse\r\n--b--\r\n";
        let p = parse(raw.as_bytes()).unwrap();
        assert!(
            p.part_types
                .contains(&"message/feedback-report".to_string())
        );
        assert_eq!(
            p.links,
            vec![
                Link {
                    text: "https://e-nothi.gov.bd".into(),
                    href: "http://evil.example/r?a=1&b=2".into()
                },
                Link {
                    text: "write".into(),
                    href: "mailto:x@y.example".into()
                }
            ]
        );
        for hostile in [
            "<a href=",
            "<a href='x",
            "<a ",
            "<a href=\"x\">unclosed",
            "<a\thref=x>",
        ] {
            let _ = html_links(hostile);
        }
    }

    #[test]
    fn html_becomes_text() {
        let t = html_to_text(
            "<html><style>p{}</style><p>ই-নথি&nbsp;login</p><br>a &amp; b &#2453;</html>",
        );
        assert_eq!(t.trim(), "ই-নথি login\n\na & b ক");
    }
}

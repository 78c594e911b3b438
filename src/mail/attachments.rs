//! A message's attachments as sebadesk stores them: the bytes exactly as sent (transfer
//! encoding undone, nothing else), the content type the mail gives (never guessed from the
//! name), a sanitised name, and the SHA-256 that addresses the bytes in the store.
//!
//! Pure and bounded: at most [`Limits::max_count`] attachments and [`Limits::max_bytes`]
//! bytes are kept per message; the rest is counted (`left_out`), never dropped silently.
//! Nothing is ever expanded: an archive (a zip bomb too) is kept as the bytes it is.

use mail_parser::{MessageParser, MimeHeaders, PartType};
use sha2::Digest;

/// What one message may store.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// At most this many attachments per message; the others are counted as left out.
    pub max_count: usize,
    /// At most this many bytes of attachments per message (decoded); an attachment that
    /// would pass it is left out, and smaller ones after it may still fit.
    pub max_bytes: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_count: 50,
            max_bytes: 25 * 1024 * 1024,
        }
    }
}

/// One attachment, ready to store. Its bytes are not held here: [`Attachment::content`]
/// reads them from the message's raw bytes (decoding base64 as it goes) when they are stored,
/// so a 20 MB scan is never in memory decoded as a whole (issue 20).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attachment {
    /// Its place among the message's attachments (0-based, counting those left out).
    pub part: usize,
    /// Sanitised (see [`sanitize_name`]); `attachment-N` when the mail gave none.
    pub name: String,
    /// `type/subtype` in lower case, from the part's Content-Type (see [`content_type`]).
    pub content_type: String,
    /// Its size in bytes, decoded (as the sender sent the file).
    pub size: u64,
    /// Lower-case hex SHA-256 of its bytes.
    pub sha256: String,
    content: Content,
}

impl Attachment {
    /// An attachment of bytes in hand (for tests and callers without a message).
    pub fn new(part: usize, name: &str, content_type: &str, data: Vec<u8>) -> Attachment {
        Attachment {
            part,
            name: name.to_string(),
            content_type: content_type.to_string(),
            size: data.len() as u64,
            sha256: sha256_hex(&data),
            content: Content::held(data),
        }
    }

    /// Where its bytes are, to be read in pieces or whole.
    pub fn content(&self) -> &Content {
        &self.content
    }
}

/// An attachment's bytes (transfer encoding undone), as a view of the message they came in:
/// a range of the raw bytes taken as they are, or a base64 range decoded as it is read.
/// Holding one holds the message's bytes (shared), never a decoded copy, except for the
/// rare part whose decoding only the MIME parser can reproduce (quoted-printable, broken
/// encodings), which is held decoded.
#[derive(Clone, PartialEq, Eq)]
pub struct Content {
    bytes: bytes::Bytes,
    range: std::ops::Range<usize>,
    base64: bool,
    len: u64,
}

impl std::fmt::Debug for Content {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Content")
            .field("range", &self.range)
            .field("base64", &self.base64)
            .field("len", &self.len)
            .finish()
    }
}

/// How much base64 is decoded at a time (a multiple of 4 characters does not matter: the
/// decoder keeps its state between pieces).
const DECODE_PIECE: usize = 64 * 1024;

impl Content {
    fn held(data: Vec<u8>) -> Content {
        let len = data.len();
        Content {
            bytes: bytes::Bytes::from(data),
            range: 0..len,
            base64: false,
            len: len as u64,
        }
    }

    /// How many bytes it gives.
    pub fn len(&self) -> u64 {
        self.len
    }

    /// True when it gives no bytes.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Gives the bytes in order, in pieces of at most 64 KiB decoded, to `sink`; stops at its
    /// first error.
    pub fn write_to<E>(&self, sink: &mut dyn FnMut(&[u8]) -> Result<(), E>) -> Result<(), E> {
        let raw = &self.bytes[self.range.clone()];
        if !self.base64 {
            return raw.chunks(DECODE_PIECE).try_for_each(sink);
        }
        let mut decoder = MimeBase64::default();
        let mut out = Vec::with_capacity(DECODE_PIECE / 4 * 3 + 3);
        for piece in raw.chunks(DECODE_PIECE) {
            out.clear();
            // Checked when the content was made: the range decodes.
            let _ = decoder.feed(piece, &mut out);
            sink(&out)?;
        }
        Ok(())
    }

    /// The bytes whole (PostgreSQL's bind, tests).
    pub fn to_vec(&self) -> Vec<u8> {
        let mut all = Vec::with_capacity(self.len as usize);
        let _ = self.write_to::<()>(&mut |piece| {
            all.extend_from_slice(piece);
            Ok(())
        });
        all
    }

    /// The content that gives exactly `decoded` (the MIME parser's bytes of part `p` of
    /// `raw`) with the least memory: a range of `raw` when `decoded` lies in it, the part's
    /// base64 decoded as it is read when that reproduces `decoded` (checked here, piece by
    /// piece), else a copy of `decoded`.
    fn of(raw: &bytes::Bytes, p: &mail_parser::MessagePart<'_>, decoded: &[u8]) -> Content {
        let len = decoded.len() as u64;
        let base = raw.as_ptr() as usize;
        let at = decoded.as_ptr() as usize;
        if !decoded.is_empty() && at >= base && at + decoded.len() <= base + raw.len() {
            return Content {
                bytes: raw.clone(),
                range: at - base..at - base + decoded.len(),
                base64: false,
                len,
            };
        }
        let start = p.offset_body as usize;
        let end = p.offset_end as usize;
        if p.encoding == mail_parser::Encoding::Base64 && start <= end && end <= raw.len() {
            let candidate = Content {
                bytes: raw.clone(),
                range: start..end,
                base64: true,
                len,
            };
            if candidate.gives(decoded) {
                return candidate;
            }
        }
        Content::held(decoded.to_vec())
    }

    /// Whether reading gives exactly `expected` (and the base64 has no character the
    /// parser would not have taken).
    fn gives(&self, expected: &[u8]) -> bool {
        let raw = &self.bytes[self.range.clone()];
        let mut decoder = MimeBase64::default();
        let mut out = Vec::with_capacity(DECODE_PIECE / 4 * 3 + 3);
        let mut at = 0;
        for piece in raw.chunks(DECODE_PIECE) {
            out.clear();
            if decoder.feed(piece, &mut out).is_err()
                || expected.get(at..at + out.len()) != Some(out.as_slice())
            {
                return false;
            }
            at += out.len();
        }
        at == expected.len()
    }
}

/// mail-parser's base64 decoding of a MIME part body (`decode_base64_mime`), with its state
/// kept between pieces: the same bytes for any input it accepts (padding inside the text
/// flushes, blanks and a lone `-` are skipped, a partial last group is dropped).
#[derive(Default)]
struct MimeBase64 {
    chunk: u32,
    count: u8,
}

impl MimeBase64 {
    fn feed(&mut self, input: &[u8], out: &mut Vec<u8>) -> Result<(), ()> {
        use mail_parser::decoders::base64::BASE64_MAP;
        for &ch in input {
            let val = BASE64_MAP[self.count as usize][ch as usize];
            if val < 0x01ff_ffff {
                self.count = (self.count + 1) & 3;
                if self.count == 1 {
                    self.chunk = val;
                } else {
                    self.chunk |= val;
                    if self.count == 0 {
                        out.extend_from_slice(&self.chunk.to_le_bytes()[0..3]);
                    }
                }
            } else {
                match ch {
                    b'=' => match self.count {
                        1 | 2 => {
                            out.push(self.chunk.to_le_bytes()[0]);
                            self.count = 0;
                        }
                        3 => {
                            out.extend_from_slice(&self.chunk.to_le_bytes()[0..2]);
                            self.count = 0;
                        }
                        _ => (),
                    },
                    b'\n' | b' ' | b'\t' | b'\r' | b'-' => (),
                    _ => return Err(()),
                }
            }
        }
        Ok(())
    }
}

/// A message's attachments within the limits, and what was left out.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Extracted {
    /// The attachments kept, in message order.
    pub kept: Vec<Attachment>,
    /// How many attachments the limits left out, and their bytes.
    pub left_out: usize,
    /// Total size in bytes of the attachments left out.
    pub left_out_bytes: u64,
}

impl Extracted {
    /// True when the message had no attachments at all (none kept, none left out).
    pub fn is_empty(&self) -> bool {
        self.kept.is_empty() && self.left_out == 0
    }
}

/// The attachments of raw mail bytes. Unparseable bytes have none. The attachments keep
/// `raw` (shared, not copied) to read their bytes from when they are stored.
pub fn extract(raw: &bytes::Bytes, limits: &Limits) -> Extracted {
    // As in `parse`: bare-CR line ends are not lines to the parser.
    let raw = if !raw.contains(&b'\n') && raw.contains(&b'\r') {
        bytes::Bytes::from(
            raw.iter()
                .map(|&b| if b == b'\r' { b'\n' } else { b })
                .collect::<Vec<u8>>(),
        )
    } else {
        raw.clone()
    };
    let Some(message) = MessageParser::default().parse(&raw[..]) else {
        return Extracted::default();
    };
    let mut out = Extracted::default();
    let mut bytes = 0u64;
    for (part, &id) in message.attachments.iter().enumerate() {
        let Some(p) = message.parts.get(id as usize) else {
            continue;
        };
        let size = part_len(&raw, p) as u64;
        if out.kept.len() >= limits.max_count || bytes.saturating_add(size) > limits.max_bytes {
            out.left_out += 1;
            out.left_out_bytes += size;
            continue;
        }
        bytes += size;
        let fallback = if p.is_message() {
            format!("attachment-{}.eml", part + 1)
        } else {
            format!("attachment-{}", part + 1)
        };
        let name = p
            .attachment_name()
            .and_then(sanitize_name)
            .unwrap_or(fallback);
        let content_type = content_type(p);
        let decoded = part_bytes(&raw, p);
        out.kept.push(Attachment {
            part,
            name,
            content_type,
            size: decoded.len() as u64,
            sha256: sha256_hex(&decoded),
            content: Content::of(&raw, p, &decoded),
        });
    }
    out
}

/// The size [`part_bytes`] will give.
fn part_len(raw: &[u8], p: &mail_parser::MessagePart<'_>) -> usize {
    match &p.body {
        PartType::Text(_) | PartType::Html(_) => text_bytes(raw, p).len(),
        _ => p.len(),
    }
}

/// The part's bytes as sent. Binary parts are the parser's decoding; a text part is decoded
/// here from the raw bytes (the parser turns text into UTF-8, which would change a CSV in
/// windows-1252); a forwarded message is its raw bytes.
fn part_bytes<'a>(
    raw: &'a [u8],
    p: &'a mail_parser::MessagePart<'_>,
) -> std::borrow::Cow<'a, [u8]> {
    use std::borrow::Cow;
    match &p.body {
        PartType::Text(_) | PartType::Html(_) => text_bytes(raw, p),
        PartType::Binary(b) | PartType::InlineBinary(b) => Cow::Borrowed(b.as_ref()),
        PartType::Message(m) => Cow::Borrowed(m.raw_message.as_ref()),
        _ => Cow::Borrowed(&[]),
    }
}

/// Lower-case hex SHA-256.
pub fn sha256_hex(data: &[u8]) -> String {
    sha2::Sha256::digest(data)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// A text part's bytes as sent (transfer encoding undone, charset untouched).
fn text_bytes<'a>(
    raw: &'a [u8],
    p: &'a mail_parser::MessagePart<'_>,
) -> std::borrow::Cow<'a, [u8]> {
    use std::borrow::Cow;
    let start = (p.offset_body as usize).min(raw.len());
    let end = (p.offset_end as usize).clamp(start, raw.len());
    let body = &raw[start..end];
    match p.encoding {
        mail_parser::Encoding::Base64 => mail_parser::decoders::base64::base64_decode(body)
            .map(Cow::Owned)
            .unwrap_or_else(|| Cow::Borrowed(p.contents())),
        mail_parser::Encoding::QuotedPrintable => {
            mail_parser::decoders::quoted_printable::quoted_printable_decode(body)
                .map(Cow::Owned)
                .unwrap_or_else(|| Cow::Borrowed(p.contents()))
        }
        mail_parser::Encoding::None => Cow::Borrowed(trim_delimiter_crlf(body)),
    }
}

/// The line end before a MIME boundary belongs to the boundary (RFC 2046 §5.1.1).
fn trim_delimiter_crlf(body: &[u8]) -> &[u8] {
    body.strip_suffix(b"\r\n")
        .or_else(|| body.strip_suffix(b"\n"))
        .unwrap_or(body)
}

/// The part's `type/subtype` as the mail gives it, lower case, restricted to RFC 2045 token
/// characters (anything else, or none, is `application/octet-stream`; a text part without a
/// Content-Type is `text/plain`, a forwarded message `message/rfc822`, as MIME says).
pub fn content_type(p: &mail_parser::MessagePart<'_>) -> String {
    let given = p.content_type().map(|c| match c.subtype() {
        Some(sub) => format!("{}/{}", c.ctype(), sub),
        None => c.ctype().to_string(),
    });
    let fallback = match &p.body {
        PartType::Text(_) => "text/plain",
        PartType::Html(_) => "text/html",
        PartType::Message(_) => "message/rfc822",
        _ => "application/octet-stream",
    };
    given
        .and_then(|t| clean_content_type(&t))
        .unwrap_or_else(|| fallback.to_string())
}

/// `type/subtype` in lower case when both halves are RFC 2045 tokens (at most 100 bytes).
pub fn clean_content_type(t: &str) -> Option<String> {
    let t = t.trim().to_ascii_lowercase();
    let (ty, sub) = t.split_once('/')?;
    let token = |s: &str| {
        !s.is_empty()
            && s.bytes()
                .all(|b| b.is_ascii_graphic() && !b"()<>@,;:\\\"/[]?=".contains(&b))
    };
    (t.len() <= 100 && token(ty) && token(sub)).then_some(t)
}

/// How long a stored name may be, in characters (the extension is kept when cutting).
pub const NAME_MAX_CHARS: usize = 100;

/// A citizen's file name made safe to store, show, put in a header and save on any system:
/// only the last path component (no `../`, no folders, either slash); control characters
/// (CR/LF, ESC, NUL…) and bidirectional controls become spaces or go; characters that
/// Windows refuses in names (`<>:"/\|?*`) become `_`; whitespace collapses; leading dots and
/// spaces and trailing dots go (no hidden files); Unicode NFC (Bangla names stay Bangla);
/// at most [`NAME_MAX_CHARS`] characters, keeping the extension; a Windows device name
/// (`CON`, `NUL`, `COM1`…) gets a `_` in front. `None` when nothing is left.
pub fn sanitize_name(name: &str) -> Option<String> {
    use unicode_normalization::UnicodeNormalization;
    let last = name.rsplit(['/', '\\']).next().unwrap_or("");
    let cleaned: String = last
        .nfc()
        .filter(|c| !crate::text::safety::is_bidi_control(*c))
        .map(|c| match c {
            c if c.is_control() => ' ',
            '<' | '>' | ':' | '"' | '|' | '?' | '*' => '_',
            c => c,
        })
        .collect();
    let collapsed = cleaned.split_whitespace().collect::<Vec<_>>().join(" ");
    let trimmed = collapsed
        .trim_start_matches(['.', ' '])
        .trim_end_matches(['.', ' ']);
    if trimmed.is_empty() {
        return None;
    }
    let mut name = trimmed.to_string();
    if name.chars().count() > NAME_MAX_CHARS {
        let ext = name
            .rsplit_once('.')
            .map(|(_, e)| e)
            .filter(|e| !e.is_empty() && e.chars().count() <= 10 && !e.contains(' '))
            .map(|e| format!(".{e}"))
            .unwrap_or_default();
        let keep = NAME_MAX_CHARS - ext.chars().count();
        let stem: String = name.chars().take(keep).collect();
        name = format!("{}{ext}", stem.trim_end_matches(['.', ' ']));
    }
    let stem = name.split('.').next().unwrap_or("").to_ascii_uppercase();
    let device = matches!(stem.as_str(), "CON" | "PRN" | "AUX" | "NUL")
        || ((stem.starts_with("COM") || stem.starts_with("LPT"))
            && stem.len() == 4
            && stem.as_bytes()[3].is_ascii_digit());
    if device {
        name.insert(0, '_');
    }
    Some(name)
}

#[cfg(test)]
#[path = "attachments_tests.rs"]
mod tests;

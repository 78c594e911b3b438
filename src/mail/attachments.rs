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
mod tests {
    use super::*;

    #[test]
    fn hostile_names_are_made_safe() {
        assert_eq!(sanitize_name("../../etc/passwd").as_deref(), Some("passwd"));
        assert_eq!(
            sanitize_name("..\\..\\Windows\\system32\\evil.dll").as_deref(),
            Some("evil.dll")
        );
        let bcc = sanitize_name("ফাইল\r\nBcc: x@y").unwrap();
        assert_eq!(bcc, "ফাইল Bcc_ x@y");
        assert!(!bcc.contains(['\r', '\n', ':']));
        assert_eq!(sanitize_name(".."), None);
        assert_eq!(sanitize_name("../"), None);
        assert_eq!(sanitize_name("   "), None);
        assert_eq!(sanitize_name(".bashrc").as_deref(), Some("bashrc"));
        assert_eq!(
            sanitize_name("photo\u{202E}gpj.exe").as_deref(),
            Some("photogpj.exe")
        );
        assert_eq!(
            sanitize_name("a\u{0}b\u{1b}[2J.pdf").as_deref(),
            Some("a b [2J.pdf")
        );
        assert_eq!(sanitize_name("NUL.txt").as_deref(), Some("_NUL.txt"));
        assert_eq!(sanitize_name("com1").as_deref(), Some("_com1"));
        assert_eq!(
            sanitize_name("আবেদন পত্র.pdf").as_deref(),
            Some("আবেদন পত্র.pdf")
        );
        let long = sanitize_name(&format!("{}.pdf", "ক".repeat(5000))).unwrap();
        assert_eq!(long.chars().count(), NAME_MAX_CHARS);
        assert!(long.ends_with(".pdf"));
        // Decomposed and composed Bangla spell the same name.
        assert_eq!(sanitize_name("\u{09C7}\u{09BE}"), sanitize_name("\u{09CB}"));
    }

    #[test]
    fn content_types_are_tokens() {
        assert_eq!(
            clean_content_type("Application/PDF").as_deref(),
            Some("application/pdf")
        );
        assert_eq!(clean_content_type("text/plain\r\nBcc: x"), None);
        assert_eq!(clean_content_type("nothing"), None);
        assert_eq!(clean_content_type("a/b;c"), None);
    }

    fn mail(parts: &[(&str, &str, &str, &[u8])]) -> Vec<u8> {
        use base64::Engine;
        let mut m = String::from(
            "From: <c@example.test>\r\nSubject: x\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nhello\r\n",
        );
        for (ctype, name, cte, data) in parts {
            let body = match *cte {
                "base64" => base64::engine::general_purpose::STANDARD.encode(data),
                // As mail clients send it: 76-character lines.
                "base64-lines" => base64::engine::general_purpose::STANDARD
                    .encode(data)
                    .as_bytes()
                    .chunks(76)
                    .map(|l| std::str::from_utf8(l).unwrap())
                    .collect::<Vec<_>>()
                    .join("\r\n"),
                _ => String::from_utf8(data.to_vec()).unwrap(),
            };
            let cte = cte.trim_end_matches("-lines");
            m.push_str(&format!(
                "--b\r\nContent-Type: {ctype}\r\nContent-Disposition: attachment; filename=\"{name}\"\r\nContent-Transfer-Encoding: {cte}\r\n\r\n{body}\r\n"
            ));
        }
        m.push_str("--b--\r\n");
        m.into_bytes()
    }

    #[test]
    fn bytes_types_and_names_come_from_the_mail() {
        let pdf: Vec<u8> = (0..5000u32).map(|i| (i * 7 % 256) as u8).collect();
        let csv = b"name,school\r\n\xe9l\xe8ve,X\r\n"; // windows-1252, not UTF-8
        let raw = mail(&[
            ("application/pdf", "../../etc/passwd", "base64", &pdf),
            ("text/csv; charset=windows-1252", "list.csv", "base64", csv),
            ("image/jpeg", "photo.exe", "base64", b"\xff\xd8\xff\xe0jpeg"),
            ("text/plain", "note.txt", "7bit", b"line one\r\nline two"),
        ]);
        let x = extract(&raw.into(), &Limits::default());
        assert_eq!(x.left_out, 0);
        assert_eq!(x.kept.len(), 4);
        assert_eq!(x.kept[0].name, "passwd");
        assert_eq!(x.kept[0].content_type, "application/pdf");
        assert_eq!(x.kept[0].content().to_vec(), pdf);
        assert_eq!(x.kept[0].size, pdf.len() as u64);
        assert_eq!(x.kept[0].sha256, sha256_hex(&pdf));
        assert_eq!(
            x.kept[1].content().to_vec(),
            csv,
            "a text attachment keeps its own bytes"
        );
        assert_eq!(x.kept[1].content_type, "text/csv");
        // The type is the mail's, whatever the name says.
        assert_eq!(x.kept[2].content_type, "image/jpeg");
        assert_eq!(x.kept[3].content().to_vec(), b"line one\r\nline two");
    }

    /// Issue 20: an attachment's bytes are read from the mail when stored, base64 decoded
    /// piece by piece, never held decoded; they are exactly what the MIME parser decodes.
    #[test]
    fn attachments_are_read_from_the_mail_in_pieces() {
        let big: Vec<u8> = (0..300_001u32)
            .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
            .collect();
        let raw: bytes::Bytes = mail(&[
            ("application/pdf", "scan.pdf", "base64-lines", &big),
            (
                "application/octet-stream",
                "one-line.bin",
                "base64",
                &big[..1000],
            ),
            ("application/octet-stream", "two.bin", "base64-lines", b"ab"),
            ("application/octet-stream", "plain.bin", "7bit", b"as it is"),
        ])
        .into();
        let x = extract(&raw, &Limits::default());
        let wanted: [&[u8]; 4] = [&big, &big[..1000], b"ab", b"as it is"];
        assert_eq!(x.kept.len(), 4);
        for (a, want) in x.kept.iter().zip(wanted) {
            assert_eq!(a.content().to_vec(), want, "{}", a.name);
            assert_eq!(
                (a.size, a.content().len()),
                (want.len() as u64, want.len() as u64)
            );
            assert_eq!(a.sha256, sha256_hex(want), "{}", a.name);
            assert_eq!(
                a.content().bytes.as_ptr(),
                raw.as_ptr(),
                "{}: the mail's bytes, shared",
                a.name
            );
        }
        assert!(x.kept[0].content().base64 && x.kept[2].content().base64);
        assert!(!x.kept[3].content().base64, "taken as it is");
        let mut pieces = 0;
        x.kept[0]
            .content()
            .write_to::<()>(&mut |piece| {
                assert!(piece.len() <= DECODE_PIECE);
                pieces += 1;
                Ok(())
            })
            .unwrap();
        assert!(pieces > 3, "{pieces} pieces");
    }

    /// A part the base64 reader would not reproduce is held as the parser decoded it.
    #[test]
    fn a_part_only_the_parser_decodes_is_held() {
        let raw: bytes::Bytes = b"From: <c@example.test>\r\nSubject: x\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n\
--b\r\nContent-Type: text/plain\r\n\r\nhello\r\n\
--b\r\nContent-Type: application/octet-stream; name=q.bin\r\nContent-Disposition: attachment; filename=q.bin\r\n\
Content-Transfer-Encoding: quoted-printable\r\n\r\na=3Db=\r\nc\r\n--b--\r\n"
            .to_vec()
            .into();
        let x = extract(&raw, &Limits::default());
        assert_eq!(x.kept.len(), 1);
        assert_eq!(x.kept[0].content().to_vec(), b"a=bc");
        assert_ne!(x.kept[0].content().bytes.as_ptr(), raw.as_ptr());
    }

    #[test]
    fn limits_count_what_is_left_out() {
        let parts: Vec<(String, Vec<u8>)> = (0..200)
            .map(|i| (format!("f{i}.txt"), format!("file {i}").into_bytes()))
            .collect();
        let refs: Vec<(&str, &str, &str, &[u8])> = parts
            .iter()
            .map(|(n, d)| {
                (
                    "application/octet-stream",
                    n.as_str(),
                    "base64",
                    d.as_slice(),
                )
            })
            .collect();
        let raw: bytes::Bytes = mail(&refs).into();
        let x = extract(
            &raw,
            &Limits {
                max_count: 50,
                max_bytes: 1 << 20,
            },
        );
        assert_eq!(x.kept.len(), 50);
        assert_eq!(x.left_out, 150);
        assert_eq!(x.kept[49].name, "f49.txt");
        let x = extract(
            &raw,
            &Limits {
                max_count: 500,
                max_bytes: 60,
            },
        );
        assert_eq!(x.kept.len(), 10, "6-byte files f0–f9 fit in 60 bytes");
        assert_eq!(x.left_out, 190);
    }

    #[test]
    fn garbage_has_no_attachments() {
        for raw in [
            &b""[..],
            b"\xff\xfe",
            b"Content-Type: multipart/mixed; boundary=x\r\n\r\n--x\r\n--x--",
        ] {
            let _ = extract(&bytes::Bytes::from_static(raw), &Limits::default());
        }
    }
}

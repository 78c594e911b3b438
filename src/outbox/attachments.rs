//! Citizens' attachments on the officer's mail: which ones go along (the forwarding rule),
//! the lines that list them (Bangla first), and adding them to an already rendered mail
//! when it is sent ([`attach`]), so the outbox never holds a second copy of the bytes.
//!
//! The rule: executables, scripts, macro documents and archives — and forwarded mail (a
//! container too) and HTML/SVG (active content) — by the mail's content type *or* by the
//! name's extension, are stored but never forwarded inline, only listed; the
//! others go along in order while their total stays within `attachments.forward_max_bytes`;
//! whatever does not go along is listed with the command that fetches it.

use crate::text::bangla;

/// Extensions of files that run, or that hide files inside (archives, disk images), or
/// that carry macros. Compared in lower case, on the last extension (`x.pdf.exe` is `exe`).
const RISKY_EXTENSIONS: &[&str] = &[
    // programs and scripts
    "exe",
    "com",
    "bat",
    "cmd",
    "scr",
    "pif",
    "msi",
    "msp",
    "msc",
    "cpl",
    "dll",
    "sys",
    "drv",
    "js",
    "jse",
    "mjs",
    "vbs",
    "vbe",
    "wsf",
    "wsh",
    "ws",
    "wsc",
    "ps1",
    "psm1",
    "psd1",
    "hta",
    "jar",
    "lnk",
    "reg",
    "inf",
    "scf",
    "sh",
    "bash",
    "csh",
    "ksh",
    "py",
    "pl",
    "rb",
    "apk",
    "app",
    "gadget",
    "application",
    "appx",
    "msix",
    "deb",
    "rpm",
    "run",
    "bin",
    // macro-enabled office documents
    "docm",
    "dotm",
    "xlsm",
    "xltm",
    "xlam",
    "pptm",
    "potm",
    "ppam",
    "sldm",
    // archives and disk images
    "zip",
    "zipx",
    "rar",
    "7z",
    "gz",
    "tgz",
    "tar",
    "bz2",
    "tbz",
    "tbz2",
    "xz",
    "txz",
    "z",
    "lz",
    "lzh",
    "lha",
    "lzma",
    "zst",
    "cab",
    "arj",
    "ace",
    "uue",
    "iso",
    "img",
    "dmg",
    "vhd",
    "vhdx",
    // forwarded mail (which may hold any of the above) and active web content
    "eml",
    "msg",
    "mht",
    "mhtml",
    "htm",
    "html",
    "xhtml",
    "svg",
    "svgz",
];

/// Content types of programs, scripts and archives (lower case, exact).
const RISKY_TYPES: &[&str] = &[
    "application/x-msdownload",
    "application/x-msdos-program",
    "application/x-dosexec",
    "application/x-executable",
    "application/x-elf",
    "application/vnd.microsoft.portable-executable",
    "application/x-ms-installer",
    "application/x-msi",
    "application/x-ole-storage",
    "application/x-sh",
    "application/x-csh",
    "application/x-shellscript",
    "text/x-shellscript",
    "application/x-bat",
    "application/bat",
    "application/x-msdos-batch",
    "application/x-powershell",
    "application/hta",
    "text/vbscript",
    "application/x-vbscript",
    "application/x-tar",
    "application/x-7z-compressed",
    "application/vnd.rar",
    "application/x-rar",
    "application/x-bzip",
    "application/x-bzip2",
    "application/x-xz",
    "application/x-lzh",
    "application/x-lzma",
    "application/zstd",
    "application/vnd.ms-cab-compressed",
    "application/x-iso9660-image",
    "application/x-apple-diskimage",
    "application/vnd.android.package-archive",
    "application/java-archive",
    "application/x-java-archive",
    "application/vnd.ms-word.document.macroenabled.12",
    "application/vnd.ms-excel.sheet.macroenabled.12",
    "application/vnd.ms-powerpoint.presentation.macroenabled.12",
];

/// Parts of content types that mark a program, a script or an archive whatever the vendor
/// prefix (`application/x-zip-compressed`, `application/gzip`, `text/javascript`…).
const RISKY_TYPE_WORDS: &[&str] = &[
    "zip",
    "compressed",
    "executable",
    "msdownload",
    "javascript",
    "ecmascript",
    "archive",
    "macroenabled",
];

/// Whether an attachment must never be forwarded inline: a program, a script, a macro
/// document or an archive, by its content type or by its name's extension (either is
/// enough: a zip sent as `application/octet-stream` is still a zip).
pub fn is_risky(name: &str, content_type: &str) -> bool {
    let t = content_type.to_ascii_lowercase();
    // A forwarded mail is a container like an archive (its own attachments are inside it,
    // unchecked); HTML and SVG can carry scripts and disguised links.
    let container_or_active = t.starts_with("message/")
        || matches!(
            t.as_str(),
            "text/html" | "application/xhtml+xml" | "image/svg+xml"
        );
    let by_type = container_or_active
        || RISKY_TYPES.contains(&t.as_str())
        || t.split_once('/')
            .is_some_and(|(_, sub)| RISKY_TYPE_WORDS.iter().any(|w| sub.contains(w)));
    let by_name = name
        .rsplit_once('.')
        .map(|(_, ext)| ext.trim().to_ascii_lowercase())
        .is_some_and(|ext| RISKY_EXTENSIONS.contains(&ext.as_str()));
    by_type || by_name
}

/// What became of one stored attachment on a notice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fate {
    /// Carried by the notice.
    Attached,
    /// A program, script, macro document or archive: listed only.
    Risky,
    /// Over `attachments.forward_max_bytes` in all: listed only.
    TooLarge,
}

/// One stored attachment as the notice lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Listed {
    /// The attachment's number on the ticket, as `sebadesk tickets attachment REF N` takes it.
    pub n: i64,
    /// The file name the citizen's mail gave it (cleaned when shown).
    pub name: String,
    /// The MIME type the citizen's mail declared (not checked against the content).
    pub content_type: String,
    /// Size in bytes.
    pub size: u64,
    /// Whether the notice carries it, and if not, why.
    pub fate: Fate,
}

/// The attachments of one message on a notice to the officer.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Listing {
    /// The ticket, for the command that fetches an attachment.
    pub reference: String,
    /// The ticket's stored attachments, numbered, with what the notice does with each.
    pub items: Vec<Listed>,
    /// How many attachments the storage limits left out of the store altogether.
    pub not_stored: usize,
}

impl Listing {
    /// Applies the forwarding rule to `items` (number, name, content type, size), in order:
    /// risky ones are listed only; the others are attached while their total stays within
    /// `forward_max_bytes` (a large one that does not fit leaves room for smaller ones).
    pub fn plan(
        reference: &str,
        items: impl IntoIterator<Item = (i64, String, String, u64)>,
        not_stored: usize,
        forward_max_bytes: u64,
    ) -> Listing {
        let mut budget = forward_max_bytes;
        let items = items
            .into_iter()
            .map(|(n, name, content_type, size)| {
                let fate = if is_risky(&name, &content_type) {
                    Fate::Risky
                } else if forward_max_bytes > 0 && size <= budget {
                    budget -= size;
                    Fate::Attached
                } else {
                    Fate::TooLarge
                };
                Listed {
                    n,
                    name,
                    content_type,
                    size,
                    fate,
                }
            })
            .collect();
        Listing {
            reference: reference.to_string(),
            items,
            not_stored,
        }
    }

    /// Whether there is nothing to list (no attachment stored, none left out).
    pub fn is_empty(&self) -> bool {
        self.items.is_empty() && self.not_stored == 0
    }

    /// The numbers of the attachments the notice carries.
    pub fn attached(&self) -> Vec<i64> {
        self.items
            .iter()
            .filter(|i| i.fate == Fate::Attached)
            .map(|i| i.n)
            .collect()
    }

    fn listed_only(&self) -> usize {
        self.items
            .iter()
            .filter(|i| i.fate != Fate::Attached)
            .count()
    }

    /// The Bangla lines (empty when there are no attachments).
    pub fn bn(&self) -> String {
        if self.is_empty() {
            return String::new();
        }
        let d = |n: usize| bangla::digits(&n.to_string());
        let mut s = format!(
            "সংযুক্তি: {}টি ({}টি এই ই-মেইলে সংযুক্ত)\n",
            d(self.items.len()),
            d(self.attached().len())
        );
        for i in &self.items {
            let fate = match i.fate {
                Fate::Attached => "সংযুক্ত",
                Fate::Risky => "সংযুক্ত করা হয়নি: প্রোগ্রাম বা আর্কাইভ ফাইল, খোলার আগে যাচাই করুন",
                Fate::TooLarge => "সংযুক্ত করা হয়নি: আকারের সীমা",
            };
            s.push_str(&format!(
                "  {}. {} — {}, {} — {fate}\n",
                d(i.n as usize),
                name_line(&i.name),
                i.content_type,
                bangla::digits(&size(i.size))
            ));
        }
        if self.listed_only() > 0 {
            s.push_str(&format!(
                "সংযুক্ত না করা {}টি ফাইল পেতে: sebadesk tickets attachment {} N --out FILE\n",
                d(self.listed_only()),
                self.reference
            ));
        }
        if self.not_stored > 0 {
            s.push_str(&format!(
                "আরও {}টি সংযুক্তি সংখ্যা বা আকারের সীমার বাইরে, সংরক্ষণ করা হয়নি (মূল ই-মেইলটি ডেস্কের মেইলবক্সে আছে)।\n",
                d(self.not_stored)
            ));
        }
        s
    }

    /// The English lines (empty when there are no attachments).
    pub fn en(&self) -> String {
        if self.is_empty() {
            return String::new();
        }
        let mut s = format!(
            "Attachments: {} ({} attached to this e-mail)\n",
            self.items.len(),
            self.attached().len()
        );
        for i in &self.items {
            let fate = match i.fate {
                Fate::Attached => "attached",
                Fate::Risky => "not attached: a program or archive, check it before opening",
                Fate::TooLarge => "not attached: size limit",
            };
            s.push_str(&format!(
                "  {}. {} — {}, {} — {fate}\n",
                i.n,
                name_line(&i.name),
                i.content_type,
                size(i.size)
            ));
        }
        if self.listed_only() > 0 {
            s.push_str(&format!(
                "To get the {} not attached: sebadesk tickets attachment {} N --out FILE\n",
                self.listed_only(),
                self.reference
            ));
        }
        if self.not_stored > 0 {
            s.push_str(&format!(
                "{} more attachments were over the count or size limit and not stored (the original mail is in the desk's mailbox).\n",
                self.not_stored
            ));
        }
        s
    }
}

/// A stored name as one line of a mail (they are sanitised already; this is the mail's own
/// guard).
fn name_line(name: &str) -> String {
    crate::text::safety::one_line(name, crate::mail::attachments::NAME_MAX_CHARS)
}

/// A size for people: `512 B`, `10 KB`, `2.0 MB`.
pub fn size(bytes: u64) -> String {
    match bytes {
        b if b < 1024 => format!("{b} B"),
        b if b < 1024 * 1024 => format!("{} KB", b.div_ceil(1024)),
        b => format!("{:.1} MB", b as f64 / (1024.0 * 1024.0)),
    }
}

/// A mail header's fields, unfolded into (lower-case name, whole field with its continuation
/// lines), in order.
fn header_fields(head: &[u8]) -> Vec<(String, Vec<u8>)> {
    let mut fields: Vec<(String, Vec<u8>)> = Vec::new();
    for line in head.split_inclusive(|&b| b == b'\n') {
        match (line.first(), fields.last_mut()) {
            (Some(b' ' | b'\t'), Some((_, field))) => field.extend_from_slice(line),
            _ => {
                let name = line
                    .iter()
                    .position(|&b| b == b':')
                    .map(|c| {
                        String::from_utf8_lossy(&line[..c])
                            .trim()
                            .to_ascii_lowercase()
                    })
                    .unwrap_or_default();
                fields.push((name, line.to_vec()));
            }
        }
    }
    fields
}

/// A MIME boundary: `=_` cannot occur in base64 or quoted-printable text, and the random part
/// in nothing.
fn new_boundary() -> Result<String, String> {
    let mut random = [0u8; 16];
    getrandom::fill(&mut random).map_err(|e| format!("randomness: {e}"))?;
    Ok(format!(
        "=_sebadesk_{}",
        random
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect::<String>()
    ))
}

/// One attachment as a MIME part: its declared type (else octet-stream), a safe file name
/// (RFC 2231), base64 always.
fn attachment_part(p: &crate::store::attachments::ForwardedAttachment) -> Result<Vec<u8>, String> {
    use lettre::message::header::{ContentDisposition, ContentTransferEncoding, ContentType};
    use lettre::message::{Body, SinglePart};
    let content_type = ContentType::parse(&p.content_type)
        .unwrap_or_else(|_| ContentType::parse("application/octet-stream").expect("valid"));
    let name = crate::mail::attachments::sanitize_name(&p.name)
        .unwrap_or_else(|| format!("attachment-{}", p.n));
    let body = Body::new_with_encoding(p.data.clone(), ContentTransferEncoding::Base64)
        .map_err(|_| "cannot encode an attachment".to_string())?;
    Ok(SinglePart::builder()
        .header(content_type)
        .header(ContentDisposition::attachment(&name))
        .body(body)
        .formatted())
}

/// A rendered single-part mail (as [`super::render::build`] makes it) with `parts` attached:
/// its header gains `Content-Type: multipart/mixed`, its original body (with its own
/// Content-Type and transfer encoding) becomes the first part, each attachment a base64 part
/// (base64 always, so the bytes arrive exactly as stored) named with RFC 2231. The other
/// headers — Message-ID, Date, Auto-Submitted, our loop header — are unchanged, so a retry
/// sends the same mail.
pub fn attach(
    raw: &[u8],
    parts: &[crate::store::attachments::ForwardedAttachment],
) -> Result<Vec<u8>, String> {
    if parts.is_empty() {
        return Ok(raw.to_vec());
    }
    let split = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .ok_or("the rendered mail has no header end")?;
    let (head, body) = (&raw[..split + 2], &raw[split + 4..]);
    let fields = header_fields(head);
    let is_body_field = |name: &str| name == "content-type" || name == "content-transfer-encoding";
    let boundary = new_boundary()?;
    let mut out = Vec::with_capacity(
        raw.len()
            + parts
                .iter()
                .map(|p| p.data.len() * 4 / 3 + 512)
                .sum::<usize>(),
    );
    for (name, field) in &fields {
        if !is_body_field(name) {
            out.extend_from_slice(field);
        }
    }
    out.extend_from_slice(
        format!("Content-Type: multipart/mixed; boundary=\"{boundary}\"\r\n\r\n").as_bytes(),
    );
    out.extend_from_slice(format!("--{boundary}\r\n").as_bytes());
    for (name, field) in &fields {
        if is_body_field(name) {
            out.extend_from_slice(field);
        }
    }
    out.extend_from_slice(b"\r\n");
    out.extend_from_slice(body);
    if !body.ends_with(b"\r\n") {
        out.extend_from_slice(b"\r\n");
    }
    for p in parts {
        out.extend_from_slice(format!("--{boundary}\r\n").as_bytes());
        out.extend_from_slice(&attachment_part(p)?);
    }
    out.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
    Ok(out)
}

#[cfg(test)]
#[path = "attachments_tests.rs"]
mod tests;

//! Citizens' attachments end to end on the real mail stack (issue 16, point 5): stored once
//! by content, carried byte-identical by the officer's new-ticket notice, written back
//! byte-identical by `sebadesk tickets attachment`; hostile ones (200 of them, path-traversal
//! and header-injection names, a zip bomb) stored safely within the limits and never
//! forwarded inline.

use std::time::Duration;

use sqlx::Row;

use crate::helpers::*;

/// A request with attachments, as a mail client writes it: a Bangla text part, then each
/// attachment base64 in 76-character lines. `name` goes into the header as given (RFC 2231
/// UTF-8 when it is not ASCII, so CR/LF in it survive to the parser).
fn request_with(
    from: &str,
    message_id: &str,
    subject: &str,
    body: &str,
    files: &[(&str, &str, &[u8])],
) -> Vec<u8> {
    use base64::Engine;
    let b64 = base64::engine::general_purpose::STANDARD;
    let wrap = |data: &[u8]| {
        b64.encode(data)
            .as_bytes()
            .chunks(76)
            .map(|c| String::from_utf8(c.to_vec()).unwrap())
            .collect::<Vec<_>>()
            .join("\r\n")
    };
    let mut m = format!(
        "From: <{from}>\r\nTo: ict.melandaha@office.test\r\nSubject: =?UTF-8?B?{}?=\r\n\
         Message-ID: <{message_id}>\r\nDate: {}\r\nMIME-Version: 1.0\r\n\
         Content-Type: multipart/mixed; boundary=\"sd-test-boundary\"\r\n\r\n\
         --sd-test-boundary\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n{}\r\n",
        b64.encode(subject.as_bytes()),
        jiff::Timestamp::now().strftime("%a, %d %b %Y %H:%M:%S +0000"),
        wrap(body.as_bytes()),
    );
    for (ctype, name, data) in files {
        let disposition = if name.is_ascii() && !name.contains(['\r', '\n', '"']) {
            format!("attachment; filename=\"{name}\"")
        } else {
            let encoded: String = name
                .bytes()
                .map(|b| {
                    if b.is_ascii_alphanumeric() || b".-_".contains(&b) {
                        (b as char).to_string()
                    } else {
                        format!("%{b:02X}")
                    }
                })
                .collect();
            format!("attachment; filename*=UTF-8''{encoded}")
        };
        m.push_str(&format!(
            "--sd-test-boundary\r\nContent-Type: {ctype}\r\nContent-Disposition: {disposition}\r\nContent-Transfer-Encoding: base64\r\n\r\n{}\r\n",
            wrap(data)
        ));
    }
    m.push_str("--sd-test-boundary--\r\n");
    m.into_bytes()
}

/// Deterministic bytes that do not compress (a PDF's or a photo's stand-in).
fn noise(len: usize, seed: u64) -> Vec<u8> {
    let mut x = seed | 1;
    (0..len)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x >> 24) as u8
        })
        .collect()
}

fn pdf(len: usize) -> Vec<u8> {
    let mut d = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n".to_vec();
    d.extend(noise(len - d.len() - 6, 7));
    d.extend_from_slice(b"%%EOF\n");
    d
}

fn jpeg(len: usize) -> Vec<u8> {
    let mut d = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00".to_vec();
    d.extend(noise(len - d.len() - 2, 11));
    d.extend_from_slice(b"\xff\xd9");
    d
}

/// A real zip bomb: one member of `size` zero bytes, deflated with fixed Huffman codes as
/// back-references of 258 bytes (13 bits each), so ~160× smaller than what it expands to.
fn zip_bomb(size: usize) -> Vec<u8> {
    let mut bits: Vec<u8> = Vec::new();
    let (mut acc, mut n) = (0u32, 0u32);
    let mut put = |value: u32, count: u32, bits: &mut Vec<u8>| {
        acc |= value << n;
        n += count;
        while n >= 8 {
            bits.push(acc as u8);
            acc >>= 8;
            n -= 8;
        }
    };
    // Huffman codes are written most significant bit first.
    let rev =
        |code: u32, len: u32| (0..len).fold(0, |r, i| r | (((code >> i) & 1) << (len - 1 - i)));
    put(1, 1, &mut bits); // BFINAL
    put(1, 2, &mut bits); // fixed Huffman
    put(rev(0x30, 8), 8, &mut bits); // literal 0 (code 00110000)
    let mut left = size - 1;
    while left >= 258 {
        put(rev(0b1100_0101, 8), 8, &mut bits); // length 258 (code 285)
        put(0, 5, &mut bits); // distance 1 (code 0)
        left -= 258;
    }
    for _ in 0..left {
        put(rev(0x30, 8), 8, &mut bits);
    }
    put(0, 7, &mut bits); // end of block (code 256)
    put(0, 7, &mut bits); // flush
    let deflated = bits;
    let table: Vec<u32> = (0..256u32)
        .map(|i| {
            (0..8).fold(i, |c, _| {
                if c & 1 == 1 {
                    0xEDB8_8320 ^ (c >> 1)
                } else {
                    c >> 1
                }
            })
        })
        .collect();
    let crc = !(0..size).fold(!0u32, |c, _| table[(c & 0xff) as usize] ^ (c >> 8));
    let name = b"zeros.bin";
    let mut z = Vec::new();
    let le16 = |z: &mut Vec<u8>, v: u16| z.extend_from_slice(&v.to_le_bytes());
    let le32 = |z: &mut Vec<u8>, v: u32| z.extend_from_slice(&v.to_le_bytes());
    le32(&mut z, 0x0403_4b50);
    for v in [20u16, 0, 8, 0, 0] {
        le16(&mut z, v);
    }
    le32(&mut z, crc);
    le32(&mut z, deflated.len() as u32);
    le32(&mut z, size as u32);
    le16(&mut z, name.len() as u16);
    le16(&mut z, 0);
    z.extend_from_slice(name);
    z.extend_from_slice(&deflated);
    let central = z.len();
    le32(&mut z, 0x0201_4b50);
    for v in [20u16, 20, 0, 8, 0, 0] {
        le16(&mut z, v);
    }
    le32(&mut z, crc);
    le32(&mut z, deflated.len() as u32);
    le32(&mut z, size as u32);
    for v in [name.len() as u16, 0, 0, 0, 0] {
        le16(&mut z, v);
    }
    le32(&mut z, 0);
    le32(&mut z, 0);
    z.extend_from_slice(name);
    let central_len = z.len() - central;
    le32(&mut z, 0x0605_4b50);
    for v in [0u16, 0, 1, 1] {
        le16(&mut z, v);
    }
    le32(&mut z, central_len as u32);
    le32(&mut z, central as u32);
    le16(&mut z, 0);
    z
}

fn sha256(data: &[u8]) -> String {
    sebadesk::mail::attachments::sha256_hex(data)
}

/// `tickets attachments REF --format json`.
fn attachments_json(stack: &MailStack, reference: &str) -> Vec<serde_json::Value> {
    let out = sebadesk(
        stack,
        &[],
        &["tickets", "attachments", reference, "--format", "json"],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

async fn count(stack: &MailStack, sql: &'static str) -> i64 {
    let db = stack.db().await;
    let n = sqlx::query(sql)
        .fetch_one(&db)
        .await
        .unwrap()
        .try_get::<i64, _>(0)
        .unwrap();
    db.close().await;
    n
}

/// The test: a request with a 2 MB PDF and a photo → both stored once, both on the
/// officer's notice byte-identical, `tickets attachment` writes the same bytes; the same PDF
/// sent again (another request, and a follow-up) is not stored again.
#[tokio::test(flavor = "multi_thread")]
async fn a_pdf_and_a_photo_reach_the_officer_byte_identical_and_are_stored_once() {
    let stack = MailStack::start();
    let mut daemon = Daemon::start(&stack, &[]);
    daemon.wait_watching().await;
    let mut desk = stack.imap("ict.melandaha@office.test").await;
    let mut citizen = stack.imap("citizen1@example.test").await;
    let mut officer = stack.imap("officer@office.test").await;

    let pdf = pdf(2 * 1024 * 1024);
    let photo = jpeg(300 * 1024);
    desk.append(&request_with(
        "citizen1@example.test",
        "att-1@example.test",
        "ডিজিটাল ল্যাবের প্রজেক্টর নষ্ট",
        "আমাদের স্কুলের ডিজিটাল ল্যাবের প্রজেক্টর চালু হচ্ছে না। আবেদনপত্র ও ছবি সংযুক্ত।",
        &[
            ("application/pdf", "আবেদনপত্র.pdf", &pdf),
            ("image/jpeg", "lab-photo.jpg", &photo),
        ],
    ))
    .await;
    assert!(
        citizen.wait_for(1, Duration::from_secs(30)).await.is_some(),
        "no acknowledgement:\n{}",
        daemon.log_text()
    );
    assert!(
        officer.wait_for(1, Duration::from_secs(30)).await.is_some(),
        "no new-ticket notice:\n{}",
        daemon.log_text()
    );
    let reference = tickets_json(&stack)[0]["reference"]
        .as_str()
        .unwrap()
        .to_string();

    // The notice carries both, byte-identical, under their names, and lists them.
    let notice = officer.messages().await.remove(0).2;
    let parsed = mail_parser::MessageParser::default()
        .parse(&notice)
        .unwrap();
    let carried: Vec<(String, String, Vec<u8>)> = parsed
        .attachments()
        .map(|a| {
            use mail_parser::MimeHeaders;
            let t = a.content_type().unwrap();
            (
                a.attachment_name().unwrap_or("").to_string(),
                format!("{}/{}", t.ctype(), t.subtype().unwrap_or("")),
                a.contents().to_vec(),
            )
        })
        .collect();
    assert_eq!(carried.len(), 2, "the notice's attachments");
    assert_eq!(carried[0].0, "আবেদনপত্র.pdf");
    assert_eq!(carried[0].1, "application/pdf");
    assert!(carried[0].2 == pdf, "the PDF on the notice differs");
    assert_eq!(carried[1].0, "lab-photo.jpg");
    assert_eq!(carried[1].1, "image/jpeg");
    assert!(carried[1].2 == photo, "the photo on the notice differs");
    let text = parsed.body_text(0).unwrap();
    assert!(
        text.contains("সংযুক্তি: ২টি (২টি এই ই-মেইলে সংযুক্ত)"),
        "{text}"
    );
    assert!(
        text.contains("Attachments: 2 (2 attached to this e-mail)"),
        "{text}"
    );
    // The acknowledgement to the citizen carries nothing back.
    let ack = citizen.messages().await.remove(0).2;
    let ack = mail_parser::MessageParser::default().parse(&ack).unwrap();
    assert_eq!(ack.attachment_count(), 0);
    // The outbox holds the notice's text only: the bytes are added from the store.
    let biggest_body = count(
        &stack,
        "SELECT CAST(MAX(LENGTH(raw)) AS BIGINT) FROM outbox_bodies",
    )
    .await;
    assert!(
        biggest_body < 64 * 1024,
        "an outbox body of {biggest_body} bytes"
    );

    // Listed by number with the mail's types, sizes and hashes.
    let listed = attachments_json(&stack, &reference);
    assert_eq!(listed.len(), 2);
    assert_eq!(listed[0]["n"], 1);
    assert_eq!(listed[0]["name"], "আবেদনপত্র.pdf");
    assert_eq!(listed[0]["content_type"], "application/pdf");
    assert_eq!(listed[0]["size"], pdf.len());
    assert_eq!(listed[0]["sha256"], sha256(&pdf));
    assert_eq!(listed[1]["sha256"], sha256(&photo));

    // Written back byte for byte, owner-only; an existing file is kept unless --force.
    let out = stack.dir.join("fetched.pdf");
    let out_s = out.display().to_string();
    let run = sebadesk(
        &stack,
        &[],
        &["tickets", "attachment", &reference, "1", "--out", &out_s],
    );
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    assert!(
        std::fs::read(&out).unwrap() == pdf,
        "tickets attachment wrote other bytes"
    );
    use std::os::unix::fs::PermissionsExt;
    assert_eq!(
        std::fs::metadata(&out).unwrap().permissions().mode() & 0o777,
        0o600
    );
    std::fs::write(&out, b"the officer's own file").unwrap();
    let run = sebadesk(
        &stack,
        &[],
        &["tickets", "attachment", &reference, "2", "--out", &out_s],
    );
    assert_eq!(
        run.status.code(),
        Some(2),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    assert_eq!(std::fs::read(&out).unwrap(), b"the officer's own file");
    let run = sebadesk(
        &stack,
        &[],
        &[
            "tickets",
            "attachment",
            &reference,
            "2",
            "--out",
            &out_s,
            "--force",
        ],
    );
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    assert!(std::fs::read(&out).unwrap() == photo);
    let run = sebadesk(
        &stack,
        &[],
        &[
            "tickets",
            "attachment",
            &reference,
            "3",
            "--out",
            &out_s,
            "--force",
        ],
    );
    assert_eq!(run.status.code(), Some(1), "no attachment 3");

    // The same PDF again: in another citizen's request, and in a follow-up on this ticket.
    let report = b"a short report".to_vec();
    desk.append(&request_with(
        "citizen2@example.test",
        "att-2@example.test",
        "ই-নথি আবেদন",
        "ই-নথিতে লগইন হচ্ছে না। আবেদনপত্র সংযুক্ত।",
        &[("application/pdf", "application.pdf", &pdf)],
    ))
    .await;
    desk.append(&request_with(
        "citizen1@example.test",
        "att-3@example.test",
        &format!("Re: [{reference}] আবেদন গৃহীত"),
        "আবার পাঠালাম, সাথে প্রতিবেদন।",
        &[
            ("application/pdf", "আবেদনপত্র.pdf", &pdf),
            ("text/plain", "report.txt", &report),
        ],
    ))
    .await;
    let t0 = std::time::Instant::now();
    while attachments_json(&stack, &reference).len() < 4 && t0.elapsed() < Duration::from_secs(30) {
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let listed = attachments_json(&stack, &reference);
    assert_eq!(
        listed.len(),
        4,
        "the follow-up's attachments:\n{}",
        daemon.log_text()
    );
    assert_eq!(listed[2]["n"], 3);
    assert_eq!(listed[2]["sha256"], sha256(&pdf));
    assert_eq!(listed[3]["name"], "report.txt");
    let t0 = std::time::Instant::now();
    while tickets_json(&stack).len() < 2 && t0.elapsed() < Duration::from_secs(30) {
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let tickets = tickets_json(&stack);
    assert_eq!(tickets.len(), 2, "the follow-up opened no ticket");
    let other = tickets[1]["reference"].as_str().unwrap();
    assert_eq!(attachments_json(&stack, other)[0]["sha256"], sha256(&pdf));
    // A stranger naming the ticket opens a ticket of their own (the one-message path, not
    // the batch's): the photo is stored on it, not again as bytes, and its notice carries it.
    desk.append(&request_with(
        "citizen3@example.test",
        "att-4@example.test",
        &format!("[{reference}] আমাদের ল্যাবেও একই সমস্যা"),
        "আমাদের স্কুলের ল্যাবের প্রজেক্টরও নষ্ট। ছবি সংযুক্ত।",
        &[("image/jpeg", "lab-photo.jpg", &photo)],
    ))
    .await;
    let t0 = std::time::Instant::now();
    while tickets_json(&stack).len() < 3 && t0.elapsed() < Duration::from_secs(30) {
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let tickets = tickets_json(&stack);
    assert_eq!(tickets.len(), 3, "{}", daemon.log_text());
    let third = tickets[2]["reference"].as_str().unwrap().to_string();
    assert_eq!(
        attachments_json(&stack, &third)[0]["sha256"],
        sha256(&photo)
    );
    assert!(
        officer.wait_for(3, Duration::from_secs(30)).await.is_some(),
        "no notice for {third}:\n{}",
        daemon.log_text()
    );
    let notices = officer.messages().await;
    let third_notice = notices
        .iter()
        .map(|(_, _, raw)| mail_parser::MessageParser::default().parse(raw).unwrap())
        .find(|m| m.subject().unwrap_or("").contains(&third))
        .expect("the third ticket's notice");
    let carried: Vec<&[u8]> = third_notice.attachments().map(|a| a.contents()).collect();
    assert_eq!(carried.len(), 1);
    assert!(
        carried[0] == photo.as_slice(),
        "the photo on the third notice differs"
    );
    // Six rows, three blobs: the PDF, the photo, the report.
    assert_eq!(count(&stack, "SELECT COUNT(*) FROM attachments").await, 6);
    assert_eq!(
        count(&stack, "SELECT COUNT(*) FROM attachment_blobs").await,
        3
    );
    assert_eq!(
        count(&stack, "SELECT COUNT(*) FROM attachment_data").await,
        3
    );
    let kinds = event_kinds(&show(&stack, &reference));
    let at = |k: &str| kinds.iter().position(|x| x == k).unwrap();
    assert!(at("opened") < at("attachments"), "{kinds:?}");
    assert_eq!(
        kinds.iter().filter(|k| *k == "attachments").count(),
        2,
        "{kinds:?}"
    );
    assert_eq!(daemon.stop(), Some(0));
}

/// Bad input: 200 attachments, a path-traversal name, a header-injection name and a zip
/// bomb in one request. The first 50 are stored (the rest counted), names sanitised, the
/// bomb stored as the bytes it is and never expanded nor attached to the notice; the
/// notice injects no header.
#[tokio::test(flavor = "multi_thread")]
async fn hostile_attachments_are_bounded_sanitised_and_never_forwarded_inline() {
    let stack = MailStack::start();
    let mut daemon = Daemon::start(&stack, &[]);
    daemon.wait_watching().await;
    let mut desk = stack.imap("ict.melandaha@office.test").await;
    let mut officer = stack.imap("officer@office.test").await;

    let bomb = zip_bomb(50 * 1024 * 1024);
    assert!(bomb.len() < 400 * 1024, "bomb of {} bytes", bomb.len());
    let small: Vec<(String, Vec<u8>)> = (0..197)
        .map(|i| {
            (
                format!("scan-{i:03}.png"),
                format!("\u{89}PNG scan {i}").into_bytes(),
            )
        })
        .collect();
    let mut files: Vec<(&str, &str, &[u8])> = vec![
        ("application/zip", "photos.zip", &bomb),
        (
            "text/plain",
            "../../etc/passwd",
            b"root:x:0:0::/root:/bin/sh\n",
        ),
        ("application/pdf", "ফাইল\r\nBcc: x@y", b"%PDF-1.4 tiny"),
    ];
    files.extend(
        small
            .iter()
            .map(|(n, d)| ("image/png", n.as_str(), d.as_slice())),
    );
    assert_eq!(files.len(), 200);
    desk.append(&request_with(
        "citizen1@example.test",
        "hostile-1@example.test",
        "ল্যাবের কম্পিউটারের ছবি",
        "আমাদের ল্যাবের কম্পিউটারগুলোর ছবি পাঠালাম।",
        &files,
    ))
    .await;
    assert!(
        officer.wait_for(1, Duration::from_secs(30)).await.is_some(),
        "no new-ticket notice:\n{}",
        daemon.log_text()
    );
    let reference = tickets_json(&stack)[0]["reference"]
        .as_str()
        .unwrap()
        .to_string();

    let listed = attachments_json(&stack, &reference);
    assert_eq!(listed.len(), 50, "max_per_message");
    assert_eq!(listed[0]["name"], "photos.zip");
    assert_eq!(listed[0]["content_type"], "application/zip");
    assert_eq!(
        listed[0]["size"],
        bomb.len(),
        "the bomb is stored as sent, not expanded"
    );
    assert_eq!(listed[0]["sha256"], sha256(&bomb));
    assert_eq!(listed[1]["name"], "passwd");
    assert_eq!(listed[2]["name"], "ফাইল Bcc_ x@y");
    assert_eq!(listed[2]["content_type"], "application/pdf");
    let t = show(&stack, &reference);
    let event = t["events"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["kind"] == "attachments")
        .expect("an attachments event");
    assert_eq!(event["detail"]["stored"], 50);
    assert_eq!(event["detail"]["left_out"], 150);
    let text = sebadesk(&stack, &[], &["tickets", "attachments", &reference]);
    let text = String::from_utf8(text.stdout).unwrap();
    assert!(text.contains("150 more attachment(s)"), "{text}");
    assert_eq!(
        text.lines().count(),
        1 + 50 + 1,
        "one row per attachment:\n{text}"
    );

    // The notice: the zip listed only, the others attached; no injected header.
    let notice = officer.messages().await.remove(0).2;
    let parsed = mail_parser::MessageParser::default()
        .parse(&notice)
        .unwrap();
    assert!(parsed.header("Bcc").is_none());
    let names: Vec<String> = parsed
        .attachments()
        .map(|a| {
            mail_parser::MimeHeaders::attachment_name(a)
                .unwrap_or("")
                .to_string()
        })
        .collect();
    assert_eq!(names.len(), 49, "every stored attachment but the zip");
    assert!(!names.iter().any(|n| n.contains("zip")), "{names:?}");
    assert_eq!(names[0], "passwd");
    assert_eq!(names[1], "ফাইল Bcc_ x@y");
    let body = parsed.body_text(0).unwrap();
    assert!(body.contains("photos.zip — application/zip"), "{body}");
    assert!(
        body.contains("not attached: a program or archive"),
        "{body}"
    );
    assert!(body.contains(&format!(
        "sebadesk tickets attachment {reference} N --out FILE"
    )));
    assert!(
        body.contains("150 more attachments were over the count or size limit"),
        "{body}"
    );
    assert!(!body.contains("\r\nBcc") && !body.lines().any(|l| l.starts_with("Bcc:")));

    // The bomb comes back as the same bytes: never expanded on the way.
    let out = stack.dir.join("bomb.zip");
    let out_s = out.display().to_string();
    let run = sebadesk(
        &stack,
        &[],
        &["tickets", "attachment", &reference, "1", "--out", &out_s],
    );
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    assert!(std::fs::read(&out).unwrap() == bomb);
    assert_eq!(daemon.stop(), Some(0));
}

/// The officer's follow-up notice carries the follow-up's attachments as the new-ticket
/// notice carries the request's: a small PDF byte-identical, a text file under its
/// sanitised name (no path, no header injected), an archive listed only with the command
/// that fetches it. A follow-up without attachments (another ticket) gets the notice as
/// before: a single text part, no attachments line.
#[tokio::test(flavor = "multi_thread")]
async fn follow_up_notices_carry_the_citizens_attachments() {
    let stack = MailStack::start();
    let mut daemon = Daemon::start(&stack, &[]);
    daemon.wait_watching().await;
    let mut desk = stack.imap("ict.melandaha@office.test").await;
    let mut officer = stack.imap("officer@office.test").await;

    // Two requests without attachments, one after the other.
    for (n, who) in [(1, "citizen1@example.test"), (2, "citizen2@example.test")] {
        desk.append(&request_with(
            who,
            &format!("fu-req-{n}@example.test"),
            "ডিজিটাল ল্যাবের প্রজেক্টর নষ্ট",
            "আমাদের স্কুলের ডিজিটাল ল্যাবের প্রজেক্টর চালু হচ্ছে না।",
            &[],
        ))
        .await;
        assert!(
            officer.wait_for(n, Duration::from_secs(30)).await.is_some(),
            "no new-ticket notice {n}:\n{}",
            daemon.log_text()
        );
    }
    let tickets = tickets_json(&stack);
    assert_eq!(tickets.len(), 2);
    let with_files = tickets[0]["reference"].as_str().unwrap().to_string();
    let without = tickets[1]["reference"].as_str().unwrap().to_string();

    let letter = pdf(40 * 1024);
    let note = b"EIIN 123456\r\nlab: 20 computers\r\n".to_vec();
    let archive = noise(4096, 5);
    desk.append(&request_with(
        "citizen1@example.test",
        "fu-1@example.test",
        &format!("Re: [{with_files}] আবেদন গৃহীত"),
        "আবেদনপত্র, তথ্য ও ছবির আর্কাইভ সংযুক্ত।",
        &[
            ("application/pdf", "আবেদনপত্র.pdf", &letter),
            ("text/plain", "../../ফাইল\r\nBcc: x@y.test.txt", &note),
            ("application/zip", "photos.zip", &archive),
        ],
    ))
    .await;
    desk.append(&request_with(
        "citizen2@example.test",
        "fu-2@example.test",
        &format!("Re: [{without}] আবেদন গৃহীত"),
        "EIIN 654321.",
        &[],
    ))
    .await;
    assert!(
        officer.wait_for(4, Duration::from_secs(30)).await.is_some(),
        "no follow-up notices:\n{}",
        daemon.log_text()
    );
    let notices: Vec<Vec<u8>> = officer
        .messages()
        .await
        .into_iter()
        .map(|(_, _, raw)| raw)
        .collect();
    let followup_notice = |reference: &str| {
        notices
            .iter()
            .find(|raw| {
                let m = mail_parser::MessageParser::default().parse(raw).unwrap();
                let subject = m.subject().unwrap_or("");
                subject.contains(&format!("[{reference}/"))
                    && subject.contains("Citizen wrote again")
            })
            .unwrap_or_else(|| panic!("no follow-up notice for {reference}"))
            .clone()
    };

    // The follow-up with attachments: the PDF and the text file carried, byte-identical.
    let raw = followup_notice(&with_files);
    let parsed = mail_parser::MessageParser::default().parse(&raw).unwrap();
    let carried: Vec<(String, String, Vec<u8>)> = parsed
        .attachments()
        .map(|a| {
            use mail_parser::MimeHeaders;
            let t = a.content_type().unwrap();
            (
                a.attachment_name().unwrap_or("").to_string(),
                format!("{}/{}", t.ctype(), t.subtype().unwrap_or("")),
                a.contents().to_vec(),
            )
        })
        .collect();
    assert_eq!(carried.len(), 2, "the follow-up notice's attachments");
    assert_eq!(carried[0].0, "আবেদনপত্র.pdf");
    assert_eq!(carried[0].1, "application/pdf");
    assert!(
        carried[0].2 == letter,
        "the PDF on the follow-up notice differs"
    );
    assert_eq!(
        carried[1].0, "ফাইল Bcc_ x@y.test.txt",
        "the name is sanitised"
    );
    assert_eq!(carried[1].2, note);
    let head = String::from_utf8_lossy(&raw);
    let head = head.split("\r\n\r\n").next().unwrap();
    assert!(
        !head
            .lines()
            .any(|l| l.to_ascii_lowercase().starts_with("bcc")),
        "{head}"
    );
    let text = parsed.body_text(0).unwrap();
    assert!(text.contains("আবেদনপত্র, তথ্য ও ছবির আর্কাইভ সংযুক্ত।"), "{text}");
    assert!(
        text.contains("সংযুক্তি: ৩টি (২টি এই ই-মেইলে সংযুক্ত)"),
        "{text}"
    );
    assert!(
        text.contains("Attachments: 3 (2 attached to this e-mail)"),
        "{text}"
    );
    assert!(
        text.contains("3. photos.zip — application/zip, 4 KB — not attached: a program or archive"),
        "{text}"
    );
    assert!(
        text.contains(&format!(
            "To get the 1 not attached: sebadesk tickets attachment {with_files} N --out FILE"
        )),
        "{text}"
    );
    // The follow-up's event names its attachments; the outbox keeps the text only.
    let t = show(&stack, &with_files);
    let followup = t["events"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["kind"] == "followup")
        .expect("the follow-up event");
    assert_eq!(
        followup["detail"]["attachments"],
        serde_json::json!([1, 2, 3])
    );
    assert_eq!(followup["detail"]["attachments_left_out"], 0);
    let biggest_body = count(
        &stack,
        "SELECT CAST(MAX(LENGTH(raw)) AS BIGINT) FROM outbox_bodies",
    )
    .await;
    assert!(
        biggest_body < 32 * 1024,
        "an outbox body of {biggest_body} bytes"
    );

    // The follow-up without attachments: the notice as before.
    let raw = followup_notice(&without);
    let parsed = mail_parser::MessageParser::default().parse(&raw).unwrap();
    assert_eq!(parsed.attachment_count(), 0);
    let head = String::from_utf8_lossy(&raw);
    assert!(!head.contains("multipart/mixed"), "{head}");
    let text = parsed.body_text(0).unwrap();
    assert!(text.contains("EIIN 654321."), "{text}");
    assert!(
        !text.contains("সংযুক্তি") && !text.contains("Attachments:"),
        "{text}"
    );
    assert_eq!(daemon.stop(), Some(0));
}

//! Tests of keeping attachments: bytes as sent, content type, sanitised name, limits.

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

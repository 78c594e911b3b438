//! Property tests (our fuzzing): parse → triage → classify on arbitrary and mutated input never
//! panics, and automatic mail is never acknowledged whatever else the message holds.
//! `PROPTEST_CASES=200000 cargo test --release --test integration fuzz` runs a long session.

use proptest::prelude::*;
use sebadesk::pipeline::assess;
use sebadesk::triage::{Disposition, OfficeIdentity};

fn identity() -> OfficeIdentity {
    OfficeIdentity {
        code: "MEL".into(),
        address: "ict.melandaha@office.test".into(),
        officer_email: "officer@office.test".into(),
    }
}

fn classifier() -> &'static sebadesk::classify::Classifier {
    static C: std::sync::OnceLock<sebadesk::classify::Classifier> = std::sync::OnceLock::new();
    C.get_or_init(|| {
        // The whole classifier: keywords and the model trained on the shipped examples.
        let config = sebadesk::config::Config::load_with_env(
            &crate::helpers::project_root().join("config/sebadesk.toml"),
            &Default::default(),
        )
        .unwrap();
        let codes: Vec<&str> = config
            .charter
            .services()
            .iter()
            .map(|s| s.code.as_str())
            .collect();
        sebadesk::classify::Classifier::with_examples(
            &config.keywords,
            &codes,
            &config.seed_examples,
        )
        .unwrap()
    })
}

const SEED: &str = "From: =?UTF-8?B?4Kaw4Ka54Ka/4Kau?= <citizen1@example.test>\r\nTo: ict.melandaha@office.test\r\n\
Subject: =?UTF-8?Q?=E0=A6=87-=E0=A6=A8=E0=A6=A5=E0=A6=BF?= login\r\nMessage-ID: <seed@example.test>\r\n\
MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\n\
Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n\
=E0=A6=87-=E0=A6=A8=E0=A6=A5=E0=A6=BF lab portal UDC\r\n--b\r\n\
Content-Type: application/pdf; name=\"=?UTF-8?B?4KaG4Kas4KeH4Kam4Kao?=.pdf\"\r\nContent-Transfer-Encoding: base64\r\n\r\nJVBERi0=\r\n--b--\r\n";

fn run(raw: &[u8]) -> Option<(Disposition, bool)> {
    let mail = sebadesk::intake::parse::parse(raw)?;
    let a = assess(&identity(), classifier(), &mail);
    if let Some(c) = &a.classification {
        assert!(
            (0.0..=1.0).contains(&c.confidence),
            "confidence {}",
            c.confidence
        );
    }
    Some((
        a.triage.disposition,
        a.triage.disposition == Disposition::New,
    ))
}

/// Headers that make a message automatic (RFC 3834 and the de-facto ones).
const AUTOMATIC: &[&str] = &[
    "Auto-Submitted: auto-replied",
    "Auto-Submitted: auto-generated",
    "X-Autoreply: yes",
    "X-Autorespond: yes",
    "Precedence: bulk",
    "Precedence: list",
    "Precedence: junk",
    "List-Id: <ict.lists.example.bd>",
    "List-Unsubscribe: <mailto:leave@lists.example.bd>",
    "Return-Path: <>",
    "X-Spam-Flag: YES",
];

proptest! {
    #[test]
    fn arbitrary_bytes_never_panic(raw in proptest::collection::vec(any::<u8>(), 0..4096)) {
        let _ = run(&raw);
    }

    #[test]
    fn mutated_mail_never_panics(
        cut in 0usize..SEED.len(),
        flips in proptest::collection::vec((0usize..SEED.len(), any::<u8>()), 0..16),
        insert in proptest::collection::vec(any::<u8>(), 0..64),
    ) {
        let mut raw = SEED.as_bytes().to_vec();
        for (at, byte) in flips {
            raw[at] = byte;
        }
        raw.splice(cut..cut, insert);
        let _ = run(&raw);
    }

    #[test]
    fn automatic_mail_is_never_acknowledged(
        which in 0usize..AUTOMATIC.len(),
        subject in "[ -~]{0,60}|\\PC{0,40}",
        body in "\\PC{0,200}",
        position in 0usize..4,
    ) {
        let mut headers = vec![
            "From: Someone <someone@example.test>".to_string(),
            "To: ict.melandaha@office.test".to_string(),
            format!("Subject: {}", subject.replace(['\r', '\n'], " ")),
            "Message-ID: <p@example.test>".to_string(),
        ];
        headers.insert(position, AUTOMATIC[which].to_string());
        let raw = format!("{}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n", headers.join("\r\n"));
        if let Some((disposition, ack)) = run(raw.as_bytes()) {
            prop_assert!(!ack, "{} was acknowledged as {:?}", AUTOMATIC[which], disposition);
        }
    }
}

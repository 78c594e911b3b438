//! The real-world corpus (`../shared/corpus/real-world`: Zammad's parser test mails and the
//! sisimai bounce/auto-reply set) through the whole ingest path. Prints the figures; asserts
//! no panic, no error, no acknowledgement to any bounce or auto-reply, and a detection rate of
//! at least 95 %. Skipped, with a note, where `../shared` is absent.
//!
//! `cargo test --test integration corpus -- --nocapture` prints the figures.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use sebadesk::pipeline::Outcome;
use sebadesk::triage::Disposition;

use crate::helpers::project_root;
use crate::pipeline::{message, pipeline};

fn corpus_root() -> Option<PathBuf> {
    let root = project_root().join("../shared/corpus/real-world");
    root.is_dir().then_some(root)
}

/// `key: value` of a one-line YAML scalar ('…' quoting as Zammad's files use it).
fn yaml_scalar(text: &str, key: &str) -> Option<String> {
    let line = text.lines().find(|l| l.starts_with(&format!("{key}: ")))?;
    let v = line[key.len() + 2..].trim();
    Some(
        if v.starts_with('\'') && v.ends_with('\'') && v.len() >= 2 {
            v[1..v.len() - 1].replace("''", "'")
        } else {
            v.trim_matches('"').to_string()
        },
    )
}

#[tokio::test]
async fn zammad_mails_parse_like_zammad_and_never_panic() {
    let Some(root) = corpus_root() else {
        eprintln!("skipped: ../shared/corpus/real-world is absent");
        return;
    };
    let dir = root.join("zammad");
    let mut boxes: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "box"))
        .collect();
    boxes.sort();
    let db = tempfile::tempdir().unwrap();
    let p = pipeline(db.path()).await;
    let (mut parsed, mut from_ok, mut from_n, mut subject_ok, mut subject_n) = (0, 0, 0, 0, 0);
    let mut disagree = Vec::new();
    let mut tally: BTreeMap<String, usize> = BTreeMap::new();
    for (i, path) in boxes.iter().enumerate() {
        let raw = std::fs::read(path).unwrap();
        let mail = sebadesk::intake::parse::parse(&raw);
        let expected = std::fs::read_to_string(path.with_extension("yml")).unwrap_or_default();
        if let Some(mail) = &mail {
            parsed += 1;
            if let Some(want) = yaml_scalar(&expected, "from_email").filter(|w| !w.is_empty()) {
                from_n += 1;
                let got = mail.from_address.clone().unwrap_or_default();
                if got.eq_ignore_ascii_case(&want) {
                    from_ok += 1;
                } else {
                    disagree.push(format!("{}: from {got:?} vs {want:?}", file_name(path)));
                }
            }
            if let Some(want) = yaml_scalar(&expected, "subject") {
                subject_n += 1;
                if mail.subject.trim() == want.trim() {
                    subject_ok += 1;
                } else {
                    disagree.push(format!(
                        "{}: subject {:?} vs {want:?}",
                        file_name(path),
                        mail.subject
                    ));
                }
            }
        }
        let outcome = p
            .process_message(&message(i as u32 + 1, &raw))
            .await
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        *tally.entry(outcome_name(&outcome)).or_default() += 1;
    }
    println!(
        "zammad: {} mails, {parsed} parsed, sender agrees {from_ok}/{from_n}, subject agrees {subject_ok}/{subject_n}; outcomes {tally:?}",
        boxes.len()
    );
    for d in disagree.iter().take(10) {
        println!("  {}", d.chars().take(140).collect::<String>());
    }
    assert!(boxes.len() >= 100);
    assert!(
        parsed as f64 >= 0.98 * boxes.len() as f64,
        "too many mails failed to parse"
    );
}

fn file_name(p: &Path) -> String {
    p.file_name().unwrap().to_string_lossy().into_owned()
}

fn outcome_name(o: &Outcome) -> String {
    match o {
        Outcome::Opened { .. } => "opened".into(),
        Outcome::Appended { .. } => "appended".into(),
        Outcome::Ignored { disposition } => disposition.as_str().into(),
        Outcome::Quarantined { .. } => "quarantined".into(),
        Outcome::Duplicate => "duplicate".into(),
        Outcome::Commands { .. } => "officer-command".into(),
    }
}

#[tokio::test]
async fn sisimai_bounces_and_auto_replies_are_detected_and_never_answered() {
    let Some(root) = corpus_root() else {
        eprintln!("skipped: ../shared/corpus/real-world is absent");
        return;
    };
    let dir = root.join("sisimai-set-of-emails");
    // file → sisimai's reason for its first recipient ("vacation", "feedback", "userunknown"…)
    let mut expected: BTreeMap<String, String> = BTreeMap::new();
    for line in std::fs::read_to_string(dir.join("expected.tsv"))
        .unwrap()
        .lines()
        .skip(1)
    {
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() >= 5 {
            expected
                .entry(cols[0].to_string())
                .or_insert_with(|| cols[4].to_string());
        }
    }
    let mut files: Vec<String> = Vec::new();
    for sub in ["bsd", "dos", "mac", "not"] {
        for e in std::fs::read_dir(dir.join("maildir").join(sub)).unwrap() {
            files.push(format!(
                "maildir/{sub}/{}",
                e.unwrap().file_name().to_string_lossy()
            ));
        }
    }
    files.sort();
    let db = tempfile::tempdir().unwrap();
    let p = pipeline(db.path()).await;
    let (mut automatic, mut detected, mut acked, mut not_bounces, mut not_bounce_flagged) =
        (0, 0, 0, 0, 0);
    let mut misses = Vec::new();
    let mut tally: BTreeMap<String, usize> = BTreeMap::new();
    for (i, f) in files.iter().enumerate() {
        let raw = std::fs::read(dir.join(f)).unwrap();
        // dos/ and mac/ repeat bsd/ files with other line ends: same expectation.
        let canonical = f
            .replace("maildir/dos/", "maildir/bsd/")
            .replace("maildir/mac/", "maildir/bsd/");
        // Each file is its own mailbox so that copies across dos/mac/bsd are not deduplicated.
        let mut msg = message(i as u32 + 1, &raw);
        msg.position.mailbox = f.clone();
        let outcome = p
            .process_message(&msg)
            .await
            .unwrap_or_else(|e| panic!("{f}: {e}"));
        let name = outcome_name(&outcome);
        *tally.entry(name.clone()).or_default() += 1;
        if f.starts_with("maildir/not/") {
            not_bounces += 1;
            not_bounce_flagged += (outcome
                == Outcome::Ignored {
                    disposition: Disposition::Bounce,
                }) as usize;
            continue;
        }
        let Some(reason) = expected.get(&canonical) else {
            continue;
        };
        automatic += 1;
        if matches!(outcome, Outcome::Opened { .. }) {
            acked += 1;
        }
        let hit = match &outcome {
            Outcome::Ignored { .. } => true,
            Outcome::Quarantined { .. } => false,
            _ => false,
        };
        if hit {
            detected += 1;
        } else {
            misses.push(format!("{f} ({reason}): {name}"));
        }
    }
    let rate = detected as f64 / automatic as f64;
    println!(
        "sisimai: {} files; {automatic} with an expectation, {detected} detected as automatic ({:.1} %), \
         {acked} would be acknowledged; 'not a bounce' files flagged as bounce: {not_bounce_flagged}/{not_bounces}; outcomes {tally:?}",
        files.len(),
        100.0 * rate
    );
    for m in misses.iter().take(15) {
        println!("  missed {m}");
    }
    assert_eq!(
        acked, 0,
        "an acknowledgement to a bounce or auto-reply: {misses:?}"
    );
    assert!(rate >= 0.95, "detection rate {rate:.3} below 95 %");
}

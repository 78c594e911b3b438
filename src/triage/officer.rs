//! The officer's e-mail commands: parsing (pure) and the secrets that authenticate them.
//!
//! The officer replies to any mail sebadesk sent them (a new-ticket notice, a reminder, the
//! digest) with command lines at the top:
//!
//! ```text
//! #resolve  (or #সমাধান)   [REF/TOKEN] [note for the citizen]
//! #service CODE (or #সেবা) [REF/TOKEN]
//! #note TEXT  (or #নোট)    [REF/TOKEN]
//! #reopen  (or #পুনরায়)    [REF/TOKEN]
//! #reply [--wait] TEXT (or #উত্তর [--অপেক্ষা]) [REF/TOKEN]   — to the citizen; the rest of
//!                          the mail's new text (below the line, quoted history and `-- `
//!                          signature dropped) is part of TEXT, so it is the last command
//! ```
//!
//! A From header can be forged, so a command counts only when the sender is the configured
//! officer address **and** the ticket's secret token is quoted: mails to the officer carry
//! `[MEL-2026-000001/k3x9…]` in the subject (a reply keeps it), and the digest lists each
//! ticket as `MEL-2026-000001/k3x9…` to paste after a command. Citizens never see tokens: a
//! command's handle is cut out of its arguments where it stands (never found again by
//! re-rendering, which misses Bengali digits and short numbers), and the outbox withholds any
//! handle from mail not addressed to the officer ([`withhold_handles`]). Tokens are single-use
//! (see `actions.rs`).

use crate::domain::TicketRef;

/// What an officer's command asks for.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// `#resolve`: resolve the ticket and tell the citizen.
    Resolve {
        /// A note for the citizen, included in the resolution mail.
        note: Option<String>,
    },
    /// `#service CODE`: set or correct the ticket's service (and so its deadline); the code as
    /// written, checked against the charter when applied.
    Service(String),
    /// `#note TEXT`: an internal note on the ticket, never shown to the citizen.
    Note(String),
    /// `#reopen`: open a resolved ticket again.
    Reopen,
    /// Write to the citizen (`tickets::actions::reply`); `wait`: the ticket waits for them.
    Reply {
        /// The officer's words to the citizen (the command's text and the new text below it).
        text: String,
        /// Whether the ticket now waits for the citizen's answer (`--wait`).
        wait: bool,
    },
}

/// One command read from the officer's mail.
#[derive(Debug, Clone, PartialEq)]
pub struct Command {
    /// What to do.
    pub action: Action,
    /// `REF/TOKEN` given on the command line, if any (else the subject's is used).
    pub target: Option<(TicketRef, String)>,
    /// The ticket named on the command line, with or without a token: a command that names
    /// a ticket other than the one the reply is about is refused, never applied to either.
    pub reference: Option<TicketRef>,
}

/// A fresh per-ticket secret: 10 characters from the OS's random source.
pub fn new_token() -> String {
    const ALPHABET: &[u8] = b"abcdefghijkmnpqrstuvwxyz23456789";
    let mut bytes = [0u8; 10];
    if getrandom::fill(&mut bytes).is_err() {
        // No OS randomness: fall back to a hash of the time (still unguessable in practice
        // for someone who cannot see the server, and never empty).
        use sha2::Digest;
        let seed = format!("{:?}{}", std::time::SystemTime::now(), std::process::id());
        bytes.copy_from_slice(&sha2::Sha256::digest(seed.as_bytes())[..10]);
    }
    bytes
        .iter()
        .map(|b| ALPHABET[(*b as usize) % ALPHABET.len()] as char)
        .collect()
}

/// A ticket named in the officer's text: `MEL-2026-000001`, with its token when one follows
/// directly (`MEL-2026-000001/k3x9…`), and where it stands in the text as written.
#[derive(Debug, Clone, PartialEq)]
pub struct Handle {
    /// The ticket.
    pub reference: TicketRef,
    /// The token that followed the reference, if one did; `None`: the reference alone (which
    /// authorises nothing).
    pub token: Option<String>,
    /// Byte range in the original text (Bengali digits and all), reference through token.
    pub span: std::ops::Range<usize>,
}

/// The shortest run of characters taken as a token after `REF/` (real ones have 10).
const MIN_TOKEN_CHARS: usize = 6;

/// The text as characters with Bengali digits folded to ASCII, each with the byte offset of
/// its character in the original. Folding maps one character to one, so positions found in
/// the folded characters point back into the original exactly.
fn folded_chars(text: &str) -> (Vec<char>, Vec<usize>) {
    let mut chars = Vec::new();
    let mut offsets = Vec::new();
    for (at, c) in text.char_indices() {
        // U+09E6..=U+09EF are the Bengali digits ০..৯, as in `bangla::fold_digits`.
        let folded = match c {
            '\u{09E6}'..='\u{09EF}' => char::from(b'0' + (c as u32 - 0x09E6) as u8),
            _ => c,
        };
        chars.push(folded);
        offsets.push(at);
    }
    offsets.push(text.len());
    (chars, offsets)
}

/// The ASCII letters and digits from `from` on (a token's characters).
fn alnum_run(chars: &[char], from: usize) -> usize {
    chars[from.min(chars.len())..]
        .iter()
        .take_while(|c| c.is_ascii_alphanumeric())
        .count()
}

/// The first `REF` or `REF/TOKEN` of `office`'s in `text` (subject lines, command
/// arguments), in ASCII or Bengali digits, with the sequence number short or zero-padded.
pub fn find_handle(text: &str, office: &str) -> Option<Handle> {
    let (chars, offsets) = folded_chars(text);
    let needle: Vec<char> = format!("{}-", office.to_ascii_uppercase())
        .chars()
        .collect();
    (0..chars.len()).find_map(|start| {
        let here = chars.get(start..start + needle.len())?;
        let matches = here
            .iter()
            .zip(&needle)
            .all(|(c, n)| c.to_ascii_uppercase() == *n);
        let boundary = start == 0 || !chars[start - 1].is_ascii_alphanumeric();
        if !matches || !boundary {
            return None;
        }
        let tail_len = chars[start..]
            .iter()
            .take_while(|c| c.is_ascii_alphanumeric() || **c == '-')
            .count();
        let tail: String = chars[start..start + tail_len].iter().collect();
        let reference = TicketRef::parse(&tail)?;
        let mut end = start + tail_len;
        let mut token = None;
        if chars.get(end) == Some(&'/') {
            let run = alnum_run(&chars, end + 1);
            if run >= MIN_TOKEN_CHARS {
                let t: String = chars[end + 1..end + 1 + run].iter().collect();
                token = Some(t.to_ascii_lowercase());
                end += 1 + run;
            }
        }
        Some(Handle {
            reference,
            token,
            span: offsets[start]..offsets[end],
        })
    })
}

/// `REF/TOKEN` in `text` for `office`: the first reference, and the token that follows it.
pub fn find_ref_and_token(text: &str, office: &str) -> Option<(TicketRef, String)> {
    let handle = find_handle(text, office)?;
    Some((handle.reference, handle.token?))
}

/// `text` with `span` cut out and the words either side joined by one space.
fn cut(text: &str, span: std::ops::Range<usize>) -> String {
    let before = text[..span.start].trim_end();
    let after = text[span.end..].trim_start();
    match (before.is_empty(), after.is_empty()) {
        (true, _) => after.to_string(),
        (_, true) => before.to_string(),
        _ => format!("{before} {after}"),
    }
}

/// Removes the token from every `ANY-2026-000001/TOKEN`-shaped handle in `text`, whatever the
/// office code and in either digit system, keeping the reference. `None` when there is none.
/// The outbox calls this for every mail not addressed to the officer: a token authenticates
/// the officer's commands, so anyone else who sees one could act as the officer.
pub fn withhold_handles(text: &str) -> Option<String> {
    if !text.contains('/') {
        return None; // most mail: no handle can be there
    }
    let (chars, offsets) = folded_chars(text);
    let mut cuts: Vec<std::ops::Range<usize>> = Vec::new();
    for (slash, _) in chars.iter().enumerate().filter(|(_, c)| **c == '/') {
        let run = alnum_run(&chars, slash + 1);
        if run < MIN_TOKEN_CHARS || !ends_in_reference(&chars[..slash]) {
            continue;
        }
        cuts.push(offsets[slash]..offsets[slash + 1 + run]);
    }
    if cuts.is_empty() {
        return None;
    }
    let mut out = String::with_capacity(text.len());
    let mut from = 0;
    for c in cuts {
        out.push_str(&text[from..c.start]);
        from = c.end;
    }
    out.push_str(&text[from..]);
    Some(out)
}

/// Whether `chars` ends in something shaped like a ticket reference (`XYZ-2026-12`).
fn ends_in_reference(chars: &[char]) -> bool {
    let tail_len = chars
        .iter()
        .rev()
        .take_while(|c| c.is_ascii_alphanumeric() || **c == '-')
        .count();
    let tail: String = chars[chars.len() - tail_len..].iter().collect();
    let parts: Vec<&str> = tail.rsplitn(4, '-').collect();
    parts.len() >= 3
        && TicketRef::parse(&format!("{}-{}-{}", parts[2], parts[1], parts[0])).is_some()
}

/// `text` without any occurrence of `token` (any case). `None` when it holds none.
pub fn without_token(text: &str, token: &str) -> Option<String> {
    if token.len() < MIN_TOKEN_CHARS {
        return None;
    }
    let lower = text.to_ascii_lowercase();
    let token = token.to_ascii_lowercase();
    lower.contains(&token).then(|| {
        let mut out = text.to_string();
        while let Some(at) = out.to_ascii_lowercase().find(&token) {
            out = cut(&out, at..at + token.len());
        }
        out
    })
}

/// Lower case, and য় written either way (one code point, or য + nukta) as plain য, so the
/// officer's keyboard does not matter.
fn fold(word: &str) -> String {
    word.to_lowercase()
        .chars()
        .filter(|c| *c != '\u{09BC}')
        .map(|c| if c == '\u{09DF}' { '\u{09AF}' } else { c })
        .collect()
}

/// The first `REF` or `REF/TOKEN` in a command's arguments, and the arguments without it.
/// The handle is cut out where it was found, as written: rendering it again would miss
/// Bengali digits or a short number and leave the token in a note meant for the citizen.
fn split_handle(args: &str, office: &str) -> (Option<Handle>, String) {
    let args = args.trim();
    match find_handle(args, office) {
        Some(h) => {
            let rest = cut(args, h.span.clone());
            (Some(h), rest)
        }
        None => (None, args.to_string()),
    }
}

/// Command lines at the top of the officer's text (before any other text). Empty when the
/// mail holds no command.
pub fn parse(text: &str, office: &str) -> Vec<Command> {
    let mut out = Vec::new();
    let lines: Vec<&str> = text.lines().collect();
    for (at, line) in lines.iter().map(|l| l.trim()).enumerate() {
        if line.is_empty() {
            continue;
        }
        let Some(rest) = line.strip_prefix('#') else {
            break;
        };
        let (word, args) = rest.split_once(char::is_whitespace).unwrap_or((rest, ""));
        let (handle, args) = split_handle(args, office);
        let reference = handle.as_ref().map(|h| h.reference.clone());
        let target = handle.and_then(|h| Some((h.reference, h.token?)));
        let action = match fold(word).as_str() {
            "resolve" | "resolved" | "close" | "সমাধান" | "নিষ্পত্তি" => {
                Action::Resolve {
                    note: (!args.is_empty()).then_some(args),
                }
            }
            "service" | "সেবা" => match args.split_whitespace().next() {
                Some(code) => Action::Service(code.to_ascii_lowercase()),
                None => continue,
            },
            "note" | "নোট" => {
                if args.is_empty() {
                    continue;
                }
                Action::Note(args)
            }
            "reopen" | "পুনরায" | "খুলুন" => Action::Reopen,
            "reply" | "উত্তর" => {
                let action = reply_action(&args, &lines[at + 1..]);
                // The reply takes the rest of the mail: it is the last command.
                if let Some(action) = action {
                    out.push(Command {
                        action,
                        target,
                        reference,
                    });
                }
                break;
            }
            _ => continue,
        };
        out.push(Command {
            action,
            target,
            reference,
        });
    }
    out
}

/// `#reply [--wait] TEXT` and the lines below it, as written: the quoted history and `-- `
/// signature are dropped by the command (`tickets::commands`, which may use the classifier's
/// quote rules; triage may not). `None` when nothing is written at all.
fn reply_action(args: &str, below: &[&str]) -> Option<Action> {
    let (wait, first) = match args.split_once(char::is_whitespace).unwrap_or((args, "")) {
        (flag, rest) if matches!(fold(flag).as_str(), "--wait" | "--অপেক্ষা") => {
            (true, rest.trim())
        }
        _ => (false, args),
    };
    let text = format!("{first}\n{}", below.join("\n")).trim().to_string();
    (!text.is_empty()).then_some(Action::Reply { text, wait })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commands_at_the_top_in_both_languages() {
        let text = "#সমাধান ল্যাবের কম্পিউটার ঠিক করা হয়েছে\n#service e-nothi MEL-2026-000007/abcdefgh\n\nThanks\n#note ignored after text";
        let c = parse(text, "MEL");
        assert_eq!(c.len(), 2);
        assert_eq!(
            c[0].action,
            Action::Resolve {
                note: Some("ল্যাবের কম্পিউটার ঠিক করা হয়েছে".into())
            }
        );
        assert_eq!(c[1].action, Action::Service("e-nothi".into()));
        let (r, t) = c[1].target.clone().unwrap();
        assert_eq!((r.seq, t.as_str()), (7, "abcdefgh"));
        assert!(
            parse("Dear officer,\n#resolve", "MEL").is_empty(),
            "only at the top"
        );
        for reopen in ["#reopen", "#পুনরায়", "#পুনরা\u{09AF}\u{09BC}", "#খুলুন"]
        {
            assert_eq!(parse(reopen, "MEL")[0].action, Action::Reopen, "{reopen}");
        }
    }

    #[test]
    fn a_reply_takes_the_rest_of_the_mail_in_either_language() {
        let text = "#reply Please send the school's EIIN\nand a photo of the lab.\n\nOn Mon, 7 Dec 2026 sebadesk wrote:\n> [MEL-2026-000001/abcdefgh] notice";
        let c = parse(text, "MEL");
        assert_eq!(c.len(), 1);
        let Action::Reply { text, wait } = &c[0].action else {
            panic!("{:?}", c[0].action)
        };
        assert!(!wait);
        assert!(
            text.starts_with("Please send the school's EIIN\nand a photo of the lab.\n"),
            "{text}"
        );
        let c = parse(
            "#উত্তর --অপেক্ষা MEL-2026-000009/abcdefgh স্কুলের EIIN নম্বর পাঠান",
            "MEL",
        );
        assert_eq!(
            c[0].action,
            Action::Reply {
                text: "স্কুলের EIIN নম্বর পাঠান".into(),
                wait: true
            }
        );
        assert_eq!(c[0].target.as_ref().map(|(r, _)| r.seq), Some(9));
        let c = parse("#note first\n#reply --wait\nline two", "MEL");
        assert_eq!(c.len(), 2);
        assert_eq!(
            c[1].action,
            Action::Reply {
                text: "line two".into(),
                wait: true
            }
        );
        assert!(parse("#reply\n\n", "MEL").is_empty());
    }

    #[test]
    fn tokens_in_subjects() {
        let (r, t) =
            find_ref_and_token("Re: [MEL-2026-000012/k3x9mn2p] মেয়াদ আজ শেষ", "MEL").unwrap();
        assert_eq!(r.seq, 12);
        assert_eq!(t, "k3x9mn2p");
        assert!(find_ref_and_token("Re: [MEL-2026-000012] no token", "MEL").is_none());
        let a = new_token();
        assert_eq!(a.len(), 10);
        assert_ne!(a, new_token());
    }

    /// The note left once the command's `REF/TOKEN` is cut out, and the handle found.
    fn resolve_note(line: &str) -> (Option<String>, Option<(TicketRef, String)>) {
        let c = parse(line, "MEL").pop().expect("a command");
        match c.action {
            Action::Resolve { note } => (note, c.target),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn the_handle_is_cut_out_where_it_stands_in_any_digits_or_length() {
        let thirty = TicketRef::parse("MEL-2026-000030").unwrap();
        let token = "k3x9mn2pqr".to_string();
        for line in [
            "#resolve MEL-২০২৬-০০০০৩০/k3x9mn2pqr ল্যাম্প বদলানো হয়েছে",
            "#resolve MEL-2026-30/k3x9mn2pqr ল্যাম্প বদলানো হয়েছে",
            "#resolve mel-2026-000030/K3X9MN2PQR ল্যাম্প বদলানো হয়েছে",
            "#resolve    MEL-২০২৬-৩০/k3x9mn2pqr     ল্যাম্প বদলানো হয়েছে  ",
            "#সমাধান ল্যাম্প MEL-2026-0030/k3x9mn2pqr বদলানো হয়েছে",
            "#Resolve ল্যাম্প বদলানো হয়েছে [MEL-২০২৬-৩০/k3x9mn2pqr]",
        ] {
            let (note, target) = resolve_note(line);
            let note = note.unwrap();
            assert!(
                !note.to_lowercase().contains("k3x9mn2pqr"),
                "{line} -> {note}"
            );
            assert!(
                note.contains("ল্যাম্প") && note.contains("বদলানো হয়েছে"),
                "{line} -> {note}"
            );
            assert!(
                !note.contains("MEL") && !note.contains("mel"),
                "{line} -> {note}"
            );
            assert_eq!(target, Some((thirty.clone(), token.clone())), "{line}");
        }
        // Only the handle goes: the brackets around it are the officer's own text.
        assert_eq!(resolve_note("#resolve MEL-2026-30/k3x9mn2pqr").0, None);
    }

    #[test]
    fn a_reference_without_a_token_is_named_and_cut_out() {
        let c = parse("#resolve MEL-2026-000033 নোট ৩৩-এর জন্য", "MEL")
            .pop()
            .unwrap();
        assert_eq!(c.reference, TicketRef::parse("MEL-2026-000033"));
        assert_eq!(c.target, None);
        assert_eq!(
            c.action,
            Action::Resolve {
                note: Some("নোট ৩৩-এর জন্য".into())
            }
        );
        let c = parse("#note কাজ চলছে", "MEL").pop().unwrap();
        assert_eq!((c.reference, c.target), (None, None));
        // Another office's code is not a reference of ours: it stays in the text.
        let c = parse("#note ISL-2026-000001 দেখুন", "MEL").pop().unwrap();
        assert_eq!(c.action, Action::Note("ISL-2026-000001 দেখুন".into()));
    }

    #[test]
    fn handles_are_withheld_from_other_readers_in_any_office_or_digits() {
        let text = "নোট: MEL-২০২৬-০০০০৩০/k3x9mn2pqr এবং (ISL-2026-7/abcdefgh), ঠিকানা a/b, 2026-12-08/abcdefgh";
        let out = withhold_handles(text).unwrap();
        assert!(
            !out.contains("k3x9mn2pqr") && !out.contains("/abcdefgh)"),
            "{out}"
        );
        assert!(
            out.contains("MEL-২০২৬-০০০০৩০ এবং") || out.contains("MEL-২০২৬-০০০০৩০ "),
            "{out}"
        );
        assert!(out.contains("(ISL-2026-7)") && out.contains("a/b"), "{out}");
        assert_eq!(withhold_handles("MEL-2026-000030 আর কিছু নেই"), None);
        assert_eq!(withhold_handles("MEL-2026-000030/abc short"), None);
        assert_eq!(
            without_token("done K3X9MN2PQR thanks", "k3x9mn2pqr").as_deref(),
            Some("done thanks")
        );
        assert_eq!(without_token("done", "k3x9mn2pqr"), None);
    }
}

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
//! ```
//!
//! A From header can be forged, so a command counts only when the sender is the configured
//! officer address **and** the ticket's secret token is quoted: mails to the officer carry
//! `[MEL-2026-000001/k3x9…]` in the subject (a reply keeps it), and the digest lists each
//! ticket as `MEL-2026-000001/k3x9…` to paste after a command. Citizens never see tokens.

use crate::domain::TicketRef;

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    Resolve { note: Option<String> },
    Service(String),
    Note(String),
    Reopen,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Command {
    pub action: Action,
    /// `REF/TOKEN` given on the command line, if any (else the subject's is used).
    pub target: Option<(TicketRef, String)>,
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

/// `REF/TOKEN` anywhere in `text` for `office` (subject lines, command arguments).
pub fn find_ref_and_token(text: &str, office: &str) -> Option<(TicketRef, String)> {
    let reference = TicketRef::find_in(text, office)?;
    let folded = crate::bangla::fold_digits(text);
    let at = folded
        .to_ascii_uppercase()
        .find(&reference.to_string().to_ascii_uppercase())
        .or_else(|| {
            folded
                .to_ascii_uppercase()
                .find(&format!("{}-", office.to_ascii_uppercase()))
        })?;
    let after = &folded[at..];
    let slash = after.find('/')?;
    // the token follows the reference directly: "MEL-2026-000001/abc…"
    if after[..slash].chars().any(|c| c.is_whitespace()) {
        return None;
    }
    let token: String = after[slash + 1..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .collect();
    (token.len() >= 6).then_some((reference, token.to_ascii_lowercase()))
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

/// Command lines at the top of the officer's text (before any other text). Empty when the
/// mail holds no command.
pub fn parse(text: &str, office: &str) -> Vec<Command> {
    let mut out = Vec::new();
    for line in text.lines().map(str::trim) {
        if line.is_empty() {
            continue;
        }
        let Some(rest) = line.strip_prefix('#') else {
            break;
        };
        let (word, args) = rest.split_once(char::is_whitespace).unwrap_or((rest, ""));
        let mut args = args.trim().to_string();
        let target = find_ref_and_token(&args, office);
        if let Some((r, t)) = &target {
            // drop "REF/TOKEN" from the arguments
            let needle = format!("{r}/{t}");
            if let Some(pos) = args.to_ascii_lowercase().find(&needle.to_ascii_lowercase()) {
                args.replace_range(pos..pos + needle.len(), "");
            }
            args = args.trim().to_string();
        }
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
            _ => continue,
        };
        out.push(Command { action, target });
    }
    out
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
}

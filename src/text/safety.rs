//! Text from outside (a citizen's subject and name, a server's error) made safe to show a
//! person: one definition of "dangerous character" for every human-facing output.
//!
//! Two kinds of character are never passed through raw:
//! - **control characters** (C0, DEL, C1): ESC starts terminal escape sequences (colours,
//!   cursor moves, window titles), CR/LF forge extra rows in a listing or extra lines in a
//!   mail body;
//! - **bidirectional controls** (U+202A–U+202E, U+2066–U+2069, U+200E/U+200F, U+061C): they
//!   reorder what follows, so `Rahim\u{202E}gpj.exe` reads as something it is not; and the
//!   line and paragraph separators U+2028/U+2029, which some viewers break lines on.
//!
//! Other format characters stay: Bangla needs ZWJ/ZWNJ (U+200D/U+200C) to spell conjuncts.
//!
//! Mail text gets [`one_line`] (dropped, cut to a length) or [`block`] (line breaks kept);
//! the CLI's text output gets [`for_terminal`] (escaped visibly, so the officer sees that
//! something odd was there). JSON output needs none of this: serde escapes control
//! characters, and bidi controls in a JSON string reach no terminal unescaped as a row.

use std::borrow::Cow;

/// The bidirectional controls and the Unicode line/paragraph separators.
pub fn is_bidi_control(c: char) -> bool {
    matches!(
        c,
        '\u{061C}'
            | '\u{200E}'
            | '\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2066}'..='\u{2069}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

/// A character that must not reach a person's screen or mail raw.
pub fn is_unsafe(c: char) -> bool {
    c.is_control() || is_bidi_control(c)
}

/// One line for a mail (a name, a subject): controls become spaces, bidi controls go, runs
/// of whitespace collapse to one space, and past `max_chars` it is cut with an ellipsis.
pub fn one_line(s: &str, max_chars: usize) -> String {
    let spaced: String = s
        .chars()
        .filter(|c| !is_bidi_control(*c) || matches!(c, '\u{2028}' | '\u{2029}'))
        .map(|c| if is_unsafe(c) { ' ' } else { c })
        .collect();
    let one = spaced.split_whitespace().collect::<Vec<_>>().join(" ");
    cut(&one, max_chars)
}

/// `s` cut to `max_chars` characters, with an ellipsis when something was cut.
pub fn cut(s: &str, max_chars: usize) -> String {
    match s.char_indices().nth(max_chars) {
        None => s.to_string(),
        Some((end, _)) => format!("{}…", &s[..end]),
    }
}

/// Several lines for a mail body (an officer's note): line breaks are kept as `\n`, every
/// other control character becomes a space and bidi controls go.
pub fn block(s: &str) -> String {
    s.replace("\r\n", "\n")
        .chars()
        .filter(|c| !is_bidi_control(*c) || matches!(c, '\u{2028}' | '\u{2029}'))
        .map(|c| match c {
            '\n' | '\u{2028}' | '\u{2029}' => '\n',
            c if is_unsafe(c) => ' ',
            c => c,
        })
        .collect()
}

/// One field of a terminal line: every unsafe character escaped visibly (`\e`, `\r`, `\n`,
/// `\t`, `\u{202e}`), so a listing keeps one row per record and no escape sequence runs.
pub fn for_terminal(s: &str) -> Cow<'_, str> {
    if !s.chars().any(is_unsafe) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '\u{1b}' => out.push_str("\\e"),
            '\r' => out.push_str("\\r"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if is_unsafe(c) => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const HOSTILE: &str = "lab\u{1b}[2J\u{1b}]0;pwned\u{7}\r\nMEL-2026-000999 resolved\u{202E}gpj.exe\u{2066}x\u{2069}\u{9b}31m";

    fn clean(s: &str) -> bool {
        !s.chars().any(is_unsafe)
    }

    #[test]
    fn one_line_drops_controls_and_bidi_and_keeps_bangla_joiners() {
        let out = one_line(HOSTILE, 200);
        assert!(clean(&out), "{out:?}");
        assert!(!out.contains('\n') && !out.contains('\r'));
        assert_eq!(out, "lab [2J ]0;pwned MEL-2026-000999 resolvedgpj.exex 31m");
        // র‍্যাব needs ZWJ; ক্‌ষ needs ZWNJ: both survive.
        let bangla = "র\u{200D}্যাব ক্\u{200C}ষ";
        assert_eq!(one_line(bangla, 200), bangla);
        assert_eq!(one_line("a\u{2028}b", 10), "a b");
    }

    #[test]
    fn one_line_cuts_on_characters_with_an_ellipsis() {
        assert_eq!(one_line("আবেদন আবেদন", 5), "আবেদন…");
        assert_eq!(one_line("short", 5), "short");
        let long = "x".repeat(5_500_000);
        let out = one_line(&long, 200);
        assert_eq!(out.chars().count(), 201);
    }

    #[test]
    fn block_keeps_line_breaks_only() {
        let out = block("first\r\nsecond\u{1b}[31m\u{202E}\nthird\rx");
        assert_eq!(out, "first\nsecond [31m\nthird x");
    }

    #[test]
    fn for_terminal_escapes_visibly_and_borrows_clean_text() {
        let out = for_terminal(HOSTILE);
        assert!(clean(&out), "{out:?}");
        assert!(out.contains("\\e[2J") && out.contains("\\r\\n") && out.contains("\\u{202e}"));
        assert!(matches!(for_terminal("ল্যাব কম্পিউটার"), Cow::Borrowed(_)));
    }
}

//! Tests of `actions`.

#[test]
fn reply_texts_are_checked() {
    use super::{ActionError, MAX_REPLY_CHARS, reply_text};
    let mb = "x".repeat(1024 * 1024);
    assert!(matches!(
        reply_text(&mb),
        Err(ActionError::ReplyTooLong { chars, max }) if chars == 1024 * 1024 && max == MAX_REPLY_CHARS
    ));
    let e = reply_text(&mb).unwrap_err().to_string();
    assert!(e.contains("1048576") && e.contains("20000"), "{e}");
    assert!(matches!(
        reply_text(" \r\n\u{1b}\t "),
        Err(ActionError::EmptyReply)
    ));
    assert_eq!(reply_text("a\r\nb\rc").unwrap(), "a\nb c");
    assert_eq!(
        reply_text("\u{202E}ক\u{1b}[2J").unwrap(),
        "ক [2J",
        "bidi and escape controls go"
    );
}

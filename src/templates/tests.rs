use super::*;
use std::path::PathBuf;

#[test]
fn the_shipped_templates_compile() {
    let t = Templates::shipped();
    assert!(t.dir().is_none());
    assert_eq!(mail_names().count(), 17);
}

#[test]
fn strict_undefined_fails_when_reached() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("digest.txt"),
        "{% if day == \"boom\" %}{{ nope.x }}{% endif %}\nok\n",
    )
    .unwrap();
    let t = Templates::load(dir.path()).unwrap();
    let ok = t.render("MEL", "digest.txt", &minijinja::context! { day => "fine" });
    assert_eq!(ok.unwrap(), "ok\n");
    let e = t
        .render("MEL", "digest.txt", &minijinja::context! { day => "boom" })
        .unwrap_err();
    assert!(e.to_string().contains("digest.txt:1"), "{e}");
}

/// Names ending in `.html` are HTML-escaped (minijinja's default for the extension); text
/// templates are not (a citizen's `<` stays `<` in a plain-text mail).
#[test]
fn html_templates_escape_and_text_templates_do_not() {
    let sources = vec![
        (
            "digest.txt".to_string(),
            PathBuf::from("digest.txt"),
            "{{ v }}".to_string(),
        ),
        (
            "ISL/page.html".to_string(),
            PathBuf::from("ISL/page.html"),
            "<p>{{ v }}</p>".to_string(),
        ),
    ];
    let t = Templates::from_sources(sources, None).unwrap();
    let ctx = minijinja::context! { v => "<script>x</script> & \"q\"" };
    assert_eq!(
        t.render("MEL", "digest.txt", &ctx).unwrap(),
        "<script>x</script> & \"q\""
    );
    let html = t.render("ISL", "page.html", &ctx).unwrap();
    assert_eq!(
        html,
        "<p>&lt;script&gt;x&lt;&#x2f;script&gt; &amp; &quot;q&quot;</p>"
    );
}

/// A bidi or control character typed into a template does not reach the mail.
#[test]
fn a_templates_own_controls_are_cleaned() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("digest.txt"), "a\u{202E}b\u{1b}[2Jc\r\nd\n").unwrap();
    std::fs::write(dir.path().join("digest.subject.txt"), "s\u{200F}\nt\n").unwrap();
    let t = Templates::load(dir.path()).unwrap();
    let (subject, body) = t
        .render_mail("MEL", "digest", &minijinja::context! {})
        .unwrap();
    assert_eq!(subject, "s t");
    assert_eq!(body, "ab [2Jc\nd\n");
}

/// An override folder changes only its office; the shared copy (and the built-in fallback)
/// serves the others; an include from an office's template takes that office's partial.
#[test]
fn an_office_folder_overrides_for_that_office_only() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("ISL")).unwrap();
    std::fs::write(
        dir.path().join("ISL/due-today.txt"),
        "ISL {% include \"_officer-help.bn.txt\" %}",
    )
    .unwrap();
    std::fs::write(dir.path().join("ISL/_officer-help.bn.txt"), "own help\n").unwrap();
    let t = Templates::load(dir.path()).unwrap();
    assert_eq!(t.override_offices().iter().collect::<Vec<_>>(), ["ISL"]);
    let ctx = minijinja::context! {};
    assert_eq!(
        t.render("ISL", "due-today.txt", &ctx).unwrap(),
        "ISL own help\n"
    );
    assert!(
        t.file("ISL", "due-today.txt")
            .ends_with("ISL/due-today.txt")
    );
    assert_eq!(t.file("MEL", "due-today.txt"), "(built-in) due-today.txt");
    assert!(
        t.render("MEL", "due-today.txt", &ctx).is_err(),
        "needs a ticket"
    );
    // An unknown name in a folder is an error, not ignored.
    std::fs::write(dir.path().join("ISL/acknowledgment.txt"), "typo").unwrap();
    let e = Templates::load(dir.path()).unwrap_err();
    assert!(e.to_string().contains("not a template name"), "{e}");
}

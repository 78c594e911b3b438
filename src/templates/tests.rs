use super::*;

#[test]
fn the_shipped_templates_compile() {
    let t = Templates::shipped();
    assert!(t.dir().is_none());
    assert_eq!(mail_names().count(), 16);
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

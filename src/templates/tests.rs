use super::*;

#[test]
fn the_shipped_templates_compile() {
    let t = Templates::shipped();
    assert!(t.dir().is_none());
    assert_eq!(mail_names().count(), 16);
}

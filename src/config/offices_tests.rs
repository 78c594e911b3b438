//! Tests of `offices`.

use super::super::Config;
use std::collections::BTreeMap;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;

fn main_config() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("config/sebadesk.toml")
}

fn load(dir: &Path, extra: &[(&str, &str)]) -> Result<Config, super::ConfigError> {
    let mut env: BTreeMap<String, String> = BTreeMap::new();
    env.insert(
        "SEBADESK_DEPLOYMENT_OFFICES_DIR".into(),
        dir.display().to_string(),
    );
    for (k, v) in extra {
        env.insert(k.to_string(), v.to_string());
    }
    Config::load_with_env(&main_config(), &env)
}

const ISL: &str = r#"
code = "isl"
name_bn = "উপজেলা আইসিটি অফিস, ইসলামপুর"
name_en = "Upazila ICT Office, Islampur"
address = "ict.islampur@office.test"
officer_email = "officer.isl@office.test"
supervisor_email = "dc.jamalpur@office.test"
[imap]
username = "ict.islampur@office.test"
"#;

#[test]
fn an_office_file_adds_an_office_with_the_main_files_defaults() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("isl.toml"), ISL).unwrap();
    let c = load(
        dir.path(),
        &[("SEBADESK_SECRET_ISL_IMAP_PASSWORD", "isl-secret")],
    )
    .unwrap();
    let offices = c.offices();
    assert_eq!(offices.len(), 2);
    let (mel, isl) = (&offices[0], &offices[1]);
    assert_eq!(mel.office.code, "MEL");
    assert!(mel.office.primary && !isl.office.primary);
    assert_eq!(isl.office.code, "ISL", "codes are upper case");
    assert_eq!(isl.imap.server.host, mel.imap.server.host);
    assert_eq!(isl.imap.server.port, mel.imap.server.port);
    assert_eq!(isl.imap.server.username, "ict.islampur@office.test");
    assert_eq!(isl.imap.server.password.expose(), "isl-secret");
    assert_eq!(isl.imap.mailbox, "INBOX");
    // No [smtp] in the office file: the main identity sends for it.
    assert_eq!(isl.smtp.server.username, mel.smtp.server.username);
    assert_eq!(
        isl.reminders.supervisor_email.as_ref().map(|e| e.as_str()),
        Some("dc.jamalpur@office.test")
    );
    assert_eq!(isl.charter.services().len(), 5);
    assert!(std::sync::Arc::ptr_eq(&isl.keywords, &mel.keywords));
    assert_eq!(c.office("isl").unwrap().office.code, "ISL");
    assert!(c.office("XYZ").is_none());
    assert!(
        !format!("{c:?}").contains("isl-secret"),
        "secrets never print"
    );
}

#[test]
fn an_office_file_signs_its_own_mailbox_in_with_oauth2() {
    use super::super::ServerAuth;
    let dir = tempfile::tempdir().unwrap();
    let text = format!(
        "{ISL}auth = \"oauth2\"\n[smtp]\nusername = \"ict.islampur@office.test\"\nauth = \"oauth2\"\n[oauth2]\nprovider = \"google\"\nclient_id = \"isl-client\"\nrefresh_token_file = \"isl.token\"\n"
    );
    std::fs::write(dir.path().join("isl.toml"), text).unwrap();
    // No password anywhere: OAuth2 needs none; the client secret comes from the environment.
    let c = load(
        dir.path(),
        &[(
            "SEBADESK_SECRET_ISL_OAUTH2_CLIENT_SECRET",
            "isl-client-secret",
        )],
    )
    .unwrap();
    let offices = c.offices();
    let (mel, isl) = (&offices[0], &offices[1]);
    for server in [&isl.imap.server, &isl.smtp.server] {
        let ServerAuth::OAuth2(account) = &server.auth else {
            panic!("the office's own sign-in: {:?}", server.auth)
        };
        let s = account.settings();
        assert_eq!(s.client_id, "isl-client");
        assert_eq!(s.client_secret.expose(), "isl-client-secret");
        assert_eq!(
            s.refresh_token_file.as_deref(),
            Some(dir.path().join("isl.token").as_path())
        );
    }
    // `sebadesk --office ISL oauth login` signs this office's account in.
    assert_eq!(
        isl.oauth2.as_ref().map(|a| a.settings().client_id.clone()),
        Some("isl-client".to_string())
    );
    // The main office keeps its password sign-in.
    assert!(matches!(mel.imap.server.auth, ServerAuth::Password));
    assert!(
        !format!("{c:?}").contains("isl-client-secret"),
        "secrets never print"
    );

    // Secrets in a shared office file are refused, with where they belong.
    let text = format!(
        "{ISL}auth = \"oauth2\"\n[oauth2]\nprovider = \"google\"\nclient_id = \"c\"\nrefresh_token = \"leaked\"\n"
    );
    std::fs::write(dir.path().join("isl.toml"), text).unwrap();
    let e = load(dir.path(), &[]).unwrap_err().to_string();
    assert!(e.contains("isl.toml oauth2.refresh_token"), "{e}");
    assert!(e.contains("refresh_token_file"), "{e}");
    // auth = "oauth2" without an [oauth2] of its own: never another office's account.
    std::fs::write(
        dir.path().join("isl.toml"),
        format!("{ISL}auth = \"oauth2\"\n"),
    )
    .unwrap();
    let e = load(dir.path(), &[]).unwrap_err().to_string();
    assert!(e.contains("isl.toml imap.auth"), "{e}");
}

#[test]
fn passwords_come_from_files_or_named_variables_never_the_office_file() {
    let dir = tempfile::tempdir().unwrap();
    let secret = dir.path().join("isl-smtp.secret");
    std::fs::write(&secret, "smtp-secret\n").unwrap();
    // Owner-only, as a password file must be (see the world-readable test below).
    std::fs::set_permissions(&secret, std::fs::Permissions::from_mode(0o600)).unwrap();
    let text = format!(
        "{ISL}password_env = \"ISL_IMAP\"\n[smtp]\nusername = \"ict.islampur@office.test\"\npassword_file = \"{}\"\n",
        secret.display()
    );
    std::fs::write(dir.path().join("isl.toml"), text).unwrap();
    let c = load(dir.path(), &[("ISL_IMAP", "from-env")]).unwrap();
    let isl = &c.offices()[1];
    assert_eq!(isl.imap.server.password.expose(), "from-env");
    assert_eq!(isl.smtp.server.password.expose(), "smtp-secret");
    assert_eq!(isl.smtp.server.username, "ict.islampur@office.test");

    // Missing secret: the error names the file, the key and the variable.
    std::fs::write(dir.path().join("isl.toml"), ISL).unwrap();
    let e = load(dir.path(), &[]).unwrap_err().to_string();
    assert!(
        e.contains("isl.toml imap.password_env") && e.contains("SEBADESK_SECRET_ISL_IMAP_PASSWORD"),
        "{e}"
    );

    // Inline: refused.
    std::fs::write(
        dir.path().join("isl.toml"),
        ISL.replace("[imap]\n", "[imap]\npassword = \"x\"\n"),
    )
    .unwrap();
    let e = load(dir.path(), &[]).unwrap_err().to_string();
    assert!(
        e.contains("isl.toml imap.password") && e.contains("keep secrets out"),
        "{e}"
    );
}

#[test]
fn two_offices_cannot_share_a_code_or_a_mailbox() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.toml"), ISL).unwrap();
    std::fs::write(
        dir.path().join("b.toml"),
        ISL.replace("username = \"ict.islampur", "username = \"other"),
    )
    .unwrap();
    let env = [("SEBADESK_SECRET_ISL_IMAP_PASSWORD", "x")];
    let e = load(dir.path(), &env).unwrap_err().to_string();
    assert!(
        e.contains("b.toml code") && e.contains("also defined"),
        "{e}"
    );

    std::fs::write(
        dir.path().join("b.toml"),
        ISL.replace("code = \"isl\"", "code = \"mel2\""),
    )
    .unwrap();
    let env = [
        ("SEBADESK_SECRET_ISL_IMAP_PASSWORD", "x"),
        ("SEBADESK_SECRET_MEL2_IMAP_PASSWORD", "x"),
    ];
    let e = load(dir.path(), &env).unwrap_err().to_string();
    assert!(
        e.contains("b.toml imap.username") && e.contains("office ISL"),
        "{e}"
    );

    // The same mailbox spelt otherwise is the same mailbox (Dovecot folds the login, and
    // INBOX is INBOX in any case): two desks would watch it (issue 21).
    std::fs::write(
        dir.path().join("b.toml"),
        ISL.replace("code = \"isl\"", "code = \"mel2\"").replace(
            "username = \"ict.islampur@office.test\"",
            "username = \"ICT.Islampur@Office.TEST\"\nmailbox = \"inbox\"",
        ),
    )
    .unwrap();
    let e = load(dir.path(), &env).unwrap_err().to_string();
    assert!(
        e.contains("b.toml imap.username") && e.contains("office ISL"),
        "{e}"
    );

    // The main office's code is taken too.
    std::fs::remove_file(dir.path().join("b.toml")).unwrap();
    std::fs::write(
        dir.path().join("a.toml"),
        ISL.replace("code = \"isl\"", "code = \"MEL\""),
    )
    .unwrap();
    let e = load(dir.path(), &[("SEBADESK_SECRET_MEL_IMAP_PASSWORD", "x")])
        .unwrap_err()
        .to_string();
    assert!(e.contains("a.toml code"), "{e}");
}

/// The shipped example folder loads (relative paths are the main file's folder's).
#[test]
fn the_example_district_loads() {
    let mut env: BTreeMap<String, String> = BTreeMap::new();
    env.insert(
        "SEBADESK_DEPLOYMENT_OFFICES_DIR".into(),
        "offices.example".into(),
    );
    env.insert("SEBADESK_SECRET_ISL_IMAP_PASSWORD".into(), "a".into());
    env.insert("SEBADESK_SECRET_MAD_IMAP_PASSWORD".into(), "b".into());
    let c = Config::load_with_env(&main_config(), &env).unwrap();
    let codes: Vec<String> = c.offices().iter().map(|o| o.office.code.clone()).collect();
    // The main office first, then the files in name order (ISL.toml before MAD.toml).
    assert_eq!(codes, ["MEL", "ISL", "MAD"]);
}

#[test]
fn two_offices_cannot_share_an_address_and_an_officer_is_not_the_office() {
    let dir = tempfile::tempdir().unwrap();
    let env = [("SEBADESK_SECRET_ISL_IMAP_PASSWORD", "x")];
    // The main office's address, again.
    std::fs::write(
        dir.path().join("isl.toml"),
        ISL.replace(
            "ict.islampur@office.test\"\nofficer",
            "ict.melandaha@office.test\"\nofficer",
        ),
    )
    .unwrap();
    let e = load(dir.path(), &env).unwrap_err().to_string();
    assert!(
        e.contains("isl.toml address") && e.contains("also office MEL's address"),
        "{e}"
    );
    // The office's officer at the office's own address.
    std::fs::write(
        dir.path().join("isl.toml"),
        ISL.replace("officer.isl@office.test", "ict.islampur@office.test"),
    )
    .unwrap();
    let e = load(dir.path(), &env).unwrap_err().to_string();
    assert!(
        e.contains("isl.toml officer_email") && e.contains("office's own address"),
        "{e}"
    );
    // A folder name that would end the IMAP command.
    std::fs::write(
        dir.path().join("isl.toml"),
        format!("{ISL}mailbox = \"INBOX\\r\\nA1 DELETE INBOX\"\n"),
    )
    .unwrap();
    let e = load(dir.path(), &env).unwrap_err().to_string();
    assert!(e.contains("isl.toml imap.mailbox"), "{e}");
}

#[test]
fn a_password_file_others_can_read_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let secret = dir.path().join("isl-imap.secret");
    std::fs::write(&secret, "imap-secret\n").unwrap();
    std::fs::set_permissions(&secret, std::fs::Permissions::from_mode(0o644)).unwrap();
    let text = format!("{ISL}password_file = \"{}\"\n", secret.display());
    std::fs::write(dir.path().join("isl.toml"), text).unwrap();
    let e = load(dir.path(), &[]).unwrap_err().to_string();
    assert!(
        e.contains("isl.toml imap.password_file") && e.contains("mode 644"),
        "{e}"
    );
    assert!(!e.contains("imap-secret"), "the error shows no secret: {e}");
    std::fs::set_permissions(&secret, std::fs::Permissions::from_mode(0o640)).unwrap();
    let c = load(dir.path(), &[]).unwrap();
    assert_eq!(c.offices()[1].imap.server.password.expose(), "imap-secret");
}

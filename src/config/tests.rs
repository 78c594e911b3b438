//! Tests of `config`.

use super::*;

fn env(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

fn example() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("config/sebadesk.toml")
}

#[test]
fn example_config_is_valid() {
    let c = Config::load_with_env(&example(), &env(&[])).unwrap();
    assert_eq!(c.office.code, "MEL");
    assert_eq!(c.charter.services().len(), 5);
    assert_eq!(c.imap.mailbox, "INBOX");
}

#[test]
fn environment_overrides_every_kind_of_key() {
    let c = Config::load_with_env(
        &example(),
        &env(&[
            ("SEBADESK_IMAP_PORT", "10993"),
            ("SEBADESK_IMAP_PASSWORD", "12345"),
            ("SEBADESK_IMAP_IDLE", "false"),
            ("SEBADESK_SLA_WEEKEND", "sat, sun"),
            ("SEBADESK_DATABASE_URL", "sqlite:///tmp/x.db"),
        ]),
    )
    .unwrap();
    assert_eq!(c.imap.server.port, 10993);
    assert_eq!(c.imap.server.password.expose(), "12345");
    assert!(!c.imap.idle);
    assert_eq!(c.sla.weekend, vec![Weekday::Saturday, Weekday::Sunday]);
    assert_eq!(c.database.url, "sqlite:///tmp/x.db");
    assert!(!format!("{c:?}").contains("12345"), "secrets never print");
}

#[test]
fn sqlite_cache_has_a_default_and_an_override() {
    let c = Config::load_with_env(&example(), &env(&[])).unwrap();
    assert_eq!(c.database.sqlite_cache_kib, crate::store::SQLITE_CACHE_KIB);
    let c = Config::load_with_env(
        &example(),
        &env(&[("SEBADESK_DATABASE_SQLITE_CACHE_KIB", "2000")]),
    )
    .unwrap();
    assert_eq!(c.database.sqlite_cache_kib, 2000);
    let e = Config::load_with_env(
        &example(),
        &env(&[("SEBADESK_DATABASE_SQLITE_CACHE_KIB", "0")]),
    )
    .unwrap_err();
    assert!(e.to_string().contains("database.sqlite_cache_kib"), "{e}");
}

#[test]
fn errors_name_the_key() {
    let e =
        Config::load_with_env(&example(), &env(&[("SEBADESK_IMAP_PORT", "99999")])).unwrap_err();
    assert_eq!(
        e.to_string(),
        "config key imap.port: 99999 is not a TCP port"
    );
    let e = Config::load_with_env(&example(), &env(&[("SEBADESK_IMAP_PORTT", "1")])).unwrap_err();
    assert!(
        e.to_string()
            .starts_with("environment variable SEBADESK_IMAP_PORTT")
    );
    let e = Config::load_with_env(
        &example(),
        &env(&[
            ("SEBADESK_SMTP_HOST", "mail.example.org"),
            ("SEBADESK_SMTP_SECURITY", "plain"),
        ]),
    )
    .unwrap_err();
    assert!(
        e.to_string().starts_with("config key smtp.security: plain"),
        "{e}"
    );
    let e =
        Config::load_with_env(&example(), &env(&[("SEBADESK_OFFICE_ADDRESS", "x")])).unwrap_err();
    assert!(
        e.to_string().starts_with("config key office.address"),
        "{e}"
    );
}

/// Operator mistakes that once passed `config check` and failed later, or never worked.
#[test]
fn config_check_catches_operator_mistakes_by_key() {
    let dir = tempfile::tempdir().unwrap();
    let not_pem = dir.path().join("ca.pem");
    std::fs::write(&not_pem, "this is not a certificate\n").unwrap();
    let bad_pem = dir.path().join("bad.pem");
    std::fs::write(
        &bad_pem,
        "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n",
    )
    .unwrap();
    let not_pem = not_pem.display().to_string();
    let bad_pem = bad_pem.display().to_string();
    let cases: &[(&[(&str, &str)], &str)] = &[
        (
            &[("SEBADESK_IMAP_CA_FILE", &not_pem)],
            "config key imap.ca_file: cannot read CA file",
        ),
        (
            &[("SEBADESK_SMTP_CA_FILE", &bad_pem)],
            "config key smtp.ca_file: cannot read CA file",
        ),
        (
            &[("SEBADESK_SMTP_CA_FILE", "/dev/zero")],
            "config key smtp.ca_file",
        ),
        (
            &[("SEBADESK_IMAP_MAILBOX", "INBOX\r\nA1 DELETE INBOX")],
            "config key imap.mailbox: must not contain control characters",
        ),
        (
            &[("SEBADESK_IMAP_PROCESSED_FOLDER", "Done\n")],
            "config key imap.processed_folder: must not contain control characters",
        ),
        (
            &[("SEBADESK_IMAP_USERNAME", "ict@office.test\r\nA2 LOGOUT")],
            "config key imap.username: must not contain control characters",
        ),
        (
            &[
                ("SEBADESK_OFFICE_ADDRESS", "ict.melandaha@office.test"),
                ("SEBADESK_OFFICE_OFFICER_EMAIL", "ICT.Melandaha@office.test"),
            ],
            "config key office.officer_email: is the office's own address",
        ),
    ];
    for (vars, expected) in cases {
        let e = Config::load_with_env(&example(), &env(vars))
            .err()
            .unwrap_or_else(|| panic!("{vars:?} accepted"));
        assert!(e.to_string().starts_with(expected), "{vars:?}: {e}");
    }
}

#[test]
fn web_desk_keys() {
    let c = Config::load_with_env(&example(), &env(&[])).unwrap();
    assert!(
        c.web.listen.is_none() && c.web.base_url.is_empty(),
        "off by default"
    );
    let c = Config::load_with_env(
        &example(),
        &env(&[
            ("SEBADESK_WEB_LISTEN", "127.0.0.1:8080"),
            ("SEBADESK_WEB_ADMINS", "a@office.test, b@office.test"),
        ]),
    )
    .unwrap();
    assert_eq!(c.web.listen.unwrap().port(), 8080);
    assert_eq!(c.web.base_url, "http://127.0.0.1:8080");
    assert_eq!(c.web.admins.len(), 2);
    let c = Config::load_with_env(
        &example(),
        &env(&[("SEBADESK_WEB_BASE_URL", "https://desk.example.test/")]),
    )
    .unwrap();
    assert_eq!(c.web.base_url, "https://desk.example.test");
    for (var, value, expected) in [
        ("SEBADESK_WEB_LISTEN", "8080", "config key web.listen"),
        (
            "SEBADESK_WEB_BASE_URL",
            "desk.example.test",
            "config key web.base_url",
        ),
        (
            "SEBADESK_WEB_BASE_URL",
            "https://a b",
            "config key web.base_url",
        ),
        (
            "SEBADESK_WEB_ADMINS",
            "not-an-address",
            "config key web.admins",
        ),
    ] {
        let e = Config::load_with_env(&example(), &env(&[(var, value)])).unwrap_err();
        assert!(e.to_string().starts_with(expected), "{var}={value}: {e}");
    }
}

#[test]
fn retention_defaults_and_limits() {
    let c = Config::load_with_env(&example(), &env(&[])).unwrap();
    assert_eq!(
        (c.retention.mail_days, c.retention.quarantine_days),
        (365, 90)
    );
    let c = Config::load_with_env(
        &example(),
        &env(&[
            ("SEBADESK_RETENTION_MAIL_DAYS", "730"),
            ("SEBADESK_RETENTION_QUARANTINE_DAYS", "30"),
        ]),
    )
    .unwrap();
    assert_eq!(
        (c.retention.mail_days, c.retention.quarantine_days),
        (730, 30)
    );
    for (var, value, expected) in [
        (
            "SEBADESK_RETENTION_MAIL_DAYS",
            "0",
            "config key retention.mail_days: must be greater than 0",
        ),
        (
            "SEBADESK_RETENTION_QUARANTINE_DAYS",
            "99999",
            "config key retention.quarantine_days: at most 36500",
        ),
    ] {
        let e = Config::load_with_env(&example(), &env(&[(var, value)])).unwrap_err();
        assert!(e.to_string().starts_with(expected), "{e}");
    }
}

/// The Debian package's /etc/sebadesk: `debian/sebadesk.toml` beside the charter, the
/// classifier's lists and the holidays, as `[package.metadata.deb]` installs them.
#[test]
fn the_packaged_config_is_valid_where_the_package_puts_it() {
    fn copy_dir(from: &Path, to: &Path) {
        std::fs::create_dir_all(to).unwrap();
        for e in std::fs::read_dir(from).unwrap() {
            let e = e.unwrap();
            std::fs::copy(e.path(), to.join(e.file_name())).unwrap();
        }
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let etc = tempfile::tempdir().unwrap();
    for sub in ["charter", "classifier", "holidays", "templates"] {
        copy_dir(&root.join("config").join(sub), &etc.path().join(sub));
    }
    let file = etc.path().join("sebadesk.toml");
    std::fs::copy(root.join("debian/sebadesk.toml"), &file).unwrap();
    let c = Config::load_with_env(&file, &env(&[])).unwrap();
    assert_eq!(c.database.url, "sqlite:///var/lib/sebadesk/sebadesk.db");
    assert_eq!(c.charter.services().len(), 5);
    assert!(!c.sla.holidays.is_empty());
    assert_eq!(
        c.office.templates.dir(),
        Some(etc.path().join("templates").as_path())
    );
    assert_eq!(c.office.officer_name_bn, "উপজেলা আইসিটি অফিসার");
}

#[test]
fn officer_name_bn_defaults_with_officer_name_and_is_overridden_by_the_environment() {
    let c = Config::load_with_env(&example(), &env(&[])).unwrap();
    assert_eq!(c.office.officer_name_bn, "উপজেলা আইসিটি অফিসার");
    let c = Config::load_with_env(
        &example(),
        &env(&[("SEBADESK_OFFICE_OFFICER_NAME_BN", "সহকারী প্রোগ্রামার")]),
    )
    .unwrap();
    assert_eq!(c.office.officer_name_bn, "সহকারী প্রোগ্রামার");
    // Not written: the usual title when there is an English name, else none.
    assert_eq!(
        validate::officer_name_bn(Some("Upazila ICT Officer"), None),
        validate::DEFAULT_OFFICER_NAME_BN
    );
    assert_eq!(validate::officer_name_bn(Some(""), None), "");
    assert_eq!(validate::officer_name_bn(None, None), "");
}

/// `[templates] dir`: a folder named that does not exist is a config error; a syntax error
/// in a template is one too, naming the file and line.
#[test]
fn the_templates_dir_must_exist_and_compile() {
    let e = Config::load_with_env(
        &example(),
        &env(&[("SEBADESK_TEMPLATES_DIR", "/nonexistent/templates")]),
    )
    .unwrap_err();
    assert!(e.to_string().starts_with("config key templates.dir"), "{e}");
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("digest.txt"), "ok\n{% for x in %}\n").unwrap();
    let e = Config::load_with_env(
        &example(),
        &env(&[("SEBADESK_TEMPLATES_DIR", dir.path().to_str().unwrap())]),
    )
    .unwrap_err();
    let shown = format!(
        "template {}:2: syntax error",
        dir.path().join("digest.txt").display()
    );
    assert!(e.to_string().starts_with(&shown), "{e}");
}

/// `SEBADESK_LOG_FORMAT` is read by the logger, not the config: not an unknown key.
#[test]
fn the_log_variables_are_not_config_keys() {
    let c = Config::load_with_env(
        &example(),
        &env(&[("SEBADESK_LOG", "debug"), ("SEBADESK_LOG_FORMAT", "json")]),
    );
    assert!(c.is_ok(), "{:?}", c.err());
}

#[test]
fn attachment_limits_default_and_are_overridden_by_the_environment() {
    let c = Config::load_with_env(&example(), &env(&[])).unwrap();
    assert_eq!(c.attachments.max_per_message, 50);
    assert_eq!(c.attachments.max_bytes_per_message, c.imap.max_message_size);
    assert_eq!(c.attachments.forward_max_bytes, 7_000_000);
    let c = Config::load_with_env(
        &example(),
        &env(&[
            ("SEBADESK_ATTACHMENTS_MAX_PER_MESSAGE", "5"),
            ("SEBADESK_ATTACHMENTS_MAX_BYTES_PER_MESSAGE", "1000"),
            ("SEBADESK_ATTACHMENTS_FORWARD_MAX_BYTES", "0"),
        ]),
    )
    .unwrap();
    assert_eq!(c.attachments.limits().max_count, 5);
    assert_eq!(c.attachments.limits().max_bytes, 1000);
    assert_eq!(c.attachments.forward_max_bytes, 0);
    let e = Config::load_with_env(
        &example(),
        &env(&[("SEBADESK_ATTACHMENTS_MAX_PER_MESSAGE", "0")]),
    )
    .unwrap_err();
    assert!(
        e.to_string()
            .starts_with("config key attachments.max_per_message"),
        "{e}"
    );
}

#[test]
fn an_endless_config_file_is_an_error() {
    let e = Config::load_with_env(Path::new("/dev/zero"), &env(&[])).unwrap_err();
    assert!(
        matches!(e, ConfigError::Read { .. }) && e.to_string().contains("larger than"),
        "{e}"
    );
}

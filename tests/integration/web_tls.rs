//! The web desk's own TLS (`web.tls_cert` / `web.tls_key`): a self-signed certificate made
//! here with the openssl CLI (rcgen is not in the dependency tree), `config check` refusing
//! each operator mistake with exit 2, then the real daemon serving a page over https to a
//! client that trusts only that certificate, and refusing plain http on the same port.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::Arc;
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio_rustls::rustls;

use crate::helpers::*;

/// A self-signed certificate for 127.0.0.1 and localhost, valid two days: (cert, key).
fn self_signed(dir: &Path) -> (PathBuf, PathBuf) {
    let (cert, key) = (dir.join("desk.crt"), dir.join("desk.key"));
    let out = Command::new("openssl")
        .args([
            "req",
            "-x509",
            "-newkey",
            "ec",
            "-pkeyopt",
            "ec_paramgen_curve:prime256v1",
        ])
        .args(["-nodes", "-days", "2", "-subj", "/CN=desk.test"])
        .args(["-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost"])
        // An end-entity certificate (rustls refuses a CA certificate as the server's own).
        .args(["-addext", "basicConstraints=critical,CA:FALSE"])
        .arg("-keyout")
        .arg(&key)
        .arg("-out")
        .arg(&cert)
        .output()
        .expect("run openssl");
    assert!(
        out.status.success(),
        "openssl: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    (cert, key)
}

/// `sebadesk config check` with the example config and only these `SEBADESK_*` variables.
fn config_check(env: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_sebadesk"));
    cmd.current_dir(project_root())
        .arg("--config")
        .arg(project_root().join("config/sebadesk.toml"))
        .args(["config", "check"]);
    for (k, _) in std::env::vars().filter(|(k, _)| k.starts_with("SEBADESK_")) {
        cmd.env_remove(k);
    }
    cmd.envs(env.iter().map(|(k, v)| (k.to_string(), v.to_string())));
    cmd.output().expect("run sebadesk")
}

/// `config check` accepts the pair and refuses, with exit 2 and the key's name: one file
/// without the other, a missing file, a file that is not PEM, a key that is not the
/// certificate's.
#[test]
fn config_check_refuses_bad_tls_files_with_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let (cert, key) = self_signed(dir.path());
    let other = tempfile::tempdir().unwrap();
    let (_, other_key) = self_signed(other.path());
    let not_pem = dir.path().join("junk.pem");
    std::fs::write(&not_pem, "this is not a certificate\n").unwrap();
    let (cert, key, other_key, not_pem) = (
        cert.display().to_string(),
        key.display().to_string(),
        other_key.display().to_string(),
        not_pem.display().to_string(),
    );
    let missing = dir.path().join("nope.pem").display().to_string();
    let listen = ("SEBADESK_WEB_LISTEN", "127.0.0.1:8443");
    let ok = config_check(&[
        listen,
        ("SEBADESK_WEB_TLS_CERT", &cert),
        ("SEBADESK_WEB_TLS_KEY", &key),
    ]);
    assert!(ok.status.success(), "{ok:?}");
    let cases: Vec<(Vec<(&str, &str)>, &str)> = vec![
        (vec![("SEBADESK_WEB_TLS_CERT", &cert)], "web.tls_key"),
        (vec![("SEBADESK_WEB_TLS_KEY", &key)], "web.tls_cert"),
        (
            vec![
                ("SEBADESK_WEB_TLS_CERT", &missing),
                ("SEBADESK_WEB_TLS_KEY", &key),
            ],
            "web.tls_cert",
        ),
        (
            vec![
                ("SEBADESK_WEB_TLS_CERT", &not_pem),
                ("SEBADESK_WEB_TLS_KEY", &key),
            ],
            "web.tls_cert",
        ),
        (
            vec![
                ("SEBADESK_WEB_TLS_CERT", &cert),
                ("SEBADESK_WEB_TLS_KEY", &not_pem),
            ],
            "web.tls_key",
        ),
        (
            vec![
                ("SEBADESK_WEB_TLS_CERT", &cert),
                ("SEBADESK_WEB_TLS_KEY", &other_key),
            ],
            "web.tls_key",
        ),
    ];
    for (mut vars, key_name) in cases {
        vars.push(listen);
        let out = config_check(&vars);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{vars:?}: {stderr}");
        assert!(
            stderr.contains(&format!("config key {key_name}")),
            "{vars:?}: {stderr}"
        );
    }
}

/// A GET over TLS trusting only `ca`: the whole response (head and body) as text.
async fn https_get(port: u16, ca: &Path, path: &str) -> Result<String, String> {
    use rustls_pki_types::CertificateDer;
    use rustls_pki_types::pem::PemObject;
    let mut roots = rustls::RootCertStore::empty();
    for c in CertificateDer::pem_file_iter(ca).unwrap() {
        roots.add(c.unwrap()).unwrap();
    }
    let config = rustls::ClientConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .unwrap()
    .with_root_certificates(roots)
    .with_no_client_auth();
    let connector = tokio_rustls::TlsConnector::from(Arc::new(config));
    let tcp = tokio::net::TcpStream::connect(("127.0.0.1", port))
        .await
        .map_err(|e| e.to_string())?;
    let name = rustls_pki_types::ServerName::try_from("127.0.0.1").unwrap();
    let mut tls = connector
        .connect(name, tcp)
        .await
        .map_err(|e| format!("handshake: {e}"))?;
    let request =
        format!("GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n");
    tls.write_all(request.as_bytes())
        .await
        .map_err(|e| e.to_string())?;
    let mut raw = Vec::new();
    // A peer that closes without close_notify still sent the whole response before.
    let _ = tls.read_to_end(&mut raw).await;
    Ok(String::from_utf8_lossy(&raw).to_string())
}

/// The daemon serves the desk over TLS with the configured certificate: a client trusting
/// only that certificate gets the sign-in page (its cookie `Secure`), and plain http on the
/// same port gets no HTTP answer.
#[tokio::test(flavor = "multi_thread")]
async fn web_desk_serves_https_with_its_own_certificate() {
    let stack = MailStack::start();
    let (cert, key) = self_signed(&stack.dir);
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let listen = format!("127.0.0.1:{port}");
    let (cert_s, key_s) = (cert.display().to_string(), key.display().to_string());
    let mut daemon = Daemon::start(
        &stack,
        &[
            ("SEBADESK_WEB_LISTEN", &listen),
            ("SEBADESK_WEB_TLS_CERT", &cert_s),
            ("SEBADESK_WEB_TLS_KEY", &key_s),
        ],
    );
    daemon.wait_watching().await;
    let mut page = Err("not tried".to_string());
    for _ in 0..50 {
        page = https_get(port, &cert, "/signin").await;
        if page.as_ref().is_ok_and(|p| p.starts_with("HTTP/1.1 200")) {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let page = page.unwrap_or_else(|e| panic!("{e}\n{}", daemon.log_text()));
    assert!(page.starts_with("HTTP/1.1 200"), "{page}");
    assert!(page.contains("<form"), "the sign-in page: {page}");
    let cookie = page
        .lines()
        .find(|l| l.to_ascii_lowercase().starts_with("set-cookie:"))
        .unwrap_or_else(|| panic!("no cookie: {page}"));
    assert!(cookie.contains("; Secure"), "{cookie}");
    // A client that does not trust this certificate is refused by its own TLS.
    let stranger = tempfile::tempdir().unwrap();
    let (other_cert, _) = self_signed(stranger.path());
    let refused = https_get(port, &other_cert, "/signin").await;
    assert!(
        refused.as_ref().is_err_and(|e| e.contains("handshake")),
        "{refused:?}"
    );

    // Plain http to the TLS port: no HTTP response comes back.
    let mut plain = tokio::net::TcpStream::connect(("127.0.0.1", port))
        .await
        .unwrap();
    plain
        .write_all(
            format!("GET /signin HTTP/1.1\r\nHost: {listen}\r\nConnection: close\r\n\r\n")
                .as_bytes(),
        )
        .await
        .unwrap();
    let mut answer = Vec::new();
    let _ = tokio::time::timeout(Duration::from_secs(15), plain.read_to_end(&mut answer)).await;
    assert!(
        !answer.starts_with(b"HTTP/"),
        "plain http answered: {:?}",
        String::from_utf8_lossy(&answer)
    );
    // The desk still serves https after the plain attempt.
    let again = https_get(port, &cert, "/signin").await.unwrap();
    assert!(again.starts_with("HTTP/1.1 200"), "{again}");
    assert_eq!(daemon.stop(), Some(0), "{}", daemon.log_text());
}

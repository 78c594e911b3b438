//! The desk's TLS server configuration from `web.tls_cert` and `web.tls_key` (PEM files).
//!
//! Here, not in the web desk, because `config check` reads and pairs the two files at start
//! (a bad file is a config error, exit 2, not a desk that fails on its first connection);
//! the web desk's listener ([`crate::web`]'s `tls`) takes the configuration built here.
//! rustls with the one crypto provider the project uses (ring): the provider is handed to
//! the builder, never installed process-wide, so a second provider in the tree cannot make
//! it panic.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use rustls_pki_types::pem::PemObject;
use rustls_pki_types::{CertificateDer, PrivateKeyDer};
use tokio_rustls::rustls;

/// The largest PEM file read (a chain of a few certificates is a few KB).
const MAX_PEM_BYTES: u64 = 1024 * 1024;

/// Why the certificate or key cannot serve TLS.
#[derive(Debug, thiserror::Error)]
pub enum TlsError {
    /// A file is missing, unreadable or holds no PEM object of the kind wanted.
    #[error("{key} {path}: {message}")]
    File {
        /// The config key (`web.tls_cert` or `web.tls_key`).
        key: &'static str,
        /// The file as configured.
        path: PathBuf,
        /// What is wrong with it.
        message: String,
    },
    /// rustls refused the pair (e.g. the key is not the certificate's).
    #[error("web.tls_cert and web.tls_key do not make a TLS server: {0}")]
    Pair(String),
}

fn read_pem(key: &'static str, path: &Path) -> Result<Vec<u8>, TlsError> {
    let file = |message: String| TlsError::File {
        key,
        path: path.to_path_buf(),
        message,
    };
    let meta = std::fs::metadata(path).map_err(|e| file(e.to_string()))?;
    if !meta.is_file() {
        return Err(file("not a file".into()));
    }
    if meta.len() > MAX_PEM_BYTES {
        return Err(file(format!(
            "larger than {MAX_PEM_BYTES} bytes: not a PEM file"
        )));
    }
    std::fs::read(path).map_err(|e| file(e.to_string()))
}

/// The server configuration of `cert` (PEM: the certificate, then its chain) and `key` (PEM:
/// PKCS#8, PKCS#1 or SEC1 private key). Read and checked at start (and by `config check`):
/// a missing, unreadable or non-PEM file, or a key that is not the certificate's, is an error.
pub fn server_config(cert: &Path, key: &Path) -> Result<Arc<rustls::ServerConfig>, TlsError> {
    let cert_pem = read_pem("web.tls_cert", cert)?;
    let key_pem = read_pem("web.tls_key", key)?;
    let certs = CertificateDer::pem_slice_iter(&cert_pem)
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| TlsError::File {
            key: "web.tls_cert",
            path: cert.to_path_buf(),
            message: format!("not PEM certificates: {e}"),
        })?;
    if certs.is_empty() {
        return Err(TlsError::File {
            key: "web.tls_cert",
            path: cert.to_path_buf(),
            message: "no PEM certificate (-----BEGIN CERTIFICATE-----) in it".into(),
        });
    }
    let private = PrivateKeyDer::from_pem_slice(&key_pem).map_err(|e| TlsError::File {
        key: "web.tls_key",
        path: key.to_path_buf(),
        message: format!("no PEM private key in it ({e})"),
    })?;
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let mut config = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| TlsError::Pair(e.to_string()))?
        .with_no_client_auth()
        .with_single_cert(certs, private)
        .map_err(|e| TlsError::Pair(e.to_string()))?;
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(Arc::new(config))
}

//! TLS client settings shared by IMAP, SMTP and the OAuth2 client: the public web roots, plus an extra CA file when the
//! office's server uses a private CA (or the local test stack uses its generated one).
//! Certificates are always verified; there is no "accept anything" switch.

use std::path::Path;
use std::sync::Arc;

use rustls_pki_types::CertificateDer;
use rustls_pki_types::pem::PemObject;
use tokio_rustls::rustls;

/// Why a TLS client configuration could not be built.
#[derive(Debug, thiserror::Error)]
pub enum TlsError {
    /// The extra CA file is missing, unreadable, or holds no usable PEM certificate.
    #[error("cannot read CA file {path}: {message}")]
    CaFile {
        /// The `ca_file` as configured.
        path: String,
        /// What is wrong with it.
        message: String,
    },
    /// rustls refused a certificate or the protocol settings.
    #[error("TLS setup: {0}")]
    Setup(#[from] rustls::Error),
}

/// The TLS client settings for one server: the public web roots plus `ca_file`'s
/// certificates, verified always, with ring as the crypto provider.
pub fn client_config(ca_file: Option<&Path>) -> Result<Arc<rustls::ClientConfig>, TlsError> {
    let mut roots = rustls::RootCertStore::empty();
    roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
    if let Some(path) = ca_file {
        for cert in ca_certificates(path)? {
            roots.add(cert)?;
        }
    }
    // Explicit provider: with more than one crypto backend in the tree, rustls cannot pick.
    let config = rustls::ClientConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()?
    .with_root_certificates(roots)
    .with_no_client_auth();
    Ok(Arc::new(config))
}

/// The certificates of a CA file: at least one, each a well-formed PEM certificate that
/// rustls takes as a root (`config check` runs this too, so a wrong file is an error at
/// start, not a connection that fails and is retried for ever).
pub fn ca_certificates(path: &Path) -> Result<Vec<CertificateDer<'static>>, TlsError> {
    let shown = path.display().to_string();
    let failed = |message: String| TlsError::CaFile {
        path: shown.clone(),
        message,
    };
    let pem = crate::small_file::read(path).map_err(|e| failed(e.to_string()))?;
    let certs = CertificateDer::pem_slice_iter(&pem)
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| failed(e.to_string()))?;
    if certs.is_empty() {
        return Err(failed("no PEM certificate in it".into()));
    }
    let mut roots = rustls::RootCertStore::empty();
    for cert in &certs {
        roots
            .add(cert.clone())
            .map_err(|e| failed(format!("not a usable CA certificate: {e}")))?;
    }
    Ok(certs)
}

//! TLS client settings shared by IMAP: the public web roots, plus an extra CA file when the
//! office's server uses a private CA (or the local test stack uses its generated one).
//! Certificates are always verified; there is no "accept anything" switch.

use std::path::Path;
use std::sync::Arc;

use rustls_pki_types::CertificateDer;
use rustls_pki_types::pem::PemObject;
use tokio_rustls::rustls;

#[derive(Debug, thiserror::Error)]
pub enum TlsError {
    #[error("cannot read CA file {path}: {message}")]
    CaFile { path: String, message: String },
    #[error("TLS setup: {0}")]
    Setup(#[from] rustls::Error),
}

pub fn client_config(ca_file: Option<&Path>) -> Result<Arc<rustls::ClientConfig>, TlsError> {
    let mut roots = rustls::RootCertStore::empty();
    roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
    if let Some(path) = ca_file {
        let shown = path.display().to_string();
        let certs = CertificateDer::pem_file_iter(path).map_err(|e| TlsError::CaFile {
            path: shown.clone(),
            message: e.to_string(),
        })?;
        let mut added = 0;
        for cert in certs {
            let cert = cert.map_err(|e| TlsError::CaFile {
                path: shown.clone(),
                message: e.to_string(),
            })?;
            roots.add(cert)?;
            added += 1;
        }
        if added == 0 {
            return Err(TlsError::CaFile {
                path: shown,
                message: "no PEM certificate in it".into(),
            });
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

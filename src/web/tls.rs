//! TLS on the desk's own listener, when `web.tls_cert` and `web.tls_key` name PEM files
//! (the alternative to a reverse proxy, README "Web desk").
//!
//! rustls with the one crypto provider the project uses (ring, as tokio-rustls is built
//! here): the provider is handed to the builder, never installed process-wide, so a second
//! provider in the tree cannot make it panic. HTTP/1.1 only, like the plain listener.
//!
//! Handshakes run in their own tasks (bounded by [`HANDSHAKE_TIMEOUT`]) and only finished
//! connections reach axum: one client that opens a socket and says nothing cannot stall the
//! others' handshakes.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use rustls_pki_types::pem::PemObject;
use rustls_pki_types::{CertificateDer, PrivateKeyDer};
use tokio::net::{TcpListener, TcpStream};
use tokio_rustls::TlsAcceptor;
use tokio_rustls::rustls;
use tokio_rustls::server::TlsStream;
use tokio_util::sync::CancellationToken;

/// How long a client has to finish its TLS handshake.
pub const HANDSHAKE_TIMEOUT: Duration = Duration::from_secs(10);

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

/// A listener that hands axum finished TLS connections (see the module doc).
pub struct TlsListener {
    ready: tokio::sync::mpsc::Receiver<(TlsStream<TcpStream>, SocketAddr)>,
    local: SocketAddr,
}

impl TlsListener {
    /// Accepts on `tcp` until `cancel`, each handshake in a task of its own.
    pub fn new(
        tcp: TcpListener,
        config: Arc<rustls::ServerConfig>,
        cancel: CancellationToken,
    ) -> std::io::Result<TlsListener> {
        let local = tcp.local_addr()?;
        let (tx, ready) = tokio::sync::mpsc::channel(64);
        let acceptor = TlsAcceptor::from(config);
        tokio::spawn(async move {
            loop {
                let accepted = tokio::select! {
                    _ = cancel.cancelled() => return,
                    accepted = tcp.accept() => accepted,
                };
                let (stream, client) = match accepted {
                    Ok(a) => a,
                    Err(e) => {
                        // Out of file descriptors and the like: wait, as axum's own loop does.
                        tracing::warn!(error.message = %e, "web desk: accept failed");
                        tokio::time::sleep(Duration::from_millis(100)).await;
                        continue;
                    }
                };
                let (acceptor, tx) = (acceptor.clone(), tx.clone());
                tokio::spawn(async move {
                    match tokio::time::timeout(HANDSHAKE_TIMEOUT, acceptor.accept(stream)).await {
                        Ok(Ok(tls)) => {
                            let _ = tx.send((tls, client)).await;
                        }
                        Ok(Err(e)) => {
                            tracing::debug!(%client, error.message = %e, "web desk: TLS handshake failed");
                        }
                        Err(_) => tracing::debug!(%client, "web desk: TLS handshake timed out"),
                    }
                });
            }
        });
        Ok(TlsListener { ready, local })
    }
}

impl axum::serve::Listener for TlsListener {
    type Io = TlsStream<TcpStream>;
    type Addr = SocketAddr;

    async fn accept(&mut self) -> (Self::Io, Self::Addr) {
        match self.ready.recv().await {
            Some(connection) => connection,
            // The accepting task ended (shutdown): no more connections.
            None => std::future::pending().await,
        }
    }

    fn local_addr(&self) -> std::io::Result<Self::Addr> {
        Ok(self.local)
    }
}

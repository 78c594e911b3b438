//! An IMAPS client signed in to a mailbox of the test stack, as a citizen's or an officer's
//! mail program would be.

use std::path::Path;
use std::sync::Arc;

use tokio::net::TcpStream;
use tokio_rustls::TlsConnector;
use tokio_rustls::rustls;

/// A signed-in IMAP session over TLS.
pub type Session = async_imap::Session<tokio_rustls::client::TlsStream<TcpStream>>;

/// Connects to the stack's IMAPS `port` on loopback, trusting only the stack's CA (`ca`, the
/// `CA_PEM` of ports.env), and signs in as `user` with the stack's password scheme (local
/// part + `-pass`). Nothing is selected. The error is text, because a benchmark may be
/// refused at the server's limits and must say where.
pub async fn login(port: u16, ca: &Path, user: &str) -> Result<Session, String> {
    use rustls_pki_types::CertificateDer;
    use rustls_pki_types::pem::PemObject;
    let mut roots = rustls::RootCertStore::empty();
    for cert in CertificateDer::pem_file_iter(ca).map_err(|e| format!("CA file: {e}"))? {
        roots
            .add(cert.map_err(|e| format!("CA cert: {e}"))?)
            .map_err(|e| format!("add CA: {e}"))?;
    }
    let config = rustls::ClientConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .map_err(|e| format!("TLS versions: {e}"))?
    .with_root_certificates(roots)
    .with_no_client_auth();
    let tcp = TcpStream::connect(("127.0.0.1", port))
        .await
        .map_err(|e| format!("IMAPS connect: {e}"))?;
    // Small commands back to back: Nagle's delay would dominate a benchmark's timings.
    tcp.set_nodelay(true).ok();
    let tls = TlsConnector::from(Arc::new(config))
        .connect(
            rustls_pki_types::ServerName::try_from("localhost").unwrap(),
            tcp,
        )
        .await
        .map_err(|e| format!("IMAPS TLS handshake: {e}"))?;
    let mut client = async_imap::Client::new(tls);
    client
        .read_response()
        .await
        .map_err(|e| format!("IMAP greeting: {e}"))?
        .ok_or("IMAP greeting: connection closed")?;
    let password = format!("{}-pass", user.split('@').next().unwrap_or(user));
    client
        .login(user, &password)
        .await
        .map_err(|(e, _)| format!("IMAP login as {user}: {e}"))
}

//! Test fixtures: a throwaway mail stack, a mail client, and the daemon as a child process.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use futures::TryStreamExt;
use tokio::net::TcpStream;

pub use crate::kit::stack::project_root;

/// A Dovecot + Postfix stack in its own temporary folder and ports; stopped on drop.
pub struct MailStack {
    pub dir: PathBuf,
    pub ports: HashMap<String, String>,
    /// The daemon's database for this test: SQLite in `dir`, or a fresh PostgreSQL database.
    pub database_url: String,
    /// Mailboxes beyond the usual ones (kept when a daemon of the stack is restarted).
    pub extra_users: Vec<String>,
    /// `MAILSTACK_*` options of start.sh (kept when a daemon of the stack is restarted).
    pub options: Vec<(String, String)>,
}

/// A fresh database for one test: an SQLite file in `dir` by default, or — when the suite
/// runs with `SDTEST_DATABASE=postgres` — a new database on the local PostgreSQL
/// (127.0.0.1:5432, trust auth), so the same tests prove both backends.
pub fn test_database_url(dir: &Path, name: &str) -> String {
    if std::env::var("SDTEST_DATABASE").as_deref() != Ok("postgres") {
        return format!("sqlite://{}/{name}.db?mode=rwc", dir.display());
    }
    use std::sync::atomic::{AtomicU32, Ordering};
    static N: AtomicU32 = AtomicU32::new(0);
    let db = format!(
        "sdt_{}_{}_{}",
        std::process::id(),
        N.fetch_add(1, Ordering::SeqCst),
        name.replace('-', "_")
    );
    drop_at_exit(&db);
    let out = Command::new("psql")
        .args([
            "-h",
            "127.0.0.1",
            "-U",
            "postgres",
            "-v",
            "ON_ERROR_STOP=1",
            "-q",
            "-c",
        ])
        .arg(format!("CREATE DATABASE {db}"))
        .output()
        .expect("run psql (PostgreSQL client)");
    assert!(
        out.status.success(),
        "CREATE DATABASE {db}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    format!("postgres://postgres@127.0.0.1:5432/{db}")
}

/// The PostgreSQL test databases this process made and has not dropped yet.
static TO_DROP: std::sync::Mutex<Vec<String>> = std::sync::Mutex::new(Vec::new());

/// Remembers `db` to be dropped when the test process exits, so a test that keeps its
/// database to the end (or panics before its own drop) leaves none behind: the first call
/// registers one `atexit` handler that drops whatever is left.
fn drop_at_exit(db: &str) {
    static REGISTERED: std::sync::Once = std::sync::Once::new();
    extern "C" fn drop_left_over() {
        let left = std::mem::take(&mut *TO_DROP.lock().unwrap_or_else(|e| e.into_inner()));
        for db in left {
            drop_test_database(&format!("postgres://postgres@127.0.0.1:5432/{db}"));
        }
    }
    REGISTERED.call_once(|| {
        // SAFETY: registers a plain `extern "C" fn` with no arguments, as atexit expects.
        unsafe {
            libc::atexit(drop_left_over);
        }
    });
    TO_DROP
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .push(db.to_string());
}

/// Drops a PostgreSQL test database (nothing to do for SQLite: its folder goes away).
pub fn drop_test_database(url: &str) {
    if let Some(db) = url.strip_prefix("postgres://postgres@127.0.0.1:5432/") {
        TO_DROP
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .retain(|d| d != db);
        let _ = Command::new("psql")
            .args(["-h", "127.0.0.1", "-U", "postgres", "-q", "-c"])
            .arg(format!("DROP DATABASE IF EXISTS {db} WITH (FORCE)"))
            .output();
    }
}

impl MailStack {
    pub fn start() -> MailStack {
        Self::start_with_users(&[])
    }

    /// A stack with more mailboxes than the usual ones (password: local part + "-pass").
    pub fn start_with_users(extra_users: &[String]) -> MailStack {
        Self::start_with_options(extra_users, &[])
    }

    /// A stack started with start.sh's `MAILSTACK_*` options (e.g. OAuth2 sign-in).
    pub fn start_with_options(extra_users: &[String], options: &[(&str, &str)]) -> MailStack {
        let options: Vec<(String, String)> = options
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        let dir = crate::kit::stack::temp_dir("sdt");
        // Each test binary thread gets its own ports: 20 bases spread by process and thread.
        let bases = (0..20).map(|_| pick_base());
        if let Some(ports) = crate::kit::stack::start(&dir, bases, &env_of(extra_users, &options)) {
            let database_url = test_database_url(&dir, "sebadesk");
            return MailStack {
                dir,
                ports,
                database_url,
                extra_users: extra_users.to_vec(),
                options,
            };
        }
        panic!("could not start a mail stack (is scripts/install-deps.sh done? are we root?)");
    }

    pub fn port(&self, name: &str) -> u16 {
        self.ports[name].parse().unwrap()
    }

    pub fn ca(&self) -> PathBuf {
        PathBuf::from(&self.ports["CA_PEM"])
    }

    /// Mail client for `user` (password: local part + "-pass"), over IMAPS.
    pub async fn imap(&self, user: &str) -> Imap {
        Imap::connect(self.port("IMAPS_PORT"), &self.ca(), user).await
    }
}

impl Drop for MailStack {
    fn drop(&mut self) {
        crate::kit::stack::stop(&self.dir);
        let _ = std::fs::remove_dir_all(&self.dir);
        drop_test_database(&self.database_url);
    }
}

/// Port bases in 30000..60000, spread over processes (pid) and the parallel test threads of
/// one process (counter); the caller still checks that the ports are free.
fn pick_base() -> u16 {
    use std::sync::atomic::{AtomicU32, Ordering};
    static NEXT: AtomicU32 = AtomicU32::new(0);
    let n = NEXT.fetch_add(1, Ordering::SeqCst);
    (30000 + ((std::process::id() % 300) * 100 + n * 10) % 30000) as u16
}

/// start.sh's environment: the extra mailboxes and the `MAILSTACK_*` options.
fn env_of(extra_users: &[String], options: &[(String, String)]) -> Vec<(String, String)> {
    let mut env = vec![("MAILSTACK_EXTRA_USERS".to_string(), extra_users.join(" "))];
    env.extend(options.iter().cloned());
    env
}

pub type ImapStream = tokio_rustls::client::TlsStream<TcpStream>;

/// SELECT INBOX, waiting out a stale lock.
///
/// A SIGKILLed Dovecot can leave a maildir dotlock behind that was created but never written
/// (no pid in it to prove it stale); Dovecot then answers SELECT with "NO Mailbox is locked"
/// until the lock's stale timeout passes. That is Dovecot's own recovery, not the daemon's:
/// the test's reader waits for it (up to 3 min) and says so.
async fn select_inbox(session: &mut async_imap::Session<ImapStream>) -> async_imap::types::Mailbox {
    let deadline = Instant::now() + Duration::from_secs(180);
    loop {
        match session.select("INBOX").await {
            Ok(mailbox) => return mailbox,
            Err(e) if e.to_string().contains("locked") && Instant::now() < deadline => {
                eprintln!("imap: SELECT INBOX: {e}; retrying in 2 s");
                tokio::time::sleep(Duration::from_secs(2)).await;
            }
            Err(e) => panic!("imap: SELECT INBOX: {e}"),
        }
    }
}

pub struct Imap {
    pub session: async_imap::Session<ImapStream>,
}

impl Imap {
    pub async fn connect(port: u16, ca: &Path, user: &str) -> Imap {
        let mut session = crate::kit::imap::login(port, ca, user)
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        select_inbox(&mut session).await;
        Imap { session }
    }

    pub async fn append(&mut self, raw: &[u8]) {
        self.session.append("INBOX", None, None, raw).await.unwrap();
    }

    /// Every message in INBOX as (uid, flags, raw bytes).
    pub async fn messages(&mut self) -> Vec<(u32, Vec<String>, Vec<u8>)> {
        select_inbox(&mut self.session).await;
        let fetches: Vec<_> = self
            .session
            .uid_fetch("1:*", "(UID FLAGS BODY.PEEK[])")
            .await
            .unwrap()
            .try_collect()
            .await
            .unwrap_or_default();
        let mut out: Vec<_> = fetches
            .iter()
            .filter_map(|f| {
                let flags = f.flags().map(|fl| format!("{fl:?}")).collect();
                Some((f.uid?, flags, f.body()?.to_vec()))
            })
            .collect();
        out.sort_by_key(|m| m.0);
        out
    }

    pub async fn count(&mut self) -> usize {
        select_inbox(&mut self.session).await.exists as usize
    }

    /// Waits until INBOX holds at least `n` messages; returns the time it took.
    pub async fn wait_for(&mut self, n: usize, limit: Duration) -> Option<Duration> {
        let t0 = Instant::now();
        while t0.elapsed() < limit {
            if self.count().await >= n {
                return Some(t0.elapsed());
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        None
    }
}

/// The `sebadesk` binary run as a daemon, configured like an operator would: the example
/// config file plus `SEBADESK_*` variables pointing at the test stack.
pub struct Daemon {
    child: Option<Child>,
    pub log: PathBuf,
}

pub fn daemon_env(stack: &MailStack) -> Vec<(String, String)> {
    let ca = stack.ca().display().to_string();
    let db = stack.database_url.clone();
    [
        (
            "SEBADESK_OFFICE_ADDRESS",
            "ict.melandaha@office.test".to_string(),
        ),
        (
            "SEBADESK_OFFICE_OFFICER_EMAIL",
            "officer@office.test".into(),
        ),
        ("SEBADESK_IMAP_HOST", "localhost".into()),
        ("SEBADESK_IMAP_PORT", stack.port("IMAPS_PORT").to_string()),
        ("SEBADESK_IMAP_SECURITY", "tls".into()),
        ("SEBADESK_IMAP_USERNAME", "ict.melandaha@office.test".into()),
        ("SEBADESK_IMAP_PASSWORD", "ict.melandaha-pass".into()),
        ("SEBADESK_IMAP_CA_FILE", ca.clone()),
        // Only IDLE can wake the daemon within a test's time: a poll would take an hour.
        ("SEBADESK_IMAP_POLL_INTERVAL", "3600".into()),
        ("SEBADESK_SMTP_HOST", "localhost".into()),
        ("SEBADESK_SMTP_PORT", stack.port("SMTP_PORT").to_string()),
        ("SEBADESK_SMTP_SECURITY", "starttls".into()),
        ("SEBADESK_SMTP_USERNAME", "ict.melandaha@office.test".into()),
        ("SEBADESK_SMTP_PASSWORD", "ict.melandaha-pass".into()),
        ("SEBADESK_SMTP_CA_FILE", ca),
        ("SEBADESK_DATABASE_URL", db),
        // The tests send hundreds of requests in seconds; the office's hourly budget
        // (default 200) is tested on its own in security.rs.
        ("SEBADESK_HYGIENE_ACK_LIMIT_PER_HOUR", "1000000".into()),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v))
    .collect()
}

/// Runs `sebadesk ARGS` to completion with the stack's environment.
pub fn sebadesk(
    stack: &MailStack,
    extra_env: &[(&str, &str)],
    args: &[&str],
) -> std::process::Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_sebadesk"));
    cmd.current_dir(project_root())
        .arg("--config")
        .arg(project_root().join("config/sebadesk.toml"))
        .args(args)
        .envs(daemon_env(stack))
        .envs(
            extra_env
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string())),
        );
    for (k, _) in std::env::vars().filter(|(k, _)| k.starts_with("SEBADESK_")) {
        if !daemon_env(stack).iter().any(|(e, _)| *e == k) {
            cmd.env_remove(k);
        }
    }
    cmd.output().expect("run sebadesk")
}

impl Daemon {
    pub fn start(stack: &MailStack, extra_env: &[(&str, &str)]) -> Daemon {
        let log = stack.dir.join(format!(
            "daemon-{}.log",
            Instant::now().elapsed().as_nanos() ^ rand_suffix()
        ));
        let file = std::fs::File::create(&log).unwrap();
        let child = Command::new(env!("CARGO_BIN_EXE_sebadesk"))
            .current_dir(project_root())
            .arg("--config")
            .arg(project_root().join("config/sebadesk.toml"))
            .arg("run")
            .envs(daemon_env(stack))
            .env("SEBADESK_LOG", "info,sebadesk=debug")
            .envs(
                extra_env
                    .iter()
                    .map(|(k, v)| (k.to_string(), v.to_string())),
            )
            .stdout(file.try_clone().unwrap())
            .stderr(file)
            .spawn()
            .expect("start sebadesk run");
        Daemon {
            child: Some(child),
            log,
        }
    }

    /// The daemon's peak resident set so far (VmHWM of /proc/PID/status), in kB.
    pub fn peak_rss_kb(&self) -> Option<u64> {
        let pid = self.child.as_ref()?.id();
        let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
        status
            .lines()
            .find_map(|l| l.strip_prefix("VmHWM:"))?
            .trim()
            .trim_end_matches("kB")
            .trim()
            .parse()
            .ok()
    }

    pub fn log_text(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }

    /// Waits until the daemon reports it watches the mailbox.
    pub async fn wait_watching(&mut self) {
        let t0 = Instant::now();
        while t0.elapsed() < Duration::from_secs(30) {
            if self.log_text().contains("watching mailbox") {
                return;
            }
            if let Some(status) = self.child.as_mut().unwrap().try_wait().unwrap() {
                panic!("daemon exited early ({status}):\n{}", self.log_text());
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("daemon never watched the mailbox:\n{}", self.log_text());
    }

    /// SIGTERM, then the exit code (None if it had to be killed after 20 s).
    pub fn stop(&mut self) -> Option<i32> {
        let mut child = self.child.take()?;
        unsafe_kill(child.id() as i32, "TERM");
        let t0 = Instant::now();
        while t0.elapsed() < Duration::from_secs(20) {
            if let Some(status) = child.try_wait().unwrap() {
                return status.code();
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let _ = child.kill();
        let _ = child.wait();
        None
    }
}

impl Drop for Daemon {
    fn drop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

fn rand_suffix() -> u128 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos()
}

fn unsafe_kill(pid: i32, signal: &str) {
    let _ = Command::new("kill")
        .arg(format!("-{signal}"))
        .arg(pid.to_string())
        .status();
}

/// A citizen's request as a mail client writes it: RFC 2047 Bangla subject, base64 UTF-8 body.
pub fn bangla_request(from: &str, message_id: &str, subject: &str, body: &str) -> Vec<u8> {
    use base64::Engine;
    let b64 = base64::engine::general_purpose::STANDARD;
    let body_b64 = b64.encode(body.as_bytes());
    let wrapped: Vec<String> = body_b64
        .as_bytes()
        .chunks(76)
        .map(|c| String::from_utf8(c.to_vec()).unwrap())
        .collect();
    format!(
        "From: =?UTF-8?B?{name}?= <{from}>\r\nTo: ict.melandaha@office.test\r\nSubject: =?UTF-8?B?{subject}?=\r\n\
         Message-ID: <{message_id}>\r\nDate: {date}\r\nMIME-Version: 1.0\r\n\
         Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n{body}\r\n",
        name = b64.encode("মোঃ রহিম উদ্দিন".as_bytes()),
        subject = b64.encode(subject.as_bytes()),
        date = jiff::Timestamp::now().strftime("%a, %d %b %Y %H:%M:%S +0000"),
        body = wrapped.join("\r\n"),
    )
    .into_bytes()
}

/// `sebadesk tickets show REF --format json`.
pub fn show(stack: &MailStack, reference: &str) -> serde_json::Value {
    let out = sebadesk(
        stack,
        &[],
        &["tickets", "show", reference, "--format", "json"],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

/// The kinds of a shown ticket's events, in order.
pub fn event_kinds(ticket: &serde_json::Value) -> Vec<String> {
    ticket["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["kind"].as_str().unwrap().to_string())
        .collect()
}

pub fn tickets_json(stack: &MailStack) -> Vec<serde_json::Value> {
    let out = sebadesk(stack, &[], &["tickets", "list", "--format", "json"]);
    assert!(
        out.status.success(),
        "tickets list failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

// ---- Fault injection (tests/integration/faults.rs) ----

impl Daemon {
    /// The daemon's process id, while it runs.
    pub fn pid(&self) -> Option<u32> {
        self.child.as_ref().map(|c| c.id())
    }

    /// SIGKILL: a crash, no clean-up of any kind. Waits until the process is gone.
    pub fn kill(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill(); // std's Child::kill is SIGKILL on Unix
            let _ = child.wait();
        }
    }
}

impl MailStack {
    /// `stop.sh DIR dovecot|postfix term|kill`.
    pub fn stop_service(&self, service: &str, how: &str) {
        let status = Command::new(project_root().join("scripts/mailstack/stop.sh"))
            .arg(&self.dir)
            .args([service, how])
            .status()
            .expect("run scripts/mailstack/stop.sh");
        assert!(status.success(), "stop.sh {service} {how} failed");
    }

    /// `start.sh DIR`: starts again whatever daemon of the stack is down.
    pub fn start_stopped(&self) {
        let status = Command::new(project_root().join("scripts/mailstack/start.sh"))
            .arg(&self.dir)
            .env("MAILSTACK_EXTRA_USERS", self.extra_users.join(" "))
            .envs(self.options.iter().cloned())
            .stdout(Stdio::null())
            .status()
            .expect("run scripts/mailstack/start.sh");
        assert!(status.success(), "start.sh (restart) failed");
    }

    /// Stops one daemon of the stack (`term` or `kill`) and starts it again.
    pub fn restart(&self, service: &str, how: &str) {
        self.stop_service(service, how);
        self.start_stopped();
    }

    /// `doveadm kick USER`: Dovecot sends `* BYE` to the user's IMAP sessions.
    pub fn kick(&self, user: &str) {
        let out = Command::new("doveadm")
            .arg("-c")
            .arg(self.dir.join("dovecot.conf"))
            .args(["kick", user])
            .output()
            .expect("run doveadm kick");
        // doveadm kick exits non-zero when nobody was connected; that is not a failure here.
        let _ = out;
    }

    /// `end-orphaned-imap.sh DIR`: ends the IMAP sessions Dovecot itself has orphaned (an
    /// imap process whose client is gone and which no longer reads its socket: Dovecot 2.3
    /// keeps it 30 minutes; see the script). Returns "PID USER" per session ended.
    pub fn end_orphaned_imap_sessions(&self) -> Vec<String> {
        let out = Command::new(project_root().join("scripts/mailstack/end-orphaned-imap.sh"))
            .arg(&self.dir)
            .output()
            .expect("run scripts/mailstack/end-orphaned-imap.sh");
        assert!(
            out.status.success(),
            "end-orphaned-imap.sh: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .map(str::to_string)
            .collect()
    }

    /// A connection to the daemon's database, for tests that read the outbox directly.
    pub async fn db(&self) -> sqlx::AnyPool {
        sqlx::any::install_default_drivers();
        sqlx::any::AnyPoolOptions::new()
            .max_connections(1)
            .connect(&self.database_url)
            .await
            .expect("open the daemon's database")
    }
}

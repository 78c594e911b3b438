//! Many offices and replicas, measured (issue 8): N office mailboxes in one Dovecot, served by
//! R `sebadesk run` replicas sharing one PostgreSQL database.
//!
//! ```text
//! cargo run --release --example scale -- [--mailboxes 100,500] [--replicas 1,2,3] [--latency 100]
//!     [--runs 1] [--lease-ttl S] [--heartbeat S] [--watch-limit 180] [--keep]
//! ```
//!
//! Needs root, Dovecot and Postfix (scripts/install-deps.sh) and PostgreSQL on 127.0.0.1:5432
//! (user postgres, trust auth). For every (mailboxes N, replicas R) combination, `--runs`
//! times:
//! 1. a throwaway mail stack (`mktemp -d /tmp/scale.XXXXXX`, base port 32000 or the next free
//!    multiple of 10, `MAILSTACK_CATCHALL=sink@example.test`) with desk001…desk(N-1)@office.test
//!    besides the main office's mailbox; `MAILSTACK_IMAP_*` limits are passed through from the
//!    environment (see scripts/mailstack/start.sh), and a fresh PostgreSQL database;
//! 2. N-1 office files (D001…) beside the main config's office, and R release-build
//!    `sebadesk run` replicas (ids r1…rR) started together, caps lifted as in bench.rs;
//! 3. time from the first spawn until every mailbox is watched (parsed from the replicas' logs:
//!    `watching mailbox` adds a mailbox, `intake interrupted` / `intake stopped` removes it) and
//!    until the leases are balanced (each replica ≤ ⌈N/R⌉ and holding ≥ 1, every lease live,
//!    and each replica watching exactly what it leases); then per replica VmRSS/VmHWM, threads,
//!    open fds, TCP connections by remote port (socket inodes of /proc/PID/fd matched against
//!    /proc/net/tcp{,6}) and CPU over 5 s idle; Dovecot's processes by name with summed RSS (its
//!    master's session); PostgreSQL backends on the database;
//! 4. `--latency` requests APPENDed one at a time, request i to a random mailbox leased by
//!    replica i mod R; APPEND → acknowledgement in the sink (polled every 20 ms, as bench.rs);
//! 5. with R ≥ 2: SIGKILL of rR; time until the survivors hold every lease, watch every mailbox,
//!    and a request APPENDed to one of rR's mailboxes right after the kill is acknowledged;
//! 6. a table (median and min–max over runs). Everything is stopped and removed at the end, on
//!    panic and on Ctrl-C (`--keep` keeps the stack folders, logs included, and the databases).

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use base64::Engine as _;
use futures::TryStreamExt;
use tokio::net::TcpStream;

#[path = "common/mod.rs"]
#[macro_use]
mod common;
use common::{daemon_binary, git_describe, lock, percentile, root};

type Session = async_imap::Session<tokio_rustls::client::TlsStream<TcpStream>>;

const MAIN: &str = "ict.melandaha@office.test";
const SINK: &str = "sink@example.test";
const PG: &str = "postgres://postgres@127.0.0.1:5432";

// ---------------------------------------------------------------------------------------
// Clean-up: stacks, replicas and databases go away on every exit path.

static STACKS: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());
static PIDS: Mutex<Vec<u32>> = Mutex::new(Vec::new());
static DATABASES: Mutex<Vec<String>> = Mutex::new(Vec::new());
static KEEP: AtomicBool = AtomicBool::new(false);

fn cleanup() {
    for pid in lock(&PIDS).drain(..) {
        // Only our own children, by pid.
        send_signal(pid, "-KILL");
    }
    for dir in lock(&STACKS).drain(..) {
        common::discard_mail_stack("scale", &dir, KEEP.load(Ordering::SeqCst));
    }
    for db in lock(&DATABASES).drain(..) {
        if KEEP.load(Ordering::SeqCst) {
            eprintln!("scale: --keep: database {db} left");
        } else {
            psql(&format!("DROP DATABASE IF EXISTS {db} WITH (FORCE)"));
        }
    }
}

fn send_signal(pid: u32, sig: &str) {
    let _ = Command::new("kill")
        .args([sig, &pid.to_string()])
        .stderr(Stdio::null())
        .status();
}

fn psql(sql: &str) -> bool {
    Command::new("psql")
        .args(["-h", "127.0.0.1", "-U", "postgres", "-q", "-c", sql])
        .stdout(Stdio::null())
        .status()
        .map(|s| s.success())
        .unwrap_or(false)
}

// ---------------------------------------------------------------------------------------
// Arguments.

#[derive(Clone)]
struct Args {
    mailboxes: Vec<usize>,
    replicas: Vec<usize>,
    latency: usize,
    runs: usize,
    lease_ttl: Option<u64>,
    heartbeat: Option<u64>,
    watch_limit: u64,
}

fn parse_args() -> Args {
    let mut a = Args {
        mailboxes: vec![100, 500],
        replicas: vec![1, 2, 3],
        latency: 100,
        runs: 1,
        lease_ttl: None,
        heartbeat: None,
        watch_limit: 180,
    };
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        let mut value = |name: &str| {
            it.next()
                .unwrap_or_else(|| usage(&format!("{name} needs a value")))
        };
        let list = |name: &str, v: String| -> Vec<usize> {
            let l: Vec<usize> = v.split(',').filter_map(|x| x.trim().parse().ok()).collect();
            if l.is_empty() || l.contains(&0) {
                usage(&format!(
                    "{name}: a comma-separated list of positive numbers"
                ));
            }
            l
        };
        let num = |name: &str, v: String| -> u64 {
            v.parse()
                .unwrap_or_else(|_| usage(&format!("{name} needs a number")))
        };
        match arg.as_str() {
            "--mailboxes" => a.mailboxes = list("--mailboxes", value("--mailboxes")),
            "--replicas" => a.replicas = list("--replicas", value("--replicas")),
            "--latency" => a.latency = num("--latency", value("--latency")) as usize,
            "--runs" => a.runs = num("--runs", value("--runs")).max(1) as usize,
            "--lease-ttl" => a.lease_ttl = Some(num("--lease-ttl", value("--lease-ttl"))),
            "--heartbeat" => a.heartbeat = Some(num("--heartbeat", value("--heartbeat"))),
            "--watch-limit" => a.watch_limit = num("--watch-limit", value("--watch-limit")),
            "--keep" => KEEP.store(true, Ordering::SeqCst),
            "-h" | "--help" => usage(""),
            other => usage(&format!("unknown argument {other}")),
        }
    }
    a
}

fn usage(msg: &str) -> ! {
    if !msg.is_empty() {
        eprintln!("scale: {msg}");
    }
    eprintln!(
        "usage: cargo run --release --example scale -- [--mailboxes 100,500] [--replicas 1,2,3] \
         [--latency 100] [--runs 1] [--lease-ttl S] [--heartbeat S] [--watch-limit 180] [--keep]"
    );
    std::process::exit(2);
}

fn main() {
    let args = parse_args();
    common::run_main("scale", cleanup, real_main(args));
}

// ---------------------------------------------------------------------------------------
// One deployment: stack, database, office files, replicas.

fn desk_user(i: usize) -> String {
    if i == 0 {
        MAIN.to_string()
    } else {
        format!("desk{i:03}@office.test")
    }
}

/// The lease name of a mailbox (`config::mailbox_name`: user@host/folder).
fn mailbox_key(user: &str) -> String {
    format!("{user}@localhost/INBOX")
}

struct Stack {
    dir: PathBuf,
    ca: PathBuf,
    imaps: u16,
    smtp: u16,
    db: String,
}

fn start_stack(n: usize, tag: &str) -> Stack {
    let dir = common::stack_dir("scale");
    lock(&STACKS).push(dir.clone());
    let users: Vec<String> = (1..n).map(desk_user).collect();
    let ports = common::start_mail_stack(
        &dir,
        32000,
        &[
            ("MAILSTACK_CATCHALL", SINK.into()),
            ("MAILSTACK_EXTRA_USERS", users.join(" ")),
        ],
    )
    .expect("could not start a mail stack on 32000–32600");
    let db = format!("scale_{}_{tag}", std::process::id());
    psql(&format!("DROP DATABASE IF EXISTS {db}"));
    assert!(
        psql(&format!("CREATE DATABASE {db}")),
        "CREATE DATABASE {db} (PostgreSQL on 127.0.0.1:5432?)"
    );
    lock(&DATABASES).push(db.clone());
    Stack {
        ca: PathBuf::from(&ports["CA_PEM"]),
        imaps: ports["IMAPS_PORT"].parse().unwrap(),
        smtp: ports["SMTP_PORT"].parse().unwrap(),
        dir,
        db,
    }
}

/// The environment of every replica (bench.rs's, on PostgreSQL, plus the office files).
fn deployment_env(stack: &Stack, n: usize, args: &Args) -> Vec<(String, String)> {
    let ca = stack.ca.display().to_string();
    let offices = stack.dir.join("offices");
    std::fs::create_dir_all(&offices).unwrap();
    let mut env: Vec<(String, String)> = [
        ("SEBADESK_OFFICE_ADDRESS", MAIN.to_string()),
        (
            "SEBADESK_OFFICE_OFFICER_EMAIL",
            "officer@office.test".into(),
        ),
        ("SEBADESK_IMAP_HOST", "localhost".into()),
        ("SEBADESK_IMAP_PORT", stack.imaps.to_string()),
        ("SEBADESK_IMAP_SECURITY", "tls".into()),
        ("SEBADESK_IMAP_USERNAME", MAIN.into()),
        ("SEBADESK_IMAP_PASSWORD", "ict.melandaha-pass".into()),
        ("SEBADESK_IMAP_CA_FILE", ca.clone()),
        ("SEBADESK_IMAP_POLL_INTERVAL", "3600".into()),
        ("SEBADESK_SMTP_HOST", "localhost".into()),
        ("SEBADESK_SMTP_PORT", stack.smtp.to_string()),
        ("SEBADESK_SMTP_SECURITY", "starttls".into()),
        ("SEBADESK_SMTP_USERNAME", MAIN.into()),
        ("SEBADESK_SMTP_PASSWORD", "ict.melandaha-pass".into()),
        ("SEBADESK_SMTP_CA_FILE", ca),
        ("SEBADESK_DATABASE_URL", format!("{PG}/{}", stack.db)),
        ("SEBADESK_HYGIENE_ACK_LIMIT_PER_DAY", "1000000".into()),
        ("SEBADESK_HYGIENE_ACK_LIMIT_PER_WINDOW", "1000000".into()),
        ("SEBADESK_HYGIENE_ACK_WINDOW", "1".into()),
        ("SEBADESK_HYGIENE_ACK_LIMIT_PER_HOUR", "1000000".into()),
        ("SEBADESK_REMINDERS_NOTIFY_NEW", "false".into()),
        (
            "SEBADESK_DEPLOYMENT_OFFICES_DIR",
            offices.display().to_string(),
        ),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v))
    .collect();
    if let Some(t) = args.lease_ttl {
        env.push(("SEBADESK_DEPLOYMENT_LEASE_TTL".into(), t.to_string()));
    }
    if let Some(h) = args.heartbeat {
        env.push(("SEBADESK_DEPLOYMENT_HEARTBEAT".into(), h.to_string()));
    }
    // Operator knobs passed through as they are (pool size, intake parallelism…).
    for key in [
        "SEBADESK_DATABASE_MAX_CONNECTIONS",
        "SEBADESK_DEPLOYMENT_MAX_PARALLEL_INTAKE",
        "SEBADESK_SMTP_CONCURRENCY",
    ] {
        if let Ok(v) = std::env::var(key) {
            env.push((key.into(), v));
        }
    }
    for i in 1..n {
        let code = format!("D{i:03}");
        let user = desk_user(i);
        std::fs::write(
            offices.join(format!("{code}.toml")),
            format!(
                "code = \"{code}\"\nname_bn = \"উপজেলা আইসিটি অফিস {code}\"\n\
                 name_en = \"Upazila ICT Office {code}\"\naddress = \"{user}\"\n\
                 officer_email = \"officer@office.test\"\n[imap]\nusername = \"{user}\"\n"
            ),
        )
        .unwrap();
        env.push((
            format!("SEBADESK_SECRET_{code}_IMAP_PASSWORD"),
            format!("desk{i:03}-pass"),
        ));
    }
    env
}

struct Replica {
    id: String,
    child: Option<Child>,
    log: PathBuf,
}

impl Replica {
    fn spawn(bin: &Path, env: &[(String, String)], id: &str, log: PathBuf) -> Replica {
        let file = std::fs::File::create(&log).expect("replica log");
        let mut cmd = Command::new(bin);
        cmd.current_dir(root())
            .arg("--config")
            .arg(root().join("config/sebadesk.toml"))
            .arg("run");
        for (k, _) in std::env::vars().filter(|(k, _)| k.starts_with("SEBADESK_")) {
            cmd.env_remove(k);
        }
        cmd.envs(env.iter().map(|(k, v)| (k, v)))
            .env("SEBADESK_DEPLOYMENT_REPLICA_ID", id)
            .env(
                "SEBADESK_LOG",
                std::env::var("SCALE_DAEMON_LOG").unwrap_or_else(|_| "info".into()),
            )
            .stdout(file.try_clone().unwrap())
            .stderr(file);
        let child = cmd.spawn().expect("start sebadesk run");
        lock(&PIDS).push(child.id());
        Replica {
            id: id.to_string(),
            child: Some(child),
            log,
        }
    }

    fn pid(&self) -> u32 {
        self.child.as_ref().map(|c| c.id()).unwrap_or(0)
    }

    fn alive(&mut self) -> bool {
        matches!(self.child.as_mut().map(|c| c.try_wait()), Some(Ok(None)))
    }

    fn log_text(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }

    /// The mailboxes this replica watches now, from its log.
    fn watched(&self) -> HashSet<String> {
        let mut set = HashSet::new();
        for line in self.log_text().lines() {
            let Some(mailbox) = field(line, "mailbox") else {
                continue;
            };
            if line.contains("watching mailbox") {
                set.insert(mailbox.to_string());
            } else if line.contains("intake interrupted") || line.contains("intake stopped") {
                set.remove(mailbox);
            }
        }
        set
    }

    fn kill(&mut self) {
        if let Some(mut c) = self.child.take() {
            let _ = c.kill();
            let _ = c.wait();
            lock(&PIDS).retain(|p| *p != c.id());
        }
    }

    /// SIGTERM; the exit code (None: killed after 30 s).
    async fn term(&mut self) -> Option<i32> {
        let mut c = self.child.take()?;
        let code = common::terminate(&mut c, Duration::from_secs(30)).await;
        lock(&PIDS).retain(|p| *p != c.id());
        code
    }
}

impl Drop for Replica {
    fn drop(&mut self) {
        self.kill();
    }
}

/// `name=value` in a tracing fmt line (the value up to the next space).
fn field<'a>(line: &'a str, name: &str) -> Option<&'a str> {
    let pat = format!(" {name}=");
    let start = line.find(&pat)? + pat.len();
    let rest = &line[start..];
    Some(
        rest.split_whitespace()
            .next()
            .unwrap_or("")
            .trim_matches('"'),
    )
}

/// Distinct error and warning lines of a log (timestamps and numbers after `mailbox=` cut),
/// with how often each occurred.
fn log_problems(text: &str, needles: &[&str]) -> BTreeMap<String, usize> {
    let mut out = BTreeMap::new();
    for line in text.lines() {
        if !needles.iter().any(|n| line.contains(n)) {
            continue;
        }
        // Drop the timestamp and the per-mailbox / per-session details.
        let mut l = line.to_string();
        if let Some(i) = l.find(|c: char| c.is_ascii_alphabetic()) {
            l = l[i..].to_string();
        }
        let cleaned: Vec<&str> = l
            .split_whitespace()
            .filter(|w| {
                !(w.starts_with("mailbox=")
                    || w.starts_with("session=<")
                    || w.starts_with("user=<")
                    || w.starts_with("replica=")
                    || w.starts_with("retry_in="))
            })
            .collect();
        let mut key = cleaned.join(" ");
        // Dovecot: "imap-login(123)" / "imap(desk001@…)<…>" → the service name.
        for svc in ["imap-login", "imap", "auth", "anvil", "lmtp"] {
            if key.starts_with(&format!("{svc}(")) {
                key = format!("{svc}{}", &key[key.find(')').map(|i| i + 1).unwrap_or(0)..]);
            }
        }
        let key: String = key.chars().take(220).collect();
        *out.entry(key).or_insert(0) += 1;
    }
    out
}

// ---------------------------------------------------------------------------------------
// Probes: /proc, ps, PostgreSQL.

struct ProcStat {
    rss_kb: u64,
    hwm_kb: u64,
    threads: u64,
    fds: usize,
    /// Established TCP connections by remote port.
    tcp: HashMap<u16, usize>,
}

fn proc_status(pid: u32) -> (u64, u64, u64) {
    let text = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    let f = |name: &str| {
        text.lines()
            .find(|l| l.starts_with(name))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|v| v.parse().ok())
            .unwrap_or(0)
    };
    (f("VmRSS:"), f("VmHWM:"), f("Threads:"))
}

/// socket inode → remote port, for established TCP connections (IPv4 and IPv6).
fn tcp_table() -> HashMap<u64, u16> {
    let mut map = HashMap::new();
    for file in ["/proc/net/tcp", "/proc/net/tcp6"] {
        let text = std::fs::read_to_string(file).unwrap_or_default();
        for line in text.lines().skip(1) {
            let cols: Vec<&str> = line.split_whitespace().collect();
            if cols.len() < 10 || cols[3] != "01" {
                continue;
            }
            let port = cols[2]
                .rsplit(':')
                .next()
                .and_then(|p| u16::from_str_radix(p, 16).ok());
            if let (Some(port), Ok(inode)) = (port, cols[9].parse::<u64>()) {
                map.insert(inode, port);
            }
        }
    }
    map
}

fn proc_stat(pid: u32, table: &HashMap<u64, u16>) -> ProcStat {
    let (rss_kb, hwm_kb, threads) = proc_status(pid);
    let mut fds = 0;
    let mut tcp = HashMap::new();
    if let Ok(rd) = std::fs::read_dir(format!("/proc/{pid}/fd")) {
        for e in rd.flatten() {
            fds += 1;
            if let Ok(target) = std::fs::read_link(e.path()) {
                let t = target.to_string_lossy();
                if let Some(ino) = t
                    .strip_prefix("socket:[")
                    .and_then(|s| s.strip_suffix(']'))
                    .and_then(|s| s.parse::<u64>().ok())
                    && let Some(port) = table.get(&ino)
                {
                    *tcp.entry(*port).or_insert(0) += 1;
                }
            }
        }
    }
    ProcStat {
        rss_kb,
        hwm_kb,
        threads,
        fds,
        tcp,
    }
}

/// CPU seconds (user + system) used by a process so far.
fn cpu_secs(pid: u32) -> f64 {
    let text = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    let after = text.rsplit(')').next().unwrap_or("");
    let cols: Vec<&str> = after.split_whitespace().collect();
    // After ") ": state is field 3, utime field 14, stime field 15 (1-based) → index 11, 12.
    let tick = 100.0; // USER_HZ on Linux
    let u: f64 = cols.get(11).and_then(|v| v.parse().ok()).unwrap_or(0.0);
    let s: f64 = cols.get(12).and_then(|v| v.parse().ok()).unwrap_or(0.0);
    (u + s) / tick
}

/// Proportional set size (shared pages divided among their users), kB.
fn pss_kb(pid: &str) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/smaps_rollup"))
        .unwrap_or_default()
        .lines()
        .find(|l| l.starts_with("Pss:"))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(0)
}

/// Dovecot's processes (its master's session) by name: (count, summed RSS kB, summed PSS kB).
fn dovecot_procs(stack: &Stack) -> BTreeMap<String, (usize, u64, u64)> {
    let pid = std::fs::read_to_string(stack.dir.join("run/dovecot/master.pid")).unwrap_or_default();
    let out = Command::new("ps")
        .args(["-o", "pid=,rss=,comm=", "-s", pid.trim()])
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).to_string())
        .unwrap_or_default();
    let mut m: BTreeMap<String, (usize, u64, u64)> = BTreeMap::new();
    for line in out.lines() {
        let mut it = line.split_whitespace();
        let (Some(pid), Some(rss), Some(comm)) = (it.next(), it.next(), it.next()) else {
            continue;
        };
        let e = m.entry(comm.to_string()).or_default();
        e.0 += 1;
        e.1 += rss.parse::<u64>().unwrap_or(0);
        e.2 += pss_kb(pid);
    }
    m
}

async fn pg_pool(db: &str) -> sqlx::PgPool {
    sqlx::postgres::PgPoolOptions::new()
        .max_connections(1)
        .connect(&format!("{PG}/{db}"))
        .await
        .expect("connect to the scale database")
}

/// Live leases: mailbox → owner (none before the daemon's migrations ran).
async fn live_leases(pg: &sqlx::PgPool) -> HashMap<String, String> {
    let now = sebadesk::store::db_time(jiff::Timestamp::now());
    sqlx::query_as::<_, (String, String)>(
        "SELECT mailbox, owner FROM mailbox_leases WHERE expires_at > $1",
    )
    .bind(now)
    .fetch_all(pg)
    .await
    .unwrap_or_default()
    .into_iter()
    .collect()
}

/// Backends on the database, ours excepted.
async fn pg_backends(pg: &sqlx::PgPool, db: &str) -> i64 {
    sqlx::query_scalar::<_, i64>(
        "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()",
    )
    .bind(db)
    .fetch_one(pg)
    .await
    .unwrap_or(-1)
}

// ---------------------------------------------------------------------------------------
// IMAP client (as bench.rs).

/// An IMAPS login as `user`; the error as text (the server may refuse us at its limits).
async fn imap_connect(stack: &Stack, user: &str) -> Result<Session, String> {
    let mut session = common::kit::imap::login(stack.imaps, &stack.ca, user).await?;
    drain(&mut session);
    Ok(session)
}

fn drain(s: &mut Session) {
    while s.unsolicited_responses.try_recv().is_ok() {}
}

async fn uid_next(s: &mut Session) -> u32 {
    let m = s.select("INBOX").await.expect("SELECT INBOX");
    drain(s);
    m.uid_next.unwrap_or(1)
}

/// Watches the sink for acknowledgements by the request's Message-ID (in In-Reply-To).
struct Sink {
    session: Session,
    next_uid: u32,
    seen: HashSet<String>,
}

impl Sink {
    async fn open(stack: &Stack) -> Result<Sink, String> {
        let mut session = imap_connect(stack, SINK).await?;
        let next_uid = uid_next(&mut session).await;
        Ok(Sink {
            session,
            next_uid,
            seen: HashSet::new(),
        })
    }

    /// One poll: records the ids of new mails' headers that match `wanted`.
    async fn poll(&mut self, wanted: &[String]) {
        let s = &mut self.session;
        s.noop().await.expect("NOOP");
        let uids: Vec<u32> = s
            .uid_search(format!("UID {}:*", self.next_uid))
            .await
            .expect("UID SEARCH")
            .into_iter()
            .filter(|u| *u >= self.next_uid)
            .collect();
        drain(s);
        if uids.is_empty() {
            return;
        }
        let max = *uids.iter().max().unwrap();
        let set = format!("{}:{}", self.next_uid, max);
        self.next_uid = max + 1;
        let mut headers = Vec::new();
        {
            let mut st = s
                .uid_fetch(set, "(UID BODY.PEEK[HEADER])")
                .await
                .expect("UID FETCH");
            while let Some(f) = st.try_next().await.expect("FETCH") {
                if let Some(h) = f.header() {
                    headers.push(String::from_utf8_lossy(h).to_string());
                }
            }
        }
        drain(s);
        for h in headers {
            for id in wanted {
                if h.contains(id.as_str()) {
                    self.seen.insert(id.clone());
                }
            }
        }
    }
}

fn request(tag: &str, to: &str) -> (Vec<u8>, String) {
    let id = format!("scale.{tag}.{}@mail.example.test", std::process::id());
    let b64 = base64::engine::general_purpose::STANDARD;
    let subject = format!("ওয়েব পোর্টাল হালনাগাদ করার অনুরোধ #{tag}");
    let body = "জনাব, আমাদের ইউনিয়নের ওয়েব পোর্টালে নতুন নোটিশ আপলোড করা যাচ্ছে না। অনুগ্রহ করে ওয়েব পোর্টাল হালনাগাদ করতে সহায়তা করুন।\r\nPlease help us update the union web portal.\r\n";
    let date = jiff::Timestamp::now().strftime("%a, %d %b %Y %H:%M:%S +0000");
    let raw = format!(
        "From: =?UTF-8?B?{name}?= <citizen1@example.test>\r\nTo: {to}\r\n\
         Subject: =?UTF-8?B?{subject}?=\r\nMessage-ID: <{id}>\r\nDate: {date}\r\n\
         MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n\
         Content-Transfer-Encoding: base64\r\n\r\n{body}\r\n",
        name = b64.encode("মোঃ রহিম উদ্দিন".as_bytes()),
        subject = b64.encode(subject.as_bytes()),
        body = b64.encode(body.as_bytes()),
    );
    (raw.into_bytes(), id)
}

/// A small deterministic generator (xorshift64*), seeded per run.
struct Rng(u64);
impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        (self.0.wrapping_mul(0x2545_f491_4f6c_dd1d) >> 33) as usize % n.max(1)
    }
}

// ---------------------------------------------------------------------------------------
// Figures.

#[derive(Default)]
struct Series(Vec<f64>);

impl Series {
    fn sorted(&self) -> Vec<f64> {
        let mut v: Vec<f64> = self.0.iter().copied().filter(|x| x.is_finite()).collect();
        v.sort_by(f64::total_cmp);
        v
    }
    fn median(&self) -> f64 {
        let v = self.sorted();
        match v.len() {
            0 => f64::NAN,
            n if n % 2 == 1 => v[n / 2],
            n => (v[n / 2 - 1] + v[n / 2]) / 2.0,
        }
    }
}

/// measure → column ("N=100 R=2") → values over runs.
struct Table {
    columns: Vec<String>,
    rows: Vec<(String, usize)>,
    cells: HashMap<(String, String), Series>,
}

impl Table {
    fn put(&mut self, col: &str, name: &str, decimals: usize, v: f64) {
        if !self.columns.iter().any(|c| c == col) {
            self.columns.push(col.to_string());
        }
        if !self.rows.iter().any(|(r, _)| r == name) {
            self.rows.push((name.to_string(), decimals));
        }
        self.cells
            .entry((name.to_string(), col.to_string()))
            .or_default()
            .0
            .push(v);
    }

    fn print(&self) {
        let fmt = |v: f64, d: usize| {
            if v.is_nan() {
                "–".to_string()
            } else {
                format!("{v:.d$}")
            }
        };
        let mut header = vec!["measure".to_string()];
        header.extend(self.columns.iter().cloned());
        say!("| {} |", header.join(" | "));
        say!("|{}", "---|".repeat(header.len()));
        for (name, d) in &self.rows {
            let mut line = vec![name.clone()];
            for col in &self.columns {
                line.push(match self.cells.get(&(name.clone(), col.clone())) {
                    None => "".into(),
                    Some(s) => {
                        let v = s.sorted();
                        if v.len() <= 1 {
                            fmt(s.median(), *d)
                        } else {
                            format!(
                                "{} ({}–{})",
                                fmt(s.median(), *d),
                                fmt(v[0], *d),
                                fmt(v[v.len() - 1], *d)
                            )
                        }
                    }
                });
            }
            say!("| {} |", line.join(" | "));
        }
    }
}

// ---------------------------------------------------------------------------------------
// One combination.

async fn one(bin: &Path, n: usize, r: usize, run: usize, args: &Args, table: &mut Table) {
    let col = format!("N={n} R={r}");
    let tag = format!("{n}_{r}_{run}");
    say!("\n=== {n} mailboxes, {r} replica(s), run {} ===", run + 1);
    let stack = start_stack(n, &tag);
    let env = deployment_env(&stack, n, args);
    let keys: Vec<String> = (0..n).map(|i| mailbox_key(&desk_user(i))).collect();
    let user_of: HashMap<String, String> = (0..n)
        .map(|i| (mailbox_key(&desk_user(i)), desk_user(i)))
        .collect();
    let pg = pg_pool(&stack.db).await;
    let share = n.div_ceil(r);

    let t0 = Instant::now();
    let mut replicas: Vec<Replica> = (1..=r)
        .map(|k| {
            let id = format!("r{k}");
            let log = stack.dir.join(format!("{id}.log"));
            Replica::spawn(bin, &env, &id, log)
        })
        .collect();

    // Until every mailbox is watched, then until balanced.
    let limit = Duration::from_secs(args.watch_limit);
    let mut all_watched: Option<f64> = None;
    let mut all_leased: Option<f64> = None;
    let mut balanced: Option<f64> = None;
    let mut last_print = Instant::now();
    let mut max_pg = 0i64;
    loop {
        let elapsed = t0.elapsed().as_secs_f64();
        let watched: Vec<HashSet<String>> = replicas.iter().map(|x| x.watched()).collect();
        let union: HashSet<&String> = watched.iter().flatten().collect();
        let leases = live_leases(&pg).await;
        max_pg = max_pg.max(pg_backends(&pg, &stack.db).await);
        if all_watched.is_none() && union.len() >= n {
            all_watched = Some(elapsed);
            say!("  every mailbox watched {elapsed:.2} s after the spawn");
        }
        if all_leased.is_none() && leases.len() >= n {
            all_leased = Some(elapsed);
        }
        let mut per: HashMap<&str, HashSet<&String>> = HashMap::new();
        for (m, o) in &leases {
            per.entry(o.as_str()).or_default().insert(m);
        }
        let is_balanced = leases.len() == n
            && replicas.iter().zip(&watched).all(|(x, w)| {
                let held = per.get(x.id.as_str()).cloned().unwrap_or_default();
                !held.is_empty()
                    && held.len() <= share
                    && held.len() == w.len()
                    && w.iter().all(|m| held.contains(m))
            });
        if is_balanced {
            balanced = Some(elapsed);
            say!("  leases balanced and watched {elapsed:.2} s after the spawn");
            break;
        }
        for x in replicas.iter_mut() {
            if !x.alive() {
                say!(
                    "  replica {} exited; log tail:\n{}",
                    x.id,
                    tail(&x.log_text(), 20)
                );
            }
        }
        if t0.elapsed() > limit {
            say!(
                "  NOT balanced within {limit:?}: {} of {n} watched, {} live leases {:?}",
                union.len(),
                leases.len(),
                per.iter()
                    .map(|(k, v)| (k.to_string(), v.len()))
                    .collect::<BTreeMap<_, _>>()
            );
            break;
        }
        if last_print.elapsed() > Duration::from_secs(10) {
            say!(
                "  … {elapsed:.0} s: {} of {n} watched, {} live leases",
                union.len(),
                leases.len()
            );
            last_print = Instant::now();
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let watched_now: usize = replicas
        .iter()
        .flat_map(|x| x.watched())
        .collect::<HashSet<_>>()
        .len();
    table.put(&col, "mailboxes watched (of N)", 0, watched_now as f64);
    table.put(
        &col,
        "spawn → every mailbox watched (s)",
        2,
        all_watched.unwrap_or(f64::NAN),
    );
    table.put(
        &col,
        "spawn → every mailbox leased (s)",
        2,
        all_leased.unwrap_or(f64::NAN),
    );
    table.put(
        &col,
        "spawn → leases balanced, all watched (s)",
        2,
        balanced.unwrap_or(f64::NAN),
    );

    // Footprint, settled and idle.
    tokio::time::sleep(Duration::from_secs(2)).await;
    let cpu0: Vec<f64> = replicas.iter().map(|x| cpu_secs(x.pid())).collect();
    let c0 = Instant::now();
    tokio::time::sleep(Duration::from_secs(5)).await;
    let cpu: Vec<f64> = replicas
        .iter()
        .zip(&cpu0)
        .map(|(x, c)| (cpu_secs(x.pid()) - c) / c0.elapsed().as_secs_f64() * 100.0)
        .collect();
    let tcp = tcp_table();
    let leases = live_leases(&pg).await;
    let mut sum_rss = 0.0;
    for (x, cpu) in replicas.iter().zip(&cpu) {
        let p = proc_stat(x.pid(), &tcp);
        let held = leases.values().filter(|o| **o == x.id).count();
        let rss = p.rss_kb as f64 / 1024.0;
        sum_rss += rss;
        say!(
            "  {}: {held} leases, VmRSS {rss:.1} MB, VmHWM {:.1} MB, {} threads, {} fds, TCP to IMAPS {} / SMTP {} / PostgreSQL {}, idle CPU {cpu:.1} %",
            x.id,
            p.hwm_kb as f64 / 1024.0,
            p.threads,
            p.fds,
            p.tcp.get(&stack.imaps).unwrap_or(&0),
            p.tcp.get(&stack.smtp).unwrap_or(&0),
            p.tcp.get(&5432).unwrap_or(&0)
        );
        table.put(&col, "leases per replica", 0, held as f64);
        table.put(&col, "VmRSS per replica (MB)", 1, rss);
        table.put(&col, "VmHWM per replica (MB)", 1, p.hwm_kb as f64 / 1024.0);
        table.put(&col, "threads per replica", 0, p.threads as f64);
        table.put(&col, "open fds per replica", 0, p.fds as f64);
        table.put(
            &col,
            "TCP to IMAPS per replica",
            0,
            *p.tcp.get(&stack.imaps).unwrap_or(&0) as f64,
        );
        table.put(
            &col,
            "TCP to SMTP per replica",
            0,
            *p.tcp.get(&stack.smtp).unwrap_or(&0) as f64,
        );
        table.put(
            &col,
            "TCP to PostgreSQL per replica",
            0,
            *p.tcp.get(&5432).unwrap_or(&0) as f64,
        );
        table.put(&col, "idle CPU per replica (% of a core)", 1, *cpu);
    }
    table.put(&col, "VmRSS, all replicas (MB)", 1, sum_rss);
    let dove = dovecot_procs(&stack);
    let (dn, drss, dpss) = dove
        .values()
        .fold((0, 0, 0), |a, b| (a.0 + b.0, a.1 + b.1, a.2 + b.2));
    let mb = |kb: u64| kb as f64 / 1024.0;
    say!(
        "  Dovecot: {dn} processes, RSS summed {:.1} MB, PSS summed {:.1} MB: {}",
        mb(drss),
        mb(dpss),
        dove.iter()
            .map(|(k, (c, r, p))| format!("{k} {c} (RSS {:.1} / PSS {:.1} MB)", mb(*r), mb(*p)))
            .collect::<Vec<_>>()
            .join(", ")
    );
    let get = |k: &str| dove.get(k).copied().unwrap_or((0, 0, 0));
    table.put(&col, "Dovecot imap processes", 0, get("imap").0 as f64);
    table.put(&col, "Dovecot imap PSS summed (MB)", 1, mb(get("imap").2));
    table.put(
        &col,
        "Dovecot imap-login processes",
        0,
        get("imap-login").0 as f64,
    );
    table.put(
        &col,
        "Dovecot imap-login PSS summed (MB)",
        1,
        mb(get("imap-login").2),
    );
    table.put(&col, "Dovecot all processes", 0, dn as f64);
    table.put(&col, "Dovecot RSS summed, all processes (MB)", 1, mb(drss));
    table.put(&col, "Dovecot PSS summed, all processes (MB)", 1, mb(dpss));
    let backends = pg_backends(&pg, &stack.db).await;
    say!(
        "  PostgreSQL backends on {}: {backends} now, {max_pg} at most while starting",
        stack.db
    );
    table.put(&col, "PostgreSQL backends (idle)", 0, backends as f64);
    table.put(
        &col,
        "PostgreSQL backends, max seen while starting",
        0,
        max_pg as f64,
    );

    // Latency, spread over the replicas' mailboxes.
    let mut owned: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (m, o) in &leases {
        owned.entry(o.clone()).or_default().push(m.clone());
    }
    for v in owned.values_mut() {
        v.sort();
    }
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15 ^ (n * 31 + r * 7 + run) as u64);
    let mut sink = match Sink::open(&stack).await {
        Ok(s) => Some(s),
        Err(e) => {
            say!("  the test's own IMAPS login (sink) failed: {e}; no latency or takeover test");
            None
        }
    };
    table.put(
        &col,
        "test client's IMAPS login ok (1/0)",
        0,
        sink.is_some() as u8 as f64,
    );
    let mut secs = Vec::new();
    let mut timeouts = 0;
    let mut refused = 0;
    if let Some(sink) = sink.as_mut()
        && args.latency > 0
        && !owned.is_empty()
    {
        let owners: Vec<&String> = owned.keys().collect();
        for i in 0..args.latency {
            let list = &owned[owners[i % owners.len()]];
            let mailbox = &list[rng.below(list.len())];
            let user = &user_of[mailbox];
            let mut s = match imap_connect(&stack, user).await {
                Ok(s) => s,
                Err(e) => {
                    refused += 1;
                    say!("    request {i}: cannot log in as {user}: {e}");
                    continue;
                }
            };
            let (raw, id) = request(&format!("{tag}.{i}"), user);
            let want = vec![id.clone()];
            let t = Instant::now();
            s.append("INBOX", None, None, &raw).await.expect("APPEND");
            drain(&mut s);
            loop {
                sink.poll(&want).await;
                if sink.seen.contains(&id) {
                    secs.push(t.elapsed().as_secs_f64());
                    break;
                }
                if t.elapsed() > Duration::from_secs(30) {
                    timeouts += 1;
                    say!("    request {i} to {user}: no acknowledgement within 30 s");
                    break;
                }
                tokio::time::sleep(Duration::from_millis(20)).await;
            }
            let _ = s.logout().await;
        }
        secs.sort_by(f64::total_cmp);
        say!(
            "  latency over {} requests: p50 {:.3} s, p90 {:.3}, p99 {:.3}, max {:.3}, {timeouts} unanswered",
            args.latency,
            percentile(&secs, 50.0),
            percentile(&secs, 90.0),
            percentile(&secs, 99.0),
            secs.last().copied().unwrap_or(f64::NAN)
        );
        table.put(&col, "APPEND → ack p50 (s)", 3, percentile(&secs, 50.0));
        table.put(&col, "APPEND → ack p90 (s)", 3, percentile(&secs, 90.0));
        table.put(&col, "APPEND → ack p99 (s)", 3, percentile(&secs, 99.0));
        table.put(
            &col,
            "APPEND → ack max (s)",
            3,
            secs.last().copied().unwrap_or(f64::NAN),
        );
        table.put(
            &col,
            "latency requests unanswered in 30 s",
            0,
            timeouts as f64,
        );
        table.put(
            &col,
            "latency requests not sent (test client's login refused)",
            0,
            refused as f64,
        );
        let tcp = tcp_table();
        for x in &replicas {
            let p = proc_stat(x.pid(), &tcp);
            say!(
                "  {} after the latency test: VmRSS {:.1} MB, VmHWM {:.1} MB, {} fds, TCP to SMTP {}",
                x.id,
                mb(p.rss_kb),
                mb(p.hwm_kb),
                p.fds,
                p.tcp.get(&stack.smtp).unwrap_or(&0)
            );
            table.put(
                &col,
                "VmHWM per replica after latency (MB)",
                1,
                mb(p.hwm_kb),
            );
            table.put(
                &col,
                "TCP to SMTP per replica after latency",
                0,
                *p.tcp.get(&stack.smtp).unwrap_or(&0) as f64,
            );
        }
    }

    // Takeover.
    if let Some(sink) = sink.as_mut()
        && r >= 2
        && !owned.is_empty()
    {
        let victim_id = format!("r{r}");
        let victims: Vec<String> = owned.get(&victim_id).cloned().unwrap_or_default();
        if victims.is_empty() {
            say!("  takeover: {victim_id} holds no lease; skipped");
        } else {
            let target = victims[rng.below(victims.len())].clone();
            let user = user_of[&target].clone();
            let mut s = imap_connect(&stack, &user)
                .await
                .expect("IMAP login for the takeover test");
            let (raw, id) = request(&format!("{tag}.takeover"), &user);
            let want = vec![id.clone()];
            let victim = replicas.last_mut().unwrap();
            victim.kill();
            let killed = Instant::now();
            s.append("INBOX", None, None, &raw).await.expect("APPEND");
            let _ = s.logout().await;
            let survivors: Vec<&Replica> = replicas[..r - 1].iter().collect();
            let ids: HashSet<&str> = survivors.iter().map(|x| x.id.as_str()).collect();
            let (mut t_leases, mut t_watch, mut t_ack) = (None, None, None);
            let wait = Duration::from_secs(
                args.lease_ttl.unwrap_or(20) + 3 * args.heartbeat.unwrap_or(5) + 90,
            );
            while killed.elapsed() < wait
                && (t_leases.is_none() || t_watch.is_none() || t_ack.is_none())
            {
                let e = killed.elapsed().as_secs_f64();
                if t_leases.is_none() {
                    let l = live_leases(&pg).await;
                    if l.len() == n && l.values().all(|o| ids.contains(o.as_str())) {
                        t_leases = Some(e);
                        say!(
                            "  takeover: survivors hold all {n} leases {e:.2} s after the SIGKILL"
                        );
                    }
                }
                if t_watch.is_none() {
                    let u: HashSet<String> = survivors.iter().flat_map(|x| x.watched()).collect();
                    if keys.iter().all(|k| u.contains(k)) {
                        t_watch = Some(e);
                        say!(
                            "  takeover: survivors watch all {n} mailboxes {e:.2} s after the SIGKILL"
                        );
                    }
                }
                if t_ack.is_none() {
                    sink.poll(&want).await;
                    if sink.seen.contains(&id) {
                        t_ack = Some(e);
                        say!(
                            "  takeover: request to {user} (was {victim_id}'s) acknowledged {e:.2} s after the SIGKILL"
                        );
                    }
                }
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
            if t_leases.is_none() || t_watch.is_none() || t_ack.is_none() {
                say!(
                    "  takeover NOT complete within {wait:?}: leases {t_leases:?}, watched {t_watch:?}, ack {t_ack:?}"
                );
            }
            table.put(
                &col,
                "SIGKILL → survivors hold all leases (s)",
                2,
                t_leases.unwrap_or(f64::NAN),
            );
            table.put(
                &col,
                "SIGKILL → survivors watch all mailboxes (s)",
                2,
                t_watch.unwrap_or(f64::NAN),
            );
            table.put(
                &col,
                "SIGKILL → request to a dead replica's mailbox acked (s)",
                2,
                t_ack.unwrap_or(f64::NAN),
            );
        }
    }
    if let Some(mut sink) = sink {
        let _ = sink.session.logout().await;
    }

    // Problems seen, for the record.
    for x in &replicas {
        let p = log_problems(&x.log_text(), &[" ERROR ", " WARN "]);
        for (k, c) in p.iter().take(12) {
            say!("  {} log ×{c}: {k}", x.id);
        }
    }
    let dlog = std::fs::read_to_string(stack.dir.join("log/dovecot.log")).unwrap_or_default();
    for (k, c) in log_problems(&dlog, &["Warning:", "Error:", "Fatal:", "Panic:"])
        .iter()
        .take(12)
    {
        say!("  dovecot.log ×{c}: {k}");
    }
    let start_err =
        std::fs::read_to_string(stack.dir.join("log/dovecot-start.err")).unwrap_or_default();
    for line in start_err.lines().take(5) {
        say!("  dovecot start: {line}");
    }

    // Stop: SIGTERM the replicas (exit codes reported), then the stack.
    let mut codes = Vec::new();
    for x in replicas.iter_mut() {
        if x.child.is_some() {
            let t = Instant::now();
            let code = x.term().await;
            codes.push(format!(
                "{}: {code:?} in {:.1} s",
                x.id,
                t.elapsed().as_secs_f64()
            ));
        }
    }
    say!("  stopped (SIGTERM): {}", codes.join(", "));
    pg.close().await;
    drop(replicas);
    let _ = Command::new(root().join("scripts/mailstack/stop.sh"))
        .arg(&stack.dir)
        .args(["all", "kill"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status();
    if !KEEP.load(Ordering::SeqCst) {
        let _ = std::fs::remove_dir_all(&stack.dir);
        psql(&format!(
            "DROP DATABASE IF EXISTS {} WITH (FORCE)",
            stack.db
        ));
        lock(&DATABASES).retain(|d| d != &stack.db);
        lock(&STACKS).retain(|d| d != &stack.dir);
    } else {
        say!("  kept: {} (database {})", stack.dir.display(), stack.db);
    }
}

fn tail(text: &str, n: usize) -> String {
    let lines: Vec<&str> = text.lines().collect();
    lines[lines.len().saturating_sub(n)..].join("\n")
}

async fn real_main(args: Args) {
    let bin = daemon_binary().unwrap_or_else(|e| {
        eprintln!("scale: {e}");
        cleanup();
        std::process::exit(1);
    });
    let limits: Vec<String> = std::env::vars()
        .filter(|(k, _)| k.starts_with("MAILSTACK_IMAP_") || k.starts_with("SEBADESK_"))
        .map(|(k, v)| format!("{k}={v}"))
        .collect();
    say!(
        "scale: {} ({}); mailboxes {:?}, replicas {:?}, {} latency requests, {} run(s); lease TTL {} s, heartbeat {} s; ulimit -n {}; {}",
        bin.display(),
        git_describe(),
        args.mailboxes,
        args.replicas,
        args.latency,
        args.runs,
        args.lease_ttl
            .map_or("default (20)".into(), |t| t.to_string()),
        args.heartbeat
            .map_or("default (5)".into(), |t| t.to_string()),
        Command::new("sh")
            .args(["-c", "ulimit -n"])
            .output()
            .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
            .unwrap_or_default(),
        if limits.is_empty() {
            "no MAILSTACK_IMAP_* / SEBADESK_* set".to_string()
        } else {
            limits.join(" ")
        }
    );
    let load = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    say!("load average at start: {}", load.trim());
    let mut table = Table {
        columns: Vec::new(),
        rows: Vec::new(),
        cells: HashMap::new(),
    };
    for run in 0..args.runs {
        for &n in &args.mailboxes {
            for &r in &args.replicas {
                one(&bin, n, r, run, &args, &mut table).await;
            }
        }
    }
    let load = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    say!("\nload average at the end: {}", load.trim());
    say!(
        "\nFigures (median (min–max) over runs; per-replica rows pool all replicas of the column):\n"
    );
    table.print();
}

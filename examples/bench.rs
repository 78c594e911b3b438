//! One benchmark command for sebadesk (issue 7): intake, ingest, delivery, latency,
//! footprint and classifier speed, against a throwaway Dovecot + Postfix stack.
//!
//! ```text
//! cargo run --release --example bench -- [--n 10000] [--runs 3] [--latency 200] [--mix corpus|generated|large]
//! cargo run --release --example bench -- --n 200 --runs 1 --latency 20     # smoke run
//! ```
//!
//! Needs what the integration tests need (root, Dovecot, Postfix: scripts/install-deps.sh).
//! The daemon measured is the release binary beside this example
//! (`$CARGO_TARGET_DIR/release/sebadesk`); it is rebuilt with `cargo build --release --bin
//! sebadesk` first when it is missing or older than `src/`, `Cargo.toml` or `Cargo.lock`.
//!
//! The stack lives in `mktemp -d /tmp/bench.XXXXXX` on base port 31000 (or the next free
//! multiple of 10 above it) with `MAILSTACK_CATCHALL=sink@example.test`, so every mail sent
//! through its Postfix lands in one mailbox. It is stopped (and the folder removed) at the
//! end, on panic and on Ctrl-C. `--keep` leaves it (and the daemon databases) for inspection.
//!
//! What one run measures (each repeated `--runs` times; median and min–max reported):
//! 1. raw intake limit: UID FETCH BODY.PEEK[] of the N-message backlog, 500 UIDs per command;
//! 2. sebadesk ingest: `sebadesk run --since 2000-01-01` on a fresh SQLite file drains the
//!    backlog until every message is journaled (tickets and acknowledgements are written in
//!    the same transaction). SMTP points at a local "black hole" that accepts TCP and never
//!    answers, so the outbox neither sends nor churns through retries meanwhile;
//! 3. raw send limit (4 persistent authenticated STARTTLS connections, lettre's
//!    `AsyncSmtpConnection`) sending the very acknowledgements the daemon queued in phase 2
//!    (same bytes, same envelopes), vs the daemon's outbox, restarted on the same database
//!    with the real submission port, until every acknowledgement is `sent`;
//! 4. APPEND → acknowledgement in the sink, one request at a time, daemon idle in IDLE;
//! 5. footprint: VmHWM/VmRSS idle and while draining; start-up time to "watching mailbox";
//!    idle also with the web desk on (`web.listen` on a free loopback port, `GET /signin`
//!    served once before the measure);
//! 6. classifier speed on one core.
//!
//! Beside each throughput, the CPU it took: per message, in the process measured (the raw
//! client or the daemon) and in the rest of the machine (Dovecot, Postfix), from
//! /proc/PID/stat and /proc/stat. On a machine whose cores are all busy, these say what
//! bounds the ratio. `--mix generated` swaps the corpus for generated 2–10 KB requests.
//! `--mix large` is the corpus (or generated) mix with real-world attachments added: every
//! 200th request carries a 100 KB–2 MB scan (random bytes, as a JPEG or PDF scan does not
//! compress), and eight requests spread over the backlog are 10–25 MB mails (at most
//! `imap.max_message_size`, 25 MiB, as the server counts it), for the memory bound of issue 20.
//! `--mix realworld` is the independent measurement's mix of issue 20 (mean ~11 KB, some mails
//! of 1–2 MB): the corpus, a 10–80 KB photo on every 20th request and a 100 KB–2 MB scan on
//! every 150th, nothing bigger. `--memory-only` measures only the footprints (idle, and
//! draining the backlog: phases 5 and 2) and skips the rest of each run.
//! `BENCH_IMAP_MAX_BATCH_BYTES=N` runs the daemon with `imap.max_batch_bytes = N`.
//! `BENCH_DRAIN_ENV="K=V K2=V2"` adds environment variables to the draining daemon only (not
//! to the idle ones): e.g. `MALLOC_ARENA_MAX=2`, or heaptrack's preload library and output
//! pipe to profile the drain (`BENCHMARKS.md`, "Large mail: memory by bytes").

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use base64::Engine as _;
use futures::TryStreamExt;
use tokio::net::TcpStream;

#[path = "common/mod.rs"]
#[macro_use]
mod common;
use common::{daemon_binary, git_describe, lock, percentile, root};

type Session = async_imap::Session<tokio_rustls::client::TlsStream<TcpStream>>;

const OFFICE: &str = "ict.melandaha@office.test";
const SINK: &str = "sink@example.test";
const SERVICES: [&str; 5] = [
    "web-portal",
    "e-nothi",
    "digital-lab",
    "ict-advice",
    "udc-advice",
];
/// UIDs per UID FETCH in the raw intake measurement.
const FETCH_BATCH: usize = 500;
/// Parallel IMAP connections used to APPEND the backlog (setup only, not measured).
const APPENDERS: usize = 4;
/// Concurrent SMTP connections of the raw sender.
const SENDERS: usize = 4;

// ---------------------------------------------------------------------------------------
// Clean-up: the stack and any daemon we started go away on every exit path.

static STACK_DIR: Mutex<Option<PathBuf>> = Mutex::new(None);
static DAEMON_PIDS: Mutex<Vec<u32>> = Mutex::new(Vec::new());
static KEEP: AtomicBool = AtomicBool::new(false);

fn cleanup() {
    for pid in lock(&DAEMON_PIDS).drain(..) {
        let _ = Command::new("kill")
            .args(["-KILL", &pid.to_string()])
            .stderr(Stdio::null())
            .status();
    }
    stop_stack();
}

/// Stops the current mail stack and removes its folder (left with `--keep`).
fn stop_stack() {
    if let Some(dir) = lock(&STACK_DIR).take() {
        common::discard_mail_stack("bench", &dir, KEEP.load(Ordering::SeqCst));
    }
}

// ---------------------------------------------------------------------------------------
// Arguments.

#[derive(Clone, Copy)]
struct Args {
    n: usize,
    runs: usize,
    latency: usize,
    /// Generated 2–10 KB requests instead of the corpus (`--mix generated`).
    generated: bool,
    /// Real-world attachments up to 25 MB added (`--mix large`).
    large: bool,
    /// Real-world sizes without the 10–25 MB mails (`--mix realworld`).
    realworld: bool,
    /// Only the footprints: idle, then draining the backlog (`--memory-only`).
    memory_only: bool,
}

fn parse_args() -> Args {
    let mut a = Args {
        n: 10_000,
        runs: 3,
        latency: 200,
        generated: false,
        large: false,
        realworld: false,
        memory_only: false,
    };
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        let mut num = |name: &str| -> usize {
            it.next()
                .and_then(|v| v.parse().ok())
                .unwrap_or_else(|| usage(&format!("{name} needs a positive number")))
        };
        match arg.as_str() {
            "--n" => a.n = num("--n"),
            "--runs" => a.runs = num("--runs"),
            "--latency" => a.latency = num("--latency"),
            "--keep" => KEEP.store(true, Ordering::SeqCst),
            "--mix" => match it.next().as_deref() {
                Some("corpus") => a.generated = false,
                Some("generated") => a.generated = true,
                Some("large") => a.large = true,
                Some("realworld") => a.realworld = true,
                _ => usage("--mix is corpus, generated, large or realworld"),
            },
            "--memory-only" => a.memory_only = true,
            "-h" | "--help" => usage(""),
            other => usage(&format!("unknown argument {other}")),
        }
    }
    if a.n == 0 || a.runs == 0 {
        usage("--n and --runs must be at least 1");
    }
    a
}

fn usage(msg: &str) -> ! {
    if !msg.is_empty() {
        eprintln!("bench: {msg}");
    }
    eprintln!(
        "usage: cargo run --release --example bench -- [--n 10000] [--runs 3] [--latency 200] [--mix corpus|generated|large|realworld] [--memory-only] [--keep]"
    );
    std::process::exit(2);
}

fn main() {
    let args = parse_args();
    common::run_main("bench", cleanup, real_main(args));
}

// ---------------------------------------------------------------------------------------
// ---------------------------------------------------------------------------------------
// The mail stack.

struct Ctx {
    bin: PathBuf,
    dir: PathBuf,
    ca: PathBuf,
    imaps: u16,
    smtp: u16,
    /// `SEBADESK_SMTP_CONCURRENCY` value passed, if `config check` accepts the key.
    concurrency: Option<u32>,
}

fn start_stack() -> (PathBuf, HashMap<String, String>) {
    let dir = common::stack_dir("bench");
    *lock(&STACK_DIR) = Some(dir.clone());
    let ports = common::start_mail_stack(&dir, 31000, &[("MAILSTACK_CATCHALL", SINK.into())])
        .expect(
            "could not start a mail stack on 31000–31600 (root? scripts/install-deps.sh done?)",
        );
    (dir, ports)
}

/// Starts a fresh mail stack and points `ctx` at it.
fn new_stack(ctx: &mut Ctx) {
    let t = Instant::now();
    let (dir, ports) = start_stack();
    let port = |k: &str| -> u16 { ports[k].parse().expect("port") };
    ctx.dir = dir;
    ctx.ca = PathBuf::from(&ports["CA_PEM"]);
    ctx.imaps = port("IMAPS_PORT");
    ctx.smtp = port("SMTP_PORT");
    say!(
        "mail stack: {} on base port {} (IMAPS {}, submission {}), sink {SINK}; started in {:.1} s",
        ctx.dir.display(),
        ports["BASE_PORT"],
        ctx.imaps,
        ctx.smtp,
        t.elapsed().as_secs_f64()
    );
}

/// APPENDs the backlog to the office INBOX of a fresh stack; returns its UIDs.
async fn load_backlog(ctx: &Ctx, backlog: &Arc<Vec<Vec<u8>>>) -> Vec<u32> {
    let took = append_backlog(ctx, backlog.clone()).await;
    let mut office = ctx.imap(OFFICE, true).await;
    let mb = select(&mut office).await;
    let uids = uids_from(&mut office, 1).await;
    let _ = office.logout().await;
    say!(
        "APPEND of the backlog ({APPENDERS} connections): {} messages in {:.1} s ({:.0}/s); INBOX holds {}",
        backlog.len(),
        took.as_secs_f64(),
        backlog.len() as f64 / took.as_secs_f64(),
        mb.exists
    );
    assert!(!uids.is_empty(), "backlog appended");
    uids
}

impl Ctx {
    fn env(&self, db: &Path, smtp_port: u16) -> Vec<(String, String)> {
        let ca = self.ca.display().to_string();
        let mut v: Vec<(&str, String)> = vec![
            ("SEBADESK_OFFICE_ADDRESS", OFFICE.into()),
            (
                "SEBADESK_OFFICE_OFFICER_EMAIL",
                "officer@office.test".into(),
            ),
            ("SEBADESK_IMAP_HOST", "localhost".into()),
            ("SEBADESK_IMAP_PORT", self.imaps.to_string()),
            ("SEBADESK_IMAP_SECURITY", "tls".into()),
            ("SEBADESK_IMAP_USERNAME", OFFICE.into()),
            ("SEBADESK_IMAP_PASSWORD", "ict.melandaha-pass".into()),
            ("SEBADESK_IMAP_CA_FILE", ca.clone()),
            // IDLE wakes the daemon; the safety poll must not.
            ("SEBADESK_IMAP_POLL_INTERVAL", "3600".into()),
            ("SEBADESK_SMTP_HOST", "localhost".into()),
            ("SEBADESK_SMTP_PORT", smtp_port.to_string()),
            ("SEBADESK_SMTP_SECURITY", "starttls".into()),
            ("SEBADESK_SMTP_USERNAME", OFFICE.into()),
            ("SEBADESK_SMTP_PASSWORD", "ict.melandaha-pass".into()),
            ("SEBADESK_SMTP_CA_FILE", ca),
            (
                "SEBADESK_DATABASE_URL",
                format!("sqlite://{}?mode=rwc", db.display()),
            ),
            // No per-sender caps: one sender per corpus template writes many requests.
            ("SEBADESK_HYGIENE_ACK_LIMIT_PER_DAY", "1000000".into()),
            ("SEBADESK_HYGIENE_ACK_LIMIT_PER_WINDOW", "1000000".into()),
            ("SEBADESK_HYGIENE_ACK_WINDOW", "1".into()),
            ("SEBADESK_HYGIENE_ACK_LIMIT_PER_HOUR", "1000000".into()),
            // Only acknowledgements go out.
            ("SEBADESK_REMINDERS_NOTIFY_NEW", "false".into()),
        ];
        if let Some(c) = self.concurrency {
            v.push(("SEBADESK_SMTP_CONCURRENCY", c.to_string()));
        }
        // The intake batch bound in bytes (issue 20), when a run compares settings.
        if let Ok(bytes) = std::env::var("BENCH_IMAP_MAX_BATCH_BYTES") {
            v.push(("SEBADESK_IMAP_MAX_BATCH_BYTES", bytes));
        }
        v.into_iter().map(|(k, v)| (k.to_string(), v)).collect()
    }

    fn command(&self, env: &[(String, String)], args: &[&str]) -> Command {
        let mut cmd = Command::new(&self.bin);
        cmd.current_dir(root())
            .arg("--config")
            .arg(root().join("config/sebadesk.toml"))
            .args(args);
        for (k, _) in std::env::vars().filter(|(k, _)| k.starts_with("SEBADESK_")) {
            cmd.env_remove(k);
        }
        cmd.envs(env.iter().map(|(k, v)| (k, v))).env(
            "SEBADESK_LOG",
            std::env::var("BENCH_DAEMON_LOG").unwrap_or_else(|_| "info".into()),
        );
        cmd
    }

    async fn imap(&self, user: &str, select: bool) -> Session {
        imap_connect(self.imaps, &self.ca, user, select).await
    }
}

async fn imap_connect(port: u16, ca: &Path, user: &str, select: bool) -> Session {
    let mut session = common::kit::imap::login(port, ca, user)
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    if select {
        session.select("INBOX").await.expect("SELECT INBOX");
    }
    drain(&mut session);
    session
}

/// async-imap queues unsolicited responses in a bounded channel: empty it after commands.
fn drain(s: &mut Session) {
    while s.unsolicited_responses.try_recv().is_ok() {}
}

async fn select(s: &mut Session) -> async_imap::types::Mailbox {
    let m = s.select("INBOX").await.expect("SELECT INBOX");
    drain(s);
    m
}

/// UIDs of INBOX at or above `from` ("n:*" also matches the last message below n).
/// NOOP first: Dovecot brings a session's view of the mailbox up to date at the end of a
/// command, so a SEARCH alone would not see mail that arrived since the previous command.
async fn uids_from(s: &mut Session, from: u32) -> Vec<u32> {
    s.noop().await.expect("NOOP");
    drain(s);
    let found = s
        .uid_search(format!("UID {from}:*"))
        .await
        .expect("UID SEARCH");
    drain(s);
    let mut v: Vec<u32> = found.into_iter().filter(|u| *u >= from).collect();
    v.sort_unstable();
    v
}

async fn delete_uids(s: &mut Session, set: &str) {
    {
        let st = s
            .uid_store(set, "+FLAGS.SILENT (\\Deleted)")
            .await
            .expect("UID STORE");
        let _: Vec<_> = st.try_collect().await.expect("UID STORE");
    }
    {
        let ex = s.expunge().await.expect("EXPUNGE");
        let _: Vec<_> = ex.try_collect().await.expect("EXPUNGE");
    }
    drain(s);
}

fn uid_set(uids: &[u32]) -> String {
    // Compact ranges: a,b:c,…
    let mut out = String::new();
    let mut i = 0;
    while i < uids.len() {
        let start = uids[i];
        let mut end = start;
        while i + 1 < uids.len() && uids[i + 1] == end + 1 {
            i += 1;
            end = uids[i];
        }
        if !out.is_empty() {
            out.push(',');
        }
        if start == end {
            out.push_str(&start.to_string());
        } else {
            out.push_str(&format!("{start}:{end}"));
        }
        i += 1;
    }
    out
}

// ---------------------------------------------------------------------------------------
// The daemon as a child process.

struct Daemon {
    child: Option<Child>,
    log: PathBuf,
    spawned: Instant,
}

impl Daemon {
    fn spawn(ctx: &Ctx, env: &[(String, String)], args: &[&str], log: PathBuf) -> Daemon {
        let file = std::fs::File::create(&log).expect("daemon log");
        let mut cmd = ctx.command(env, args);
        cmd.stdout(file.try_clone().unwrap()).stderr(file);
        let spawned = Instant::now();
        let child = cmd.spawn().expect("start sebadesk run");
        lock(&DAEMON_PIDS).push(child.id());
        Daemon {
            child: Some(child),
            log,
            spawned,
        }
    }

    fn pid(&self) -> u32 {
        self.child.as_ref().map(|c| c.id()).unwrap_or(0)
    }

    fn log_text(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }

    fn log_tail(&self) -> String {
        let t = self.log_text();
        let lines: Vec<&str> = t.lines().collect();
        lines[lines.len().saturating_sub(25)..].join("\n")
    }

    fn check_alive(&mut self) {
        if let Some(c) = self.child.as_mut()
            && let Ok(Some(status)) = c.try_wait()
        {
            panic!(
                "daemon exited ({status}); last log lines:\n{}",
                self.log_tail()
            );
        }
    }

    /// Polls the log every 10 ms for `needle`; returns when it appeared (approximately).
    async fn wait_log(&mut self, needle: &str, limit: Duration) -> Instant {
        let t0 = Instant::now();
        loop {
            if self.log_text().contains(needle) {
                return Instant::now();
            }
            self.check_alive();
            if t0.elapsed() > limit {
                panic!(
                    "daemon did not log {needle:?} within {limit:?}:\n{}",
                    self.log_tail()
                );
            }
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    }

    fn forget_pid(&self) {
        let pid = self.pid();
        lock(&DAEMON_PIDS).retain(|p| *p != pid);
    }

    /// SIGKILL (used when the daemon is stuck on the black-hole SMTP port by design).
    fn kill(&mut self) {
        if let Some(mut c) = self.child.take() {
            let _ = c.kill();
            let _ = c.wait();
            lock(&DAEMON_PIDS).retain(|p| *p != c.id());
        }
    }

    /// SIGTERM, then the exit status (SIGKILL after 25 s).
    async fn term(&mut self) -> Option<i32> {
        let mut c = self.child.take()?;
        let code = common::terminate(&mut c, Duration::from_secs(25)).await;
        lock(&DAEMON_PIDS).retain(|p| *p != c.id());
        code
    }
}

impl Drop for Daemon {
    fn drop(&mut self) {
        self.forget_pid();
        self.kill();
    }
}

/// (VmRSS, VmHWM) in kB.
fn rss_kb(pid: u32) -> (u64, u64) {
    let text = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    let field = |name: &str| {
        text.lines()
            .find(|l| l.starts_with(name))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|v| v.parse().ok())
            .unwrap_or(0)
    };
    (field("VmRSS:"), field("VmHWM:"))
}

/// CPU time of one process (`pid`, or "self"), user + system, in clock ticks. Linux counts
/// these in USER_HZ, which is 100 per second on every architecture that Debian ships.
fn proc_ticks(pid: &str) -> u64 {
    let text = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    // The command name, field 2, is in parentheses and may hold spaces: count after it.
    let after = text.rsplit_once(')').map(|(_, rest)| rest).unwrap_or("");
    let fields: Vec<&str> = after.split_whitespace().collect();
    // utime and stime are fields 14 and 15 of the whole line, 12 and 13 after the name.
    let get = |i: usize| {
        fields
            .get(i)
            .and_then(|v| v.parse::<u64>().ok())
            .unwrap_or(0)
    };
    get(11) + get(12)
}

/// Busy ticks of the whole machine (every CPU, all but idle and iowait), from /proc/stat.
fn machine_busy_ticks() -> u64 {
    let text = std::fs::read_to_string("/proc/stat").unwrap_or_default();
    let line = text.lines().next().unwrap_or("");
    let v: Vec<u64> = line
        .split_whitespace()
        .skip(1)
        .filter_map(|x| x.parse().ok())
        .collect();
    // user nice system idle iowait irq softirq steal (guest time is inside user already).
    let all: u64 = v.iter().take(8).sum();
    all - v.get(3).copied().unwrap_or(0) - v.get(4).copied().unwrap_or(0)
}

const TICKS_PER_SEC: f64 = 100.0;

/// CPU ticks of every process now running, summed by command name (`smtpd`, `lmtp`,
/// `imap`, `sebadesk`…), to say who took the machine's CPU during a phase. Processes that
/// start and end within the phase are missed.
fn ticks_by_command() -> HashMap<String, u64> {
    let mut by = HashMap::new();
    let Ok(dir) = std::fs::read_dir("/proc") else {
        return by;
    };
    for entry in dir.flatten() {
        let name = entry.file_name();
        let Some(pid) = name
            .to_str()
            .filter(|p| p.bytes().all(|b| b.is_ascii_digit()))
        else {
            continue;
        };
        // Kernel threads (no command line) are left out: a kworker's name changes with its
        // work item, so its ticks cannot be followed from one reading to the next.
        let cmdline = std::fs::read(format!("/proc/{pid}/cmdline")).unwrap_or_default();
        if cmdline.is_empty() {
            continue;
        }
        let text = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
        let Some(command) = text
            .split_once('(')
            .and_then(|(_, rest)| rest.rsplit_once(')'))
            .map(|(c, _)| c.to_string())
        else {
            continue;
        };
        *by.entry(command).or_insert(0) += proc_ticks(pid);
    }
    by
}

/// A reading of the CPU used so far by one process and by the whole machine.
#[derive(Clone)]
struct CpuMark {
    at: Instant,
    process: u64,
    machine: u64,
    by_command: HashMap<String, u64>,
}

impl CpuMark {
    fn now(pid: &str) -> CpuMark {
        CpuMark {
            at: Instant::now(),
            process: proc_ticks(pid),
            machine: machine_busy_ticks(),
            by_command: ticks_by_command(),
        }
    }
}

/// Where the CPU went between two marks, per message handled: by the process measured (the
/// daemon, or the bench's own raw client) and by everything else on the machine (Dovecot,
/// Postfix, the bench's polling). Tick resolution is 10 ms, so short phases are coarse.
#[derive(Clone, Default)]
struct CpuUse {
    /// Cores busy on average (2.0 = both cores of this machine all the time).
    cores: f64,
    process_us: f64,
    rest_us: f64,
    /// The biggest consumers by command name, µs per message, largest first.
    top: Vec<(String, f64)>,
}

fn cpu_use(a: &CpuMark, b: &CpuMark, msgs: usize) -> CpuUse {
    let secs = (b.at - a.at).as_secs_f64();
    let process = b.process.saturating_sub(a.process) as f64 / TICKS_PER_SEC;
    let machine = b.machine.saturating_sub(a.machine) as f64 / TICKS_PER_SEC;
    let per_msg = |s: f64| s * 1e6 / msgs.max(1) as f64;
    let mut top: Vec<(String, f64)> = b
        .by_command
        .iter()
        .map(|(command, &after)| {
            let before = a.by_command.get(command).copied().unwrap_or(0);
            let secs = after.saturating_sub(before) as f64 / TICKS_PER_SEC;
            (command.clone(), per_msg(secs))
        })
        .filter(|(_, us)| *us > 0.0)
        .collect();
    top.sort_by(|x, y| y.1.total_cmp(&x.1));
    top.truncate(8);
    CpuUse {
        cores: machine / secs.max(1e-9),
        process_us: per_msg(process),
        rest_us: per_msg((machine - process).max(0.0)),
        top,
    }
}

/// Samples VmRSS every 100 ms until stopped; returns the largest sample (kB).
fn rss_sampler(pid: u32) -> (Arc<AtomicBool>, tokio::task::JoinHandle<u64>) {
    let stop = Arc::new(AtomicBool::new(false));
    let s = stop.clone();
    let h = tokio::spawn(async move {
        let mut max = 0;
        while !s.load(Ordering::SeqCst) {
            max = max.max(rss_kb(pid).0);
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        max.max(rss_kb(pid).0)
    });
    (stop, h)
}

async fn open_db(path: &Path) -> Option<sqlx::SqlitePool> {
    if !path.exists() {
        return None;
    }
    let options = sqlx::sqlite::SqliteConnectOptions::new()
        .filename(path)
        .create_if_missing(false)
        .busy_timeout(Duration::from_secs(10));
    sqlx::sqlite::SqlitePoolOptions::new()
        .max_connections(1)
        .connect_with(options)
        .await
        .ok()
}

async fn scalar(pool: &sqlx::SqlitePool, sql: &'static str) -> Option<i64> {
    sqlx::query_scalar::<_, Option<i64>>(sql)
        .fetch_one(pool)
        .await
        .ok()
        .map(|v| v.unwrap_or(0))
}

// ---------------------------------------------------------------------------------------
// Messages.

struct Template {
    raw: Vec<u8>,
}

/// Corpus requests that the daemon would ticket and acknowledge (triage says `new`, no
/// ticket reference), or generated Bangla/English requests when the corpus is absent or
/// `generated` is asked for.
fn load_templates(generated: bool) -> (Vec<Template>, String) {
    let dir = root().join("../shared/corpus/classification");
    let labels = dir.join("labels.tsv");
    if labels.is_file() && !generated {
        let identity = sebadesk::triage::OfficeIdentity {
            code: "MEL".into(),
            address: OFFICE.into(),
            officer_email: "officer@office.test".into(),
        };
        let classifier = load_classifier();
        let mut out = Vec::new();
        let (mut rows, mut skipped) = (0, 0);
        for line in std::fs::read_to_string(&labels).unwrap().lines().skip(1) {
            let cols: Vec<&str> = line.split('\t').collect();
            if cols.len() < 5 {
                continue;
            }
            rows += 1;
            if cols[2] != "new" && cols[2] != "out-of-scope" {
                skipped += 1;
                continue;
            }
            let raw = std::fs::read(dir.join(cols[0])).expect("read corpus mail");
            let Some(mail) = sebadesk::intake::parse::parse(&raw) else {
                skipped += 1;
                continue;
            };
            let a = sebadesk::pipeline::assess(&identity, &classifier, &mail);
            if a.triage.disposition != sebadesk::triage::Disposition::New
                || a.triage.ticket_ref.is_some()
            {
                skipped += 1;
                continue;
            }
            out.push(Template { raw });
        }
        if !out.is_empty() {
            let desc = format!(
                "{} corpus requests from {} ({} of {} skipped: bounces, auto-replies, bulk, spam, follow-ups, or not acknowledged by triage)",
                out.len(),
                dir.display(),
                skipped,
                rows
            );
            return (out, desc);
        }
    }
    let out: Vec<Template> = (0..120)
        .map(|i| Template {
            raw: generated_request(i),
        })
        .collect();
    (
        out,
        format!(
            "120 generated Bangla/English requests, 2–10 KB, every 4th with a base64 PNG ({})",
            if generated {
                "--mix generated"
            } else {
                "corpus absent"
            }
        ),
    )
}

fn load_classifier() -> sebadesk::classify::Classifier {
    let keywords: sebadesk::classify::KeywordConfig = toml::from_str(
        &std::fs::read_to_string(root().join("config/classifier/keywords.toml"))
            .expect("read keywords.toml"),
    )
    .expect("parse keywords.toml");
    let seed = sebadesk::classify::parse_examples(
        &std::fs::read_to_string(root().join("config/classifier/examples.toml"))
            .expect("read examples.toml"),
    )
    .expect("parse examples.toml");
    sebadesk::classify::Classifier::with_examples(&keywords, &SERVICES, &seed).expect("train")
}

fn b64() -> base64::engine::GeneralPurpose {
    base64::engine::general_purpose::STANDARD
}

fn wrap76(s: &str) -> String {
    s.as_bytes()
        .chunks(76)
        .map(|c| std::str::from_utf8(c).unwrap())
        .collect::<Vec<_>>()
        .join("\r\n")
}

fn rfc2822_now() -> String {
    jiff::Timestamp::now()
        .strftime("%a, %d %b %Y %H:%M:%S +0000")
        .to_string()
}

/// A generated citizen request, 2–10 KB, Bangla and English, some with a small attachment.
fn generated_request(i: usize) -> Vec<u8> {
    const ASKS: [(&str, &str); 5] = [
        (
            "ইউনিয়ন ওয়েব পোর্টাল হালনাগাদ করার অনুরোধ",
            "Please help us update the union web portal: the notice board and the list of officials are out of date.",
        ),
        (
            "ই-নথি লগইন সমস্যা",
            "Our office cannot log in to e-Nothi since the transfer of the section officer; dak is stuck.",
        ),
        (
            "বিদ্যালয়ের ডিজিটাল ল্যাবের কম্পিউটার নষ্ট",
            "Five computers of the school digital lab do not start and the projector shows no colour.",
        ),
        (
            "ল্যাপটপ কেনার বিষয়ে আইসিটি পরামর্শ",
            "I would like ICT advice on which laptop to buy for office work and how to keep it safe from viruses.",
        ),
        (
            "ইউনিয়ন ডিজিটাল সেন্টারের প্রিন্টার ও স্ক্যানার সমস্যা",
            "The Union Digital Centre printer jams and the scanner is not detected, so citizens wait for hours.",
        ),
    ];
    let (subj, en) = ASKS[i % ASKS.len()];
    let filler_bn = "আমাদের এলাকার মানুষ এই সেবার উপর নির্ভর করে, তাই দ্রুত সহায়তা পেলে আমরা কৃতজ্ঞ থাকব। ";
    let filler_en = "We have tried restarting and checking the cables, but the problem remains. ";
    let target = 2000 + (i * 7919) % 8000;
    let mut body = format!("জনাব,\nসবিনয় নিবেদন এই যে, {subj}।\n\n{en}\n\n");
    while body.len() < target * 3 / 4 {
        body.push_str(if body.len() % 2 == 0 {
            filler_bn
        } else {
            filler_en
        });
        if body.len() % 5 == 0 {
            body.push('\n');
        }
    }
    body.push_str("\n\nধন্যবাদান্তে,\nমোঃ করিম\nThank you.\n");
    let from = format!("citizen{}.gen@mail.example.com", i);
    let headers = format!(
        "From: =?UTF-8?B?{name}?= <{from}>\r\nTo: {OFFICE}\r\nSubject: =?UTF-8?B?{subject}?=\r\n\
         Message-ID: <gen.{i}@mail.example.com>\r\nDate: {date}\r\nMIME-Version: 1.0\r\n",
        name = b64().encode("মোঃ করিম".as_bytes()),
        subject = b64().encode(subj.as_bytes()),
        date = rfc2822_now(),
    );
    let text = wrap76(&b64().encode(body.as_bytes()));
    let raw = if i % 4 == 3 {
        let png: Vec<u8> = (0..1500u32)
            .map(|k| (k.wrapping_mul(2654435761) >> 13) as u8)
            .collect();
        format!(
            "{headers}Content-Type: multipart/mixed; boundary=\"b{i}\"\r\n\r\n--b{i}\r\n\
             Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n{text}\r\n\
             --b{i}\r\nContent-Type: image/png; name=\"screenshot.png\"\r\n\
             Content-Disposition: attachment; filename=\"screenshot.png\"\r\n\
             Content-Transfer-Encoding: base64\r\n\r\n{png}\r\n--b{i}--\r\n",
            png = wrap76(&b64().encode(&png)),
        )
    } else {
        format!(
            "{headers}Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n{text}\r\n"
        )
    };
    raw.into_bytes()
}

/// `--mix large`: every 200th request gets a 100 KB–2 MB scan; eight requests spread over the
/// backlog become 10–25 MB mails (the largest just under 25 MiB, `imap.max_message_size`).
fn add_large_mail(backlog: &mut [Vec<u8>]) {
    const MB: usize = 1024 * 1024;
    let n = backlog.len();
    for i in (17..n).step_by(200) {
        let size = 100 * 1024 + (i * 7919) % (1900 * 1024);
        backlog[i] = make_copy(&request_with_scan(i, size), i);
    }
    let big = [10, 12, 14, 16, 18, 20, 22, 25];
    for (k, mb) in big.iter().enumerate() {
        let i = (n * (2 * k + 1) / (2 * big.len())).min(n - 1);
        // Raw size: base64 in 76-character lines with CRLF carries 57 bytes in 78, plus the
        // text; stay under 25 MiB.
        let size = (mb * MB - 64 * 1024) * 57 / 78;
        backlog[i] = make_copy(&request_with_scan(i, size), i);
    }
    let largest = backlog.iter().map(Vec::len).max().unwrap_or(0);
    assert!(largest <= 25 * MB, "largest mail {largest} B > 25 MiB");
}

/// `--mix realworld`: every 20th request gets a 10–80 KB photo, every 150th a 100 KB–2 MB
/// scan (issue 20's independent measurement: mean 11 KB, some mails of 1–2 MB).
fn add_real_world_mail(backlog: &mut [Vec<u8>]) {
    let n = backlog.len();
    for i in (7..n).step_by(20) {
        let size = 10 * 1024 + (i * 7919) % (70 * 1024);
        backlog[i] = make_copy(&request_with_scan(i, size), i);
    }
    for i in (17..n).step_by(150) {
        let size = 100 * 1024 + (i * 7919) % (1900 * 1024);
        backlog[i] = make_copy(&request_with_scan(i, size), i);
    }
}

/// A generated request with a scanned document attached: `size` bytes that do not compress.
fn request_with_scan(i: usize, size: usize) -> Vec<u8> {
    let text = generated_request(i);
    let text = String::from_utf8(text).unwrap();
    let (head, body) = text.split_once("\r\n\r\n").unwrap();
    let (head, part_head) = head
        .split_once("Content-Type:")
        .map(|(h, ct)| (h.to_string(), format!("Content-Type:{ct}")))
        .unwrap();
    let mut state = (i as u64 + 1).wrapping_mul(0x9E3779B97F4A7C15);
    let scan: Vec<u8> = (0..size)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state >> 24) as u8
        })
        .collect();
    if part_head.starts_with("Content-Type: multipart") {
        // Already has a small attachment: send the text alone plus the scan.
        return request_with_scan(i + 1, size);
    }
    format!(
        "{head}Content-Type: multipart/mixed; boundary=\"s{i}\"\r\n\r\n--s{i}\r\n{part_head}\r\n\r\n{body}\r\n\
         --s{i}\r\nContent-Type: application/pdf; name=\"scan.pdf\"\r\n\
         Content-Disposition: attachment; filename=\"scan.pdf\"\r\n\
         Content-Transfer-Encoding: base64\r\n\r\n{scan}\r\n--s{i}--\r\n",
        scan = wrap76(&b64().encode(&scan)),
    )
    .into_bytes()
}

/// Copy `idx` of a template: a unique Message-ID, and `-b<idx>` added to the local part of
/// From/Reply-To so that the same-subject-per-sender rule does not merge copies (every copy
/// is a distinct citizen request). Not a `+tag`: the caps count `name+tag@` as `name@`
/// (one mailbox, see `domain::normal_form`), so tagged copies would share one sender's caps. Everything else is kept byte for byte.
fn make_copy(raw: &[u8], idx: usize) -> Vec<u8> {
    let (head_end, sep_len) = match find(raw, b"\r\n\r\n") {
        Some(p) => (p, 4),
        None => (find(raw, b"\n\n").unwrap_or(raw.len()), 2),
    };
    let head = &raw[..head_end];
    let nl: &[u8] = if sep_len == 4 { b"\r\n" } else { b"\n" };
    // Headers as (name, full bytes incl. continuation lines, without the final newline).
    let mut fields: Vec<(String, Vec<u8>)> = Vec::new();
    for line in split_lines(head) {
        if (line.first() == Some(&b' ') || line.first() == Some(&b'\t')) && !fields.is_empty() {
            let last = fields.last_mut().unwrap();
            last.1.extend_from_slice(nl);
            last.1.extend_from_slice(line);
        } else {
            let name = line
                .iter()
                .position(|b| *b == b':')
                .map(|p| String::from_utf8_lossy(&line[..p]).to_ascii_lowercase())
                .unwrap_or_default();
            fields.push((name, line.to_vec()));
        }
    }
    let new_id = format!("Message-ID: <bench.{idx}@bench.example.test>").into_bytes();
    let mut had_id = false;
    let mut out = Vec::with_capacity(raw.len() + 64);
    for (name, mut bytes) in fields {
        match name.trim() {
            "message-id" => {
                bytes = new_id.clone();
                had_id = true;
            }
            "from" | "reply-to" => {
                if let Some(at) = bytes.iter().rposition(|b| *b == b'@') {
                    let tag = format!("-b{idx}");
                    bytes.splice(at..at, tag.bytes());
                }
            }
            _ => {}
        }
        out.extend_from_slice(&bytes);
        out.extend_from_slice(nl);
    }
    if !had_id {
        let mut with = new_id;
        with.extend_from_slice(nl);
        with.extend_from_slice(&out);
        out = with;
    }
    out.extend_from_slice(nl);
    if head_end + sep_len <= raw.len() {
        out.extend_from_slice(&raw[head_end + sep_len..]);
    }
    out
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

fn split_lines(b: &[u8]) -> Vec<&[u8]> {
    b.split(|c| *c == b'\n')
        .map(|l| l.strip_suffix(b"\r").unwrap_or(l))
        .collect()
}

/// An acknowledgement-sized mail (~3 KB, Bangla then English) for the raw send test.
fn ack_sized_mail(i: usize) -> Vec<u8> {
    let bn = "প্রিয় নাগরিক, আপনার আবেদন আমরা পেয়েছি। টিকিট নম্বর MEL-2026-০০০১২৩। সেবা: ওয়েব পোর্টাল হালনাগাদ করার বিষয়ে সহায়তা প্রদান। নির্ধারিত সময়: ৩ কার্যদিবস। উত্তর দিতে এই মেইলের জবাব দিন। ";
    let en = "Dear citizen, we have received your request. Ticket MEL-2026-000123. Service: help with updating the office web portal. Deadline: 3 working days. Reply to this mail to add information. ";
    let mut body = String::new();
    body.push_str(bn);
    body.push_str(bn);
    body.push_str("\n\n");
    body.push_str(en);
    body.push_str(en);
    body.push_str(
        "\n\n-- \nউপজেলা আইসিটি অফিস, মেলান্দহ, জামালপুর\nUpazila ICT Office, Melandaha, Jamalpur\n",
    );
    format!(
        "From: =?UTF-8?B?{name}?= <{OFFICE}>\r\nTo: citizen1@example.test\r\n\
         Subject: =?UTF-8?B?{subject}?=\r\nMessage-ID: <rawsend.{i}@office.test>\r\n\
         Date: {date}\r\nMIME-Version: 1.0\r\nAuto-Submitted: auto-replied\r\n\
         Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n{text}\r\n",
        name = b64().encode("উপজেলা আইসিটি অফিস".as_bytes()),
        subject = b64().encode(format!("[MEL-2026-{i:06}] আবেদন গৃহীত / Request received").as_bytes()),
        date = rfc2822_now(),
        text = wrap76(&b64().encode(body.as_bytes())),
    )
    .into_bytes()
}

/// A request for the latency test: unique subject and Message-ID.
fn latency_request(run: usize, i: usize) -> (Vec<u8>, String) {
    let id = format!("lat.{run}.{i}.{}@mail.example.test", std::process::id());
    let from = format!("citizen{}@example.test", i % 3 + 1);
    let subject = format!("ওয়েব পোর্টাল হালনাগাদ করার অনুরোধ #{run}-{i}");
    let body = "জনাব, আমাদের ইউনিয়নের ওয়েব পোর্টালে নতুন নোটিশ আপলোড করা যাচ্ছে না। অনুগ্রহ করে ওয়েব পোর্টাল হালনাগাদ করতে সহায়তা করুন।\nPlease help us update the union web portal.\n";
    let raw = format!(
        "From: =?UTF-8?B?{name}?= <{from}>\r\nTo: {OFFICE}\r\nSubject: =?UTF-8?B?{subject}?=\r\n\
         Message-ID: <{id}>\r\nDate: {date}\r\nMIME-Version: 1.0\r\n\
         Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n{body}\r\n",
        name = b64().encode("মোঃ রহিম উদ্দিন".as_bytes()),
        subject = b64().encode(subject.as_bytes()),
        date = rfc2822_now(),
        body = wrap76(&b64().encode(body.as_bytes())),
    );
    (raw.into_bytes(), id)
}

// ---------------------------------------------------------------------------------------
// Phases.

async fn append_backlog(ctx: &Ctx, msgs: Arc<Vec<Vec<u8>>>) -> Duration {
    let t = Instant::now();
    let mut tasks = Vec::new();
    for k in 0..APPENDERS {
        let msgs = msgs.clone();
        let (port, ca) = (ctx.imaps, ctx.ca.clone());
        tasks.push(tokio::spawn(async move {
            let mut s = imap_connect(port, &ca, OFFICE, false).await;
            for m in msgs.iter().skip(k).step_by(APPENDERS) {
                s.append("INBOX", None, None, m).await.expect("APPEND");
                drain(&mut s);
            }
            let _ = s.logout().await;
        }));
    }
    for t in tasks {
        t.await.expect("appender panicked");
    }
    t.elapsed()
}

struct Fetched {
    secs: f64,
    msgs: usize,
    bytes: usize,
    /// The bench's own client is the process measured.
    cpu: CpuUse,
}

async fn raw_fetch(ctx: &Ctx, uids: &[u32]) -> Fetched {
    let mut s = ctx.imap(OFFICE, true).await;
    let t = Instant::now();
    let mark = CpuMark::now("self");
    let (mut msgs, mut bytes) = (0, 0);
    for chunk in uids.chunks(FETCH_BATCH) {
        let set = uid_set(chunk);
        {
            let mut st = s
                .uid_fetch(&set, "(UID BODY.PEEK[])")
                .await
                .expect("UID FETCH");
            while let Some(f) = st.try_next().await.expect("FETCH response") {
                if let Some(b) = f.body() {
                    msgs += 1;
                    bytes += b.len();
                }
            }
        }
        drain(&mut s);
    }
    let secs = t.elapsed().as_secs_f64();
    let cpu = cpu_use(&mark, &CpuMark::now("self"), msgs);
    let _ = s.logout().await;
    Fetched {
        secs,
        msgs,
        bytes,
        cpu,
    }
}

struct Ingest {
    /// From "watching mailbox" to the last message committed.
    secs: f64,
    from_spawn: f64,
    messages: i64,
    tickets: i64,
    acks: i64,
    rss_max_kb: u64,
    hwm_kb: u64,
    complete: bool,
    /// The daemon is the process measured, from "watching mailbox" to the last commit.
    cpu: CpuUse,
}

async fn ingest(ctx: &Ctx, db: &Path, n: usize, run: usize) -> Ingest {
    // The black hole: accepts SMTP connections and never says a word, so the outbox worker
    // waits on its first mail(s) instead of failing every queued acknowledgement into backoff.
    let hole = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind black hole");
    let hole_port = hole.local_addr().unwrap().port();
    let hole_task = tokio::spawn(async move {
        let mut held = Vec::new();
        while let Ok((s, _)) = hole.accept().await {
            held.push(s);
        }
    });
    let mut env = ctx.env(db, hole_port);
    env.push(("SEBADESK_SMTP_TIMEOUT".into(), "3600".into()));
    if let Ok(extra) = std::env::var("BENCH_DRAIN_ENV") {
        for pair in extra.split_whitespace() {
            if let Some((k, v)) = pair.split_once('=') {
                env.push((k.to_string(), v.to_string()));
            }
        }
    }
    let mut d = Daemon::spawn(
        ctx,
        &env,
        &["run", "--since", "2000-01-01"],
        ctx.dir.join(format!("ingest-{run}.log")),
    );
    let (stop, sampler) = rss_sampler(d.pid());
    let mut t_watch: Option<Instant> = None;
    let mut cpu_start: Option<CpuMark> = None;
    let pid = d.pid().to_string();
    let mut pool: Option<sqlx::SqlitePool> = None;
    let mut last = (-1i64, Instant::now());
    let mut tick = 0u64;
    let mut complete = false;
    let mut next_report = Instant::now() + Duration::from_secs(15);
    let t_done = loop {
        tokio::time::sleep(Duration::from_millis(20)).await;
        tick += 1;
        if t_watch.is_none() && d.log_text().contains("watching mailbox") {
            t_watch = Some(Instant::now());
            cpu_start = Some(CpuMark::now(&pid));
        }
        d.check_alive();
        if !tick.is_multiple_of(5) {
            continue;
        }
        if pool.is_none() {
            pool = open_db(db).await;
        }
        let Some(p) = &pool else { continue };
        // Only the journal is polled: tickets and acknowledgements commit in the same
        // transactions (counted once at the end), and a count of outbox rows by kind scans
        // the table, CPU taken from the daemon being measured.
        let Some(m) = scalar(p, "SELECT COUNT(*) FROM messages").await else {
            continue;
        };
        if m as usize >= n {
            complete = true;
            break Instant::now();
        }
        if m != last.0 {
            last = (m, Instant::now());
        } else if last.1.elapsed() > Duration::from_secs(120) {
            say!("  WARNING: ingest stalled at {m}/{n} messages for 120 s; giving up this run");
            break Instant::now();
        }
        if Instant::now() > next_report {
            next_report += Duration::from_secs(15);
            say!("    … {m}/{n} messages");
        }
    };
    let cpu_end = CpuMark::now(&pid);
    let mut counts = (0i64, 0i64, 0i64);
    if let Some(p) = &pool {
        counts = (
            scalar(p, "SELECT COUNT(*) FROM messages")
                .await
                .unwrap_or(0),
            scalar(p, "SELECT COUNT(*) FROM tickets").await.unwrap_or(0),
            scalar(p, "SELECT COUNT(*) FROM outbox WHERE kind = 'ack'")
                .await
                .unwrap_or(0),
        );
    }
    let (_, hwm) = rss_kb(d.pid());
    stop.store(true, Ordering::SeqCst);
    let rss_max = sampler.await.unwrap_or(0);
    if let Some(p) = pool {
        p.close().await;
    }
    // Stuck on the black hole by design: SIGKILL. The next start releases its outbox claims.
    d.kill();
    hole_task.abort();
    let t_watch = t_watch.unwrap_or(d.spawned);
    Ingest {
        secs: (t_done - t_watch).as_secs_f64(),
        from_spawn: (t_done - d.spawned).as_secs_f64(),
        messages: counts.0,
        tickets: counts.1,
        acks: counts.2,
        rss_max_kb: rss_max,
        hwm_kb: hwm,
        complete,
        cpu: cpu_start
            .map(|start| cpu_use(&start, &cpu_end, counts.0.max(0) as usize))
            .unwrap_or_default(),
    }
}

/// Empties the sink before a send phase, so that every phase delivers into an empty mailbox
/// (Dovecot's LMTP delivery costs more as a Maildir grows, and that CPU is taken from the
/// sender measured). Returns what the sink holds after (0).
async fn empty_sink(ctx: &Ctx) -> u32 {
    let mut s = ctx.imap(SINK, false).await;
    if select(&mut s).await.exists > 0 {
        delete_uids(&mut s, "1:*").await;
    }
    let left = select(&mut s).await.exists;
    let _ = s.logout().await;
    left
}

/// Waits until the sink holds `target` messages or nothing arrives for 60 s; returns the count.
async fn wait_sink(ctx: &Ctx, target: u32) -> (u32, f64) {
    let t = Instant::now();
    let mut s = ctx.imap(SINK, false).await;
    let mut last = (0u32, Instant::now());
    loop {
        let c = select(&mut s).await.exists;
        if c >= target {
            let _ = s.logout().await;
            return (c, t.elapsed().as_secs_f64());
        }
        if c != last.0 {
            last = (c, Instant::now());
        } else if last.1.elapsed() > Duration::from_secs(60) {
            let _ = s.logout().await;
            return (c, t.elapsed().as_secs_f64());
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

struct RawSend {
    secs: f64,
    sent: usize,
    errors: usize,
    /// The bench's own senders are the process measured.
    cpu: CpuUse,
}

/// An authenticated STARTTLS submission connection. `nodelay`: set TCP_NODELAY on the socket
/// (lettre's own `connect_tokio1` leaves Nagle's algorithm on).
async fn smtp_connect(
    ctx_smtp: u16,
    params: &lettre::transport::smtp::client::TlsParameters,
    nodelay: bool,
) -> Result<lettre::transport::smtp::client::AsyncSmtpConnection, lettre::transport::smtp::Error> {
    use lettre::transport::smtp::authentication::{Credentials, Mechanism};
    use lettre::transport::smtp::client::AsyncSmtpConnection;
    use lettre::transport::smtp::extension::ClientId;
    let hello = ClientId::Domain("bench.example.test".into());
    let creds = Credentials::new(OFFICE.into(), "ict.melandaha-pass".into());
    let mut c = if nodelay {
        let tcp = TcpStream::connect(("127.0.0.1", ctx_smtp))
            .await
            .expect("SMTP TCP connect");
        tcp.set_nodelay(true).expect("TCP_NODELAY");
        AsyncSmtpConnection::connect_with_transport(Box::new(tcp), &hello).await?
    } else {
        AsyncSmtpConnection::connect_tokio1(
            ("127.0.0.1", ctx_smtp),
            Some(Duration::from_secs(30)),
            &hello,
            None,
            None,
        )
        .await?
    };
    c.starttls(params.clone(), &hello).await?;
    c.auth(&[Mechanism::Plain, Mechanism::Login], &creds)
        .await?;
    Ok(c)
}

fn smtp_tls(ctx: &Ctx) -> lettre::transport::smtp::client::TlsParameters {
    use lettre::transport::smtp::client::{Certificate, TlsParameters};
    let pem = std::fs::read(&ctx.ca).expect("read CA");
    TlsParameters::builder("localhost".into())
        .add_root_certificate(Certificate::from_pem(&pem).expect("CA pem"))
        .build_rustls()
        .expect("TLS parameters")
}

fn ack_envelope() -> lettre::address::Envelope {
    lettre::address::Envelope::new(
        Some(OFFICE.parse().unwrap()),
        vec!["citizen1@example.test".parse().unwrap()],
    )
    .unwrap()
}

/// `n` ack-sized mails over `SENDERS` persistent connections (lettre `AsyncSmtpConnection`).
/// `n` synthetic ack-sized mails to one recipient (ids from `first_id`).
fn synthetic_acks(n: usize, first_id: usize) -> Vec<(lettre::address::Envelope, Vec<u8>)> {
    (first_id..first_id + n)
        .map(|i| (ack_envelope(), ack_sized_mail(i)))
        .collect()
}

/// The acknowledgements the daemon queued during ingest, byte for byte with their envelopes:
/// the raw sender then does the same job as the daemon's outbox (the same Postfix work per
/// mail: 10,000 distinct recipients, the same sizes).
async fn queued_acks(db: &Path) -> Vec<(lettre::address::Envelope, Vec<u8>)> {
    let Some(pool) = open_db(db).await else {
        return Vec::new();
    };
    let rows: Vec<(String, String, Vec<u8>)> = sqlx::query_as(
        "SELECT o.mail_from, o.rcpt_to, b.raw FROM outbox o
             JOIN outbox_bodies b ON b.outbox_id = o.id
             WHERE o.kind = 'ack' ORDER BY o.id",
    )
    .fetch_all(&pool)
    .await
    .unwrap_or_default();
    pool.close().await;
    rows.into_iter()
        .filter_map(|(from, to, raw)| {
            let envelope =
                lettre::address::Envelope::new(Some(from.parse().ok()?), vec![to.parse().ok()?])
                    .ok()?;
            Some((envelope, raw))
        })
        .collect()
}

async fn raw_send(
    ctx: &Ctx,
    mails: Vec<(lettre::address::Envelope, Vec<u8>)>,
    nodelay: bool,
) -> RawSend {
    let mails = Arc::new(mails);
    let params = smtp_tls(ctx);
    let next = Arc::new(AtomicUsize::new(0));
    let errors = Arc::new(AtomicUsize::new(0));
    let port = ctx.smtp;
    let t = Instant::now();
    let mark = CpuMark::now("self");
    let mut tasks = Vec::new();
    for _ in 0..SENDERS {
        let (mails, params, next, errors) =
            (mails.clone(), params.clone(), next.clone(), errors.clone());
        tasks.push(tokio::spawn(async move {
            let mut conn = smtp_connect(port, &params, nodelay)
                .await
                .expect("SMTP connect");
            let mut sent = 0usize;
            loop {
                let i = next.fetch_add(1, Ordering::SeqCst);
                if i >= mails.len() {
                    break;
                }
                let (envelope, mail) = &mails[i];
                let mut ok = conn.send(envelope, mail).await.is_ok();
                if !ok {
                    // One reconnect and retry, then count it as an error.
                    conn = smtp_connect(port, &params, nodelay)
                        .await
                        .expect("SMTP reconnect");
                    ok = conn.send(envelope, mail).await.is_ok();
                }
                if ok {
                    sent += 1;
                } else {
                    errors.fetch_add(1, Ordering::SeqCst);
                }
            }
            let _ = conn.quit().await;
            sent
        }));
    }
    let mut sent = 0;
    for t in tasks {
        sent += t.await.expect("sender panicked");
    }
    RawSend {
        secs: t.elapsed().as_secs_f64(),
        sent,
        errors: errors.load(Ordering::SeqCst),
        cpu: cpu_use(&mark, &CpuMark::now("self"), sent),
    }
}

/// The floor under APPEND→ack: one mail submitted (open TCP_NODELAY connection) until it is
/// in the sink, polled like the latency test. Seconds per sample.
async fn smtp_floor(ctx: &Ctx, samples: usize) -> Vec<f64> {
    let params = smtp_tls(ctx);
    let mut conn = smtp_connect(ctx.smtp, &params, true)
        .await
        .expect("SMTP connect");
    let mut sink = ctx.imap(SINK, false).await;
    let mut next_uid = select(&mut sink).await.uid_next.unwrap_or(1);
    let envelope = ack_envelope();
    let mut out = Vec::new();
    for i in 0..samples {
        let mail = ack_sized_mail(900_000 + i);
        let t0 = Instant::now();
        conn.send(&envelope, &mail).await.expect("SMTP send");
        while t0.elapsed() < Duration::from_secs(30) {
            let new = uids_from(&mut sink, next_uid).await;
            if let Some(last) = new.last() {
                next_uid = last + 1;
                out.push(t0.elapsed().as_secs_f64());
                break;
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }
    let _ = conn.quit().await;
    let _ = sink.logout().await;
    out
}

/// The floor under the intake half of APPEND→ack: a minimal client in IDLE on another
/// mailbox (citizen2), one APPEND from a second connection, until the server's EXISTS.
async fn idle_floor(ctx: &Ctx, samples: usize) -> Vec<f64> {
    let user = "citizen2@example.test";
    let mut watcher = ctx.imap(user, true).await;
    let mut writer = ctx.imap(user, false).await;
    let mut out = Vec::new();
    for i in 0..samples {
        let mut h = watcher.idle();
        h.init().await.expect("IDLE");
        tokio::time::sleep(Duration::from_millis(100)).await;
        let raw = latency_request(0, 100_000 + i).0;
        let t0 = Instant::now();
        let got = {
            let (fut, stop) = h.wait_with_timeout(Duration::from_secs(10));
            let woke = async {
                let r = fut.await;
                (r, Instant::now())
            };
            let (woke, appended) = tokio::join!(woke, writer.append("INBOX", None, None, &raw));
            appended.expect("APPEND");
            drop(stop);
            match woke {
                (Ok(async_imap::extensions::idle::IdleResponse::NewData(_)), at) => {
                    Some((at - t0).as_secs_f64())
                }
                _ => None,
            }
        };
        watcher = h.done().await.expect("IDLE DONE");
        drain(&mut watcher);
        drain(&mut writer);
        if let Some(v) = got {
            out.push(v);
        }
    }
    let _ = watcher.logout().await;
    let _ = writer.logout().await;
    out
}

struct Delivery {
    secs: f64,
    sent: i64,
    failed: i64,
    startup: f64,
    /// The daemon is the process measured, from spawn to the last mail recorded sent.
    cpu: CpuUse,
}

/// Restarts the daemon on the ingest database with the real submission port and waits until
/// no acknowledgement is queued. Returns the (still running) daemon for the latency test.
async fn outbox_delivery(ctx: &Ctx, db: &Path, run: usize) -> (Delivery, Daemon) {
    let env = ctx.env(db, ctx.smtp);
    let mut d = Daemon::spawn(
        ctx,
        &env,
        &["run"],
        ctx.dir.join(format!("deliver-{run}.log")),
    );
    let pid = d.pid().to_string();
    let cpu_start = CpuMark::now(&pid);
    let pool = loop {
        if let Some(p) = open_db(db).await {
            break p;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    let total = scalar(&pool, "SELECT COUNT(*) FROM outbox WHERE kind = 'ack'")
        .await
        .unwrap_or(0);
    let mut t_watch = None;
    let mut last = (-1i64, Instant::now());
    let mut next_report = Instant::now() + Duration::from_secs(15);
    let (done, sent, failed) = loop {
        tokio::time::sleep(Duration::from_millis(100)).await;
        if t_watch.is_none() && d.log_text().contains("watching mailbox") {
            t_watch = Some(Instant::now());
        }
        d.check_alive();
        // Counted from the tickets' `ack-sent`/`ack-failed` events (written in the same
        // transaction as the outbox row's status), which an index answers: counting outbox
        // rows by kind and status scans the table every 100 ms, and that CPU (~250 µs per
        // mail sent) was taken from the daemon and Postfix being measured.
        let sent = scalar(
            &pool,
            "SELECT COUNT(*) FROM ticket_events WHERE kind = 'ack-sent'",
        )
        .await
        .unwrap_or(0);
        let failed = scalar(
            &pool,
            "SELECT COUNT(*) FROM ticket_events WHERE kind = 'ack-failed'",
        )
        .await
        .unwrap_or(0);
        if sent + failed >= total {
            break (Instant::now(), sent, failed);
        }
        if sent != last.0 {
            last = (sent, Instant::now());
        } else if last.1.elapsed() > Duration::from_secs(120) {
            say!("  WARNING: outbox stalled at {sent}/{total} sent for 120 s; giving up this run");
            break (Instant::now(), sent, failed);
        }
        if Instant::now() > next_report {
            next_report += Duration::from_secs(15);
            say!("    … {sent}/{total} acknowledgements sent");
        }
    };
    let cpu = cpu_use(&cpu_start, &CpuMark::now(&pid), sent.max(0) as usize);
    pool.close().await;
    let startup = t_watch
        .map(|t| (t - d.spawned).as_secs_f64())
        .unwrap_or(f64::NAN);
    (
        Delivery {
            secs: (done - d.spawned).as_secs_f64(),
            sent,
            failed,
            startup,
            cpu,
        },
        d,
    )
}

struct Latency {
    secs: Vec<f64>,
    timeouts: usize,
}

async fn latency(ctx: &Ctx, count: usize, run: usize) -> Latency {
    let mut office = ctx.imap(OFFICE, false).await;
    let mut sink = ctx.imap(SINK, false).await;
    let mut next_uid = select(&mut sink).await.uid_next.unwrap_or(1);
    let mut secs = Vec::new();
    let mut timeouts = 0;
    for i in 0..count {
        let (raw, id) = latency_request(run, i);
        let t0 = Instant::now();
        office
            .append("INBOX", None, None, &raw)
            .await
            .expect("APPEND latency request");
        drain(&mut office);
        let found = 'poll: loop {
            if t0.elapsed() > Duration::from_secs(30) {
                break 'poll false;
            }
            let new = uids_from(&mut sink, next_uid).await;
            if !new.is_empty() {
                next_uid = new.last().unwrap() + 1;
                let mut hit = false;
                {
                    let mut st = sink
                        .uid_fetch(uid_set(&new), "(UID BODY.PEEK[HEADER])")
                        .await
                        .expect("UID FETCH header");
                    while let Some(f) = st.try_next().await.expect("FETCH header") {
                        if let Some(h) = f.header()
                            && find(h, id.as_bytes()).is_some()
                        {
                            hit = true;
                        }
                    }
                }
                drain(&mut sink);
                if hit {
                    break 'poll true;
                }
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        };
        if found {
            secs.push(t0.elapsed().as_secs_f64());
        } else {
            timeouts += 1;
            say!("    latency request {i}: no acknowledgement within 30 s");
        }
    }
    let _ = office.logout().await;
    let _ = sink.logout().await;
    Latency { secs, timeouts }
}

struct Idle {
    startup: f64,
    rss_kb: u64,
    hwm_kb: u64,
}

/// The idle daemon's footprint; with `web`, the web desk is on (`web.listen` on a free
/// loopback port) and has served its sign-in page once before the measure (issue 17: idle
/// RSS < 40 MB with the desk on).
async fn idle_footprint(ctx: &Ctx, run: usize, web: bool) -> Idle {
    let name = if web { "idle-web" } else { "idle" };
    let db = ctx.dir.join(format!("{name}-{run}.db"));
    let mut env = ctx.env(&db, ctx.smtp);
    let web_addr = web.then(|| {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .map(|a| a.port())
            .expect("a free loopback port");
        format!("127.0.0.1:{port}")
    });
    if let Some(addr) = &web_addr {
        env.push(("SEBADESK_WEB_LISTEN".into(), addr.clone()));
    }
    let mut d = Daemon::spawn(
        ctx,
        &env,
        &["run"],
        ctx.dir.join(format!("{name}-{run}.log")),
    );
    let watching = d
        .wait_log("watching mailbox", Duration::from_secs(60))
        .await;
    let startup = (watching - d.spawned).as_secs_f64();
    if let Some(addr) = &web_addr {
        let page = web_get(addr, "/signin").await;
        if !page.starts_with("HTTP/1.1 200") {
            say!(
                "  note: the web desk answered GET /signin with {:?}",
                page.lines().next()
            );
        }
    }
    // Let it enter IDLE and settle.
    tokio::time::sleep(Duration::from_millis(1500)).await;
    d.check_alive();
    let (rss, hwm) = rss_kb(d.pid());
    let code = d.term().await;
    if code != Some(0) {
        say!("  note: idle daemon exit status {code:?} after SIGTERM");
    }
    Idle {
        startup,
        rss_kb: rss,
        hwm_kb: hwm,
    }
}

/// One plain HTTP/1.1 GET on loopback: the whole answer as text.
async fn web_get(addr: &str, path: &str) -> String {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let Ok(mut s) = tokio::net::TcpStream::connect(addr).await else {
        return String::new();
    };
    let ask = format!("GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n");
    let mut buf = Vec::new();
    if s.write_all(ask.as_bytes()).await.is_ok() {
        let _ = tokio::time::timeout(Duration::from_secs(10), s.read_to_end(&mut buf)).await;
    }
    String::from_utf8_lossy(&buf).into_owned()
}

struct ClassifierSpeed {
    classify: f64,
    assess: f64,
}

fn classifier_speed(templates: &[Vec<u8>]) -> ClassifierSpeed {
    let c = load_classifier();
    let identity = sebadesk::triage::OfficeIdentity {
        code: "MEL".into(),
        address: OFFICE.into(),
        officer_email: "officer@office.test".into(),
    };
    let parsed: Vec<_> = templates
        .iter()
        .filter_map(|r| sebadesk::intake::parse::parse(r))
        .collect();
    let mut sink = 0usize;
    let start = Instant::now();
    let mut n = 0usize;
    while start.elapsed() < Duration::from_millis(1500) {
        for m in &parsed {
            let r = c.classify(&sebadesk::classify::Request {
                subject: &m.subject,
                body: &m.text,
                attachment_names: &m.attachment_names,
            });
            sink += r.service.map_or(0, |s| s.len());
            n += 1;
        }
    }
    let classify = n as f64 / start.elapsed().as_secs_f64();
    let start = Instant::now();
    let mut n = 0usize;
    while start.elapsed() < Duration::from_millis(1500) {
        for raw in templates {
            if let Some(m) = sebadesk::intake::parse::parse(raw) {
                let a = sebadesk::pipeline::assess(&identity, &c, &m);
                sink += a.triage.reasons.len();
            }
            n += 1;
        }
    }
    let assess = n as f64 / start.elapsed().as_secs_f64();
    std::hint::black_box(sink);
    ClassifierSpeed { classify, assess }
}

// ---------------------------------------------------------------------------------------
// Statistics and the table.

#[derive(Default)]
struct Series(Vec<f64>);

impl Series {
    fn push(&mut self, v: f64) {
        if v.is_finite() {
            self.0.push(v);
        }
    }
    fn sorted(&self) -> Vec<f64> {
        let mut v = self.0.clone();
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
    fn min(&self) -> f64 {
        self.sorted().first().copied().unwrap_or(f64::NAN)
    }
    fn max(&self) -> f64 {
        self.sorted().last().copied().unwrap_or(f64::NAN)
    }
}

enum Target {
    None,
    AtLeast(f64, &'static str),
    AtMost(f64, &'static str),
    Below(f64, &'static str),
}

struct Row {
    name: String,
    s: Series,
    decimals: usize,
    target: Target,
}

fn fmt(v: f64, d: usize) -> String {
    if v.is_nan() {
        "–".into()
    } else {
        format!("{v:.d$}")
    }
}

fn print_table(rows: &[Row]) {
    let mut lines: Vec<[String; 5]> = vec![[
        "measure".into(),
        "median".into(),
        "spread (min–max)".into(),
        "target".into(),
        "met?".into(),
    ]];
    for r in rows {
        let m = r.s.median();
        let (target, met) = match r.target {
            Target::None => ("–".to_string(), "–".to_string()),
            Target::AtLeast(t, label) => (label.to_string(), yes(m >= t)),
            Target::AtMost(t, label) => (label.to_string(), yes(m <= t)),
            Target::Below(t, label) => (label.to_string(), yes(m < t)),
        };
        let met = if m.is_nan() && met != "–" {
            "?".to_string()
        } else {
            met
        };
        lines.push([
            r.name.clone(),
            fmt(m, r.decimals),
            format!(
                "{} – {}",
                fmt(r.s.min(), r.decimals),
                fmt(r.s.max(), r.decimals)
            ),
            target,
            met,
        ]);
    }
    let width = |i: usize| {
        lines
            .iter()
            .map(|l| l[i].chars().count())
            .max()
            .unwrap_or(0)
    };
    let w: Vec<usize> = (0..5).map(width).collect();
    let pad = |s: &str, n: usize| format!("{s}{}", " ".repeat(n - s.chars().count()));
    for (k, l) in lines.iter().enumerate() {
        say!(
            "| {} | {} | {} | {} | {} |",
            pad(&l[0], w[0]),
            pad(&l[1], w[1]),
            pad(&l[2], w[2]),
            pad(&l[3], w[3]),
            pad(&l[4], w[4])
        );
        if k == 0 {
            say!(
                "|{}|{}|{}|{}|{}|",
                "-".repeat(w[0] + 2),
                "-".repeat(w[1] + 2),
                "-".repeat(w[2] + 2),
                "-".repeat(w[3] + 2),
                "-".repeat(w[4] + 2)
            );
        }
    }
}

fn yes(b: bool) -> String {
    if b { "yes".into() } else { "NO".into() }
}

// ---------------------------------------------------------------------------------------

async fn real_main(args: Args) {
    let t_all = Instant::now();
    say!(
        "sebadesk bench: N = {}, runs = {}, latency requests = {}",
        args.n,
        args.runs,
        args.latency
    );
    say!("code: {}", git_describe());
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|t| {
            t.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split_once(':'))
                .map(|(_, v)| v.trim().to_string())
        })
        .unwrap_or_else(|| "?".into());
    say!(
        "machine: {} CPUs ({cpu})",
        std::thread::available_parallelism().map_or(0, |n| n.get())
    );

    let bin = daemon_binary().unwrap_or_else(|e| {
        eprintln!("bench: {e}");
        cleanup();
        std::process::exit(1);
    });
    say!("daemon: {}", bin.display());

    let (templates, desc) = load_templates(args.generated);
    let mut backlog: Vec<Vec<u8>> = (0..args.n)
        .map(|i| make_copy(&templates[i % templates.len()].raw, i))
        .collect();
    if args.large {
        add_large_mail(&mut backlog);
    }
    if args.realworld {
        add_real_world_mail(&mut backlog);
    }
    let bytes: usize = backlog.iter().map(Vec::len).sum();
    say!("messages: {desc}");
    say!(
        "backlog: {} messages, {:.1} MB, mean {:.0} B (Message-ID unique per copy, -b<i> suffix on the sender)",
        backlog.len(),
        bytes as f64 / 1e6,
        bytes as f64 / backlog.len() as f64
    );

    let mut ctx = Ctx {
        bin,
        dir: PathBuf::new(),
        ca: PathBuf::new(),
        imaps: 0,
        smtp: 0,
        concurrency: None,
    };
    new_stack(&mut ctx);

    // Does this build know smtp.concurrency?
    let probe_db = ctx.dir.join("probe.db");
    ctx.concurrency = Some(SENDERS as u32);
    let out = ctx
        .command(&ctx.env(&probe_db, ctx.smtp), &["config", "check"])
        .output()
        .expect("sebadesk config check");
    if out.status.success() {
        say!(
            "daemon SMTP: smtp.concurrency = {SENDERS} (SEBADESK_SMTP_CONCURRENCY accepted by config check)"
        );
    } else {
        ctx.concurrency = None;
        let out2 = ctx
            .command(&ctx.env(&probe_db, ctx.smtp), &["config", "check"])
            .output()
            .expect("sebadesk config check");
        if !out2.status.success() {
            panic!(
                "sebadesk config check fails: {}",
                String::from_utf8_lossy(&out2.stderr)
            );
        }
        say!(
            "daemon SMTP: no smtp.concurrency in this build (config check: {}); one connection at a time",
            String::from_utf8_lossy(&out.stderr).trim()
        );
    }

    let backlog = Arc::new(backlog);
    let mut backlog_uids = load_backlog(&ctx, &backlog).await;
    let templates_raw: Vec<Vec<u8>> = templates.iter().map(|t| t.raw.clone()).collect();

    let mut fetch_rate = Series::default();
    let mut fetch_mb = Series::default();
    let mut ingest_rate = Series::default();
    let mut ingest_ratio = Series::default();
    let mut send_rate = Series::default();
    let mut deliver_rate = Series::default();
    let mut send_nagle = Series::default();
    let mut send_one_rcpt = Series::default();
    let mut floor = Series::default();
    let mut idle_fl = Series::default();
    let mut deliver_ratio = Series::default();
    let (mut p50, mut p90, mut p99, mut pmax) = (
        Series::default(),
        Series::default(),
        Series::default(),
        Series::default(),
    );
    let mut rss_idle = Series::default();
    let mut rss_drain = Series::default();
    let mut startup = Series::default();
    let mut cls = Series::default();
    let mut assess = Series::default();
    // CPU per message: [raw FETCH, ingest, raw send, delivery] × [measured process, rest].
    let mut cpu_us: [[Series; 2]; 4] = Default::default();
    let mut cpu_note = |i: usize, what: &str, who: &str, c: &CpuUse| {
        say!(
            "  CPU during {what}: {:.2} cores busy; per message {:.0} µs in {who}, {:.0} µs in the rest of the machine",
            c.cores,
            c.process_us,
            c.rest_us
        );
        let top: Vec<String> = c
            .top
            .iter()
            .map(|(cmd, us)| format!("{cmd} {us:.0}"))
            .collect();
        say!("    by command (µs per message): {}", top.join(", "));
        cpu_us[i][0].push(c.process_us);
        cpu_us[i][1].push(c.rest_us);
    };
    let mut all_latencies: Vec<f64> = Vec::new();
    let mut notes: Vec<String> = Vec::new();

    for run in 1..=args.runs {
        let t_run = Instant::now();
        say!("\n== run {run}/{} ==", args.runs);
        // Every run on a fresh stack: Dovecot's and Postfix's CPU per message grew from run
        // to run on a reused one (raw FETCH 38 → 70 → 82 µs, raw send 3.1 → 3.7 → 4.7 ms
        // per message in one 3-run bench), which made the later runs' ratios meaningless.
        if run > 1 {
            stop_stack();
            new_stack(&mut ctx);
            backlog_uids = load_backlog(&ctx, &backlog).await;
        }

        // 5a. Idle footprint and start-up.
        let idle = idle_footprint(&ctx, run, false).await;
        say!(
            "footprint idle: start-up to \"watching mailbox\" {:.2} s; VmRSS {:.1} MB, VmHWM {:.1} MB",
            idle.startup,
            idle.rss_kb as f64 / 1024.0,
            idle.hwm_kb as f64 / 1024.0
        );
        let web = idle_footprint(&ctx, run, true).await;
        say!(
            "footprint idle, web desk on (web.listen set, GET /signin served once): VmRSS {:.1} MB, VmHWM {:.1} MB",
            web.rss_kb as f64 / 1024.0,
            web.hwm_kb as f64 / 1024.0
        );
        rss_idle.push(idle.hwm_kb as f64 / 1024.0);
        startup.push(idle.startup);

        if args.memory_only {
            let db = ctx.dir.join(format!("bench-{run}.db"));
            let ing = ingest(&ctx, &db, backlog.len(), run).await;
            say!(
                "ingest: {} messages → {} tickets, {} acks queued in {:.2} s after \"watching mailbox\"{}",
                ing.messages,
                ing.tickets,
                ing.acks,
                ing.secs,
                if ing.complete { "" } else { " (INCOMPLETE)" }
            );
            say!(
                "footprint draining: VmHWM {:.1} MB (VmRSS sampled every 100 ms: max {:.1} MB)",
                ing.hwm_kb as f64 / 1024.0,
                ing.rss_max_kb as f64 / 1024.0
            );
            rss_drain.push(ing.hwm_kb.max(ing.rss_max_kb) as f64 / 1024.0);
            say!("run {run} took {:.0} s", t_run.elapsed().as_secs_f64());
            continue;
        }

        // 1. Raw intake limit.
        let f = raw_fetch(&ctx, &backlog_uids).await;
        let fr = f.msgs as f64 / f.secs;
        say!(
            "raw FETCH: {} messages, {:.1} MB in {:.2} s: {:.0} msgs/s, {:.1} MB/s",
            f.msgs,
            f.bytes as f64 / 1e6,
            f.secs,
            fr,
            f.bytes as f64 / 1e6 / f.secs
        );
        fetch_rate.push(fr);
        fetch_mb.push(f.bytes as f64 / 1e6 / f.secs);
        cpu_note(0, "raw FETCH", "the raw client", &f.cpu);

        // 2. Ingest (SMTP held off by the black hole).
        let db = ctx.dir.join(format!("bench-{run}.db"));
        let ing = ingest(&ctx, &db, backlog.len(), run).await;
        let ir = ing.messages as f64 / ing.secs;
        say!(
            "ingest: {} messages → {} tickets, {} acks queued in {:.2} s after \"watching mailbox\" ({:.2} s after spawn): {:.0} msgs/s = {:.0} % of raw FETCH{}",
            ing.messages,
            ing.tickets,
            ing.acks,
            ing.secs,
            ing.from_spawn,
            ir,
            100.0 * ir / fr,
            if ing.complete { "" } else { " (INCOMPLETE)" }
        );
        say!(
            "footprint draining: VmHWM {:.1} MB (VmRSS sampled every 100 ms: max {:.1} MB)",
            ing.hwm_kb as f64 / 1024.0,
            ing.rss_max_kb as f64 / 1024.0
        );
        if (ing.tickets as usize) < backlog.len() || (ing.acks as usize) < backlog.len() {
            notes.push(format!(
                "run {run}: {} messages gave {} tickets and {} acknowledgements (expected {} each)",
                ing.messages,
                ing.tickets,
                ing.acks,
                backlog.len()
            ));
        }
        if ing.complete {
            ingest_rate.push(ir);
            ingest_ratio.push(100.0 * ir / fr);
            cpu_note(1, "ingest", "the daemon", &ing.cpu);
        }
        rss_drain.push(ing.hwm_kb.max(ing.rss_max_kb) as f64 / 1024.0);

        // 3a. Raw send limit: the daemon's own queued acknowledgements (same bytes, same
        // envelopes) over TCP_NODELAY connections; then a synthetic ack to one recipient
        // (the measure of earlier tables), and lettre's default socket.
        let mut same = queued_acks(&db).await;
        let what = if same.len() == backlog.len() {
            "the daemon's queued acknowledgements"
        } else {
            same = synthetic_acks(backlog.len(), 0);
            "synthetic acks (the ingest database had too few)"
        };
        let before = empty_sink(&ctx).await;
        let rs = raw_send(&ctx, same, true).await;
        let sr = rs.sent as f64 / rs.secs;
        say!(
            "raw send ({SENDERS} persistent STARTTLS+AUTH connections, TCP_NODELAY) of {what}: {} mails in {:.2} s: {:.0} msgs/s ({} errors)",
            rs.sent,
            rs.secs,
            sr,
            rs.errors
        );
        send_rate.push(sr);
        cpu_note(2, "raw send", "the raw senders", &rs.cpu);
        let (c, w) = wait_sink(&ctx, before + rs.sent as u32).await;
        say!(
            "  sink: {}/{} delivered by Postfix → LMTP → Dovecot ({:.1} s after the last send)",
            c - before,
            rs.sent,
            w
        );
        let before = empty_sink(&ctx).await;
        let rs1 = raw_send(&ctx, synthetic_acks(backlog.len(), 0), true).await;
        let sr1 = rs1.sent as f64 / rs1.secs;
        say!(
            "raw send, synthetic 3 KB ack to one recipient, TCP_NODELAY: {} mails in {:.2} s: {:.0} msgs/s ({} errors)",
            rs1.sent,
            rs1.secs,
            sr1,
            rs1.errors
        );
        send_one_rcpt.push(sr1);
        let _ = wait_sink(&ctx, before + rs1.sent as u32).await;
        let n2 = backlog.len().min(2000);
        let before = empty_sink(&ctx).await;
        let rs2 = raw_send(&ctx, synthetic_acks(n2, backlog.len()), false).await;
        let sr2 = rs2.sent as f64 / rs2.secs;
        say!(
            "raw send, same but lettre's default socket (Nagle on), {} mails: {:.2} s: {:.0} msgs/s ({} errors)",
            rs2.sent,
            rs2.secs,
            sr2,
            rs2.errors
        );
        send_nagle.push(sr2);
        let _ = wait_sink(&ctx, before + rs2.sent as u32).await;
        let mut fl = smtp_floor(&ctx, 20).await;
        fl.sort_by(f64::total_cmp);
        say!(
            "SMTP submit → sink (one mail at a time, {} samples): p50 {:.3} s, max {:.3} s",
            fl.len(),
            percentile(&fl, 50.0),
            fl.last().copied().unwrap_or(f64::NAN)
        );
        floor.push(percentile(&fl, 50.0));
        let mut il = idle_floor(&ctx, 10).await;
        il.sort_by(f64::total_cmp);
        say!(
            "IMAP APPEND → IDLE EXISTS for a minimal client ({} samples): p50 {:.3} s, max {:.3} s",
            il.len(),
            percentile(&il, 50.0),
            il.last().copied().unwrap_or(f64::NAN)
        );
        idle_fl.push(percentile(&il, 50.0));

        // 3b. The daemon's outbox.
        let before = empty_sink(&ctx).await;
        let (dl, mut daemon) = outbox_delivery(&ctx, &db, run).await;
        let dr = dl.sent as f64 / dl.secs;
        say!(
            "outbox: {} acknowledgements sent ({} failed) in {:.2} s after spawn (start-up {:.2} s): {:.0} msgs/s = {:.0} % of raw send",
            dl.sent,
            dl.failed,
            dl.secs,
            dl.startup,
            dr,
            100.0 * dr / sr
        );
        deliver_rate.push(dr);
        cpu_note(3, "delivery", "the daemon", &dl.cpu);
        deliver_ratio.push(100.0 * dr / sr);
        let (c, w) = wait_sink(&ctx, before + dl.sent as u32).await;
        say!(
            "  sink: {}/{} acknowledgements arrived ({:.1} s after the last was sent)",
            c - before,
            dl.sent,
            w
        );
        if (c - before) as i64 != dl.sent {
            notes.push(format!(
                "run {run}: {} acknowledgements marked sent, {} arrived in the sink",
                dl.sent,
                c - before
            ));
        }

        // 4. Latency, daemon idle in IDLE.
        if args.latency > 0 {
            empty_sink(&ctx).await;
            tokio::time::sleep(Duration::from_secs(1)).await;
            let lat = latency(&ctx, args.latency, run).await;
            let mut v = lat.secs.clone();
            v.sort_by(f64::total_cmp);
            let (a, b, c, m) = (
                percentile(&v, 50.0),
                percentile(&v, 90.0),
                percentile(&v, 99.0),
                v.last().copied().unwrap_or(f64::NAN),
            );
            say!(
                "APPEND → ack in sink: {} requests: p50 {:.3} s, p90 {:.3} s, p99 {:.3} s, max {:.3} s, min {:.3} s ({} timeouts)",
                v.len(),
                a,
                b,
                c,
                m,
                v.first().copied().unwrap_or(f64::NAN),
                lat.timeouts
            );
            if lat.timeouts > 0 {
                notes.push(format!(
                    "run {run}: {} latency requests got no acknowledgement within 30 s",
                    lat.timeouts
                ));
            }
            p50.push(a);
            p90.push(b);
            p99.push(c);
            pmax.push(m);
            all_latencies.extend(v);
        }
        let code = daemon.term().await;
        if code != Some(0) {
            say!("  note: daemon exit status {code:?} after SIGTERM");
        }

        // 6. Classifier, one thread, nothing else running.
        let tr = templates_raw.clone();
        let cs = tokio::task::spawn_blocking(move || classifier_speed(&tr))
            .await
            .expect("classifier");
        say!(
            "classifier (one thread): classify {:.0} mails/s; parse + triage + classify {:.0} mails/s",
            cs.classify,
            cs.assess
        );
        cls.push(cs.classify);
        assess.push(cs.assess);
        say!("run {run} took {:.0} s", t_run.elapsed().as_secs_f64());
    }

    if args.memory_only {
        say!(
            "\n== footprints ({} runs, median [min – max]) ==\nidle VmHWM: {:.1} MB [{:.1} – {:.1}]\ndraining VmHWM: {:.1} MB [{:.1} – {:.1}]",
            args.runs,
            rss_idle.median(),
            rss_idle.min(),
            rss_idle.max(),
            rss_drain.median(),
            rss_drain.min(),
            rss_drain.max()
        );
        return;
    }

    let mut rows = vec![
        Row {
            name: "raw IMAP FETCH (msgs/s)".into(),
            s: fetch_rate,
            decimals: 0,
            target: Target::None,
        },
        Row {
            name: "raw IMAP FETCH (MB/s)".into(),
            s: fetch_mb,
            decimals: 1,
            target: Target::None,
        },
        Row {
            name: "sebadesk ingest (msgs/s)".into(),
            s: ingest_rate,
            decimals: 0,
            target: Target::None,
        },
        Row {
            name: "ingest / raw FETCH (%)".into(),
            s: ingest_ratio,
            decimals: 1,
            target: Target::AtLeast(50.0, "≥ 50 %"),
        },
        Row {
            name: format!("raw SMTP send of the acks, {SENDERS} conns (msgs/s)"),
            s: send_rate,
            decimals: 0,
            target: Target::None,
        },
        Row {
            name: "raw SMTP send, synthetic, 1 rcpt (msgs/s)".into(),
            s: send_one_rcpt,
            decimals: 0,
            target: Target::None,
        },
        Row {
            name: format!("raw SMTP send, {SENDERS} conns, Nagle on (msgs/s)"),
            s: send_nagle,
            decimals: 0,
            target: Target::None,
        },
        Row {
            name: "sebadesk ack delivery (msgs/s)".into(),
            s: deliver_rate,
            decimals: 1,
            target: Target::None,
        },
        Row {
            name: "ack delivery / raw send (%)".into(),
            s: deliver_ratio,
            decimals: 1,
            target: Target::AtLeast(80.0, "≥ 80 %"),
        },
        Row {
            name: "SMTP submit→sink floor p50 (s)".into(),
            s: floor,
            decimals: 3,
            target: Target::None,
        },
        Row {
            name: "APPEND→IDLE EXISTS floor p50 (s)".into(),
            s: idle_fl,
            decimals: 3,
            target: Target::None,
        },
        Row {
            name: "APPEND→ack p50 (s)".into(),
            s: p50,
            decimals: 3,
            target: Target::AtMost(0.8, "≤ 0.8 s"),
        },
        Row {
            name: "APPEND→ack p90 (s)".into(),
            s: p90,
            decimals: 3,
            target: Target::None,
        },
        Row {
            name: "APPEND→ack p99 (s)".into(),
            s: p99,
            decimals: 3,
            target: Target::AtMost(1.5, "≤ 1.5 s"),
        },
        Row {
            name: "APPEND→ack max (s)".into(),
            s: pmax,
            decimals: 3,
            target: Target::None,
        },
        Row {
            name: "peak RSS idle, VmHWM (MB)".into(),
            s: rss_idle,
            decimals: 1,
            target: Target::Below(32.0, "< 32 MB"),
        },
        Row {
            name: "peak RSS draining N (MB)".into(),
            s: rss_drain,
            decimals: 1,
            target: Target::Below(64.0, "< 64 MB"),
        },
        Row {
            name: "start-up to \"watching mailbox\" (s)".into(),
            s: startup,
            decimals: 2,
            target: Target::None,
        },
        Row {
            name: "classifier, 1 core (mails/s)".into(),
            s: cls,
            decimals: 0,
            target: Target::AtLeast(10_000.0, "≥ 10,000/s"),
        },
        Row {
            name: "parse+triage+classify, 1 core (mails/s)".into(),
            s: assess,
            decimals: 0,
            target: Target::None,
        },
    ];
    let phases = [
        ("raw FETCH", "client"),
        ("ingest", "daemon"),
        ("raw send", "client"),
        ("delivery", "daemon"),
    ];
    for ((phase, who), [own, rest]) in phases.into_iter().zip(cpu_us) {
        rows.push(Row {
            name: format!("CPU/msg {phase}: {who} (µs)"),
            s: own,
            decimals: 0,
            target: Target::None,
        });
        rows.push(Row {
            name: format!("CPU/msg {phase}: rest (µs)"),
            s: rest,
            decimals: 0,
            target: Target::None,
        });
    }
    say!(
        "\n== results: N = {}, {} run(s), {} latency requests per run; median over runs ==",
        args.n,
        args.runs,
        args.latency
    );
    print_table(&rows);
    if !all_latencies.is_empty() {
        all_latencies.sort_by(f64::total_cmp);
        say!(
            "latency pooled over all runs ({} requests): p50 {:.3} s, p90 {:.3} s, p99 {:.3} s, max {:.3} s",
            all_latencies.len(),
            percentile(&all_latencies, 50.0),
            percentile(&all_latencies, 90.0),
            percentile(&all_latencies, 99.0),
            all_latencies.last().unwrap()
        );
    }
    say!(
        "daemon SMTP concurrency: {}",
        match ctx.concurrency {
            Some(c) => format!("smtp.concurrency = {c} (SEBADESK_SMTP_CONCURRENCY)"),
            None => "key not supported by this build (serial sends)".into(),
        }
    );
    for n in &notes {
        say!("note: {n}");
    }
    say!("total time {:.0} s", t_all.elapsed().as_secs_f64());
}

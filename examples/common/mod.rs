//! Shared by the benchmark examples (`bench.rs`, `scale.rs`, each with
//! `#[path = "common/mod.rs"] mod common;`): which `sebadesk` binary is measured, and which
//! code it was built from. (Cargo builds `examples/*.rs`; this folder has no `main.rs`, so it
//! is not an example of its own.)

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::SystemTime;

/// The test kit of `tests/kit` (mail stack, IMAP client), shared with the integration tests.
#[path = "../../tests/kit/mod.rs"]
#[allow(dead_code)]
pub mod kit;

pub use kit::stack::project_root as root;

/// The release `sebadesk` beside the running example, rebuilt with
/// `cargo build --release --bin sebadesk` when it is missing or older than the sources
/// (`src/`, `Cargo.toml`, `Cargo.lock`, `migrations/`). `Err` when it had to be built, the
/// build failed and there is no binary to fall back on.
pub fn daemon_binary() -> Result<PathBuf, String> {
    let exe = std::env::current_exe().map_err(|e| format!("current_exe: {e}"))?;
    // …/TARGET/release/examples/NAME → …/TARGET/release
    let release = exe
        .parent()
        .and_then(Path::parent)
        .ok_or("no target/release folder above the example")?
        .to_path_buf();
    let target_dir = release.parent().ok_or("no target folder")?.to_path_buf();
    let bin = release.join("sebadesk");
    let newest_src = newest_mtime(&[
        root().join("src"),
        root().join("Cargo.toml"),
        root().join("Cargo.lock"),
        root().join("migrations"),
    ]);
    let bin_time = std::fs::metadata(&bin).and_then(|m| m.modified()).ok();
    let stale = match (bin_time, newest_src) {
        (None, _) => true,
        (Some(b), Some(s)) => b < s,
        (Some(_), None) => false,
    };
    if stale {
        let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
        println!(
            "daemon binary {} is {}; running `cargo build --release --bin sebadesk` (CARGO_TARGET_DIR={})",
            bin.display(),
            if bin_time.is_none() {
                "missing"
            } else {
                "older than the sources"
            },
            target_dir.display()
        );
        let built = Command::new(cargo)
            .current_dir(root())
            .env("CARGO_TARGET_DIR", &target_dir)
            .args(["build", "--release", "--bin", "sebadesk"])
            .status()
            .is_ok_and(|s| s.success());
        if !built {
            if !bin.is_file() {
                return Err("cargo build --release failed and there is no daemon binary".into());
            }
            println!(
                "WARNING: cargo build failed; measuring the older binary {}",
                bin.display()
            );
        }
    }
    Ok(bin)
}

fn newest_mtime(paths: &[PathBuf]) -> Option<SystemTime> {
    let mut newest: Option<SystemTime> = None;
    let mut stack: Vec<PathBuf> = paths.to_vec();
    while let Some(p) = stack.pop() {
        let Ok(meta) = std::fs::metadata(&p) else {
            continue;
        };
        if meta.is_dir() {
            if let Ok(rd) = std::fs::read_dir(&p) {
                stack.extend(rd.filter_map(|e| e.ok()).map(|e| e.path()));
            }
        } else if let Ok(m) = meta.modified() {
            newest = Some(newest.map_or(m, |n: SystemTime| n.max(m)));
        }
    }
    newest
}

/// `HASH subject` of HEAD, and how many files of src/, Cargo.toml and migrations/ are
/// changed but not committed (the binary measured may include them).
pub fn git_describe() -> String {
    let head = Command::new("git")
        .current_dir(root())
        .args(["log", "-1", "--format=%h %s"])
        .output()
        .ok()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .unwrap_or_default();
    let dirty = Command::new("git")
        .current_dir(root())
        .args([
            "status",
            "--porcelain",
            "--",
            "src",
            "Cargo.toml",
            "migrations",
        ])
        .output()
        .ok()
        .map(|o| String::from_utf8_lossy(&o.stdout).lines().count())
        .unwrap_or(0);
    let head: String = head.chars().take(90).collect();
    if dirty > 0 {
        format!("{head} (+{dirty} uncommitted changed files in src/Cargo.toml/migrations)")
    } else {
        head
    }
}

// ---------------------------------------------------------------------------------------
// The mail stack and the process around it, as both benchmarks run them.

/// `println!` and flush: progress lines show up at once when stdout is a pipe. (Examples
/// declare `#[macro_use] mod common;` before using it.)
macro_rules! say {
    ($($t:tt)*) => {{
        println!($($t)*);
        let _ = std::io::Write::flush(&mut std::io::stdout());
    }};
}

pub fn lock<T>(m: &std::sync::Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

/// Nearest-rank percentile of sorted values (NaN when there are none).
pub fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let rank = ((p / 100.0) * sorted.len() as f64).ceil().max(1.0) as usize;
    sorted[rank.min(sorted.len()) - 1]
}

/// Runs `body` on a multi-threaded runtime; `cleanup` runs on every way out: the end, a panic
/// (the guard's drop) and Ctrl-C (exit 130). `tool` names the example in messages.
pub fn run_main<F: std::future::Future<Output = ()>>(tool: &'static str, cleanup: fn(), body: F) {
    struct CleanupGuard(fn());
    impl Drop for CleanupGuard {
        fn drop(&mut self) {
            (self.0)();
        }
    }
    let guard = CleanupGuard(cleanup);
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("tokio runtime");
    let t = std::time::Instant::now();
    rt.block_on(async {
        tokio::spawn(async move {
            if tokio::signal::ctrl_c().await.is_ok() {
                eprintln!("\n{tool}: interrupted; stopping what it started");
                cleanup();
                std::process::exit(130);
            }
        });
        body.await;
    });
    drop(rt);
    drop(guard);
    say!("\n{tool} finished in {:.0} s", t.elapsed().as_secs_f64());
}

/// A folder for a throwaway stack (see [`kit::stack::temp_dir`]).
pub fn stack_dir(prefix: &str) -> PathBuf {
    kit::stack::temp_dir(prefix)
}

/// Starts `scripts/mailstack/start.sh` in `dir` on the first base port from `first_base`
/// (steps of 10, 60 tries) whose six ports are free, with `env` added; returns `ports.env`.
pub fn start_mail_stack(
    dir: &Path,
    first_base: u16,
    env: &[(&str, String)],
) -> Option<std::collections::HashMap<String, String>> {
    let env: Vec<(String, String)> = env
        .iter()
        .map(|(k, v)| (k.to_string(), v.clone()))
        .collect();
    kit::stack::start(dir, (first_base..first_base + 600).step_by(10), &env)
}

/// Stops a stack started by [`start_mail_stack`] (SIGKILL; it is throwaway).
pub fn stop_mail_stack(dir: &Path) {
    kit::stack::stop(dir);
}

/// Stops the stack in `dir` and removes the folder, or says where it was left (`keep`).
pub fn discard_mail_stack(tool: &str, dir: &Path, keep: bool) {
    stop_mail_stack(dir);
    if keep {
        eprintln!(
            "{tool}: --keep: stack stopped, state left in {}",
            dir.display()
        );
    } else {
        let _ = std::fs::remove_dir_all(dir);
    }
}

/// SIGTERM to `child`, then its exit code; SIGKILL and `None` when it has not exited after
/// `grace`.
pub async fn terminate(child: &mut std::process::Child, grace: std::time::Duration) -> Option<i32> {
    let _ = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .stderr(std::process::Stdio::null())
        .status();
    let t0 = std::time::Instant::now();
    loop {
        if let Ok(Some(st)) = child.try_wait() {
            return st.code();
        }
        if t0.elapsed() > grace {
            let _ = child.kill();
            let _ = child.wait();
            return None;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
}

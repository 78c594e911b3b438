//! Shared by the benchmark examples (`bench.rs`, `scale.rs`, each with
//! `#[path = "common/mod.rs"] mod common;`): which `sebadesk` binary is measured, and which
//! code it was built from. (Cargo builds `examples/*.rs`; this folder has no `main.rs`, so it
//! is not an example of its own.)

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::SystemTime;

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

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

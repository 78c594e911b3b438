//! A throwaway Dovecot + Postfix stack (`scripts/mailstack/start.sh`) in its own folder and
//! ports.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// The project's root (where `scripts/` is).
pub fn project_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A fresh folder `mktemp -d /tmp/PREFIX.XXXXXX`: short, because Dovecot's socket paths
/// inside it must fit in a Unix socket address.
pub fn temp_dir(prefix: &str) -> PathBuf {
    let out = Command::new("mktemp")
        .args(["-d", &format!("/tmp/{prefix}.XXXXXX")])
        .output()
        .expect("mktemp");
    let dir = PathBuf::from(String::from_utf8(out.stdout).unwrap().trim());
    assert!(
        !dir.as_os_str().is_empty() && dir.as_os_str().len() <= 64,
        "mktemp gave {dir:?}"
    );
    dir
}

/// Starts a stack in `dir` on the first base port of `bases` whose six ports are free and
/// where start.sh succeeds, with `env` (start.sh's `MAILSTACK_*` options) added; returns
/// the stack's `ports.env` (ports, `CA_PEM`, `BASE_PORT`), or `None` when no base worked.
/// A failed attempt is stopped before the next, so it leaves no server behind.
pub fn start(
    dir: &Path,
    bases: impl IntoIterator<Item = u16>,
    env: &[(String, String)],
) -> Option<HashMap<String, String>> {
    for base in bases {
        if (base..base + 6).any(|p| std::net::TcpListener::bind(("127.0.0.1", p)).is_err()) {
            continue;
        }
        let status = Command::new(project_root().join("scripts/mailstack/start.sh"))
            .arg(dir)
            .arg(base.to_string())
            .envs(env.iter().cloned())
            .stdout(Stdio::null())
            .status()
            .expect("run scripts/mailstack/start.sh");
        if status.success() {
            return Some(read_ports(dir));
        }
        stop(dir);
    }
    None
}

/// `ports.env` of a started stack as a map (quotes removed).
fn read_ports(dir: &Path) -> HashMap<String, String> {
    std::fs::read_to_string(dir.join("ports.env"))
        .expect("ports.env")
        .lines()
        .filter_map(|l| l.split_once('='))
        .map(|(k, v)| (k.to_string(), v.trim_matches('"').to_string()))
        .collect()
}

/// Stops every server of the stack in `dir` (SIGKILL: it is throwaway); the folder stays.
pub fn stop(dir: &Path) {
    let _ = Command::new(project_root().join("scripts/mailstack/stop.sh"))
        .arg(dir)
        .args(["all", "kill"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status();
}

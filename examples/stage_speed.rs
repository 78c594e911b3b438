//! Per-stage speed on one core, CPU only (no mail stack): parse, triage, and parse + triage +
//! classify (`pipeline::assess`, as the daemon does per message) over every mail of the
//! development corpus (`../shared/corpus/classification`). Median of 5 runs of ≥ 1 s each.
//!
//!     cargo run --release --example stage_speed
//!
//! On a shared machine, `STAGE_SPEED_CPU=1` times the runs by this thread's CPU time instead
//! of the wall clock, so that other processes do not stretch them.
//!
//! The figures for BENCHMARKS.md's per-stage line; `examples/bench.rs` measures the daemon.

use std::path::PathBuf;
use std::time::{Duration, Instant};

const SERVICES: [&str; 5] = [
    "web-portal",
    "e-nothi",
    "digital-lab",
    "udc-advice",
    "ict-advice",
];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
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
    let spam = sebadesk::classify::parse_spam_examples(
        &std::fs::read_to_string(root().join("config/classifier/spam-examples.toml"))
            .expect("read spam-examples.toml"),
    )
    .expect("parse spam-examples.toml");
    // As the daemon builds it: the service model and the learnt spam signal.
    sebadesk::classify::Classifier::with_examples(&keywords, &SERVICES, &seed)
        .expect("train")
        .with_spam_model(&spam, &seed, &[])
}

/// The clock the runs are timed with: the wall clock, or with `STAGE_SPEED_CPU=1` this
/// thread's CPU time, which other processes on a shared machine do not stretch.
fn clock() -> impl Fn() -> Duration {
    let cpu = std::env::var_os("STAGE_SPEED_CPU").is_some_and(|v| v == "1");
    let start = Instant::now();
    move || {
        if cpu {
            let mut t = libc::timespec {
                tv_sec: 0,
                tv_nsec: 0,
            };
            // SAFETY: clock_gettime writes one timespec into `t`, which lives on the stack.
            unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut t) };
            Duration::new(t.tv_sec as u64, t.tv_nsec as u32)
        } else {
            start.elapsed()
        }
    }
}

/// Messages per second of `f` over `n` messages a pass: the median of 5 runs of ≥ 1 s.
fn rate(n: usize, mut f: impl FnMut() -> usize) -> f64 {
    let now = clock();
    let mut runs: Vec<f64> = (0..5)
        .map(|_| {
            let start = now();
            let mut done = 0usize;
            let mut sink = 0usize;
            while now() - start < Duration::from_secs(1) {
                sink = sink.wrapping_add(f());
                done += n;
            }
            std::hint::black_box(sink);
            done as f64 / (now() - start).as_secs_f64()
        })
        .collect();
    runs.sort_by(f64::total_cmp);
    runs[2]
}

fn main() {
    let dir = root().join("../shared/corpus/classification");
    let mut raws: Vec<Vec<u8>> = std::fs::read_dir(&dir)
        .expect("the development corpus at ../shared/corpus/classification")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "eml"))
        .filter_map(|p| std::fs::read(p).ok())
        .collect();
    raws.sort();
    let identity = sebadesk::triage::OfficeIdentity {
        code: "MEL".into(),
        address: "ict.melandaha@office.test".into(),
        officer_email: "officer@office.test".into(),
    };
    let classifier = load_classifier();
    let parsed: Vec<_> = raws
        .iter()
        .filter_map(|r| sebadesk::intake::parse::parse(r))
        .collect();
    let n = raws.len();
    let parse = rate(n, || {
        raws.iter()
            .filter_map(|r| sebadesk::intake::parse::parse(r))
            .count()
    });
    let triage = rate(parsed.len(), || {
        parsed
            .iter()
            .map(|m| sebadesk::triage::triage(m, &identity).reasons.len())
            .sum()
    });
    let whole = rate(n, || {
        raws.iter()
            .filter_map(|r| sebadesk::intake::parse::parse(r))
            .map(|m| {
                sebadesk::pipeline::assess(&identity, &classifier, &m)
                    .triage
                    .reasons
                    .len()
            })
            .sum()
    });
    println!("{n} corpus mails, one thread, median of 5 runs of 1 s");
    println!(
        "parse                         {parse:>9.0} mails/s ({:.1} µs)",
        1e6 / parse
    );
    println!(
        "triage                        {triage:>9.0} mails/s ({:.1} µs)",
        1e6 / triage
    );
    println!(
        "parse + triage + classify     {whole:>9.0} mails/s ({:.1} µs)",
        1e6 / whole
    );
}

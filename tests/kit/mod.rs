//! The test kit: the plumbing every test and benchmark needs around the real mail stack,
//! kept once. `tests/integration` includes it as `mod kit` (its `helpers` build the
//! test-shaped fixtures on top: `MailStack`, `Imap`, `Daemon`), and the benchmark examples
//! through `examples/common` — so a change to how a stack is started or how a test client
//! signs in is made in one place.
//!
//! Cargo does not build this folder as a test of its own: only `tests/*.rs` and
//! `tests/*/main.rs` are test targets.

pub mod imap;
pub mod stack;

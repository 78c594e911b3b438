#!/usr/bin/env bash
# sebadesk's test entry point (also what CI runs): make sure the machine has what
# the tests need, then run every cargo test target. Extra arguments go to cargo
# test, e.g. `scripts/test.sh -- --nocapture` or `scripts/test.sh imap`.
# The integration tests start their own throwaway mail stacks through
# scripts/mailstack/start.sh, so none is started here.
set -euo pipefail
cd "$(dirname "$0")/.."
# The mail stack scripts and the tests may call postfix/doveadm from sbin dirs.
export PATH="$PATH:/usr/local/sbin:/usr/sbin:/sbin"
echo "==> sebadesk tests: scripts/install-deps.sh, then cargo test --locked --all-targets $*"
scripts/install-deps.sh
# The source tree: no two modules import each other, no longer import cycle (issue 15).
python3 scripts/shape.py src --check | grep -E "pairs|CYCLE|layers"
t0=$SECONDS
cargo test --locked --all-targets "$@"
# The integration suite again on PostgreSQL (every test gets its own database on the local
# server): one code path, two backends, both proven.
echo "==> the integration suite on PostgreSQL (SDTEST_DATABASE=postgres)"
SDTEST_DATABASE=postgres cargo test --locked --test integration "$@"
echo "==> sebadesk tests finished in $((SECONDS - t0)) s"

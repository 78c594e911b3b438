#!/usr/bin/env bash
# One-command demo of sebadesk on a fresh Debian 12 machine (as root, no systemd):
#   1. install the mail stack packages (scripts/install-deps.sh)
#   2. cargo build --release --locked
#   3. start a throwaway mail stack in /tmp/sd.XXXXXX on base port 25400
#   4. run the daemon against the office desk mailbox ict.melandaha@office.test
#   5. citizens send the sample requests in scripts/demo-mail/*.eml over SMTP
#   6. wait (up to 60 s) until every citizen has an acknowledgement, then print
#      `sebadesk tickets list` and each acknowledgement's subject and text
#   7. stop the daemon with SIGTERM and report its exit code
#
#   usage: scripts/demo.sh [--keep]
#     --keep  leave the mail stack (and its state dir) running afterwards
#   environment (optional):
#     SEBADESK_DEMO_BASE_PORT  base port of the mail stack (default 25400; uses B..B+5)
#     SEBADESK_DEMO_CONFIG     config file (default config/sebadesk.toml)
#     SEBADESK_BIN             use this binary instead of building target/release/sebadesk
# All mail stays on this machine: only office.test / example.test addresses exist
# and the stack's Postfix refuses every other destination.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

keep=
for arg in "$@"; do
  case $arg in
    --keep) keep=1 ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "usage: $0 [--keep]" >&2; exit 2 ;;
  esac
done
base=${SEBADESK_DEMO_BASE_PORT:-25400}
config=${SEBADESK_DEMO_CONFIG:-config/sebadesk.toml}
bin=${SEBADESK_BIN:-}
# The daemon refuses SEBADESK_* variables that are not config keys: these are the demo's own.
unset SEBADESK_DEMO_BASE_PORT SEBADESK_DEMO_CONFIG SEBADESK_BIN
office=ict.melandaha@office.test

step() { printf '\n==> %s\n' "$*"; }
die() { echo "demo: $*" >&2; exit 1; }
pass_of() { echo "${1%@*}-pass"; }   # the stack's password rule: local part + "-pass"

step "Installing dependencies"
scripts/install-deps.sh
if [ -z "$bin" ]; then
  step "Building sebadesk (cargo build --release --locked)"
  cargo build --release --locked
  bin=$root/target/release/sebadesk
fi
[ -x "$bin" ] || die "no daemon binary at $bin"
[ -f "$config" ] || die "config file $config not found (set SEBADESK_DEMO_CONFIG)"

# --- the mail stack, and cleanup of everything this script started -----------
state=$(mktemp -d /tmp/sd.XXXXXX)
daemon_pid=
stop_daemon() {  # SIGTERM, SIGKILL after 20 s; sets daemon_rc
  daemon_rc=
  [ -n "$daemon_pid" ] || return 0
  kill -TERM "$daemon_pid" 2>/dev/null || true
  # bash reaps its children itself, so kill -0 fails once the daemon has exited.
  for _ in $(seq 200); do kill -0 "$daemon_pid" 2>/dev/null || break; sleep 0.1; done
  kill -KILL "$daemon_pid" 2>/dev/null || true
  wait "$daemon_pid" && daemon_rc=0 || daemon_rc=$?
  daemon_pid=
}
cleanup() {
  local rc=$?
  stop_daemon
  if [ -n "$keep" ]; then
    echo
    echo "demo: mail stack left running in $state (--keep); ports in $state/ports.env"
    echo "demo: stop it with: scripts/mailstack/stop.sh $state && rm -rf $state"
  else
    scripts/mailstack/stop.sh "$state" || true
    if [ "$rc" = 0 ]; then rm -rf "$state"
    else echo "demo: failed; logs kept in $state/log/ and $state/sebadesk.log" >&2; fi
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM   # run the EXIT trap on Ctrl-C / kill, too

step "Starting the mail stack in $state (base port $base)"
# A catch-all from the caller's environment would swallow the acknowledgements.
env -u MAILSTACK_CATCHALL -u MAILSTACK_EXTRA_USERS scripts/mailstack/start.sh "$state" "$base"
# shellcheck source=/dev/null
. "$state/ports.env"

# --- the daemon ----------------------------------------------------------------
# Every config key can be overridden by a SEBADESK_* variable; these point the
# daemon at the throwaway stack (IMAPS to read, submission + STARTTLS to reply).
export SEBADESK_OFFICE_ADDRESS=$office
export SEBADESK_OFFICE_OFFICER_EMAIL=officer@office.test
export SEBADESK_IMAP_HOST=localhost SEBADESK_IMAP_PORT=$IMAPS_PORT SEBADESK_IMAP_SECURITY=tls
office_pass=$(pass_of $office)
export SEBADESK_IMAP_USERNAME=$office SEBADESK_IMAP_PASSWORD=$office_pass
export SEBADESK_IMAP_CA_FILE=$CA_PEM
export SEBADESK_SMTP_HOST=localhost SEBADESK_SMTP_PORT=$SMTP_PORT SEBADESK_SMTP_SECURITY=starttls
export SEBADESK_SMTP_USERNAME=$office SEBADESK_SMTP_PASSWORD=$office_pass
export SEBADESK_SMTP_CA_FILE=$CA_PEM
export SEBADESK_DATABASE_URL="sqlite://$state/sebadesk.db?mode=rwc"
# The web desk on the port after the mail stack's (README, "Web desk").
export SEBADESK_WEB_LISTEN=127.0.0.1:$((base + 80))

step "Starting the daemon: $bin --config $config run  (log: $state/sebadesk.log)"
"$bin" --config "$config" run >"$state/sebadesk.log" 2>&1 &
daemon_pid=$!
# The daemon acknowledges only mail that arrives after its first start, so let it
# connect first: at least 3 s, and until Dovecot has logged its IMAP login (<= 30 s).
t0=$SECONDS
while :; do
  if ! kill -0 "$daemon_pid" 2>/dev/null; then
    wait "$daemon_pid" && r=0 || r=$?; daemon_pid=
    tail -n 30 "$state/sebadesk.log" >&2; die "the daemon exited early (exit code $r)"
  fi
  if [ $((SECONDS - t0)) -ge 3 ] && grep -q "Login: user=<$office>" "$state/log/dovecot.log" 2>/dev/null; then
    sleep 1; break   # a moment to note where the mailbox stands
  fi
  if [ $((SECONDS - t0)) -ge 30 ]; then echo "demo: warning: no IMAP login by the daemon after 30 s; sending anyway" >&2; break; fi
  sleep 0.5
done

# --- citizens send their requests ---------------------------------------------
header() {  # FILE NAME: the unfolded value of header NAME (first occurrence)
  awk -v h="$(printf %s "$2" | tr '[:upper:]' '[:lower:]')" '
    /^\r?$/ { exit }
    /^[ \t]/ { if (on) v = v $0; next }
    { if (on) exit; if (tolower(substr($0, 1, length(h) + 1)) == h ":") { on = 1; v = substr($0, length(h) + 2) } }
    END { print v }' "$1"
}
declare -A sent=()
mkdir -p "$state/outgoing"
step "Citizens send their requests to $office"
for f in scripts/demo-mail/*.eml; do
  from=$(header "$f" From | sed -n 's/.*<\([^>]*\)>.*/\1/p')
  [ -n "$from" ] || die "$f: no From address"
  # The Date header is stamped at send time.
  out=$state/outgoing/$(basename "$f")
  sed "s/@DATE@/$(TZ=Asia/Dhaka date -R)/" "$f" > "$out"
  # --crlf: the files have Unix line ends, SMTP wants CRLF. The URL path is the EHLO name.
  curl -sS --url "smtp://127.0.0.1:$SMTP_PORT/demo.example.test" --ssl-reqd --cacert "$CA_PEM" \
    --user "$from:$(pass_of "$from")" --mail-from "$from" --mail-rcpt "$office" \
    --crlf --upload-file "$out" || die "sending $f failed"
  sent[$from]=$(( ${sent[$from]:-0} + 1 ))
  echo "  sent $(basename "$f")  from $from  $(header "$f" Message-ID)"
done
t_sent=$SECONDS

# --- wait for the acknowledgements -------------------------------------------
imap() {  # USER PATH [curl args...]
  local user=$1 path=$2; shift 2
  curl -sS --cacert "$CA_PEM" --user "$user:$(pass_of "$user")" "imaps://127.0.0.1:$IMAPS_PORT/$path" "$@"
}
# UID SEARCH, not SEARCH: the numbers are then UIDs, as ";UID=N" fetches expect.
uids() { imap "$1" INBOX -X 'UID SEARCH ALL' | tr -d '\r' | sed -n 's/^\* SEARCH *//p'; }
step "Waiting up to 60 s for acknowledgements"
declare -A got=()
while :; do
  all=1
  for c in "${!sent[@]}"; do
    n=$(uids "$c" | wc -w); got[$c]=$n
    [ "$n" -ge "${sent[$c]}" ] || all=
  done
  [ -n "$all" ] && break
  [ $((SECONDS - t_sent)) -ge 60 ] && break
  kill -0 "$daemon_pid" 2>/dev/null || { echo "demo: the daemon exited while waiting" >&2; break; }
  sleep 1
done
for c in $(printf '%s\n' "${!sent[@]}" | sort); do
  echo "  $c: ${got[$c]} mail(s) in INBOX for ${sent[$c]} request(s)"
done
[ -n "$all" ] && echo "  all acknowledged within $((SECONDS - t_sent)) s"

step "sebadesk --config $config tickets list"
"$bin" --config "$config" tickets list || echo "demo: 'tickets list' failed (exit $?)" >&2

show() {  # print a fetched message: decoded From/Subject and text body
  if command -v python3 >/dev/null; then
    python3 - "$1" <<'PY' || cat "$1"
import sys, email, email.policy
with open(sys.argv[1], 'rb') as fh:
    m = email.message_from_binary_file(fh, policy=email.policy.default)
for h in ('From', 'To', 'Subject', 'Date', 'In-Reply-To'):
    if m[h] is not None:
        print(f'{h}: {m[h]}')
print()
body = m.get_body(preferencelist=('plain', 'html'))
print(body.get_content().rstrip() if body is not None else '(no text body)')
PY
  else
    tr -d '\r' < "$1"   # no python3: the raw message
  fi
}
mkdir -p "$state/received"
for c in $(printf '%s\n' "${!sent[@]}" | sort); do
  for uid in $(uids "$c"); do
    step "Acknowledgement in $c's INBOX (UID $uid)"
    imap "$c" "INBOX;UID=$uid" -o "$state/received/${c%@*}-$uid.eml"
    show "$state/received/${c%@*}-$uid.eml"
  done
done

step "The web desk: http://$SEBADESK_WEB_LISTEN/ (sign in as the officer with this one-time link, 15 minutes)"
"$bin" --config "$config" web link --email officer@office.test || echo "demo: 'web link' failed (exit $?)" >&2
echo "  (the demo stops the daemon next: with --keep the stack stays; start '$bin run' again"
echo "   with the same SEBADESK_* environment and open the link to try the desk)"

step "Stopping the daemon (SIGTERM)"
stop_daemon
echo "  daemon exit code: $daemon_rc"
echo "  daemon log: last lines of $state/sebadesk.log"
tail -n 10 "$state/sebadesk.log" | sed 's/^/    /'

[ -n "$all" ] || die "not every citizen got an acknowledgement within 60 s"
[ "$daemon_rc" = 0 ] || die "the daemon exited with code $daemon_rc"
nreq=0; for c in "${!sent[@]}"; do nreq=$((nreq + sent[$c])); done
step "Demo finished: $nreq requests from ${#sent[@]} citizens, all acknowledged"

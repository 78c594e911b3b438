#!/usr/bin/env bash
# Start a throwaway Dovecot + Postfix mail stack on 127.0.0.1, all state in one dir.
#
#   usage: start.sh STATE_DIR [BASE_PORT]        (root; no systemd needed)
#
# Ports from BASE_PORT=B (default: the one in STATE_DIR/ports.env, else 24000):
#   B   IMAP (+STARTTLS)          B+1 IMAPS
#   B+2 SMTP submission, STARTTLS + AUTH      B+3 SMTPS (TLS on connect) + AUTH
#   B+4 LMTP (Postfix -> Dovecot, internal)   B+5 Dovecot auth for Postfix SASL (internal)
# Users (password = local part + "-pass"): ict.melandaha@office.test (the desk
# mailbox), officer@office.test, citizen1..3@example.test, $MAILSTACK_EXTRA_USERS
# (space/comma separated) and $MAILSTACK_CATCHALL. With MAILSTACK_CATCHALL=addr,
# every recipient of mail sent through this Postfix, any domain, is rewritten to
# that one mailbox so a test can read all outgoing mail.
# Nothing ever leaves the machine: Postfix's default transport is "error".
#
# Dovecot keeps its built-in limits (default_process_limit = 100: at most 100 imap
# processes, one per connection, and 100 imap-login processes, one per IMAPS
# connection, as a login process stays to proxy the TLS) unless asked otherwise
# (opt-in, for scale tests; written to STATE_DIR/dovecot-limits.conf):
#   MAILSTACK_IMAP_PROCESS_LIMIT=N  service imap and imap-login process_limit = N,
#                                   and the client limits of the services every
#                                   connection talks to (anvil, auth, log, stats) raised to match
# Each IDLEing imap process also takes one inotify instance, counted per uid (all
# mail runs as uid dovecot here): beyond fs.inotify.max_user_instances (often 128)
# Dovecot logs "Inotify instance limit ... exceeded, disabling" and that mailbox's
# IDLE only sees new mail every mailbox_idle_check_interval (30 s). That is a
# kernel setting (sysctl), not something this script changes.
#   MAILSTACK_OAUTH2_INTROSPECTION_URL=URL
#                                   OAuth2 sign-in as well (SASL XOAUTH2 and OAUTHBEARER, for
#                                   IMAP and for submission through Dovecot SASL): Dovecot's
#                                   oauth2 passdb POSTs token=ACCESS_TOKEN to URL and takes the
#                                   JSON answer's "email" as the user when "active" is true;
#                                   the passwords keep working for PLAIN and LOGIN. (The caller
#                                   runs that endpoint, e.g. a test's own HTTP server.)
#   MAILSTACK_IMAP_LOGIN_SHARED=N   imap-login in "high-performance" mode: long-lived
#                                   login processes (service_count = 0), 2 kept ready,
#                                   each proxying up to N connections (client_limit)
#
# Re-running on an existing STATE_DIR keeps certificates and mail and starts only
# the daemons that are not running, so "stop.sh STATE dovecot; start.sh STATE"
# restarts Dovecot. Prints and writes STATE_DIR/ports.env (shell syntax).
set -euo pipefail
export PATH="$PATH:/usr/local/sbin:/usr/sbin:/sbin"   # postfix lives in /usr/sbin
here=$(cd "$(dirname "$0")" && pwd)
die() { echo "mailstack/start.sh: $*" >&2; exit 1; }
[ $# -ge 1 ] && [ $# -le 2 ] || { echo "usage: $0 STATE_DIR [BASE_PORT]" >&2; exit 2; }
[ "$(id -u)" = 0 ] || die "must run as root (Dovecot and Postfix drop privileges themselves)"
for bin in dovecot postfix openssl ps; do
  command -v "$bin" >/dev/null || die "$bin not installed: run scripts/install-deps.sh"
done

S=$(realpath -m "$1")
# Dovecot's unix sockets live in STATE_DIR/run/dovecot; sun_path is at most 107 bytes.
[ ${#S} -le 64 ] || die "STATE_DIR path too long (${#S} > 64 chars): $S"
case $S in /root|/root/*) die "STATE_DIR must not be under /root (uid dovecot must traverse it): $S";; esac
mkdir -p "$S"

old_B=; [ -f "$S/ports.env" ] && old_B=$(sed -n 's/^BASE_PORT=//p' "$S/ports.env")
B=${2:-${old_B:-24000}}
[[ $B =~ ^[0-9]+$ ]] && [ "$B" -ge 1024 ] && [ "$B" -le 65530 ] || die "bad BASE_PORT: $B"
IMAP=$B IMAPS=$((B+1)) SMTP=$((B+2)) SMTPS=$((B+3)) LMTP=$((B+4)) AUTH=$((B+5))

up() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
wait_port() { for _ in $(seq 200); do up "$1" && return 0; sleep 0.05; done; die "port $1 did not open (see $S/log/)"; }
# A daemon runs if its pid file names a live, non-zombie process of the right name
# (PID 1 may reap zombies seconds late; a stale pid may have been reused).
alive() {  # pidfile comm
  [ -f "$1" ] || return 1
  local st; st=$(ps -o stat=,comm= -p "$(head -1 "$1" | tr -d ' ')" 2>/dev/null) || return 1
  [[ $st != Z* && $st == *" $2" ]]
}
dove_up=; alive "$S/run/dovecot/master.pid" dovecot && dove_up=1
post_up=; alive "$S/spool/pid/master.pid" master && post_up=1
if [ -n "$old_B" ] && [ "$old_B" != "$B" ] && [ -n "$dove_up$post_up" ]; then
  die "stack in $S runs on base port $old_B; stop it before using base $B"
fi

chmod 755 "$S"   # mail processes run as uid dovecot and must traverse it
mkdir -p "$S"/{run,lib/dovecot,lib/postfix,log,tls,mail,postfix,spool}
chown dovecot:dovecot "$S/mail"; chown postfix "$S/lib/postfix"
vu=$(id -u dovecot) vg=$(id -g dovecot)

# A small CA and a leaf for localhost/127.0.0.1, once per STATE_DIR. Not a single
# self-signed cert: rustls/webpki rejects a CA:TRUE certificate as a server cert.
if [ ! -s "$S/tls/server.pem" ]; then (
  cd "$S/tls"
  ec=(-newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes)   # EC keys: quick to make
  openssl req -x509 "${ec[@]}" -days 3650 -subj "/CN=sebadesk mailstack test CA" \
    -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign \
    -keyout ca.key -out ca.pem 2>/dev/null
  openssl req "${ec[@]}" -subj "/CN=localhost" -keyout server.key -out server.csr 2>/dev/null
  printf '%s\n' 'subjectAltName=DNS:localhost,IP:127.0.0.1' 'basicConstraints=critical,CA:FALSE' \
    'keyUsage=critical,digitalSignature' 'extendedKeyUsage=serverAuth' > leaf.ext
  openssl x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 3650 \
    -extfile leaf.ext -out server.pem.tmp 2>/dev/null
  chmod 600 ca.key server.key; mv server.pem.tmp server.pem
) || die "certificate generation failed"; fi

# Users: one passwd-file for Dovecot (passdb + userdb) and a vmailbox map for Postfix.
read -ra extra <<< "$(printf '%s %s' "${MAILSTACK_CATCHALL:-}" "${MAILSTACK_EXTRA_USERS:-}" | tr ',' ' ')"
users=$(printf '%s\n' ict.melandaha@office.test officer@office.test \
  citizen1@example.test citizen2@example.test citizen3@example.test \
  "${extra[@]}" | awk 'NF && !seen[$0]++')   # keep the order, drop duplicates
domains="office.test example.test"
: > "$S/users.tmp"; : > "$S/postfix/vmailbox"
for u in $users; do
  [[ $u =~ ^[A-Za-z0-9._+-]+@([A-Za-z0-9-]+\.)*[A-Za-z0-9-]+$ ]] || die "bad mail address: $u"
  d=${u#*@}
  # Reserved test domains only (RFC 2606/6761), so a stack can never hold a real address.
  case $d in *.test|test|example|*.example|example.com|example.net|example.org|*.example.com|*.example.net|*.example.org|*.invalid|*.localhost) ;;
    *) die "$u: only reserved test domains (.test, example.*, .invalid, .localhost) allowed";; esac
  case " $domains " in *" $d "*) ;; *) domains="$domains $d";; esac
  echo "$u:{PLAIN}${u%@*}-pass:$vu:$vg::$S/mail/$u" >> "$S/users.tmp"
  echo "$u ok" >> "$S/postfix/vmailbox"
done
chgrp dovecot "$S/users.tmp"; chmod 640 "$S/users.tmp"; mv "$S/users.tmp" "$S/users"

subst() {
  sed -e "s|@STATE@|$S|g; s|@BASE@|$B|g; s|@IMAP@|$IMAP|g; s|@IMAPS@|$IMAPS|g; s|@DOMAINS@|$domains|g" \
      -e "s|@SMTP@|$SMTP|g; s|@SMTPS@|$SMTPS|g; s|@LMTP@|$LMTP|g; s|@AUTH@|$AUTH|g" "$1"
}
oauth_url=${MAILSTACK_OAUTH2_INTROSPECTION_URL:-}
passwd_mechs=
if [ -n "$oauth_url" ]; then
  [[ $oauth_url =~ ^http://127\.0\.0\.1:[0-9]+/[A-Za-z0-9/_-]*$ ]] ||
    die "MAILSTACK_OAUTH2_INTROSPECTION_URL must be http://127.0.0.1:PORT/path: $oauth_url"
  passwd_mechs="mechanisms = plain login"
  cat > "$S/dovecot-oauth2.conf.ext" <<EOT
# Written by start.sh from MAILSTACK_OAUTH2_INTROSPECTION_URL.
introspection_mode = post
introspection_url = $oauth_url
force_introspection = yes
username_attribute = email
active_attribute = active
active_value = true
EOT
  chmod 644 "$S/dovecot-oauth2.conf.ext"
  cat > "$S/dovecot-oauth2.conf" <<EOT
# Written by start.sh: OAuth2 sign-in beside the passwords.
auth_mechanisms = plain login xoauth2 oauthbearer
passdb {
  driver = oauth2
  mechanisms = xoauth2 oauthbearer
  args = $S/dovecot-oauth2.conf.ext
}
EOT
else
  rm -f "$S/dovecot-oauth2.conf" "$S/dovecot-oauth2.conf.ext"
fi
subst "$here/dovecot.conf.in" | sed -e "s|@PASSWD_MECHANISMS@|$passwd_mechs|" > "$S/dovecot.conf"
num() { [[ $2 =~ ^[1-9][0-9]*$ ]] || die "$1 must be a positive number: $2"; }
{
  echo "# Written by start.sh from MAILSTACK_IMAP_* (empty: Dovecot's built-in limits)."
  if [ -n "${MAILSTACK_IMAP_PROCESS_LIMIT:-}" ]; then
    n=$MAILSTACK_IMAP_PROCESS_LIMIT; num MAILSTACK_IMAP_PROCESS_LIMIT "$n"
    c=$((2 * n + 100)); [ "$c" -ge 1000 ] || c=1000
    # Every imap and imap-login process keeps a connection to anvil, log and stats, and
    # logins go through auth: their client_limit must cover them all.
    for svc in imap imap-login anvil log auth stats; do
      case $svc in imap|imap-login) kv="process_limit = $n";; *) kv="client_limit = $c";; esac
      printf 'service %s {\n  %s\n}\n' "$svc" "$kv"
    done
  fi
  if [ -n "${MAILSTACK_IMAP_LOGIN_SHARED:-}" ]; then
    n=$MAILSTACK_IMAP_LOGIN_SHARED; num MAILSTACK_IMAP_LOGIN_SHARED "$n"
    printf 'service imap-login {\n  service_count = 0\n  process_min_avail = 2\n  client_limit = %s\n}\n' "$n"
  fi
} > "$S/dovecot-limits.conf"
subst "$here/main.cf.in" > "$S/postfix/main.cf"
subst "$here/master.cf.in" > "$S/postfix/master.cf"
if [ -n "${MAILSTACK_CATCHALL:-}" ]; then
  # Every recipient but the sink itself (sink -> sink would loop and bounce).
  printf '!/^%s$/ %s\n' "$(printf %s "$MAILSTACK_CATCHALL" | sed 's/[.+]/\\&/g')" \
    "$MAILSTACK_CATCHALL" > "$S/postfix/catchall"
  # virtual_alias_domains defaults to $virtual_alias_maps: empty it, or every
  # domain would count as an alias domain.
  printf 'virtual_alias_maps = regexp:%s/postfix/catchall\nvirtual_alias_domains =\n' "$S" >> "$S/postfix/main.cf"
fi
# `postfix start` stalls ~2.5 s while main.cf is younger than ~2 s; backdate it.
touch -d '-1 min' "$S/postfix/main.cf" "$S/postfix/master.cf"

if [ -z "$dove_up" ]; then
  for p in $IMAP $IMAPS $LMTP $AUTH; do ! up "$p" || die "port $p already in use"; done
  rm -f "$S/run/dovecot/master.pid"   # Dovecot treats a zombie's pid as "already running"
  dovecot -c "$S/dovecot.conf" 2>>"$S/log/dovecot-start.err" ||
    { cat "$S/log/dovecot-start.err" >&2; die "dovecot failed to start"; }
fi
if [ -z "$post_up" ]; then
  for p in $SMTP $SMTPS; do ! up "$p" || die "port $p already in use"; done
  postfix -c "$S/postfix" start >/dev/null 2>>"$S/log/postfix-start.err" ||
    { cat "$S/log/postfix-start.err" >&2; die "postfix failed to start"; }
fi
for p in $IMAP $IMAPS $LMTP $AUTH $SMTP $SMTPS; do wait_port "$p"; done
# Dovecot restarted under a running Postfix: deliver what was deferred meanwhile now,
# not after the retry back-off.
if [ -z "$dove_up" ] && [ -n "$post_up" ]; then postqueue -c "$S/postfix" -f 2>/dev/null || true; fi

cat > "$S/ports.env.tmp" <<EOT
BASE_PORT=$B
IMAP_PORT=$IMAP
IMAPS_PORT=$IMAPS
SMTP_PORT=$SMTP
SMTPS_PORT=$SMTPS
LMTP_PORT=$LMTP
CA_PEM=$S/tls/ca.pem
EOT
mv "$S/ports.env.tmp" "$S/ports.env"   # atomic: a reader never sees half a file
cat "$S/ports.env"

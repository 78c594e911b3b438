#!/usr/bin/env bash
# Stop (part of) a mail stack started by start.sh.
#
#   usage: stop.sh STATE_DIR [all|dovecot|postfix] [term|kill]   (default: all term)
#          stop.sh STATE_DIR term|kill                            (= all term|kill)
#
# term: SIGTERM for a clean shutdown; once the master has exited (at most ~2 s),
#       SIGKILL to whatever is left in its process group (Dovecot's auth process
#       can linger ~30 s while Postfix's smtpd still holds SASL connections).
# kill: SIGKILL the daemon's process group at once (~0.03 s; a crash, for clients).
# Note: a Dovecot SIGTERM does not send "* BYE" to idling IMAP clients; use
# `doveadm -c STATE_DIR/dovecot.conf kick USER` first if a test needs that.
# Stopping something that is not running is not an error.
set -uo pipefail
[ $# -ge 1 ] && [ $# -le 3 ] || { echo "usage: $0 STATE_DIR [all|dovecot|postfix] [term|kill]" >&2; exit 2; }
S=$(cd "$1" && pwd) || exit 1
what=${2:-all} how=${3:-term}
# "stop.sh STATE kill" means "stop.sh STATE all kill".
case $what in term|kill) [ $# -eq 2 ] && how=$what what=all;; esac
case $what in all|dovecot|postfix) ;; *) echo "$0: bad target: $what" >&2; exit 2;; esac
case $how in term|kill) ;; *) echo "$0: bad mode: $how" >&2; exit 2;; esac

# Any live (non-zombie) process left in the daemon's session? The masters are
# session and group leaders (pid == sid == pgid); zombies hold no ports and a
# non-reaping PID 1 can leave them around for seconds, so they are ignored.
live() { ps -o stat= -s "$1" 2>/dev/null | grep -qv '^Z'; }
stop_pid() {  # pidfile comm
  [ -f "$1" ] || return 0
  local pid st; pid=$(head -1 "$1" | tr -d ' ')
  [[ $pid =~ ^[0-9]+$ ]] || return 0
  # Only signal the daemon this pid file belongs to, never a recycled pid.
  st=$(ps -o stat=,comm= -p "$pid" 2>/dev/null) || return 0
  [[ $st != Z* && $st == *" $2" ]] || return 0
  if [ "$how" = term ]; then
    kill -TERM "$pid" 2>/dev/null
    # Up to 2 s for the master itself to finish its clean shutdown ...
    for _ in $(seq 80); do ps -o stat= -p "$pid" 2>/dev/null | grep -qv '^Z' || break; sleep 0.025; done
    # ... and 0.5 s more for its children to finish on their own.
    for _ in $(seq 20); do live "$pid" || return 0; sleep 0.025; done
  fi
  # ... then no mercy for whatever is left in its process group (e.g. a lingering auth).
  live "$pid" && kill -KILL -- "-$pid" 2>/dev/null
  for _ in $(seq 120); do live "$pid" || return 0; sleep 0.025; done
  echo "$0: processes of session $pid still alive" >&2
  return 1
}
rc=0
# Postfix first: its smtpd holds auth connections that keep Dovecot's auth alive.
case $what in all|postfix) stop_pid "$S/spool/pid/master.pid" master || rc=1;; esac
case $what in all|dovecot) stop_pid "$S/run/dovecot/master.pid" dovecot || rc=1;; esac
exit $rc

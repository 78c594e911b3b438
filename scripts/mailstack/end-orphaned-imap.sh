#!/usr/bin/env bash
# End the IMAP sessions of a mail stack that Dovecot itself has orphaned.
#
#   usage: end-orphaned-imap.sh STATE_DIR
#   prints one line per session ended: "PID USER", nothing if there was none.
#
# Why: Dovecot 2.3 (2.3.19.1 here; the same code is in its current source) can keep an
# imap process whose client is gone for 30 minutes. In IDLE, new mail is announced from a
# 500 ms timer (mailbox-watch.c). If that timer runs in the same event-loop turn as the
# end-of-file of a client that just died (its imap-login TLS proxy has exited and closed its
# end of the socketpair), idle_callback() writes "* N EXISTS", the write fails (EPIPE) and
# cmd_idle_continue() calls idle_finish(free_cmd=FALSE): the client's read watch and the
# mailbox watch are removed, the command is not freed, and idle_callback() ignores that it
# finished. Nothing reads the socket again; only the hard-coded 30-minute autologout
# (CLIENT_IDLE_TIMEOUT_MSECS) ends the process, and `doveadm who` lists the session until
# then. No Dovecot setting shortens it (keepalive and hibernation timers are removed too).
#
# What counts as orphaned here (all of it, on two looks 1 s apart, the same socket):
#   - an imap process of this stack (listed by `doveadm who`),
#   - holding a connected unix stream socket whose peer is gone (ss -x: peer inode 0): the
#     client's end, once imap-login has closed it; no client can ever use it again,
#   - and that socket is in none of the process's epoll sets: the process will never read
#     the end-of-file (a process that watches it ends on its own within milliseconds).
# A session whose client still holds its connection never matches (imap-login keeps its end
# open while the TCP connection lives), so this cannot hide a second live watcher.
# Those processes get SIGTERM (Dovecot's own clean stop of one process).
set -uo pipefail
[ $# -eq 1 ] || { echo "usage: $0 STATE_DIR" >&2; exit 2; }
S=$(cd "$1" && pwd) || exit 1

# "PID USER" of every imap session of this stack.
sessions() {
  doveadm -c "$S/dovecot.conf" who -1 2>/dev/null | awk 'NR > 1 && $2 == "imap" { print $3, $1 }'
}

# File descriptors that PID's epoll sets watch, one per line.
watched_fds() {
  local fd
  for fd in /proc/"$1"/fd/*; do
    [ "$(readlink "$fd" 2>/dev/null)" = "anon_inode:[eventpoll]" ] || continue
    awk '$1 == "tfd:" { print $2 }' /proc/"$1"/fdinfo/"${fd##*/}" 2>/dev/null
  done
}

# "PID INODE USER" of the orphaned sessions, at this moment.
orphans() {
  local peers pid user fd inode
  # u_str ESTAB RECVQ SENDQ LOCAL INODE PEER PEER_INODE users:(("imap",pid=N,fd=F))
  peers=$(ss -xHp 2>/dev/null | awk '$1 == "u_str" && $2 == "ESTAB" && $8 == "0" && $9 ~ /"imap",pid=/')
  [ -n "$peers" ] || return 0
  while read -r pid user; do
    while read -r fd inode; do
      [ -n "$fd" ] || continue
      watched_fds "$pid" | grep -qx "$fd" || echo "$pid $inode $user"
    done < <(printf '%s\n' "$peers" |
      awk -v p="pid=$pid," '$9 ~ p { match($9, /fd=[0-9]+/); print substr($9, RSTART + 3, RLENGTH - 3), $6 }')
  done < <(sessions)
}

first=$(orphans)
[ -n "$first" ] || exit 0
sleep 1
second=$(orphans)
ended=$(comm -12 <(printf '%s\n' "$first" | sort) <(printf '%s\n' "$second" | sort))
[ -n "$ended" ] || exit 0
while read -r pid _ user; do
  kill -TERM "$pid" 2>/dev/null && echo "$pid $user"
done <<< "$ended"
# Wait (up to 5 s) until they are gone, so that a count taken next is Dovecot's final one.
for _ in $(seq 50); do
  alive=
  while read -r pid _; do [ -d /proc/"$pid" ] && alive=1; done <<< "$ended"
  [ -z "$alive" ] && break
  sleep 0.1
done
exit 0

#!/usr/bin/env bash
# Install what sebadesk's tests and demo need on a fresh Debian 12 machine (as root,
# no systemd). Idempotent: when everything is there it only checks and prints.
#   - Dovecot (IMAP + LMTP), Postfix, openssl, curl, procps: the throwaway mail
#     stack (scripts/mailstack/start.sh) and the demo's mail client.
#   - PostgreSQL: started if installed but not running (the tests may use it).
#   - cargo: must already be there (it cannot be fetched here).
set -euo pipefail
# postfix, postconf and pg_ctlcluster live in sbin dirs that a non-login PATH may lack.
export PATH="$PATH:/usr/local/sbin:/usr/sbin:/sbin"
say() { echo "install-deps: $*"; }

[ "$(id -u)" = 0 ] || { say "must run as root (apt-get, and the mail stack's daemons)" >&2; exit 1; }

# procps: the mail stack scripts use ps (a minimal Debian image lacks it); iproute2: ss,
# which the replica tests and mailstack/end-orphaned-imap.sh use to see sockets.
# chromium, chromium-driver and the Bangla fonts: the web desk's browser tests
# (tests/integration/web.rs); without the fonts Bangla pages render as boxes.
pkgs=(dovecot-imapd dovecot-lmtpd postfix openssl curl ca-certificates procps iproute2
      chromium chromium-driver fonts-beng-extra fonts-lohit-beng-bengali)
missing=()
for p in "${pkgs[@]}"; do
  # dpkg's own status, not `command -v`: dovecot-imapd can be there without dovecot-lmtpd.
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q '^install ok installed$' || missing+=("$p")
done

if [ ${#missing[@]} -gt 0 ]; then
  say "installing: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  # Postfix's postinst asks what kind of mail server this is; "No configuration"
  # leaves /etc/postfix empty and starts nothing: our stacks bring their own config.
  echo "postfix postfix/main_mailer_type select No configuration" | debconf-set-selections
  # The packages' system-wide daemons must not start (they would listen on 143/993
  # on every interface). Docker images ship a policy-rc.d that forbids it; a plain
  # Debian machine does not, so add one for the duration of the install.
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\n# temporary, from sebadesk scripts/install-deps.sh\nexit 101\n' > /usr/sbin/policy-rc.d
    chmod 755 /usr/sbin/policy-rc.d
    trap 'rm -f /usr/sbin/policy-rc.d' EXIT
  fi
  apt-get update -q
  apt-get install -y -q --no-install-recommends "${missing[@]}"
else
  say "mail stack packages already installed"
fi
for bin in dovecot postfix openssl curl ps ss chromium chromedriver; do
  command -v "$bin" >/dev/null || { say "$bin still missing after install" >&2; exit 1; }
done

# PostgreSQL: start the Debian cluster if the package is there but nothing listens.
pg_up() { (exec 3<>/dev/tcp/127.0.0.1/5432) 2>/dev/null; }
if command -v pg_ctlcluster >/dev/null; then
  if pg_up; then
    say "postgresql already listening on 127.0.0.1:5432"
  else
    say "starting postgresql 15/main"
    # --skip-systemctl-redirect: there is no systemd to redirect to.
    pg_ctlcluster --skip-systemctl-redirect 15 main start || pg_ctlcluster 15 main start ||
      say "warning: could not start postgresql; tests that need it will fail or skip" >&2
  fi
else
  say "postgresql not installed; skipping (tests that need it will fail or skip)"
fi

command -v cargo >/dev/null || {
  say "cargo not found: install the Rust toolchain (rustup) and put ~/.cargo/bin on PATH" >&2
  exit 1
}
say "ok ($(cargo --version))"

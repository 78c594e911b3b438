#!/usr/bin/env bash
# Builds the Debian package and checks it the way an office would use it, then removes it:
#   1. cargo-deb (installed with `cargo install cargo-deb --locked --version 3.8.0` if missing)
#   2. cargo deb --locked: target/debian/sebadesk_VERSION-1_ARCH.deb
#   3. dpkg -i: the binary in /usr/bin, /etc/sebadesk (conffiles), the sebadesk user,
#      /var/lib/sebadesk, the systemd unit (checked with `systemd-analyze verify` where
#      available; no systemd needs to run)
#   4. sebadesk --config /etc/sebadesk/sebadesk.toml config check (as root and as sebadesk)
#   5. the demo's requests against the installed binary and config on the test mail stack
#      (scripts/demo.sh with SEBADESK_BIN=/usr/bin/sebadesk)
#   6. an upgrade (dpkg -i again) keeps an edited /etc/sebadesk/sebadesk.toml
#   7. dpkg --purge; the user and /var/lib/sebadesk that this script's install created go too
# Run as root on Debian 12 (CI: .ci/run, after scripts/test.sh). Refuses to run where a
# sebadesk package is installed already (it would remove it).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PATH:$HOME/.cargo/bin:/usr/local/sbin:/usr/sbin:/sbin"
t_start=$SECONDS
step() { printf '\n==> %s\n' "$*"; }
die() { echo "package-check: $*" >&2; exit 1; }
[ "$(id -u)" = 0 ] || die "run as root (dpkg -i)"
if dpkg-query -W -f='${Status}' sebadesk 2>/dev/null | grep -q 'install ok'; then
  die "a sebadesk package is installed on this machine: not touching it"
fi
user_existed=; getent passwd sebadesk >/dev/null && user_existed=1
state_existed=; [ -e /var/lib/sebadesk ] && state_existed=1

step "cargo-deb"
if ! command -v cargo-deb >/dev/null; then
  cargo install cargo-deb --locked --version 3.8.0
fi
cargo deb --version

step "Building the package (cargo deb --locked)"
t=$SECONDS
# --fast: xz at its default level took over two minutes of CI for a 17 MB package.
cargo deb --locked --fast
deb=$(ls -t target/debian/sebadesk_*.deb | head -n 1)
echo "built $deb in $((SECONDS - t)) s ($(du -h "$deb" | cut -f1))"
dpkg-deb --field "$deb" Package Version Architecture Depends
dpkg-deb --contents "$deb" | awk '{print $1, $2, $6}'

installed=
cleanup() {
  local rc=$?
  if [ -n "$installed" ]; then
    dpkg --purge sebadesk >/dev/null 2>&1 || echo "package-check: could not purge sebadesk (dpkg -l sebadesk)" >&2
    [ -n "$user_existed" ] || deluser --system sebadesk >/dev/null 2>&1 || true
    [ -n "$state_existed" ] || rm -rf /var/lib/sebadesk
  fi
  [ "$rc" = 0 ] || echo "package-check: FAILED (exit $rc)" >&2
}
trap cleanup EXIT

step "Installing it: dpkg -i $deb"
installed=1
if ! dpkg -i "$deb"; then
  # A missing dependency (adduser on a minimal system): let apt bring it, as an operator would.
  apt-get install -y -f
fi
dpkg-query -W -f='${Status}\n' sebadesk | grep -q 'install ok installed' || die "not installed"

step "What the package installed"
[ -x /usr/bin/sebadesk ] || die "no /usr/bin/sebadesk"
/usr/bin/sebadesk --version
for f in sebadesk.toml secrets.env charter/services.toml classifier/keywords.toml \
         classifier/examples.toml classifier/spam-examples.toml holidays/2026.toml templates/acknowledgement.txt \
         templates/_officer-help.bn.txt; do
  [ -f "/etc/sebadesk/$f" ] || die "no /etc/sebadesk/$f"
done
[ "$(stat -c '%a %U' /etc/sebadesk/secrets.env)" = "600 root" ] || die "secrets.env is not 0600 root"
conffiles=$(dpkg-query -W -f='${Conffiles}\n' sebadesk)
for f in /etc/sebadesk/sebadesk.toml /etc/sebadesk/secrets.env /etc/sebadesk/charter/services.toml \
         /etc/sebadesk/templates/acknowledgement.txt; do
  grep -q " $f " <<<"$conffiles " || die "$f is not a conffile"
done
getent passwd sebadesk | grep -q ':/var/lib/sebadesk:' || die "no sebadesk system user"
[ "$(stat -c '%a %U %G' /var/lib/sebadesk)" = "750 sebadesk sebadesk" ] || die "/var/lib/sebadesk: $(stat -c '%a %U %G' /var/lib/sebadesk)"
[ "$(stat -c '%a %U' /var/lib/sebadesk/sebadesk.db)" = "600 sebadesk" ] || die "the database was not created 0600 for sebadesk"
unit=$(dpkg -L sebadesk | grep '/systemd/system/sebadesk.service$') || die "no systemd unit"
echo "unit: $unit"
for want in 'User=sebadesk' 'ProtectSystem=strict' 'ReadWritePaths=/var/lib/sebadesk' \
            'NoNewPrivileges=yes' 'PrivateTmp=yes' 'ProtectHome=yes' 'Restart=on-failure' \
            'EnvironmentFile=-/etc/sebadesk/secrets.env'; do
  grep -qx "$want" "$unit" || die "the unit lacks $want"
done
if command -v systemd-analyze >/dev/null; then
  step "systemd-analyze verify $unit"
  systemd-analyze verify "$unit"
else
  echo "(systemd-analyze not available: unit not verified)"
fi

step "sebadesk --config /etc/sebadesk/sebadesk.toml config check (root, then the sebadesk user)"
/usr/bin/sebadesk --config /etc/sebadesk/sebadesk.toml config check
(cd /var/lib/sebadesk && runuser -u sebadesk -- /usr/bin/sebadesk --config /etc/sebadesk/sebadesk.toml config check >/dev/null)
(cd /var/lib/sebadesk && runuser -u sebadesk -- /usr/bin/sebadesk --config /etc/sebadesk/sebadesk.toml status >/dev/null)

step "The installed mail templates (/etc/sebadesk/templates) render, as the sebadesk user"
(cd /var/lib/sebadesk && runuser -u sebadesk -- /usr/bin/sebadesk --config /etc/sebadesk/sebadesk.toml templates check)
/usr/bin/sebadesk --config /etc/sebadesk/sebadesk.toml templates check --format json | grep -q '"dir":"/etc/sebadesk/templates"' \
  || die "templates check does not read /etc/sebadesk/templates"

step "The demo's requests against the installed binary and config"
SEBADESK_BIN=/usr/bin/sebadesk SEBADESK_DEMO_CONFIG=/etc/sebadesk/sebadesk.toml scripts/demo.sh

step "Upgrade: dpkg -i again keeps the office's edits to its conffiles"
echo "# edited by the office" >> /etc/sebadesk/sebadesk.toml
dpkg -i --force-confold "$deb"
grep -q '^# edited by the office$' /etc/sebadesk/sebadesk.toml || die "the upgrade overwrote the config"
/usr/bin/sebadesk --config /etc/sebadesk/sebadesk.toml config check >/dev/null

step "Removing it: dpkg --purge sebadesk"
dpkg --purge sebadesk
installed=
[ ! -e /usr/bin/sebadesk ] || die "/usr/bin/sebadesk left behind"
[ ! -e /etc/sebadesk/sebadesk.toml ] || die "purge left the config"
[ -f /var/lib/sebadesk/sebadesk.db ] || die "purge removed the office's database (it must stay)"
[ -n "$user_existed" ] || deluser --system sebadesk >/dev/null
[ -n "$state_existed" ] || rm -rf /var/lib/sebadesk

echo
echo "package-check: OK in $((SECONDS - t_start)) s"

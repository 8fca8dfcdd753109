#!/usr/bin/env bash
# Installs the Debian packages the test suite talks to, only when they are missing, so that a
# fresh machine and CI get the same real servers as a developer's machine. The tests start
# their own throwaway instances (on loopback ports, stopped by PID), never the system services.
set -euo pipefail

need=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
command -v dovecot >/dev/null 2>&1 && [ -x /usr/lib/dovecot/imap ] || need+=(dovecot-imapd)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || need+=(fonts-dejavu-core)
# the browser tests drive Debian's Chromium through Playwright (never `playwright install`)
[ -x /usr/bin/chromium ] || need+=(chromium)

if [ ${#need[@]} -gt 0 ]; then
  echo "installing Debian packages: ${need[*]}"
  if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
  export DEBIAN_FRONTEND=noninteractive
  # keep the packages' own services from starting: the tests run their own instances
  printf '#!/bin/sh\nexit 101\n' | $SUDO tee /usr/sbin/policy-rc.d >/dev/null
  $SUDO chmod +x /usr/sbin/policy-rc.d
  trap '$SUDO rm -f /usr/sbin/policy-rc.d' EXIT
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  # where an init system runs anyway, keep the system Dovecot off
  if [ -d /run/systemd/system ]; then
    $SUDO systemctl disable --now dovecot.socket dovecot.service 2>/dev/null || true
  fi
fi
id postgres >/dev/null 2>&1 || { echo "no postgres user after installing postgresql" >&2; exit 1; }

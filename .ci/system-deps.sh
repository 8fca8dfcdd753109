#!/usr/bin/env bash
# Installs the Debian packages the test suite talks to, only when they are missing, so that a
# fresh machine and CI get the same real servers as a developer's machine.
set -euo pipefail

need=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
fc-list 2>/dev/null | grep -qi "DejaVuSans" || [ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || need+=(fonts-dejavu-core)

if [ ${#need[@]} -gt 0 ]; then
  echo "installing Debian packages: ${need[*]}"
  if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  # the Debian package starts a cluster of its own; the tests run their own throwaway ones
  if command -v pg_ctlcluster >/dev/null 2>&1; then
    for conf in /etc/postgresql/*/main; do
      [ -d "$conf" ] || continue
      v=$(basename "$(dirname "$conf")")
      $SUDO pg_ctlcluster "$v" main stop 2>/dev/null || true
    done
  fi
fi
id postgres >/dev/null 2>&1 || { echo "no postgres user after installing postgresql" >&2; exit 1; }

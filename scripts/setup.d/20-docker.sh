#!/usr/bin/env bash
# The Docker engine for the container tests and for `daisee-request bill --runner docker`:
# Debian's docker.io (dockerd + containerd + runc). Idempotent; the daemon is NOT started here:
# the test fixture (or scripts/docker/start-engine.sh) starts it with the flags this machine needs.
set -euo pipefail
if command -v dockerd >/dev/null && command -v runc >/dev/null; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "docker.io is missing and this is not root: install it (sudo apt-get install docker.io) and run this again." >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
# Refresh the package lists only when docker.io is not known yet (a fresh machine has none).
if ! apt-cache show docker.io >/dev/null 2>&1; then
  apt-get update -qq
fi
apt-get install -y -qq --no-install-recommends docker.io >/dev/null \
  || { apt-get update -qq && apt-get install -y -qq --no-install-recommends docker.io >/dev/null; }
command -v dockerd >/dev/null

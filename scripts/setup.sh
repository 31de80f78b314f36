#!/usr/bin/env bash
# Installs what the build and the tests need on a fresh Debian machine, idempotently:
# every piece is a script in scripts/setup.d/, run in name order. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."
for step in scripts/setup.d/*.sh; do
  [ -e "$step" ] || continue
  echo "== setup: $(basename "$step")"
  bash "$step"
done

#!/usr/bin/env bash
# The fuzzer (scripts/fuzz.sh): AFL++ (Debian afl++) drives the SharpFuzz harness in
# tests/Daisee.Billing.Fuzz; the sharpfuzz instrumenter is a local dotnet tool
# (.config/dotnet-tools.json, SharpFuzz.CommandLine). Idempotent: installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/../.."
if ! command -v afl-fuzz >/dev/null; then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
  fi
  echo "installing afl++"
  for attempt in 1 2 3; do
    $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends afl++ >/dev/null && break
    [ "$attempt" -eq 3 ] && { echo "50-fuzz.sh: apt-get install afl++ failed" >&2; exit 1; }
    sleep 5
  done
fi
dotnet tool restore >/dev/null

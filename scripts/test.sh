#!/usr/bin/env bash
# Runs every test: installs what the tests need (scripts/setup.sh), builds, then runs the
# whole NUnit suite. Tests that need anvil, Docker or Chromium start them themselves.
# Ends with one plain line "N passed, N failed, N skipped" summed over the test projects.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
dotnet build Daisee.Billing.sln -c Release --nologo -v q
log=$(mktemp)
status=0
dotnet test Daisee.Billing.sln -c Release --no-build --nologo "$@" 2>&1 | tee "$log" || status=$?
awk '/(Passed|Failed)! +- +Failed: +[0-9]+, Passed: +[0-9]+, Skipped: +[0-9]+/ {
       gsub(",", ""); f += $4; p += $6; s += $8 }
     END { printf "%d passed, %d failed, %d skipped\n", p, f, s }' "$log"
rm -f "$log"
exit "$status"

#!/usr/bin/env bash
# Runs every test: installs what the tests need (scripts/setup.sh), builds, then runs the
# whole NUnit suite, then the fuzzer (scripts/fuzz.sh) for FUZZ_SECONDS (default 120).
# Tests that need anvil, Docker or Chromium start them themselves.
# Ends with one plain line "N passed, N failed, N skipped" summed over the test projects.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
dotnet build Daisee.Billing.sln -c Release --nologo -v q
log=$(mktemp)
status=0
dotnet test Daisee.Billing.sln -c Release --no-build --nologo "$@" 2>&1 | tee "$log" || status=$?
# The fuzzer over the readers, for a bounded time (FUZZ_SECONDS, default 120): a crash fails the run
# and counts as one failed check; a clean run as one passed check.
fuzz=0
bash scripts/fuzz.sh "${FUZZ_SECONDS:-120}" || { fuzz=$?; status=1; }
awk -v fuzz="$fuzz" '/(Passed|Failed)! +- +Failed: +[0-9]+, Passed: +[0-9]+, Skipped: +[0-9]+/ {
       gsub(",", ""); f += $4; p += $6; s += $8 }
     END { if (fuzz == 0) p += 1; else f += 1
           printf "%d passed, %d failed, %d skipped\n", p, f, s }' "$log"
rm -f "$log"
exit "$status"

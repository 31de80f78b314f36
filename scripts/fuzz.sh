#!/usr/bin/env bash
# Fuzzes the worker's front door for a bounded time: format detection and every curve, keys,
# split and collective reader (tests/Daisee.Billing.Fuzz), driven by AFL++ through SharpFuzz.
# Publishes the harness, instruments the worker assembly (sharpfuzz), runs afl-fuzz from the
# committed seeds (tests/Daisee.Billing.Fuzz/Seeds), then prints one line:
#   fuzz: N executions in S s (R/s), C crash(es), H hang(s), P inputs in the corpus
# Exit 1 when a crash was found; the crashing inputs are copied to artifacts/fuzz/crashes/
# (replay one: dotnet artifacts/fuzz/bin/Daisee.Billing.Fuzz.dll <file>).
#
# usage: scripts/fuzz.sh SECONDS      (FUZZ_OUT=<folder> instead of artifacts/fuzz)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:?usage: scripts/fuzz.sh SECONDS}"
root="${FUZZ_OUT:-artifacts/fuzz}"
bin="$root/bin"
findings="$root/findings"

command -v afl-fuzz >/dev/null || bash scripts/setup.d/50-fuzz.sh
dotnet tool restore >/dev/null

rm -rf "$bin" "$findings" "$root/crashes"
dotnet publish tests/Daisee.Billing.Fuzz -c Release -o "$bin" --nologo -v q
# Only the worker is instrumented: coverage of our readers steers the fuzzer.
dotnet sharpfuzz "$bin/daisee-worker.dll" >/dev/null

export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_SKIP_CPUFREQ=1 AFL_NO_AFFINITY=1
# -t: one input may take 10 s on a loaded 2-core machine (the .NET start is not counted per input).
status=0
timeout --kill-after=30 $((seconds + 120)) \
  afl-fuzz -V "$seconds" -i tests/Daisee.Billing.Fuzz/Seeds -o "$findings" -t 10000 -m none -- \
  dotnet "$bin/Daisee.Billing.Fuzz.dll" > "$root/afl.log" 2>&1 || status=$?

stats="$findings/default/fuzzer_stats"
if [ ! -f "$stats" ]; then
  echo "fuzz: afl-fuzz did not run (exit $status); its log:" >&2
  tail -n 30 "$root/afl.log" >&2
  exit 2
fi
stat() { awk -F' *: *' -v k="$1" '$1 == k { print $2 }' "$stats"; }
crashes="$(stat saved_crashes)"; crashes="${crashes:-$(stat unique_crashes)}"
hangs="$(stat saved_hangs)"; hangs="${hangs:-$(stat unique_hangs)}"
echo "fuzz: $(stat execs_done) executions in $(stat run_time) s ($(stat execs_per_sec)/s), ${crashes:-0} crash(es), ${hangs:-0} hang(s), $(stat corpus_count) inputs in the corpus"
if [ "${crashes:-0}" -gt 0 ]; then
  mkdir -p "$root/crashes"
  cp "$findings"/default/crashes/id:* "$root/crashes/"
  echo "fuzz: crashing inputs in $root/crashes/ (replay: dotnet $bin/Daisee.Billing.Fuzz.dll <file>)" >&2
  exit 1
fi

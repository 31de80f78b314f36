#!/usr/bin/env bash
# BenchmarkDotNet over the worker's hot stages (tests/Daisee.Billing.Benchmarks): stamp parsing,
# ingest + assembly, allocation per key type (prorata, static, cascade), bill lines, one PDF,
# a Factur-X invoice PDF and a statement PDF, the seller split, allocation.csv, keys.csv and curves.csv
# (each alone, and the three in parallel as the run writes them), on the generator's collective with 100 consumers (June 2026). Prints
# BenchmarkDotNet's table (mean time, allocated bytes). A short job, in process: a few minutes.
#
# usage: scripts/bench/stages.sh [BenchmarkDotNet arguments, e.g. --filter '*OnePdf*']
set -euo pipefail
cd "$(dirname "$0")/../.."
args=("$@")
[ ${#args[@]} -gt 0 ] || args=(--filter '*')
dotnet run -c Release --project tests/Daisee.Billing.Benchmarks -- --job short --inProcess "${args[@]}"

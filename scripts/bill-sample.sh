#!/usr/bin/env bash
# The main job on the bundled sample: bills June 2026 of the Villeurbanne collective with
# the embedded local runner (no chain, no Docker) and prints each member's bill.
set -euo pipefail
cd "$(dirname "$0")/.."
month="${1:-2026-06}"
dotnet run --project requester -c Release -- bill --month "$month" --dataset samples/villeurbanne --out "out/$month"

#!/usr/bin/env bash
# Rebuilds every committed sample from the seed: the Villeurbanne dataset, the faulty
# variants (with their README) and docs/sample-week.png. Byte-identical on every run.
set -euo pipefail
cd "$(dirname "$0")/.."

SEED="${SEED:-42}"
GEN=(dotnet run --project samples/generator --configuration Release --)

dotnet build samples/generator --configuration Release --nologo -v quiet
"${GEN[@]}" --out samples/villeurbanne --seed "$SEED" --consumers 16 \
  --months 2026-03,2026-06,2026-10 > samples/villeurbanne-energy.txt
"${GEN[@]}" --out samples/faulty --seed "$SEED" --variant all
"${GEN[@]}" --plot docs/sample-week.png --seed "$SEED"
cat samples/villeurbanne-energy.txt

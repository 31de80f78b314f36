#!/usr/bin/env bash
# Runs every test: installs what the tests need (scripts/setup.sh), builds, then runs the
# whole NUnit suite. Tests that need anvil, Docker or Chromium start them themselves.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
dotnet build Daisee.Billing.sln -c Release --nologo -v q
dotnet test Daisee.Billing.sln -c Release --no-build --nologo "$@"

#!/usr/bin/env bash
# The .NET SDK pinned by global.json must be on the machine; packages come from NuGet.
set -euo pipefail
if ! command -v dotnet >/dev/null; then
  echo "The .NET 10 SDK is missing: install it (https://dot.net) and run this again." >&2
  exit 1
fi
dotnet restore Daisee.Billing.sln --locked-mode >/dev/null || dotnet restore Daisee.Billing.sln

#!/usr/bin/env bash
# The official iExec SDK (npm `iexec`, CLI `iexec`) that the interop tests drive as a buyer
# against the devchain, installed into .tools/iexec-sdk/ (ignored, never committed).
# Idempotent: skipped when the pinned version is already there. Registry only.
set -euo pipefail
cd "$(dirname "$0")/../.."
version=9.0.1
dir="$PWD/.tools/iexec-sdk"
cli="$dir/node_modules/.bin/iexec"
if [ -x "$cli" ] && grep -q "\"version\": \"$version\"" "$dir/node_modules/iexec/package.json" 2>/dev/null; then
  exit 0
fi
if ! command -v npm >/dev/null; then
  echo "npm is missing: install Node.js 20+ (apt-get install nodejs npm) and run this again." >&2
  exit 1
fi
echo "installing the iExec SDK (npm iexec $version) into $dir"
mkdir -p "$dir"
[ -f "$dir/package.json" ] || echo '{"name":"daisee-iexec-sdk","private":true}' > "$dir/package.json"
npm install --prefix "$dir" --no-audit --no-fund --loglevel=error "iexec@$version" >/dev/null
"$cli" --version >/dev/null

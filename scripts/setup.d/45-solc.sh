#!/usr/bin/env bash
# solcjs (npm `solc`, the emscripten Solidity compiler) pinned into .tools/solc/ to compile
# contracts/ (scripts/contracts/build.sh). Idempotent: skipped when the pinned version is
# there. Registry only; nothing here is committed (.tools/ is ignored).
set -euo pipefail
cd "$(dirname "$0")/../.."
solc_version=0.8.30
solc_dir="$PWD/.tools/solc"

if ! command -v npm >/dev/null; then
  echo "npm is missing: install Node.js 20+ (apt-get install nodejs npm) and run this again." >&2
  exit 1
fi

package="$solc_dir/node_modules/solc/package.json"
if [ ! -f "$package" ] || ! grep -q "\"version\": \"$solc_version\"" "$package"; then
  echo "installing solc $solc_version into $solc_dir"
  mkdir -p "$solc_dir"
  [ -f "$solc_dir/package.json" ] || echo '{"name":"daisee-solc","private":true}' > "$solc_dir/package.json"
  npm install --prefix "$solc_dir" --no-audit --no-fund --loglevel=error "solc@$solc_version" >/dev/null
fi
grep -q "\"version\": \"$solc_version\"" "$package"

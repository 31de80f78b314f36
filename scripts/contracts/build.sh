#!/usr/bin/env bash
# Compiles contracts/src/DaiseeCollective.sol into contracts/out/DaiseeCollective.{abi,bin}
# with the pinned solcjs from .tools/solc/ (scripts/setup.d/45-solc.sh). The outputs are
# committed: the requester deploys them without a compiler, and a test checks they equal a
# fresh compile. Usage: scripts/contracts/build.sh [out dir]
set -euo pipefail
cd "$(dirname "$0")/../.."
solc_dir="$PWD/.tools/solc/node_modules/solc"
if [ ! -f "$solc_dir/package.json" ]; then
  echo "solcjs is missing: run scripts/setup.d/45-solc.sh" >&2
  exit 1
fi
node scripts/contracts/compile.js "$solc_dir" "${1:-$PWD/contracts/out}"

#!/usr/bin/env bash
# The local iExec stack the chain tests and `daisee-request … --runner iexec` on a local chain
# use: anvil (an EVM node) and cast from npm into .tools/node/, and the real PoCo 6.1.0
# contracts (`npm pack` + untar: `npm install @iexec/poco` needs GitHub for its git
# dependencies) into .tools/poco/. Idempotent: each piece is skipped when already there.
# Registry only; nothing here is committed (.tools/ is ignored).
set -euo pipefail
cd "$(dirname "$0")/../.."
tools="$PWD/.tools"
anvil_version=1.7.1
poco_version=6.1.0

if ! command -v npm >/dev/null; then
  echo "npm is missing: install Node.js 20+ (apt-get install nodejs npm) and run this again." >&2
  exit 1
fi

node_dir="$tools/node"
anvil="$node_dir/node_modules/@foundry-rs/anvil-linux-amd64/bin/anvil"
cast="$node_dir/node_modules/@foundry-rs/cast-linux-amd64/bin/cast"
if [ ! -x "$anvil" ] || [ ! -x "$cast" ] || ! "$anvil" --version 2>/dev/null | grep -q "$anvil_version"; then
  echo "installing anvil and cast $anvil_version into $node_dir"
  mkdir -p "$node_dir"
  [ -f "$node_dir/package.json" ] || echo '{"name":"daisee-tools","private":true}' > "$node_dir/package.json"
  npm install --prefix "$node_dir" --no-audit --no-fund --loglevel=error \
    "@foundry-rs/anvil-linux-amd64@$anvil_version" "@foundry-rs/cast-linux-amd64@$anvil_version" >/dev/null
fi
"$anvil" --version >/dev/null

poco_dir="$tools/poco"
if [ ! -f "$poco_dir/package/package.json" ] || ! grep -q "\"version\": \"$poco_version\"" "$poco_dir/package/package.json"; then
  echo "fetching @iexec/poco $poco_version into $poco_dir"
  rm -rf "$poco_dir"
  mkdir -p "$poco_dir"
  (cd "$poco_dir" && npm pack --silent --loglevel=error "@iexec/poco@$poco_version" >/dev/null && tar xzf "iexec-poco-$poco_version.tgz")
fi
test -f "$poco_dir/package/artifacts/contracts/Diamond.sol/Diamond.json"

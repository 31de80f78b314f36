#!/usr/bin/env bash
# Fills the "app" section of the top-level iexec.json from a built image (other sections kept):
# name, type DOCKER, multiaddr = the image reference, checksum = the image digest, empty
# mrenclave (SDK 9 / TDX: the app is a plain Docker image; the checksum is its fingerprint).
#
# usage: scripts/docker/update-iexec-json.sh IMAGE [OWNER]
#   IMAGE  the reference iExec workers will pull, e.g. docker.io/daisee/billing-worker:1.0.0.
#          After `docker push IMAGE` the checksum is the registry manifest digest (RepoDigests),
#          which is what must go on chain. Before any push there is no manifest digest: the script
#          then writes the local image id (sha256 of the image config) and says so; run it again
#          after the push, before `app publish`.
#   OWNER  the app owner's address (default: keep the current one, else the zero placeholder).
# Needs jq.
set -euo pipefail
cd "$(dirname "$0")/../.."
image="${1:?usage: update-iexec-json.sh IMAGE [OWNER]}"
file=iexec.json
[ -f "$file" ] || echo '{}' > "$file"
owner="${2:-$(jq -r '.app.owner // "0x0000000000000000000000000000000000000000"' "$file")}"

docker image inspect "$image" >/dev/null 2>&1 || { echo "no image $image here: build it (scripts/docker/build-image.sh $image) or pull it." >&2; exit 1; }
repo="${image%:*}"
short="${repo#docker.io/}"   # Docker lists Docker Hub digests without the docker.io/ prefix
digest="$(docker image inspect --format '{{range .RepoDigests}}{{println .}}{{end}}' "$image" \
  | awk -F@ -v r="$repo" -v s="$short" '($1 == r || $1 == s) && !found { print $2; found = 1 }')"
if [ -z "$digest" ]; then
  digest="$(docker image inspect --format '{{.Id}}' "$image")"
  echo "warning: $image was never pushed: writing its local image id $digest." >&2
  echo "         push it (docker push $image) and run this again: the chain needs the manifest digest." >&2
fi

tmp="$(mktemp)"
jq --arg owner "$owner" --arg image "$image" --arg checksum "0x${digest#sha256:}" \
  '.app = { owner: $owner, name: "daisee-billing-worker", type: "DOCKER", multiaddr: $image, checksum: $checksum, mrenclave: "" }' \
  "$file" > "$tmp"
mv "$tmp" "$file"
echo "iexec.json app: $image checksum 0x${digest#sha256:}"

#!/usr/bin/env bash
# Builds the Dapp image: publishes the worker (self-contained, trimmed, ReadyToRun, linux-x64) into
# artifacts/docker/worker (scripts/docker/publish-worker.sh), then `docker build` of the top-level
# Dockerfile.
#
# usage: scripts/docker/build-image.sh [TAG]        (default TAG: daisee/worker:local)
#   BASE=<image>  the base image. Unset: the local stand-in daisee/base:local, built by
#                 build-base.sh if missing (nothing can be pulled here). BASE=default uses the
#                 Dockerfile's public default (Microsoft's chiseled runtime-deps image).
set -euo pipefail
cd "$(dirname "$0")/../.."
tag="${1:-daisee/worker:local}"

if ! docker info >/dev/null 2>&1; then
  echo "build-image.sh: no Docker engine answers. Is Docker running? As root on this machine:" >&2
  echo "  dockerd --storage-driver=vfs --bridge=none --iptables=false --ip6tables=false &" >&2
  exit 1
fi

# 1-2. The worker as the image holds it (publish-worker.sh).
scripts/docker/publish-worker.sh

# 3. Base and image.
build_args=()
if [ -z "${BASE:-}" ]; then
  scripts/docker/build-base.sh daisee/base:local >/dev/null
  build_args=(--build-arg BASE=daisee/base:local)
elif [ "$BASE" != "default" ]; then
  build_args=(--build-arg "BASE=$BASE")
fi
DOCKER_BUILDKIT=0 docker build -q "${build_args[@]}" -t "$tag" . >/dev/null
echo "built $tag: $(docker image inspect --format '{{.Id}} {{.Size}} bytes' "$tag")"

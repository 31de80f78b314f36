#!/usr/bin/env bash
# Builds the Dapp image: publishes the worker (self-contained, trimmed, ReadyToRun, linux-x64) into
# artifacts/docker/worker, then `docker build` of the top-level Dockerfile.
#
# usage: scripts/docker/build-image.sh [TAG]        (default TAG: daisee/worker:local)
#   BASE=<image>  the base image. Unset: the local stand-in daisee/base:local, built by
#                 build-base.sh if missing (nothing can be pulled here). BASE=default uses the
#                 Dockerfile's public default (Microsoft's chiseled runtime-deps image).
# The publish runs on a copy of the sources (artifacts/docker/src) so that it never touches the
# work tree's obj/ folders or lock files (a RID-specific, trimmed restore differs from a build's).
set -euo pipefail
cd "$(dirname "$0")/../.."
tag="${1:-daisee/worker:local}"
stage=artifacts/docker/src
out=artifacts/docker/worker

if ! docker info >/dev/null 2>&1; then
  echo "build-image.sh: no Docker engine answers. Is Docker running? As root on this machine:" >&2
  echo "  dockerd --storage-driver=vfs --bridge=none --iptables=false --ip6tables=false &" >&2
  exit 1
fi

# 1. Stage the sources the worker needs (old sources removed, obj/ kept for incremental builds).
mkdir -p "$stage/worker"
find "$stage/worker" -mindepth 1 -maxdepth 1 ! -name obj ! -name bin -exec rm -rf {} +
mkdir -p "$stage/docs"
tar -c --exclude=bin --exclude=obj \
    worker Directory.Build.props Directory.Packages.props global.json BannedSymbols.txt .editorconfig \
    docs/collective.schema.json \
  | tar -x -C "$stage"

# 2. Publish, fully trimmed (every JSON binding is source-generated; the one reflection, into
#    PdfPig's writer for the shared font, is kept by DynamicDependency in Output/Pdf/EmbeddedFont.cs)
#    and ReadyToRun (precompiled: no JIT at start-up; the worker's csproj lists what stays IL only).
rm -rf "$out"
dotnet publish "$stage/worker/Daisee.Billing.Worker.csproj" -c Release -r linux-x64 --self-contained \
  -p:PublishTrimmed=true -p:PublishReadyToRun=true -p:DebugType=none -p:DebugSymbols=false \
  -o "$out" --nologo -v q
# Diagnostics-only native parts the container never uses (createdump, the debugger and the
# LTTng trace provider, which would need liblttng-ust).
rm -f "$out/createdump" "$out/libmscordbi.so" "$out/libmscordaccore.so" "$out/libcoreclrtraceptprovider.so"

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

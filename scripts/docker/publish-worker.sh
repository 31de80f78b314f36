#!/usr/bin/env bash
# Publishes the worker as the Dapp image holds it (self-contained, trimmed, ReadyToRun, linux-x64)
# into artifacts/docker/worker; needs no Docker engine. build-image.sh and scripts/bench/scale.sh
# run it, so the binary measured is the binary shipped.
# The publish runs on a copy of the sources (artifacts/docker/src) so that it never touches the
# work tree's obj/ folders or lock files (a RID-specific, trimmed restore differs from a build's).
set -euo pipefail
cd "$(dirname "$0")/../.."
stage=artifacts/docker/src
out=artifacts/docker/worker

# 1. Stage the sources the worker needs (old sources removed, obj/ kept for incremental builds).
mkdir -p "$stage/worker"
find "$stage/worker" -mindepth 1 -maxdepth 1 ! -name obj ! -name bin -exec rm -rf {} +
mkdir -p "$stage/docs"
tar -c --exclude=bin --exclude=obj \
    worker Directory.Build.props Directory.Packages.props global.json BannedSymbols.txt .editorconfig \
    docs/collective.schema.json \
  | tar -x -C "$stage"

# 2. Publish, fully trimmed (every JSON binding is source-generated; the resources read at run
#    time, our font and PdfPig's sRGB output profile, are embedded resources the trimmer keeps) and
#    ReadyToRun (precompiled: no JIT at start-up; the worker's csproj lists what stays IL only).
# The publish deps file is not rebuilt when only the trimmed set changes (an incremental publish
# kept a deps.json that did not list System.Diagnostics.Process, so the host could not load it):
# it is always made afresh.
rm -rf "$out"
find "$stage/worker/obj" -name '*.deps.json' -delete 2>/dev/null || true
dotnet publish "$stage/worker/Daisee.Billing.Worker.csproj" -c Release -r linux-x64 --self-contained \
  -p:PublishTrimmed=true -p:PublishReadyToRun=true -p:DebugType=none -p:DebugSymbols=false \
  -o "$out" --nologo -v q
# Native parts the container never uses: diagnostics (createdump, the debugger and the LTTng trace
# provider, which would need liblttng-ust) and the two standalone garbage collectors, loaded only
# when DOTNET_GCName names one (the runtime's own GC is inside libcoreclr.so).
rm -f "$out/createdump" "$out/libmscordbi.so" "$out/libmscordaccore.so" "$out/libcoreclrtraceptprovider.so" \
      "$out/libclrgc.so" "$out/libclrgcexp.so"

#!/usr/bin/env bash
# Prints the Dapp image's size and the time from `docker start` to the container's first byte of
# output, on a small generated month (or a dataset folder/zip given as $2), run as an iExec worker
# runs it (/iexec_in read-only, /iexec_out root-owned 0755, no network, read-only root).
#
# usage: scripts/docker/measure.sh [IMAGE] [DATASET] [MONTH]
#        (defaults: daisee/worker:local, samples/villeurbanne, 2026-06)
set -euo pipefail
cd "$(dirname "$0")/../.."
image="${1:-daisee/worker:local}"
dataset="${2:-samples/villeurbanne}"
month="${3:-2026-06}"

docker image inspect "$image" >/dev/null 2>&1 || { echo "no image $image: run scripts/docker/build-image.sh" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/in" "$work/out"
chmod 0755 "$work/out"
name=0x00000000000000000000000000000000000da15e
if [ -d "$dataset" ] && ! command -v zip >/dev/null; then
  cp -r "$dataset" "$work/in/$name"   # the worker also reads a folder; iExec gives a zip
elif [ -d "$dataset" ]; then
  (cd "$dataset" && find . -type f | sed 's|^\./||' | LC_ALL=C sort | zip -q -X -D "$work/in/d.zip" -@)
  mv "$work/in/d.zip" "$work/in/$name"
else
  cp "$dataset" "$work/in/$name"
fi

size=$(docker image inspect --format '{{.Size}}' "$image")
echo "image $image: $size bytes ($(( (size + 524288) / 1048576 )) MB), base included"

runs=3
for i in $(seq 1 "$runs"); do
  rm -rf "${work:?}/out/"*
  id=$(docker create --network none --read-only \
        -v "$work/in:/iexec_in:ro" -v "$work/out:/iexec_out" \
        -e IEXEC_IN=/iexec_in -e IEXEC_OUT=/iexec_out \
        -e IEXEC_DATASET_FILENAME=$name -e IEXEC_INPUT_FILES_NUMBER=0 \
        "$image" --month "$month")
  t0=$(date +%s%N)
  # docker start -a streams the output: the first line's arrival is the first byte.
  first=""
  while IFS= read -r line; do
    [ -z "$first" ] && first=$(date +%s%N) && echo "  first line: $line"
  done < <(docker start -a "$id" 2>&1)
  t1=$(date +%s%N)
  docker rm "$id" >/dev/null
  echo "run $i: start -> first output $(( (first - t0) / 1000000 )) ms, start -> exit $(( (t1 - t0) / 1000000 )) ms"
done
# Start-up alone: no arguments, so the worker rejects at once (runtime start + computed.json).
rm -rf "${work:?}/out/"*
t0=$(date +%s%N)
docker run --rm --network none --read-only -v "$work/out:/iexec_out" -e IEXEC_OUT=/iexec_out "$image" >/dev/null
echo "start-up only (docker run of an immediate rejection): $(( ($(date +%s%N) - t0) / 1000000 )) ms"
echo "machine load: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) core(s)"
echo "outputs: $(ls "$work/out" | tr '\n' ' ')"

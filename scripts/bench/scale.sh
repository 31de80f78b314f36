#!/usr/bin/env bash
# How the whole worker run grows with the collective: generates N members × M months with the
# sample generator (seeded, deterministic; kept under out/bench/data/ and reused), bills June 2026,
# and prints one table row per case: input size, rows read, the raw read of the same bytes
# (reading every file and counting its lines: our practical limit), wall time and peak RSS of the
# worker (and its CPU time, user + system: steadier than wall time on a busy machine), the time of each stage (--timings), rows/s of ingest, and the ratio of
# ingest + allocation (open + ingest + allocation) to the raw read.
#
# usage: scripts/bench/scale.sh [CASE ...]     CASE = MEMBERSxMONTHS (default: the README's table)
#        e.g. scripts/bench/scale.sh 1000x1 5000x1
set -euo pipefail
cd "$(dirname "$0")/../.."
cases=("$@")
[ ${#cases[@]} -gt 0 ] || cases=(10x1 100x1 1000x1 5000x1 1000x3 1000x12)

dotnet build samples/generator -c Release --nologo -v q >/dev/null
dotnet build worker -c Release --nologo -v q >/dev/null
gen=samples/generator/bin/Release/net10.0/daisee-samplegen
worker=worker/bin/Release/net10.0/daisee-worker
data=out/bench/data
mkdir -p "$data"

months_of() {
  case "$1" in
    1) echo 2026-06 ;;
    3) echo 2026-05,2026-06,2026-07 ;;
    12) echo 2026-01,2026-02,2026-03,2026-04,2026-05,2026-06,2026-07,2026-08,2026-09,2026-10,2026-11,2026-12 ;;
    *) echo "months must be 1, 3 or 12" >&2; exit 2 ;;
  esac
}

stage() { sed -n "s/^daisee-worker: stage $1 \([0-9]*\) ms$/\1/p" "$2"; }

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
printf '%-9s %8s %9s %8s %8s %8s %8s | %6s %6s %6s %6s %6s %6s %6s | %9s %7s\n' \
  case input rows raw_s wall_s cpu_s rss_MB open ingest alloc billing csv docs write rows/s ratio
for c in "${cases[@]}"; do
  members=${c%x*}; months=${c#*x}
  set_dir="$data/m${members}x${months}"
  if [ ! -f "$set_dir/.complete" ]; then
    rm -rf "$set_dir"
    "$gen" --out "$set_dir" --seed 42 --consumers "$members" --months "$(months_of "$months")" >/dev/null
    touch "$set_dir/.complete"
  fi
  out="out/bench/run"; rm -rf "$out"; mkdir -p "$out"
  input=$(du -sm --exclude=.complete "$set_dir" | cut -f1)
  # The raw read: every byte of the dataset read once and its lines counted.
  t0=$(date +%s%N); find "$set_dir" -type f -name '*.csv' -print0 | xargs -0 cat | wc -l >/dev/null; t1=$(date +%s%N)
  raw=$(( (t1 - t0) / 1000000 ))
  log="out/bench/worker.log"
  /usr/bin/time -f 'rss %M wall %e cpu %U %S' -o out/bench/time.txt \
    "$worker" --month 2026-06 --dataset "$set_dir" --out "$out" --timings >"$log" 2>&1
  rss=$(awk '{print int($2/1024)}' out/bench/time.txt); wall=$(awk '{print $4}' out/bench/time.txt); cpu=$(awk '{print $6 + $7}' out/bench/time.txt)
  rows=$(grep -o '"rowsRead": *[0-9]*' "$out/summary.json" | head -1 | grep -o "[0-9]*$")
  o=$(stage open "$log"); i=$(stage ingest "$log"); a=$(stage allocation "$log"); b=$(stage billing "$log")
  v=$(stage csv "$log"); d=$(stage documents "$log"); w=$(( $(stage manifest "$log") + $(stage write "$log") ))
  rate=$(( rows * 1000 / (o + i + 1) ))
  ratio=$(awk -v a=$((o + i + a)) -v r="$raw" 'BEGIN { printf "%.1f", a / (r > 0 ? r : 1) }')
  printf '%-9s %6sMB %9s %8.2f %8s %8s %8s | %6s %6s %6s %6s %6s %6s %6s | %9s %6sx\n' \
    "$c" "$input" "$rows" "$(awk -v r="$raw" 'BEGIN { print r / 1000 }')" "$wall" "$cpu" "$rss" "$o" "$i" "$a" "$b" "$v" "$d" "$w" "$rate" "$ratio"
done
echo "stage columns in ms; ratio = (open + ingest + allocation) / raw read"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

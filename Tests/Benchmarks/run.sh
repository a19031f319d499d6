#!/usr/bin/env bash
# The Crosswalk benchmark: whole `crosswalk convert` runs on generated catalogues, timed with
# /usr/bin/time -v (wall time and peak memory), side by side with a reference run on the same
# files at the same time, so that results are reported as ratios.
#
#   Tests/Benchmarks/run.sh [N ...]        (default: 10000 200000)
#
# The reference for JSON, JSON Lines and CSV is Python's standard library doing the same
# parse-and-serialise work (Tests/Benchmarks/reference.py); later formats add their peers
# (xmllint, bib2xml, pandoc) when those are installed.
set -euo pipefail
cd "$(dirname "$0")/../.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10000 200000)

swift build -c release --product crosswalk >/dev/null
swift build -c release --product crosswalk-bench >/dev/null
bin=$(swift build -c release --show-bin-path)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# measure LABEL COMMAND...: prints "LABEL seconds peakKiB"
measure() {
  local label=$1; shift
  /usr/bin/time -v -o "$work/time.txt" "$@" >"$work/out" 2>"$work/err" || { echo "FAILED: $label"; cat "$work/err"; exit 1; }
  local wall rss
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$work/time.txt")
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time.txt")
  # m:ss.ss or h:mm:ss to seconds
  local secs
  secs=$(echo "$wall" | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  echo "$secs $rss"
}

printf '%-14s %9s %8s %8s %10s %8s %8s %-26s %8s %8s %8s\n' conversion records MB seconds records/s MB/s peakMiB reference ref_s ref_MiB ratio
# row FROM TO N REFNAME REFCMD...: times crosswalk and the reference on the same file, one after the other.
row() {
  local from=$1 to=$2 n=$3 refname=$4; shift 4
  local file="$work/cat.$from"
  read -r secs rss < <(measure "$from->$to" "$bin/crosswalk" convert "$file" --from "$from" --to "$to")
  read -r rsecs rrss < <(measure "ref $refname" "$@")
  awk -v l="$from->$to" -v n="$n" -v b="$(stat -c %s "$file")" -v s="$secs" -v r="$rss" -v rn="$refname" -v rs="$rsecs" -v rr="$rrss" 'BEGIN {
    mb = b / 1048576
    printf "%-14s %9d %8.1f %8.2f %10.0f %8.1f %8.1f %-26s %8.2f %8.1f %7.2fx\n", l, n, mb, s, (s > 0 ? n / s : 0), (s > 0 ? mb / s : 0), r / 1024, rn, rs, rr / 1024, (s > 0 ? rs / s : 0) }'
}
for n in "${sizes[@]}"; do
  for fmt in json jsonl csv dc; do "$bin/crosswalk-bench" generate "$n" "$fmt" >"$work/cat.$fmt"; done
  row json csv "$n" "python3 json+csv" python3 Tests/Benchmarks/reference.py json csv "$work/cat.json"
  row csv json "$n" "python3 csv+json" python3 Tests/Benchmarks/reference.py csv json "$work/cat.csv"
  row jsonl jsonl "$n" "python3 jsonl" python3 Tests/Benchmarks/reference.py jsonl jsonl "$work/cat.jsonl"
  row json jsonl "$n" "python3 json->jsonl" python3 Tests/Benchmarks/reference.py json jsonl "$work/cat.json"
  if command -v xmllint >/dev/null; then
    # libxml2's own streaming parser on the same file: the floor for an XML reader.
    row dc json "$n" "xmllint --stream --noout" xmllint --stream --noout "$work/cat.dc"
    row json dc "$n" "xmllint --stream --noout" xmllint --stream --noout "$work/cat.dc"
  fi
done
echo "ratio = reference seconds / crosswalk seconds (above 1: crosswalk is faster; below 1: the reference is)"

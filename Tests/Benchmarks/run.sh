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

printf '%-14s %9s %10s %9s %12s %11s %9s %10s\n' conversion records MB seconds records/s peakMiB ref_s ratio
for n in "${sizes[@]}"; do
  "$bin/crosswalk-bench" generate "$n" json >"$work/cat.json"
  "$bin/crosswalk-bench" generate "$n" jsonl >"$work/cat.jsonl"
  "$bin/crosswalk-bench" generate "$n" csv >"$work/cat.csv"
  for conv in "json csv" "csv json" "jsonl jsonl" "json jsonl"; do
    set -- $conv
    from=$1 to=$2
    read -r secs rss < <(measure "$from->$to" "$bin/crosswalk" convert "$work/cat.$from" --from "$from" --to "$to")
    read -r rsecs _ < <(measure "ref $from->$to" python3 Tests/Benchmarks/reference.py "$from" "$to" "$work/cat.$from")
    mb=$(awk -v b="$(stat -c %s "$work/cat.$from")" 'BEGIN { printf "%.1f", b/1048576 }')
    awk -v l="$from->$to" -v n="$n" -v mb="$mb" -v s="$secs" -v r="$rss" -v rs="$rsecs" 'BEGIN {
      rate = (s > 0) ? n / s : 0
      printf "%-14s %9d %10s %9.2f %12.0f %11.1f %9.2f %9.2fx\n", l, n, mb, s, rate, r/1024, rs, (s > 0 ? rs / s : 0) }'
  done
done
echo "ratio = reference seconds / crosswalk seconds (higher is better for crosswalk)"

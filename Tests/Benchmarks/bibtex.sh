#!/usr/bin/env bash
# The BibTeX benchmark: whole `crosswalk convert` runs on generated biblatex catalogues, timed with
# /usr/bin/time -v (wall time and peak memory), side by side with bibutils (bib2xml) and pandoc
# reading the same file, one after another in the same run, reported as ratios.
#
#   Tests/Benchmarks/bibtex.sh [N ...]        (default: 10000 200000)
#
# pandoc reads the whole bibliography into memory and is slow: it runs only up to PANDOC_MAX entries
# (default 50000) and is shown as "skipped" above that.
set -euo pipefail
cd "$(dirname "$0")/../.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10000 200000)
pandoc_max=${PANDOC_MAX:-50000}

swift build -c release --product crosswalk >/dev/null
swift build -c release --product crosswalk-bench >/dev/null
bin=$(swift build -c release --show-bin-path)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# measure COMMAND...: prints "seconds peakKiB"
# The wall time is taken with nanosecond clocks around the run (time -v rounds to 10 ms).
measure() {
  local start end rss
  start=$(date +%s%N)
  /usr/bin/time -v -o "$work/time.txt" "$@" >"$work/out" 2>"$work/err" || { echo "FAILED: $*" >&2; tail -5 "$work/err" >&2; exit 1; }
  end=$(date +%s%N)
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time.txt")
  awk -v a="$start" -v b="$end" -v r="$rss" 'BEGIN { printf "%.3f %d\n", (b - a) / 1e9, r }'
}

row() { # LABEL N BYTES SECONDS KIB
  awk -v l="$1" -v n="$2" -v b="$3" -v s="$4" -v r="$5" 'BEGIN {
    mb = b / 1048576
    printf "%-26s %8d %8.1f %9.3f %9.1f %10.1f\n", l, n, mb, s, (s > 0 ? mb / s : 0), r / 1024 }'
}

printf '%-26s %8s %8s %9s %9s %10s\n' run entries MB seconds MB/s peakMiB
for n in "${sizes[@]}"; do
  "$bin/crosswalk-bench" generate "$n" biblatex >"$work/cat.bib"
  "$bin/crosswalk" convert "$work/cat.bib" --to json -o "$work/cat.json"
  bibbytes=$(stat -c %s "$work/cat.bib")
  jsonbytes=$(stat -c %s "$work/cat.json")

  read -r cw_read cw_read_kib < <(measure "$bin/crosswalk" convert "$work/cat.bib" --from bibtex --to json)
  read -r cw_write cw_write_kib < <(measure "$bin/crosswalk" convert "$work/cat.json" --from json --to biblatex)
  read -r b2x b2x_kib < <(measure bib2xml "$work/cat.bib")

  row "crosswalk bib -> json" "$n" "$bibbytes" "$cw_read" "$cw_read_kib"
  row "crosswalk json -> biblatex" "$n" "$jsonbytes" "$cw_write" "$cw_write_kib"
  row "bib2xml bib -> MODS" "$n" "$bibbytes" "$b2x" "$b2x_kib"
  awk -v a="$b2x" -v b="$cw_read" 'BEGIN { printf "  crosswalk reads %.1fx faster than bib2xml\n", (b > 0 ? a / b : 0) }'
  if [ "$n" -le "$pandoc_max" ]; then
    read -r pd pd_kib < <(measure pandoc -f biblatex -t csljson "$work/cat.bib")
    row "pandoc biblatex -> csljson" "$n" "$bibbytes" "$pd" "$pd_kib"
    awk -v a="$pd" -v b="$cw_read" 'BEGIN { printf "  crosswalk reads %.1fx faster than pandoc\n", (b > 0 ? a / b : 0) }'
  else
    printf '%-26s %8d %8s %9s\n' "pandoc biblatex -> csljson" "$n" "" "skipped (more than $pandoc_max entries)"
  fi
done

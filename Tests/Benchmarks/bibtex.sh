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
measure() {
  /usr/bin/time -v -o "$work/time.txt" "$@" >"$work/out" 2>"$work/err" || { echo "FAILED: $*" >&2; tail -5 "$work/err" >&2; exit 1; }
  local wall rss secs
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$work/time.txt")
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time.txt")
  secs=$(echo "$wall" | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  echo "$secs $rss"
}

row() { # LABEL N BYTES SECONDS KIB REFERENCE_SECONDS
  awk -v l="$1" -v n="$2" -v b="$3" -v s="$4" -v r="$5" -v ref="$6" 'BEGIN {
    mb = b / 1048576
    printf "%-26s %8d %8.1f %9.2f %9.1f %10.1f %9s\n", l, n, mb, s, (s > 0 ? mb / s : 0), r / 1024,
      (ref == "" ? "" : (s > 0 ? sprintf("%.1fx", ref / s) : "-")) }'
}

printf '%-26s %8s %8s %9s %9s %10s %9s\n' run entries MB seconds MB/s peakMiB "cw speedup"
for n in "${sizes[@]}"; do
  "$bin/crosswalk-bench" generate "$n" biblatex >"$work/cat.bib"
  "$bin/crosswalk" convert "$work/cat.bib" --to json -o "$work/cat.json"
  bibbytes=$(stat -c %s "$work/cat.bib")
  jsonbytes=$(stat -c %s "$work/cat.json")

  read -r cw_read cw_read_kib < <(measure "$bin/crosswalk" convert "$work/cat.bib" --from bibtex --to json)
  read -r cw_write cw_write_kib < <(measure "$bin/crosswalk" convert "$work/cat.json" --from json --to biblatex)
  read -r b2x b2x_kib < <(measure bib2xml "$work/cat.bib")

  row "crosswalk bib -> json" "$n" "$bibbytes" "$cw_read" "$cw_read_kib" ""
  row "crosswalk json -> biblatex" "$n" "$jsonbytes" "$cw_write" "$cw_write_kib" ""
  row "bib2xml bib -> MODS" "$n" "$bibbytes" "$b2x" "$b2x_kib" ""
  awk -v a="$b2x" -v b="$cw_read" 'BEGIN { printf "  crosswalk reads %.1fx faster than bib2xml\n", (b > 0 ? a / b : 0) }'
  if [ "$n" -le "$pandoc_max" ]; then
    read -r pd pd_kib < <(measure pandoc -f biblatex -t csljson "$work/cat.bib")
    row "pandoc biblatex -> csljson" "$n" "$bibbytes" "$pd" "$pd_kib" ""
    awk -v a="$pd" -v b="$cw_read" 'BEGIN { printf "  crosswalk reads %.1fx faster than pandoc\n", (b > 0 ? a / b : 0) }'
  else
    printf '%-26s %8d %8s %9s\n' "pandoc biblatex -> csljson" "$n" "" "skipped (more than $pandoc_max entries)"
  fi
done

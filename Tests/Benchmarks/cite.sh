#!/usr/bin/env bash
# The citation benchmark: a whole bibliography in APA from a generated catalogue, rendered by
# `crosswalk cite` and by `pandoc --citeproc` (Debian's pandoc and citation-style-language-styles)
# on the same CSL-JSON, one after the other, timed with /usr/bin/time -v (wall time, peak memory).
#
#   Tests/Benchmarks/cite.sh [N ...]        (default: 1000 10000)
set -euo pipefail
cd "$(dirname "$0")/../.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)
style=${STYLE:-apa}
csl=/usr/share/citation-style-language/styles/$style.csl

swift build -c release --product crosswalk >/dev/null
swift build -c release --product crosswalk-bench >/dev/null
bin=$(swift build -c release --show-bin-path)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

measure() {
  /usr/bin/time -v -o "$work/time.txt" "$@" >"$work/out" 2>"$work/err" || { echo "FAILED: $*"; tail -5 "$work/err"; exit 1; }
  local wall rss
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$work/time.txt")
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time.txt")
  echo "$(echo "$wall" | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }') $rss $(grep -c . "$work/out")"
}

printf '%-8s %9s %10s %9s %10s %10s %9s %10s %8s\n' style entries cw_s cw_MiB cw_lines pandoc_s pandoc_MiB pd_lines ratio
for n in "${sizes[@]}"; do
  "$bin/crosswalk-bench" generate "$n" json >"$work/cat.json"
  "$bin/crosswalk" convert "$work/cat.json" --to csl-json -o "$work/cat.csl.json" --quiet
  read -r s r l < <(measure "$bin/crosswalk" cite "$work/cat.csl.json" --style "$style" --format text)
  printf -- '---\nnocite: "@*"\n---\n' >"$work/doc.md"
  read -r ps pr pl < <(measure pandoc --citeproc --bibliography "$work/cat.csl.json" --csl "$csl" -t plain --wrap=none "$work/doc.md")
  awk -v st="$style" -v n="$n" -v s="$s" -v r="$r" -v l="$l" -v ps="$ps" -v pr="$pr" -v pl="$pl" 'BEGIN {
    printf "%-8s %9d %10.2f %9.1f %10d %10.2f %9.1f %10d %7.1fx\n", st, n, s, r / 1024, l, ps, pr / 1024, pl, (s > 0 ? ps / s : 0) }'
done
echo "ratio = pandoc seconds / crosswalk seconds (above 1: crosswalk is faster)"

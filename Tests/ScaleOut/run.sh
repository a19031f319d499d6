#!/usr/bin/env bash
# Scale-out check: a JSON Lines catalogue converted to Dublin Core and to CSV by one `crosswalk convert`
# run, by GNU parallel --pipe, and by Apache Spark's RDD.pipe (Tests/ScaleOut/spark_convert.py),
# must give the same bytes, record for record.
#
#   Tests/ScaleOut/run.sh [RECORDS]     (default 100000; needs GNU parallel, pyspark and a JDK)
set -euo pipefail
cd "$(dirname "$0")/../.."
n=${1:-100000}
swift build -c release --product crosswalk >/dev/null
swift build -c release --product crosswalk-bench >/dev/null
bin=$(swift build -c release --show-bin-path)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$bin/crosswalk-bench" generate "$n" jsonl >"$work/in.jsonl"
# CSV parts need a header that does not depend on the records: every canonical column.
columns=$(head -1 Samples/cold-war-korea.csv | tr -d '\r')
status=0
for target in dc dcterms csv; do
  opts=(-q)
  [ "$target" = csv ] && opts+=(--columns "$columns")
  "$bin/crosswalk" convert "$work/in.jsonl" --to "$target" "${opts[@]}" >"$work/single.$target"
  # GNU parallel: blocks of whole lines, one crosswalk per block, output kept in input order.
  {
    "$bin/crosswalk" convert - --from jsonl --to "$target" --part head "${opts[@]}" </dev/null
    parallel --pipe --keep-order --block 2M -j 2 "$bin/crosswalk" convert - --from jsonl --to "$target" --part records "${opts[@]}" <"$work/in.jsonl"
    "$bin/crosswalk" convert - --from jsonl --to "$target" --part tail "${opts[@]}" </dev/null
  } >"$work/parallel.$target"
  extra=()
  [ "$target" = csv ] && extra=(-- --columns "$columns")
  python3 Tests/ScaleOut/spark_convert.py "$bin/crosswalk" "$work/in.jsonl" "$work/spark.$target" "$target" 8 "${extra[@]}" 2>"$work/spark.log" \
    || { echo "spark run failed:"; tail -20 "$work/spark.log"; exit 1; }
  for way in parallel spark; do
    if cmp -s "$work/single.$target" "$work/$way.$target"; then
      echo "$target: $way output identical to one run ($(wc -c <"$work/single.$target") bytes, $n records)"
    else
      echo "$target: $way output DIFFERS from one run"; cmp "$work/single.$target" "$work/$way.$target" || true; status=1
    fi
  done
done
exit $status

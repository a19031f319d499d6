#!/usr/bin/env bash
# The validation benchmark: N generated records in JSON Lines checked against
# Schemas/record.schema.json (JSON Schema 2020-12), by `crosswalk validate --schema` and by Python's
# `jsonschema` (Draft202012Validator) on the same file, one after the other in the same run, timed
# with wall clocks and /usr/bin/time -v (peak memory), reported as a ratio. Also `crosswalk validate`
# without --schema (the JSON Lines reader, the record schema and the model's rules on every record).
# Then Dublin Core XML: `crosswalk validate FILE.dc.xml` (the bundled XSDs while streaming, then every
# record read and checked) beside `xmllint --stream --noout --schema` with the same XSDs.
#
#   Tests/Benchmarks/validate.sh [N ...]        (default: 200000)
#
# Installs Python's jsonschema with pip when it is missing (here only: nothing else needs it).
set -euo pipefail
cd "$(dirname "$0")/../.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(200000)

python3 -c 'import jsonschema, referencing' 2>/dev/null || python3 -m pip install -q jsonschema referencing >&2
swift build -c release --product crosswalk >/dev/null
swift build -c release --product crosswalk-bench >/dev/null
bin=$(swift build -c release --show-bin-path)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cat >"$work/check.py" <<'PY'
import json, sys
import jsonschema
schema = json.load(open(sys.argv[1], encoding="utf-8"))
v = jsonschema.Draft202012Validator(schema)
bad = 0
with open(sys.argv[2], encoding="utf-8") as f:
    for line in f:
        if line.strip():
            for e in v.iter_errors(json.loads(line)):
                bad += 1
print(f"{bad} errors")
sys.exit(1 if bad else 0)
PY

# measure COMMAND...: prints "seconds peakKiB"
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
    printf "%-34s %8d %8.1f %9.3f %10.0f %10.1f\n", l, n, mb, s, (s > 0 ? n / s : 0), r / 1024 }'
}

printf '%-34s %8s %8s %9s %10s %10s\n' run records MB seconds records/s peakMiB
for n in "${sizes[@]}"; do
  "$bin/crosswalk-bench" generate "$n" jsonl >"$work/cat.jsonl"
  bytes=$(stat -c %s "$work/cat.jsonl")
  read -r cw cw_kib < <(measure "$bin/crosswalk" validate --schema Schemas/record.schema.json "$work/cat.jsonl")
  read -r cwr cwr_kib < <(measure "$bin/crosswalk" validate "$work/cat.jsonl")
  read -r py py_kib < <(measure python3 "$work/check.py" Schemas/record.schema.json "$work/cat.jsonl")
  row "crosswalk validate --schema" "$n" "$bytes" "$cw" "$cw_kib"
  row "crosswalk validate (records)" "$n" "$bytes" "$cwr" "$cwr_kib"
  row "python jsonschema 2020-12" "$n" "$bytes" "$py" "$py_kib"
  awk -v a="$py" -v b="$cw" 'BEGIN { printf "  crosswalk validates %.1fx faster than Python jsonschema\n", (b > 0 ? a / b : 0) }'
  if command -v xmllint >/dev/null; then
    "$bin/crosswalk-bench" generate "$n" dc >"$work/cat.dc.xml"
    xbytes=$(stat -c %s "$work/cat.dc.xml")
    read -r cwx cwx_kib < <(measure "$bin/crosswalk" validate "$work/cat.dc.xml")
    read -r xl xl_kib < <(measure xmllint --stream --noout --nonet --schema Schemas/crosswalk-records.xsd "$work/cat.dc.xml")
    row "crosswalk validate (dc xml)" "$n" "$xbytes" "$cwx" "$cwx_kib"
    row "xmllint --stream --schema" "$n" "$xbytes" "$xl" "$xl_kib"
    awk -v a="$xl" -v b="$cwx" 'BEGIN { printf "  crosswalk takes %.2fx the time of xmllint (which only checks the schema)\n", (a > 0 ? b / a : 0) }'
  fi
done

#!/usr/bin/env bash
# The conformance step (run by .ci/run after `swift test`): checks Crosswalk against the real-world
# corpora and public suites in ../shared/, which a user's fresh clone does not have.
# Prints "N passed, M failed" and exits non-zero on any unexpected failure.
set -uo pipefail
cd "$(dirname "$0")/../.."
shared=${CROSSWALK_SHARED:-../shared}
if [ ! -d "$shared/corpus" ]; then
  echo "conformance: $shared/corpus is missing; this step needs the shared test data beside the clone" >&2
  exit 2
fi
swift build --product crosswalk >/dev/null 2>&1 || { echo "conformance: build failed" >&2; exit 1; }
cw="$(swift build --show-bin-path)/crosswalk"
passed=0 failed=0
pass() { passed=$((passed + 1)); }
fail() { failed=$((failed + 1)); echo "FAIL: $*"; }

# 1. The canonical JSON samples against Schemas/record.schema.json (JSON Schema 2020-12).
if python3 Tests/Conformance/check-json-schema.py Schemas Samples/*.json; then pass; else fail "JSON Schema check of the samples"; fi

# 2. Every sample converts to every writable format and back without errors.
for f in Samples/*.json; do
  for fmt in jsonl csv; do
    if "$cw" convert "$f" --to "$fmt" | "$cw" convert - --from "$fmt" --to json | cmp -s - "$f"; then pass
    else fail "$f -> $fmt -> json is not the identity"; fi
  done
done

echo "conformance: $passed passed, $failed failed"
[ "$failed" -eq 0 ]

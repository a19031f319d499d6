#!/usr/bin/env bash
# JSON Schema conformance: the JSON Schema test suite (draft 2020-12) through CrosswalkValidation.
#
#   Tests/Conformance/jsonschema.sh [SHARED] [runner options...]
#
# SHARED is the shared test data (default ../shared), with conformance/json-schema-test-suite/ and the
# 2020-12 metaschemas in specs/json-schema-2020-12/ (the suite's remotes/ are served as
# http://localhost:1234/ from a local map; nothing is fetched from the network).
# First prints the figure of optional/format/ (informational: format assertion, never fails the run),
# then runs every file of tests/draft2020-12/ (not optional/) and prints `N passed, M failed` last.
# Exits 1 for any failure not listed in Tests/Conformance/jsonschema-known-failures.txt.
set -euo pipefail
cd "$(dirname "$0")/../.."
shared=${1:-../shared}
shift || true
suite="$shared/conformance/json-schema-test-suite"
specs="$shared/specs/json-schema-2020-12"
if [ ! -d "$suite/tests/draft2020-12" ]; then
  echo "json schema conformance: $suite/tests/draft2020-12 is missing" >&2
  exit 2
fi
swift build --product crosswalk-jsonschema-suite 2>&1 | grep -vE '^\[[0-9]+/[0-9]+\] ' >&2 || true
bin=$(swift build --show-bin-path)/crosswalk-jsonschema-suite
optional=$("$bin" "$suite" --specs "$specs" --optional-format | tail -1)
echo "informational: optional/format/ with format assertion: $optional"
exec "$bin" "$suite" --specs "$specs" --known-failures Tests/Conformance/jsonschema-known-failures.txt "$@"

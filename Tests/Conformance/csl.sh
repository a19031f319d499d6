#!/usr/bin/env bash
# CSL conformance: the CSL processor test suite (humans/*.txt) through CrosswalkCitations.
#
#   Tests/Conformance/csl.sh [SHARED] [runner options...]
#
# SHARED is the shared test data (default ../shared), with conformance/csl-test-suite/humans/.
# Locales come from /usr/share/citation-style-language/locales (Debian's
# citation-style-language-locales), or $CROSSWALK_CSL_LOCALES.
# Prints the pass counts by category and `N passed, M failed` last. Exits 1 only for failures
# that are not in Tests/Conformance/csl-known-failures.txt (and names known failures that now
# pass, so that the list can shrink).
set -euo pipefail
cd "$(dirname "$0")/../.."
shared=${1:-../shared}
shift || true
locales=${CROSSWALK_CSL_LOCALES:-/usr/share/citation-style-language/locales}
if [ ! -f "$locales/locales-en-US.xml" ]; then
  echo "csl conformance: no CSL locales in $locales (apt-get install citation-style-language-locales)" >&2
  exit 2
fi
swift build --product crosswalk-csl-suite 2>&1 | grep -vE '^\[[0-9]+/[0-9]+\] ' >&2 || true
bin=$(swift build --show-bin-path)/crosswalk-csl-suite
exec "$bin" "$shared/conformance/csl-test-suite/humans" --locales "$locales" \
  --known-failures Tests/Conformance/csl-known-failures.txt "$@"

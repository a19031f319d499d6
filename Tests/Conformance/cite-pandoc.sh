#!/usr/bin/env bash
# Differential check of `crosswalk cite` against pandoc's citeproc (run by Tests/Conformance/run.sh).
# For every sample, in five real CSL styles installed from Debian (citation-style-language-styles),
# the bibliography that `pandoc --citeproc -t plain` renders from our CSL-JSON must be the one that
# `crosswalk cite --format text` renders, after Unicode NFC. Cases where pandoc itself is wrong by the
# CSL specification are listed, with the reason, in Tests/Conformance/cite-pandoc-exclusions.txt.
# Prints "N passed, M failed".
set -uo pipefail
cd "$(dirname "$0")/../.."
styles_dir=${CROSSWALK_CSL_STYLES:-/usr/share/citation-style-language/styles}
command -v pandoc >/dev/null || { echo "cite-pandoc: pandoc is not installed" >&2; exit 2; }
[ -d "$styles_dir" ] || { echo "cite-pandoc: $styles_dir is missing (apt-get install citation-style-language-styles)" >&2; exit 2; }
swift build --product crosswalk >/dev/null 2>&1 || { echo "cite-pandoc: build failed" >&2; exit 1; }
cw="$(swift build --show-bin-path)/crosswalk"
exclusions=Tests/Conformance/cite-pandoc-exclusions.txt
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0 failed=0 excluded=0
styles=(chicago-author-date apa modern-language-association ieee chicago-note-bibliography)
for sample in Samples/cold-war-korea.json Samples/cold-war-korea.bib; do
  base=$(basename "$sample")
  "$cw" convert "$sample" --to csl-json -o "$work/items.json" --quiet || { failed=$((failed + 1)); echo "FAIL: $sample -> csl-json"; continue; }
  for style in "${styles[@]}"; do
    case_name="$base $style"
    if [ -f "$exclusions" ] && grep -q "^$case_name:" "$exclusions"; then excluded=$((excluded + 1)); echo "EXCLUDED: $case_name"; continue; fi
    printf -- '---\nnocite: "@*"\n---\n' \
      | pandoc --citeproc --bibliography "$work/items.json" --csl "$styles_dir/$style.csl" -t plain --wrap=none >"$work/pandoc.txt" 2>"$work/pandoc.err"
    "$cw" cite "$sample" --style "$style" --format text >"$work/ours.txt" 2>"$work/ours.err"
    if python3 - "$work/pandoc.txt" "$work/ours.txt" <<'PY'
import sys, unicodedata
def entries(path):
    text = unicodedata.normalize("NFC", open(path, encoding="utf-8").read())
    return [line.strip() for line in text.splitlines() if line.strip()]
a, b = entries(sys.argv[1]), entries(sys.argv[2])
if a == b:
    sys.exit(0)
import difflib
for line in difflib.unified_diff(a, b, "pandoc", "crosswalk", lineterm="", n=0):
    print("    " + line)
sys.exit(1)
PY
    then passed=$((passed + 1))
    else failed=$((failed + 1)); echo "FAIL: $case_name differs from pandoc"; sed 's/^/    /' "$work/ours.err" | head -5; fi
  done
done
echo "cite vs pandoc: $excluded excluded"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]

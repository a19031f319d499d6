#!/usr/bin/env bash
# Differential check of `crosswalk cite` against pandoc's citeproc (run by Tests/Conformance/run.sh).
# For every sample (and every real-world .bib of the shared corpus that reads cleanly), in five real CSL styles installed from Debian (citation-style-language-styles),
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
passed=0 failed=0
styles=(chicago-author-date apa modern-language-association ieee chicago-note-bibliography)
# The samples, and the real-world BibTeX files of the shared corpus that read without errors.
shared=${1:-}
inputs=(Samples/*.json Samples/*.bib Samples/*.csv Samples/*.xml)
if [ -n "$shared" ]; then
  for f in "$shared"/corpus/bib/*.bib; do "$cw" convert "$f" --to jsonl -q >/dev/null 2>&1 && inputs+=("$f"); done
fi
for sample in "${inputs[@]}"; do
  base=$(basename "$sample")
  "$cw" convert "$sample" --to csl-json -o "$work/items.json" --quiet || { failed=$((failed + 1)); echo "FAIL: $sample -> csl-json"; continue; }
  for style in "${styles[@]}"; do
    case_name="$base $style"
    printf -- '---\nnocite: "@*"\n---\n' \
      | pandoc --citeproc --bibliography "$work/items.json" --csl "$styles_dir/$style.csl" -t plain --wrap=none >"$work/pandoc.txt" 2>"$work/pandoc.err"
    "$cw" cite "$sample" --style "$style" --format text >"$work/ours.txt" 2>"$work/ours.err"
    if python3 - "$work/pandoc.txt" "$work/ours.txt" "$exclusions" "$case_name" <<'PY'
import sys, unicodedata
def nfc(text): return unicodedata.normalize("NFC", text)
def entries(text): return [line.strip() for line in text.splitlines() if line.strip()]
pandoc = nfc(open(sys.argv[1], encoding="utf-8").read())
# The documented places where pandoc is wrong by the specification: its text is replaced by the spec's.
applied = 0
for line in open(sys.argv[3], encoding="utf-8"):
    if not line.strip() or line.startswith("#"): continue
    case, wrong, right, why = [c.strip() for c in line.split("|", 3)]
    if case in ("*", sys.argv[4]) and nfc(wrong) in pandoc:
        pandoc = pandoc.replace(nfc(wrong), nfc(right)); applied += 1
if applied: print(f"EXCLUDED: {sys.argv[4]}: {applied} documented pandoc difference(s) set right before comparing")
a, b = entries(pandoc), entries(nfc(open(sys.argv[2], encoding="utf-8").read()))
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
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]

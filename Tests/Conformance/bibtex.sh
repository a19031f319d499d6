#!/usr/bin/env bash
# BibTeX conformance: differential checks against pandoc and bibutils, and the real-world corpus.
#
#   Tests/Conformance/bibtex.sh CROSSWALK SHARED
#
# CROSSWALK is the built `crosswalk` binary; SHARED is the shared test data (with corpus/bib/).
# Needs pandoc, bibutils (bib2xml) and python3 (Debian: apt-get install pandoc bibutils python3).
# Prints one line per failure and `N passed, M failed` last; exits 1 when anything failed.
set -uo pipefail
cd "$(dirname "$0")/../.."
cw=${1:?usage: bibtex.sh CROSSWALK SHARED}
shared=${2:?usage: bibtex.sh CROSSWALK SHARED}
corpus="$shared/corpus/bib"
passed=0 failed=0
pass() { passed=$((passed + 1)); }
fail() { failed=$((failed + 1)); echo "FAIL: $*"; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for tool in pandoc bib2xml python3; do
  command -v "$tool" >/dev/null || { echo "bibtex conformance: $tool is missing (apt-get install pandoc bibutils python3)" >&2; exit 2; }
done

# (a) pandoc reads our biblatex output with every title, name and date intact.
cat >"$work/compare.py" <<'PY'
import json, re, sys

records = json.load(open(sys.argv[1]))
items = {i["id"]: i for i in json.load(open(sys.argv[2]))}
problems = []

def plain(s):
    return re.sub(r"</?span[^>]*>", "", s or "")

def edtf_parts(d):
    # date-parts as pandoc gives them, for the EDTF forms biblatex documents.
    out = []
    for end in d.split("/"):
        end = end.rstrip("~?%")
        if end in ("", ".."):
            continue
        out.append([int(x) for x in end.split("-") if x])
    return out

roles = {"creator": "author", "editor": "editor", "translator": "translator"}
for r in records:
    item = items.get(r["id"])
    if item is None:
        problems.append(f"{r['id']}: missing from pandoc's output")
        continue
    if plain(item.get("title")) != r["title"]:
        problems.append(f"{r['id']}: title {item.get('title')!r} != {r['title']!r}")
    for role, var in roles.items():
        want = [a for a in r.get("agents", []) if a["role"] == role]
        got = item.get(var, [])
        if len(want) != len(got):
            problems.append(f"{r['id']}: {var}: {len(got)} names, expected {len(want)}")
            continue
        for a, g in zip(want, got):
            if "literal" in a:
                ok = plain(g.get("literal")) == a["literal"]
            else:
                particle = g.get("non-dropping-particle") or g.get("dropping-particle")
                ok = (plain(g.get("family")) == a.get("family") and plain(g.get("given")) == (a.get("given") or "")
                      or plain(g.get("given")) == a.get("given") and plain(g.get("family")) == a.get("family"))
                ok = ok and (particle or None) == a.get("particle") and (g.get("suffix") or None) == a.get("suffix")
            if not ok:
                problems.append(f"{r['id']}: {var}: {g} != {a}")
    if "date" in r:
        got = item.get("issued", {}).get("date-parts")
        if got != edtf_parts(r["date"]):
            problems.append(f"{r['id']}: date {got} != {r['date']}")
for p in problems:
    print(p)
sys.exit(1 if problems else 0)
PY

for f in Samples/*.json; do
  case $f in *.csl.json) continue ;; esac  # CSL-JSON, not canonical JSON
  name=$(basename "$f" .json)
  if "$cw" convert "$f" --to biblatex -o "$work/$name.bib" 2>"$work/err" \
     && pandoc -f biblatex -t csljson "$work/$name.bib" -o "$work/$name.csl.json" 2>>"$work/err" \
     && python3 "$work/compare.py" "$f" "$work/$name.csl.json" >"$work/diff"; then
    pass
  else
    fail "pandoc -f biblatex does not read $f's biblatex output intact:"; cat "$work/err" "$work/diff"
  fi
done

# (b) bibutils (bib2xml) reads our classic BibTeX output, in both encodings, without a complaint.
for f in Samples/*.json; do
  case $f in *.csl.json) continue ;; esac  # CSL-JSON, not canonical JSON
  name=$(basename "$f" .json)
  n=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))))' "$f")
  for enc in unicode latex; do
    "$cw" convert "$f" --to bibtex --bibtex-encoding "$enc" -o "$work/$name.$enc.bib" 2>/dev/null
    if bib2xml "$work/$name.$enc.bib" >"$work/$name.xml" 2>"$work/err" \
       && grep -q "Processed $n references" "$work/err" \
       && [ "$(grep -v 'Processed' "$work/err" | wc -l)" -eq 0 ] \
       && [ "$(grep -c '<mods ID=' "$work/$name.xml")" -eq "$n" ]; then
      pass
    else
      fail "bib2xml does not read $f's bibtex ($enc) output cleanly:"; cat "$work/err"
    fi
  done
done

# (c) Every file of the corpus, with its pinned outcome:
#     file | crosswalk options | records read | errors reported | exit status | text the JSON must hold
expected="$work/expected.txt"
cat >"$expected" <<'TABLE'
biber-encoding1-latin9.bib||0|1|65|
biber-encoding1-latin9.bib|--encoding latin9|1|0|0|"title": "Šome title"
bibtexparser-article_missing_coma.bib||4|0|0|"id": "Doute2013"
bibtexparser-comments_spaces_and_declarations.bib||1|0|0|"title": "A great title"
bibtexparser-features2.bib||1|0|0|"Email: John.Doe@example.com"
bibtexparser-traps.bib||1|0|0|"bibtex.latex.title": [
bibtexparser-wrong.bib||0|2|65|
citationjs-string-and-preamble.bib||0|1|65|
TABLE
for f in "$corpus"/*; do
  grep -q "^$(basename "$f")|" "$expected" || fail "$f has no pinned outcome in Tests/Conformance/bibtex.sh"
done
while IFS='|' read -r file opts records errors status needle; do
  [ -n "$file" ] || continue
  # shellcheck disable=SC2086
  "$cw" convert "$corpus/$file" --from bibtex --to json $opts >"$work/out.json" 2>"$work/err"
  got_status=$?
  got_records=$(python3 -c 'import json,sys
try: print(len(json.load(open(sys.argv[1]))))
except Exception: print(0)' "$work/out.json")
  got_errors=$(grep -c ': error: ' "$work/err")
  if [ "$got_status" = "$status" ] && [ "$got_records" = "$records" ] && [ "$got_errors" = "$errors" ] \
     && { [ -z "$needle" ] || grep -qF "$needle" "$work/out.json"; }; then
    pass
  else
    fail "$file $opts: $got_records records, $got_errors errors, status $got_status (expected $records, $errors, $status${needle:+, and $needle})"
    cat "$work/err"
  fi
done <"$expected"
# The error for the latin-9 file names the place and the way out.
"$cw" convert "$corpus/biber-encoding1-latin9.bib" --to json >/dev/null 2>"$work/err"
if grep -q 'biber-encoding1-latin9.bib:4:11: error: the input is not UTF-8.*--encoding latin1' "$work/err"; then pass
else fail "the latin-9 file's error does not name 4:11 and suggest --encoding latin1"; fi

echo "bibtex conformance: $passed passed, $failed failed"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]

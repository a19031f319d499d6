#!/usr/bin/env bash
# CSL-JSON conformance: differential checks against pandoc's CSL-JSON reader and writer.
#
#   Tests/Conformance/csljson.sh CROSSWALK
#
# CROSSWALK is the built `crosswalk` binary. Needs pandoc and python3 (apt-get install pandoc python3).
#   (a) `pandoc -f csljson -t csljson` reads what we write (the samples, a generated catalogue, and
#       records with particles, suffixes, ranges, circa, seasons, EDTF that date-parts cannot say,
#       case protection and emphasis) and keeps every title, name and date;
#   (b) what `pandoc -f biblatex -t csljson` writes from a .bib file reads back into the same records
#       as our own BibTeX reader gives, in every part that pandoc's CSL-JSON holds.
# Prints one line per failure and `N passed, M failed` last; exits 1 when anything failed.
set -uo pipefail
cd "$(dirname "$0")/../.."
cw=${1:?usage: csljson.sh CROSSWALK}
passed=0 failed=0
pass() { passed=$((passed + 1)); }
fail() { failed=$((failed + 1)); echo "FAIL: $*"; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for tool in pandoc python3; do
  command -v "$tool" >/dev/null || { echo "csljson conformance: $tool is missing (apt-get install pandoc python3)" >&2; exit 2; }
done
bench="$(dirname "$cw")/crosswalk-bench"

# Records that exercise what CSL-JSON holds.
cat >"$work/features.json" <<'JSON'
[
  {"id": "particles", "type": "book", "title": "Fables of the USSR and the UN",
   "date": "1950-06-25/1953-07-27",
   "agents": [{"role": "creator", "family": "La Fontaine", "given": "Jean", "particle": "de"},
              {"role": "creator", "family": "Beethoven", "given": "Ludwig", "particle": "van"},
              {"role": "creator", "family": "King", "given": "Martin Luther", "suffix": "Jr."},
              {"role": "editor", "literal": "Kim Il Sung"},
              {"role": "translator", "family": "Шостакович", "given": "Дмитрий"}],
   "publisher": "Wilson Center", "publisherPlace": "Washington, DC", "volume": "2", "pages": "97–98"},
  {"id": "circa", "type": "letter", "genre": "Telegram", "title": "Telegram, circa", "date": "1951-06~",
   "agents": [{"role": "creator", "family": "Mao", "given": "Zedong"}, {"role": "recipient", "literal": "Filippov [Stalin]"}],
   "archive": {"name": "APRF", "location": "f. 45, op. 1, d. 339, l. 17", "place": "Moscow"},
   "identifiers": [{"scheme": "url", "value": "https://digitalarchive.wilsoncenter.org/document/113744"}],
   "accessed": "2024-05-01"},
  {"id": "season", "type": "report", "title": "Report of the autumn", "date": "1952-23"},
  {"id": "uncertain", "type": "document", "title": "A record, perhaps 1950", "date": "1950?"},
  {"id": "decade", "type": "document", "title": "Minutes of the 1950s", "date": "195X"},
  {"id": "open", "type": "manuscript", "title": "A diary, 1951 on", "date": "1951-06/.."},
  {"id": "bc", "type": "document", "title": "The Ides of March", "date": "-0043-03-15"},
  {"id": "nocase", "type": "article", "title": "The war in korea", "containerTitle": "Cold War History",
   "extra": {"bibtex.latex.title": ["{T}he war in {korea}"], "bibtex.latex.journaltitle": ["\\emph{Cold War} History"]}}
]
JSON

# (a) pandoc reads what we write and keeps every title, name and date.
cat >"$work/same.py" <<'PY'
import json, re, sys

ours = {i["id"]: i for i in json.load(open(sys.argv[1]))}
theirs = {i["id"]: i for i in json.load(open(sys.argv[2]))}
problems = []

def plain(s):
    # pandoc drops <span class="nocase">; markup is compared as text.
    return re.sub(r"</?(span|i|b|sup|sub)[^>]*>", "", s or "")

def name(n):
    return {k: plain(v) if isinstance(v, str) else v for k, v in n.items()}

def parts(d):
    if isinstance(d, str):  # pandoc writes a date it cannot split as a string
        return d
    return {k: v for k, v in d.items() if k in ("date-parts", "circa", "literal", "season")}

# pandoc 2.17 knows the name variables of CSL 1.0.1 only: it writes the ones CSL 1.0.2 added as "".
pandoc_unknown = {"chair", "compiler", "contributor", "curator", "editor-translator", "executive-producer", "guest",
                  "host", "narrator", "organizer", "performer", "producer", "script-writer", "series-creator"}
known = set()
for id_, o in ours.items():
    t = theirs.get(id_)
    if t is None:
        problems.append(f"{id_}: missing from pandoc's output"); continue
    for k, v in o.items():
        if k in ("title", "container-title", "collection-title", "original-title", "title-short"):
            if plain(t.get(k)) != plain(v):
                problems.append(f"{id_}: {k} {t.get(k)!r} != {v!r}")
        elif isinstance(v, list) and v and isinstance(v[0], dict):
            if k in pandoc_unknown and t.get(k) in ("", None):
                known.add(k); continue
            if [name(n) for n in t.get(k, [])] != [name(n) for n in v]:
                problems.append(f"{id_}: {k} {t.get(k)} != {v}")
        elif isinstance(v, dict) and "date-parts" in v or k in ("issued", "accessed"):
            if parts(t.get(k, {})) != parts(v):
                problems.append(f"{id_}: {k} {t.get(k)} != {v}")
for k in sorted(known):
    print(f"KNOWN: pandoc 2.17 drops the CSL 1.0.2 name variable `{k}` (writes \"\")", file=sys.stderr)
for p in problems:
    print(p)
sys.exit(1 if problems else 0)
PY

inputs=()
for f in Samples/*; do
  case $f in *.csl.json) inputs+=("$f") ;; *.json | *.csv | *.bib | *.xml) inputs+=("$f") ;; esac
done
inputs+=("$work/features.json")
if [ -x "$bench" ]; then "$bench" generate 300 json >"$work/generated.json" && inputs+=("$work/generated.json"); fi
for f in "${inputs[@]}"; do
  if "$cw" convert "$f" --to csl-json -q -o "$work/ours.csl.json" 2>"$work/err" \
     && pandoc -f csljson -t csljson "$work/ours.csl.json" -o "$work/theirs.csl.json" 2>>"$work/err" \
     && python3 "$work/same.py" "$work/ours.csl.json" "$work/theirs.csl.json" >"$work/diff" 2>"$work/known"; then
    pass; sed "s|^|$f: |" "$work/known"
  else
    fail "pandoc -f csljson does not keep every title, name and date of $f's CSL-JSON:"; cat "$work/err" "$work/diff"
  fi
  # And what pandoc writes back reads again, with the same titles, names and dates.
  if "$cw" convert "$work/theirs.csl.json" --from csl-json --to csl-json -q -o "$work/again.csl.json" 2>"$work/err" \
     && python3 "$work/same.py" "$work/ours.csl.json" "$work/again.csl.json" >"$work/diff" 2>/dev/null; then
    pass
  else
    fail "pandoc's CSL-JSON of $f does not read back with the same titles, names and dates:"; cat "$work/err" "$work/diff"
  fi
done

# (b) pandoc's CSL-JSON from a .bib file reads back into the records our BibTeX reader gives.
cat >"$work/records.py" <<'PY'
import json, sys

ours = {r["id"]: r for r in json.load(open(sys.argv[1]))}        # our BibTeX reader
via = {r["id"]: r for r in json.load(open(sys.argv[2]))}         # pandoc biblatex -> csljson -> our reader
problems = []

def typographic(s):
    # pandoc's biblatex reader makes straight apostrophes typographic.
    return (s or "").replace("'", "\u2019")

# Roles pandoc's biblatex reader keeps (recipient and contributor are not biblatex fields).
roles = ("creator", "editor", "translator")
known = []

def agent(a):
    # pandoc's biblatex reader spaces initials: "I.V." becomes "I. V.".
    a = dict(a)
    if "given" in a:
        a["given"] = a["given"].replace(". ", ".")
    return a

def pandoc_cannot_date(d):
    # pandoc's biblatex reader drops `?`, unspecified digits (X) and open or unknown interval ends.
    return d is not None and any(c in d for c in "?%X") or d is not None and (d.startswith("/") or d.endswith("/") or ".." in d)

for id_, r in ours.items():
    v = via.get(id_)
    if v is None:
        problems.append(f"{id_}: missing"); continue
    for k in ("title", "date", "genre", "number", "volume", "pages", "publisher", "publisherPlace", "containerTitle", "accessed"):
        a, b = typographic(r.get(k)), typographic(v.get(k))
        if k == "pages":  # pandoc writes biblatex's `--` as a hyphen
            a, b = a.replace("\u2013", "-"), b.replace("\u2013", "-")
        if a != b:
            if k in ("date", "accessed") and pandoc_cannot_date(r.get(k)):
                known.append(f"{id_}: pandoc reads the biblatex date {r.get(k)} as {v.get(k)}"); continue
            problems.append(f"{id_}: {k} {v.get(k)!r} != {r.get(k)!r}")
    if typographic(r.get("description")) != typographic(v.get("description")):
        problems.append(f"{id_}: description differs")
    a = [agent(x) for x in r.get("agents", []) if x["role"] in roles]
    b = [agent(x) for x in v.get("agents", []) if x["role"] in roles]
    if a != b:
        problems.append(f"{id_}: agents {b} != {a}")
    if v.get("type") and r.get("type") != v.get("type"):
        problems.append(f"{id_}: type {v.get('type')} != {r.get('type')}")
for k in known:
    print(f"KNOWN: {k}", file=sys.stderr)
for p in problems:
    print(p)
sys.exit(1 if problems else 0)
PY

bibs=(Samples/cold-war-korea.bib)
"$cw" convert "$work/features.json" --to biblatex -q -o "$work/features.bib" && bibs+=("$work/features.bib")
if [ -x "$bench" ]; then "$bench" generate 300 biblatex >"$work/generated.bib" && bibs+=("$work/generated.bib"); fi
for f in "${bibs[@]}"; do
  if "$cw" convert "$f" --from bibtex --to json -q -o "$work/ours.json" 2>"$work/err" \
     && pandoc -f biblatex -t csljson "$f" -o "$work/pandoc.csl.json" 2>>"$work/err" \
     && "$cw" convert "$work/pandoc.csl.json" --from csl-json --to json -q -o "$work/via.json" 2>>"$work/err" \
     && python3 "$work/records.py" "$work/ours.json" "$work/via.json" >"$work/diff" 2>"$work/known"; then
    pass; sed "s|^|$f: |" "$work/known"
  else
    fail "pandoc -f biblatex -t csljson of $f does not read back into our BibTeX reader's records:"; cat "$work/err" "$work/diff"
  fi
done

echo "csljson conformance: $passed passed, $failed failed"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]

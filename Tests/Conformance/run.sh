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
passed=0 failed=0 known=0
# Tests/Conformance/known-failures.txt lists checks that are known to fail (one message a line, as
# printed after "FAIL: "). They are reported but do not fail the run, so the pass rate can only go up;
# a known failure that passes again should be removed from the list.
known_list=Tests/Conformance/known-failures.txt
pass() { passed=$((passed + 1)); }
fail() {
  if [ -f "$known_list" ] && grep -Fxq -- "$*" "$known_list"; then known=$((known + 1)); echo "KNOWN: $*"
  else failed=$((failed + 1)); echo "FAIL: $*"; fi
}

# The canonical JSON samples (Samples/*.csl.json is CSL-JSON, checked by csljson.sh).
json_samples=()
for f in Samples/*.json; do case $f in *.csl.json) ;; *) json_samples+=("$f") ;; esac; done

# 1. The canonical JSON samples against Schemas/catalog.schema.json (each record against
#    record.schema.json), with Crosswalk's own JSON Schema 2020-12 validator; the schemas are read from
#    Schemas/ (not the copies compiled into the binary). The schema's agreement with the JSON reader is
#    checked by Tests/ValidationTests/RecordSchemaTests.swift.
for f in "${json_samples[@]}"; do
  if out=$("$cw" validate --schema Schemas/catalog.schema.json --schema-map https://crosswalk.invalid/schemas/=Schemas/ "$f" 2>&1); then pass
  else fail "$f is not valid against Schemas/catalog.schema.json: $out"; fi
done

# 2. Every sample converts to every writable format and back without errors.
for f in "${json_samples[@]}"; do
  for fmt in jsonl csv; do
    if "$cw" convert "$f" --to "$fmt" | "$cw" convert - --from "$fmt" --to json | cmp -s - "$f"; then pass
    else fail "$f -> $fmt -> json is not the identity"; fi
  done
done

# 3. Dublin Core: the writers' output against the OFFICIAL schemas in $shared/corpus/xsd, with
#    xmllint --nonet. The shared catalog.xml maps the schemas' public URLs to the local copies; its
#    opening comment holds "--", which XML forbids in comments, so a copy without comments is used.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$shared"/corpus/xsd/*.xsd "$work/"
sed 's/<!--.*-->//' "$shared/corpus/xsd/catalog.xml" >"$work/catalog.xml"
# A wrapper (ours) that lets xmllint check every oai_dc:dc inside our container against the official oai_dc.xsd.
cat >"$work/official-container.xsd" <<'XSD'
<?xml version="1.0" encoding="UTF-8"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/"
           targetNamespace="urn:crosswalk:records:1" elementFormDefault="qualified">
  <xs:import namespace="http://www.openarchives.org/OAI/2.0/oai_dc/" schemaLocation="http://www.openarchives.org/OAI/2.0/oai_dc.xsd"/>
  <xs:element name="records">
    <xs:complexType><xs:sequence><xs:element ref="oai_dc:dc" minOccurs="0" maxOccurs="unbounded"/></xs:sequence></xs:complexType>
  </xs:element>
</xs:schema>
XSD
official() { XML_CATALOG_FILES="$work/catalog.xml" xmllint --noout --nonet --schema "$@" 2>&1; }
for f in "${json_samples[@]}"; do
  "$cw" convert "$f" --to dc -o "$work/out.dc.xml"
  if out=$(official "$work/official-container.xsd" "$work/out.dc.xml"); then pass
  else fail "$f -> dc does not validate against the official oai_dc.xsd: $out"; fi
  # Each record alone, as an oai_dc:dc document, against oai_dc.xsd itself.
  python3 - "$work/out.dc.xml" "$work" <<'PY'
import sys, xml.dom.minidom as m
doc = m.parse(sys.argv[1])
for i, dc in enumerate(doc.getElementsByTagNameNS("http://www.openarchives.org/OAI/2.0/oai_dc/", "dc")):
    dc.setAttribute("xmlns:oai_dc", "http://www.openarchives.org/OAI/2.0/oai_dc/")
    dc.setAttribute("xmlns:dc", "http://purl.org/dc/elements/1.1/")
    open(f"{sys.argv[2]}/single-{i}.xml", "w", encoding="utf-8").write('<?xml version="1.0" encoding="UTF-8"?>\n' + dc.toxml())
PY
  for single in "$work"/single-*.xml; do
    if out=$(official "$work/oai_dc.xsd" "$single"); then pass; else fail "$f: $(basename "$single") against oai_dc.xsd: $out"; fi
  done
  rm -f "$work"/single-*.xml
done
# Our bundled schemas accept what we write, and agree with the official ones on the OAI corpus.
for f in Samples/*.dc.xml Samples/*.dcterms.xml; do
  if "$cw" validate "$f" >/dev/null 2>&1; then pass; else fail "crosswalk validate rejects $f"; fi
done

# 4. The OAI-PMH corpus: every file converts to JSON and back to DC without error, and to CSV.
for f in "$shared"/corpus/oai/*.xml; do
  if "$cw" convert "$f" --to json -q -o "$work/h.json" && "$cw" convert "$work/h.json" --to dc -q -o "$work/h.dc.xml" \
     && "$cw" convert "$work/h.dc.xml" --to json -q -o "$work/h2.json" && "$cw" convert "$f" --to csv -q -o "$work/h.csv"; then pass
  else fail "$f does not convert to JSON and back to DC"; fi
  # What our schema says agrees with what the official ones say.
  if XML_CATALOG_FILES="$work/catalog.xml" xmllint --noout --nonet --schema "$shared/corpus/xsd/LOCAL-wrapper-oaipmh-with-oai_dc.xsd" "$f" >/dev/null 2>&1; then
    expected=0; else expected=1; fi
  "$cw" validate "$f" >"$work/v.out" 2>"$work/v.err"; got=$?
  if [ "$got" -eq "$expected" ]; then pass; else fail "crosswalk validate $f exits $got, the official schemas say $expected"; fi
done
# The one invalid sickle record: rejected, naming its line.
sickle="$shared/corpus/oai/sickle-ListRecords.xml"
"$cw" validate "$sickle" >/dev/null 2>"$work/v.err"
if [ $? -eq 1 ] && grep -Eq "sickle-ListRecords.xml:[0-9]+(:[0-9]+)?: error: .*Character content other than whitespace" "$work/v.err"; then pass
else fail "crosswalk validate does not reject the invalid sickle record with its line: $(cat "$work/v.err")"; fi
# The real harvest keeps its 16 records, with their OAI identifiers and sets.
n=$("$cw" convert "$shared/corpus/oai/pyoai-fake1-ListRecords-eur-2003.xml" --to jsonl -q | wc -l)
if [ "$n" -eq 16 ]; then pass; else fail "the 2003 harvest gave $n records, not 16"; fi

# 5. The sub-steps, each a script that prints "N passed, M failed": their counts add to ours.
substep() {
  local label=$1; shift
  local out status p f
  out=$("$@" 2>&1)
  status=$?
  echo "$out" | grep -E '^(FAIL|KNOWN|EXCLUDED|NOW PASSES|informational)' || true
  p=$(echo "$out" | awk '/^[0-9]+ passed, [0-9]+ failed/ {print $1}' | tail -1)
  f=$(echo "$out" | awk '/^[0-9]+ passed, [0-9]+ failed/ {print $3}' | tail -1)
  if [ -z "$p" ]; then
    fail "the $label step did not run: $(echo "$out" | tail -5)"
  else
    echo "conformance: $label: $p passed, $f failed"
    passed=$((passed + p))
    # A step that exits 0 has accepted its failures (each step keeps its own list of known failures,
    # and exits non-zero on any other): they count as known here.
    if [ "$status" -eq 0 ]; then known=$((known + f)); else failed=$((failed + f)); fi
    [ "$status" -eq 0 ] || [ "$f" -gt 0 ] || fail "the $label step exited $status"
  fi
}
# BibTeX: pandoc and bibutils read what we write; the real-world .bib corpus gives its pinned outcomes.
substep BibTeX bash Tests/Conformance/bibtex.sh "$cw" "$shared"
# CSL-JSON: pandoc reads what we write, and what pandoc writes from BibTeX reads back the same.
substep CSL-JSON bash Tests/Conformance/csljson.sh "$cw"
# JSON Schema: the JSON Schema test suite (draft 2020-12) through our validator.
substep "JSON Schema suite" bash Tests/Conformance/jsonschema.sh "$shared"
# Citations: the CSL processor test suite (with its list of known failures), then `crosswalk cite`
# against pandoc's citeproc on every sample in five styles.
[ -f Tests/Conformance/csl.sh ] && substep "CSL test suite" bash Tests/Conformance/csl.sh "$shared"
substep "cite vs pandoc" bash Tests/Conformance/cite-pandoc.sh "$shared"
[ "$known" -eq 0 ] || echo "conformance: $known known failures (Tests/Conformance/known-failures.txt and the steps' own lists)"
echo "conformance: $passed passed, $failed failed"
[ "$failed" -eq 0 ]

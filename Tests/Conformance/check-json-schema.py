#!/usr/bin/env python3
"""Checks Schemas/record.schema.json and Schemas/catalog.schema.json.

Usage: check-json-schema.py SCHEMA_DIR [FILE.json | FILE.jsonl ...]

Every record of every file must validate against record.schema.json (and a `.json`
file as a whole against catalog.schema.json). The schemas are loaded from SCHEMA_DIR and
registered under their `$id`, so `{"$ref": "record.schema.json"}` resolves locally and
nothing is fetched from the network. Built-in cases then check that records the JSON
reader accepts are valid and that records it rejects are not.

Prints `N passed, M failed`; the exit status is 1 when anything failed, 2 on a usage error.
Needs the `jsonschema` package (4.18 or later, for `referencing`).
"""

import json
import os
import sys

try:
    import jsonschema
    from referencing import Registry, Resource
except ImportError as e:  # pragma: no cover
    print(f"check-json-schema: {e}; install jsonschema>=4.18", file=sys.stderr)
    sys.exit(2)

# Records the JSON reader accepts (Sources/Formats/JSON/JSONRecordMapping.swift).
VALID = [
    ("minimal record", {"id": "a", "title": "T"}),
    ("null for every optional key", {
        "id": "a", "title": "T", "type": None, "genre": None, "alternativeTitles": None, "date": None,
        "agents": None, "description": None, "subjects": None, "places": None, "languages": None,
        "publisher": None, "isPartOf": None, "archive": None, "identifiers": None, "rights": None,
        "notes": None, "containerTitle": None, "volume": None, "issue": None, "pages": None,
        "edition": None, "series": None, "number": None, "publisherPlace": None, "accessed": None,
        "extra": None}),
    ("every key", {
        "id": "mao-stalin-1951-06-30", "type": "letter", "genre": "Telegram", "title": "Telegram",
        "alternativeTitles": [{"value": "Шифртелеграмма", "lang": "ru"}, {"value": "Plain"}],
        "date": "1951-06-30",
        "agents": [{"role": "creator", "family": "Mao", "given": "Zedong"},
                   {"role": "recipient", "literal": "USSR Council of Ministers"},
                   {"role": "translator", "family": "Gogh", "given": "Vincent", "particle": "van", "suffix": "Jr."}],
        "description": "d", "subjects": ["Korean War, 1950-1953"], "places": ["Moscow"], "languages": ["ru"],
        "publisher": "p", "isPartOf": ["c"],
        "archive": {"name": "APRF", "location": "f. 45, op. 1, d. 334, ll. 97-98", "place": "Moscow"},
        "identifiers": [{"scheme": "url", "value": "https://example.invalid/a"}, {"scheme": "doi", "value": "10.1000/x"}],
        "rights": ["r"], "notes": ["n"], "containerTitle": "Bulletin", "volume": "5", "issue": "2",
        "pages": "97-98", "edition": "2", "series": "s", "number": "21334", "publisherPlace": "Washington",
        "accessed": "2024-05-01", "extra": {"bibtex.addendum": ["x", "y"]},
        "dates": [{"kind": "issued", "date": "2001"}, {"kind": "accessioned", "date": "2003-06-26T13:07:38Z"}],
        "coordinates": {"latitude": "-32.0569", "longitude": "115.7439"}, "levelOfDescription": "file",
        "extent": ["212 p."]}),
    ("null archival keys", {"id": "a", "title": "T", "dates": None, "coordinates": None, "levelOfDescription": None, "extent": None}),
    ("coordinates as numbers", {"id": "a", "title": "T", "coordinates": {"latitude": 39.0392, "longitude": -125.5}}),
    ("numbers for volume, issue, pages, edition, number",
     {"id": "a", "title": "T", "volume": 5, "issue": 2, "pages": 12, "edition": 2, "number": 1.5e3}),
    ("extra value given as a single string or null", {"id": "a", "title": "T", "extra": {"k": "v", "n": None, "e": []}}),
    ("literal agent with null name parts", {"id": "a", "title": "T", "agents": [
        {"role": "creator", "literal": "Kim Il Sung", "family": None, "given": None, "particle": None, "suffix": None}]}),
    ("id with spaces (an archival reference code)", {"id": "AU NBAC N193-001", "title": "T"}),
    ("id in Cyrillic with a no-break space", {"id": "Фонд\u00a05", "title": "T"}),
    ("empty alternative title value", {"id": "a", "title": "T", "alternativeTitles": [{"value": "", "lang": None}]}),
] + [(f"EDTF {d!r}", {"id": "a", "title": "T", "date": d}) for d in [
    "1985-04-12", "1985-04", "1985", "0000", "1985-04-12T23:20:30", "1985-04-12T23:20:30Z",
    "1985-04-12T23:20:30+05:00", "1985-04-12T23:20:30-04:00", "1985-04-12T23:20:30+05",
    "1964/2008", "2004-06/2006-08", "Y170000002", "Y-170000002", "Y170000002?", "2001-21", "1950-24~",
    "1984?", "2004-06~", "2004-06-11%", "201X", "20XX", "2004-XX", "1985-04-XX", "1985-XX-XX", "-0044",
    "-195X", "1985-04-12/..", "../1985-04-12", "1985-04-12/", "/1985-04-12", "1984~/2004-06%",
]]

# Records the JSON reader rejects.
INVALID = [
    ("missing title", {"id": "a"}),
    ("missing id", {"title": "T"}),
    ("empty title", {"id": "a", "title": ""}),
    ("empty id", {"id": "", "title": "T"}),
    ("null title", {"id": "a", "title": None}),
    ("number as id", {"id": 1, "title": "T"}),
    ("unknown key", {"id": "a", "title": "T", "author": "X"}),
    ("unknown type", {"id": "a", "title": "T", "type": "telegram"}),
    ("bad role", {"id": "a", "title": "T", "agents": [{"role": "author", "family": "X"}]}),
    ("agent without role", {"id": "a", "title": "T", "agents": [{"family": "X"}]}),
    ("agent with literal and family", {"id": "a", "title": "T", "agents": [{"role": "creator", "literal": "X", "family": "Y"}]}),
    ("agent with literal and given", {"id": "a", "title": "T", "agents": [{"role": "creator", "literal": "X", "given": "Y"}]}),
    ("literal agent with an empty family", {"id": "a", "title": "T", "agents": [{"role": "creator", "literal": "X", "family": ""}]}),
    ("personal agent with an empty literal", {"id": "a", "title": "T", "agents": [{"role": "creator", "family": "X", "literal": ""}]}),
    ("agent with literal and an empty given", {"id": "a", "title": "T", "agents": [{"role": "creator", "literal": "X", "given": ""}]}),
    ("agent with no name", {"id": "a", "title": "T", "agents": [{"role": "creator", "given": "Y"}]}),
    ("agent with empty family and literal", {"id": "a", "title": "T", "agents": [{"role": "creator", "family": "", "literal": ""}]}),
    ("unknown agent key", {"id": "a", "title": "T", "agents": [{"role": "creator", "name": "X"}]}),
    ("null agent", {"id": "a", "title": "T", "agents": [None]}),
    ("boolean for a string", {"id": "a", "title": "T", "genre": True}),
    ("number for genre", {"id": "a", "title": "T", "genre": 5}),
    ("string for a list", {"id": "a", "title": "T", "subjects": "Korea"}),
    ("null inside a list", {"id": "a", "title": "T", "subjects": [None]}),
    ("archive without name", {"id": "a", "title": "T", "archive": {"location": "f. 1"}}),
    ("archive with empty name", {"id": "a", "title": "T", "archive": {"name": ""}}),
    ("unknown archive key", {"id": "a", "title": "T", "archive": {"name": "A", "box": "1"}}),
    ("unknown identifier scheme", {"id": "a", "title": "T", "identifiers": [{"scheme": "ark", "value": "x"}]}),
    ("identifier without value", {"id": "a", "title": "T", "identifiers": [{"scheme": "url"}]}),
    ("identifier with empty value", {"id": "a", "title": "T", "identifiers": [{"scheme": "url", "value": ""}]}),
    ("alternative title without value", {"id": "a", "title": "T", "alternativeTitles": [{"lang": "ru"}]}),
    ("unknown alternative title key", {"id": "a", "title": "T", "alternativeTitles": [{"value": "v", "script": "Cyrl"}]}),
    ("extra value that is a number", {"id": "a", "title": "T", "extra": {"k": 1}}),
    ("extra list with a number", {"id": "a", "title": "T", "extra": {"k": ["x", 1]}}),
    ("extra that is a list", {"id": "a", "title": "T", "extra": ["x"]}),
    ("date that is a number", {"id": "a", "title": "T", "date": 1951}),
    ("unknown date kind", {"id": "a", "title": "T", "dates": [{"kind": "deposited", "date": "2001"}]}),
    ("date without kind", {"id": "a", "title": "T", "dates": [{"date": "2001"}]}),
    ("date kind without date", {"id": "a", "title": "T", "dates": [{"kind": "issued"}]}),
    ("date kind with a null date", {"id": "a", "title": "T", "dates": [{"kind": "issued", "date": None}]}),
    ("date kind with a bad EDTF date", {"id": "a", "title": "T", "dates": [{"kind": "issued", "date": "c. 1950"}]}),
    ("coordinates without longitude", {"id": "a", "title": "T", "coordinates": {"latitude": "1"}}),
    ("coordinates that are not decimals", {"id": "a", "title": "T", "coordinates": {"latitude": "32 S", "longitude": "1"}}),
    ("latitude number out of range", {"id": "a", "title": "T", "coordinates": {"latitude": 91, "longitude": 0}}),
    ("extent that is a string", {"id": "a", "title": "T", "extent": "212 p."}),
] + [(f"EDTF {d!r}", {"id": "a", "title": "T", "date": d}) for d in [
    "", "1985-13", "1985-04-32", "85", "19850", "1985-4-12", "201x", "2XXX", "195X-05", "1985-XX-05",
    "2004?-06", "?2004", "1984?~", "1985-04-12T23:20", "1985-04-12T23:20:30.5", "1985-04-12T24:00:00",
    "1985-04-12T23:20:30+0530", "1985-04-12T23:20:30~", "1985-04T10:00:00", "1985-04-12T10:00:00/1986",
    "../..", "/", "..", "1985/1986/1987", "Y1985", "Y0170000", "Y17000X", "1950-25", "1950-21-01",
    "[1667,1668]", "1950\n", " 1950",
]]


def load(schema_dir):
    schemas = {}
    for name in ("record.schema.json", "catalog.schema.json"):
        with open(os.path.join(schema_dir, name), encoding="utf-8") as f:
            schemas[name] = json.load(f)
    registry = Registry()
    for s in schemas.values():
        jsonschema.Draft202012Validator.check_schema(s)
        registry = registry.with_resource(s["$id"], Resource.from_contents(s))
    record = jsonschema.Draft202012Validator(schemas["record.schema.json"], registry=registry)
    catalog = jsonschema.Draft202012Validator(schemas["catalog.schema.json"], registry=registry)
    return record, catalog


def first_error(validator, instance):
    e = jsonschema.exceptions.best_match(validator.iter_errors(instance))
    if e is None:
        return None
    where = "/".join(str(p) for p in e.absolute_path)
    return f"{where or '(record)'}: {e.message}"


def main(argv):
    if len(argv) < 2 or argv[1] in ("-h", "--help"):
        print(__doc__.strip(), file=sys.stderr)
        return 2
    record, catalog = load(argv[1])
    passed = failed = 0

    def ok(label):
        nonlocal passed
        passed += 1

    def bad(label, why):
        nonlocal failed
        failed += 1
        print(f"FAIL {label}: {why}")

    for path in argv[2:]:
        with open(path, encoding="utf-8-sig") as f:
            text = f.read()
        if path.endswith((".jsonl", ".ndjson")):
            records = [(f"{path}:{n}", json.loads(line)) for n, line in enumerate(text.split("\n"), 1)
                       if line.strip(" \t\r")]
        else:
            data = json.loads(text)
            if isinstance(data, list):
                err = first_error(catalog, data)
                (ok if err is None else lambda l: bad(l, err))(f"{path} (catalog)")
                records = [(f"{path}[{i}] {r.get('id') if isinstance(r, dict) else ''}", r) for i, r in enumerate(data)]
            else:
                records = [(path, data)]
        for label, r in records:
            err = first_error(record, r)
            if err is None:
                ok(label)
            else:
                bad(label, err)

    for label, r in VALID:
        err = first_error(record, r)
        if err is None:
            ok(label)
        else:
            bad(f"valid case `{label}`", err)
    for label, r in INVALID:
        if record.is_valid(r):
            bad(f"invalid case `{label}`", "the schema accepts a record that the JSON reader rejects")
        else:
            ok(label)
    for label, c in [("empty catalogue", []), ("catalogue of one", [{"id": "a", "title": "T"}])]:
        (ok if catalog.is_valid(c) else lambda l: bad(l, "rejected"))(label)
    for label, c in [("catalogue with a bad record", [{"id": "a"}]), ("catalogue that is an object", {"id": "a", "title": "T"})]:
        (ok if not catalog.is_valid(c) else lambda l: bad(l, "accepted"))(label)

    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

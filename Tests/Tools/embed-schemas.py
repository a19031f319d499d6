#!/usr/bin/env python3
'''Embed every Schemas/*.xsd into Sources/CrosswalkSchemas/EmbeddedSchemas.swift.

An installed `crosswalk` binary has no source tree beside it, so the XML
Schemas it validates against are compiled into the CrosswalkSchemas module as
string literals. Run this script after changing any file in Schemas/:

    python3 Tests/Tools/embed-schemas.py          # rewrite the Swift file
    python3 Tests/Tools/embed-schemas.py --check  # exit 1 if it is stale

The SchemaTests test target fails when the embedded copies differ from the
files on disk.

Each schema becomes a Swift raw multi-line string literal whose content is the
file's text, byte for byte:

* The literal is written as  #"""<LF><content><LF>"""#  with the closing
  delimiter at column 0. Swift drops the line feed right after the opening
  delimiter and the one right before the closing delimiter, and strips no
  indentation when the closing delimiter has none, so the string is exactly
  <content>, including its final newline, or the lack of one.
* The number of '#' is chosen so that neither the closing delimiter ("""
  followed by that many '#') nor an escape (a backslash followed by that many
  '#') occurs in the content: nothing in a file can end the literal early or
  be read as an escape or interpolation.
* Swift turns every line break in a multi-line literal into LF, so a carriage
  return cannot be written literally: the content is split at each CR and the
  pieces are joined with "\\r" string concatenations.
* Other control characters (and invalid UTF-8) are refused: a schema should
  not contain them, and Swift source cannot carry them unescaped.
'''

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

PACKAGE_ROOT = Path(__file__).resolve().parents[2]
SCHEMAS_DIR = PACKAGE_ROOT / "Schemas"
OUTPUT = PACKAGE_ROOT / "Sources" / "CrosswalkSchemas" / "EmbeddedSchemas.swift"
JSON_OUTPUT = PACKAGE_ROOT / "Sources" / "CrosswalkSchemas" / "EmbeddedJSONSchemas.swift"

# Root element of a document, as "{namespaceURI}localName", to the schema file
# that validates such a document.
ROOT_SCHEMAS = {
    "{urn:crosswalk:records:1}records": "crosswalk-records.xsd",
    "{http://www.openarchives.org/OAI/2.0/oai_dc/}dc": "oai_dc.xsd",
    "{http://www.openarchives.org/OAI/2.0/}OAI-PMH": "OAI-PMH.xsd",
}

# Control characters other than TAB, LF and CR (CR is handled separately).
FORBIDDEN = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def hash_count(text: str) -> int:
    """Smallest number of '#' for which the content cannot end or escape the literal."""
    n = 1
    while ('"""' + "#" * n) in text or ("\\" + "#" * n) in text:
        n += 1
    return n


def raw_literal(piece: str) -> str:
    """A Swift raw multi-line string literal whose value is exactly `piece` (no CR in it)."""
    hashes = "#" * hash_count(piece)
    return f'{hashes}"""\n{piece}\n"""{hashes}'


def swift_expression(text: str) -> str:
    """A Swift expression of type String whose value is exactly `text`."""
    pieces = text.split("\r")
    return ' + "\\r" + '.join(raw_literal(piece) for piece in pieces)


def swift_plain_literal(text: str) -> str:
    """An ordinary one-line Swift string literal, for file names and keys."""
    if FORBIDDEN.search(text) or "\n" in text or "\r" in text:
        raise ValueError(f"unexpected character in {text!r}")
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def read_schema(path: Path) -> str:
    data = path.read_bytes()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise SystemExit(f"{path}: not valid UTF-8 ({error})")
    if text.startswith("\ufeff"):
        raise SystemExit(f"{path}: starts with a byte order mark; remove it")
    match = FORBIDDEN.search(text)
    if match:
        line = text.count("\n", 0, match.start()) + 1
        raise SystemExit(f"{path}:{line}: control character U+{ord(match.group()):04X} cannot be embedded")
    return text


def render() -> str:
    schema_paths = sorted(SCHEMAS_DIR.glob("*.xsd"), key=lambda p: p.name)
    if not schema_paths:
        raise SystemExit(f"no .xsd files in {SCHEMAS_DIR}")
    names = {p.name for p in schema_paths}
    for root, name in ROOT_SCHEMAS.items():
        if name not in names:
            raise SystemExit(f"root schema {name} (for {root}) is not in {SCHEMAS_DIR}")

    out: list[str] = []
    out.append("// GENERATED FILE: DO NOT EDIT.")
    out.append("// Made by `python3 Tests/Tools/embed-schemas.py` from the files in Schemas/.")
    out.append("// Edit the .xsd files there and run the script again; the SchemaTests fail while this file is stale.")
    out.append("")
    out.append("/// The XML Schemas of `Schemas/`, compiled into the module so that an installed binary")
    out.append("/// can validate without the source tree.")
    out.append("///")
    out.append("/// The schemas import one another by relative `schemaLocation` (\"xml.xsd\", \"simpledc.xsd\", ...),")
    out.append("/// so write all of ``files`` into one directory (or resolve those names from this table)")
    out.append("/// before loading a root schema.")
    out.append("public enum EmbeddedSchemas {")
    out.append("    /// Every schema file, by file name, with its exact content.")
    out.append("    public static let files: [String: String] = [")
    for path in schema_paths:
        text = read_schema(path)
        out.append(f"        {swift_plain_literal(path.name)}: {swift_expression(text)},")
    out.append("    ]")
    out.append("")
    out.append("    /// The schema file (a key of ``files``) that validates a document, by the document's")
    out.append("    /// root element written as \"{namespaceURI}localName\".")
    out.append("    public static let rootSchemas: [String: String] = [")
    for root in sorted(ROOT_SCHEMAS):
        out.append(f"        {swift_plain_literal(root)}: {swift_plain_literal(ROOT_SCHEMAS[root])},")
    out.append("    ]")
    out.append("}")
    return "\n".join(out) + "\n"


def render_json() -> str:
    """Crosswalk's own JSON Schemas (Schemas/*.schema.json), for `crosswalk validate`."""
    out: list[str] = []
    out.append("// GENERATED FILE: DO NOT EDIT.")
    out.append("// Made by `python3 Tests/Tools/embed-schemas.py` from the files in Schemas/.")
    out.append("// Edit the .schema.json files there and run the script again; the SchemaTests fail while this file is stale.")
    out.append("")
    out.append("/// The JSON Schemas of `Schemas/` (Crosswalk's own), compiled into the module so that an")
    out.append("/// installed binary can validate records without the source tree.")
    out.append("public enum EmbeddedJSONSchemas {")
    out.append("    /// Every JSON Schema file, by file name, with its exact content.")
    out.append("    public static let files: [String: String] = [")
    for path in sorted(SCHEMAS_DIR.glob("*.schema.json"), key=lambda p: p.name):
        out.append(f"        {swift_plain_literal(path.name)}: {swift_expression(read_schema(path))},")
    out.append("    ]")
    out.append("}")
    return "\n".join(out) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="do not write; exit 1 if the Swift file is missing or stale")
    args = parser.parse_args()

    status = 0
    for output, generated in ((OUTPUT, render()), (JSON_OUTPUT, render_json())):
        status |= write(output, generated, args.check)
    return status


def write(OUTPUT: Path, generated: str, check: bool) -> int:
    generated_bytes = generated.encode("utf-8")
    current = OUTPUT.read_bytes() if OUTPUT.exists() else None
    if check:
        if current != generated_bytes:
            print(f"{OUTPUT.relative_to(PACKAGE_ROOT)} is stale: run python3 Tests/Tools/embed-schemas.py",
                  file=sys.stderr)
            return 1
        print(f"{OUTPUT.relative_to(PACKAGE_ROOT)} is up to date")
        return 0
    if current == generated_bytes:
        print(f"{OUTPUT.relative_to(PACKAGE_ROOT)} already up to date")
        return 0
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_bytes(generated_bytes)
    print(f"wrote {OUTPUT.relative_to(PACKAGE_ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

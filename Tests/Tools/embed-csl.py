#!/usr/bin/env python3
'''Embed Crosswalk's built-in CSL style and locale into Sources/Citations/BuiltIn/Embedded.swift.

`crosswalk cite` must work on a fresh machine with no CSL style or locale installed, so the
built-in `archival` style and `en-US` locale (written for Crosswalk: Sources/Citations/BuiltIn/
archival.csl and locales-en-US.xml) are compiled into the CrosswalkCitations module as string
literals, byte for byte. Run this script after changing either file:

    python3 Tests/Tools/embed-csl.py          # rewrite the Swift file
    python3 Tests/Tools/embed-csl.py --check  # exit 1 if it is stale

A test (CSLJSONTests, BuiltInCSLTests) fails when the embedded copies differ from the files.
The literals are written as Tests/Tools/embed-schemas.py writes the XML Schemas (see there).
'''

from __future__ import annotations

import argparse
import importlib.util
import sys
from pathlib import Path

PACKAGE_ROOT = Path(__file__).resolve().parents[2]
BUILT_IN = PACKAGE_ROOT / "Sources" / "Citations" / "BuiltIn"
OUTPUT = BUILT_IN / "Embedded.swift"

_spec = importlib.util.spec_from_file_location("embed_schemas", Path(__file__).with_name("embed-schemas.py"))
embed = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(embed)


def render() -> str:
    styles = sorted(BUILT_IN.glob("*.csl"), key=lambda p: p.name)
    locales = sorted(BUILT_IN.glob("locales-*.xml"), key=lambda p: p.name)
    if not styles or not locales:
        raise SystemExit(f"no built-in .csl style or locales-*.xml locale in {BUILT_IN}")
    out: list[str] = []
    out.append("// GENERATED FILE: DO NOT EDIT.")
    out.append("// Made by `python3 Tests/Tools/embed-csl.py` from the .csl and locales-*.xml files beside it.")
    out.append("// Edit those files and run the script again; a test fails while this file is stale.")
    out.append("")
    out.append("/// Crosswalk's own CSL style and locale, compiled in so that citing works with nothing installed.")
    out.append("/// Installed styles and locales (`$CROSSWALK_STYLE_PATH`, `~/.local/share/csl`,")
    out.append("/// `/usr/share/citation-style-language`) come first; these are the last resort.")
    out.append("public enum CSLBuiltIn {")
    out.append("    /// The built-in styles, by name (the file name without `.csl`), with the file's exact text.")
    out.append("    public static let styles: [String: String] = [")
    for path in styles:
        out.append(f"        {embed.swift_plain_literal(path.stem)}: {embed.swift_expression(embed.read_schema(path))},")
    out.append("    ]")
    out.append("")
    out.append("    /// The built-in locales, by language tag (`en-US` for `locales-en-US.xml`), with the file's exact text.")
    out.append("    public static let locales: [String: String] = [")
    for path in locales:
        tag = path.stem[len("locales-"):]
        out.append(f"        {embed.swift_plain_literal(tag)}: {embed.swift_expression(embed.read_schema(path))},")
    out.append("    ]")
    out.append("")
    out.append("    /// The file each built-in came from, relative to the package root (for messages and tests).")
    out.append("    public static let sourceFiles: [String: String] = [")
    for path in styles + locales:
        key = path.stem if path.suffix == ".csl" else path.stem[len("locales-"):]
        out.append(f"        {embed.swift_plain_literal(key)}: {embed.swift_plain_literal(str(path.relative_to(PACKAGE_ROOT)))},")
    out.append("    ]")
    out.append("}")
    return "\n".join(out) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="do not write; exit 1 if the Swift file is missing or stale")
    args = parser.parse_args()
    generated = render().encode("utf-8")
    current = OUTPUT.read_bytes() if OUTPUT.exists() else None
    name = OUTPUT.relative_to(PACKAGE_ROOT)
    if args.check:
        if current != generated:
            print(f"{name} is stale: run python3 Tests/Tools/embed-csl.py", file=sys.stderr)
            return 1
        print(f"{name} is up to date")
        return 0
    if current == generated:
        print(f"{name} already up to date")
        return 0
    OUTPUT.write_bytes(generated)
    print(f"wrote {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

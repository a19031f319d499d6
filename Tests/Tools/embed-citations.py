#!/usr/bin/env python3
'''Embed Crosswalk's own CSL style and locale (Sources/Crosswalk/Citing/BuiltIn/*.csl, *.xml) into
Sources/Crosswalk/Citing/BuiltIn/EmbeddedCitationFiles.swift, so that `crosswalk cite` works on a
machine with no style or locale installed. Run it after changing a file there:

    python3 Tests/Tools/embed-citations.py          # rewrite the Swift file
    python3 Tests/Tools/embed-citations.py --check  # exit 1 if it is stale

The literals are written exactly as embed-schemas.py writes the schemas (byte for byte); a test in
CrosswalkTests fails while the Swift file is stale.
'''
from __future__ import annotations

import argparse
import importlib.util
import sys
from pathlib import Path

PACKAGE_ROOT = Path(__file__).resolve().parents[2]
BUILT_IN = PACKAGE_ROOT / "Sources" / "Crosswalk" / "Citing" / "BuiltIn"
OUTPUT = BUILT_IN / "EmbeddedCitationFiles.swift"

spec = importlib.util.spec_from_file_location("embed_schemas", Path(__file__).with_name("embed-schemas.py"))
embed = importlib.util.module_from_spec(spec)
spec.loader.exec_module(embed)


def render() -> str:
    styles = sorted(BUILT_IN.glob("*.csl"))
    locales = sorted(BUILT_IN.glob("locales-*.xml"))
    out = ["// GENERATED FILE: DO NOT EDIT.",
           "// Made by `python3 Tests/Tools/embed-citations.py` from Sources/Crosswalk/Citing/BuiltIn/*.csl and locales-*.xml.",
           "",
           "/// Crosswalk's own CSL styles and locales, compiled in so that citing needs nothing installed.",
           "public enum EmbeddedCitationFiles {",
           "    /// Styles by name (the file name without `.csl`).",
           "    public static let styles: [String: String] = ["]
    for p in styles:
        out.append(f"        {embed.swift_plain_literal(p.stem)}: {embed.swift_expression(embed.read_schema(p))},")
    out += ["    ]", "", "    /// Locales by language tag (`en-US`).", "    public static let locales: [String: String] = ["]
    for p in locales:
        out.append(f"        {embed.swift_plain_literal(p.stem[len('locales-'):])}: {embed.swift_expression(embed.read_schema(p))},")
    out += ["    ]", "}"]
    return "\n".join(out) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="do not write; exit 1 if the Swift file is stale")
    args = parser.parse_args()
    generated = render().encode("utf-8")
    current = OUTPUT.read_bytes() if OUTPUT.exists() else None
    if args.check:
        if current != generated:
            print(f"{OUTPUT.relative_to(PACKAGE_ROOT)} is stale: run python3 Tests/Tools/embed-citations.py", file=sys.stderr)
            return 1
        return 0
    if current != generated:
        OUTPUT.write_bytes(generated)
        print(f"wrote {OUTPUT.relative_to(PACKAGE_ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

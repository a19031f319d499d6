#!/usr/bin/env python3
'''Generate Sources/Formats/BibTeX/LaTeXTables.swift: the accented letters LaTeX writes as an
accent command over a letter (\\'{e} -> é), as (command, base, precomposed letter).

    python3 Tests/Tools/latex-tables.py          # rewrite the Swift file
    python3 Tests/Tools/latex-tables.py --check  # exit 1 if it is stale (or if this Python's
                                                 # Unicode version is not the one the file names)

For each accent command (in the order below) and each base letter (A-Z, a-z, then dotless i and
dotless j, which stand for \\i and \\j), the letter and the command's combining mark are composed
with Python's unicodedata (NFC); where that gives one precomposed character, it is a row. The rows
are written 3 to a line at most, a line never longer than 117 characters.
'''
import argparse
import sys
import unicodedata
from pathlib import Path

OUT = Path(__file__).resolve().parents[2] / "Sources/Formats/BibTeX/LaTeXTables.swift"

# LaTeX's accent commands and the combining marks they stand for.
ACCENTS = [
    ("'", "\u0301"), ("`", "\u0300"), ("^", "\u0302"), ('"', "\u0308"), ("~", "\u0303"), ("=", "\u0304"),
    (".", "\u0307"), ("u", "\u0306"), ("v", "\u030C"), ("H", "\u030B"), ("c", "\u0327"), ("d", "\u0323"),
    ("b", "\u0331"), ("k", "\u0328"), ("r", "\u030A"),
]
BASES = [chr(c) for c in range(ord("A"), ord("Z") + 1)] + [chr(c) for c in range(ord("a"), ord("z") + 1)] + ["\u0131", "\u0237"]
WIDTH = 117


def swift_char(c: str) -> str:
    return c if c.isascii() and c.isalpha() else "\\u{%X}" % ord(c)


def generate() -> str:
    rows = []
    for command, mark in ACCENTS:
        for base in BASES:
            composed = unicodedata.normalize("NFC", base + mark)
            if len(composed) == 1:
                escaped = command.replace("\\", "\\\\").replace('"', '\\"')
                rows.append('(UInt8(ascii: "%s"), "%s", "%s")' % (escaped, swift_char(base), swift_char(composed)))
    lines, current = [], ""
    for row in rows:
        candidate = (current + " " if current else "        ") + row + ","
        if current and len(candidate) > WIDTH:
            lines.append(current)
            candidate = "        " + row + ","
        current = candidate
    lines.append(current)
    return (
        "// Generated with Python's unicodedata (Unicode %s) by Tests/Tools/latex-tables.py: every precomposed\n"
        "// letter that an accent command over an ASCII letter, \\i or \\j composes to. Do not edit by hand.\n"
        "extension LaTeX {\n"
        "    /// (accent command, base letter, precomposed letter). The base `ı`/`ȷ` stands for `\\i`/`\\j`.\n"
        "    public static let composedTable: [(UInt8, Unicode.Scalar, Unicode.Scalar)] = [\n"
        "%s\n"
        "    ]\n"
        "}\n" % (unicodedata.unidata_version, "\n".join(lines))
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="exit 1 if the Swift file is stale")
    args = parser.parse_args()
    text = generate()
    if args.check:
        if OUT.read_text(encoding="utf-8") != text:
            print(f"{OUT} is stale (or this Python has Unicode {unicodedata.unidata_version}): run {sys.argv[0]}", file=sys.stderr)
            return 1
        return 0
    OUT.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

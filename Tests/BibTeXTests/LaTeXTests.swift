import Crosswalk
import Foundation
import Testing

@Suite struct LaTeXDecoding {
    /// Every accent command over a letter, with the expected character.
    static let accents: [(command: String, base: String, expected: String)] = [
        ("'", "e", "é"), ("`", "a", "à"), ("^", "o", "ô"), ("\"", "u", "ü"), ("~", "n", "ñ"), ("=", "a", "ā"),
        (".", "z", "ż"), ("u", "g", "ğ"), ("v", "s", "š"), ("H", "o", "ő"), ("c", "c", "ç"), ("d", "a", "ạ"),
        ("b", "b", "ḇ"), ("k", "a", "ą"), ("r", "u", "ů"), ("'", "E", "É"), ("v", "C", "Č"), ("r", "A", "Å"),
    ]

    @Test(arguments: accents)
    func accentInEveryForm(_ c: (command: String, base: String, expected: String)) {
        let isLetterCommand = c.command.first!.isLetter
        var forms = ["{\\\(c.command){\(c.base)}}", "\\\(c.command){\(c.base)}", "{\\\(c.command)\(isLetterCommand ? " " : "")\(c.base)}"]
        forms.append("\\\(c.command)\(isLetterCommand ? " " : "")\(c.base)")
        for form in forms {
            let d = decode("x" + form + "y")
            #expect(d.text == "x\(c.expected)y", "\(form)")
            #expect(d.unknown.isEmpty, "\(form)")
        }
    }

    @Test func dotlessIAndJTakeAccents() {
        #expect(decode("\\'{\\i}").text == "í")
        #expect(decode("{\\\"\\i}").text == "ï")
        #expect(decode("\\^{\\j}").text == "ĵ")
        #expect(decode("\\v{\\i}").text == "ǐ")
        #expect(decode("\\i").text == "ı")
    }

    @Test func anAccentWithNoPrecomposedLetterUsesACombiningMark() {
        #expect(decode("\\d{q}").text.unicodeScalars.map(\.value) == [0x71, 0x323])
    }

    static let specialLetters: [(String, String)] = [
        ("\\ss", "ß"), ("\\o", "ø"), ("\\O", "Ø"), ("\\aa", "å"), ("\\AA", "Å"), ("\\ae", "æ"), ("\\AE", "Æ"),
        ("\\oe", "œ"), ("\\OE", "Œ"), ("\\l", "ł"), ("\\L", "Ł"), ("\\i", "ı"), ("\\j", "ȷ"),
    ]

    @Test(arguments: specialLetters)
    func specialLetter(_ c: (String, String)) {
        #expect(decode("{\(c.0)}").text == c.1)
        #expect(decode("a\(c.0){}b").text == "a\(c.1)b")
        #expect(decode("a\(c.0) b").text == "a\(c.1)b", "a control word swallows the space after it")
        #expect(decode("Stra{\(c.0)}e").text == "Stra\(c.1)e")
    }

    @Test func escapedSpecials() {
        #expect(decode("A \\& B \\% C \\$ D \\# E \\_ F").text == "A & B % C $ D # E _ F")
        #expect(decode("\\{braces\\}").text == "{braces}")
    }

    @Test func dashesQuotesAndTies() {
        #expect(decode("12--23").text == "12–23")
        #expect(decode("yes---no").text == "yes—no")
        #expect(decode("a-b").text == "a-b")
        #expect(decode("``quoted''").text == "“quoted”")
        #expect(decode("n.s.~2").text == "n.s.\u{A0}2")
        #expect(decode("it's").text == "it's")
    }

    @Test func emphasisKeepsTheText() {
        #expect(decode("{\\em Pravda} and \\emph{Izvestiia}").text == "Pravda and Izvestiia")
        #expect(decode("\\textit{italic} \\textbf{bold}").text == "italic bold")
    }

    @Test func bracesAndWhiteSpaceVanish() {
        #expect(decode("{An} amazing   {title}\n\t here").text == "An amazing title here")
        #expect(decode("  padded  ").text == "padded")
    }

    @Test func unknownCommandsAreKeptAndReported() {
        let d = decode("see \\url{http://x.org/a_b} and \\foo")
        #expect(d.text == "see \\url{http://x.org/a_b} and \\foo")
        #expect(d.unknown == ["\\url", "\\foo"])
    }

    @Test func mathIsKeptVerbatim() {
        #expect(decode("The $\\alpha$-helix").text == "The $\\alpha$-helix")
    }

    @Test func markedFormKeepsBracesAndResolvesLetters() {
        #expect(LaTeX.marked(Array("{An} amazing {\\'e}t{\\'e} \\emph{x}".utf8)) == "{An} amazing été \\emph{x}")
    }
}

@Suite struct LaTeXEncoding {
    /// Everything that decodes to one character encodes back (ASCII only) to LaTeX that decodes to it.
    @Test func everyDecodedCharacterEncodesBack() {
        var characters: [String] = []
        for (accent, base, _) in LaTeX.composedTable {
            let b = base == "ı" ? "\\i" : base == "ȷ" ? "\\j" : String(Character(base))
            characters.append(decode("{\\\(Character(Unicode.Scalar(accent))){\(b)}}").text)
        }
        characters += LaTeX.letters.map { String(Character($0.letter)) }
        characters += LaTeX.symbols.map { String(Character($0.symbol)) }
        characters += ["–", "—", "“", "”", "\u{A0}", "&", "%", "$", "#", "_", "{", "}", "\\", "~", "^", "\u{2009}"]
        #expect(characters.count > 300)
        for c in characters {
            let e = encode("a" + c + "b")
            #expect(e.unencodable.isEmpty, "\(c)")
            #expect(e.latex.utf8.allSatisfy { $0 < 0x80 }, "\(c) → \(e.latex)")
            #expect(decode(e.latex).text == "a" + c + "b", "\(c) → \(e.latex)")
        }
    }

    @Test func examples() {
        #expect(encode("Chargé").latex == "Charg{\\'e}")
        #expect(encode("Dvořák").latex == "Dvo{\\v{r}}{\\'a}k")
        #expect(encode("Straße").latex == "Stra{\\ss}e")
        #expect(encode("AT&T 50% $5 #1 a_b").latex == "AT\\&T 50\\% \\$5 \\#1 a\\_b")
        #expect(encode("12–23").latex == "12--23")
        #expect(encode("“q”").latex == "``q''")
        #expect(encode("í").latex == "{\\'i}")
    }

    @Test func unicodeModeKeepsLettersButEscapesSpecials() {
        #expect(encode("Chargé & Co", ascii: false).latex == "Chargé \\& Co")
    }

    @Test func literalDoubleHyphensAndQuotesSurvive() {
        for s in ["a--b", "x---y", "``", "''", "?`", "a\\b", "{", "}", "}{", "~", "^"] {
            #expect(decode(encode(s).latex).text == s, "\(s) → \(encode(s).latex)")
        }
    }

    @Test func aCharacterWithNoLaTeXFormStaysAndIsReported() {
        let e = encode("Nguyễn Văn Ư ư")
        #expect(e.latex.contains("ư"))
        #expect(e.unencodable.contains("ư"))
        #expect(e.unencodable.contains("Ư"))
    }

    @Test func wordsWithInnerCapitalsAreProtected() {
        var r = LaTeX.EncodeReport()
        let e = String(decoding: LaTeX.encode("The USSR and McCarthy in Korea", ascii: false, protectCase: true, report: &r), as: UTF8.self)
        #expect(e == "The {USSR} and {McCarthy} in {Korea}")
        let first = String(decoding: LaTeX.encode("McCarthy and the war", ascii: false, protectCase: true, report: &r), as: UTF8.self)
        #expect(first == "{McCarthy} and the war")
        let run = String(decoding: LaTeX.encode("Talks with Kim Il Sung, Zhou Enlai", ascii: false, protectCase: true, report: &r), as: UTF8.self)
        #expect(run == "Talks with {Kim Il Sung, Zhou Enlai}")
    }

    @Test func asciiFolding() {
        #expect(LaTeX.asciiFold("Łukasz Straße-Öztürk 1950") == "lukaszstrasseozturk1950")
    }
}

@Suite struct LaTeXTableTests {
    /// The marks of the accent commands, as `Tests/Tools/latex-tables.py` composes them.
    static let marks: [UInt8: Unicode.Scalar] = [
        UInt8(ascii: "'"): "\u{301}", UInt8(ascii: "`"): "\u{300}", UInt8(ascii: "^"): "\u{302}", UInt8(ascii: "\""): "\u{308}",
        UInt8(ascii: "~"): "\u{303}", UInt8(ascii: "="): "\u{304}", UInt8(ascii: "."): "\u{307}", UInt8(ascii: "u"): "\u{306}",
        UInt8(ascii: "v"): "\u{30C}", UInt8(ascii: "H"): "\u{30B}", UInt8(ascii: "c"): "\u{327}", UInt8(ascii: "d"): "\u{323}",
        UInt8(ascii: "b"): "\u{331}", UInt8(ascii: "k"): "\u{328}", UInt8(ascii: "r"): "\u{30A}",
    ]

    /// Every row of the generated table is the canonical composition of its letter and its accent's mark,
    /// and no row is there twice.
    @Test func everyRowComposes() {
        #expect(LaTeX.composedTable.count == 306)
        var seen = Set<String>()
        for (command, base, composed) in LaTeX.composedTable {
            let mark = Self.marks[command]
            #expect(mark != nil, "accent \(command)")
            guard let mark else { continue }
            #expect(String(composed).decomposedStringWithCanonicalMapping == String(base) + String(mark), "\(composed)")
            #expect(seen.insert("\(command) \(base)").inserted)
        }
    }
}

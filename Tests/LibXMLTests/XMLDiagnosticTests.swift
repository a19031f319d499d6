import Testing
import LibXML

@Suite("XMLDiagnostic")
struct XMLDiagnosticTests {
    @Test func descriptionFormats() {
        #expect(XMLDiagnostic(severity: .error, message: "bad\n", file: "a.xml", line: 3, column: 7).description
                == "a.xml:3:7: error: bad")
        #expect(XMLDiagnostic(severity: .warning, message: "w", file: "a.xml", line: 3).description
                == "a.xml:3: warning: w")
        #expect(XMLDiagnostic(severity: .fatal, message: "f", file: "a.xml").description
                == "a.xml: fatal error: f")
        #expect(XMLDiagnostic(severity: .error, message: "e", line: 2, column: 1).description
                == "2:1: error: e")
        #expect(XMLDiagnostic(severity: .error, message: "  e  ").description == "error: e")
        #expect(XMLDiagnostic(severity: .error, message: "Input is not proper UTF-8\nBytes: 0xE9 0x3C\n").message
                == "Input is not proper UTF-8 Bytes: 0xE9 0x3C")
        // A column without a line is meaningless and omitted.
        #expect(XMLDiagnostic(severity: .error, message: "e", file: "f", line: nil, column: 4).description == "f: error: e")
        #expect(XMLDiagnostic(severity: .error, message: "e", file: "", line: 0, column: 0).file == nil)
    }

    @Test func severityOrder() {
        #expect(XMLDiagnostic.Severity.warning < .error)
        #expect(XMLDiagnostic.Severity.error < .fatal)
    }
}

import Foundation
import Testing
import LibXML

@Suite("Diagnostics plumbing")
struct QuietnessAndConcurrencyTests {
    /// Drives every error path we know of that libxml2 would report on stderr by default,
    /// with file descriptor 2 redirected to a temporary file, and checks nothing arrived.
    @Test func libxml2NeverWritesToStderr() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanup() }
        let badSchema = try dir.write("bad.xsd", "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\"><xs:element name=\"a\" type=\"Nope\"/></xs:schema>")
        let notXML = try dir.write("notxml.xsd", "<xs:schema")
        let capture = dir.path("stderr.txt")

        fflush(nil)
        let saved = dup(2)
        let fd = open(capture, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        #expect(saved >= 0 && fd >= 0)
        dup2(fd, 2)
        close(fd)

        var collected: [XMLDiagnostic] = []
        func attempt(_ body: () throws -> Void) {
            do { try body() } catch let error as XMLDiagnostic { collected.append(error) } catch {}
        }
        attempt { _ = try XSDValidator(schemaPath: dir.path("missing.xsd")) }
        attempt { _ = try XSDValidator(schemaPath: badSchema) }
        attempt { _ = try XSDValidator(schemaPath: notXML) }
        attempt { _ = try XSDValidator(schemaPath: badSchema, catalogPath: dir.path("missing-catalog.xml")) }
        for document in [
            "<?xml version=\"1.0\" encoding=\"US-ASCII\"?><r>caf\u{E9}</r>",
            "<?xml version=\"1.0\" encoding=\"X-NOPE\"?><r/>",
            "<r><a></b></r>",
            "<r>&undefined;</r>",
            "<!DOCTYPE r SYSTEM \"http://example.invalid/r.dtd\"><r>&nbsp;<x:y/></r>",
            "",
        ] {
            attempt {
                let reader = try XMLPullReader(bytes: Array(document.utf8), url: "quiet.xml")
                while try reader.read() {}
            }
        }
        attempt {
            let reader = try XMLPullReader(url: "failing-callback") { _ in -1 }
            while try reader.read() {}
        }

        fflush(nil)
        dup2(saved, 2)
        close(saved)

        // Other tests run in parallel, and Swift Testing reports their progress on stderr:
        // only lines that are not its event lines can have come from libxml2.
        let testingSymbols: Set<Character> = ["◇", "✔", "✘", "↳", "􀟈", "􀢄", "􁁛", "􀄵", "􀙟"]
        let written = try String(contentsOfFile: capture, encoding: .utf8)
            .split(separator: "\n")
            .filter { line in !(line.first.map(testingSymbols.contains) ?? false) && !line.hasPrefix("  ") }
            .joined(separator: "\n")
        #expect(written.isEmpty, "libxml2 wrote to stderr: \(written)")
        #expect(collected.count >= 10)
    }

    @Test func readersAndValidatorsWorkInParallelTasks() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanup() }
        let schema = try dir.write("s.xsd", """
        <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
          <xs:element name="r"><xs:complexType><xs:sequence>
            <xs:element name="n" type="xs:integer" maxOccurs="unbounded"/>
          </xs:sequence></xs:complexType></xs:element>
        </xs:schema>
        """)
        let results = try await withThrowingTaskGroup(of: (Int, Int).self) { group in
            for task in 0..<8 {
                group.addTask {
                    let validator = try XSDValidator(schemaPath: schema)
                    var xml = "<r>\n"
                    for i in 0..<200 { xml += i == task ? "<n>bad</n>\n" : "<n>\(i)</n>\n" }
                    xml += "</r>"
                    let diagnostics = validator.validate(bytes: Array(xml.utf8), url: "t\(task).xml")
                    var count = 0
                    do {
                        let reader = try XMLPullReader(bytes: Array("<r>\n<a>\n</r>".utf8), url: "b\(task).xml")
                        while try reader.read() {}
                    } catch let error as XMLDiagnostic {
                        count = error.line ?? -1
                    }
                    #expect(diagnostics.count == 1)
                    #expect(diagnostics.first?.line == task + 2)
                    #expect(diagnostics.first?.file == "t\(task).xml")
                    return (task, count)
                }
            }
            var all: [(Int, Int)] = []
            for try await result in group { all.append(result) }
            return all
        }
        #expect(results.count == 8)
        #expect(results.allSatisfy { $0.1 == 3 })
    }
}

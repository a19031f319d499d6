import Crosswalk
import CrosswalkTestSupport
import Testing

/// Conversions in parts (`--part`, for GNU parallel and Spark): the head, the records of each part
/// and the tail, joined in order, are the bytes of one run, whatever the parts.
@Suite struct OutputPartsTests {
    static let canonicalColumns = "id,type,genre,title,alternativeTitles,date,creator,recipient,translator,editor,contributor,description,subjects,places,languages,publisher,isPartOf,archive.name,archive.location,archive.place,url,doi,handle,oai,local,isbn,issn,rights,notes,containerTitle,volume,issue,pages,edition,series,number,publisherPlace,accessed"

    static func run(_ input: String, to target: String, part: OutputPart, columns: Bool) throws -> (Crosswalk.ExitStatus, String) {
        let path = try makeTemporaryFile(input, named: "part.jsonl")
        var job = ConvertJob(input: InputRequest(path: path, format: "jsonl"), target: target,
                             options: FormatOptions(settings: columns ? ["csv.columns": canonicalColumns] : [:]))
        job.part = part
        let out = ByteOutput()
        let outcome = job.run(standardOutput: out) { _ in }
        return (outcome.status, String(decoding: out.data, as: UTF8.self))
    }

    /// Random records (line breaks, CR, separators, non-ASCII text in every field), cut into parts
    /// of random sizes, some empty: head + parts + tail is one run's output, byte for byte.
    @Test(arguments: ["jsonl", "csv", "dc", "dcterms"])
    func partsJoinedAreOneRun(target: String) throws {
        let records = (0..<40).map { RecordFactory.record(seed: UInt64($0) &* 0x9E37_79B9 &+ 17) }
        let lines = try records.map { r throws -> String in
            let out = ByteOutput()
            let w = JSONLinesRecordWriter(output: out)
            try w.write(r)
            try w.finish()
            return String(decoding: out.data, as: UTF8.self)
        }
        let csv = target == "csv"
        let (status, whole) = try Self.run(lines.joined(), to: target, part: .whole, columns: csv)
        #expect(status == .success)
        var joined = try Self.run("", to: target, part: .head, columns: csv).1
        var start = 0
        for size in [0, 1, 7, 0, 13, 19] {
            let piece = lines[start..<min(start + size, lines.count)].joined()
            start += size
            let (s, text) = try Self.run(piece, to: target, part: .records, columns: csv)
            #expect(s == .success)
            joined += text
        }
        #expect(start == records.count)
        joined += try Self.run("", to: target, part: .tail, columns: csv).1
        #expect(joined == whole)
        #expect(whole.count > 1000)
    }

    @Test func formatsThatCannotBeCutAreRefusedAsUsage() throws {
        let (json, _) = try Self.run("{\"id\":\"a\",\"title\":\"A\"}\n", to: "json", part: .records, columns: false)
        #expect(json == .usage)
        let (bib, _) = try Self.run("{\"id\":\"a\",\"title\":\"A\"}\n", to: "bibtex", part: .records, columns: false)
        #expect(bib == .usage)
        // CSV parts agree only with a fixed header.
        let (csv, _) = try Self.run("{\"id\":\"a\",\"title\":\"A\"}\n", to: "csv", part: .records, columns: false)
        #expect(csv == .usage)
    }

    @Test func headAndTailOfDublinCore() throws {
        let head = try Self.run("", to: "dc", part: .head, columns: false).1
        #expect(head.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<records "))
        #expect(head.hasSuffix("\">\n"))
        #expect(try Self.run("", to: "dc", part: .tail, columns: false).1 == "</records>\n")
        // A part with no records is empty.
        #expect(try Self.run("", to: "dc", part: .records, columns: false).1 == "")
    }
}

import CrosswalkModel
import Foundation
import Testing

/// `ByteInput` and `ByteOutput`, directly: positions, chunk boundaries, files and errors.
@Suite struct ByteInputTests {
    /// Every byte of an input with the line and column `ByteInput` gives before it.
    static func positions(_ input: ByteInput) -> [(UInt8, Int, Int)] {
        var out: [(UInt8, Int, Int)] = []
        while let b = input.peek() {
            out.append((b, input.line, input.column))
            input.advance()
        }
        return out
    }

    @Test func linesAndByteColumns() {
        let p = Self.positions(ByteInput(string: "ab\né\r\nc"))
        // é is two bytes, so `\r` is in column 3 of line 2; a CR alone ends no line.
        #expect(p.map { "\($0.1):\($0.2)" } == ["1:1", "1:2", "1:3", "2:1", "2:2", "2:3", "2:4", "3:1"])
        let input = ByteInput(bytes: Array("x\ny".utf8), name: "n", firstLine: 10)
        input.advance(); input.advance()
        #expect(input.location == SourceLocation(file: "n", line: 11, column: 1))
        #expect(input.offset == 2)
    }

    @Test func peekingAheadConsumesNothing() {
        let input = ByteInput(string: "abc")
        #expect(input.peek(at: 2) == UInt8(ascii: "c"))
        #expect(input.peek(at: 3) == nil)
        #expect(input.prefix(10) == Array("abc".utf8))
        #expect(input.next() == UInt8(ascii: "a"))
        #expect(input.prefix(1) == [UInt8(ascii: "b")])
        #expect(input.readToEnd() == Array("bc".utf8))
        #expect(input.peek() == nil && input.next() == nil)
    }

    @Test func aByteOrderMarkIsSkippedAndTheColumnStartsAfterIt() {
        let input = ByteInput(bytes: [0xEF, 0xBB, 0xBF] + Array("a".utf8))
        input.skipByteOrderMark()
        #expect(input.peek() == UInt8(ascii: "a") && input.column == 1)
        // Without a byte order mark nothing is skipped.
        let plain = ByteInput(string: "ab")
        plain.skipByteOrderMark()
        #expect(plain.peek() == UInt8(ascii: "a") && plain.column == 1)
    }

    @Test func runsStopAtALineFeedOrAtTheFirstRefusedByte() {
        let input = ByteInput(string: "abc1\nd")
        var out: [UInt8] = []
        input.consumeRun(while: { $0 >= UInt8(ascii: "a") }, into: &out)
        #expect(out == Array("abc".utf8) && input.peek() == UInt8(ascii: "1"))
        out = []
        input.consumeRun(while: { _ in true }, into: &out)
        #expect(out == Array("1".utf8) && input.peek() == 0x0A)
        out = []
        #expect(input.consume(upTo: UInt8(ascii: "z"), into: &out) == false)
        #expect(out == Array("\nd".utf8))
    }

    @Test func aFileIsReadInChunksWithTheSamePositions() throws {
        // Lines of varied length, more than two 64 KiB chunks, so that refills fall mid-line.
        var text = ""
        var n = 0
        while text.utf8.count < 200_000 { text += String(repeating: "é", count: n % 37) + "x;\n"; n += 1 }
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("crosswalk-byteinput-\(UUID().uuidString).txt")
        try Data(text.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }

        let file = try ByteInput(path: url.path)
        let memory = ByteInput(string: text)
        #expect(file.name == url.path)
        // `consume(upTo:)` across the chunk boundaries gives each line whole; positions agree with memory.
        var lines = 0
        var line: [UInt8] = []
        while file.consume(upTo: 0x0A, into: &line) {
            #expect(line.last == UInt8(ascii: ";"))
            line = []
            file.advance()
            lines += 1
        }
        #expect(lines == n)
        #expect(file.line == n + 1)
        #expect(file.ioError == nil)
        // `read(into:)` hands on every byte and keeps the line count.
        let copy = try ByteInput(path: url.path)
        var all: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 5000)
        while true {
            let k = buffer.withUnsafeMutableBytes { copy.read(into: $0) }
            if k == 0 { break }
            all += buffer[0..<k]
        }
        #expect(all == Array(text.utf8))
        #expect(copy.line == n + 1)
        #expect(Self.positions(memory).count == text.utf8.count)
    }

    @Test func aMissingFileOrAFolderIsADiagnosticNamingIt() {
        do {
            _ = try ByteInput(path: "/nonexistent/crosswalk/x.json")
            Issue.record("no error for a missing file")
        } catch {
            #expect(error.message == "cannot open /nonexistent/crosswalk/x.json: No such file or directory")
        }
        let folder = FileManager.default.temporaryDirectory.path
        do {
            _ = try ByteInput(path: folder)
            Issue.record("no error for a folder")
        } catch {
            #expect(error.message == "cannot read \(folder): it is a directory")
        }
    }
}

@Suite struct ByteOutputTests {
    @Test func memoryHoldsEverythingWritten() throws {
        let out = ByteOutput()
        out.write(UInt8(ascii: "a"))
        out.write("é")
        out.write([0x0A])
        Array("z".utf8).withUnsafeBytes { out.write($0) }
        try out.flush()
        #expect(out.data == Array("aé\nz".utf8))
    }

    @Test func aDescriptorGetsTheBytesWhenFlushed() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("crosswalk-byteoutput-\(UUID().uuidString).txt")
        FileManager.default.createFile(atPath: url.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: url) }
        let handle = try FileHandle(forWritingTo: url)
        let out = ByteOutput(fileDescriptor: handle.fileDescriptor, name: url.path, owns: false)
        out.write("small")
        try out.flushIfNeeded()
        #expect(try Data(contentsOf: url).isEmpty)  // under the threshold: still gathered
        out.write(String(repeating: "x", count: 70_000))
        try out.flushIfNeeded()
        #expect(try Data(contentsOf: url).count == 70_005)
        out.write("!")
        try out.flush()
        #expect(try Data(contentsOf: url).count == 70_006)
        try handle.close()
    }
}

@Suite struct SharedHelperTests {
    @Test func codePointsAreWrittenAsUnicodeDoes() {
        #expect(Unicode.Scalar(0x09).codePoint == "U+0009")
        #expect(Unicode.Scalar(0xE9)!.codePoint == "U+00E9")
        #expect(Unicode.Scalar(0xFFFE)!.codePoint == "U+FFFE")
        #expect(Unicode.Scalar(0x1F600)!.codePoint == "U+1F600")
    }

    @Test func sniffersSkipAByteOrderMarkAndWhiteSpace() {
        #expect(Sniffing.byteOrderMarkLength([0xEF, 0xBB, 0xBF, 0x7B]) == 3)
        #expect(Sniffing.byteOrderMarkLength([0xEF, 0xBB]) == 0)
        #expect(Sniffing.firstSignificantByte([0xEF, 0xBB, 0xBF] + Array(" \r\n\t[".utf8))! == (7, UInt8(ascii: "[")))
        #expect(Sniffing.firstSignificantByte(Array(" \n".utf8)) == nil)
    }

    @Test func monthNamesStartWithJanuary() {
        #expect(EDTFDate.monthNames.count == 12 && EDTFDate.monthNames.first == "January" && EDTFDate.monthNames.last == "December")
    }
}

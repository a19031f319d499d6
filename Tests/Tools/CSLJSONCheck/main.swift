// Decodes the INPUT section of every CSL test-suite fixture given on the command line, then encodes
// the items and decodes them again, which must give the same items.
//
//   swift run csljson-check ../shared/conformance/csl-test-suite/humans/*.txt
//   swift run csljson-check --tables     (the crosswalk tables, as Docs/formats/csl-json.md prints them)
//
// Prints each failure at FILE:LINE:COLUMN, then `N passed, M failed`; exits 1 on any failure.
import CrosswalkCitations
import CrosswalkCSLJSON
import CrosswalkModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The byte ranges of the lines of a text.
func lines(_ bytes: [UInt8]) -> [Range<Int>] {
    var out: [Range<Int>] = []
    var start = 0
    for (i, b) in bytes.enumerated() where b == 0x0A {
        out.append(start..<i); start = i + 1
    }
    if start < bytes.count { out.append(start..<bytes.count) }
    return out
}

/// Whether a line is a section marker such as `>>===== INPUT =====>>` (the suite uses 4 or 5 `=`).
func isMarker(_ line: ArraySlice<UInt8>, opening: Bool) -> Bool {
    let text = String(decoding: line, as: UTF8.self).trimmingCharacters(in: " \r\t")
    let (a, z) = opening ? (">>=", "=>>") : ("<<=", "=<<")
    guard text.hasPrefix(a), text.hasSuffix(z) else { return false }
    return text.split(separator: " ").contains("INPUT")
}

extension String {
    func trimmingCharacters(in set: String) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s.removeFirst() }
        while let l = s.last, set.contains(l) { s.removeLast() }
        return String(s)
    }
}

// `--tables` prints the crosswalk tables as Docs/formats/csl-json.md has them.
if CommandLine.arguments.dropFirst().first == "--tables" {
    print(CSLJSONMapping.markdownFieldTable)
    print(CSLJSONMapping.markdownTypeTable, terminator: "")
    exit(0)
}

var passed = 0, failed = 0, items = 0, throughRecords = 0, throughRecordsDiffer = 0
let verbose = CommandLine.arguments.contains("-v")
for path in CommandLine.arguments.dropFirst() where path != "-v" {
    let bytes: [UInt8]
    do {
        let input = try ByteInput(path: path)
        bytes = input.readToEnd()
    } catch {
        print(error); failed += 1; continue
    }
    let ls = lines(bytes)
    guard let o = ls.firstIndex(where: { isMarker(bytes[$0], opening: true) }),
          let c = ls[(o + 1)...].firstIndex(where: { isMarker(bytes[$0], opening: false) }) else {
        print("\(path): no INPUT section"); failed += 1; continue
    }
    let firstLine = o + 2
    let section = Array(bytes[ls[o].upperBound + 1..<ls[c].lowerBound])
    do throws(Diagnostic) {
        let reader = CSLJSONItemReader(input: ByteInput(bytes: section, name: path, firstLine: firstLine))
        var decoded: [CSLItem] = []
        while let item = try reader.next() { decoded.append(item) }
        let again = try CSLJSONCodec.decode(CSLJSONCodec.encode(decoded), file: path + " (re-encoded)")
        guard again == decoded else {
            let bad = zip(decoded, again).first { $0 != $1 }
            print("\(path): the items differ after encoding and decoding again: \(String(describing: bad))")
            failed += 1
            continue
        }
        items += decoded.count
        passed += 1
        // Through the record model and back: what the crosswalk table keeps of each item.
        for item in decoded {
            let back = CSLJSONMapping.item(from: CSLJSONMapping.record(from: item))
            if back == item { throughRecords += 1; continue }
            throughRecordsDiffer += 1
            if verbose {
                let keys = Set(item.variables.keys).union(back.variables.keys).filter { item.variables[$0] != back.variables[$0] }
                print("\(path): \(item.id): through a record: \(keys.sorted()) \(item.type != back.type ? "type \(item.type) → \(back.type)" : "") \(item.otherJSON != back.otherJSON ? "otherJSON" : "")")
            }
        }
    } catch {
        print(error)
        failed += 1
    }
}
print("\(items) items in the INPUT sections; \(throughRecords) come back the same through a record (CSLJSONMapping both ways), \(throughRecordsDiffer) differ (-v lists them)")
print("\(passed) passed, \(failed) failed")
exit(failed == 0 ? 0 : 1)

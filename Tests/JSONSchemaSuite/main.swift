// crosswalk-jsonschema-suite: runs the JSON Schema test suite (draft 2020-12) through
// CrosswalkValidation's validator and prints "N passed, M failed".
//
// Usage: crosswalk-jsonschema-suite SUITE_DIR [--specs DIR] [--optional-format] [--filter S]
//                                   [--known-failures FILE] [--verbose]
// SUITE_DIR holds tests/ and remotes/; remotes/ is served as http://localhost:1234/ from a local map,
// and the 2020-12 metaschemas come from --specs (default: SUITE_DIR/../../specs/json-schema-2020-12).
// Without --optional-format it runs every file of tests/draft2020-12/ (not optional/); with it, the
// files of tests/draft2020-12/optional/format/ with format assertion on. Exits 1 on any failure not
// listed in the known-failures file (one "file: group: test" a line, `#` comments allowed).

import CrosswalkValidation
import Foundation

var suite = ""
var specs: String?
var optionalFormat = false
var filter: String?
var knownFile: String?
var verbose = false
var args = CommandLine.arguments.dropFirst().makeIterator()
while let a = args.next() {
    switch a {
    case "--specs": specs = args.next()
    case "--optional-format": optionalFormat = true
    case "--filter": filter = args.next()
    case "--known-failures": knownFile = args.next()
    case "--verbose", "-v": verbose = true
    case "-h", "--help":
        print("usage: crosswalk-jsonschema-suite SUITE_DIR [--specs DIR] [--optional-format] [--filter S] [--known-failures FILE] [--verbose]")
        exit(0)
    default:
        if a.hasPrefix("-") { FileHandle.standardError.write("unknown option \(a)\n".data(using: .utf8)!); exit(64) }
        suite = a
    }
}
if suite.isEmpty { FileHandle.standardError.write("usage: crosswalk-jsonschema-suite SUITE_DIR\n".data(using: .utf8)!); exit(64) }
let specDir = specs ?? (suite as NSString).appendingPathComponent("../../specs/json-schema-2020-12")

var known = Set<String>()
if let knownFile, let text = try? String(contentsOfFile: knownFile, encoding: .utf8) {
    for line in text.split(separator: "\n") {
        let t = line.trimmingCharacters(in: .whitespaces)
        if t.isEmpty || t.hasPrefix("#") { continue }
        // "file: group: test — reason": the reason after " — " is ignored.
        known.insert(t.components(separatedBy: " — ").first!)
    }
}

let registry = JSONSchemaRegistry()
registry.map("http://localhost:1234/", to: (suite as NSString).appendingPathComponent("remotes"))
registry.map("https://json-schema.org/draft/2020-12/schema", to: (specDir as NSString).appendingPathComponent("schema.json"))
for meta in ["core", "applicator", "unevaluated", "validation", "meta-data", "format-annotation", "format-assertion", "content"] {
    registry.map("https://json-schema.org/draft/2020-12/meta/\(meta)", to: (specDir as NSString).appendingPathComponent("meta/\(meta).json"))
}

let dir = (suite as NSString).appendingPathComponent(optionalFormat ? "tests/draft2020-12/optional/format" : "tests/draft2020-12")
let files = ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).filter { $0.hasSuffix(".json") }.sorted()
if files.isEmpty { FileHandle.standardError.write("no test files in \(dir)\n".data(using: .utf8)!); exit(2) }

var passed = 0, failed = 0, knownFailed = 0
var seenKnown = Set<String>()
for file in files {
    let path = (dir as NSString).appendingPathComponent(file)
    guard let data = FileManager.default.contents(atPath: path) else { continue }
    let doc: JSONValue
    do { doc = try JSONValueParser.parse([UInt8](data)) } catch {
        print("FAIL: \(file): cannot parse: \(error)"); failed += 1; continue
    }
    guard case .array(let groups) = doc else { continue }
    for group in groups {
        guard case .string(let gdesc)? = group["description"], let schemaValue = group["schema"],
              case .array(let tests)? = group["tests"] else { continue }
        var fileTotal = 0
        let schema: JSONSchema?
        var compileError = ""
        do {
            schema = try JSONSchema(schemaValue, uri: "urn:crosswalk:suite:\(file)", registry: registry,
                                    options: JSONSchemaOptions(formatAssertion: optionalFormat))
        } catch {
            schema = nil; compileError = error.message
        }
        for test in tests {
            guard case .string(let tdesc)? = test["description"], let data = test["data"],
                  case .bool(let expected)? = test["valid"] else { continue }
            let id = "\(file): \(gdesc): \(tdesc)"
            if let filter, !id.contains(filter) { continue }
            fileTotal += 1
            var got: Bool?
            if let schema { got = schema.isValid(data) }
            if got == expected {
                passed += 1
                if known.contains(id) { print("NOW PASSES: \(id)") }
            } else {
                let why = got == nil ? "schema does not compile: \(compileError)" : "expected \(expected ? "valid" : "invalid"), got \(got! ? "valid" : "invalid")"
                failed += 1
                if known.contains(id) { knownFailed += 1; seenKnown.insert(id); if verbose { print("KNOWN: \(id): \(why)") } }
                else { print("FAIL: \(id): \(why)") }
                if verbose, let schema, got != nil {
                    for e in schema.validate(data) { print("    \(e)") }
                }
            }
        }
        _ = fileTotal
    }
}
print("\(passed) passed, \(failed) failed\(knownFailed > 0 ? " (\(knownFailed) known)" : "")")
exit(failed - knownFailed > 0 && !optionalFormat ? 1 : 0)

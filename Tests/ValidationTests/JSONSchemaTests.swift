import CrosswalkModel
import CrosswalkValidation
import Testing

/// Compiles a schema written as JSON text.
func compile(_ schema: String, registry: JSONSchemaRegistry = JSONSchemaRegistry(), formats: Bool = false) throws -> JSONSchema {
    try JSONSchema(json: Array(schema.utf8), registry: registry, options: JSONSchemaOptions(formatAssertion: formats))
}

func json(_ text: String) throws -> JSONValue { try JSONValueParser.parse(text) }

/// The instance locations and keywords of the errors of `instance`.
func failures(_ schema: JSONSchema, _ instance: String) throws -> [String] {
    try schema.validate(json(instance)).map { "\($0.instanceLocation) \($0.keyword)" }
}

@Suite struct JSONNumberTests {
    @Test func equalNumbersAreEqualWhateverTheirSpelling() throws {
        #expect(JSONNumber("1") == JSONNumber("1.0"))
        #expect(JSONNumber("1e2") == JSONNumber("100"))
        #expect(JSONNumber("-0") == JSONNumber("0.000"))
        #expect(JSONNumber("0.1") != JSONNumber("0.10000000000000001"))
        #expect(try json("[1, {\"a\": 2.0}]") == json("[1.0, {\"a\": 2}]"))
    }

    @Test func comparisonIsExactForBigAndSmallNumbers() {
        #expect(JSONNumber("18446744073709551616")! > JSONNumber("18446744073709551615")!)
        #expect(JSONNumber("-1.5")! < JSONNumber("-1.25")!)
        #expect(JSONNumber("1e-400")! > JSONNumber("0")!)
        #expect(!(JSONNumber("2.50")! < JSONNumber("2.5")!))
    }

    @Test func multipleOfHasNoFloatingPointError() {
        #expect(JSONNumber("0.3")!.isMultiple(of: JSONNumber("0.1")!))
        #expect(JSONNumber("19.99")!.isMultiple(of: JSONNumber("0.01")!))
        #expect(!JSONNumber("0.3")!.isMultiple(of: JSONNumber("0.2")!))
        #expect(JSONNumber("1e308")!.isMultiple(of: JSONNumber("0.5")!))
        #expect(JSONNumber("123456789012345678901234567890")!.isMultiple(of: JSONNumber("10")!))
        #expect(!JSONNumber("123456789012345678901234567891")!.isMultiple(of: JSONNumber("10")!))
        #expect(!JSONNumber("0.0075")!.isMultiple(of: JSONNumber("0.01")!))
        #expect(!JSONNumber("1e-400")!.isMultiple(of: JSONNumber("1")!))
        // Divisors too big for machine integers.
        #expect(JSONNumber("246913578024691357802469135780")!.isMultiple(of: JSONNumber("123456789012345678901234567890")!))
        #expect(!JSONNumber("246913578024691357802469135781")!.isMultiple(of: JSONNumber("123456789012345678901234567890")!))
        #expect(JSONNumber("1e40")!.isMultiple(of: JSONNumber("1e20")!))
        #expect(JSONNumber("-4.5")!.isMultiple(of: JSONNumber("1.5")!))
    }

    @Test func integersIncludeOnePointZero() {
        #expect(JSONNumber("1.0")!.isInteger)
        #expect(JSONNumber("1e3")!.isInteger)
        #expect(!JSONNumber("1.5")!.isInteger)
    }
}

@Suite struct JSONParserTests {
    @Test func syntaxErrorsHaveLineAndColumn() {
        do {
            _ = try JSONValueParser.parse("{\n  \"a\": tru\n}")
            Issue.record("parsed")
        } catch {
            #expect(error.line == 2)
            #expect(error.column == 8)
        }
    }

    @Test func stringsKeepEscapesAndSurrogatePairs() throws {
        #expect(try json(#""a\"b\u00e9\ud83d\ude00""#) == .string("a\"bé😀"))
    }

    @Test func theLocatorFindsAValueByItsPointer() {
        let text = Array("{\n  \"a\": [1,\n    {\"b~/c\": true}]\n}".utf8)
        func at(_ tokens: [String]) -> [Int]? { JSONLocator.locate(tokens, in: text).map { [$0.line, $0.column] } }
        #expect(at(["a", "1", "b~/c"]) == [3, 14])
        #expect(at([]) == [1, 1])
        // A missing member: the place of its object.
        #expect(at(["a", "1", "zz"]) == [3, 5])
    }
}

@Suite struct JSONSchemaKeywordTests {
    @Test func typeAcceptsIntegersAsNumbers() throws {
        let s = try compile(#"{"type": ["integer", "null"]}"#)
        #expect(s.isValid(try json("1.0")))
        #expect(s.isValid(try json("null")))
        #expect(!s.isValid(try json("1.5")))
        #expect(try failures(s, "\"x\"") == [" type"])
    }

    @Test func enumAndConstUseJSONEquality() throws {
        let s = try compile(#"{"enum": [1, {"a": [true]}], "const": 1}"#)
        #expect(s.isValid(try json("1.0")))
        #expect(!s.isValid(try json("true")))
        let o = try compile(#"{"const": {"a": 1, "b": 2}}"#)
        #expect(o.isValid(try json(#"{"b": 2.0, "a": 1}"#)))
        // Code points, not canonical equivalence: é precomposed is not e + combining acute.
        let e = try compile(#"{"const": "\u00e9"}"#)
        #expect(!e.isValid(try json(#""e\u0301""#)))
    }

    @Test func numericLimits() throws {
        let s = try compile(#"{"minimum": 1, "exclusiveMaximum": 10, "multipleOf": 0.5}"#)
        #expect(s.isValid(try json("9.5")))
        #expect(try failures(s, "10") == [" exclusiveMaximum"])
        #expect(try failures(s, "0.5") == [" minimum"])
        #expect(try failures(s, "1.25") == [" multipleOf"])
        #expect(s.isValid(try json("\"not a number\"")))
    }

    @Test func lengthsCountCodePoints() throws {
        let s = try compile(#"{"minLength": 2, "maxLength": 2}"#)
        #expect(s.isValid(try json(#""😀é""#)))
        #expect(!s.isValid(try json(#""😀""#)))
        #expect(!s.isValid(try json(#""abc""#)))
    }

    @Test func patternsFollowECMA262() throws {
        let digits = try compile(#"{"pattern": "^\\d+$"}"#)
        #expect(digits.isValid(try json(#""123""#)))
        // \d is ASCII only; $ does not match before a final line break.
        #expect(!digits.isValid(try json(#""١٢٣""#)))
        #expect(!digits.isValid(try json(#""123\n""#)))
        let letters = try compile(#"{"pattern": "^\\p{Letter}+$"}"#)
        #expect(letters.isValid(try json(#""Ωméga""#)))
        #expect(!letters.isValid(try json(#""a1""#)))
        // Unanchored: a match anywhere.
        #expect(try compile(#"{"pattern": "b"}"#).isValid(json(#""abc""#)))
        #expect(throws: JSONSchemaCompileError.self) { try compile(#"{"pattern": "(?P<x>a)"}"#) }
    }

    @Test func arrays() throws {
        let s = try compile(#"{"prefixItems": [{"type": "string"}], "items": {"type": "integer"}, "minItems": 1, "maxItems": 3, "uniqueItems": true}"#)
        #expect(s.isValid(try json(#"["a", 1, 2]"#)))
        #expect(try failures(s, #"[1]"#) == ["/0 type"])
        #expect(try failures(s, #"["a", "b"]"#) == ["/1 type"])
        #expect(try failures(s, #"["a", 1, 1.0]"#) == [" uniqueItems"])
        #expect(try failures(s, #"[]"#) == [" minItems"])
        #expect(try failures(s, #"["a", 1, 2, 3]"#) == [" maxItems"])
    }

    @Test func containsWithMinAndMax() throws {
        let s = try compile(#"{"contains": {"const": 1}, "minContains": 2, "maxContains": 3}"#)
        #expect(s.isValid(try json("[1, 2, 1]")))
        #expect(try failures(s, "[1, 2]") == [" contains"])
        #expect(try failures(s, "[1, 1, 1, 1]") == [" contains"])
        #expect(try compile(#"{"contains": {"const": 1}, "minContains": 0}"#).isValid(json("[]")))
    }

    @Test func objects() throws {
        let s = try compile(#"""
        {"properties": {"a": {"type": "string"}}, "patternProperties": {"^x-": {"type": "integer"}},
         "additionalProperties": false, "required": ["a"], "minProperties": 1, "maxProperties": 3,
         "propertyNames": {"maxLength": 4}, "dependentRequired": {"x-1": ["x-2"]}}
        """#)
        #expect(s.isValid(try json(#"{"a": "s", "x-1": 1, "x-2": 2}"#)))
        #expect(try failures(s, #"{"a": "s", "b": 1}"#) == ["/b additionalProperties"])
        #expect(try failures(s, #"{"x-1": 1, "x-2": 2}"#) == [" required"])
        #expect(try failures(s, #"{"a": "s", "x-1": 1}"#) == [" dependentRequired"])
        #expect(try failures(s, #"{"a": "s", "x-1": "one", "x-2": 2}"#) == ["/x-1 type"])
        #expect(try failures(s, #"{"a": "s", "x-long": 1}"#) == ["/x-long propertyNames"])
        #expect(try failures(s, #"{"a": "s", "x-1": 1, "x-2": 2, "x-3": 3}"#) == [" maxProperties"])
    }

    @Test func dependentSchemas() throws {
        let s = try compile(#"{"dependentSchemas": {"card": {"required": ["billing"]}}}"#)
        #expect(s.isValid(try json(#"{"name": 1}"#)))
        #expect(!s.isValid(try json(#"{"card": 1}"#)))
    }

    @Test func combinators() throws {
        let s = try compile(#"""
        {"allOf": [{"type": "integer"}], "anyOf": [{"minimum": 10}, {"maximum": 0}],
         "oneOf": [{"multipleOf": 2}, {"multipleOf": 3}], "not": {"const": 12}}
        """#)
        #expect(s.isValid(try json("14")))
        #expect(try failures(s, "12") == [" oneOf", " not"])
        #expect(try failures(s, "5") == [" anyOf", " oneOf"])
        #expect(try failures(s, "1.5") == [" type", " anyOf", " oneOf"])
    }

    @Test func ifThenElse() throws {
        let s = try compile(#"{"if": {"type": "string"}, "then": {"minLength": 2}, "else": {"type": "integer"}}"#)
        #expect(s.isValid(try json(#""ab""#)))
        #expect(try failures(s, #""a""#) == [" minLength"])
        #expect(try failures(s, "1.5") == [" type"])
    }

    @Test func booleanSchemas() throws {
        #expect(try compile("true").isValid(json("[1]")))
        #expect(try failures(try compile("false"), "1") == [" false"])
    }
}

@Suite struct JSONSchemaReferenceTests {
    @Test func refsToDefsAnchorsAndEscapedPointers() throws {
        let s = try compile(#"""
        {"$defs": {"a/b": {"type": "integer"}, "pc%": {"type": "string"}, "n": {"$anchor": "name", "minLength": 3}},
         "properties": {"x": {"$ref": "#/$defs/a~1b"}, "y": {"$ref": "#/$defs/pc%25"}, "z": {"$ref": "#name"}}}
        """#)
        #expect(s.isValid(try json(#"{"x": 1, "y": "s", "z": "abc"}"#)))
        #expect(try failures(s, #"{"x": "1", "y": 2, "z": "ab"}"#) == ["/x type", "/y type", "/z minLength"])
    }

    @Test func recursiveRefs() throws {
        let s = try compile(##"{"type": "object", "properties": {"child": {"$ref": "#"}}, "required": ["n"]}"##)
        #expect(s.isValid(try json(#"{"n": 1, "child": {"n": 2, "child": {"n": 3}}}"#)))
        #expect(try failures(s, #"{"n": 1, "child": {"child": {"n": 3}}}"#) == ["/child required"])
    }

    @Test func relativeAndAbsoluteURIsAgainstEmbeddedIDs() throws {
        let s = try compile(#"""
        {"$id": "http://example.invalid/root.json",
         "$defs": {"inner": {"$id": "folder/inner.json", "$defs": {"leaf": {"$id": "leaf.json", "type": "integer"}}}},
         "properties": {"a": {"$ref": "folder/leaf.json"}, "b": {"$ref": "http://example.invalid/folder/inner.json#/$defs/leaf"}}}
        """#)
        #expect(s.isValid(try json(#"{"a": 1, "b": 2}"#)))
        #expect(try failures(s, #"{"a": "x", "b": "y"}"#) == ["/a type", "/b type"])
    }

    @Test func otherDocumentsComeFromTheRegistryNeverTheNetwork() throws {
        let registry = JSONSchemaRegistry()
        registry.add(try json(#"{"$defs": {"positive": {"exclusiveMinimum": 0}}}"#), uri: "https://example.invalid/lib.json")
        let s = try compile(#"{"$ref": "https://example.invalid/lib.json#/$defs/positive"}"#, registry: registry)
        #expect(s.isValid(try json("1")))
        #expect(!s.isValid(try json("0")))
        #expect(throws: JSONSchemaCompileError.self) { try compile(#"{"$ref": "https://example.invalid/elsewhere.json"}"#) }
        #expect(throws: JSONSchemaCompileError.self) { try compile(##"{"$ref": "#/$defs/missing"}"##) }
    }

    @Test func dynamicRefsResolveInTheDynamicScope() throws {
        let registry = JSONSchemaRegistry()
        // A generic list whose items are whatever the outermost schema says.
        registry.add(try json(#"""
        {"$id": "https://example.invalid/list", "$defs": {"item": {"$dynamicAnchor": "item", "not": true}},
         "type": "array", "items": {"$dynamicRef": "#item"}}
        """#), uri: "https://example.invalid/list")
        let strings = try compile(#"""
        {"$id": "https://example.invalid/strings", "$ref": "list", "$defs": {"s": {"$dynamicAnchor": "item", "type": "string"}}}
        """#, registry: registry)
        #expect(strings.isValid(try json(#"["a", "b"]"#)))
        #expect(try failures(strings, #"["a", 1]"#) == ["/1 type"])
    }

    @Test func vocabulariesAMetaschemaLeavesOutAreNotChecked() throws {
        let registry = JSONSchemaRegistry()
        registry.add(try json(#"""
        {"$id": "https://example.invalid/meta", "$vocabulary": {"https://json-schema.org/draft/2020-12/vocab/core": true,
         "https://json-schema.org/draft/2020-12/vocab/applicator": true}}
        """#), uri: "https://example.invalid/meta")
        let s = try compile(#"{"$schema": "https://example.invalid/meta", "properties": {"a": {"minimum": 5}}, "type": "object"}"#, registry: registry)
        #expect(s.isValid(try json(#"{"a": 1}"#)))
        #expect(s.isValid(try json("3")))
        registry.add(try json(#"{"$id": "https://example.invalid/strict", "$vocabulary": {"https://example.invalid/vocab/unknown": true}}"#),
                     uri: "https://example.invalid/strict")
        #expect(throws: JSONSchemaCompileError.self) { try compile(#"{"$schema": "https://example.invalid/strict"}"#, registry: registry) }
    }
}

@Suite struct JSONSchemaUnevaluatedTests {
    @Test func unevaluatedPropertiesSeesThroughAllOfRefAndIf() throws {
        let s = try compile(#"""
        {"$defs": {"named": {"properties": {"name": true}}},
         "allOf": [{"$ref": "#/$defs/named"}],
         "if": {"properties": {"kind": {"const": "x"}}, "required": ["kind"]}, "then": {"properties": {"x": true}},
         "unevaluatedProperties": false}
        """#)
        #expect(s.isValid(try json(#"{"name": 1, "kind": "x", "x": 2}"#)))
        #expect(try failures(s, #"{"name": 1, "x": 2}"#) == ["/x unevaluatedProperties"])
        #expect(try failures(s, #"{"name": 1, "kind": "y", "x": 2}"#) == ["/kind unevaluatedProperties", "/x unevaluatedProperties"])
    }

    @Test func annotationsOfFailedAlternativesDoNotCount() throws {
        let s = try compile(#"""
        {"anyOf": [{"properties": {"a": {"type": "string"}}}, {"properties": {"b": true}}], "unevaluatedProperties": false}
        """#)
        #expect(s.isValid(try json(#"{"a": "s", "b": 1}"#)))
        #expect(try failures(s, #"{"a": 1, "b": 1}"#) == ["/a unevaluatedProperties"])
    }

    @Test func unevaluatedItemsAfterPrefixItemsAndContains() throws {
        let s = try compile(#"{"prefixItems": [true], "contains": {"type": "string"}, "unevaluatedItems": {"type": "integer"}}"#)
        #expect(s.isValid(try json(#"[null, "s", 3]"#)))
        #expect(try failures(s, #"[null, "s", 3.5]"#) == ["/2 type"])
    }
}

@Suite struct JSONSchemaFormatTests {
    @Test func formatIsAnAnnotationUnlessAsserted() throws {
        let schema = #"{"format": "date"}"#
        #expect(try compile(schema).isValid(json(#""2024-02-30""#)))
        #expect(!(try compile(schema, formats: true).isValid(json(#""2024-02-30""#))))
    }

    @Test(arguments: [
        ("date", "2024-02-29", true), ("date", "2023-02-29", false), ("date", "2024-1-01", false),
        ("time", "23:59:60Z", true), ("time", "12:00:00", false), ("time", "08:30:06.283185+01:00", true),
        ("date-time", "1963-06-19T08:30:06Z", true), ("date-time", "1963-06-19 08:30:06Z", false),
        ("duration", "P4DT12H30M5S", true), ("duration", "PT", false), ("duration", "P1Y2D", false), ("duration", "P2W", true),
        ("email", "joe.bloggs@example.com", true), ("email", "2962", false), ("email", "a..b@example.com", false),
        ("hostname", "www.example.com", true), ("hostname", "-a.example", false), ("hostname", "a_b.example", false),
        ("ipv4", "192.168.0.1", true), ("ipv4", "256.0.0.1", false), ("ipv4", "087.10.0.1", false),
        ("ipv6", "::1", true), ("ipv6", "1:2:3:4:5:6:7:8", true), ("ipv6", "1::2::3", false), ("ipv6", "::ffff:192.168.0.1", true),
        ("uri", "https://example.com/a?b#c", true), ("uri", "/relative", false), ("uri", "http://exa mple.com", false),
        ("uri-reference", "/relative#frag", true), ("uri-reference", "\\\\WINDOWS", false),
        ("uuid", "2eb8aa08-aa98-11ea-b4aa-73b441d16380", true), ("uuid", "2eb8aa08aa9811eab4aa73b441d16380", false),
        ("json-pointer", "/a~0b/c~1d", true), ("json-pointer", "/a~2", false), ("json-pointer", "a", false),
        ("regex", "^[a-z]+$", true), ("regex", "(unclosed", false),
    ])
    func assertedFormats(format: String, value: String, valid: Bool) throws {
        let s = try compile(#"{"format": "\#(format)"}"#, formats: true)
        #expect(s.isValid(.string(value)) == valid, "\(format) \(value)")
    }
}

@Suite struct JSONDocumentValidationTests {
    @Test func jsonLinesAreCheckedLineByLineWithPlaces() throws {
        let s = try compile(#"{"type": "object", "properties": {"n": {"type": "integer"}}, "required": ["n"]}"#)
        let text = "{\"n\": 1}\n\n{\"n\": \"two\"}\n{\"m\": 3}\n{\"n\": \n"
        var got: [String] = []
        let result = JSONDocumentValidation.validate(ByteInput(string: text, name: "d.jsonl"), lines: true, schema: s) { p in
            got.append("\(p.diagnostic.location!) \(p.keyword ?? "syntax") \(p.instancePointer ?? "-")")
        }
        #expect(result.documents == 4)
        #expect(result.errors == 3)
        #expect(got == ["d.jsonl:3:7 type /n", "d.jsonl:4:1 required ", "d.jsonl:5:7 syntax -"])
    }

    @Test func maxErrorsStopsTheRun() throws {
        let s = try compile(#"{"type": "string"}"#)
        let text = String(repeating: "1\n", count: 10)
        let result = JSONDocumentValidation.validate(ByteInput(string: text, name: "d.jsonl"), lines: true, schema: s, maxErrors: 2) { _ in }
        #expect(result.errors == 2)
    }

    @Test func aReportObjectIsJSON() throws {
        let p = ValidationProblem(.error("m \"q\"", at: SourceLocation(file: "f.json", line: 2, column: 3)),
                                  instancePointer: "/a", keyword: "type", keywordLocation: "urn:x#/type")
        let v = try json(p.jsonObject)
        #expect(v["line"] == .number(JSONNumber(2)))
        #expect(v["message"] == .string("m \"q\""))
        #expect(v["keywordLocation"] == .string("urn:x#/type"))
    }
}

@Suite struct RecordSchemaTests {
    var schema: JSONSchema { JSONSchemaLoading.recordSchema() }

    @Test(arguments: RecordSchemaCases.valid.map(\.0))
    func recordsTheReaderAcceptsAreValid(label: String) throws {
        let text = RecordSchemaCases.valid.first { $0.0 == label }!.1
        #expect(schema.validate(try json(text)) == [], "\(label)")
    }

    @Test(arguments: RecordSchemaCases.invalid.map(\.0))
    func recordsTheReaderRejectsAreInvalid(label: String) throws {
        let text = RecordSchemaCases.invalid.first { $0.0 == label }!.1
        #expect(!schema.isValid(try json(text)), "\(label)")
    }
}

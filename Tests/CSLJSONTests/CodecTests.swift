import Crosswalk
import CrosswalkCitations
import Testing

/// CSLJSONCodec: CSL-JSON bytes ↔ CSL items, as the CSL test suite and Zotero write them.
@Suite struct CodecTests {
    @Test func idsAndNumberVariablesMayBeNumbers() throws {
        let i = try item(#"[{"id": 12, "type": "book", "volume": 3, "edition": "2", "number-of-volumes": 1.50, "issue": -1}]"#)
        #expect(i.id == "12")
        #expect(i.text("volume") == "3")
        #expect(i.text("edition") == "2")
        #expect(i.text("number-of-volumes") == "1.50")
        #expect(i.text("issue") == "-1")
    }

    @Test func anItemWithoutIdOrTypeGetsThePositionAsId() throws {
        let items = try CSLJSONCodec.decode(#"[{"title": "a"}, {"title": "b", "type": "book"}]"#)
        #expect(items.map(\.id) == ["ITEM-1", "ITEM-2"])
        #expect(items.map(\.type) == ["", "book"])
    }

    @Test func dateParts() throws {
        let i = try item(#"""
        [{"id": "a", "issued": {"date-parts": [["1965", "6", "1"], [1966]]},
          "accessed": {"date-parts": [["2000", "", ""]]},
          "original-date": {"date-parts": [[-43, 3, 15]]},
          "event-date": {"date-parts": [[2000]], "season": 3},
          "submitted": {"date-parts": [[2001]], "season": "Trinity"},
          "available-date": {"date-parts": [[1950]], "circa": "1"}}]
        """#)
        #expect(i.date("issued") == CSLDate(parts: [[1965, 6, 1], [1966]]))
        #expect(i.date("accessed") == CSLDate(parts: [[2000]]))
        #expect(i.date("original-date")?.parts == [[-43, 3, 15]])
        #expect(i.date("event-date")?.season == "3")
        #expect(i.date("submitted")?.season == "Trinity")
        #expect(i.date("available-date")?.circa == true)
    }

    @Test(arguments: [("true", true), ("false", false), ("1", true), ("0", false), ("\"1\"", true), ("\"true\"", true),
                      ("\"\"", false), ("\"false\"", false)])
    func circaTakesBooleansNumbersAndStrings(_ json: String, _ expected: Bool) throws {
        let i = try item(#"[{"id": "a", "issued": {"date-parts": [[1950]], "circa": \#(json)}}]"#)
        #expect(i.date("issued")?.circa == expected)
    }

    @Test func literalRawAndEmptyDates() throws {
        let i = try item(#"""
        [{"id": "a", "issued": {"date-parts": [], "literal": "(in press)"}, "accessed": {"raw": "Bogus Date"},
          "submitted": "1951-06~", "event-date": {"date-parts": [[1950]], "edtf": "195X"}}]
        """#)
        #expect(i.date("issued") == CSLDate(literal: "(in press)"))
        #expect(i.date("accessed") == CSLDate(raw: "Bogus Date"))
        #expect(i.date("submitted") == CSLDate(raw: "1951-06~"))
        #expect(i.date("event-date")?.edtf == "195X")
    }

    @Test func everyNamePart() throws {
        let i = try item(#"""
        [{"id": "a", "author": [
          {"family": "La Fontaine", "given": "Jean", "dropping-particle": "de"},
          {"family": "Beethoven", "given": "Ludwig", "non-dropping-particle": "van"},
          {"family": "King", "given": "Martin Luther", "suffix": "Jr.", "comma-suffix": true},
          {"family": "Mao", "given": "Zedong", "static-ordering": 1},
          {"family": "Doe", "given": "John", "parse-names": false},
          {"literal": "Kim Il Sung"},
          {"family": "Doe Co.", "isInstitution": "true"},
          {"family": "Noakes Inc.", "given": "", "isInstitution": 1},
          "Plain Literal"
        ]}]
        """#)
        let n = try #require(i.names("author"))
        #expect(n[0] == CSLName(family: "La Fontaine", given: "Jean", droppingParticle: "de"))
        #expect(n[1] == CSLName(family: "Beethoven", given: "Ludwig", nonDroppingParticle: "van"))
        #expect(n[2] == CSLName(family: "King", given: "Martin Luther", suffix: "Jr.", commaSuffix: true))
        #expect(n[3].staticOrdering)
        #expect(n[4].parseNames == false)
        #expect(n[5] == .literal("Kim Il Sung"))
        #expect(n[6].literal == "Doe Co." && n[6].isInstitution && n[6].family == nil)
        #expect(n[7].literal == "Noakes Inc.")
        #expect(n[8] == .literal("Plain Literal"))
    }

    @Test func unknownKeysAreKept() throws {
        let text = #"[{"id": "a", "type": "book", "journalAbbreviation": "J", "multi": {"_keys": {"title": {"fr": "Le"}}}, "flag": true}]"#
        let i = try item(text)
        #expect(i.text("journalAbbreviation") == "J")
        #expect(i.otherJSON["multi"] == #"{"_keys":{"title":{"fr":"Le"}}}"#)
        #expect(i.otherJSON["flag"] == "true")
        // And written back.
        let again = try CSLJSONCodec.decode(CSLJSONCodec.encode([i]), file: "again")
        #expect(again == [i])
    }

    @Test func encodingIsCanonical() throws {
        let i = CSLItem(id: "x", type: "book", variables: [
            "title": .text("T"), "author": .names([CSLName(family: "Mao", given: "Zedong")]),
            "issued": .date(CSLDate(parts: [[1950, 6, 25], [1953, 7, 27]], circa: true)), "volume": .text("2"),
        ])
        let text = String(decoding: CSLJSONCodec.encode([i]), as: UTF8.self)
        #expect(text == """
        [
          {
            "id": "x",
            "type": "book",
            "title": "T",
            "author": [
              {
                "family": "Mao",
                "given": "Zedong"
              }
            ],
            "issued": {
              "date-parts": [[1950, 6, 25], [1953, 7, 27]],
              "circa": true
            },
            "volume": "2"
          }
        ]

        """)
        #expect(String(decoding: CSLJSONCodec.encode([]), as: UTF8.self) == "[]\n")
    }

    @Test(arguments: [
        (#"[{"id": "a", "author": {"family": "x"}}]"#, "t.json:1:24", "expected an array of names"),
        (#"[{"id": "a", "author": [{"family": "x"}, 5]}]"#, "t.json:1:42", "expected a name object"),
        ("[{\"id\": \"a\",\n \"issued\": {\"date-parts\": [[\"spring\"]]}}]", "t.json:2:29", "`spring` is not a year"),
        ("[{\"id\": \"a\",\n \"issued\": {\"date-parts\": 1950}}]", "t.json:2:27", "expected an array of date parts"),
        (#"[{"id": [1]}]"#, "t.json:1:9", "expected a string or a number"),
        (#"[{"id": "a", "volume": {}}]"#, "t.json:1:24", "expected a string or a number"),
        (#"[{"id": "a",}]"#, "t.json:1:13", "expected a quoted key"),
        (#"{"id": "a"} x"#, "t.json:1:13", "after the end of the JSON text"),
        ("", "t.json:1:1", "the input is empty"),
    ])
    func badInputNamesTheFileLineAndColumn(_ json: String, _ at: String, _ message: String) {
        #expect {
            _ = try CSLJSONCodec.decode(json, file: "t.json")
        } throws: { error in
            guard let d = error as? Diagnostic else { return false }
            return d.location?.description == at && d.message.contains(message)
        }
    }

    @Test func theItemReaderStreamsAndGoesOnAfterABadItem() throws {
        let reader = CSLJSONItemReader(input: ByteInput(string: #"[{"id": "a"}, {"id": "b", "author": 5}, {"id": "c"}]"#))
        #expect(try reader.next()?.id == "a")
        #expect(throws: Diagnostic.self) { try reader.next() }
        #expect(try reader.next()?.id == "c")
        #expect(try reader.next() == nil)
    }
}

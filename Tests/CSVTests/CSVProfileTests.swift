import Crosswalk
import CrosswalkModel
@testable import CrosswalkCSV
import CrosswalkTestSupport
import Foundation
import PropertyBased
import Testing

/// The cells of a CSV text: the header, and each row as column name → cell, empty cells left out.
func csvTable(_ text: String) throws -> (header: [String], rows: [[String: String]]) {
    var tokenizer = CSVTokenizer(input: ByteInput(string: text))
    var row = CSVRow()
    guard try tokenizer.nextRow(into: &row) else { return ([], []) }
    let header = row.cells
    var rows: [[String: String]] = []
    while try tokenizer.nextRow(into: &row) {
        var cells: [String: String] = [:]
        for (i, c) in row.cells.enumerated() where !c.isEmpty { cells[i < header.count ? header[i] : "#\(i)"] = c }
        rows.append(cells)
    }
    return (header, rows)
}

func profileOptions(_ name: String) -> FormatOptions {
    var o = FormatOptions()
    o.settings[CSVSettings.profile.key] = name
    return o
}

let spreadsheetFixtures = packageRoot.appendingPathComponent("Tests/CrosswalkTests/Fixtures/spreadsheets")

/// Issue 9: the profiles, read and written.
@Suite struct CSVProfileTests {
    static let fixtures: [(file: String, profile: String)] = [
        ("atom-isad.csv", "atom"), ("collectionbuilder.csv", "collectionbuilder"),
        ("archivesspace-bulk.csv", "archivesspace"), ("archivesspace-accessions.csv", "archivesspace-accessions"),
        ("omeka-s.csv", "omeka-s"), ("omeka-classic.csv", "omeka-classic"),
    ]

    @Test func everyProfileHasAFixtureAndUniqueNames() {
        #expect(Set(Self.fixtures.map(\.profile)) == Set(CSVProfiles.all.map(\.name)))
        #expect(Set(CSVProfiles.all.map(\.name)).count == CSVProfiles.all.count)
        // No signature name belongs to two profiles (detection needs none of another's).
        let names = CSVProfiles.all.flatMap(\.signature)
        #expect(Set(names).count == names.count)
        for p in CSVProfiles.all {
            let headers = p.columns.map { CSVHeaderNames.normalized($0.header) }
            #expect(Set(headers).count == headers.count, "\(p.name)")
            #expect(p.columns.contains { $0.target == .column("title") }, "\(p.name)")
            #expect(CellCodec.problem(with: p.separator) == nil, "\(p.name)")
        }
    }

    @Test(arguments: fixtures)
    func eachFixtureIsDetectedAndReadWholeWithNoOption(file: String, profile: String) throws {
        let text = try readText(spreadsheetFixtures.appendingPathComponent(file))
        let header = try csvTable(text).header
        #expect(CSVProfiles.detect(header: header)?.name == profile)
        let r = readAll(text, format: .csv, name: file)
        #expect(r.errors.isEmpty, "\(r.errors)")
        #expect(r.records.count == (try csvTable(text).rows.count))
        #expect(r.warnings.first?.message.contains("read with profile `\(profile)`") == true, "\(r.warnings)")
        // Every record has a title and an id that is not a row number.
        for rec in r.records {
            #expect(!rec.title.isEmpty)
            #expect(!rec.id.hasPrefix("row-"), "\(rec.id)")
        }
    }

    @Test func archivesSpaceBulkImportRowsMapAsTheTableSays() throws {
        let text = try readText(spreadsheetFixtures.appendingPathComponent("archivesspace-bulk.csv"))
        let r = readAll(text, format: .csv)
        let item = try #require(r.records.last)
        #expect(item.id == "aspace_4f1c2c")
        #expect(item.identifiers == [Identifier(.local, "MS-0412-02-002")])
        #expect(item.date?.description == "1934-07-02")
        #expect(item.rights == ["Closed until 2030."])
        #expect(item.levelOfDescription == "item")
        #expect(item.isPartOf == ["/repositories/2/resources/88"])
        #expect(item.agents == [Agent(role: .creator, family: "Ellis", given: "Ruth")])
        let file = r.records[1]
        #expect(file.notes == ["Some letters water-damaged."])
        #expect(file.date?.description == "1931/1934")
    }

    @Test func omekaClassicSplitsElementTextsAtCaretsAndReadsItsItemTypes() throws {
        let text = try readText(spreadsheetFixtures.appendingPathComponent("omeka-classic.csv"))
        let r = readAll(text, format: .csv)
        let photo = try #require(r.records.first)
        #expect(photo.id == "PCA-0001")
        #expect(photo.subjects == ["Waterfront", "Strikes"])
        #expect(photo.type == .image)  // "Still Image", Omeka's spelling of the DCMI term
        #expect(photo.isPartOf == ["Harbour strike"])
        #expect(photo.extra["tags"] == ["waterfront,strike"])
        #expect(photo.extra["Item Type Metadata:Original Format"] == ["Photographic print"])
        #expect(!r.warnings.contains { $0.message.contains("not a Crosswalk or DCMI type") }, "\(r.warnings)")
    }

    @Test func omekaSReadsDctermsColumnsAndItsOwn() throws {
        let text = try readText(spreadsheetFixtures.appendingPathComponent("omeka-s.csv"))
        let r = readAll(text, format: .csv)
        #expect(r.records.map(\.id) == ["PCA-0001", "PCA-0002", "https://example.org/ark:/99999/pca3"])
        #expect(r.records[0].type == .image)
        #expect(r.records[2].languages == ["eng", "fra"])
        #expect(r.records[2].extra["o:id"] == ["17"])
        #expect(r.records[0].extra["o:media"] == ["https://example.org/files/pca-0001.jpg"])
    }

    /// Example round trips: each fixture → csv in its profile → json → csv in its profile gives the
    /// same text, and the first write keeps every cell of the fixture (dates and types normalised).
    @Test(arguments: fixtures)
    func eachFixtureRoundTripsThroughJSONInItsLayout(file: String, profile: String) throws {
        let text = try readText(spreadsheetFixtures.appendingPathComponent(file))
        let options = profileOptions(profile)
        let first = convert(text, from: .csv, to: .csv, options: options)
        #expect(first.errors.isEmpty, "\(first.errors)")
        let json = convert(first.text, from: .csv, to: .json, options: options)
        #expect(json.errors.isEmpty, "\(json.errors)")
        let second = convert(json.text, from: .json, to: .csv, options: options)
        #expect(second.errors.isEmpty, "\(second.errors)")
        #expect(try csvTable(second.text).rows == (try csvTable(first.text).rows))

        let p = try #require(CSVProfiles.named(profile))
        let header = try csvTable(first.text).header
        #expect(Array(header.prefix(p.columns.count)) == p.columns.map(\.header))
        let normalised: Set<String> = Set(p.columns.compactMap { h, t in
            switch t {
            case .column("date"), .column("type"), .dateStart, .dateEnd: h
            default: nil
            }
        })
        let before = try csvTable(text).rows, after = try csvTable(first.text).rows
        #expect(before.count == after.count)
        for (b, a) in zip(before, after) {
            for (column, cell) in b {
                if normalised.contains(column) { #expect(a[column] != nil, "\(file): \(column)"); continue }
                #expect(a[column] == cell, "\(file): column \(column)")
            }
        }
    }

    @Test func aCatalogueGoesToAtoMWithParentIdAndPipes() throws {
        var parent = Record(id: "F-1", title: "Fonds")
        parent.date = try EDTFDate(parsing: "1898/1961")
        parent.subjects = ["Labour", "Ports"]
        parent.publisher = "Port City Press"
        var child = Record(id: "S-1", title: "Series")
        child.isPartOf = ["F-1"]
        child.identifiers = [Identifier(.local, "MS 1"), Identifier(.isbn, "978-0-00-000000-2")]
        child.levelOfDescription = "Series"
        let out = try writeRecords([parent, child], format: .csv, options: profileOptions("atom"))
        let table = try csvTable(out.text)
        #expect(table.header.starts(with: ["legacyId", "parentId", "qubitParentSlug", "identifier"]))
        #expect(table.rows[0]["legacyId"] == "F-1")
        #expect(table.rows[0]["subjectAccessPoints"] == "Labour|Ports")
        #expect(table.rows[0]["eventDates"] == "1898/1961")
        #expect(table.rows[0]["eventStartDates"] == "1898")
        #expect(table.rows[0]["eventEndDates"] == "1961")
        // A field the layout has no column for keeps its canonical name.
        #expect(table.rows[0]["publisher"] == "Port City Press")
        #expect(table.rows[1]["parentId"] == "F-1")
        #expect(table.rows[1]["identifier"] == "MS 1")
        #expect(table.rows[1]["isbn"] == "978-0-00-000000-2")
        #expect(table.rows[1]["levelOfDescription"] == "Series")
        let back = try readRecords(out.text, format: .csv, options: profileOptions("atom")).records
        #expect(back == [parent, child])
    }

    /// `csv --profile P → json → csv --profile P` keeps every cell, for every profile, on random records.
    @Test(arguments: CSVProfiles.all.map(\.name))
    func everyCellSurvivesJSONInEveryLayout(profile: String) async {
        let seeds = Gen.uint64(in: 0...UInt64.max).array(of: 1...6)
        await propertyCheck(count: 60, input: seeds) { seeds in
            let options = profileOptions(profile)
            var records = seeds.map(RecordFactory.record(seed:))
            for i in records.indices { records[i].id += "-\(i)" }
            let first = try writeRecords(records, format: .csv, options: options)
            let json = convert(first.text, from: .csv, to: .json, options: options)
            #expect(json.errors.isEmpty, "\(json.errors)")
            let second = convert(json.text, from: .json, to: .csv, options: options)
            #expect(second.errors.isEmpty, "\(second.errors)")
            let a = try csvTable(first.text), b = try csvTable(second.text)
            #expect(a.rows.count == records.count)
            #expect(b.rows == a.rows)
        }
    }
}

/// Issue 13: the CSV writer and reader are linear in the number of columns.
@Suite struct CSVWideTests {
    @Test func twentyThousandExtraColumnsConvertCSVToCSV() throws {
        let n = 20_000
        var header = "id,title"
        var row1 = "a,A", row2 = "b,B"
        for i in 0..<n {
            header += ",x\(i)"
            row1 += i % 2 == 0 ? ",v\(i)" : ","
            row2 += i % 3 == 0 ? ",w\(i)" : ","
        }
        let text = header + "\n" + row1 + "\n" + row2 + "\n"
        let r = convert(text, from: .csv, to: .csv)
        #expect(r.errors.isEmpty)
        let table = try csvTable(r.text)
        #expect(table.header.count == CSVMapping.columns.count + n)
        // The extra columns keep the input's order, after the canonical ones.
        #expect(Array(table.header.suffix(n)) == (0..<n).map { "x\($0)" })
        #expect(table.rows.count == 2)
        #expect(table.rows[0]["x0"] == "v0" && table.rows[0]["x19998"] == "v19998" && table.rows[0]["x19999"] == nil)
        #expect(table.rows[1]["x19998"] == "w19998" && table.rows[1]["x1"] == nil)
        #expect(table.rows[0].count == 2 + n / 2)
    }

    @Test func wideRecordsWithoutADeclaredHeaderGetEveryColumnSorted() throws {
        var r = Record(id: "a", title: "A")
        for i in 0..<5_000 { r.extra["k\(i)"] = ["\(i)"] }
        let out = try writeRecords([r], format: .csv)
        let table = try csvTable(out.text)
        #expect(Array(table.header.suffix(5_000)) == (0..<5_000).map { "k\($0)" }.sorted())
        #expect(table.rows[0]["k4321"] == "4321")
    }
}

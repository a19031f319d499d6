import CrosswalkModel

/// XML namespaces that Dublin Core documents use.
public enum DCNamespace {
    public static let elements = "http://purl.org/dc/elements/1.1/"
    public static let terms = "http://purl.org/dc/terms/"
    public static let oaiDC = "http://www.openarchives.org/OAI/2.0/oai_dc/"
    public static let oaiPMH = "http://www.openarchives.org/OAI/2.0/"
    /// Crosswalk's own container for many records (`Schemas/crosswalk-records.xsd`).
    public static let records = "urn:crosswalk:records:1"
    public static let xsi = "http://www.w3.org/2001/XMLSchema-instance"
}

/// One row of the Dublin Core crosswalk: a canonical field, the elements the writers write it as (in
/// simple and in qualified DC), the elements the reader reads into it, and, in words, how it is read,
/// how it is written and what is lost. The reader dispatches on `reads` and calls `read`; the writers
/// call `write` for each row, in table order, with the row's elements for their dialect.
/// `Docs/formats/dublin-core.md` prints this table (`markdownTable`).
public struct DCMappingRow: Sendable {
    /// The canonical field (`Record`'s JSON key).
    public let field: String
    /// The elements the simple (`dc`) writer writes, in the order `write` uses them.
    public let simple: [String]
    /// The elements the qualified (`dcterms`) writer writes.
    public let terms: [String]
    /// The elements (`dc:NAME`, `dcterms:NAME`) that the reader reads with `read`.
    public let reads: [String]
    public let reading: String
    public let writing: String
    public let lost: String
    /// Whether `read` wants the element's `xml:lang`, and where the reader is.
    let readsLang: Bool
    let readsLocation: Bool
    let read: (@Sendable (inout DCDraft, DCReadItem) -> Void)?
    let write: @Sendable (Record, DublinCoreRecordWriter, [String]) throws(Diagnostic) -> Void

    init(_ field: String, simple: [String], terms: [String], reads: [String] = [], readsLang: Bool = false, readsLocation: Bool = false,
         reading: String, writing: String, lost: String = "",
         read: (@Sendable (inout DCDraft, DCReadItem) -> Void)? = nil,
         write: @escaping @Sendable (Record, DublinCoreRecordWriter, [String]) throws(Diagnostic) -> Void) {
        self.field = field; self.simple = simple; self.terms = terms; self.reads = reads; self.readsLang = readsLang; self.readsLocation = readsLocation
        self.reading = reading; self.writing = writing; self.lost = lost; self.read = read; self.write = write
    }
}

/// One Dublin Core element as the reader hands it to a row: its text (trimmed, not empty), its name
/// as `dc:NAME` or `dcterms:NAME`, its `xml:lang` and where the reader is (when the row reads them).
struct DCReadItem {
    let text: String
    let key: String
    let lang: String?
    let at: SourceLocation?
}

/// The fields of one record as they are read, before `DublinCoreRecordReader` resolves them into a `Record`.
struct DCDraft {
    var start: SourceLocation
    var record = Record(id: "", title: "")
    var titles: [LocalizedString] = []
    var descriptions: [String] = []
    var abstracts: [String] = []
    var dates: [(text: String, element: String, at: SourceLocation)] = []
    var dcmiType: String?
    var otherTypes: [String] = []
    var recordID: String?
    init(start: SourceLocation) { self.start = start }
}

public enum DublinCoreMapping {
    /// Both namespaces' spelling of the same element names.
    private static func both(_ names: String...) -> [String] { names.map { "dc:" + $0 } + names.map { "dcterms:" + $0 } }

    private static func each(_ field: String, _ values: [String], _ name: String, _ w: DublinCoreRecordWriter) throws(Diagnostic) {
        for (i, v) in values.enumerated() { try w.element(name, v, field: "\(field)[\(i)]") }
    }

    /// The crosswalk table, in both directions, in the order the writers write.
    public static let table: [DCMappingRow] = [
        .init("title", simple: ["dc:title"], terms: ["dcterms:title"], reads: both("title"), readsLang: true,
              reading: "the first title, in either namespace; its `xml:lang`, if any, goes to `extra[\"dc:title@xml:lang\"]`",
              writing: "the title, with `xml:lang` from `extra[\"dc:title@xml:lang\"]`",
              lost: "an `xml:lang` that is not a language tag (with a warning)",
              read: { d, e in d.titles.append(LocalizedString(e.text, lang: e.lang)) },
              write: { r, w, el throws(Diagnostic) in
                  try w.element(el[0], r.title, field: "title", lang: r.extra["dc:title@xml:lang"]?.first)
              }),
        .init("alternativeTitles", simple: ["dc:title"], terms: ["dcterms:alternative"], reads: ["dcterms:alternative"], readsLang: true,
              reading: "every title after the first, then every `dcterms:alternative`; `xml:lang` → `lang`",
              writing: "one element each, after the title; `lang` → `xml:lang`",
              lost: "a `lang` that is not a language tag (with a warning)",
              read: { d, e in d.record.alternativeTitles.append(LocalizedString(e.text, lang: e.lang)) },
              write: { r, w, el throws(Diagnostic) in
                  for (i, t) in r.alternativeTitles.enumerated() {
                      try w.element(el[0], t.value, field: "alternativeTitles[\(i)]", lang: t.lang)
                  }
              }),
        .init("agents", simple: ["dc:creator", "dc:contributor"], terms: ["dcterms:creator", "dcterms:contributor"],
              reads: both("creator", "contributor"),
              reading: "`Family, Given`, `Family, Given, Suffix`, `Family,` or a literal (a name of more parts is kept whole); the role is the element's, or that of a suffix: "
                  + roleSuffixes.map { "`\($0.suffix)` \($0.role.rawValue)" }.joined(separator: ", "),
              writing: "in record order: a creator as `creator`, any other role as `contributor`, the name followed by "
                  + AgentRole.allCases.compactMap(roleSuffix).map { "`\($0.dropFirst())`" }.joined(separator: ", ") + " for those roles",
              lost: "the particle, worked out again from the family part; a literal or a part with a comma, and a name that ends like a role suffix, read back otherwise (with a warning)",
              read: { d, e in
                  let byElement: AgentRole = e.key == "dc:creator" || e.key == "dcterms:creator" ? .creator : .contributor
                  let (nameText, role) = splitRole(e.text, default: byElement)
                  switch InvertedName.parse(nameText, role: role) {
                  case .success(let agent): d.record.agents.append(agent)
                  // Not a name we can split (too many commas): keep it whole.
                  case .failure: d.record.agents.append(Agent(role: role, literal: nameText))
                  }
              },
              write: { r, w, el throws(Diagnostic) in
                  for (i, a) in r.agents.enumerated() { try w.writeAgent(a, index: i, element: a.role == .creator ? el[0] : el[1]) }
              }),
        .init("subjects", simple: ["dc:subject"], terms: ["dcterms:subject"], reads: both("subject"),
              reading: "one subject each", writing: "one element each",
              read: { d, e in d.record.subjects.append(e.text) },
              write: { r, w, el throws(Diagnostic) in try each("subjects", r.subjects, el[0], w) }),
        .init("description", simple: ["dc:description"], terms: ["dcterms:abstract"], reads: both("description") + ["dcterms:abstract"],
              reading: "the first `dcterms:abstract`; with none, the first description",
              writing: "one element",
              read: { d, e in
                  if e.key == "dcterms:abstract" { d.abstracts.append(e.text) } else { d.descriptions.append(e.text) }
              },
              write: { r, w, el throws(Diagnostic) in
                  if let v = r.description { try w.element(el[0], v, field: "description") }
                  if r.description == nil && !r.notes.isEmpty {
                      w.warn("field `notes`: \(w.formatName) has no note element apart from descriptions; with no description, the first note reads back as the description",
                             field: "notes")
                  }
              }),
        .init("notes", simple: ["dc:description"], terms: ["dcterms:description"],
              reading: "the abstracts after the first, then the descriptions that are not the description",
              writing: "one element each, after the description",
              lost: "with no description, the first note reads back as the description (with a warning)",
              write: { r, w, el throws(Diagnostic) in try each("notes", r.notes, el[0], w) }),
        .init("publisher", simple: ["dc:publisher"], terms: ["dcterms:publisher"], reads: both("publisher"),
              reading: "the first; a later one goes to `extra` under its element's name (`extra[\"dc:publisher\"]`)",
              writing: "one element",
              read: { d, e in
                  if d.record.publisher == nil { d.record.publisher = e.text } else { d.record.extra[e.key, default: []].append(e.text) }
              },
              write: { r, w, el throws(Diagnostic) in if let v = r.publisher { try w.element(el[0], v, field: "publisher") } }),
        .init("date", simple: ["dc:date"], terms: ["dcterms:created"], reads: both("date") + dateTerms.map { "dcterms:" + $0 }, readsLocation: true,
              reading: "the first valid EDTF date that is a plain date rather than a timestamp (a repository's deposit time), `dcterms:created` before `date` and `dcterms:issued`; with none, the first timestamp in that order; every other date goes to `dates` (below); a date that is not EDTF goes to `extra` under its element's name, with a warning",
              writing: "canonical EDTF. `dc`: every date of the record as `dc:date` (the main date listed in `dates` twice), a plain date before a timestamp, as the reader ranks them. `dcterms`: `dcterms:created`, unless `dates` lists the same date as the date the reader would take as the main date; with no main date, first the `created` date the reader will take as the main date",
              lost: "`dc`: a main date that is a timestamp reads back as a date of `dates` when a plain date is there (with a warning)",
              read: { d, e in d.dates.append((e.text, e.key, e.at!)) },
              write: { r, w, el throws(Diagnostic) in
                  if w.isSimple {
                      var items: [(date: EDTFDate, field: String)] = []
                      if let d = r.date { items.append((d, "date")) }
                      for (i, x) in r.dates.enumerated() { items.append((x.date, "dates[\(i)]")) }
                      // Written in the order the reader ranks them, so that what is read back is written the same.
                      func rank(_ i: Int) -> Int { mainDateRank(.date, text: items[i].date.description) ?? 9 }
                      let order = items.indices.sorted { (rank($0), $0) < (rank($1), $1) }
                      if let d = r.date, let first = order.first, first != 0 {
                          w.warn("field `date`: \(d) reads back as a date of `dates`: the plain date \(items[first].date) comes first in simple Dublin Core",
                                 field: "date")
                      }
                      for i in order { try w.element(el[0], items[i].date.description, field: items[i].field) }
                  } else {
                      // A `created` date the reader will take as the main date, and not list, is written first.
                      if let i = createdWrittenFirst(r) { try w.element(el[0], r.dates[i].date.description, field: "dates[\(i)]"); return }
                      guard let d = r.date else { return }
                      // The main date listed as the date the reader takes as the main date is written there, with its kind.
                      if let i = mainDateIndex(r.dates), r.dates[i].date == d { return }
                      try w.element(el[0], d.description, field: "date")
                  }
              }),
        .init("dates", simple: ["dc:date"], terms: ["dcterms:date"] + dateTerms.map { "dcterms:" + $0 },
              reading: "every date but the main one, with the kind of its element (`dc:date` and `dcterms:date`: `date`); the main date too, unless it is a `dc:date` or a `dcterms:created` (which is listed only when the same date is there again as a `created`, `date` or `issued`)",
              writing: "`dcterms`: each date as the element of its kind, in record order; `accessioned`, which has no DCMI term, as `dcterms:dateAccepted` (DSpace's and DataCite's practice). `dc`: as `dc:date` (see `date`)",
              lost: "`dc`: the kinds (with a warning); `dcterms`: `accessioned` reads back as `dateAccepted` (with a warning)",
              write: { r, w, el throws(Diagnostic) in
                  if w.isSimple {
                      let kinded = r.dates.filter { $0.kind != .date }.map(\.kind.rawValue)
                      if !kinded.isEmpty {
                          w.warn("field `dates`: simple Dublin Core has no kinds of date: \(kinded.joined(separator: ", ")) written as `dc:date`, read back as `date`",
                                 field: "dates")
                      }
                      return
                  }
                  let createdFirst = createdWrittenFirst(r)
                  for (i, x) in r.dates.enumerated() where i != createdFirst {
                      if x.kind == .accessioned {
                          w.warn("field `dates[\(i)]`: Dublin Core has no accession date; written as `dcterms:dateAccepted`, read back as `dateAccepted`",
                                 field: "dates[\(i)]")
                      }
                      try w.element(dateElement(x.kind), x.date.description, field: "dates[\(i)]")
                  }
              }),
        .init("type", simple: ["dc:type"], terms: ["dcterms:type"], reads: both("type"),
              reading: "the first `type` that is a Crosswalk type name, in any case; else the first DCMI Type term (in any case), by the [types](#types) table; the first `Level of description: …` is the level of description",
              writing: "two elements: the DCMI Type term (none for `other`), then the type",
              read: { d, e in
                  let lower = e.text.lowercased()
                  if e.text.hasPrefix(levelLabel), e.text.utf8.count > levelLabel.utf8.count, d.record.levelOfDescription == nil {
                      d.record.levelOfDescription = String(e.text.dropFirst(levelLabel.count))
                  } else if let t = RecordType(rawValue: lower), d.record.type == nil {
                      d.record.type = t
                  } else if let term = dcmiTypeByLowercase[lower], d.dcmiType == nil {
                      d.dcmiType = term
                  } else {
                      d.otherTypes.append(e.text)
                  }
              },
              write: { r, w, el throws(Diagnostic) in
                  guard let t = r.type else { return }
                  if let term = dcmiType(for: t) { try w.element(el[0], term, field: "type") }
                  try w.element(el[0], t.rawValue, field: "type")
              }),
        .init("genre", simple: ["dc:type"], terms: ["dcterms:type"],
              reading: "the first `type` that is neither; the later ones go to `extra[\"dc:type\"]`",
              writing: "one element, after the type",
              lost: "a genre that reads as a type term (with a warning)",
              write: { r, w, el throws(Diagnostic) in
                  guard let g = r.genre else { return }
                  let becomesType = RecordType(rawValue: g.lowercased()) != nil && r.type == nil
                  let becomesDCMI = dcmiTypeByLowercase[g.lowercased()] != nil && r.type.flatMap(dcmiType(for:)) == nil
                  if becomesType || becomesDCMI {
                      w.warn("field `genre`: \"\(g)\" reads back as a type term, not as the genre", field: "genre")
                  }
                  try w.element(el[0], g, field: "genre")
              }),
        .init("levelOfDescription", simple: ["dc:type"], terms: ["dcterms:type"],
              reading: "the first `type` that starts with `\(levelLabel)`", writing: "`\(levelLabel)fonds`, after the genre",
              lost: "Dublin Core has no level of description: a consumer sees a type",
              write: { r, w, el throws(Diagnostic) in
                  if let l = r.levelOfDescription { try w.element(el[0], levelLabel + l, field: "levelOfDescription") }
              }),
        .init("id", simple: ["dc:identifier"], terms: ["dcterms:identifier"], reads: both("identifier"),
              reading: "the first `\(recordIDPrefix)ID`; else the OAI-PMH header's identifier, else the first identifier (spaces and all), else `record-N` (with a warning)",
              writing: "`\(recordIDPrefix)ID`",
              read: { d, e in
                  if e.text.hasPrefix(recordIDPrefix), d.recordID == nil {
                      d.recordID = String(e.text.dropFirst(recordIDPrefix.count))
                      return
                  }
                  let ident = classify(e.text)
                  if ident.value.isEmpty {
                      d.record.extra[e.key, default: []].append(e.text)  // a bare prefix such as `doi:`
                  } else {
                      d.record.identifiers.append(ident)
                  }
              },
              write: { r, w, el throws(Diagnostic) in try w.element(el[0], recordIDPrefix + r.id, field: "id") }),
        .init("identifiers", simple: ["dc:identifier"], terms: ["dcterms:identifier"],
              reading: "every other identifier, by its form (see [Identifiers](#identifiers)); a prefix with no value goes to `extra` under the element's name; the OAI-PMH header's identifier is an `oai` identifier",
              writing: "one element each, by scheme (see [Identifiers](#identifiers))",
              lost: "a `url` or `oai` identifier that does not read back as itself (with a warning)",
              write: { r, w, el throws(Diagnostic) in
                  for (i, ident) in r.identifiers.enumerated() {
                      let (text, faithful) = DublinCoreMapping.text(of: ident)
                      if !faithful {
                          let back = classify(text)
                          w.warn("field `identifiers[\(i)]`: \(ident.scheme.rawValue) identifier \"\(ident.value)\" reads back as \(back.scheme.rawValue) \"\(back.value)\"; \(w.formatName) has no way to say its scheme",
                                 field: "identifiers[\(i)]")
                      }
                      try w.element(el[0], text, field: "identifiers[\(i)]")
                  }
              }),
        .init("archive", simple: ["dc:source"], terms: ["dcterms:source"], reads: both("source") + ["dcterms:bibliographicCitation"],
              reading: "the first source or citation of the form " + archiveLabels.map { "`\($0): …`" }.joined(separator: "; ") + " (`\(archiveLabels[0])` first)",
              writing: archiveLabels.map { "`\($0): …`" }.joined(separator: "; ") + " (the parts present)",
              lost: "a value holding `; ` then a label and `: ` is split there",
              read: { d, e in
                  if let a = parseLabelled(e.text, labels: archiveLabels, firstRequired: true), d.record.archive == nil,
                     let archiveName = a["Archive"] {
                      d.record.archive = Archive(name: archiveName, location: a["Location"], place: a["Place"])
                  } else if let c = parseLabelled(e.text, labels: citationLabels) {
                      apply(citation: c, to: &d.record)
                  } else {
                      d.record.extra[e.key, default: []].append(e.text)
                  }
              },
              write: { r, w, el throws(Diagnostic) in if let a = r.archive { try w.element(el[0], archiveSource(a), field: "archive") } }),
        .init(citationParts.map(\.field).joined(separator: ", "), simple: ["dc:source"], terms: ["dcterms:bibliographicCitation"],
              reading: "every other source or citation that begins with one of the labels (a later one replaces a part); any other goes to `extra` under its element's name",
              writing: citationLabels.map { "`\($0): …`" }.joined(separator: "; ") + " (the parts present)",
              lost: "a value holding `; ` then a label and `: ` is split there",
              write: { r, w, el throws(Diagnostic) in if let c = citation(r) { try w.element(el[0], c, field: "containerTitle") } }),
        .init("languages", simple: ["dc:language"], terms: ["dcterms:language"], reads: both("language"),
              reading: "one language each", writing: "one element each",
              read: { d, e in d.record.languages.append(e.text) },
              write: { r, w, el throws(Diagnostic) in try each("languages", r.languages, el[0], w) }),
        .init("isPartOf", simple: ["dc:relation"], terms: ["dcterms:isPartOf"], reads: ["dc:relation", "dcterms:isPartOf"],
              reading: "one each, then every `setSpec` of the OAI-PMH header not already there",
              writing: "one element each",
              read: { d, e in d.record.isPartOf.append(e.text) },
              write: { r, w, el throws(Diagnostic) in try each("isPartOf", r.isPartOf, el[0], w) }),
        .init("places", simple: ["dc:coverage"], terms: ["dcterms:spatial"], reads: both("coverage") + ["dcterms:spatial"],
              reading: "one place each, but the first that is a DCMI Point of `east` and `north` alone (below)", writing: "one element each",
              read: { d, e in
                  if d.record.coordinates == nil, let c = point(e.text) { d.record.coordinates = c } else { d.record.places.append(e.text) }
              },
              write: { r, w, el throws(Diagnostic) in try each("places", r.places, el[0], w) }),
        .init("coordinates", simple: ["dc:coverage"], terms: ["dcterms:spatial"],
              reading: "the first coverage or spatial element that is a [DCMI Point](https://www.dublincore.org/specifications/dublin-core/dcmi-point/) of `east` and `north` alone (`units`, `projection` and `zunits` of their default values allowed), each a decimal in range: `east=115.7439; north=-32.0569`",
              writing: "a DCMI Point, `east=LONGITUDE; north=LATITUDE`, the decimals as they are; `dcterms`: with `xsi:type=\"dcterms:Point\"`, as DSpace and OAI-PMH harvesters read it",
              lost: "a point with a `name` or an elevation stays a place",
              write: { r, w, el throws(Diagnostic) in
                  guard let c = r.coordinates else { return }
                  try w.element(el[0], pointText(c), field: "coordinates", xsiType: w.isSimple ? nil : "dcterms:Point")
              }),
        .init("extent", simple: ["dc:format"], terms: ["dcterms:extent"], reads: both("format") + ["dcterms:extent"],
              reading: "`extent`, and `format` unless it is a media type (`application/pdf`: kept in `extra` under its element's name)",
              writing: "one element each: `format` is where simple Dublin Core puts the extent",
              lost: "an extent that looks like a media type reads back into `extra` (with a warning)",
              read: { d, e in
                  if e.key != "dcterms:extent", isMediaType(e.text) { d.record.extra[e.key, default: []].append(e.text) } else { d.record.extent.append(e.text) }
              },
              write: { r, w, el throws(Diagnostic) in
                  for (i, v) in r.extent.enumerated() {
                      if w.isSimple, isMediaType(v) {
                          w.warn("field `extent[\(i)]`: \"\(v)\" looks like a media type and reads back as a `dc:format` in `extra`", field: "extent[\(i)]")
                      }
                      try w.element(el[0], v, field: "extent[\(i)]")
                  }
              }),
        .init("rights", simple: ["dc:rights"], terms: ["dcterms:rights"], reads: both("rights"),
              reading: "one statement each", writing: "one element each",
              read: { d, e in d.record.rights.append(e.text) },
              write: { r, w, el throws(Diagnostic) in try each("rights", r.rights, el[0], w) }),
        .init("accessed", simple: [], terms: [],
              reading: "—", writing: "—",
              lost: "dropped, with a warning: Dublin Core has no access date",
              write: { r, w, _ throws(Diagnostic) in if r.accessed != nil { w.dropped("accessed", "Dublin Core has no access date") } }),
        .init("extra", simple: ["dc:NAME"], terms: ["dcterms:NAME", "dc:NAME"],
              reading: "any other Dublin Core element, keyed `dc:NAME` or `dcterms:NAME`; an element that is not Dublin Core, keyed by its name as written (with a warning); text outside the elements, in `xml:text` (with a warning); an element's `xsi:type` or `scheme` attribute, in `dc:NAME@xsi:type` or `dc:NAME@scheme` (`dcterms:NAME@…`) as `TYPE TEXT` (see [Encoding schemes](#encoding-schemes))",
              writing: "in key order, a key `dc:NAME` whose NAME is a DC 1.1 element, and (in `dcterms`) a key `dcterms:NAME` whose NAME is a DCMI term, as that element; in `dcterms`, an element whose name and text an `@xsi:type` or `@scheme` entry names gets that attribute back",
              lost: "any other key (with a warning); a key named after an element that has a field reads back as that field; `dc`: the encoding schemes (with a warning)",
              write: { r, w, _ throws(Diagnostic) in try w.writeExtra(r) }),
    ]

    /// What the writers need of each row, in table order: its `write` and its elements in each dialect
    /// (so that the per-record loop copies no whole row).
    static let writers: [(write: @Sendable (Record, DublinCoreRecordWriter, [String]) throws(Diagnostic) -> Void, simple: [String], terms: [String])] =
        table.map { ($0.write, $0.simple, $0.terms) }

    /// What the reader needs of a row to read one element: the row's `read`, the element's name as
    /// `dc:NAME` or `dcterms:NAME`, and whether `read` wants the element's `xml:lang` and location.
    struct ElementReader {
        let read: @Sendable (inout DCDraft, DCReadItem) -> Void
        let key: String
        let readsLang: Bool
        let readsLocation: Bool
    }

    /// The row that reads each element, by namespace: DC 1.1 elements and DCMI terms, each by its
    /// local name. (A short list searched in order: element names are small strings, and comparing
    /// a few is cheaper than hashing one.)
    static let readers: (dc: [(name: String, reader: ElementReader)], terms: [(name: String, reader: ElementReader)]) = {
        var dc: [(name: String, reader: ElementReader)] = []
        var terms: [(name: String, reader: ElementReader)] = []
        for row in table {
            guard let read = row.read else { continue }
            for key in row.reads {
                let r = ElementReader(read: read, key: key, readsLang: row.readsLang, readsLocation: row.readsLocation)
                let isDC = key.hasPrefix("dc:")
                let name = String(key.dropFirst(isDC ? 3 : 8))
                precondition(!(isDC ? dc : terms).contains { $0.name == name }, "\(key) is read by two rows")
                if isDC { dc.append((name, r)) } else { terms.append((name, r)) }
            }
        }
        return (dc, terms)
    }()

    /// The reader for an element of the DC 1.1 namespace (`isDC`) or of the terms namespace, if a row reads it.
    @inline(__always)
    static func reader(isDC: Bool, name: String) -> ElementReader? {
        if isDC { return readers.dc.first { $0.name == name }?.reader }
        return readers.terms.first { $0.name == name }?.reader
    }

    /// The table as Markdown, as `Docs/formats/dublin-core.md` prints it (a test keeps the two in step).
    public static var markdownTable: String {
        func elements(_ names: [String]) -> String { names.isEmpty ? "—" : names.map { "`\($0)`" }.joined(separator: ", ") }
        var s = "| canonical field | `dc` writes | `dcterms` writes | read from | reading | writing | lost |\n|---|---|---|---|---|---|---|\n"
        for row in table {
            s += "| \(row.field) | \(elements(row.simple)) | \(elements(row.terms)) | \(elements(row.reads)) | \(row.reading) | \(row.writing) | \(row.lost) |\n"
        }
        return s
    }
}

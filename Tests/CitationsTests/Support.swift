import CrosswalkCitations

/// A tiny en-US locale written for the tests (no locale file is read by `swift test`).
let testLocaleXML = """
<?xml version="1.0" encoding="utf-8"?>
<locale xmlns="http://purl.org/net/xbiblio/csl" version="1.0" xml:lang="en-US">
  <style-options punctuation-in-quote="true"/>
  <date form="text">
    <date-part name="month" suffix=" "/>
    <date-part name="day" suffix=", "/>
    <date-part name="year"/>
  </date>
  <date form="numeric">
    <date-part name="month" form="numeric-leading-zeros" suffix="/"/>
    <date-part name="day" form="numeric-leading-zeros" suffix="/"/>
    <date-part name="year"/>
  </date>
  <terms>
    <term name="and">and</term>
    <term name="et-al">et al.</term>
    <term name="ibid">ibid.</term>
    <term name="in">in</term>
    <term name="no date" form="short">n.d.</term>
    <term name="bc">BC</term>
    <term name="ad">AD</term>
    <term name="open-quote">“</term>
    <term name="close-quote">”</term>
    <term name="open-inner-quote">‘</term>
    <term name="close-inner-quote">’</term>
    <term name="page"><single>page</single><multiple>pages</multiple></term>
    <term name="page" form="short"><single>p.</single><multiple>pp.</multiple></term>
    <term name="editor" form="short"><single>ed.</single><multiple>eds.</multiple></term>
    <term name="edition" gender="feminine"><single>edition</single><multiple>editions</multiple></term>
    <term name="ordinal">th</term>
    <term name="ordinal-01">st</term>
    <term name="ordinal-02">nd</term>
    <term name="ordinal-03">rd</term>
    <term name="ordinal-11">th</term>
    <term name="ordinal-12">th</term>
    <term name="ordinal-13">th</term>
    <term name="long-ordinal-02">second</term>
    <term name="month-01">January</term>
    <term name="month-06">June</term>
    <term name="month-06" form="short">Jun.</term>
    <term name="month-12">December</term>
    <term name="season-01">Spring</term>
  </terms>
</locale>
"""

func testLocales() throws -> CSLLocaleStore {
    let locale = try CSLLocale(bytes: Array(testLocaleXML.utf8), url: "test-en-US.xml")
    return CSLLocaleStore(searchPaths: [], builtIn: [locale])
}

/// A style with the given citation layout (and optional bibliography), options on cs:citation.
func style(citation: String, citationOptions: String = "", bibliography: String? = nil, macros: String = "",
           styleOptions: String = "", cls: String = "in-text", locale: String = "") throws -> CSLStyle {
    let xml = """
    <?xml version="1.0" encoding="utf-8"?>
    <style xmlns="http://purl.org/net/xbiblio/csl" class="\(cls)" version="1.0" \(styleOptions)>
      <info><title>Test</title><id>test</id><updated>2024-01-01T00:00:00+00:00</updated></info>
      \(locale)
      \(macros)
      <citation \(citationOptions)>
        \(citation)
      </citation>
      \(bibliography.map { "<bibliography>\($0)</bibliography>" } ?? "")
    </style>
    """
    return try CSLStyle(bytes: Array(xml.utf8), url: "test.csl")
}

func person(_ family: String, _ given: String) -> CSLName { CSLName(family: family, given: given) }

func book(_ id: String, authors: [CSLName] = [], year: Int? = nil, title: String? = nil,
          extra: [String: CSLValue] = [:]) -> CSLItem {
    var item = CSLItem(id: id, type: "book", variables: extra)
    if !authors.isEmpty { item["author"] = .names(authors) }
    if let year { item["issued"] = .date(CSLDate(parts: [[year]])) }
    if let title { item["title"] = .text(title) }
    return item
}

/// Renders one citation of all items in order.
func cite(_ style: CSLStyle, _ items: [CSLItem], format: CSLOutputFormat = .text) throws -> String {
    let p = CSLProcessor(style: style, locales: try testLocales(), items: items)
    return p.citation(items.map { CSLCiteItem(id: $0.id) }, format: format)
}

import CrosswalkCitations
import Testing

@Suite("Dates")
struct DateTests {
    func dated(_ parts: [[Int]], circa: Bool = false) -> CSLItem {
        CSLItem(id: "d", type: "book", variables: ["issued": .date(CSLDate(parts: parts, circa: circa))])
    }

    @Test("a localized text date")
    func localized() throws {
        let s = try style(citation: #"<layout><date variable="issued" form="text"/></layout>"#)
        #expect(try cite(s, [dated([[1965, 6, 1]])]) == "June 1, 1965")
        #expect(try cite(s, [dated([[1965, 6]])]) == "June 1965")
    }

    @Test("date-parts limits a localized date")
    func dateParts() throws {
        let s = try style(citation: #"<layout><date variable="issued" form="text" date-parts="year-month"/></layout>"#)
        #expect(try cite(s, [dated([[1965, 6, 1]])]) == "June 1965")
    }

    @Test("a numeric localized date with leading zeros")
    func numeric() throws {
        let s = try style(citation: #"<layout><date variable="issued" form="numeric"/></layout>"#)
        #expect(try cite(s, [dated([[1965, 6, 1]])]) == "06/01/1965")
    }

    @Test("a style-defined date with a short month and a range in the same year")
    func styleDefinedRange() throws {
        let s = try style(citation: """
        <layout><date variable="issued"><date-part name="day" suffix=" "/><date-part name="month" form="short" suffix=" "/><date-part name="year"/></date></layout>
        """)
        #expect(try cite(s, [dated([[1965, 6, 1], [1965, 6, 9]])]) == "1\u{2013}9 Jun. 1965")
    }

    @Test("year ranges, BC and AD")
    func yearsAndEras() throws {
        let s = try style(citation: #"<layout><date variable="issued"><date-part name="year"/></date></layout>"#)
        #expect(try cite(s, [dated([[1965], [1967]])]) == "1965\u{2013}1967")
        #expect(try cite(s, [dated([[-250]])]).contains("250") == true)
        #expect(try cite(s, [dated([[-250]])]).hasSuffix("BC") == true)
        #expect(try cite(s, [dated([[79]])]).hasSuffix("AD") == true)
    }

    @Test("is-uncertain-date tests circa")
    func uncertain() throws {
        let s = try style(citation: """
        <layout><choose><if is-uncertain-date="issued"><text value="ca. "/></if></choose><date variable="issued"><date-part name="year"/></date></layout>
        """)
        #expect(try cite(s, [dated([[1900]], circa: true)]) == "ca. 1900")
        #expect(try cite(s, [dated([[1900]])]) == "1900")
    }

    @Test("a season instead of a month")
    func season() throws {
        let s = try style(citation: #"<layout><date variable="issued" form="text"/></layout>"#)
        #expect(try cite(s, [dated([[1999, 13]])]) == "Spring 1999")
    }

    @Test("a literal date is printed as it is")
    func literal() throws {
        let s = try style(citation: #"<layout><date variable="issued" form="text"/></layout>"#)
        let item = CSLItem(id: "l", type: "book", variables: ["issued": .date(CSLDate(literal: "Easter 1916"))])
        #expect(try cite(s, [item]) == "Easter 1916")
    }
}

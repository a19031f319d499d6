import Crosswalk

/// Random values for the fields archives describe (`dates` with kinds, `coordinates`, `extent`,
/// `levelOfDescription`), added to a record from `RecordFactory`, for the property tests of each format.
public enum ArchivalFields {
    public static let dates = ["2001", "2003-06-26T13:07:38Z", "1951-06-30", "1950~", "1951/1953", "2004-06-11%", "1950-21", "195X"]
    public static let extents = ["212 p.", "3 folios", "4.2 linear metres", "1 volume (48 p.)", "0.5 m of textual records", "2 boxes"]
    public static let levels = LevelOfDescription.vocabulary + ["Sub-series", "Fonds", "Item"]

    /// A decimal text in a range: an optional sign, an integer part, and zero to seven decimals.
    static func decimal(_ g: inout SplitMix, limit: Int) -> String {
        let whole = g.int(limit)
        var s = (g.int(3) == 0 ? "-" : g.int(8) == 0 ? "+" : "") + String(whole)
        let decimals = g.int(8)
        if decimals > 0 { s += "." + (0..<decimals).map { _ in String(g.int(10)) }.joined() }
        return s
    }

    /// The record with random archival fields (each present about half the time).
    public static func add(to record: Record, seed: UInt64, kinds: [DateKind] = DateKind.allCases) -> Record {
        var r = record
        var g = SplitMix(state: seed ^ 0xA5A5_5A5A_1234_4321)
        if g.bool() { r.levelOfDescription = g.pick(levels) }
        r.extent = (0..<g.int(3)).map { _ in g.pick(extents) }
        if g.bool() { r.coordinates = Coordinates(latitude: decimal(&g, limit: 90), longitude: decimal(&g, limit: 180)) }
        r.dates = (0..<g.int(4)).map { _ in RecordDate(g.pick(kinds), try! EDTFDate(parsing: g.pick(dates))) }
        return r
    }
}

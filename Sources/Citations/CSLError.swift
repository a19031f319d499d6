/// A style or locale that cannot be read, or is not valid CSL.
///
/// `description` reads like a compiler diagnostic: `apa.csl:12:7: error: <text> needs one of variable, macro, term or value`.
public struct CSLError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String
    public var file: String
    /// 1-based; 0 when unknown.
    public var line: Int
    /// 1-based; 0 when unknown.
    public var column: Int

    public init(_ message: String, file: String, line: Int = 0, column: Int = 0) {
        self.message = message; self.file = file; self.line = line; self.column = column
    }

    public var description: String {
        var location = file
        if line > 0 { location += ":\(line)"; if column > 0 { location += ":\(column)" } }
        return "\(location): error: \(message)"
    }
}

/// Something a render could not do as the style asked (an item lacking what the style needs,
/// an unknown cite id ...). Rendering goes on; the warnings are returned beside the output.
public struct CSLWarning: Sendable, Hashable, CustomStringConvertible {
    public var itemID: String?
    public var message: String
    public init(itemID: String?, message: String) { self.itemID = itemID; self.message = message }
    public var description: String { itemID.map { "\($0): \(message)" } ?? message }
}

// Each format module, imported and re-exported for `import Crosswalk`: adding a format is one
// import here and one line in `builtIn`.
@_exported import CrosswalkModel
@_exported import CrosswalkJSON
@_exported import CrosswalkCSV
@_exported import CrosswalkDublinCore
@_exported import CrosswalkValidation
@_exported import CrosswalkBibTeX
@_exported import CrosswalkCSLJSON
@_exported import CrosswalkCitations

/// The formats Crosswalk knows: a plain list.
public struct FormatRegistry: Sendable {
    public var formats: [FormatDescriptor]

    public init(_ formats: [FormatDescriptor]) { self.formats = formats }

    /// Every built-in format, in the order `crosswalk formats` lists them.
    public static let builtIn = FormatRegistry([
        .json,
        .jsonLines,
        .csv,
        .dublinCore,
        .dublinCoreTerms,
        .bibtex,
        .biblatex,
        .cslJSON,
    ])

    /// The format with this name or alias (case-insensitive).
    public func format(named name: String) -> FormatDescriptor? {
        formats.first { $0.matches(name: name) }
    }

    /// The format that owns a file extension.
    public func format(forPath path: String) -> FormatDescriptor? {
        let file = path.split(separator: "/").last.map(String.init) ?? path
        let lower = file.lowercased()
        // Longest extension first, so that `x.dc.xml` can belong to a more specific format than `x.xml`.
        var best: (FormatDescriptor, Int)?
        for f in formats {
            for e in f.extensions where lower.hasSuffix("." + e) {
                if best == nil || e.count > best!.1 { best = (f, e.count) }
            }
        }
        return best?.0
    }

    /// The format of a file from its extension and its first bytes: the extension's format, unless
    /// the content is certainly a more specific format whose own extension ends with that one (a
    /// Zotero export named `library.json` that is CSL-JSON, whose extension is `.csl.json`).
    public func format(forPath path: String, prefix: [UInt8]) -> FormatDescriptor? {
        guard let byName = format(forPath: path) else { return nil }
        let lower = (path.split(separator: "/").last.map(String.init) ?? path).lowercased()
        guard let matched = byName.extensions.filter({ lower.hasSuffix("." + $0) }).max(by: { $0.count < $1.count }) else {
            return byName
        }
        for f in formats where f.canRead && f.name != byName.name
            && f.extensions.contains(where: { $0.hasSuffix("." + matched) }) && f.sniff(prefix) == .certain {
            return f
        }
        return byName
    }

    /// The format whose sniffer is surest about these bytes, among the readable ones.
    public func sniff(_ prefix: [UInt8]) -> FormatDescriptor? {
        var best: (FormatDescriptor, SniffResult)?
        for f in formats where f.canRead {
            let s = f.sniff(prefix)
            if s > .no && (best == nil || s > best!.1) { best = (f, s) }
        }
        return best?.0
    }
}

extension FormatRegistry {
    /// The table `crosswalk formats` prints: each format, what can be done with it, its extensions
    /// and its description, in aligned columns.
    public func table() -> [String] {
        let rows = formats.map { f in
            [f.name, (f.canRead ? "read" : "") + (f.canRead && f.canWrite ? "+" : "") + (f.canWrite ? "write" : ""),
             f.extensions.map { "." + $0 }.joined(separator: " "), f.summary]
        }
        let header = ["format", "can", "extensions", "description"]
        let widths = (0..<3).map { i in ([header] + rows).map { $0[i].count }.max()! }
        return ([header] + rows).map { row in
            var line = ""
            for i in 0..<3 { line += row[i] + String(repeating: " ", count: widths[i] - row[i].count + 2) }
            return line + row[3]
        }
    }
}

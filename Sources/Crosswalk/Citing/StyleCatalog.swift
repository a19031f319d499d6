#if canImport(Glibc)
import Glibc
#endif
import LibXML

/// What a CSL style says about itself in its `<info>`: enough to list it, find it and follow a
/// dependent style to its parent.
public struct StyleInfo: Sendable, Hashable {
    /// The name it is found by: the file name without `.csl` (`chicago-author-date`).
    public var name: String
    public var title: String
    /// Where it is: a file path, or `built-in:NAME`.
    public var location: String
    /// For a dependent style, the name of its independent parent (from its `independent-parent` link).
    public var parent: String?
    /// The style's `default-locale`, if it has one.
    public var defaultLocale: String?
}

/// A style found and read: its bytes, and the locale a dependent style asks for.
public struct ResolvedStyle: Sendable {
    public var info: StyleInfo
    /// The independent style's XML (the parent's, for a dependent style).
    public var text: [UInt8]
    /// Where `text` came from, for messages (`FILE:LINE:COLUMN`).
    public var location: String
    /// The locale to use when none is asked for: the dependent style's `default-locale`, else the style's own.
    public var defaultLocale: String?
}

/// Where styles and locales are looked for: `$CROSSWALK_STYLE_PATH` (a colon-separated list of
/// folders), then `~/.local/share/csl/styles`, then `/usr/share/citation-style-language/styles`
/// (Debian's `citation-style-language-styles`), then the styles built into Crosswalk. Locales the
/// same way (`$CROSSWALK_LOCALE_PATH`, `~/.local/share/csl/locales`,
/// `/usr/share/citation-style-language/locales`, then the built-in `en-US`).
public struct StyleCatalog: Sendable {
    public var styleFolders: [String]
    public var localeFolders: [String]
    /// Built-in styles and locales: name → XML.
    public var builtInStyles: [String: String]
    public var builtInLocales: [String: String]

    public init(styleFolders: [String], localeFolders: [String], builtInStyles: [String: String] = [:],
                builtInLocales: [String: String] = [:]) {
        self.styleFolders = styleFolders; self.localeFolders = localeFolders
        self.builtInStyles = builtInStyles; self.builtInLocales = builtInLocales
    }

    /// The standard search path, from the environment.
    public static func standard(environment: [String: String] = StyleCatalog.processEnvironment(),
                                builtInStyles: [String: String] = [:], builtInLocales: [String: String] = [:]) -> StyleCatalog {
        func folders(_ variable: String, _ kind: String) -> [String] {
            var out = (environment[variable] ?? "").split(separator: ":").map(String.init).filter { !$0.isEmpty }
            if let home = environment["HOME"], !home.isEmpty { out.append(home + "/.local/share/csl/" + kind) }
            out.append("/usr/share/citation-style-language/" + kind)
            return out
        }
        return StyleCatalog(styleFolders: folders("CROSSWALK_STYLE_PATH", "styles"),
                            localeFolders: folders("CROSSWALK_LOCALE_PATH", "locales"),
                            builtInStyles: builtInStyles, builtInLocales: builtInLocales)
    }

    public static func processEnvironment() -> [String: String] {
        var env: [String: String] = [:]
        var p = environ
        while let entry = p.pointee {
            let s = String(cString: entry)
            if let eq = s.firstIndex(of: "=") { env[String(s[..<eq])] = String(s[s.index(after: eq)...]) }
            p += 1
        }
        return env
    }

    // MARK: Styles

    /// Finds a style by name (or by path, for an argument that ends in `.csl` or holds a `/`), and
    /// follows a dependent style to its parent. An unknown name is a usage error that names the closest styles.
    public func resolveStyle(_ nameOrPath: String) throws(Diagnostic) -> ResolvedStyle {
        let own: (StyleInfo, [UInt8])
        if nameOrPath.hasSuffix(".csl") || nameOrPath.contains("/") {
            guard let bytes = Self.readFile(nameOrPath) else {
                throw Diagnostic.error("cannot open style \(nameOrPath): \(String(cString: strerror(errno)))", kind: .input)
            }
            own = (try Self.info(of: bytes, name: Self.baseName(nameOrPath), location: nameOrPath), bytes)
        } else if let found = try findStyle(named: nameOrPath) {
            own = found
        } else {
            let close = closestStyles(to: nameOrPath)
            throw Diagnostic.usage("unknown style `\(nameOrPath)`" + (close.isEmpty ? "; `crosswalk styles` lists the styles found"
                                   : "; the closest are: \(close.joined(separator: ", "))"))
        }
        guard let parentName = own.0.parent else {
            return ResolvedStyle(info: own.0, text: own.1, location: own.0.location, defaultLocale: own.0.defaultLocale)
        }
        guard let parent = try findStyle(named: parentName), parent.0.parent == nil else {
            throw Diagnostic.usage("style `\(own.0.name)` depends on `\(parentName)`, which is not installed (install it where styles are looked for)")
        }
        return ResolvedStyle(info: own.0, text: parent.1, location: parent.0.location,
                             defaultLocale: own.0.defaultLocale ?? parent.0.defaultLocale)
    }

    private func findStyle(named name: String) throws(Diagnostic) -> (StyleInfo, [UInt8])? {
        for folder in styleFolders {
            for candidate in [folder + "/" + name + ".csl", folder + "/dependent/" + name + ".csl"] {
                if let bytes = Self.readFile(candidate) {
                    return (try Self.info(of: bytes, name: name, location: candidate), bytes)
                }
            }
        }
        if let text = builtInStyles[name] {
            let bytes = Array(text.utf8)
            return (try Self.info(of: bytes, name: name, location: "built-in:\(name)"), bytes)
        }
        return nil
    }

    /// Every style found, each name once (the first in search order wins), sorted by name;
    /// with `search`, only those whose name or title contains it (case-insensitively).
    public func styles(matching search: String? = nil) -> [StyleInfo] {
        var seen = Set<String>()
        var out: [StyleInfo] = []
        let needle = search?.lowercased()
        func consider(_ name: String, _ load: () -> (bytes: [UInt8], location: String)?) {
            guard !seen.contains(name) else { return }
            if let needle, !name.lowercased().contains(needle) {
                // The title may still match: read it.
                guard let (bytes, location) = load(), let info = try? Self.info(of: bytes, name: name, location: location),
                      info.title.lowercased().contains(needle) else { return }
                seen.insert(name); out.append(info); return
            }
            guard let (bytes, location) = load(), let info = try? Self.info(of: bytes, name: name, location: location) else { return }
            seen.insert(name); out.append(info)
        }
        for folder in styleFolders {
            for sub in ["", "/dependent"] {
                for file in Self.listFolder(folder + sub) where file.hasSuffix(".csl") {
                    let path = folder + sub + "/" + file
                    consider(String(file.dropLast(4))) { Self.readFile(path).map { ($0, path) } }
                }
            }
        }
        for (name, text) in builtInStyles { consider(name) { (Array(text.utf8), "built-in:\(name)") } }
        return out.sorted { $0.name < $1.name }
    }

    /// The names of the styles closest to `name`: those that contain it, then the nearest by edit distance.
    public func closestStyles(to name: String, limit: Int = 5) -> [String] {
        var names = Set(builtInStyles.keys)
        for folder in styleFolders {
            for sub in ["", "/dependent"] {
                for file in Self.listFolder(folder + sub) where file.hasSuffix(".csl") { names.insert(String(file.dropLast(4))) }
            }
        }
        let lower = name.lowercased()
        let scored = names.map { n -> (String, Int) in
            let l = n.lowercased()
            let d = l.contains(lower) ? l.count - lower.count - 1000 : Self.editDistance(Array(lower.utf8), Array(l.utf8))
            return (n, d)
        }
        return scored.sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }.prefix(limit)
            .filter { $0.1 < 0 || $0.1 <= max(3, lower.count / 2) }.map(\.0)
    }

    // MARK: Locales

    /// The XML of the locale file for `tag` (`de-AT`), or nil; with its location for messages.
    public func localeFile(_ tag: String) -> (text: [UInt8], location: String)? {
        for folder in localeFolders {
            let path = folder + "/locales-" + tag + ".xml"
            if let bytes = Self.readFile(path) { return (bytes, path) }
        }
        if let text = builtInLocales[tag] { return (Array(text.utf8), "built-in:locales-\(tag).xml") }
        return nil
    }

    // MARK: Reading a style's info

    /// Reads a style's `<style>` attributes and its `<info>` (stops there).
    static func info(of bytes: [UInt8], name: String, location: String) throws(Diagnostic) -> StyleInfo {
        var info = StyleInfo(name: name, title: name, location: location)
        do {
            let reader = try XMLPullReader(bytes: bytes, url: location)
            var sawStyle = false
            while try reader.read() {
                guard reader.nodeType == .element else {
                    if reader.nodeType == .endElement && reader.localName == "info" { break }
                    continue
                }
                switch reader.localName {
                case "style" where !sawStyle:
                    sawStyle = true
                    info.defaultLocale = reader.attribute(localName: "default-locale")
                case "title" where sawStyle:
                    info.title = try reader.readElementText().text
                case "link" where reader.attribute(localName: "rel") == "independent-parent":
                    if let href = reader.attribute(localName: "href") {
                        info.parent = href.split(separator: "/").last.map(String.init)
                    }
                case "citation", "bibliography", "macro", "locale":
                    break
                default: continue
                }
            }
            guard sawStyle else {
                throw Diagnostic.error("\(location) is not a CSL style: its root element is not <style>",
                                       at: SourceLocation(file: location, line: 1, column: 1), kind: .usage)
            }
        } catch let error as XMLDiagnostic {
            throw Diagnostic.error(error.message, at: SourceLocation(file: error.file ?? location, line: error.line ?? 1, column: error.column),
                                   kind: .usage)
        } catch let error as Diagnostic {
            throw error
        } catch {
            throw Diagnostic.error("\(error)", kind: .usage)
        }
        return info
    }

    static func baseName(_ path: String) -> String {
        let file = path.split(separator: "/").last.map(String.init) ?? path
        return file.hasSuffix(".csl") ? String(file.dropLast(4)) : file
    }

    static func readFile(_ path: String) -> [UInt8]? {
        guard let f = fopen(path, "rb") else { return nil }
        defer { fclose(f) }
        var out: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = fread(&buffer, 1, buffer.count, f)
            if n > 0 { out.append(contentsOf: buffer[0..<n]) }
            if n < buffer.count { break }
        }
        return ferror(f) == 0 ? out : nil
    }

    static func listFolder(_ path: String) -> [String] {
        guard let dir = opendir(path) else { return [] }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    static func editDistance(_ a: [UInt8], _ b: [UInt8]) -> Int {
        if a.isEmpty { return b.count }
        var previous = Array(0...b.count)
        var current = previous
        for i in 1...a.count {
            current[0] = i
            for j in stride(from: 1, through: b.count, by: 1) {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}

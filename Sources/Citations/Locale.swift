#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

struct TermKey: Sendable, Hashable {
    var name: String
    var form: TermForm
    /// `gender-form` of an ordinal term ("masculine", "feminine"), nil for the neuter/default one.
    var genderForm: String?
}

struct Term: Sendable, Hashable {
    var single: String
    var multiple: String?
    /// `gender` of a noun term (months, number variables), used to pick gendered ordinals.
    var gender: String?
    /// `match` of an ordinal term: last-digit, last-two-digits or whole-number.
    var match: String?
}

/// A CSL locale: terms, localized date formats and locale options (one `cs:locale` element, from a
/// locale file or from inside a style).
public struct CSLLocale: Sendable {
    /// `xml:lang` ("de-DE", "de"), nil for a style's unlabelled locale.
    public var language: String?
    var terms: [TermKey: Term] = [:]
    var dates: [String: DateElement] = [:]
    var punctuationInQuote: Bool?
    var limitDayOrdinalsToDay1: Bool?

    /// Reads a locale file (`locales-xx-XX.xml`).
    public init(bytes: [UInt8], url: String) throws(CSLError) {
        let root = try XMLTreeReader.read(bytes: bytes, file: url)
        try self.init(element: root, file: url)
    }

    /// Reads a locale file from disk.
    public init(path: String) throws(CSLError) {
        let root = try XMLTreeReader.read(path: path)
        try self.init(element: root, file: path)
    }

    init(element e: XElement, file: String) throws(CSLError) {
        let p = StyleParser(file: file)
        guard e.name == "locale" else { throw p.error("expected a CSL <locale>, found <\(e.name)>", e) }
        if let ns = e.namespace, ns != XMLTreeReader.cslNamespace {
            throw p.error("<locale> is not in the CSL namespace (\(XMLTreeReader.cslNamespace))", e)
        }
        language = e["xml:lang"]
        for c in e.elements {
            switch c.name {
            case "info": break
            case "style-options":
                if let v = c["punctuation-in-quote"] { punctuationInQuote = v == "true" }
                if let v = c["limit-day-ordinals-to-day-1"] { limitDayOrdinalsToDay1 = v == "true" }
            case "date":
                guard let f = c["form"], f == "text" || f == "numeric" else {
                    throw p.error("a locale <date> needs form=\"text\" or \"numeric\"", c)
                }
                dates[f] = try p.date(c, inLocale: true)
            case "terms":
                for t in c.elements {
                    guard t.name == "term" else { throw p.error("<\(t.name)> cannot be inside <terms>", t) }
                    guard let name = t["name"] else { throw p.error("<term> needs a name", t) }
                    let form = try p.termForm(t)
                    var term = Term(single: "", multiple: nil, gender: t["gender"], match: t["match"])
                    let parts = t.elements
                    if parts.isEmpty {
                        term.single = t.text
                    } else {
                        for s in parts {
                            switch s.name {
                            case "single": term.single = s.text
                            case "multiple": term.multiple = s.text
                            default: throw p.error("<\(s.name)> cannot be inside <term>", s)
                            }
                        }
                    }
                    terms[TermKey(name: name, form: form, genderForm: t["gender-form"])] = term
                }
            default:
                throw p.error("<\(c.name)> cannot be inside <locale>", c)
            }
        }
    }

    init(language: String?) { self.language = language }

    var definesOrdinals: Bool {
        terms.keys.contains { $0.name == "ordinal" || $0.name.hasPrefix("ordinal-") }
    }
}

/// Finds locale files (`locales-xx-XX.xml`) in a list of directories, with built-in locales as a
/// last resort, and caches what it has read.
///
/// Debian installs the CSL locales in `/usr/share/citation-style-language/locales`.
public final class CSLLocaleStore: @unchecked Sendable {
    public let searchPaths: [String]
    private let builtIn: [String: CSLLocale]
    private var cache: [String: CSLLocale?] = [:]
    private let lock = NSLockLite()
    /// Locale files that exist but could not be read.
    public private(set) var errors: [CSLError] = []

    /// The directory Debian's `citation-style-language-locales` installs into.
    public static let debianLocales = "/usr/share/citation-style-language/locales"

    /// - Parameters:
    ///   - searchPaths: directories searched in order for `locales-<lang>.xml`.
    ///   - builtIn: locales keyed by language tag ("en-US"), used when no file is found.
    public init(searchPaths: [String] = [CSLLocaleStore.debianLocales], builtIn: [CSLLocale] = []) {
        self.searchPaths = searchPaths
        var b: [String: CSLLocale] = [:]
        for l in builtIn { if let lang = l.language { b[lang] = l } }
        self.builtIn = b
    }

    /// The locale for exactly this language tag, if a file or a built-in one exists.
    public func locale(_ language: String) -> CSLLocale? {
        lock.lock(); defer { lock.unlock() }
        if let cached = cache[language] { return cached }
        var found: CSLLocale?
        for dir in searchPaths {
            let path = dir + "/locales-" + language + ".xml"
            if access(path, R_OK) == 0 {
                do { found = try CSLLocale(path: path) } catch { errors.append(error) }
                if found != nil { break }
            }
        }
        if found == nil { found = builtIn[language] }
        cache[language] = .some(found)
        return found
    }

    /// Primary dialects for languages whose locale file is not named `xx-XX` after the language itself.
    static let primaryDialects: [String: String] = [
        "af": "af-ZA", "ar": "ar", "bg": "bg-BG", "ca": "ca-AD", "cs": "cs-CZ", "cy": "cy-GB", "da": "da-DK",
        "de": "de-DE", "el": "el-GR", "en": "en-US", "es": "es-ES", "et": "et-EE", "eu": "eu", "fa": "fa-IR",
        "fi": "fi-FI", "fr": "fr-FR", "he": "he-IL", "hr": "hr-HR", "hu": "hu-HU", "id": "id-ID", "is": "is-IS",
        "it": "it-IT", "ja": "ja-JP", "km": "km-KH", "ko": "ko-KR", "la": "la", "lt": "lt-LT", "lv": "lv-LV",
        "mn": "mn-MN", "nb": "nb-NO", "nl": "nl-NL", "nn": "nn-NO", "pl": "pl-PL", "pt": "pt-PT", "ro": "ro-RO",
        "ru": "ru-RU", "sk": "sk-SK", "sl": "sl-SI", "sr": "sr-RS", "sv": "sv-SE", "th": "th-TH", "tr": "tr-TR",
        "uk": "ua-UA", "vi": "vi-VN", "zh": "zh-CN",
    ]

    /// The locale files to consult for `language`, most specific first, ending with en-US.
    func fileChain(for language: String) -> [CSLLocale] {
        var tags: [String] = [language]
        let base = String(language.split(separator: "-").first ?? "")
        if let primary = CSLLocaleStore.primaryDialects[base], primary != language { tags.append(primary) }
        if !tags.contains("en-US") { tags.append("en-US") }
        var out: [CSLLocale] = []
        for t in tags { if let l = locale(t) { out.append(l) } }
        return out
    }
}

/// A tiny mutex (Foundation-free).
final class NSLockLite: @unchecked Sendable {
    private var m = pthread_mutex_t()
    init() { pthread_mutex_init(&m, nil) }
    deinit { pthread_mutex_destroy(&m) }
    func lock() { pthread_mutex_lock(&m) }
    func unlock() { pthread_mutex_unlock(&m) }
}

/// The locale chain of one style and language, merged into flat tables once.
final class ResolvedLocale: Sendable {
    let language: String
    let terms: [TermKey: Term]
    let dates: [String: DateElement]
    let punctuationInQuote: Bool
    let limitDayOrdinalsToDay1: Bool

    /// `chain` is most specific first.
    init(language: String, chain: [CSLLocale]) {
        self.language = language
        var terms: [TermKey: Term] = [:]
        var dates: [String: DateElement] = [:]
        var ordinalsTaken = false
        var piq: Bool?, limit: Bool?
        for l in chain {
            let takeOrdinals = !ordinalsTaken
            for (k, t) in l.terms where terms[k] == nil {
                let isOrdinal = k.name == "ordinal" || k.name.hasPrefix("ordinal-")
                if isOrdinal && !takeOrdinals { continue }
                terms[k] = t
            }
            if l.definesOrdinals { ordinalsTaken = true }
            for (f, d) in l.dates where dates[f] == nil { dates[f] = d }
            if piq == nil { piq = l.punctuationInQuote }
            if limit == nil { limit = l.limitDayOrdinalsToDay1 }
        }
        self.terms = terms
        self.dates = dates
        punctuationInQuote = piq ?? false
        limitDayOrdinalsToDay1 = limit ?? false
    }

    /// The term, following the form fallbacks (verb-short → verb → long, symbol → short → long, short → long).
    func term(_ name: String, form: TermForm = .long, genderForm: String? = nil) -> Term? {
        var f: TermForm? = form
        while let cur = f {
            if let t = terms[TermKey(name: name, form: cur, genderForm: genderForm)] { return t }
            if genderForm != nil, let t = terms[TermKey(name: name, form: cur, genderForm: nil)] { return t }
            switch cur {
            case .verbShort: f = .verb
            case .symbol: f = .short
            case .verb, .short: f = .long
            case .long: f = nil
            }
        }
        return nil
    }

    func termText(_ name: String, form: TermForm = .long, plural: Bool = false) -> String? {
        guard let t = term(name, form: form) else { return nil }
        return plural ? (t.multiple ?? t.single) : t.single
    }

    var openQuote: String { termText("open-quote") ?? "\u{201C}" }
    var closeQuote: String { termText("close-quote") ?? "\u{201D}" }
    var openInnerQuote: String { termText("open-inner-quote") ?? "\u{2018}" }
    var closeInnerQuote: String { termText("close-inner-quote") ?? "\u{2019}" }
}

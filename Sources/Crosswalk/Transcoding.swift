#if canImport(Glibc)
import Glibc
#endif

extension ByteInput {
    /// Reads the whole of `input`, written in `encoding` (an IANA name such as `latin1`,
    /// `ISO-8859-15` or `windows-1252`), and returns it as UTF-8.
    /// Throws a diagnostic naming the file, line and column of the first byte that is not valid in that encoding.
    public static func transcoding(_ input: ByteInput, from encoding: String) throws(Diagnostic) -> ByteInput {
        let bytes = input.readToEnd()
        let normalized = encoding.lowercased().replacingOccurrences(of: "_", with: "-")
        if ["utf-8", "utf8"].contains(normalized) { return ByteInput(bytes: bytes, name: input.name) }
        let cd = iconv_open("UTF-8", encoding)
        if cd == iconv_t(bitPattern: -1) {
            throw Diagnostic.error("unknown text encoding `\(encoding)`; use an IANA name such as latin1, ISO-8859-15 or windows-1252",
                                   field: "encoding", kind: .usage)
        }
        defer { iconv_close(cd) }
        var out = [UInt8](repeating: 0, count: bytes.count * 4 + 16)
        var failureOffset: Int?
        let produced: Int = bytes.withUnsafeBufferPointer { src in
            out.withUnsafeMutableBufferPointer { dst in
                var inPtr: UnsafeMutablePointer<CChar>? = src.baseAddress.map {
                    UnsafeMutableRawPointer(mutating: $0).assumingMemoryBound(to: CChar.self)
                }
                var inLeft = src.count
                var outPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(dst.baseAddress!).assumingMemoryBound(to: CChar.self)
                var outLeft = dst.count
                if iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft) == -1 {
                    failureOffset = src.count - inLeft
                }
                return dst.count - outLeft
            }
        }
        if let failureOffset {
            var line = 1, lineStart = 0
            for i in 0..<failureOffset where bytes[i] == 0x0A { line += 1; lineStart = i + 1 }
            throw Diagnostic.error("byte 0x\(String(bytes[failureOffset], radix: 16, uppercase: true)) is not valid \(encoding)",
                                   at: SourceLocation(file: input.name, line: line, column: failureOffset - lineStart + 1))
        }
        return ByteInput(bytes: Array(out[0..<produced]), name: input.name)
    }
}

extension String {
    fileprivate func replacingOccurrences(of a: String, with b: String) -> String {
        split(separator: a, omittingEmptySubsequences: false).joined(separator: b)
    }
}

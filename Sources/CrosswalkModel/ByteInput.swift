#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif


/// A buffered, forward-only byte input that tracks lines and columns.
///
/// Parsers call `peek()` and `advance()` on the hot path; both are inlinable
/// and touch only a raw buffer. The input is read in chunks, so memory stays
/// flat however large the file.
public final class ByteInput {
    /// The name used in diagnostics: a path, or `<stdin>`.
    public let name: String

    /// The cursor state. It lives behind a pointer so that the hot path pays no dynamic
    /// exclusivity checks (which class properties would).
    @usableFromInline struct State {
        @usableFromInline var buffer: UnsafeMutablePointer<UInt8>
        @usableFromInline var capacity: Int
        @usableFromInline var pos = 0
        @usableFromInline var end = 0
        @usableFromInline var atEOF = false
        /// Absolute offset of `buffer[0]`.
        @usableFromInline var base = 0
        /// Absolute offset of the first byte of the current line.
        @usableFromInline var lineStart = 0
        @usableFromInline var line = 1
        @usableFromInline var readError: Int32 = 0

        init(capacity: Int) {
            self.capacity = capacity
            self.buffer = .allocate(capacity: capacity)
        }
    }

    @usableFromInline let state: UnsafeMutablePointer<State>
    private let fd: Int32
    private let ownsFD: Bool

    private static let chunk = 1 << 16

    /// The 1-based line of the next byte.
    public var line: Int { state.pointee.line }

    /// Opens a file for reading. Throws a diagnostic (file not found, permission) naming the path.
    public init(path: String) throws(Diagnostic) {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else {
            let reason = String(cString: strerror(errno))
            throw Diagnostic.error("cannot open \(path): \(reason)", field: "input", kind: .input)
        }
        var st = stat()
        if fstat(fd, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR {
            _ = systemClose(fd)
            throw Diagnostic.error("cannot read \(path): it is a directory", field: "input", kind: .input)
        }
        self.name = path
        self.fd = fd
        self.ownsFD = true
        self.state = .allocate(capacity: 1)
        state.initialize(to: State(capacity: Self.chunk))
    }

    /// Reads standard input.
    public init(standardInputNamed name: String = "<stdin>") {
        self.name = name
        self.fd = 0
        self.ownsFD = false
        self.state = .allocate(capacity: 1)
        state.initialize(to: State(capacity: Self.chunk))
    }

    /// Reads bytes held in memory.
    public init(bytes: [UInt8], name: String = "<memory>", firstLine: Int = 1) {
        self.name = name
        self.fd = -1
        self.ownsFD = false
        self.state = .allocate(capacity: 1)
        state.initialize(to: State(capacity: max(bytes.count, 1)))
        bytes.withUnsafeBufferPointer { b in
            if let base = b.baseAddress { state.pointee.buffer.update(from: base, count: b.count) }
        }
        state.pointee.end = bytes.count
        state.pointee.atEOF = true
        state.pointee.line = firstLine
    }

    public convenience init(string: String, name: String = "<memory>") {
        self.init(bytes: Array(string.utf8), name: name)
    }

    deinit {
        state.pointee.buffer.deallocate()
        state.deinitialize(count: 1)
        state.deallocate()
        if ownsFD { _ = systemClose(fd) }
    }

    /// Reads more input into the buffer, keeping the unconsumed bytes.
    /// Returns false at the end of the input.
    @usableFromInline func refill() -> Bool {
        if state.pointee.atEOF { return false }
        let s = state
        let from = s.pointee.pos
        // Move the unconsumed bytes to the front.
        if from > 0 {
            let n = s.pointee.end - from
            if n > 0 { s.pointee.buffer.update(from: s.pointee.buffer + from, count: n) }
            s.pointee.base += from
            s.pointee.pos = 0
            s.pointee.end = n
        }
        if s.pointee.end == s.pointee.capacity {
            let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: s.pointee.capacity * 2)
            bigger.update(from: s.pointee.buffer, count: s.pointee.end)
            s.pointee.buffer.deallocate()
            s.pointee.buffer = bigger
            s.pointee.capacity *= 2
        }
        while true {
            let n = systemRead(fd, s.pointee.buffer + s.pointee.end, s.pointee.capacity - s.pointee.end)
            if n > 0 { s.pointee.end += n; return true }
            if n == 0 { s.pointee.atEOF = true; return false }
            if errno == EINTR { continue }
            s.pointee.readError = errno
            s.pointee.atEOF = true
            return false
        }
    }

    /// The next byte, without consuming it; nil at the end.
    @inlinable @inline(__always)
    public func peek() -> UInt8? {
        let s = state
        if s.pointee.pos < s.pointee.end { return s.pointee.buffer[s.pointee.pos] }
        return refill() ? s.pointee.buffer[s.pointee.pos] : nil
    }

    /// The byte `offset` places after the next one, without consuming anything.
    @inlinable
    public func peek(at offset: Int) -> UInt8? {
        let s = state
        while s.pointee.pos + offset >= s.pointee.end {
            if !refill() { return nil }
        }
        return s.pointee.buffer[s.pointee.pos + offset]
    }

    /// Consumes one byte (which `peek()` must have returned).
    @inlinable @inline(__always)
    public func advance() {
        let s = state
        let b = s.pointee.buffer[s.pointee.pos]
        s.pointee.pos += 1
        if b == 0x0A {
            s.pointee.line += 1
            s.pointee.lineStart = s.pointee.base + s.pointee.pos
        }
    }

    /// Consumes and returns the next byte; nil at the end.
    @inlinable @inline(__always)
    public func next() -> UInt8? {
        guard let b = peek() else { return nil }
        advance()
        return b
    }

    /// The absolute byte offset of the next byte.
    public var offset: Int { state.pointee.base + state.pointee.pos }

    /// The 1-based column of the next byte, in bytes.
    public var column: Int { state.pointee.base + state.pointee.pos - state.pointee.lineStart + 1 }

    /// The location of the next byte.
    public var location: SourceLocation { SourceLocation(file: name, line: line, column: column) }

    /// An I/O error met while reading, if any.
    public var ioError: Diagnostic? {
        let e = state.pointee.readError
        guard e != 0 else { return nil }
        return .error("cannot read \(name): \(String(cString: strerror(e)))", kind: .input)
    }

    /// Up to `count` bytes from the current position, without consuming them (for sniffing).
    public func prefix(_ count: Int) -> [UInt8] {
        while state.pointee.end - state.pointee.pos < count, refill() {}
        let s = state.pointee
        return Array(UnsafeBufferPointer(start: s.buffer + s.pos, count: min(count, s.end - s.pos)))
    }

    /// Skips a UTF-8 byte order mark, if there is one.
    public func skipByteOrderMark() {
        if peek() == 0xEF, peek(at: 1) == 0xBB, peek(at: 2) == 0xBF {
            state.pointee.pos += 3
            state.pointee.lineStart = state.pointee.base + state.pointee.pos
        }
    }

    /// Consumes bytes up to (not including) `stop`, appending them to `out`. Returns false at the end.
    @inlinable
    public func consume(upTo stop: UInt8, into out: inout [UInt8]) -> Bool {
        let s = state
        while true {
            if s.pointee.pos >= s.pointee.end && !refill() { return false }
            let start = s.pointee.buffer + s.pointee.pos
            let n = s.pointee.end - s.pointee.pos
            if let hit = memchr(start, Int32(stop), n) {
                let k = UnsafeMutableRawPointer(mutating: hit) - UnsafeMutableRawPointer(start)
                out.append(contentsOf: UnsafeBufferPointer(start: start, count: k))
                s.pointee.pos += k
                return true
            }
            out.append(contentsOf: UnsafeBufferPointer(start: start, count: n))
            s.pointee.pos += n
        }
    }

    /// Consumes a run of bytes, none of them a line feed, while `predicate` holds, appending them to
    /// `out`; it scans the buffer directly (no per-byte line bookkeeping). Stops at a line feed, at a
    /// byte the predicate refuses, or at the end.
    @inlinable
    public func consumeRun(while predicate: (UInt8) -> Bool, into out: inout [UInt8]) {
        let s = state
        while true {
            if s.pointee.pos >= s.pointee.end && !refill() { return }
            let start = s.pointee.pos
            let end = s.pointee.end
            let buffer = s.pointee.buffer
            var k = start
            while k < end {
                let b = buffer[k]
                if b == 0x0A || !predicate(b) { break }
                k += 1
            }
            if k > start { out.append(contentsOf: UnsafeBufferPointer(start: buffer + start, count: k - start)) }
            s.pointee.pos = k
            if k < end { return }
        }
    }

    /// Consumes and returns the rest of the input.
    public func readToEnd() -> [UInt8] {
        var out: [UInt8] = []
        while let b = peek() {
            _ = b
            let s = state.pointee
            out.append(contentsOf: UnsafeBufferPointer(start: s.buffer + s.pos, count: s.end - s.pos))
            while state.pointee.pos < state.pointee.end { advance() }
        }
        return out
    }

    /// Reads raw bytes into `destination` (for handing the input to another parser, such as libxml2).
    /// Returns the number of bytes copied, 0 at the end.
    public func read(into destination: UnsafeMutableRawBufferPointer) -> Int {
        guard peek() != nil, let dst = destination.baseAddress else { return 0 }
        let st = state
        let start = st.pointee.buffer + st.pointee.pos
        let n = min(destination.count, st.pointee.end - st.pointee.pos)
        dst.copyMemory(from: start, byteCount: n)
        // Keep the line count right without a per-byte call.
        var p = UnsafeRawPointer(start)
        var left = n
        while left > 0, let hit = memchr(p, 0x0A, left) {
            let k = UnsafeRawPointer(hit) - p + 1
            st.pointee.line += 1
            st.pointee.lineStart = st.pointee.base + st.pointee.pos + (n - left) + k
            p += k
            left -= k
        }
        st.pointee.pos += n
        return n
    }
}

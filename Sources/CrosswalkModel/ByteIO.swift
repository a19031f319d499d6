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

    @usableFromInline var buffer: UnsafeMutablePointer<UInt8>
    @usableFromInline var capacity: Int
    @usableFromInline var pos = 0
    @usableFromInline var end = 0
    @usableFromInline var atEOF = false
    /// Absolute offset of `buffer[0]`.
    @usableFromInline var base = 0
    /// Absolute offset of the first byte of the current line.
    @usableFromInline var lineStart = 0
    @usableFromInline var _line = 1
    public var line: Int { _line }
    private let fd: Int32
    private let ownsFD: Bool
    private var readError: Int32 = 0

    private static let chunk = 1 << 16

    /// Opens a file for reading. Throws a diagnostic (file not found, permission) naming the path.
    public init(path: String) throws(Diagnostic) {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else {
            let reason = String(cString: strerror(errno))
            throw Diagnostic.error("cannot open \(path): \(reason)", field: "input")
        }
        var st = stat()
        if fstat(fd, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR {
            close(fd)
            throw Diagnostic.error("cannot read \(path): it is a directory", field: "input")
        }
        self.name = path
        self.fd = fd
        self.ownsFD = true
        self.capacity = Self.chunk
        self.buffer = .allocate(capacity: capacity)
    }

    /// Reads standard input.
    public init(standardInputNamed name: String = "<stdin>") {
        self.name = name
        self.fd = 0
        self.ownsFD = false
        self.capacity = Self.chunk
        self.buffer = .allocate(capacity: capacity)
    }

    /// Reads bytes held in memory.
    public init(bytes: some Collection<UInt8>, name: String = "<memory>", firstLine: Int = 1) {
        self.name = name
        self._line = firstLine
        self.fd = -1
        self.ownsFD = false
        self.capacity = max(bytes.count, 1)
        self.buffer = .allocate(capacity: capacity)
        var i = 0
        for b in bytes { buffer[i] = b; i += 1 }
        self.end = i
        self.atEOF = true
    }

    public convenience init(string: String, name: String = "<memory>") {
        self.init(bytes: Array(string.utf8), name: name)
    }

    deinit {
        buffer.deallocate()
        if ownsFD { close(fd) }
    }

    /// Reads more input into the buffer, keeping the unconsumed bytes from `keepFrom`.
    /// Returns false at the end of the input.
    @usableFromInline func refill(keepFrom keep: Int? = nil) -> Bool {
        if atEOF { return false }
        let from = min(keep ?? pos, pos)
        // Move the kept bytes to the front.
        if from > 0 {
            let n = end - from
            if n > 0 { (buffer).update(from: buffer + from, count: n) }
            base += from
            pos -= from
            end = n
        }
        if end == capacity {
            let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2)
            bigger.update(from: buffer, count: end)
            buffer.deallocate()
            buffer = bigger
            capacity *= 2
        }
        while true {
            let n = Glibc.read(fd, buffer + end, capacity - end)
            if n > 0 { end += n; return true }
            if n == 0 { atEOF = true; return false }
            if errno == EINTR { continue }
            readError = errno
            atEOF = true
            return false
        }
    }

    /// The next byte, without consuming it; nil at the end.
    @inlinable @inline(__always)
    public func peek() -> UInt8? {
        if pos < end { return buffer[pos] }
        return refill() ? buffer[pos] : nil
    }

    /// The byte `offset` places after the next one, without consuming anything.
    @inlinable
    public func peek(at offset: Int) -> UInt8? {
        while pos + offset >= end {
            if !refill() { return nil }
        }
        return buffer[pos + offset]
    }

    /// Consumes one byte (which `peek()` must have returned).
    @inlinable @inline(__always)
    public func advance() {
        let b = buffer[pos]
        pos += 1
        if b == 0x0A {
            _line += 1
            lineStart = base + pos
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
    public var offset: Int { base + pos }

    /// The 1-based column of the next byte, in bytes.
    public var column: Int { base + pos - lineStart + 1 }

    /// The location of the next byte.
    public var location: SourceLocation { SourceLocation(file: name, line: line, column: column) }

    public var isAtEnd: Bool { peek() == nil }

    /// An I/O error met while reading, if any.
    public var ioError: Diagnostic? {
        guard readError != 0 else { return nil }
        return .error("cannot read \(name): \(String(cString: strerror(readError)))")
    }

    /// Up to `count` bytes from the current position, without consuming them (for sniffing).
    public func prefix(_ count: Int) -> [UInt8] {
        while end - pos < count, refill() {}
        return Array(UnsafeBufferPointer(start: buffer + pos, count: min(count, end - pos)))
    }

    /// Skips a UTF-8 byte order mark, if there is one.
    public func skipByteOrderMark() {
        if peek() == 0xEF, peek(at: 1) == 0xBB, peek(at: 2) == 0xBF {
            pos += 3
            lineStart = base + pos
        }
    }

    /// Consumes bytes while `predicate` holds, appending them to `out`.
    @inlinable
    public func consume(while predicate: (UInt8) -> Bool, into out: inout [UInt8]) {
        while true {
            if pos >= end && !refill() { return }
            let b = buffer[pos]
            if !predicate(b) { return }
            advance()
            out.append(b)
        }
    }

    /// Consumes and returns the rest of the input.
    public func readToEnd() -> [UInt8] {
        while refill(keepFrom: pos) {}
        let out = Array(UnsafeBufferPointer(start: buffer + pos, count: end - pos))
        while pos < end { advance() }
        return out
    }

    /// Reads raw bytes into `destination` (for handing the input to another parser, such as libxml2).
    /// Returns the number of bytes copied, 0 at the end.
    public func read(into destination: UnsafeMutableRawBufferPointer) -> Int {
        if pos >= end && !refill() { return 0 }
        let n = min(destination.count, end - pos)
        guard let dst = destination.baseAddress else { return 0 }
        dst.copyMemory(from: buffer + pos, byteCount: n)
        for _ in 0..<n { advance() }
        return n
    }
}

/// A buffered byte output: a file descriptor, or memory.
public final class ByteOutput {
    @usableFromInline var bytes: [UInt8] = []
    private let fd: Int32
    private let ownsFD: Bool
    /// The name used in diagnostics.
    public let name: String
    private let flushThreshold = 1 << 16

    /// Writes into memory; read the result with `data`.
    public init(name: String = "<memory>") {
        self.fd = -1; self.ownsFD = false; self.name = name
    }

    /// Writes to standard output.
    public init(standardOutput: Void) {
        self.fd = 1; self.ownsFD = false; self.name = "<stdout>"
        bytes.reserveCapacity(flushThreshold * 2)
    }

    /// Writes to an open descriptor, which the output closes in `close()` if it owns it.
    public init(fileDescriptor: Int32, name: String, owns: Bool) {
        self.fd = fileDescriptor; self.ownsFD = owns; self.name = name
        bytes.reserveCapacity(flushThreshold * 2)
    }

    deinit { if ownsFD { Glibc.close(fd) } }

    /// Everything written so far (memory outputs only).
    public var data: [UInt8] { bytes }

    @inlinable public func write(_ byte: UInt8) { bytes.append(byte) }

    @inlinable public func write(_ string: String) {
        var s = string
        s.withUTF8 { bytes.append(contentsOf: $0) }
    }

    @inlinable public func write(_ buffer: UnsafeRawBufferPointer) { bytes.append(contentsOf: buffer) }

    @inlinable public func write(_ other: [UInt8]) { bytes.append(contentsOf: other) }

    /// Flushes when enough has gathered; writers call this after each record.
    public func flushIfNeeded() throws(Diagnostic) {
        if fd >= 0 && bytes.count >= flushThreshold { try flush() }
    }

    public func flush() throws(Diagnostic) {
        guard fd >= 0, !bytes.isEmpty else { return }
        var failure: Int32 = 0
        bytes.withUnsafeBytes { raw in
            var done = 0
            while done < raw.count {
                let n = Glibc.write(fd, raw.baseAddress! + done, raw.count - done)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                done += n
            }
        }
        bytes.removeAll(keepingCapacity: true)
        if failure != 0 {
            throw Diagnostic.error("cannot write \(name): \(String(cString: strerror(failure)))")
        }
    }
}

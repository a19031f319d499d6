#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

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

    /// Writes to an open descriptor, which the output closes when it is released (deinit) if it owns it.
    /// It never flushes by itself: call `flush()` (writers do, in `finish()`) before releasing it.
    public init(fileDescriptor: Int32, name: String, owns: Bool) {
        self.fd = fileDescriptor; self.ownsFD = owns; self.name = name
        bytes.reserveCapacity(flushThreshold * 2)
    }

    deinit { if ownsFD { _ = systemClose(fd) } }

    /// Everything written so far (memory outputs only).
    public var data: [UInt8] { bytes }

    /// Everything written so far, which the output then forgets (memory outputs only).
    public func takeData() -> [UInt8] {
        defer { bytes.removeAll(keepingCapacity: true) }
        return bytes
    }

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
                let n = systemWrite(fd, raw.baseAddress! + done, raw.count - done)
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
            throw Diagnostic.error("cannot write \(name): \(String(cString: strerror(failure)))", kind: .output)
        }
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

// The C library's read(2), write(2) and close(2), under names that `ByteInput.read(into:)` and
// `ByteOutput.write(_:)` do not shadow, on every platform the imports above name (glibc, musl, Darwin).

/// read(2): the bytes read, 0 at the end, -1 on an error (in `errno`).
func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int { read(fd, buffer, count) }

/// write(2): the bytes written, -1 on an error (in `errno`).
func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int { write(fd, buffer, count) }

/// close(2).
func systemClose(_ fd: Int32) -> Int32 { close(fd) }

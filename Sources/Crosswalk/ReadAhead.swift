#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// What a reader gave for one call of `next()`: a record, a bad record it skipped, or the end
/// (with the error that ended the input, if any), together with the warnings it reported on the way,
/// so that they are replayed in the order one thread would have reported them.
enum ReadItem {
    case record(Record, warnings: [Diagnostic])
    case skipped(Diagnostic, warnings: [Diagnostic])
    case end(Diagnostic?, warnings: [Diagnostic])

    /// One call of the reader's `next()`. `warnings` are those reported before it returned.
    static func next(from reader: any RecordReader, strict: Bool, warnings: () -> [Diagnostic]) -> ReadItem {
        do {
            if let record = try reader.next() { return .record(record, warnings: warnings()) }
            return .end(nil, warnings: warnings())
        } catch {
            if error.isRecoverable && !strict { return .skipped(error, warnings: warnings()) }
            return .end(error, warnings: warnings())
        }
    }
}

/// The warnings a reader on another thread has reported and nobody has replayed yet.
final class WarningBuffer: @unchecked Sendable {
    private var items: [Diagnostic] = []
    func append(_ d: Diagnostic) { items.append(d) }
    func take() -> [Diagnostic] {
        defer { items.removeAll() }
        return items
    }
}

/// Runs a reader on a thread of its own, ahead of the writer (`Converter.jobs` > 1): parsing and
/// writing then use two cores. The reader fills batches of items into a bounded queue (so memory
/// stays flat however fast it reads); the writer's thread takes them in order.
///
/// The reader object and its input are touched by the reading thread only, from `start()` until
/// the queue says the end; `declaredExtraKeys` is read there too, after the first `next()`.
final class ReadAhead: @unchecked Sendable {
    private let reader: any RecordReader
    private let strict: Bool
    private let batchSize: Int
    private let capacity: Int

    private var mutex = pthread_mutex_t()
    private var changed = pthread_cond_t()
    private var queue: [[ReadItem]] = []
    private var head = 0
    private var finished = false
    private var cancelled = false
    private var thread: pthread_t?

    /// The reader's `declaredExtraKeys`, read on its thread after its first `next()`.
    private(set) var declaredExtraKeys: [String] = []
    private var keysKnown = false

    /// Where the reader's warnings gather while it reads (the handler it was made with appends
    /// to it); only the reading thread touches it once `start()` is called.
    private let warnings: WarningBuffer

    init(reader: any RecordReader, warnings: WarningBuffer, strict: Bool, batchSize: Int = 256, capacity: Int = 8) {
        self.reader = reader; self.warnings = warnings; self.strict = strict
        self.batchSize = batchSize; self.capacity = capacity
        pthread_mutex_init(&mutex, nil)
        pthread_cond_init(&changed, nil)
    }

    deinit {
        cancel()
        join()
        pthread_cond_destroy(&changed)
        pthread_mutex_destroy(&mutex)
    }

    func start() {
        let box = Unmanaged.passRetained(self)
        var t = pthread_t()
        let rc = pthread_create(&t, nil, { raw in
            let me = Unmanaged<ReadAhead>.fromOpaque(raw!).takeRetainedValue()
            me.run()
            return nil
        }, box.toOpaque())
        if rc == 0 {
            thread = t
        } else {
            box.release()
            // No second thread: read on this one, as `next()` asks.
            run()
        }
    }

    /// Asks the reading thread to stop (the writer failed); it stops at its next batch.
    func cancel() {
        pthread_mutex_lock(&mutex)
        cancelled = true
        pthread_cond_broadcast(&changed)
        pthread_mutex_unlock(&mutex)
    }

    /// Waits for the reading thread to end (after `.end`, or after `cancel()`).
    func join() {
        if let thread { pthread_join(thread, nil); self.thread = nil }
    }

    /// The next batch, in reading order; the last one ends with `.end`.
    func nextBatch() -> [ReadItem] {
        pthread_mutex_lock(&mutex)
        while head == queue.count && !finished { pthread_cond_wait(&changed, &mutex) }
        var batch: [ReadItem] = []
        if head < queue.count {
            batch = queue[head]
            queue[head] = []
            head += 1
            if head == queue.count { queue.removeAll(keepingCapacity: true); head = 0 }
            pthread_cond_broadcast(&changed)
        }
        pthread_mutex_unlock(&mutex)
        return batch
    }

    /// The reader's `declaredExtraKeys` (known once any batch has been handed out).
    var extraKeys: [String] {
        pthread_mutex_lock(&mutex)
        defer { pthread_mutex_unlock(&mutex) }
        return declaredExtraKeys
    }

    private func put(_ batch: [ReadItem], last: Bool) -> Bool {
        pthread_mutex_lock(&mutex)
        defer { pthread_mutex_unlock(&mutex) }
        while queue.count - head >= capacity && !cancelled { pthread_cond_wait(&changed, &mutex) }
        if cancelled { finished = true; pthread_cond_broadcast(&changed); return false }
        queue.append(batch)
        if last { finished = true }
        pthread_cond_broadcast(&changed)
        return true
    }

    private func run() {
        var batch: [ReadItem] = []
        batch.reserveCapacity(batchSize)
        while true {
            let item = ReadItem.next(from: reader, strict: strict, warnings: { self.warnings.take() })
            var last = false
            if case .end = item { last = true }
            if !keysKnown {
                keysKnown = true
                let keys = reader.declaredExtraKeys
                pthread_mutex_lock(&mutex)
                declaredExtraKeys = keys
                pthread_mutex_unlock(&mutex)
            }
            batch.append(item)
            if batch.count == batchSize || last {
                guard put(batch, last: last) else { return }
                if last { return }
                batch = []
                batch.reserveCapacity(batchSize)
            }
        }
    }
}

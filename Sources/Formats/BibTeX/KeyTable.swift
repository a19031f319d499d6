/// A compact set of citation keys, each with a number (a packed location): the one thing a reader
/// or writer must keep for every entry, to find duplicate keys. Keys live in one byte arena and an
/// open-addressing table of offsets, about 25 bytes a key instead of the ~200 of `[String: SourceLocation]`.
struct KeyTable {
    private var arena: [UInt8] = []
    /// Start offsets into `arena` (+1; 0 is an empty slot).
    private var slots: [Int32]
    private var starts: [Int32] = []
    private var values: [Int] = []
    private(set) var count = 0

    init() { slots = [Int32](repeating: 0, count: 1024) }

    private static func hash(_ key: String) -> Int {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in key.utf8 { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }

    private func keyEquals(_ index: Int, _ key: String) -> Bool {
        let start = Int(starts[index])
        let end = index + 1 < starts.count ? Int(starts[index + 1]) : arena.count
        return arena[start..<end].elementsEqual(key.utf8)
    }

    private func find(_ key: String) -> (slot: Int, index: Int?) {
        let mask = slots.count - 1
        var i = Self.hash(key) & mask
        while true {
            let s = Int(slots[i])
            if s == 0 { return (i, nil) }
            if keyEquals(s - 1, key) { return (i, s - 1) }
            i = (i + 1) & mask
        }
    }

    /// The value stored with `key`, if the key is there.
    func value(for key: String) -> Int? {
        find(key).index.map { values[$0] }
    }

    func contains(_ key: String) -> Bool { find(key).index != nil }

    /// Adds a key (if it is not there yet).
    mutating func insert(_ key: String, value: Int = 0) {
        let (slot, index) = find(key)
        if index != nil { return }
        starts.append(Int32(arena.count))
        arena.append(contentsOf: key.utf8)
        values.append(value)
        slots[slot] = Int32(starts.count)
        count += 1
        if count * 2 > slots.count { grow() }
    }

    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for index in starts.indices {
            let start = Int(starts[index])
            let end = index + 1 < starts.count ? Int(starts[index + 1]) : arena.count
            let key = String(decoding: arena[start..<end], as: UTF8.self)
            var i = Self.hash(key) & mask
            while slots[i] != 0 { i = (i + 1) & mask }
            slots[i] = Int32(index + 1)
        }
    }
}

/// Where the entries of an array are, by hash: an open-addressing table of entry numbers (linear
/// probing over a power-of-two table of `Int32`, −1 when empty, at most half full). The owner
/// keeps the entries — and their hashes, if comparing them first is cheaper than comparing keys —
/// and says how to recognise one; the index keeps only their places, 4 bytes a slot (a
/// `Dictionary` keyed by the entries would hold every key a second time).
struct SlotIndex: Sendable {
    private var slots: [Int32]

    /// An empty index of `size` slots (a power of two).
    init(size: Int = 16) { slots = [Int32](repeating: -1, count: size) }

    /// The entry with this hash for which `isEntry` holds, if any, and otherwise the empty slot
    /// where such an entry goes (for `insert`).
    @inline(__always)
    func find(_ hash: Int, _ isEntry: (Int) -> Bool) -> (entry: Int?, slot: Int) {
        let mask = slots.count - 1
        var at = hash & mask
        while true {
            let s = Int(slots[at])
            if s < 0 { return (nil, at) }
            if isEntry(s) { return (s, at) }
            at = (at + 1) & mask
        }
    }

    /// Records entry `entry` in `slot` (found empty by `find` just before); `count` entries are
    /// then held. When more than half the slots are used, the table doubles and every entry is
    /// placed again by its hash (`hashOf`).
    mutating func insert(_ entry: Int, at slot: Int, count: Int, hashOf: (Int) -> Int) {
        slots[slot] = Int32(entry)
        if 2 * count > slots.count { rebuild(size: 2 * slots.count, count: count, hashOf: hashOf) }
    }

    /// Room for `n` entries without growing (`count` are held now).
    mutating func reserve(_ n: Int, count: Int, hashOf: (Int) -> Int) {
        var size = slots.count
        while size < 2 * n { size *= 2 }
        if size > slots.count { rebuild(size: size, count: count, hashOf: hashOf) }
    }

    /// SplitMix64's finaliser (Steele, Lea & Flood 2014): a 64-bit mix for the owners' hashes.
    @inline(__always)
    static func mix(_ h: UInt64) -> UInt64 {
        var x = (h ^ (h >> 30)) &* 0xBF58_476D_1CE4_E5B9
        x = (x ^ (x >> 27)) &* 0x94D0_49BB_1331_11EB
        return x ^ (x >> 31)
    }

    private mutating func rebuild(size: Int, count: Int, hashOf: (Int) -> Int) {
        slots = [Int32](repeating: -1, count: size)
        let mask = size - 1
        for i in 0..<count {
            var at = hashOf(i) & mask
            while slots[at] >= 0 { at = (at + 1) & mask }
            slots[at] = Int32(i)
        }
    }
}

/// The edges of the pattern trie: (node, key id) → child node, in one open-addressing table with
/// a multiplicative hash (cheaper than a `Dictionary` per node). Each slot holds its key and its
/// child side by side, so that a hit reads one slot.
struct TransitionTable: Sendable {
    private struct Slot {
        /// (node, key id) packed (`key(_:_:)`); `.max` when empty.
        var key: UInt64
        var child: Int32
    }

    private var slots = [Slot](repeating: Slot(key: .max, child: -1), count: 64)
    private(set) var count = 0
    /// 64 − log2(table size): the hash takes the product's high bits.
    private var shift: UInt64 = 58

    @inline(__always)
    private static func key(_ node: Int, _ id: Int32) -> UInt64 { UInt64(node) << 32 | UInt64(UInt32(bitPattern: id)) }

    @inline(__always)
    private func slot(_ k: UInt64) -> Int {
        Int(truncatingIfNeeded: (k &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// The child of `node` on key `id`, if any.
    @inline(__always)
    func child(_ node: Int, _ id: Int32) -> Int? {
        let k = Self.key(node, id)
        let mask = slots.count - 1
        var h = slot(k)
        while true {
            let x = slots[h].key
            if x == k { return Int(slots[h].child) }
            if x == .max { return nil }
            h = (h + 1) & mask
        }
    }

    mutating func set(_ node: Int, _ id: Int32, _ child: Int) {
        if (count + 1) * 2 > slots.count { grow() }
        insert(Self.key(node, id), Int32(child))
    }

    private mutating func insert(_ k: UInt64, _ v: Int32) {
        let mask = slots.count - 1
        var h = slot(k)
        while slots[h].key != .max && slots[h].key != k { h = (h + 1) & mask }
        if slots[h].key == .max { count += 1 }
        slots[h] = Slot(key: k, child: v)
    }

    private mutating func grow() {
        let old = slots.filter { $0.key != .max }
        slots = [Slot](repeating: Slot(key: .max, child: -1), count: slots.count * 2)
        shift -= 1
        count = 0
        for s in old { insert(s.key, s.child) }
    }
}

/// The edges of the pattern trie: (node, key id) → child node, in one open-addressing table with
/// a multiplicative hash (cheaper than a `Dictionary` per node).
struct TransitionTable: Sendable {
    private var keys = [UInt64](repeating: .max, count: 64)
    private var values = [Int32](repeating: -1, count: 64)
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
        let mask = keys.count - 1
        var h = slot(k)
        while true {
            let x = keys[h]
            if x == k { return Int(values[h]) }
            if x == .max { return nil }
            h = (h + 1) & mask
        }
    }

    mutating func set(_ node: Int, _ id: Int32, _ child: Int) {
        if (count + 1) * 2 > keys.count { grow() }
        insert(Self.key(node, id), Int32(child))
    }

    private mutating func insert(_ k: UInt64, _ v: Int32) {
        let mask = keys.count - 1
        var h = slot(k)
        while keys[h] != .max && keys[h] != k { h = (h + 1) & mask }
        if keys[h] == .max { count += 1 }
        keys[h] = k
        values[h] = v
    }

    private mutating func grow() {
        let old = zip(keys, values).filter { $0.0 != .max }
        keys = [UInt64](repeating: .max, count: keys.count * 2)
        values = [Int32](repeating: -1, count: values.count * 2)
        shift -= 1
        count = 0
        for (k, v) in old { insert(k, v) }
    }
}

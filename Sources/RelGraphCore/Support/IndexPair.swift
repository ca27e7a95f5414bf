/// Two dense `Int32` indices as one 64-bit key (`a` in the high half): an actor pair, an office in a
/// country, a trie node and a key id. Packing and unpacking live here only (in the manner of
/// swift-collections' `_HashTable.Bucket`); `hash` mixes the key for open-addressing tables
/// (`SlotIndex`).
struct IndexPair: Hashable, Comparable, Sendable {
    /// a · 2³² + b, as unsigned 32-bit halves.
    private let raw: UInt64

    init(_ a: Int32, _ b: Int32) { raw = UInt64(UInt32(bitPattern: a)) << 32 | UInt64(UInt32(bitPattern: b)) }

    var a: Int32 { Int32(bitPattern: UInt32(truncatingIfNeeded: raw >> 32)) }
    var b: Int32 { Int32(bitPattern: UInt32(truncatingIfNeeded: raw)) }

    /// Ordered by `a`, then `b` (as unsigned halves).
    static func < (x: IndexPair, y: IndexPair) -> Bool { x.raw < y.raw }

    /// A 64-bit multiply–xorshift mix of the key (`SlotIndex.mix`).
    var hash: Int { Int(truncatingIfNeeded: SlotIndex.mix(raw &* 0x9E37_79B9_7F4A_7C15)) }
}

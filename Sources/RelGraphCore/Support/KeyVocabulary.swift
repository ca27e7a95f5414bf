/// Normalised token keys interned to dense `Int32` ids, looked up by their UTF-8 bytes.
///
/// The pattern trie walks on these ids: a token of an article costs one hash over its bytes (`ByteHash`)
/// and one probe of an open-addressing table, with no `String` hashing (which normalises non-ASCII
/// text) and no allocation. Keys compare byte for byte; both sides are `ArabicNormalizer` output.
public struct KeyVocabulary: Sendable {
    /// All keys' bytes back to back; key `i` is `arena[starts[i]..<starts[i + 1]]`.
    private var arena: [UInt8] = []
    private var starts: [Int32] = [0]
    /// Open-addressing slots holding key ids, −1 when empty (load ≤ 1/2).
    private var slots = [Int32](repeating: -1, count: 64)

    /// Number of keys.
    public var count: Int { starts.count - 1 }
    /// A hash of all keys in id order: two vocabularies with equal fingerprints give the same ids.
    private(set) var fingerprint: UInt64 = 0

    /// Distinct strings (a list with no two equal), each given its position as id: a string of the
    /// list is then found by its bytes, without `String` hashing. (Equal bytes are equal strings,
    /// so distinct strings get distinct, consecutive ids.)
    public init() {}

    init(positions keys: [String]) {
        for k in keys { _ = intern(k) }
    }

    /// The id of a key, adding it when new.
    public mutating func intern(_ key: String) -> Int32 {
        if let known = id(key) { return known }
        return Array(key.utf8).withUnsafeBufferPointer { intern($0) }
    }

    /// The id of the key with these UTF-8 bytes, adding it when new.
    public mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        if let known = id(bytes) { return known }
        let id = Int32(count)
        let hash = ByteHash.hash(bytes)
        fingerprint = (fingerprint ^ hash) &* 0x100_0000_01B3 &+ 1
        arena += bytes
        starts.append(Int32(arena.count))
        if count * 2 > slots.count { rehash(slots.count * 2) } else { place(id, hash: hash) }
        return id
    }

    /// The id of a key, or nil when no pattern uses it.
    public func id(_ key: String) -> Int32? {
        if let r = key.utf8.withContiguousStorageIfAvailable({ id($0) }) { return r }
        return Array(key.utf8).withUnsafeBufferPointer { id($0) }
    }

    /// The id of the key with these UTF-8 bytes, or nil.
    public func id(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
        let mask = slots.count - 1
        var h = Int(truncatingIfNeeded: ByteHash.hash(bytes)) & mask
        return slots.withUnsafeBufferPointer { slots in
            arena.withUnsafeBufferPointer { arena in
                starts.withUnsafeBufferPointer { starts in
                    while true {
                        let s = slots[h]
                        if s < 0 { return nil }
                        let lo = Int(starts[Int(s)]), hi = Int(starts[Int(s) + 1])
                        if hi - lo == bytes.count {
                            var k = 0
                            while k < bytes.count && arena[lo + k] == bytes[k] { k += 1 }
                            if k == bytes.count { return s }
                        }
                        h = (h + 1) & mask
                    }
                }
            }
        }
    }

    @inline(__always)
    /// True when every key is ASCII (then byte order is `String` order).
    var isASCII: Bool { arena.allSatisfy { $0 < 0x80 } }

    /// The key with this id.
    public func key(_ id: Int32) -> String {
        String(decoding: arena[Int(starts[Int(id)])..<Int(starts[Int(id) + 1])], as: UTF8.self)
    }

    private mutating func place(_ id: Int32, hash: UInt64) {
        let mask = slots.count - 1
        var h = Int(truncatingIfNeeded: hash) & mask
        while slots[h] >= 0 { h = (h + 1) & mask }
        slots[h] = id
    }

    private mutating func rehash(_ size: Int) {
        slots = [Int32](repeating: -1, count: size)
        for i in 0..<count {
            place(Int32(i), hash: ByteHash.hash(arena[Int(starts[i])..<Int(starts[i + 1])]))
        }
    }
}

/// The one hash of byte strings behind every table looked up by UTF-8 bytes: the token-key cache,
/// the key vocabulary, the sentence interner and the store's table of text pieces (whose `hash`
/// column holds it, so it must not change between versions: the words are read little-endian).
///
/// Eight bytes at a time, multiply–xorshift (the odd multiplier of SplitMix64), the last word read
/// overlapping the one before when the length is not a multiple of eight; a key under eight bytes
/// is read as two overlapping 4-byte loads, or as its first, middle and last byte under four. The
/// length is mixed in first and SplitMix64's finaliser (`SlotIndex.mix`) mixes the result, so every
/// byte reaches every bit. A byte-at-a-time hash (FNV-1a) is one dependent multiply per byte, two
/// per Arabic letter: a quarter of the tokeniser's time when it was used there.
public enum ByteHash {
    @inline(__always)
    public static func hash(_ b: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let n = b.count
        let raw = UnsafeRawBufferPointer(b)
        var h: UInt64 = 0xCBF2_9CE4_8422_2325 ^ UInt64(n)
        var last: UInt64
        if n >= 8 {
            var i = 0
            while i + 8 < n {
                h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0xBF58_476D_1CE4_E5B9
                h ^= h >> 29
                i += 8
            }
            last = raw.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)
        } else if n >= 4 {
            last = UInt64(raw.loadUnaligned(fromByteOffset: 0, as: UInt32.self)) << 32
                | UInt64(raw.loadUnaligned(fromByteOffset: n - 4, as: UInt32.self))
        } else if n > 0 {
            last = UInt64(raw[0]) << 16 | UInt64(raw[n / 2]) << 8 | UInt64(raw[n - 1])
        } else {
            last = 0
        }
        return SlotIndex.mix(h ^ last)
    }

    /// The same for any contiguous bytes (an array or a slice of one).
    @inline(__always)
    public static func hash(_ bytes: some Collection<UInt8>) -> UInt64 {
        bytes.withContiguousStorageIfAvailable { hash($0) } ?? Array(bytes).withUnsafeBufferPointer { hash($0) }
    }
}

import Foundation

/// The identity of an article's content: MurmurHash3 x64_128 (seed 0) of its text's UTF-8 bytes,
/// 128 bits, printed as 32 hex digits in the digest's byte order (Python's
/// `mmh3.hash_bytes(text.encode("utf-8")).hex()` gives the same digits). The same text always has
/// the same hash; two different texts share one with a chance of about n² / 2¹²⁹ among n articles
/// (below 10⁻²⁶ for a billion), so a text is known stored by its hash alone. It is not a
/// cryptographic hash: two texts made on purpose to collide would be taken for one article. A
/// desk's own intake is not built against its store, and every article is hashed on input, where
/// SHA-256 cost more than writing the article.
public struct ContentHash: Sendable, Hashable {
    /// The digest's first and last eight bytes, read big-endian.
    public let high: UInt64
    public let low: UInt64

    public init(_ text: String) {
        var t = text
        let (h1, h2) = t.withUTF8 { Self.murmur3($0) }
        // The reference writes h1 then h2 little-endian: those are the digest's bytes.
        high = h1.byteSwapped
        low = h2.byteSwapped
    }

    public init?(hex: String) {
        guard hex.utf8.count == 32, let h = UInt64(hex.prefix(16), radix: 16), let l = UInt64(hex.suffix(16), radix: 16) else { return nil }
        high = h
        low = l
    }

    public var hex: String { Self.hex16(high) + Self.hex16(low) }

    /// The 16 bytes, high half first (as stored: `hex(content_hash)` in SQL gives `hex` in capitals).
    public var bytes: Data { withBytes { Data($0) } }

    /// Calls `body` with the 16 bytes (as `bytes`) in place.
    func withBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        try withUnsafeBytes(of: (high.bigEndian, low.bigEndian)) { try body($0) }
    }

    static func hex16(_ x: UInt64) -> String {
        let s = String(x, radix: 16)
        return String(repeating: "0", count: 16 - s.count) + s
    }

    /// MurmurHash3 x64_128 of `bytes` with seed 0, as Austin Appleby's reference
    /// (`MurmurHash3_x64_128`): 16-byte blocks read little-endian, the tail, the length, `fmix64`.
    static func murmur3(_ bytes: UnsafeBufferPointer<UInt8>) -> (UInt64, UInt64) {
        let raw = UnsafeRawBufferPointer(bytes)
        let n = raw.count
        let c1: UInt64 = 0x87C3_7B91_1142_53D5, c2: UInt64 = 0x4CF5_AD43_2745_937F
        @inline(__always) func rotl(_ x: UInt64, _ r: UInt64) -> UInt64 { x << r | x >> (64 - r) }
        @inline(__always) func mix1(_ k: UInt64) -> UInt64 { rotl(k &* c1, 31) &* c2 }
        @inline(__always) func mix2(_ k: UInt64) -> UInt64 { rotl(k &* c2, 33) &* c1 }
        @inline(__always) func fmix(_ x: UInt64) -> UInt64 {
            var k = x
            k ^= k >> 33
            k &*= 0xFF51_AFD7_ED55_8CCD
            k ^= k >> 33
            k &*= 0xC4CE_B9FE_1A85_EC53
            return k ^ k >> 33
        }
        var h1: UInt64 = 0, h2: UInt64 = 0
        var i = 0
        while i + 16 <= n {
            h1 ^= mix1(UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)))
            h1 = rotl(h1, 27) &+ h2
            h1 = h1 &* 5 &+ 0x52DC_E729
            h2 ^= mix2(UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i + 8, as: UInt64.self)))
            h2 = rotl(h2, 31) &+ h1
            h2 = h2 &* 5 &+ 0x3849_5AB5
            i += 16
        }
        // The last 0–15 bytes: the first eight (little-endian) into k1, the rest into k2.
        var k1: UInt64 = 0, k2: UInt64 = 0
        for j in 0..<(n - i) {
            let b = UInt64(raw[i + j])
            if j < 8 { k1 |= b << (8 * UInt64(j)) } else { k2 |= b << (8 * UInt64(j - 8)) }
        }
        if n - i > 8 { h2 ^= mix2(k2) }
        if n - i > 0 { h1 ^= mix1(k1) }
        h1 ^= UInt64(n)
        h2 ^= UInt64(n)
        h1 &+= h2
        h2 &+= h1
        h1 = fmix(h1)
        h2 = fmix(h2)
        h1 &+= h2
        h2 &+= h1
        return (h1, h2)
    }
}

import Foundation

/// A 128-bit hash of a text's UTF-8 bytes (two FNV-1a lanes, each finished by the SplitMix64
/// mixer): the identity of an article's content, printed as 32 hex digits. Not cryptographic:
/// it finds the same text sent twice, it does not defend against crafted collisions.
public struct ContentHash: Sendable, Hashable {
    public let high: UInt64
    public let low: UInt64

    public init(_ text: String) {
        var h1: UInt64 = 0xcbf2_9ce4_8422_2325, h2: UInt64 = 0x8422_2325_cbf2_9ce4
        var t = text
        t.withUTF8 { bytes in
            for b in bytes {
                h1 = (h1 ^ UInt64(b)) &* 0x0000_0100_0000_01B3
                h2 = (h2 ^ UInt64(b)) &* 0x0000_0100_0000_0193
            }
        }
        high = Self.mix(h1 &+ UInt64(text.utf8.count))
        low = Self.mix(h2)
    }

    public init?(hex: String) {
        guard hex.utf8.count == 32, let h = UInt64(hex.prefix(16), radix: 16), let l = UInt64(hex.suffix(16), radix: 16) else { return nil }
        high = h
        low = l
    }

    public var hex: String { Self.hex16(high) + Self.hex16(low) }

    /// The 16 bytes, high half first (as stored: `hex(content_hash)` in SQL gives `hex` in capitals).
    public var bytes: Data {
        var out = Data(count: 16)
        for i in 0..<8 {
            out[i] = UInt8(truncatingIfNeeded: high >> (56 - 8 * UInt64(i)))
            out[8 + i] = UInt8(truncatingIfNeeded: low >> (56 - 8 * UInt64(i)))
        }
        return out
    }

    /// The first 64 bits as a signed integer (an SQLite INTEGER key).
    public var key: Int64 { Int64(bitPattern: high) }

    static func hex16(_ x: UInt64) -> String {
        let s = String(x, radix: 16)
        return String(repeating: "0", count: 16 - s.count) + s
    }

    /// SplitMix64's finaliser.
    static func mix(_ x: UInt64) -> UInt64 {
        var z = x &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

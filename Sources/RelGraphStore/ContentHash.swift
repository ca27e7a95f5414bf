import Foundation
import RelGraphCore

/// The identity of an article's content: the first 128 bits of the SHA-256 digest of its text's
/// UTF-8 bytes (`SHA256`), printed as 32 hex digits. The same text sent twice has the same hash;
/// two texts sharing one would need a SHA-256 collision on 128 bits.
public struct ContentHash: Sendable, Hashable {
    public let high: UInt64
    public let low: UInt64

    public init(_ text: String) {
        var t = text
        let d = t.withUTF8 { SHA256.digest($0) }
        func word(_ from: Int) -> UInt64 { d[from..<from + 8].reduce(0) { $0 << 8 | UInt64($1) } }
        high = word(0)
        low = word(8)
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
}

import Foundation

/// Fast whole-text passes over a string's UTF-8 storage (the generic `String.UTF8View` and
/// `UnicodeScalarView` iterators cost tens of instructions per byte).
enum UTF8Scan {
    /// True when the text contains the byte `b`.
    static func contains(_ text: String, _ b: UInt8) -> Bool {
        if let r = text.utf8.withContiguousStorageIfAvailable({ buf in
            buf.isEmpty ? false : memchr(buf.baseAddress!, Int32(b), buf.count) != nil
        }) { return r }
        return text.utf8.contains(b)
    }

    /// The Unicode scalars of the text (`Array(text.unicodeScalars)`), decoded from its UTF-8.
    static func scalars(_ text: String) -> [Unicode.Scalar] {
        let decoded: [Unicode.Scalar]? = text.utf8.withContiguousStorageIfAvailable { b in
            let n = b.count
            return [Unicode.Scalar](unsafeUninitializedCapacity: n) { out, count in
                var i = 0, k = 0
                while i < n {
                    let x = UInt32(b[i])
                    let v: UInt32
                    if x < 0x80 {
                        v = x; i += 1
                    } else if x < 0xE0 {
                        v = (x & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F); i += 2
                    } else if x < 0xF0 {
                        v = (x & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F); i += 3
                    } else {
                        v = (x & 0x07) << 18 | UInt32(b[i + 1] & 0x3F) << 12 | UInt32(b[i + 2] & 0x3F) << 6 | UInt32(b[i + 3] & 0x3F); i += 4
                    }
                    // A Swift string holds valid UTF-8, so `v` is a valid scalar.
                    (out.baseAddress! + k).initialize(to: Unicode.Scalar(v).unsafelyUnwrapped)
                    k += 1
                }
                count = k
            }
        }
        return decoded ?? Array(text.unicodeScalars)
    }
}

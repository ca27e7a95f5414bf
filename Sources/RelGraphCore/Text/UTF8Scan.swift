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

    /// The Unicode scalars of the text and the UTF-8 offset of each (one more: the text's length),
    /// so that a span of scalars can be cut from the text's bytes (`slice`).
    static func scalarsAndOffsets(_ text: String) -> (scalars: [Unicode.Scalar], offsets: [Int32]) {
        var offsets: [Int32] = []
        let decoded: [Unicode.Scalar]? = text.utf8.withContiguousStorageIfAvailable { b in
            var scalars: [Unicode.Scalar] = []
            offsets = [Int32](unsafeUninitializedCapacity: b.count + 1) { out, count in
                scalars = decode(b, offsets: out.baseAddress!)
                out[scalars.count] = Int32(b.count)
                count = scalars.count + 1
            }
            return scalars
        }
        if let decoded { return (decoded, offsets) }
        var scalars: [Unicode.Scalar] = []
        var at: Int32 = 0
        for s in text.unicodeScalars {
            scalars.append(s)
            offsets.append(at)
            at += Int32(UTF8.width(s))
        }
        offsets.append(at)
        return (scalars, offsets)
    }

    /// The text's UTF-8 bytes `from..<to` (on scalar boundaries) as a string, copied without
    /// decoding or validating again.
    static func slice(_ text: String, _ from: Int32, _ to: Int32) -> String {
        let u = text.utf8
        return String(text[u.index(u.startIndex, offsetBy: Int(from))..<u.index(u.startIndex, offsetBy: Int(to))])
    }

    /// The Unicode scalars of the text (`Array(text.unicodeScalars)`), decoded from its UTF-8.
    static func scalars(_ text: String) -> [Unicode.Scalar] {
        text.utf8.withContiguousStorageIfAvailable { decode($0, offsets: nil) } ?? Array(text.unicodeScalars)
    }

    /// Valid UTF-8 (a Swift string's) decoded; the offset of each scalar written to `offsets`.
    @inline(__always)
    private static func decode(_ b: UnsafeBufferPointer<UInt8>, offsets: UnsafeMutablePointer<Int32>?) -> [Unicode.Scalar] {
        let n = b.count
        return [Unicode.Scalar](unsafeUninitializedCapacity: n) { out, count in
            // Scalars are written as their `UInt32` values: a Swift string holds valid UTF-8, so
            // each value is a valid scalar (`Unicode.Scalar` is a `UInt32` underneath).
            count = out.baseAddress!.withMemoryRebound(to: UInt32.self, capacity: n) { values in
                if let offsets { return decode(b, into: values, offsets: offsets) }
                return decode(b, into: values, offsets: nil)
            }
        }
    }

    /// Decodes `b` (valid UTF-8) into `values`, with each scalar's offset into `offsets` when given;
    /// returns the number of scalars.
    @inline(__always)
    private static func decode(_ b: UnsafeBufferPointer<UInt8>, into values: UnsafeMutablePointer<UInt32>,
                               offsets: UnsafeMutablePointer<Int32>?) -> Int {
        let n = b.count
        guard let p = b.baseAddress else { return 0 }
        var i = 0, k = 0
        while i < n {
            offsets?[k] = Int32(truncatingIfNeeded: i)
            let x = UInt32(p[i])
            if x < 0x80 {
                values[k] = x; i += 1
            } else if x < 0xE0 {
                values[k] = (x & 0x1F) << 6 | UInt32(p[i + 1] & 0x3F); i += 2
            } else if x < 0xF0 {
                values[k] = (x & 0x0F) << 12 | UInt32(p[i + 1] & 0x3F) << 6 | UInt32(p[i + 2] & 0x3F); i += 3
            } else {
                values[k] = (x & 0x07) << 18 | UInt32(p[i + 1] & 0x3F) << 12 | UInt32(p[i + 2] & 0x3F) << 6 | UInt32(p[i + 3] & 0x3F); i += 4
            }
            k += 1
        }
        return k
    }
}

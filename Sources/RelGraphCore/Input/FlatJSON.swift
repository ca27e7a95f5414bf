/// A fast reader for the common `.jsonl` record: one JSON object whose values are all strings
/// (`{"id": "…", "date": "…", "text": "…"}`). Anything else (numbers, nesting, duplicate keys,
/// invalid UTF-8 or escapes, raw control characters) returns nil, and the caller falls back to
/// `JSONSerialization`, so records read the same either way.
enum FlatJSON {
    static func object(_ raw: UnsafeRawBufferPointer) -> [String: String]? {
        object(raw.bindMemory(to: UInt8.self))
    }

    static func object(_ bytes: UnsafeBufferPointer<UInt8>) -> [String: String]? {
        var i = 0
        let n = bytes.count
        func skipSpace() { while i < n, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0A || bytes[i] == 0x0D { i += 1 } }
        skipSpace()
        guard i < n, bytes[i] == 0x7B else { return nil }  // {
        i += 1
        // (Room for a record's usual fields, so that the table is not grown while they are read.)
        var out = [String: String](minimumCapacity: 8)
        skipSpace()
        if i < n, bytes[i] == 0x7D {  // }
            i += 1
            skipSpace()
            return i == n ? out : nil
        }
        while true {
            skipSpace()
            guard let key = string(bytes, &i) else { return nil }
            skipSpace()
            guard i < n, bytes[i] == 0x3A else { return nil }  // :
            i += 1
            skipSpace()
            guard let value = string(bytes, &i), out.updateValue(value, forKey: key) == nil else { return nil }
            skipSpace()
            guard i < n else { return nil }
            if bytes[i] == 0x2C { i += 1; continue }  // ,
            guard bytes[i] == 0x7D else { return nil }
            i += 1
            skipSpace()
            return i == n ? out : nil
        }
    }

    /// A JSON string starting at `i` (on its opening quote); `i` ends after the closing quote.
    static func string(_ b: UnsafeBufferPointer<UInt8>, _ i: inout Int) -> String? {
        let n = b.count
        guard i < n, b[i] == 0x22 else { return nil }
        i += 1
        let start = i
        // Fast path: no escapes.
        i = plainRun(b, from: i)
        guard i < n, b[i] >= 0x20 else { return nil }
        if b[i] == 0x22 {
            defer { i += 1 }
            return validated(UnsafeBufferPointer(rebasing: b[start..<i]))
        }
        var out: [UInt8] = []
        out.reserveCapacity(2 * (i - start) + 64)
        out.append(contentsOf: UnsafeBufferPointer(rebasing: b[start..<i]))
        while i < n {
            // A run of plain bytes copied at once.
            let run = i
            i = plainRun(b, from: i)
            if i > run { out.append(contentsOf: UnsafeBufferPointer(rebasing: b[run..<i])) }
            guard i < n else { return nil }
            let c = b[i]
            if c == 0x22 { i += 1; return validated(out) }
            if c < 0x20 { return nil }
            guard i + 1 < n else { return nil }
            let e = b[i + 1]
            i += 2
            switch e {
            case 0x22, 0x5C, 0x2F: out.append(e)
            case 0x62: out.append(0x08)
            case 0x66: out.append(0x0C)
            case 0x6E: out.append(0x0A)
            case 0x72: out.append(0x0D)
            case 0x74: out.append(0x09)
            case 0x75:
                guard var v = hex4(b, &i) else { return nil }
                if (0xD800...0xDBFF).contains(v) {
                    guard i + 1 < n, b[i] == 0x5C, b[i + 1] == 0x75 else { return nil }
                    i += 2
                    guard let low = hex4(b, &i), (0xDC00...0xDFFF).contains(low) else { return nil }
                    v = 0x10000 + ((v - 0xD800) << 10) + (low - 0xDC00)
                } else if (0xDC00...0xDFFF).contains(v) {
                    return nil
                }
                ScalarClass.appendUTF8(v, to: &out)
            default: return nil
            }
        }
        return nil
    }

    /// The end of the run of bytes from `i` that are not `"`, `\` or control characters.
    @inline(__always)
    static func plainRun(_ b: UnsafeBufferPointer<UInt8>, from i: Int) -> Int {
        guard let p = b.baseAddress else { return i }
        var k = i
        let n = b.count
        // Eight bytes at a time while none is one of them (SWAR: a byte is zero in x ^ c, or
        // below 0x20, when (v − 0x01…01) & ~v & 0x80…80 is not zero, with v the word concerned).
        let ones: UInt64 = 0x0101_0101_0101_0101, high: UInt64 = 0x8080_8080_8080_8080
        while k + 8 <= n {
            let x = UnsafeRawPointer(p + k).loadUnaligned(as: UInt64.self)
            let q = x ^ 0x2222_2222_2222_2222, s = x ^ 0x5C5C_5C5C_5C5C_5C5C
            if ((q &- ones) & ~q | (s &- ones) & ~s | (x &- 0x2020_2020_2020_2020) & ~x) & high != 0 { break }
            k += 8
        }
        while k < n {
            let c = p[k]
            if c == 0x22 || c == 0x5C || c < 0x20 { break }
            k += 1
        }
        return k
    }

    static func hex4(_ b: UnsafeBufferPointer<UInt8>, _ i: inout Int) -> UInt32? {
        guard i + 4 <= b.count else { return nil }
        var v: UInt32 = 0
        for k in 0..<4 {
            let c = b[i + k]
            let d: UInt8
            switch c {
            case 0x30...0x39: d = c - 0x30
            case 0x41...0x46: d = c - 0x41 + 10
            case 0x61...0x66: d = c - 0x61 + 10
            default: return nil
            }
            v = v << 4 | UInt32(d)
        }
        i += 4
        return v
    }

    /// The bytes as a string if they are valid UTF-8, else nil.
    static func validated(_ bytes: some Collection<UInt8>) -> String? {
        String(validating: bytes, as: UTF8.self)
    }
}

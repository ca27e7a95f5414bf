/// Forms of a word with Arabic proclitics removed, tried when a word does not match as written.
///
/// Proclitics: the conjunctions و ف, then the prepositions ب ل ك (وب، فل، وك …); «لل» is ل + ال
/// (للرئيس → الرئيس). Each variant keeps at least two letters. The unstripped word comes first and
/// is preferred on equal match length; the article «ال» is *not* stripped here: patterns are written
/// with or without it as the press writes them (nisba forms are generated both ways).
enum CliticVariants {
    /// (form, number of letters removed), unstripped first: `forEachVariant` on the key's bytes.
    static func variants(of key: String) -> [(String, Int)] {
        var key = key
        var out: [(String, Int)] = []
        key.withUTF8 { bytes in forEachVariant(bytes) { form, removed in out.append((String(decoding: form, as: UTF8.self), removed)) } }
        return out
    }

    /// The forms of a key given as UTF-8 bytes, without building strings: calls `body` with each
    /// form's bytes and the number of letters removed, the unstripped key first. The one place
    /// the clitic rules are written.
    static func forEachVariant(_ b: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>, Int) -> Void) {
        body(b, 0)
        guard b.count >= 3, b[0] >= 0xC0 else { return }
        var n = 0
        for x in b where x & 0xC0 != 0x80 { n += 1 }
        guard n >= 3 else { return }
        let (s0, l0) = decode(b, 0)
        guard (0x0621...0x064A).contains(s0) else { return }
        let (s1, l1) = decode(b, l0)
        let (s2, _) = decode(b, l0 + l1)
        let waw: UInt32 = 0x0648, fa: UInt32 = 0x0641, ba: UInt32 = 0x0628, lam: UInt32 = 0x0644, kaf: UInt32 = 0x0643
        func add(_ from: Int, _ left: Int, _ removed: Int, article: Bool) {
            if article {
                guard left + 2 >= 2 else { return }
                withUnsafeTemporaryAllocation(of: UInt8.self, capacity: b.count - from + 4) { tmp in
                    tmp[0] = 0xD8; tmp[1] = 0xA7; tmp[2] = 0xD9; tmp[3] = 0x84  // «ال»
                    for k in from..<b.count { tmp[4 + k - from] = b[k] }
                    body(UnsafeBufferPointer(rebasing: tmp[0..<(4 + b.count - from)]), removed)
                }
            } else {
                guard left >= 2 else { return }
                body(UnsafeBufferPointer(rebasing: b[from...]), removed)
            }
        }
        func prepositions(_ k: Int, _ byte: Int, _ removedBefore: Int) {
            let (sk, lk) = k == 0 ? (s0, l0) : (s1, l1)
            guard k < n, sk == ba || sk == lam || sk == kaf else { return }
            if sk == lam, k + 1 < n, (k == 0 ? s1 : s2) == lam {
                add(byte + lk + (k == 0 ? l1 : decode(b, byte + lk).1), n - k - 2, removedBefore + 1, article: true)
            }
            add(byte + lk, n - k - 1, removedBefore + 1, article: false)
        }
        if s0 == waw || s0 == fa {
            add(l0, n - 1, 1, article: false)
            prepositions(1, l0, 1)
        }
        prepositions(0, 0, 0)
    }

    /// The scalar starting at byte `i` of valid UTF-8, and its length in bytes.
    @inline(__always)
    static func decode(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> (UInt32, Int) {
        let x = UInt32(b[i])
        if x < 0x80 { return (x, 1) }
        if x < 0xE0 { return ((x & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F), 2) }
        if x < 0xF0 { return ((x & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F), 3) }
        return ((x & 0x07) << 18 | UInt32(b[i + 1] & 0x3F) << 12 | UInt32(b[i + 2] & 0x3F) << 6 | UInt32(b[i + 3] & 0x3F), 4)
    }
}

/// Splits text into word, number and punctuation tokens with Unicode-scalar offsets into the
/// original text (the same offsets Python's `str` indices use).
///
/// Words are maximal runs of letters; diacritics, tatweel and invisible format characters inside a
/// word stay in it (and vanish from its key). Numbers are runs of digits of any script, with a `.`
/// `,` `٫` `٬` `:` or `/` kept when a digit stands on both sides (3.5, 10:18, 21/10/2020). Every other
/// non-space scalar is a one-scalar punctuation token. Clitics are not split here: the linker tries
/// clitic-stripped variants of a word (see `CliticVariants`).
public enum Tokenizer {
    public static func tokenize(_ text: String) -> [Token] {
        let scalars = UTF8Scan.scalars(text)
        return tokenize(scalars: scalars)
    }

    public static func tokenize(scalars: [Unicode.Scalar]) -> [Token] {
        var cache = TokenKeyCache(limit: 1 << 12)
        return tokenize(scalars: scalars, cache: &cache)
    }

    /// With keys shared through `cache` (a thread's, kept across articles).
    static func tokenize(scalars: [Unicode.Scalar], cache: inout TokenKeyCache) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 5)
        var i = 0
        var newlines = 0
        let n = scalars.count
        // The normalised key of the current token, written in place (ASCII and the Arabic block,
        // almost every scalar, through one table look-up; others through `appendFolded`).
        var key = KeyBuffer()
        defer { key.deallocate() }
        let arabic = ArabicNormalizer.arabicBlock
        arabic.withUnsafeBufferPointer { table in
            @inline(__always) func fold(_ c: Unicode.Scalar) {
                let v = c.value
                if v < 0x80 {
                    key.append(UInt8(v >= 0x41 && v <= 0x5A ? v + 0x20 : v))
                } else if v >= 0x0600 && v <= 0x06FF {
                    // Drop, or two UTF-8 bytes, or (digits) one.
                    let m = table[Int(v - 0x0600)]
                    if m == 0 { return }
                    if m < 0x80 { key.append(UInt8(m)); return }
                    key.append(UInt8(0xC0 | (m >> 6)), UInt8(0x80 | (m & 0x3F)))
                } else {
                    key.appendSlow(c)
                }
            }
            while i < n {
                let s = scalars[i]
                let v = s.value
                if v == 0x20 || v == 0x0A || v == 0x09 || v == 0x0D || v == 0 || (v > 0x7F && ScalarClass.isWhitespace(v)) {
                    if v == 0x0A || v == 0x2029 || v == 0x2028 { newlines += 1 }
                    i += 1
                    continue
                }
                let start = i
                key.clear()
                let kind: TokenKind
                if isDigit(s) {
                    kind = .number
                    while i < n {
                        let c = scalars[i]
                        if isDigit(c) {
                            fold(c)
                            i += 1
                        } else if isNumberJoiner(c), i + 1 < n, isDigit(scalars[i + 1]) {
                            fold(c)
                            i += 1
                        } else { break }
                    }
                } else if isLetter(s) {
                    kind = .word
                    while i < n {
                        let c = scalars[i]
                        if isLetter(c) || c.value > 0x7F && ArabicNormalizer.isIgnorable(c.value) {
                            fold(c)
                            i += 1
                        } else { break }
                    }
                } else if v > 0x7F && ArabicNormalizer.isIgnorable(v) {
                    i += 1
                    continue
                } else {
                    kind = .punct
                    fold(s)
                    i += 1
                }
                tokens.append(Token(start: start, end: i, key: key.string(&cache), kind: kind, newlinesBefore: newlines))
                newlines = 0
            }
        }
        return tokens
    }

    /// A growable byte buffer for token keys (no `Array` bookkeeping per byte).
    struct KeyBuffer {
        private var base = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
        private var capacity = 256
        private(set) var count = 0
        /// The running `TokenKeyCache` hash of the bytes.
        private var hash = TokenKeyCache.seed

        mutating func clear() {
            count = 0
            hash = TokenKeyCache.seed
        }

        @inline(__always)
        mutating func append(_ b: UInt8) {
            if count == capacity { grow(1) }
            base[count] = b
            count += 1
            hash = TokenKeyCache.step(hash, b)
        }

        @inline(__always)
        mutating func append(_ b0: UInt8, _ b1: UInt8) {
            if count + 2 > capacity { grow(2) }
            base[count] = b0
            base[count + 1] = b1
            count += 2
            hash = TokenKeyCache.step(TokenKeyCache.step(hash, b0), b1)
        }

        /// Any other scalar, folded by `ArabicNormalizer.appendFolded`.
        mutating func appendSlow(_ c: Unicode.Scalar) {
            var bytes: [UInt8] = []
            ArabicNormalizer.appendFolded(c, toUTF8: &bytes)
            for b in bytes { append(b) }
        }

        private mutating func grow(_ extra: Int) {
            let size = max(2 * capacity, count + extra)
            let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: size)
            bigger.update(from: base, count: count)
            base.deallocate()
            base = bigger
            capacity = size
        }

        /// The key so far (valid UTF-8: whole scalars are appended), through the cache.
        @inline(__always)
        func string(_ cache: inout TokenKeyCache) -> String {
            cache.key(UnsafeBufferPointer(start: base, count: count), hash: TokenKeyCache.finish(hash))
        }

        func deallocate() { base.deallocate() }
    }

    @inline(__always)
    static func isDigit(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (0x30...0x39).contains(v) || (0x0660...0x0669).contains(v) || (0x06F0...0x06F9).contains(v)
    }

    @inline(__always)
    static func isNumberJoiner(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x2E, 0x2C, 0x3A, 0x2F, 0x066B, 0x066C: return true
        default: return false
        }
    }

    @inline(__always)
    static func isLetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v) }
        if (0x0621...0x063A).contains(v) || (0x0641...0x064A).contains(v) || (0x066E...0x06D3).contains(v)
            || v == 0x06D5 || (0x06FA...0x06FF).contains(v) || (0xFB50...0xFDFF).contains(v) || (0xFE70...0xFEFC).contains(v) {
            return true
        }
        if (0x0600...0x06FF).contains(v) { return false }
        return s.properties.isAlphabetic
    }
}

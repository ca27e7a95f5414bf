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
    ///
    /// Every scalar below U+0700 (ASCII, Latin-1, the Arabic block: almost all of the text) is
    /// classified and folded through one look-up in `table`; the others take `slowClass` and
    /// `ArabicNormalizer.appendFolded`, which the table is made from, so both give the same.
    static func tokenize(scalars: [Unicode.Scalar], cache: inout TokenKeyCache) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 5)
        // The normalised key of the current token, written in place.
        var key = KeyBuffer()
        defer { key.deallocate() }
        scalars.withUnsafeBufferPointer { sp in
            table.withUnsafeBufferPointer { tb in scan(sp, table: tb, key: &key, cache: &cache, into: &tokens) }
        }
        return tokens
    }

    /// The class of scalar `v` (a `Class` value) and its `table` entry (0 when it is not in the
    /// table or `slow` there: folded by the normaliser).
    @inline(__always)
    private static func classify(_ v: UInt32, _ tb: UnsafeBufferPointer<UInt32>) -> (UInt32, UInt32) {
        guard v < 0x700 else { return (slowClass(v), 0) }
        let e = tb[Int(v)]
        return e >> 24 == Class.slow ? (slowClass(v), 0) : (e >> 24, e)
    }

    /// Extends the token from `i` over the scalars whose class `accepts` (given the class and the
    /// scalar's index), folding each into `key`.
    @inline(__always)
    private static func extend(_ sp: UnsafeBufferPointer<Unicode.Scalar>, _ tb: UnsafeBufferPointer<UInt32>, _ key: inout KeyBuffer,
                               _ i: inout Int, while accepts: (UInt32, Int) -> Bool) {
        var j = i
        defer { i = j }
        while j < sp.count {
            let w = sp[j].value
            let (d, f) = classify(w, tb)
            guard accepts(d, j) else { return }
            key.fold(w, f)
            j += 1
        }
    }

    private static func scan(_ sp: UnsafeBufferPointer<Unicode.Scalar>, table tb: UnsafeBufferPointer<UInt32>, key buffer: inout KeyBuffer,
                             cache: inout TokenKeyCache, into tokens: inout [Token]) {
        // A local copy of the buffer (a pointer and two counts), so that its fields can stay in
        // registers in the scalar loops; written back at the end for `deallocate`.
        var key = buffer
        defer { buffer = key }
        let n = sp.count
        var newlines = 0
        var i = 0
        while i < n {
            let v = sp[i].value
            let (c, e) = classify(v, tb)
            if c == Class.space {
                if v == 0x0A || v == 0x2029 || v == 0x2028 { newlines += 1 }
                i += 1
                continue
            }
            if c == Class.ignorable {
                i += 1
                continue
            }
            let start = i
            key.clear()
            // A number runs over digits (and a joiner between two digits), a word over letters
            // (and marks inside it); anything else is one scalar.
            let kind: TokenKind = c == Class.digit ? .number : c == Class.letter ? .word : .punct
            key.fold(v, e)
            i += 1
            if kind == .number {
                extend(sp, tb, &key, &i) { d, at in
                    d == Class.digit || d == Class.joiner && at + 1 < n && classify(sp[at + 1].value, tb).0 == Class.digit
                }
            } else if kind == .word {
                key.foldWordRun(sp, table: tb, from: &i)
            }
            tokens.append(Token(start: start, end: i, key: key.string(&cache), kind: kind, newlinesBefore: newlines))
            newlines = 0
        }
    }

    /// Scalar classes, in the order the tokeniser tests them: whitespace, digit, letter, ignorable
    /// (dropped: a mark or format character outside a word), number joiner, other punctuation.
    enum Class {
        static let space: UInt32 = 1, digit: UInt32 = 2, letter: UInt32 = 3, ignorable: UInt32 = 4
        static let joiner: UInt32 = 5, punct: UInt32 = 6
        /// Not in the table: classified by `slowClass`, folded by `ArabicNormalizer`.
        static let slow: UInt32 = 7
    }

    /// The class of any scalar, from the definitions (`isDigit`, `isLetter`, …).
    static func slowClass(_ v: UInt32) -> UInt32 {
        if v == 0x20 || v == 0x0A || v == 0x09 || v == 0x0D || v == 0 || (v > 0x7F && ScalarClass.isWhitespace(v)) { return Class.space }
        let s = Unicode.Scalar(v).unsafelyUnwrapped
        if isDigit(s) { return Class.digit }
        if isLetter(s) { return Class.letter }
        if v > 0x7F && ArabicNormalizer.isIgnorable(v) { return Class.ignorable }
        if isNumberJoiner(s) { return Class.joiner }
        return Class.punct
    }

    /// For each scalar below U+0700: class << 24 | key byte count << 16 | second byte << 8 | first
    /// byte (the folded key, `ArabicNormalizer.appendFolded`). Latin-1 and Latin Extended letters
    /// (U+0080–U+05FF) are `slow`: their folding goes through the full normaliser.
    static let table: [UInt32] = (UInt32(0)..<0x700).map { v in
        guard v < 0x80 || v >= 0x600, let s = Unicode.Scalar(v) else { return Class.slow << 24 }
        var bytes: [UInt8] = []
        ArabicNormalizer.appendFolded(s, toUTF8: &bytes)
        precondition(bytes.count <= 2, "a scalar below U+0700 folds to at most two UTF-8 bytes")
        var e = slowClass(v) << 24 | UInt32(bytes.count) << 16
        for (k, b) in bytes.enumerated() { e |= UInt32(b) << (8 * UInt32(k)) }
        return e
    }

    /// A growable byte buffer for token keys (no `Array` bookkeeping per byte).
    struct KeyBuffer {
        private var base = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
        private var capacity = 256
        private(set) var count = 0

        mutating func clear() { count = 0 }

        @inline(__always)
        mutating func append(_ b: UInt8) {
            if count == capacity { grow(1) }
            base[count] = b
            count += 1
        }

        /// Scalar `v` folded, from its `table` entry `e` (0: by the normaliser).
        @inline(__always)
        mutating func fold(_ v: UInt32, _ e: UInt32) {
            if e == 0 {
                appendSlow(Unicode.Scalar(v).unsafelyUnwrapped)
                return
            }
            // Both bytes are written (room for two is made) and the count moves by the key's
            // byte count (0, 1 or 2): no branch on it.
            if count &+ 2 > capacity { grow(2) }
            base[count] = UInt8(truncatingIfNeeded: e)
            base[count &+ 1] = UInt8(truncatingIfNeeded: e >> 8)
            count &+= Int((e >> 16) & 3)
        }

        /// Folds the rest of a word from `i` — letters, and marks or format characters inside it —
        /// and moves `i` past it: one loop with the table's look-up, class test and key bytes
        /// together (the scalars below U+0700), `slowClass` and `appendSlow` for the others.
        @inline(__always)
        mutating func foldWordRun(_ sp: UnsafeBufferPointer<Unicode.Scalar>, table tb: UnsafeBufferPointer<UInt32>, from i: inout Int) {
            var j = i
            defer { i = j }
            let n = sp.count
            while j < n {
                let v = sp[j].value
                if v < 0x700 {
                    let e = tb[Int(v)]
                    let c = e >> 24
                    // (Letter 3 and ignorable 4 are next to each other: one unsigned test.)
                    if c &- Class.letter <= Class.ignorable - Class.letter {
                        if count &+ 2 > capacity { grow(2) }
                        base[count] = UInt8(truncatingIfNeeded: e)
                        base[count &+ 1] = UInt8(truncatingIfNeeded: e >> 8)
                        count &+= Int((e >> 16) & 3)
                        j &+= 1
                        continue
                    }
                    guard c == Class.slow else { return }
                }
                let c = slowClass(v)
                guard c == Class.letter || c == Class.ignorable else { return }
                appendSlow(Unicode.Scalar(v).unsafelyUnwrapped)
                j &+= 1
            }
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
            let bytes = UnsafeBufferPointer(start: base, count: count)
            return cache.key(bytes, hash: ByteHash.hash(bytes))
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

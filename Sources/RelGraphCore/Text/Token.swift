/// The kind of a token.
public enum TokenKind: Sendable, Hashable {
    /// A run of letters (Arabic or Latin), possibly with diacritics inside.
    case word
    /// A run of digits (any script), possibly with an inner `.` or `,` between digits.
    case number
    /// One punctuation or symbol scalar.
    case punct
}

/// A token of an article: its place in the original text and its normalised key.
public struct Token: Sendable, Hashable {
    /// Offset of the first Unicode scalar in the original text.
    public var start: Int
    /// Offset one past the last Unicode scalar in the original text.
    public var end: Int
    /// The token text passed through `ArabicNormalizer`.
    public var key: String
    public var kind: TokenKind
    /// Number of line breaks between the previous token and this one.
    public var newlinesBefore: Int

    public init(start: Int, end: Int, key: String, kind: TokenKind, newlinesBefore: Int) {
        self.start = start
        self.end = end
        self.key = key
        self.kind = kind
        self.newlinesBefore = newlinesBefore
    }
}

extension Token {
    /// True when the key's UTF-8 bytes are `other`'s. Keys are `ArabicNormalizer` output, so byte
    /// equality is what is meant; `==` on `String` would also test canonical equivalence, which is
    /// slow for non-ASCII text on the hot paths that compare keys with function words.
    @inline(__always)
    func keyIs(_ other: String) -> Bool {
        key.utf8.count == other.utf8.count && key.utf8.elementsEqual(other.utf8)
    }

    /// True when the key's last scalar is `s`, compared by UTF-8 bytes (`String.hasSuffix` on
    /// Arabic text compares by canonical equivalence, which is slow on hot paths).
    @inline(__always)
    func keyEnds(with s: Unicode.Scalar) -> Bool {
        let u = key.utf8, tail = UTF8.encode(s)!
        guard u.count >= tail.count else { return false }
        return u.suffix(tail.count).elementsEqual(tail)
    }

    /// True when the key starts with the article «ال» (UTF-8 D8 A7 D9 84), compared byte by byte.
    @inline(__always)
    var keyStartsWithArticle: Bool {
        let u = key.utf8
        guard u.count >= 4 else { return false }
        var i = u.startIndex
        guard u[i] == 0xD8 else { return false }
        i = u.index(after: i)
        guard u[i] == 0xA7 else { return false }
        i = u.index(after: i)
        guard u[i] == 0xD9 else { return false }
        return u[u.index(after: i)] == 0x84
    }

    /// True when the key starts with «و» (U+0648, UTF-8 D9 88), compared byte by byte.
    @inline(__always)
    var keyStartsWithWaw: Bool {
        let u = key.utf8
        guard u.count >= 2 else { return false }
        return u.first == 0xD9 && u[u.index(after: u.startIndex)] == 0x88
    }

    /// True when the key starts with an Arabic letter (U+0621–U+064A: UTF-8 D8 A1–D8 BF or
    /// D9 80–D9 8A), read from its first two bytes.
    @inline(__always)
    var keyStartsWithArabicLetter: Bool {
        let u = key.utf8
        guard u.count >= 2 else { return false }
        let b0 = u.first!, b1 = u[u.index(after: u.startIndex)]
        return b0 == 0xD8 ? (0xA1...0xBF).contains(b1) : b0 == 0xD9 && (0x80...0x8A).contains(b1)
    }

    /// The number of scalars of the key, counted on its UTF-8 bytes (every byte that is not a
    /// continuation byte starts a scalar); `unicodeScalars.count` walks a slower view.
    @inline(__always)
    var keyScalarCount: Int {
        key.utf8.withContiguousStorageIfAvailable { b in b.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) } } ?? key.unicodeScalars.count
    }
}

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

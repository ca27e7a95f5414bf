/// A sentence: a half-open range of token indices, and the paragraph it belongs to.
public struct Sentence: Sendable, Hashable {
    public var tokens: Range<Int>
    /// Index of the paragraph (0-based) in the article.
    public var paragraph: Int

    public init(tokens: Range<Int>, paragraph: Int) {
        self.tokens = tokens
        self.paragraph = paragraph
    }
}

/// Splits a token stream into sentences and paragraphs.
///
/// Rules: a sentence ends after `.` `!` `?` `؟` `…` (a `.` inside a number is part of the number
/// token, so it never ends a sentence) and at every line break. A `.` glued on both sides to Latin
/// words or numbers (`window.location`, `U.S.A`, `example.com`) is not an end either; glued Arabic
/// («الأمن.وقال», a common scraping artefact) still is. Article text from the web is one
/// paragraph per line (headlines included), so a line break also starts a new paragraph.
public enum SentenceSplitter {
    public static func split(_ tokens: [Token]) -> [Sentence] {
        var sentences: [Sentence] = []
        var paragraph = 0
        var start = 0
        // (Fields read in place: a `Token` copied would retain its key.)
        for i in tokens.indices {
            let newlines = tokens[i].newlinesBefore
            if newlines > 0 && i > start {
                sentences.append(Sentence(tokens: start..<i, paragraph: paragraph))
                start = i
            }
            if newlines > 0 && i > 0 { paragraph += 1 }
            if tokens[i].kind == .punct && isTerminal(tokens[i].key) && !isGlued(tokens, i) {
                sentences.append(Sentence(tokens: start..<(i + 1), paragraph: paragraph))
                start = i + 1
            }
        }
        if start < tokens.count { sentences.append(Sentence(tokens: start..<tokens.count, paragraph: paragraph)) }
        return sentences
    }

    /// True when token `i` touches Latin-script words or numbers on both sides.
    static func isGlued(_ tokens: [Token], _ i: Int) -> Bool {
        guard i > 0, i + 1 < tokens.count else { return false }
        let prev = tokens[i - 1], next = tokens[i + 1]
        guard prev.end == tokens[i].start, next.start == tokens[i].end else { return false }
        func latin(_ t: Token) -> Bool { t.kind != .punct && (t.key.unicodeScalars.first.map { $0.isASCII && $0.properties.isAlphabetic || ("0"..."9").contains($0) } ?? false) }
        return latin(prev) && latin(next)
    }

    @inline(__always)
    static func isTerminal(_ key: String) -> Bool {
        key == "." || key == "!" || key == "?" || key == "\u{2026}"
    }
}
